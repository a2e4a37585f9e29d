"""`brainstem load`: read records (a page, every page, or one record)."""

from __future__ import annotations

import argparse
import sys
import time

from brainstem_api_tools.cli.common import fail, open_client, say
from brainstem_api_tools.cli.output import add_output_options, field_list, records_of, render

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any

    from brainstem_api_tools.client import BrainstemClient
    from brainstem_api_tools.models import ModelInfo


NAME = "load"
HELP = "load records of a model"
EXAMPLES = """\
examples:
  brainstem load session
  brainstem load session --filters name.icontains=Rat --sort -name --include projects
  brainstem load session --id <uuid>
  brainstem load session --limit 20 --offset 20
  brainstem load project --portal public
  brainstem load session --all --format csv --fields id,name,projects > sessions.csv
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Load records of MODEL: one page (20 records unless --limit), every page "
        "(--all), or one record (--id). JSON goes to stdout.",
        epilog=EXAMPLES,
    )
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    add_portal_option(parser)
    parser.add_argument("--id", metavar="ID", help="load the one record with this id")
    parser.add_argument(
        "--filters",
        nargs="+",
        action="extend",
        metavar="FIELD=VALUE",
        help="keep records matching all of these (e.g. name.icontains=Rat); operators: exact, "
        "iexact, contains, icontains, startswith, istartswith, endswith, iendswith, gt, gte, "
        "lt, lte, in (comma list), isnull, range",
    )
    parser.add_argument(
        "--sort",
        nargs="+",
        action="extend",
        metavar="FIELD",
        help="sort by these fields; -FIELD sorts descending (--sort -name works)",
    )
    parser.add_argument(
        "--include",
        nargs="+",
        action="extend",
        metavar="REL",
        help="embed these related records (e.g. projects) instead of their ids",
    )
    parser.add_argument(
        "--limit", type=int, metavar="N", help="records per page, 1-100 (server default: 20)"
    )
    parser.add_argument("--offset", type=int, metavar="N", help="skip the first N records")
    parser.add_argument(
        "--all",
        action="store_true",
        help="load every page (--limit sets the page size); shows progress on a terminal",
    )
    add_output_options(parser)
    parser.set_defaults(func=run)
    return parser


def add_portal_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--portal",
        choices=("private", "public"),
        default="private",
        help="private (default: your data, needs a login) or public (open data, no login)",
    )


def parse_filters(items: list[str] | None) -> dict[str, str] | None:
    """`["name.icontains=Rat"]` -> `{"name.icontains": "Rat"}`."""
    if not items:
        return None
    filters: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            fail(
                f"--filters {item!r}: expected FIELD=VALUE, e.g. --filters name.icontains=Rat "
                "(quote values with spaces: 'name=My session')"
            )
        if key in filters:
            fail(f"--filters {key} is given twice; use {key.split('.')[0]}.in=a,b for any of")
        filters[key] = value
    return filters


def split_names(items: list[str] | None) -> list[str] | None:
    """Names given as several words and/or comma lists."""
    if not items:
        return None
    return [name.strip() for item in items for name in item.split(",") if name.strip()]


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.models import get_model

    info = get_model(args.model)
    fields = field_list(args.fields, info.fields, info.name)
    query: dict[str, Any] = {
        "filters": parse_filters(args.filters),
        "sort": split_names(args.sort),
        "include": split_names(args.include),
    }
    if args.all and args.id is not None:
        fail("--all loads a list; it cannot be combined with --id")
    with open_client(args, args.portal) as client:
        if args.all:
            records = load_all(client, info, args.portal, args.limit, args.offset, query)
            key: str | None = info.list_key or "results"
            body: Any = {key: records}
        else:
            response = client.load(
                info.name,
                portal=args.portal,
                id=args.id,
                limit=args.limit,
                offset=args.offset,
                **query,
            )
            body = response.raise_for_status().json()
            records, key = records_of(body, info.list_key, info.detail_key)
    render(body, records, key, fmt=args.format, fields=fields, default_columns=info.fields)
    return 0


def load_all(
    client: BrainstemClient,
    info: ModelInfo,
    portal: str,
    limit: int | None,
    offset: int | None,
    query: dict[str, Any],
) -> list[Any]:
    """Every record, with a progress line on stderr when stderr is a terminal."""
    kwargs: dict[str, Any] = {"portal": portal, "offset": offset, **query}
    if limit is not None:
        kwargs["page_size"] = limit
    progress = Progress(info.list_key or info.name) if sys.stderr.isatty() else None
    records: list[Any] = []
    try:
        for record in client.iter_records(info.name, **kwargs):
            records.append(record)
            if progress is not None:
                progress.update(len(records))
    finally:
        if progress is not None:
            progress.done(len(records))
    return records


class Progress:
    """`Loading sessions... 1200` on one terminal line, redrawn at most 10 times a second."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.last = 0.0
        self.shown = False

    def update(self, count: int) -> None:
        now = time.monotonic()
        if now - self.last >= 0.1:
            self.last = now
            self.shown = True
            sys.stderr.write(f"\rLoading {self.what}... {count}")
            sys.stderr.flush()

    def done(self, count: int) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
        say(f"Loaded {count} {self.what}")
