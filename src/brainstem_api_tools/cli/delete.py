"""`brainstem delete`: delete one record."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import open_client, say

NAME = "delete"
HELP = "delete a record"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Delete the MODEL record --id. On success a confirmation goes to stderr "
        "and nothing to stdout.",
        epilog="example:\n  brainstem delete session --id <uuid>\n",
    )
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    parser.add_argument("--id", required=True, metavar="ID", help="the record to delete")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.models import get_model

    info = get_model(args.model)
    with open_client(args) as client:
        client.delete(info.name, id=args.id).raise_for_status()
    say(f"Deleted {info.name} {args.id}")
    return 0
