"""Check write data against the API's request schemas before anything is sent.

The server (Django REST framework) silently drops fields it does not know, so a typo in a
field name loses data without a word. Every create, update and custom action with a body is
checked here first against its request schema in openapi.yaml (derived into
`_write_schemas.json` by `make generate`): unknown fields (with a did-you-mean), read-only
fields, required fields, types, choices, lengths, formats (uuid, date, date-time), null and
list items. The messages are DRF's own where DRF has one for the case, keyed by field as in
the server's 400 answer.

    >>> problems("session", {"name": "x", "descripton": "oops"})
    {'descripton': ['Unknown field (the server would ignore it). Did you mean "description"?'],
     'projects': ['This field is required.']}

`validate(...)` returns the JSON body that would be sent, or raises `InvalidDataError` (a
`ValidationError` and a `UsageError`) with every problem at once.

How values are read follows the server's fields: top-level fields as DRF's serializer fields
do (a number is a valid string, "3" a valid integer, "yes" a valid boolean, strings are
trimmed), values inside JSON fields (`extra_fields`, `details`...) strictly by JSON type.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias

from brainstem_api_tools._encode import Unencodable, json_value
from brainstem_api_tools._model_info import ModelInfo, Operation
from brainstem_api_tools.errors import InvalidDataError, UsageError, field_messages
from brainstem_api_tools.models import get_model

__all__ = ["field_schemas", "problems", "validate"]

# A problem as DRF reports it: messages, or messages nested by sub-field or list index.
Problem: TypeAlias = "list[str] | dict[str, Problem]"
Check: TypeAlias = "Callable[[Any], Problem | None]"

_SCHEMAS = Path(__file__).with_name("_write_schemas.json")
NO_VALIDATE_HINT = "pass validate=False"  # the CLI says --no-validate instead
_UPDATE_WORDS = {"update", "partial_update", "patch"}


# -- the public functions ------------------------------------------------------------------


def problems(model: object, data: object, operation: str = "create") -> dict[str, list[str]]:
    """Every problem of `data` for `operation` on `model`, as `{field: [messages]}` (empty
    when the data is fine). Never raises for bad data; raises `UsageError` for an unknown
    model or operation.

    `operation` is "create", "update" (a partial update, as `save(id=...)`), or the name of
    a custom action such as "add_entry".
    """
    info, op = _resolve(model, operation)
    return field_messages(examine(info, op, data)[1])


def validate(model: object, data: object, operation: str = "create") -> dict[str, Any]:
    """The JSON body `data` makes for `operation` on `model`; raises `InvalidDataError` with
    every problem if it does not fit the API (see `problems`)."""
    info, op = _resolve(model, operation)
    return checked_body(info, op, data)


def field_schemas(model: object, operation: str = "create") -> dict[str, dict[str, Any]]:
    """The schema of each field `operation` on `model` takes (`{"type": "array", "items":
    {"type": "string", "format": "uuid"}, ...}`), references resolved down to list items: how
    a value for it is typed (a CSV cell is read by it)."""
    _, op = _resolve(model, operation)
    spec = _Spec.load()
    schema = spec.deref(spec.operations.get(op.operation_id, {}))
    fields = {}
    for name, sub in (schema.get("properties") or {}).items():
        field = dict(spec.deref(sub))
        if "items" in field:
            field["items"] = spec.deref(field["items"])
        fields[name] = field
    return fields


def checked_body(info: ModelInfo, op: Operation, data: object) -> dict[str, Any]:
    """The JSON body for this operation, or `InvalidDataError`: what a write sends."""
    body, found = examine(info, op, data)
    if found:
        raise InvalidDataError(_summary(info, op, found), body=found)
    return body


def plain_body(data: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body for `data` without checking it against the spec (`validate=False`);
    raises `UsageError` for a value JSON cannot carry."""
    encoded: dict[str, Any] = json_value(data)
    return encoded


def examine(info: ModelInfo, op: Operation, data: object) -> tuple[dict[str, Any], dict[str, Any]]:
    """The JSON body and the problems (DRF-shaped, empty when none) of `data` for `op`."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        kind = type(data).__name__
        return {}, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {kind}."]}
    rules = _rules(info, op)
    body: dict[str, Any] = {}
    found: dict[str, Any] = {}
    for key, value in data.items():
        name = key if isinstance(key, str) else str(key)
        try:
            body[name] = encoded = json_value(value, [name])
        except Unencodable as exc:
            found[name] = [_at(exc.path[1:], exc.reason)]
            continue
        check = rules.checks.get(name)
        problem = check(encoded) if check is not None else [rules.not_accepted(name)]
        if problem:
            found[name] = problem
    for name in rules.required:
        if name not in data:
            found[name] = [_REQUIRED]
    return body, found


# -- one operation's rules ---------------------------------------------------------------


@dataclass(frozen=True)
class _Rules:
    info: ModelInfo
    verb: str  # create, partial_update or the action
    checks: dict[str, Check]
    required: tuple[str, ...]
    elsewhere: frozenset[str]  # record fields another operation of the model takes

    @property
    def what(self) -> str:
        if self.verb == "create":
            return f"creating a {self.info.name}"
        if self.verb == "partial_update":
            return f"updating a {self.info.name}"
        return f"the {self.verb} action of {self.info.name}"

    def not_accepted(self, name: str) -> str:
        """Why `name` is refused: read-only, another operation's, or unknown."""
        ignored = "(the server would ignore it)"
        if self.verb not in {"create", "partial_update"}:
            return f"The {self.verb} action does not take this field {ignored}." + (
                _did_you_mean(name, self.checks)
            )
        if name == "id":
            return (
                "The id is read-only and never taken from data. To change a record, give its "
                "id as the id argument (--id on the command line)."
            )
        if name in self.info.read_only:
            return f"This field is read-only {ignored}."
        if name in self.elsewhere:
            if self.verb == "create":
                return (
                    f"This field cannot be set when creating a {self.info.name} {ignored}. "
                    "Set it with an update afterwards."
                )
            return f"This field can only be set when the {self.info.name} is created {ignored}."
        if name in self.info.fields:
            return f"This field cannot be written through the API {ignored}."
        return f"Unknown field {ignored}." + (
            _did_you_mean(name, self.checks) or f" Fields: {', '.join(self.checks)}."
        )


def _did_you_mean(name: str, known: Mapping[str, object]) -> str:
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    if not close:
        lowered = {k.lower(): k for k in known}
        close = [lowered[name.lower()]] if name.lower() in lowered else []
    return f" Did you mean {' or '.join(_quote(c) for c in close)}?" if close else ""


def _quote(text: object) -> str:
    return f'"{text}"'


def _resolve(model: object, operation: str) -> tuple[ModelInfo, Operation]:
    info = get_model(model)
    verb = str(operation).strip().strip("/")
    if verb.lower() in _UPDATE_WORDS:
        verb = "partial_update"
    op = info.operations.get(verb) if verb in {"create", "partial_update"} else None
    op = op or info.actions.get(verb)
    if op is None or not op.body:
        writes = [v for v in ("create", "partial_update") if v in info.operations]
        takes = ["update" if v == "partial_update" else v for v in writes]
        takes += [name for name, a in sorted(info.actions.items()) if a.body]
        raise UsageError(
            f"{info.name} has no write {operation!r} with data "
            f"(it has: {', '.join(takes) or 'none'})"
        )
    return info, op


def _verb(info: ModelInfo, op: Operation) -> str:
    for table in (info.operations, info.actions):
        for verb, candidate in table.items():
            if candidate == op:
                return verb
    raise UsageError(f"{op.operation_id} is not an operation of {info.name}")


def _rules(info: ModelInfo, op: Operation) -> _Rules:
    return _rules_for(info.name, op.operation_id)


@cache
def _rules_for(model: str, operation_id: str) -> _Rules:
    info = get_model(model)
    op = next(
        o
        for o in (*info.operations.values(), *info.actions.values())
        if o.operation_id == operation_id
    )
    verb = _verb(info, op)
    spec = _Spec.load()
    schema = spec.deref(spec.operations.get(operation_id, {"type": "object"}))
    props: dict[str, Any] = schema.get("properties") or {}
    checks = {name: spec.field(sub, relation=name in info.relations) for name, sub in props.items()}
    elsewhere: set[str] = set()
    for other in ("create", "partial_update"):
        other_op = info.operations.get(other)
        if other_op is not None and other != verb:
            other_schema = spec.deref(spec.operations.get(other_op.operation_id, {}))
            elsewhere.update(other_schema.get("properties") or {})
    return _Rules(
        info=info,
        verb=verb,
        checks=checks,
        required=tuple(schema.get("required") or ()),
        elsewhere=frozenset(elsewhere - set(props)),
    )


def _summary(info: ModelInfo, op: Operation, found: Mapping[str, Any]) -> str:
    rules = _rules(info, op)
    fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in field_messages(found).items())
    text = f"invalid data for {rules.what}, nothing was sent: {fields}"
    if any(name not in rules.checks and name not in rules.info.fields for name in found):
        text += f" (for a field this client does not know yet, {NO_VALIDATE_HINT})"
    return text


# -- compiling schemas into checks ---------------------------------------------------------

_REQUIRED = "This field is required."
_NULL = "This field may not be null."
_BLANK = "This field may not be blank."
_NOT_STRING = "Not a valid string."
_NOT_INTEGER = "A valid integer is required."
_NOT_NUMBER = "A valid number is required."
_NOT_BOOLEAN = "Must be a valid boolean."
_NOT_UUID = "Must be a valid UUID."
_TOO_LARGE = "String value too large."
_PATTERN = "This value does not match the required pattern."
_NULL_CHARACTERS = "Null characters are not allowed."
_DATE = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD."
_DATE_TIME = (
    "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)
_EMPTY_LIST = "This list may not be empty."
# DRF's BooleanField: the values it reads as true, false, and (when nullable) null.
_BOOLEANS = frozenset(
    {"t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1", 1}
    | {"f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}
    | {"0", 0}  # 0.0 and 1.0 too: they are equal to 0 and 1
)
_BOOL_NULL = frozenset({"null", "Null", "NULL", ""})
_DECIMAL_TAIL = re.compile(r"\.0*\s*$")  # DRF's IntegerField takes "3.0" as 3
_DJANGO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_DJANGO_DATE_TIME = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})"
    r"(?::(?P<second>\d{1,2})(?:[.,](?P<microsecond>\d{1,6})\d{0,6})?)?"
    r"\s*(?P<tzinfo>Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _not_list(value: Any) -> str:
    return f'Expected a list of items but got type "{type(value).__name__}".'


def _not_dict(value: Any) -> str:
    return f'Expected a dictionary of items but got type "{type(value).__name__}".'


def _not_choice(value: Any) -> str:
    return f'"{value}" is not a valid choice.'


def _incorrect_pk(value: Any) -> str:
    return f"Incorrect type. Expected pk value, received {type(value).__name__}."


def _at(path: list[str], message: str) -> str:
    return f"{'.'.join(path)}: {message}" if path else message


class _Spec:
    """The derived request schemas, compiled into checks on demand."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.operations: dict[str, Any] = table["operations"]
        self.defs: dict[str, Any] = table["defs"]

    @staticmethod
    @cache
    def load() -> _Spec:
        return _Spec(json.loads(_SCHEMAS.read_text(encoding="utf-8")))

    def deref(self, schema: Any) -> dict[str, Any]:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.defs[schema["$ref"]]
        return schema if isinstance(schema, dict) else {}

    # A top-level field is read by DRF's serializer field for it: lenient about types.

    def field(self, schema: Any, *, relation: bool) -> Check:
        s = self.deref(schema)
        kind = _kind(s)
        if kind == "string":
            if "enum" in s:
                check = _choice(s)
            elif s.get("format") == "uuid":
                check = _uuid_pk if relation else _json_uuid
            elif s.get("format") in _FORMATS:
                check = _FORMATS[s["format"]]
            else:
                check = _char_field(s)
        elif kind == "integer":
            check = _int_pk if relation else _number_field(s, _drf_int, _NOT_INTEGER)
        elif kind == "number":
            check = _number_field(s, float, _NOT_NUMBER)
        elif kind == "boolean":
            check = _boolean_field(s)
        elif kind == "array" and _kind(self.deref(s.get("items"))) in _SCALAR_KINDS:
            items = self.field(s.get("items"), relation=relation)
            check = _list(s, items, indexed=not relation)
        else:
            return self.json(s)  # a JSON field: objects, lists of objects, alternatives
        return _nullable(s, check)

    # Inside a JSON field the value is stored as sent: JSON types are checked strictly.

    def json(self, schema: Any) -> Check:
        s = self.deref(schema)
        alternatives = s.get("oneOf") or s.get("anyOf")
        if alternatives:
            options = [(_kind(self.deref(a)), self.json(a)) for a in alternatives]
            return _nullable(s, _one_of(options))
        kind = _kind(s)
        if kind == "string":
            check = _choice(s, strict=True) if "enum" in s else _json_string(s)
        elif kind in {"integer", "number"}:
            check = _json_number(s, integer=kind == "integer")
        elif kind == "boolean":
            check = _json_boolean
        elif kind == "array":
            check = _list(s, self.json(s["items"]) if "items" in s else None)
        elif kind == "object":
            extra = s.get("additionalProperties", True)
            check = _json_object(
                s,
                {name: self.json(sub) for name, sub in (s.get("properties") or {}).items()},
                self.json(extra) if isinstance(extra, dict) else extra is not False,
            )
        else:
            return _anything
        return _nullable(s, check)


_SCALAR_KINDS = {"string", "integer", "number", "boolean"}


def _kind(s: Mapping[str, Any]) -> str | None:
    kind = s.get("type")
    if kind is None and ("properties" in s or "additionalProperties" in s):
        return "object"
    return kind if isinstance(kind, str) else None


def _anything(value: Any) -> Problem | None:
    return None


def _nullable(s: Mapping[str, Any], check: Check) -> Check:
    nullable = bool(s.get("nullable"))

    def checked(value: Any) -> Problem | None:
        if value is None:
            return None if nullable else [_NULL]
        return check(value)

    return checked


def _one_of(alternatives: list[tuple[str | None, Check]]) -> Check:
    def check(value: Any) -> Problem | None:
        first: Problem | None = None
        for kind, alternative in alternatives:
            problem = alternative(value)
            if problem is None:
                return None
            if first is None or kind == _json_kind(value):
                first = problem  # the alternative of the value's own type says it best
        return first

    return check


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# -- DRF serializer fields ------------------------------------------------------------------


def _text_rules(s: Mapping[str, Any]) -> Callable[[str], list[str]]:
    """The validators DRF runs on a string: lengths, null characters, surrogates, pattern."""
    max_length, min_length = s.get("maxLength"), s.get("minLength") or 0
    pattern = re.compile(s["pattern"]) if "pattern" in s else None

    def problems(text: str) -> list[str]:
        out = []
        if max_length is not None and len(text) > max_length:
            out.append(f"Ensure this field has no more than {max_length} characters.")
        if min_length > 1 and len(text) < min_length:
            out.append(f"Ensure this field has at least {min_length} characters.")
        if not text.isascii() and (surrogate := _SURROGATE.search(text)):
            out.append(f"Surrogate characters are not allowed: U+{ord(surrogate.group()):X}.")
        if "\x00" in text:
            out.append(_NULL_CHARACTERS)
        if pattern is not None and not pattern.search(text):
            out.append(_PATTERN)
        return out

    return problems


def _char_field(s: Mapping[str, Any]) -> Check:
    allow_blank = not s.get("minLength")
    text_problems = _text_rules(s)

    def check(value: Any) -> Problem | None:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return [_NOT_STRING]
        text = str(value).strip()  # DRF trims whitespace before checking
        if not text:
            return None if allow_blank else [_BLANK]
        return text_problems(text) or None

    return check


def _choice(s: Mapping[str, Any], *, strict: bool = False) -> Check:
    choices = s["enum"]
    by_text = {str(c) for c in choices}

    def check(value: Any) -> Problem | None:
        ok = value in choices if strict else str(value) in by_text  # DRF compares as text
        return None if ok else [_not_choice(value)]

    return check


def _parse_uuid(value: str) -> bool:
    try:
        uuid.UUID(hex=value)
    except ValueError:
        return False
    return True


def _uuid_pk(value: Any) -> Problem | None:
    """A related record's UUID, as DRF's PrimaryKeyRelatedField and Django's UUIDField read it
    (whether that record exists only the server can say)."""
    if isinstance(value, bool | int):
        return [_incorrect_pk(value)]
    if isinstance(value, str) and _parse_uuid(value):
        return None
    return [f"“{value}” is not a valid UUID."]


def _int_pk(value: Any) -> Problem | None:
    """A related user's or group's integer id, as the lookup reads it (`int(value)`); a
    fraction is refused rather than cut to another record's id."""
    if isinstance(value, float):
        return None if value.is_integer() else [_NOT_INTEGER]
    if isinstance(value, bool):
        return [_incorrect_pk(value)]
    try:
        int(value)
    except (TypeError, ValueError):
        return [_incorrect_pk(value)]
    return None


def _django_parses(kind: type[dt.date], pattern: re.Pattern[str], value: Any) -> bool:
    """As Django (4.0 and later) parses a date or date-time: Python's `fromisoformat` first,
    then its own pattern (one-digit months and days...), whose parts must make a real date."""
    if not isinstance(value, str):
        return False
    try:
        kind.fromisoformat(value)
        return True
    except ValueError:
        pass
    match = pattern.match(value)
    if match is None:
        return False
    parts = {k: v for k, v in match.groupdict().items() if v is not None and k != "tzinfo"}
    if "microsecond" in parts:
        parts["microsecond"] = parts["microsecond"].ljust(6, "0")
    try:
        kind(**{k: int(v) for k, v in parts.items()})
    except ValueError:
        return False
    return True


def _date(value: Any) -> Problem | None:
    return None if _django_parses(dt.date, _DJANGO_DATE, value) else [_DATE]


def _date_time(value: Any) -> Problem | None:
    return None if _django_parses(dt.datetime, _DJANGO_DATE_TIME, value) else [_DATE_TIME]


def _json_uuid(value: Any) -> Problem | None:
    return None if isinstance(value, str) and _parse_uuid(value) else [_NOT_UUID]


_FORMATS: dict[str, Check] = {"date": _date, "date-time": _date_time, "uuid": _json_uuid}


def _bounds(s: Mapping[str, Any], number: float) -> list[str]:
    out = []
    minimum, maximum = s.get("minimum"), s.get("maximum")
    if minimum is not None and (
        number < minimum or (s.get("exclusiveMinimum") is True and number == minimum)
    ):
        out.append(f"Ensure this value is greater than or equal to {minimum}.")
    if maximum is not None and (
        number > maximum or (s.get("exclusiveMaximum") is True and number == maximum)
    ):
        out.append(f"Ensure this value is less than or equal to {maximum}.")
    return out


def _number_field(s: Mapping[str, Any], parse: Callable[[Any], float], message: str) -> Check:
    """DRF's IntegerField and FloatField: numbers, and text that parses as one."""

    def check(value: Any) -> Problem | None:
        if isinstance(value, str) and len(value) > 1000:
            return [_TOO_LARGE]
        try:
            number = parse(value)
        except (TypeError, ValueError):
            return [message]
        return _bounds(s, number) or None

    return check


def _drf_int(value: Any) -> int:
    return int(_DECIMAL_TAIL.sub("", str(value)))  # "3.0" is 3; 3.5 and True are not integers


def _boolean_field(s: Mapping[str, Any]) -> Check:
    nullable = bool(s.get("nullable"))

    def check(value: Any) -> Problem | None:
        if isinstance(value, list | dict):
            return [_NOT_BOOLEAN]
        if value in _BOOLEANS or (nullable and value in _BOOL_NULL):
            return None
        return [_NOT_BOOLEAN]

    return check


def _list(s: Mapping[str, Any], item: Check | None, *, indexed: bool = True) -> Check:
    """A list. DRF's ListField (and a JSON array) key the problems of items by their index;
    its ManyRelatedField (`indexed=False`) gives them one after the other."""

    def check(value: Any) -> Problem | None:
        if not isinstance(value, list):
            return [_not_list(value)]
        size = _size_problems(s, value)
        if size or item is None:
            return size or None
        found: dict[str, Problem] = {}
        for index, element in enumerate(value):
            problem = item(element)
            if problem:
                found[str(index)] = problem
        if indexed or not found:
            return found or None
        return [text for problem in found.values() if isinstance(problem, list) for text in problem]

    return check


def _size_problems(s: Mapping[str, Any], value: list[Any]) -> list[str]:
    min_items, max_items = s.get("minItems"), s.get("maxItems")
    if min_items is not None and len(value) < min_items:
        if min_items == 1:
            return [_EMPTY_LIST]
        return [f"Ensure this field has at least {min_items} elements."]
    if max_items is not None and len(value) > max_items:
        return [f"Ensure this field has no more than {max_items} elements."]
    return []


# -- values inside JSON fields ---------------------------------------------------------------


def _json_string(s: Mapping[str, Any]) -> Check:
    fmt = _FORMATS.get(s.get("format") or "")
    blank_ok = not s.get("minLength")
    text_problems = _text_rules(s)

    def check(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return [_NOT_STRING]
        if not value.strip() and not blank_ok:
            return [_BLANK]
        if fmt is not None and value:
            return fmt(value)
        return text_problems(value) or None

    return check


def _json_number(s: Mapping[str, Any], *, integer: bool) -> Check:
    def check(value: Any) -> Problem | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return [_NOT_INTEGER if integer else _NOT_NUMBER]
        if integer and isinstance(value, float) and not value.is_integer():
            return [_NOT_INTEGER]
        return _bounds(s, value) or None

    return check


def _json_boolean(value: Any) -> Problem | None:
    return None if isinstance(value, bool) else [_NOT_BOOLEAN]


def _json_object(s: Mapping[str, Any], props: dict[str, Check], extra: Check | bool) -> Check:
    required = tuple(s.get("required") or ())

    def check(value: Any) -> Problem | None:
        if not isinstance(value, dict):
            return [_not_dict(value)]
        found: dict[str, Problem] = {name: [_REQUIRED] for name in required if name not in value}
        for key, element in value.items():
            sub = props.get(key)
            if sub is None:
                if extra is False:
                    found[key] = ["Unknown field."]
                    continue
                if extra is True:
                    continue
                sub = extra
            problem = sub(element)
            if problem:
                found[key] = problem
        return found or None

    return check
