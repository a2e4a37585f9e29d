"""`brainstem save`: create a record, or change fields of one (--id)."""

from __future__ import annotations

import argparse
from functools import partial

from brainstem_api_tools.cli.checks import add_write_options, planned, with_ids
from brainstem_api_tools.cli.common import open_client, read_data, say
from brainstem_api_tools.cli.output import add_output_options, field_list, records_of, render

NAME = "save"
HELP = "create a record, or update one with --id"
EXAMPLES = """\
examples:
  brainstem save session --data '{"name":"New session","projects":["<uuid>"]}'
  brainstem save session --id <uuid> --data '{"description":"updated"}'
  brainstem save session --data @session.json
  jq -n '{name: "From jq", projects: ["<uuid>"]}' | brainstem save session --data -
  brainstem save session --data @session.json --dry-run
  brainstem save session --data '{"name":"S2","projects:name":["Visual cortex plasticity"]}'

--data is checked against the API's description before anything is sent: an unknown or
read-only field, a missing required field or a bad value is an error (exit 2) listing every
problem. --dry-run prints the request instead of sending it. --no-validate sends the data
unchecked, for a field newer than this client.

A key REL:name gives the records of relation REL by name (one name, or a list): each is
looked up and must match exactly one record, case included, else nothing is sent (exit 2).
The ids found are said on stderr, and are in the --dry-run request.
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


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools._calls import save_call
    from brainstem_api_tools.models import get_model
    from brainstem_api_tools.names import mentions_names

    info = get_model(args.model)
    fields = field_list(args.fields, info.fields, info.name)
    data = read_data(args.data)
    if mentions_names(data):
        with open_client(args) as client:
            data = with_ids(client, info, data, args)
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
