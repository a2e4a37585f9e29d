"""`brainstem get`: the one record with a name (its id, for a start)."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import (
    ERROR,
    CLIError,
    add_include_option,
    add_portal_option,
    fail,
    open_client,
)
from brainstem_api_tools.cli.output import add_output_options, field_list, records_of, render

NAME = "get"
HELP = "the one record with this name (e.g. a project's id from its name)"
DESCRIPTION = """\
Print the MODEL record whose name is NAME, as `brainstem load MODEL --id` prints it. The name
must match exactly, case included (spaces around it aside), and only one record: when none
does, the records whose name contains NAME in any case are listed with their ids; when
several do, they are listed. Either way the exit code is 1.

A model's name is its `name` field, else its `title` (publications), else its unique field (a
user's email address).
"""
EXAMPLES = """\
examples:
  brainstem get project 'Visual cortex plasticity'
  brainstem get project 'Visual cortex plasticity' --fields id --format csv
  brainstem get user ada@example.org
  brainstem get session rat-CA1-0001 --include projects --format table
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(NAME, help=HELP, description=DESCRIPTION, epilog=EXAMPLES)
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    parser.add_argument("name", metavar="NAME", help="the name (in quotes if it has spaces)")
    add_portal_option(parser)
    add_include_option(parser)
    add_output_options(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.errors import MultipleMatchesError, NameLookupError
    from brainstem_api_tools.models import get_model
    from brainstem_api_tools.names import name_field, nameless

    info = get_model(args.model)
    if name_field(info) is None:
        fail(f"{nameless(info)} (brainstem load {info.name} --id ID)")
    fields = field_list(args.fields, info.fields, info.name)
    include = [rel.strip() for item in args.include or () for rel in item.split(",") if rel]
    with open_client(args, args.portal) as client:
        try:
            record = client.get(
                info.name, portal=args.portal, name=args.name, include=include or None
            )
        except NameLookupError as exc:
            pick = f"brainstem load {info.name} --id ID" + (
                "" if args.portal == "private" else " --portal public"
            )
            advice = (
                f"pick one by its id ({pick})"
                if isinstance(exc, MultipleMatchesError)
                else "give the name exactly"
            )
            raise CLIError(f"{exc.problem}; {advice}", ERROR) from None
    body = {info.detail_key or info.name: record}
    records, key = records_of(body, info.list_key, info.detail_key)
    render(body, records, key, fmt=args.format, fields=fields, default_columns=info.fields)
    return 0
