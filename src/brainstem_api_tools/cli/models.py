"""`brainstem models`: every model of the API with its app, portals and operations."""

from __future__ import annotations

import argparse
import sys
import textwrap

from brainstem_api_tools.cli.output import dump_json

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any

    from brainstem_api_tools.models import ModelInfo


NAME = "models"
HELP = "list the models with their app, portals and operations"

# The spec's operation names as the command line says them.
VERBS = {
    "list": "list",
    "retrieve": "get",
    "create": "create",
    "partial_update": "update",
    "update": "replace",
    "destroy": "delete",
}
LEGEND = """\
operations: list = `brainstem load MODEL`, get = `load MODEL --id`, create = `save MODEL`,
update = `save MODEL --id`, delete = `delete MODEL --id`; others are custom actions.
Every model is on the private portal; PUBLIC says whether it can be read without a login
(`--portal public`).
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="List every model of the API (from openapi.yaml), or describe one.",
        epilog=LEGEND,
    )
    parser.add_argument("model", nargs="?", metavar="MODEL", help="describe this model")
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table (default) or json",
    )
    parser.set_defaults(func=run)
    return parser


def operations(info: ModelInfo) -> list[str]:
    order = list(VERBS)
    ops = sorted(info.operations, key=lambda op: order.index(op) if op in order else 99)
    return [VERBS.get(op, op) for op in ops] + list(info.actions)


def as_dict(info: ModelInfo) -> dict[str, Any]:
    return {
        "model": info.name,
        "app": info.app,
        "portals": list(info.portals),
        "operations": {
            VERBS.get(name, name): {"method": op.method, "portals": list(op.portals)}
            for name, op in {**info.operations, **info.actions}.items()
        },
        "fields": list(info.fields),
        "read_only": list(info.read_only),
        "relations": dict(info.relations),
        "id_type": info.id_type,
    }


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.models import MODELS, get_model

    if args.model:
        info = get_model(args.model)
        if args.format == "json":
            dump_json(as_dict(info), sys.stdout)
        else:
            describe(info)
        return 0
    infos = sorted(MODELS.values(), key=lambda m: (m.app, m.name))
    if args.format == "json":
        dump_json([as_dict(info) for info in infos], sys.stdout)
        return 0
    name_w = max(len(m.name) for m in infos)
    head = f"  {'MODEL':<{name_w}}  PUBLIC  "
    ops_w = max(20, 80 - len(head))
    print(f"{'APP / MODEL':<{len(head) - 8}}PUBLIC  OPERATIONS")
    app = None
    for info in infos:
        if info.app != app:
            app = info.app
            print(app)
        public = "yes" if "public" in info.portals else "-"
        lines = textwrap.wrap(" ".join(operations(info)), ops_w) or [""]
        print(f"  {info.name:<{name_w}}  {public:<6}  {lines[0]}")
        for more in lines[1:]:
            print(" " * len(head) + more)
    return 0


def describe(info: ModelInfo) -> None:
    print(f"{info.name} (app: {info.app}, id: {info.id_type})")
    print(f"  portals:    {', '.join(info.portals)}")
    order = list(VERBS)
    ops = sorted(
        info.operations.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99
    )
    for name, op in [*ops, *info.actions.items()]:
        label = VERBS.get(name, name)
        print(f"  {label + ':':<11} {op.method} on {', '.join(op.portals)}")
    writable = [f for f in info.fields if f not in info.read_only]
    wrap = textwrap.TextWrapper(width=80, initial_indent="", subsequent_indent=" " * 14)
    print(wrap.fill(f"  fields:     {', '.join(writable)}"))
    if info.read_only:
        print(wrap.fill(f"  read-only:  {', '.join(info.read_only)}"))
    if info.relations:
        rels = ", ".join(f"{k} -> {v}" for k, v in info.relations.items())
        print(wrap.fill(f"  relations:  {rels}"))
