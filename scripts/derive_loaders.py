"""Write the typed convenience loaders from the table in `brainstem_api_tools/loaders.py`.

Usage: python scripts/derive_loaders.py > src/brainstem_api_tools/_loader_methods.py

One generic mixin serves both clients: `BrainstemClient` returns what `load` returns, and
`AsyncBrainstemClient` the coroutine of its `load`. Each loader gets a real signature (the
official client's keywords in its order, then ours, keyword-only), overloads on `load_all`
and a docstring that names its filters and default includes.
"""

from __future__ import annotations

import textwrap

from brainstem_api_tools.loaders import LOADERS, NO_SUCH_FIELD, Loader
from brainstem_api_tools.models import get_model

HEADER = '''\
"""The convenience loaders, typed: derived from `loaders.LOADERS` by
scripts/derive_loaders.py. Do not edit.

Run `make generate` after changing the table; `make check-generated` fails on drift.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any, Literal
    from uuid import UUID

    from brainstem_api_tools.loaders import run_loader
    from brainstem_api_tools.names import ByName
else:

    def run_loader(*args):
        # The loader table is read on the first call to a loader, not when a client is imported.
        from brainstem_api_tools.loaders import run_loader

        return run_loader(*args)

__all__ = ["LoaderMixin"]

PageT = TypeVar("PageT")
AllT = TypeVar("AllT")


class LoaderMixin(Generic[PageT, AllT]):
    """The convenience loaders of a client whose `load` returns `PageT`, or `AllT` with
    `load_all=True` (for the async client: coroutines of those)."""
'''

WIDTH = 88  # docstring lines, indented by 8 in the class

# (name, annotation, default) of `load`'s arguments, around the named filters.
BEFORE = [("portal", "str | None", "None"), ("id", "str | UUID | None", "None")]
AFTER = [
    ("filters", "Mapping[str, Any] | None", "None"),
    ("sort", "str | Iterable[str] | None", "None"),
    ("include", "str | Iterable[str] | None", "None"),
    ("limit", "int | None", "None"),
    ("offset", "int | None", "None"),
]


def annotation(key: str) -> str:
    return "str | UUID | ByName | None" if key.endswith(".id") else "str | None"


def describe(loader: str, spec: Loader, keyword: str, key: str) -> str:
    field, _, op = key.partition(".")
    if (loader, keyword) in NO_SUCH_FIELD:
        hint = NO_SUCH_FIELD[loader, keyword]
        instead = f"; use {hint}" if hint else ""
        return f"accepted for compatibility but refused: {spec.model} has no {field}{instead}"
    if op == "icontains":
        what = f"{field} contains the text, in any case"
    elif op == "id":
        target = get_model(spec.model).relations.get(field, field)
        what = f"linked to the {target} with this id, or `ByName(...)` this name"
    else:
        what = f"exact match on {field}"
    return f"{what} (filter{{{key}}})"


def docstring(loader: str, spec: Loader) -> list[str]:
    model = get_model(spec.model)
    includes = ", ".join(spec.include)
    first = f"Load {spec.model} records" + (f" with their {includes}." if includes else ".")
    text = [
        f'`load("{spec.model}", ...)` with named filters: None leaves one out, and a named '
        "filter wins over the same key in `filters`."
    ]
    items = [f"- `{k}`: {describe(loader, spec, k, v)}" for k, v in spec.keywords.items()]
    rest = (
        f"Includes {includes} unless `include` says otherwise (`include=[]`: none); with "
        "`id`, nothing unless asked for, as in the official client. "
        if includes
        else ""
    ) + (
        "The other arguments are `load`'s (`portal=None`: `load`'s default portal); "
        "`load_all=True` fetches every page and returns one dict with the records under "
        f"{model.list_key!r}."
    )
    lines = [f'"""{first}', ""]
    for paragraph in (text, items, [rest]):
        for item in paragraph:
            indent = "  " if item.startswith("- ") else ""
            lines += textwrap.wrap(item, WIDTH, subsequent_indent=indent)
        lines.append("")
    return [*lines[:-1], '"""']


def params(spec: Loader, load_all: str, keyword_only_load_all: bool = False) -> list[str]:
    official = [(k, annotation(v), "None") for k, v in spec.filters.items()]
    extra = [(k, annotation(v), "None") for k, v in spec.extra.items()]
    out = ["self"]
    out += [f"{n}: {a} = {d}" for n, a, d in [*BEFORE, *official, *AFTER]]
    if keyword_only_load_all:
        out += ["*", load_all]
    else:
        out += [load_all] + (["*"] if extra else [])
    out += [f"{n}: {a} = {d}" for n, a, d in extra]
    return out


def method(loader: str, spec: Loader) -> list[str]:
    def define(head: str, args: list[str], returns: str) -> list[str]:
        return [f"    def {head}(", *[f"        {a}," for a in args], f"    ) -> {returns}:"]

    out: list[str] = []
    for load_all, kw_only, returns in (
        ("load_all: Literal[False] = False", False, "PageT"),
        ("load_all: Literal[True]", True, "AllT"),
        ("load_all: bool = False", False, "PageT | AllT"),
    ):
        out += ["    @overload"]
        out += define(loader, params(spec, load_all, kw_only), returns)
        out[-1] += " ..."
        out += [""]
    out += define(loader, params(spec, "load_all: bool = False"), "PageT | AllT")
    out += [f"        {line}" if line else "" for line in docstring(loader, spec)]
    named = ", ".join(f'"{k}": {k}' for k in spec.keywords)
    out += [
        "        return cast(",
        '            "PageT | AllT",',
        "            run_loader(",
        f'                self, "{loader}", {{{named}}},',
        "                portal, id, filters, sort, include, limit, offset, load_all,",
        "            ),",
        "        )",
        "",
    ]
    return out


def main() -> str:
    lines = HEADER.splitlines()
    for loader, spec in LOADERS.items():
        lines += ["", *method(loader, spec)]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    print(main(), end="")
