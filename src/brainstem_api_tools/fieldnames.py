"""Field names of a query (filters, sort, include) checked against the spec's model table.

openapi.yaml is maintained by hand and can lag behind the server, so a field name it does not
know is sent anyway, with an `UnknownFieldWarning` that carries the did-you-mean; when the
server then answers 400, the raised error carries the same hint (`query_hints`, asked by
errors.py). Operators are a closed set: a part that can only be an operator and is none is
reported (`Path.bad_operator`), and query.py refuses it before sending.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools._spec_filters import FILTER_KEY_FORMAT, FILTER_OPERATORS

__all__ = [
    "Path",
    "UnknownFieldWarning",
    "query_hints",
    "resolve",
    "warn_unknown",
]


class UnknownFieldWarning(UserWarning):
    """A filter, sort or include names a field that openapi.yaml does not list for the model.

    The request is sent anyway, since the spec can lag behind the server; the message says
    which name and the closest known ones. Turn it into an error with
    `warnings.simplefilter("error", UnknownFieldWarning)`.
    """


@dataclass(frozen=True)
class Path:
    """A dotted field path as the spec sees it."""

    operator: str | None = None  # the last part, when it is an operator
    unknown: str | None = None  # the hint about the first part the spec does not know
    bad_operator: str | None = None  # a part where only an operator can be, that is none


def resolve(model: ModelInfo, path: str, operators: Collection[str] = ()) -> Path:
    """Walk `field.relation_field.op` through the model table, as the server reads it: the
    last part is the operator when it is one (and not the only part), every other part a
    field, and only relations lead further."""
    from brainstem_api_tools._spec_tables import MODELS

    parts = path.split(".")
    operator = parts.pop() if len(parts) > 1 and parts[-1] in operators else None
    current: ModelInfo | None = model
    for index, part in enumerate(parts):
        if current is None:  # after a field that is no relation
            if operators and index == len(parts) - 1 and operator is None:
                return Path(bad_operator=part)
            return Path(operator, unknown=f"{parts[index - 1]} is no relation, so it has no {part}")
        if part not in current.fields:
            last = index == len(parts) - 1 and operator is None
            return Path(operator, unknown=_unknown(current, part, operators if last else ()))
        related = current.relations.get(part)
        if related is not None and related not in MODELS:
            return Path(operator)  # a model the spec does not describe: nothing to check
        current = MODELS.get(related) if related else None
    return Path(operator)


def _unknown(model: ModelInfo, name: str, operators: Collection[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, [*model.fields, *operators], n=3)
    mean = (
        f"did you mean {' or '.join(repr(c) for c in close)}?"
        if close
        else f"`brainstem models {model.name}` lists its fields"
    )
    return f"openapi.yaml knows no field {name!r} of {model.name} ({mean})"


def warn_unknown(where: str, hint: str) -> None:
    """Warn, at the caller's line outside this package, that `where` is sent as given."""
    warnings.warn(
        f"{where}: {hint}; sent as given, in case the server knows it",
        UnknownFieldWarning,
        stacklevel=_outside_stacklevel(),
    )


def _outside_stacklevel() -> int:
    """The stacklevel of the first frame outside this package (the user's call)."""
    package = os.path.dirname(__file__)
    frame = sys._getframe(1)  # warn_unknown
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back
        level += 1
    return level


def query_hints(
    model: ModelInfo,
    params: Iterable[tuple[str, str]],
    operators: Collection[str] = FILTER_OPERATORS,
) -> list[str]:
    """The hints about the field names of a request's query that the spec does not know."""
    prefix, _, suffix = FILTER_KEY_FORMAT.partition("%s")
    hints: dict[str, None] = {}
    for key, value in params:
        if key.startswith(prefix) and key.endswith(suffix) and len(key) > len(prefix + suffix):
            path = key[len(prefix) : len(key) - len(suffix)].removeprefix("-")
            found = resolve(model, path, operators)
        elif key == "sort[]":
            found = resolve(model, value.strip().lstrip("-"))
        elif key == "include[]":
            found = resolve(model, value.removesuffix(".*"))
        else:
            continue
        if found.unknown:
            hints[found.unknown] = None
    return list(hints)
