"""`brainstem action`: run a custom action (accept, reject, cancel, join, leave, add_entry...)."""

from __future__ import annotations

import argparse
from functools import partial

from brainstem_api_tools.cli.checks import add_write_options, planned
from brainstem_api_tools.cli.common import open_client, read_data, say
from brainstem_api_tools.cli.output import add_output_options, field_list, records_of, render

NAME = "action"
HELP = "run a custom action on a record (accept, join, add_entry, ...)"
EXAMPLES = """\
examples:
  brainstem action speciesapproval accept --id <uuid>
  brainstem action projectmembershipinvitation reject --id <uuid>
  brainstem action group join --id 41
  brainstem action procedurelog add_entry --id <uuid> --data '{"date_time":"2024-05-01T10:00:00Z"}'

`brainstem models MODEL` lists the actions of a model. An action is sent once and never
retried, even when it is a GET, since it changes state. --data is checked as for `brainstem
save` (--no-validate skips the check; --dry-run prints the request instead of sending it).
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Run ACTION on the MODEL record --id, with --data where the action takes "
        "data. The record the server answers with goes to stdout as JSON.",
        epilog=EXAMPLES,
    )
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    parser.add_argument("action", metavar="ACTION", help="the action, e.g. accept")
    parser.add_argument("--id", required=True, metavar="ID", help="the record to act on")
    parser.add_argument(
        "--data", metavar="JSON", help="data for the action: JSON, @FILE, or - for stdin"
    )
    add_write_options(parser)
    add_output_options(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools._calls import action_call
    from brainstem_api_tools.models import get_model

    info = get_model(args.model)
    fields = field_list(args.fields, info.fields, info.name)
    data = read_data(args.data) if args.data is not None else None
    if not planned(
        args, partial(action_call, info, "private", args.id, args.action, data, args.validate)
    ):
        return 0
    with open_client(args) as client:
        response = client.action(
            info.name, args.id, args.action, data, validate=args.validate
        ).raise_for_status()
        body = response.json()
    say(f"Done: {args.action} on {info.name} {args.id}")
    if body is not None:
        records, key = records_of(body, info.list_key, info.detail_key)
        render(body, records, key, fmt=args.format, fields=fields, default_columns=info.fields)
    return 0
