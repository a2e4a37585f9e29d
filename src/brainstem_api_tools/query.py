"""Turn the arguments of `load`/`save`/`delete` into checked request parameters.

Every check here runs before any request is sent, and says what was wrong and what to do.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import uuid
from collections.abc import Iterable, Mapping
from enum import Enum

from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools._spec_filters import FILTER_OPERATORS
from brainstem_api_tools.errors import UsageError

__all__ = ["FILTER_OPERATORS", "check_id", "check_page", "filter_params", "name_list"]

_WRAPPED = re.compile(r"^filter\{(.+)\}$")
_KEY = re.compile(r"^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


def check_id(model: ModelInfo, value: object) -> str:
    """The record id as it goes into the URL: a UUID (or an integer for users and groups)."""
    if isinstance(value, bool) or value is None:
        raise UsageError(f"id of {model.name} is required (a {_id_kind(model)})")
    text = str(value).strip()
    if model.id_type == "integer":
        if re.fullmatch(r"[0-9]{1,18}", text):
            return text
    else:
        try:
            return str(uuid.UUID(text))
        except ValueError:
            pass
    raise UsageError(
        f"id {text!r} of {model.name} is not a {_id_kind(model)}{_by_name(model, text)}"
    )


def _by_name(model: ModelInfo, text: str) -> str:
    """How to find a record by name instead of by id."""
    if "name" not in model.fields or not text:
        return ""
    import shlex

    return (
        f"; to find a {model.name} by its name, filter on it: filters={{'name': {text!r}}} "
        f"(--filters {shlex.quote('name=' + text)} on the command line)"
    )


def _id_kind(model: ModelInfo) -> str:
    if model.id_type == "integer":
        return "whole number"
    return "UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6)"


def check_page(limit: object, offset: object) -> tuple[int | None, int | None]:
    """`limit` in 1..100 and `offset` >= 0, as whole numbers."""
    checked: list[int | None] = []
    for name, value, low, high in (("limit", limit, 1, 100), ("offset", offset, 0, None)):
        if value is None:
            checked.append(None)
            continue
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise UsageError(f"{name} must be a whole number, not {value!r}")
        try:
            number = int(value)
        except ValueError:
            raise UsageError(f"{name} must be a whole number, not {value!r}") from None
        if number < low or (high is not None and number > high):
            bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
            more = ""
            if high is not None and number > high:
                more = (
                    f" (the most one page holds); for more records, let load_all=True or "
                    f"iter_records() page through them all (--all on the command line), with "
                    f"pages of at most {high}"
                )
            raise UsageError(f"{name} must be {bounds}, not {number}{more}")
        checked.append(number)
    return checked[0], checked[1]


def name_list(value: str | Iterable[str] | None, what: str) -> list[str] | None:
    """A list of field names from a string, a comma-separated string, or an iterable."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    names = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise UsageError(f"{what} takes field names, got {item!r}")
        names.append(item.strip())
    return names


def _field_hint(model: ModelInfo, field: str) -> str:
    close = difflib.get_close_matches(field, model.fields, n=3)
    return f"; did you mean {', '.join(close)}?" if close else ""


def _filter_value(key: str, value: object) -> str:
    if value is None:
        raise UsageError(
            f"filter {key!r} has no value (use {key.split('.')[0]}.isnull=true "
            "to match empty fields)"
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ",".join(_filter_value(key, v) for v in value)
    return str(value)


def filter_params(model: ModelInfo, filters: Mapping[str, object] | None) -> dict[str, str]:
    """`{"name.icontains": "rat"}` -> `{"filter{name.icontains}": "rat"}`, checked.

    Keys may be given bare (`name.icontains`) or wrapped (`filter{name.icontains}`). The
    first part must be a field of the model; the last part, unless it crosses a relation, an
    operator the API knows.
    """
    if filters is None:
        return {}
    if not isinstance(filters, Mapping):
        raise UsageError(
            f"filters must be a dict like {{'name.icontains': 'rat'}}, not {type(filters).__name__}"
        )
    params: dict[str, str] = {}
    for raw_key, value in filters.items():
        if not isinstance(raw_key, str):
            raise UsageError(f"filter keys are strings like 'name.icontains', not {raw_key!r}")
        wrapped = _WRAPPED.match(raw_key.strip())
        key = wrapped.group(1) if wrapped else raw_key.strip()
        if not _KEY.match(key):
            raise UsageError(
                f"filter key {raw_key!r} is not of the form field or field.operator "
                "(e.g. name.icontains)"
            )
        parts = key.lstrip("-").split(".")
        field = parts[0]
        if model.fields and field not in model.fields:
            raise UsageError(
                f"{model.name} has no field {field!r} to filter on{_field_hint(model, field)}"
            )
        if len(parts) > 1 and field not in model.relations and parts[-1] not in FILTER_OPERATORS:
            close = difflib.get_close_matches(parts[-1], sorted(FILTER_OPERATORS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"unknown filter operator {parts[-1]!r} in {raw_key!r}{hint} "
                f"(known: {', '.join(sorted(FILTER_OPERATORS))})"
            )
        params[f"filter{{{key}}}"] = _filter_value(key, value)
    return params


def check_fields(model: ModelInfo, names: list[str] | None, what: str) -> list[str] | None:
    """Sort and include names must start with a field of the model."""
    if names is None:
        return None
    for name in names:
        field = name.lstrip("-").split(".")[0]
        if model.fields and field not in model.fields:
            raise UsageError(
                f"cannot {what} {model.name} by {name!r}: no such field{_field_hint(model, field)}"
            )
    return names
