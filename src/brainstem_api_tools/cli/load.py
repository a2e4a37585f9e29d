"""`brainstem load`: read records (a page, every page, or one record)."""

from __future__ import annotations

import argparse
import sys

from brainstem_api_tools._spec_filters import FILTER_OPERATORS
from brainstem_api_tools.cli.common import (
    add_include_option,
    add_portal_option,
    fail,
    open_client,
    say,
)
from brainstem_api_tools.cli.output import (
    add_output_options,
    check_output_options,
    field_list,
    output_file,
    records_of,
    render,
    sink,
)

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any

    from brainstem_api_tools.cli.output import Sink
    from brainstem_api_tools.client import BrainstemClient
    from brainstem_api_tools.flatten import Layout
    from brainstem_api_tools.models import ModelInfo
    from brainstem_api_tools.pagination import Page


SERVER_PAGE_SIZE = 20  # the API's page size when no limit is given (openapi.yaml, Limit)

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
  brainstem load session --all --include projects --format csv --flatten --out sessions.csv
  brainstem load session --all --include projects --format parquet --out sessions.parquet
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Load records of MODEL: one page (20 records unless --limit), every page "
        "(--all), or one record (--id). Records go to stdout; when a page leaves records out, "
        "a line on stderr says how many there are and how to get them.",
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
        help="keep records matching all of these (e.g. name.icontains=Rat); operators: "
        + ", ".join(FILTER_OPERATORS),
    )
    parser.add_argument(
        "--sort",
        nargs="+",
        action="extend",
        metavar="FIELD",
        help="sort by these fields; -FIELD sorts descending (--sort -name works)",
    )
    add_include_option(parser)
    parser.add_argument(
        "--limit", type=int, metavar="N", help="records per page, 1-100 (server default: 20)"
    )
    parser.add_argument("--offset", type=int, metavar="N", help="skip the first N records")
    parser.add_argument(
        "--all",
        action="store_true",
        help="load every page (--limit sets the page size): jsonl, csv and json are written as "
        "pages arrive, a table once all have; progress (done/total) on stderr if a terminal",
    )
    add_output_options(parser)
    parser.set_defaults(func=run)
    return parser


def parse_filters(items: list[str] | None) -> dict[str, str | list[str]] | None:
    """`["name.icontains=Rat", "id.in=a,b"]` -> `{"name.icontains": "Rat", "id.in": ["a", "b"]}`
    (on the command line an `in` list is comma-separated; it goes out as repeated values)."""
    if not items:
        return None
    filters: dict[str, str | list[str]] = {}
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
        filters[key] = value.split(",") if key.endswith(".in") else value
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
    check_output_options(args)
    layout = None
    if args.flatten or args.format == "parquet":
        from brainstem_api_tools.flatten import Layout

        layout = Layout(info, query["include"])
    with open_client(args, args.portal) as client:
        if args.all:
            load_every_page(client, info, args, query, fields, layout)
            return 0
        response = client.load(
            info.name,
            portal=args.portal,
            id=args.id,
            limit=args.limit,
            offset=args.offset,
            **query,
        )
        body = response.raise_for_status().json()
    page = None
    if args.id is not None:
        records, key = records_of(body, info.list_key, info.detail_key)
    else:
        from brainstem_api_tools.pagination import read_page

        page = read_page(body, args.offset or 0, info.list_key, response.url)
        records, key = page.records, page.key
    parquet = args.format == "parquet"
    with output_file(args.out, binary=parquet) as file:
        render(
            body,
            records,
            key,
            fmt=args.format,
            fields=fields,
            default_columns=info.fields,
            out=None if parquet else file,
            layout=layout,
            binary=file if parquet else None,
        )
    if page is None:
        return 0
    note = page_note(page, plural(info), args.limit, args.offset is not None)
    if note:
        say(note)
    return 0


def plural(info: ModelInfo) -> str:
    """`sessions`, `species approvals`: what the records are called in messages."""
    return (info.list_key or info.name).replace("_", " ")


def page_note(page: Page, what: str, limit: int | None, offset_given: bool) -> str | None:
    """What a page leaves out, and how to get it; None when nothing follows it."""
    shown = len(page.records)
    start, end = page.offset, page.offset + shown
    if page.total is not None:
        if end >= page.total:
            if shown == 0 and start > 0:
                return f"No {what} at offset {start}: there are {page.total} in all"
            return None
        showing = f"{what} {start + 1}-{end} of {page.total}"
        every = f"all {page.total}"
    elif page.has_next is not None:
        if not page.has_next:
            return None
        showing, every = f"{what} {start + 1}-{end}; more follow", "them all"
    else:  # the server says nothing: only a short page ends the list
        if shown == 0 or shown < (limit or SERVER_PAGE_SIZE):
            return None
        showing, every = f"{what} {start + 1}-{end}, a full page; there may be more", "them all"
    without = " (without --offset)" if offset_given else ""
    return (
        f"Showing {showing}. Add --all{without} to load {every}, or --offset {end} for the "
        "next page."
    )


def load_every_page(
    client: BrainstemClient,
    info: ModelInfo,
    args: argparse.Namespace,
    query: dict[str, Any],
    fields: list[str] | None,
    layout: Layout | None,
) -> None:
    """Write every record as its page arrives (a table, a Parquet file: once all have), with a
    progress line on stderr when it is a terminal and stdout is not (or the output waits for
    the end, or goes to a file)."""
    parquet = args.format == "parquet"
    with output_file(args.out, binary=parquet) as file:
        out = sink(
            args.format,
            key=info.list_key,
            fields=fields,
            model_fields=info.fields,
            out=None if parquet else file,
            layout=layout,
            binary=file if parquet else None,
        )
        write_every_page(client, info, args, query, out, to_file=file is not None)


def write_every_page(
    client: BrainstemClient,
    info: ModelInfo,
    args: argparse.Namespace,
    query: dict[str, Any],
    out: Sink,
    *,
    to_file: bool,
) -> None:
    from brainstem_api_tools.progress import Meter

    what = plural(info)
    progress = None
    if sys.stderr.isatty() and (out.gathers or to_file or not sys.stdout.isatty()):
        progress = Meter(True, f"Loading {what}", unit=what, leave=False, terminal=True)
    total: list[int | None] = [None]

    def arrived(done: int, in_all: int | None) -> None:
        total[0] = in_all
        sys.stdout.flush()  # the records of the pages before this one
        if progress is not None:
            progress(done, in_all)

    kwargs: dict[str, Any] = {"portal": args.portal, "offset": args.offset, **query}
    if args.limit is not None:
        kwargs["page_size"] = args.limit
    try:
        for record in client.iter_records(info.name, progress=arrived, **kwargs):
            out.write(record)
        if progress is not None:
            progress.close()
        out.close()
    except BaseException as exc:
        if progress is not None:
            progress.close()
        if out.written and isinstance(exc, Exception) and not isinstance(exc, BrokenPipeError):
            of = f" of {total[0]}" if total[0] is not None else ""
            if to_file:
                say(f"Stopped after {out.written}{of} {what}: {args.out} was not written")
            else:
                say(f"Stopped after {out.written}{of} {what}: the output is incomplete")
        raise
    if progress is not None:
        say(f"Loaded {out.written} {what}")
