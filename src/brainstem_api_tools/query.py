"""Turn the arguments of `load`/`save`/`delete` into checked request parameters.

Every check here runs before any request is sent, and says what was wrong and what to do.
Filter values are encoded as the server reads them (docs/client.md, "How requests are
encoded"): `in` lists as the parameter repeated, booleans as `True`/`False`, dates and
date-times in ISO 8601, `None` as `isnull`. Field names the spec does not know are sent with an
`UnknownFieldWarning`; operators are a closed set.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from enum import Enum

from brainstem_api_tools._encode import datetime_text, is_uuid
from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools._spec_filters import FILTER_KEY_FORMAT, FILTER_OPERATORS
from brainstem_api_tools.errors import UsageError

__all__ = ["FILTER_OPERATORS", "check_id", "check_page", "filter_params", "name_list"]

_PREFIX, _, _SUFFIX = FILTER_KEY_FORMAT.partition("%s")
_KEY = re.compile(r"^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_COLLECTIONS = (list, tuple, set, frozenset)


def check_id(model: ModelInfo, value: object) -> str:
    """The record id as it goes into the URL: a UUID (or an integer for users and groups)."""
    if isinstance(value, bool) or value is None:
        raise UsageError(f"id of {model.name} is required (a {_id_kind(model)})")
    text = str(value).strip()
    if model.id_type == "integer":
        if re.fullmatch(r"[0-9]{1,18}", text):
            return text
    else:
        import uuid

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
        f"; to find the {model.name} with this name: get({model.name!r}, name={text!r}) "
        f"(brainstem get {model.name} {shlex.quote(text)} on the command line)"
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


def _filter_key(key: str) -> str:
    """The query parameter of the filter `key` (`name.icontains` -> `filter{name.icontains}`)."""
    return FILTER_KEY_FORMAT % key


def _text(where: str, value: object) -> str:
    """One filter value as the server parses it (Django's field parsers, dynamic-rest's
    booleans): `True`/`False`, ISO 8601 dates and date-times, plain UUIDs and numbers."""
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, dt.datetime):  # naive: this computer's local time, as in write data
        return datetime_text(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float) or is_uuid(value):
        return str(value)
    import numbers  # for Decimal, NumPy's scalars...: not imported at start-up

    if isinstance(value, numbers.Number):
        return str(value)
    raise UsageError(
        f"{where} has a value of type {type(value).__name__} ({value!r}); a filter takes a "
        "string, number, bool, date, datetime, UUID or Enum (a list for `in`)"
    )


def _encode(
    where: str, key: str, operator: str | None, value: object
) -> tuple[str, str | list[str]]:
    """The query parameter and value(s) of one filter."""
    base = key.rsplit(".", 1)[0] if operator else key  # the field path
    if value is None:
        # Django reads field=None as field__isnull=True; None has no other meaning
        if operator in (None, "exact", "iexact"):
            return _filter_key(f"{base}.isnull"), "True"
        raise UsageError(
            f"{where} has the value None, which only an exact match takes (it means the field "
            f"is empty: {base.lstrip('-')}.isnull=True)"
        )
    if operator == "in":
        items = list(value) if isinstance(value, _COLLECTIONS) else [value]
        if not items:
            raise UsageError(
                f"{where} has an empty list, which matches nothing; it cannot be sent (the "
                "server would see no filter and match everything)"
            )
        if any(item is None for item in items):
            raise UsageError(f"{where} lists None; match empty fields with FIELD.isnull=True")
        return _filter_key(key), [_text(where, item) for item in items]
    if isinstance(value, _COLLECTIONS):
        raise UsageError(
            f"{where} has a list, which only `in` takes (use {base}.in); the server would read "
            "its first value only"
        )
    return _filter_key(key), _text(where, value)


def filter_params(
    model: ModelInfo, filters: Mapping[str, object] | None
) -> dict[str, str | list[str]]:
    """`{"name.icontains": "rat"}` -> `{"filter{name.icontains}": "rat"}`, checked.

    Keys may be given bare (`name.icontains`) or wrapped (`filter{name.icontains}`), with `-`
    to exclude. The last part, when it follows a field that is no relation, must be an
    operator of the spec; a field name the spec does not know is sent with a warning.
    """
    if filters is None:
        return {}
    if not isinstance(filters, Mapping):
        raise UsageError(
            f"filters must be a dict like {{'name.icontains': 'rat'}}, not {type(filters).__name__}"
        )
    from brainstem_api_tools.fieldnames import resolve, warn_unknown

    params: dict[str, str | list[str]] = {}
    for raw_key, value in filters.items():
        if not isinstance(raw_key, str):
            raise UsageError(f"filter keys are strings like 'name.icontains', not {raw_key!r}")
        key = raw_key.strip()
        if key.startswith(_PREFIX) and key.endswith(_SUFFIX):
            key = key[len(_PREFIX) : len(key) - len(_SUFFIX)]
        if not _KEY.match(key):
            raise UsageError(
                f"filter key {raw_key!r} is not of the form field or field.operator "
                "(e.g. name.icontains)"
            )
        where = f"filter {raw_key!r}"
        path = resolve(model, key.removeprefix("-"), FILTER_OPERATORS)
        if path.bad_operator is not None:
            import difflib

            close = difflib.get_close_matches(path.bad_operator, FILTER_OPERATORS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"unknown filter operator {path.bad_operator!r} in {raw_key!r}{hint} "
                f"(known: {', '.join(FILTER_OPERATORS)})"
            )
        if path.unknown is not None:
            warn_unknown(where, path.unknown)
        param, encoded = _encode(where, key, path.operator, value)
        if param in params:
            raise UsageError(f"{where} filters on {param} again; give each filter once")
        params[param] = encoded
    return params


def check_fields(model: ModelInfo, names: list[str] | None, what: str) -> list[str] | None:
    """Sort and include names: a name the spec does not know is sent with a warning; one
    that cannot be a field name at all is refused."""
    if names is None:
        return None
    from brainstem_api_tools.fieldnames import resolve, warn_unknown

    for name in names:
        bare = name.removesuffix(".*")
        if not _KEY.match(bare) or bare.startswith("--"):
            raise UsageError(
                f"{what} {name!r} is not a field name (like name, -date_time or projects.name)"
            )
        path = resolve(model, bare.lstrip("-"))
        if path.unknown is not None:
            warn_unknown(f"{what} {name!r}", path.unknown)
    return names
