"""Check request data against a schema of the spec and normalise it, with DRF-style messages.

A small, independent reading of the OpenAPI 3.0 schema keywords the spec uses: $ref, type,
nullable, enum, format (uuid, date, date-time, email), minLength, maxLength, pattern, minimum,
maximum, minItems, maxItems, items, properties, required, additionalProperties, oneOf, anyOf,
allOf. `clean` returns the value as the sandbox stores it (canonical UUIDs, dates and UTC
date-times) and the messages keyed by field.

The top-level fields of a request body are read first as DRF's serializer fields read them
(`clean_field`): a CharField takes numbers as text, trims whitespace and refuses null
characters; an IntegerField takes "3" and 3.0; a BooleanField takes "yes", "0" and the like.
Values inside JSON fields are stored as sent, so they are checked by their JSON type only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from typing import Any

from .spec import Spec

_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:?\d{2})?$"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DECIMAL_TAIL = re.compile(r"\.0*\s*$")  # DRF's IntegerField reads "3.0" as 3
_DRF_TRUE = {"t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}
_DRF_FALSE = {"f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}

Errors = dict[str, list[str]]


class Invalid(Exception):
    """A value does not fit its schema; `messages` is keyed by field ("" for the value itself)."""

    def __init__(self, messages: Errors) -> None:
        super().__init__(messages)
        self.messages = messages


def canonical_uuid(value: Any) -> str | None:
    """The canonical form of a UUID string, or None when it is not one (hyphenated form only)."""
    if not isinstance(value, str) or len(value) != 36:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def parse_date_time(value: str) -> dt.datetime | None:
    """An aware UTC datetime for an ISO 8601 date-time with a time part (naive means UTC)."""
    if not _DATE_TIME.match(value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def format_date_time(value: dt.datetime) -> str:
    text = value.astimezone(dt.UTC).replace(tzinfo=None).isoformat()
    return text + "Z"


def parse_date(value: str) -> dt.date | None:
    if not _DATE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


class Cleaner:
    """Validate and normalise values against schemas of one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def clean_object(self, schema: Any, data: Any, *, partial: bool = False) -> dict[str, Any]:
        """Validate a request body; raise Invalid with field messages."""
        if not isinstance(data, dict):
            kind = type(data).__name__ if data is not None else "null"
            raise Invalid(
                {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {kind}."]}
            )
        s = self.spec.deref(schema)
        props = s.get("properties") or {}
        errors: Errors = {}
        out: dict[str, Any] = {}
        if not partial:
            for name in s.get("required") or []:
                if name not in data:
                    errors.setdefault(name, []).append("This field is required.")
        for name, value in data.items():
            if name not in props:
                continue  # unknown and read-only fields are ignored, as DRF does
            try:
                out[name] = self.clean_field(props[name], value)
            except Invalid as exc:
                errors.setdefault(name, []).extend(_flatten(exc.messages))
        if errors:
            raise Invalid(errors)
        return out

    def clean_field(self, schema: Any, value: Any) -> Any:
        """A top-level field of a request body, read as DRF's serializer field for it."""
        s = self.spec.deref(schema)
        items = self.spec.deref(s.get("items") or {})
        if s.get("type") == "array" and isinstance(value, list) and items.get("type"):
            value = [_as_drf_reads(items, v) for v in value]  # a ListField's child field
        else:
            value = _as_drf_reads(s, value)
        return self.clean(schema, value)

    def clean(self, schema: Any, value: Any) -> Any:
        """The normalised value, or Invalid with messages ("" key for the value itself)."""
        s = self.spec.deref(schema)
        if value is None:
            if self._nullable(s):
                return None
            raise Invalid({"": ["This field may not be null."]})
        for part in s.get("allOf") or []:
            value = self.clean(part, value)
        alternatives = s.get("oneOf") or s.get("anyOf")
        if alternatives:
            first: Invalid | None = None
            for alt in alternatives:
                try:
                    value = self.clean(alt, value)
                    break
                except Invalid as exc:
                    first = first or exc
            else:
                assert first is not None
                raise first
        if "enum" in s and value not in s["enum"]:
            raise Invalid({"": [f'"{value}" is not a valid choice.']})
        typ = s.get("type")
        if typ is None and ("properties" in s or "additionalProperties" in s):
            typ = "object"
        if typ == "string":
            return self._string(s, value)
        if typ == "integer":
            if isinstance(value, bool) or not (
                isinstance(value, int) or (isinstance(value, float) and value.is_integer())
            ):
                raise Invalid({"": ["A valid integer is required."]})
            return self._bounds(s, int(value))
        if typ == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise Invalid({"": ["A valid number is required."]})
            return self._bounds(s, value)
        if typ == "boolean":
            if not isinstance(value, bool):
                raise Invalid({"": ["Must be a valid boolean."]})
            return value
        if typ == "array":
            return self._array(s, value)
        if typ == "object":
            return self._object(s, value)
        return value

    def _nullable(self, s: dict[str, Any]) -> bool:
        if s.get("nullable") or (isinstance(s.get("enum"), list) and None in s["enum"]):
            return True
        for key in ("oneOf", "anyOf"):
            if any(self._nullable(self.spec.deref(alt)) for alt in s.get(key) or []):
                return True
        return bool(s.get("allOf")) and all(self._nullable(self.spec.deref(p)) for p in s["allOf"])

    def _string(self, s: dict[str, Any], value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid({"": ["Not a valid string."]})
        min_length = s.get("minLength")
        if isinstance(min_length, int) and len(value) < min_length:
            if min_length == 1:
                raise Invalid({"": ["This field may not be blank."]})
            raise Invalid({"": [f"Ensure this field has at least {min_length} characters."]})
        max_length = s.get("maxLength")
        if isinstance(max_length, int) and len(value) > max_length:
            raise Invalid({"": [f"Ensure this field has no more than {max_length} characters."]})
        pattern = s.get("pattern")
        if isinstance(pattern, str) and not re.search(pattern, value):
            raise Invalid({"": ["This value does not match the required pattern."]})
        fmt = s.get("format")
        if fmt == "uuid":
            canonical = canonical_uuid(value)
            if canonical is None:
                raise Invalid({"": [f'"{value}" is not a valid UUID.']})
            return canonical
        if fmt == "date-time":
            parsed = parse_date_time(value) or _from_iso_date_time(value)
            if parsed is None:
                raise Invalid(
                    {
                        "": [
                            "Datetime has wrong format. Use one of these formats instead: "
                            "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
                        ]
                    }
                )
            return format_date_time(parsed)
        if fmt == "date":
            day = parse_date(value) or _from_iso(dt.date, value)
            if day is None:
                raise Invalid(
                    {"": ["Date has wrong format. Use one of these formats instead: YYYY-MM-DD."]}
                )
            return day.isoformat()
        if fmt == "email" and not _EMAIL.match(value):
            raise Invalid({"": ["Enter a valid email address."]})
        return value

    def _bounds(self, s: dict[str, Any], value: int | float) -> int | float:
        minimum, maximum = s.get("minimum"), s.get("maximum")
        if isinstance(minimum, int | float) and (
            value < minimum or (s.get("exclusiveMinimum") is True and value == minimum)
        ):
            raise Invalid({"": [f"Ensure this value is greater than or equal to {minimum}."]})
        if isinstance(maximum, int | float) and (
            value > maximum or (s.get("exclusiveMaximum") is True and value == maximum)
        ):
            raise Invalid({"": [f"Ensure this value is less than or equal to {maximum}."]})
        return value

    def _array(self, s: dict[str, Any], value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise Invalid(
                {"": [f'Expected a list of items but got type "{type(value).__name__}".']}
            )
        min_items, max_items = s.get("minItems"), s.get("maxItems")
        if isinstance(min_items, int) and len(value) < min_items:
            if min_items == 1:
                raise Invalid({"": ["This list may not be empty."]})
            raise Invalid({"": [f"Ensure this field has at least {min_items} elements."]})
        if isinstance(max_items, int) and len(value) > max_items:
            raise Invalid({"": [f"Ensure this field has no more than {max_items} elements."]})
        items = s.get("items")
        if items is None:
            return list(value)
        out = []
        errors: Errors = {}
        for index, element in enumerate(value):
            try:
                out.append(self.clean(items, element))
            except Invalid as exc:
                errors[str(index)] = _flatten(exc.messages)
        if errors:
            raise Invalid(errors)
        if s.get("uniqueItems") and len({repr(v) for v in out}) != len(out):
            raise Invalid({"": ["Items must be unique."]})
        return out

    def _object(self, s: dict[str, Any], value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(
                {"": [f'Expected a dictionary of items but got type "{type(value).__name__}".']}
            )
        props = s.get("properties") or {}
        extra = s.get("additionalProperties", True)
        errors: Errors = {}
        out: dict[str, Any] = {}
        for name in s.get("required") or []:
            if name not in value:
                errors.setdefault(name, []).append("This field is required.")
        for key, element in value.items():
            sub = props.get(key)
            if sub is None:
                if extra is False:
                    errors.setdefault(key, []).append("Unexpected field.")
                    continue
                sub = extra if isinstance(extra, dict) else {}
            try:
                out[key] = self.clean(sub, element)
            except Invalid as exc:
                errors.setdefault(key, []).extend(_flatten(exc.messages))
        min_props, max_props = s.get("minProperties"), s.get("maxProperties")
        if isinstance(min_props, int) and len(value) < min_props:
            errors.setdefault("", []).append(f"Ensure this object has at least {min_props} keys.")
        if isinstance(max_props, int) and len(value) > max_props:
            errors.setdefault("", []).append(f"Ensure this object has at most {max_props} keys.")
        if errors:
            raise Invalid(errors)
        return out


def _from_iso(kind: Any, value: str) -> Any:
    """Django (4.0 and later) parses dates and date-times with Python's `fromisoformat` first:
    in a request body "2024-05-01" is a date-time (midnight) and "20240501" a date."""
    try:
        return kind.fromisoformat(value)
    except ValueError:
        return None


def _from_iso_date_time(value: str) -> dt.datetime | None:
    parsed: dt.datetime | None = _from_iso(dt.datetime, value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _as_drf_reads(s: dict[str, Any], value: Any) -> Any:
    """The value as DRF's CharField, ChoiceField, IntegerField or BooleanField reads it, before
    the schema's checks."""
    kind = s.get("type")
    if kind == "string" and not s.get("format"):
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and "enum" not in s:
            if "\x00" in value:
                raise Invalid({"": ["Null characters are not allowed."]})
            value = value.strip()
    elif kind == "integer" and isinstance(value, str | float) and len(str(value)) <= 1000:
        with contextlib.suppress(ValueError):  # not a number: the schema check says so
            value = int(_DECIMAL_TAIL.sub("", str(value)))
    elif kind == "boolean" and isinstance(value, str | int | float) and not isinstance(value, bool):
        if value in _DRF_TRUE or value in ("1", 1):
            value = True
        elif value in _DRF_FALSE or value in ("0", 0):
            value = False
    return value


def _flatten(messages: Errors) -> list[str]:
    """Nested messages as one list of strings: `url: Enter a valid URL.` for a sub-field."""
    out: list[str] = []
    for key, texts in messages.items():
        out.extend(texts if key == "" else [f"{key}: {text}" for text in texts])
    return out
