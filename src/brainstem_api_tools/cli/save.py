"""`brainstem save`: create a record, or change fields of one (--id)."""

from __future__ import annotations

import argparse
import json
from functools import partial

from brainstem_api_tools.cli.common import USAGE, CLIError, open_client, read_data, say, server_url
from brainstem_api_tools.cli.output import add_output_options, field_list, records_of, render

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from collections.abc import Callable

    from brainstem_api_tools._calls import Call

NAME = "save"
HELP = "create a record, or update one with --id"
EXAMPLES = """\
examples:
  brainstem save session --data '{"name":"New session","projects":["<uuid>"]}'
  brainstem save session --id <uuid> --data '{"description":"updated"}'
  brainstem save session --data @session.json
  jq -n '{name: "From jq", projects: ["<uuid>"]}' | brainstem save session --data -
  brainstem save session --data @session.json --dry-run

--data is checked against the API's description before anything is sent: an unknown or
read-only field, a missing required field or a bad value is an error (exit 2) listing every
problem. --dry-run prints the request instead of sending it. --no-validate sends the data
unchecked, for a field newer than this client.
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Create a MODEL record from --data (POST), or with --id change only the "
        "fields given in --data (PATCH). The saved record goes to stdout as JSON.",
        epilog=EXAMPLES,
    )
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    parser.add_argument(
        "--data",
        required=True,
        metavar="JSON",
        help="the fields as a JSON object, @FILE to read it from a file, or - for stdin",
    )
    parser.add_argument("--id", metavar="ID", help="update this record instead of creating one")
    add_write_options(parser)
    add_output_options(parser)
    parser.set_defaults(func=run)
    return parser


def add_write_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("checking")
    group.add_argument(
        "--dry-run",
        action="store_true",
        help="check --data and print the request (method, URL, JSON body) instead of sending "
        "it; exit 0 if it is valid, 2 if not",
    )
    group.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="send --data without checking it against the API's description (for a field "
        "newer than this client)",
    )


def planned(args: argparse.Namespace, plan: Callable[[], Call[object]]) -> bool:
    """Check a write's data; True when it is to be sent, False when --dry-run printed it.

    Invalid data is one line with every problem, and exit 2.
    """
    from brainstem_api_tools.errors import InvalidDataError
    from brainstem_api_tools.validation import NO_VALIDATE_HINT

    try:
        call = plan()
    except InvalidDataError as exc:
        raise CLIError(str(exc).replace(NO_VALIDATE_HINT, "use --no-validate"), USAGE) from None
    if not args.dry_run:
        return True
    print_request(call, server_url(args))
    say("Dry run: nothing was sent" + ("" if args.validate else " (--data was not checked)"))
    return False


def print_request(call: Call[object], server: str) -> None:
    """Method and URL on one line, then the JSON body (never a header, so never the token)."""
    import httpx

    kwargs = call.request()
    url = server.rstrip("/") + "/" + str(kwargs["url"]).lstrip("/")  # as httpx's base_url does
    request = httpx.Request(
        kwargs["method"], url, params=kwargs.get("params"), json=kwargs.get("json")
    )
    print(f"{request.method} {request.url}")
    if request.content:
        print(json.dumps(json.loads(request.content), indent=2, ensure_ascii=False))


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools._calls import save_call
    from brainstem_api_tools.models import get_model

    info = get_model(args.model)
    fields = field_list(args.fields, info.fields, info.name)
    data = read_data(args.data)
    if not planned(args, partial(save_call, info, "private", args.id, data, None, args.validate)):
        return 0
    with open_client(args) as client:
        response = client.save(info.name, id=args.id, data=data, validate=args.validate)
        body = response.raise_for_status().json()
    records, key = records_of(body, info.list_key, info.detail_key)
    record = records[0] if records and isinstance(records[0], dict) else {}
    what = "Updated" if args.id is not None else "Created"
    say(f"{what} {info.name} {record.get('id', args.id or '')}".rstrip())
    render(body, records, key, fmt=args.format, fields=fields, default_columns=info.fields)
    return 0
