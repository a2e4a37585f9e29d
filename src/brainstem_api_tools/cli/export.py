"""`brainstem export project ID --out DIR`: a project's records, for the sandbox or a backup."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import add_portal_option, open_client, say

NAME = "export"
HELP = "export a project and the records it points to into a directory"
EXAMPLES = """\
examples:
  brainstem export project <uuid> --out visual-cortex
  brainstem sandbox --data visual-cortex

The directory holds one JSON file per model (the project; its subjects and sessions; their
behaviors, data acquisitions, manipulations, procedures and logs; the species, strains, brain
regions, setups, devices, publications... they point to) and manifest.json (server, time,
counts). Users and groups stay ids. An export that fails leaves no directory behind.
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Export the project ID and every record it leads to into the new "
        "directory DIR, one JSON file per model plus manifest.json. `brainstem sandbox "
        "--data DIR` serves it, so scripts can run offline against a copy of the metadata.",
        epilog=EXAMPLES,
    )
    parser.add_argument("what", choices=("project",), metavar="project", help="what to export")
    parser.add_argument("id", metavar="ID", help="the project's id (a UUID)")
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="the directory to create (new or empty)"
    )
    add_portal_option(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.export import check_out

    check_out(args.out)  # before asking for a token or sending anything
    with open_client(args, portal=args.portal) as client:
        result = client.export_project(args.id, args.out, portal=args.portal)
    counts = result.counts
    say(
        f"Exported {args.what} {args.id} to {result.path}: {sum(counts.values())} records in "
        f"{len(counts)} files and manifest.json"
    )
    items = [f"{n} {_named(model, n)}" for model, n in counts.items() if n]
    lines = [""]
    for i, item in enumerate(items):
        item += "," if i < len(items) - 1 else ""
        if lines[-1] and len(lines[-1]) + len(item) > 96:
            lines.append("")
        lines[-1] += f" {item}" if lines[-1] else item
    say("\n".join(f"  {line}" for line in lines))
    for model, ids in result.missing.items():
        say(
            f"note: {len(ids)} {model} record(s) that exported records point to were not "
            "returned (deleted, or not visible to this token): their ids stay in the records "
            "and are listed in manifest.json under missing"
        )
    return 0


def _named(model: str, count: int) -> str:
    """`sessions`, `data acquisitions`, `project`: the model's words for this many records."""
    from brainstem_api_tools.models import get_model

    info = get_model(model)
    key = info.detail_key if count == 1 else info.list_key
    return (key or model).replace("_", " ")
