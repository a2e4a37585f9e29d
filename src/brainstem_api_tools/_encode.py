"""Write data as Python gives it, turned into the JSON the server reads.

`datetime`, `date` and `time` become ISO 8601 strings (a naive datetime is taken as the local
time of this computer and sent with its UTC offset), `UUID`s plain strings, `Enum` members
their value, tuples and sets lists, and other integral or real numbers (NumPy scalars, for
instance) plain ints and floats. Anything else JSON cannot hold (NaN, Decimal, bytes, objects)
is refused with a message naming where it is, instead of a `TypeError` from the encoder.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Mapping
from enum import Enum
from typing import Any

from brainstem_api_tools.errors import UsageError

__all__ = ["Unencodable", "datetime_text", "is_uuid", "json_value"]

_SCALARS = (str, int, float, bool, type(None))


class Unencodable(UsageError):
    """A value JSON cannot carry; `path` is where it is (`["extra_fields", "weight"]`)."""

    def __init__(self, path: list[str], message: str) -> None:
        where = "".join(f"[{p!r}]" for p in path)
        super().__init__(f"data{where}: {message}")
        self.path = path
        self.reason = message


def is_uuid(value: object) -> bool:
    """Whether `value` is a `uuid.UUID`, without importing uuid (and platform with it) at
    start-up: while no module has imported uuid, no UUID exists (as `dataclasses` tells a
    ClassVar without importing typing)."""
    uuid = sys.modules.get("uuid")
    return uuid is not None and isinstance(value, uuid.UUID)


def datetime_text(value: dt.datetime) -> str:
    """ISO 8601 with the UTC offset; a naive datetime is local time (as `astimezone` takes it)."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()
    return value.isoformat()


def json_value(value: Any, path: list[str] | None = None) -> Any:
    """`value` as plain JSON types (dict with str keys, list, str, int, float, bool, None)."""
    where = path if path is not None else []
    if type(value) in _SCALARS:
        if type(value) is float and not math.isfinite(value):
            raise Unencodable(where, _NOT_FINITE)
        return value
    if isinstance(value, Enum):
        return json_value(value.value, where)
    if isinstance(value, Mapping):
        return {
            _key(key, where): json_value(item, [*where, str(key)]) for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [json_value(item, [*where, str(i)]) for i, item in enumerate(value)]
    if isinstance(value, set | frozenset):
        items = [json_value(item, [*where, str(i)]) for i, item in enumerate(value)]
        try:
            return sorted(items)  # a set has no order: give the same body every time
        except TypeError:
            return items
    if isinstance(value, dt.datetime):
        return datetime_text(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if is_uuid(value):
        return str(value)
    if isinstance(value, str):  # a str subclass
        return str(value)
    import numbers  # for NumPy's scalars, Fraction...: not imported at start-up

    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        if not math.isfinite(number):
            raise Unencodable(where, _NOT_FINITE)
        return number
    raise Unencodable(
        where,
        f"a {type(value).__name__} cannot be sent as JSON; give a str, number, bool, None, "
        "list, dict, datetime, date, UUID or Enum",
    )


_NOT_FINITE = (
    "NaN and infinity cannot be sent as JSON (an empty spreadsheet cell?); leave the field "
    "out, or give None to clear it"
)


def _key(key: Any, path: list[str]) -> str:
    if isinstance(key, str):
        return str(key)
    if isinstance(key, Enum):
        return _key(key.value, path)
    if isinstance(key, int | float | dt.date | dt.time) or is_uuid(key):
        text = json_value(key, path)
        return text if isinstance(text, str) else str(text)
    raise Unencodable(path, f"a dict key must be a str, not {type(key).__name__} ({key!r})")
