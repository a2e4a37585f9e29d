"""List queries: `filter{...}`, `sort[]`, `include[]`, `limit` and `offset`, parsed and applied.

Semantics (docs/api.md and dynamic-rest, which the service uses):

* `filter{field}=v` is an exact match, `filter{field.op}=v` applies an operator, `filter{-...}`
  negates. Fields may cross relations (`filter{session.id}`, `filter{projects.name}`); on a list
  (a list relation or a list of strings) a filter matches when any element matches, and
  `filter{projects}=<id>` / `filter{projects.id}=<id>` test membership. Filters AND together.
* Dates and date-times compare as dates; a value may be partial (`2024`, `2024-03`,
  `2024-03-01`) and then stands for that whole period: `gt` is after it, `gte` from its start,
  `lt` before it, `lte` up to its end, exact within it.
* `sort[]=field` / `sort[]=-field`, several allowed, fields of the model or across single
  relations; nulls sort last ascending and first descending (as in PostgreSQL).
* `include[]=rel` or `include[]=rel.*` (nested: `rel.sub.*`) embeds related records.
* `limit` defaults to 20 and is capped at 100; `limit` < 1, a non-integer or a negative
  `offset` is an error.

Anything that names an unknown field or operator raises `QueryError` (answered with 400).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .spec import Field, Kind, Model, Spec
from .store import Record, Store
from .validate import canonical_uuid, parse_date, parse_date_time

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
OPERATORS = (
    "exact",
    "iexact",
    "contains",
    "icontains",
    "startswith",
    "istartswith",
    "endswith",
    "iendswith",
    "gt",
    "gte",
    "lt",
    "lte",
    "in",
    "isnull",
)
_TEXT_OPS = {
    "iexact",
    "contains",
    "icontains",
    "startswith",
    "istartswith",
    "endswith",
    "iendswith",
}
_FILTER_KEY = re.compile(r"^filter\{(-?)([^{}]*)\}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TRUE = {"true", "1", "yes", "t", "y"}
_FALSE = {"false", "0", "no", "f", "n"}

Interval = tuple[dt.datetime, dt.datetime]


class QueryError(ValueError):
    """A query parameter the sandbox cannot honour (400)."""


Step = tuple[Model, Field]


@dataclass(frozen=True)
class Filter:
    key: str
    steps: tuple[Step, ...]
    op: str
    value: Any
    negate: bool


@dataclass(frozen=True)
class SortKey:
    steps: tuple[Step, ...]
    descending: bool


IncludeTree = dict[str, "IncludeTree"]


@dataclass
class ListQuery:
    filters: list[Filter] = field(default_factory=list)
    sort: list[SortKey] = field(default_factory=list)
    include: IncludeTree = field(default_factory=dict)
    limit: int = DEFAULT_LIMIT
    offset: int = 0


# -- parsing ---------------------------------------------------------------------------------


def parse_list_query(spec: Spec, model: Model, params: Sequence[tuple[str, str]]) -> ListQuery:
    query = ListQuery()
    sort_values: list[str] = []
    include_values: list[str] = []
    limit_values: list[str] = []
    offset_values: list[str] = []
    for key, value in params:
        if key.startswith("filter{") or key.startswith("filter%7B"):
            query.filters.append(parse_filter(spec, model, key, value))
        elif key in ("sort[]", "sort"):
            sort_values.append(value)
        elif key in ("include[]", "include"):
            include_values.append(value)
        elif key == "limit":
            limit_values.append(value)
        elif key == "offset":
            offset_values.append(value)
    query.sort = parse_sort(spec, model, sort_values)
    query.include = parse_include(spec, model, include_values)
    if limit_values:
        query.limit = parse_limit(limit_values[-1])
    if offset_values:
        query.offset = parse_offset(offset_values[-1])
    return query


def parse_limit(text: str) -> int:
    try:
        limit = int(text.strip())
    except ValueError:
        raise QueryError(f"Invalid limit '{text}': a positive integer is required.") from None
    if limit < 1:
        raise QueryError(f"Invalid limit '{text}': it must be at least 1.")
    return min(limit, MAX_LIMIT)


def parse_offset(text: str) -> int:
    try:
        offset = int(text.strip())
    except ValueError:
        raise QueryError(f"Invalid offset '{text}': a non-negative integer is required.") from None
    if offset < 0:
        raise QueryError(f"Invalid offset '{text}': it must not be negative.")
    return offset


def _resolve(spec: Spec, model: Model, parts: list[str], what: str) -> list[Step]:
    """Walk a dotted field path; `rel.id` stays on the relation (its values are the ids)."""
    dotted = ".".join(parts)
    steps: list[Step] = []
    current: Model | None = model
    for index, part in enumerate(parts):
        if index > 0 and part == "id" and steps[-1][1].related and index == len(parts) - 1:
            break  # projects.id: the ids the relation holds
        if current is None:
            raise QueryError(
                f"Invalid {what} '{dotted}': '{parts[index - 1]}' is not a relation to a "
                f"model of this API, so '{part}' cannot be looked up in it."
            )
        f = current.fields.get(part)
        if f is None:
            raise QueryError(
                f"Invalid {what} '{dotted}': '{part}' is not a field of {current.name}."
            )
        steps.append((current, f))
        current = spec.models.get(f.related) if f.related else None
    if not steps:
        raise QueryError(f"Invalid {what} '{dotted}': no field given.")
    return steps


def parse_filter(spec: Spec, model: Model, key: str, raw: str) -> Filter:
    match = _FILTER_KEY.match(key)
    if not match:
        raise QueryError(
            f"Malformed filter parameter '{key}': use filter{{field}} or filter{{field.op}}."
        )
    negate, body = match[1] == "-", match[2]
    parts = body.split(".")
    if any(not part for part in parts):
        raise QueryError(f"Malformed filter parameter '{key}': empty field name.")
    op = "exact"
    if len(parts) > 1 and parts[-1] in OPERATORS:
        op = parts.pop()
    try:
        steps = _resolve(spec, model, parts, "filter field")
    except QueryError:
        if len(parts) > 1:
            try:
                head = _resolve(spec, model, parts[:-1], "filter field")
            except QueryError:
                head = []
            if head and not head[-1][1].related:
                raise QueryError(
                    f"Unknown filter operator '{parts[-1]}' in '{key}'; "
                    f"use one of: {', '.join(OPERATORS)}."
                ) from None
        raise
    final = steps[-1][1]
    kind = _value_kind(spec, final)
    if kind.type in ("object", None) and op != "isnull":
        raise QueryError(f"Filtering on '{'.'.join(parts)}' is not supported: it is a JSON object.")
    return Filter(key, tuple(steps), op, _coerce(op, kind, raw, key), negate)


def _value_kind(spec: Spec, f: Field) -> Kind:
    """The kind of the values a filter on `f` compares: ids for relations."""
    if f.related:
        related = spec.models.get(f.related)
        if related is not None:
            return Kind("integer") if related.id_type == "integer" else Kind("string", "uuid")
    return f.scalar


def _coerce(op: str, kind: Kind, raw: str, key: str) -> Any:
    if op == "isnull":
        return _boolean(raw, key)
    if op in _TEXT_OPS:
        return raw
    if op == "in":
        return [_scalar(kind, item.strip(), key) for item in raw.split(",")]
    return _scalar(kind, raw, key)


def _boolean(raw: str, key: str) -> bool:
    text = raw.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise QueryError(f"Invalid value '{raw}' for {key}: use true or false.")


def _scalar(kind: Kind, raw: str, key: str) -> Any:
    if kind.type == "integer":
        try:
            return int(raw)
        except ValueError:
            raise QueryError(f"Invalid value '{raw}' for {key}: an integer is required.") from None
    if kind.type == "number":
        try:
            return float(raw)
        except ValueError:
            raise QueryError(f"Invalid value '{raw}' for {key}: a number is required.") from None
    if kind.type == "boolean":
        return _boolean(raw, key)
    if kind.format in ("date", "date-time"):
        interval = parse_interval(raw)
        if interval is None:
            raise QueryError(
                f"Invalid value '{raw}' for {key}: use a date such as 2024, 2024-03, "
                "2024-03-01 or 2024-03-01T12:00:00Z."
            )
        return interval
    if kind.format == "uuid":
        canonical = canonical_uuid(raw.strip())
        if canonical is None:
            raise QueryError(f"Invalid value '{raw}' for {key}: '{raw}' is not a valid UUID.")
        return canonical
    return raw


def parse_interval(text: str) -> Interval | None:
    """The period a (partial) ISO date or date-time stands for, as [start, end) in UTC."""
    text = text.strip()
    match = _PARTIAL_DATE.match(text)
    if match:
        year, month, day = int(match[1]), match[2], match[3]
        try:
            if day is not None:
                start = dt.datetime(year, int(month or 1), int(day), tzinfo=dt.UTC)
                return start, start + dt.timedelta(days=1)
            if month is not None:
                start = dt.datetime(year, int(month), 1, tzinfo=dt.UTC)
                if int(month) == 12:
                    return start, dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
                return start, dt.datetime(year, int(month) + 1, 1, tzinfo=dt.UTC)
            start = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
            return start, dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
        except ValueError:
            return None
    moment = parse_date_time(text)
    if moment is None:
        return None
    return moment, moment + dt.timedelta(microseconds=1)


def parse_sort(spec: Spec, model: Model, values: Sequence[str]) -> list[SortKey]:
    keys: list[SortKey] = []
    for raw in values:
        for item in raw.split(","):
            text = item.strip()
            descending = text.startswith("-")
            name = text[1:] if descending else text
            if not name:
                raise QueryError(f"Invalid sort '{raw}': no field given.")
            steps = _resolve(spec, model, name.split("."), "sort field")
            for _, f in steps[:-1]:
                if f.many:
                    raise QueryError(
                        f"Invalid sort '{text}': cannot sort across the list '{f.name}'."
                    )
            last = steps[-1][1]
            if last.many or last.kind.type in ("object", None):
                raise QueryError(f"Invalid sort '{text}': '{last.name}' is not a single value.")
            keys.append(SortKey(tuple(steps), descending))
    return keys


def parse_include(spec: Spec, model: Model, values: Sequence[str]) -> IncludeTree:
    """The relations to embed, as a tree."""
    tree: IncludeTree = {}
    for raw in values:
        text = raw.strip()
        while text.endswith(".*") or text.endswith("."):
            text = text[:-2] if text.endswith(".*") else text[:-1]
        if text in ("", "*"):
            continue
        node = tree
        current: Model | None = model
        for part in text.split("."):
            if current is None:
                raise QueryError(f"Invalid include '{raw}': '{part}' is not inside a relation.")
            f = current.fields.get(part)
            if f is None:
                raise QueryError(
                    f"Invalid include '{raw}': '{part}' is not a field of {current.name}."
                )
            node = node.setdefault(part, {})
            current = spec.models.get(f.related) if f.related else None
    return tree


# -- evaluation ------------------------------------------------------------------------------


def _values(store: Store, steps: Sequence[Step], record: Record) -> list[Any]:
    current = [record]
    for index, (model, f) in enumerate(steps):
        values: list[Any] = []
        for rec in current:
            value = store.value(model.name, rec, f.name)
            if f.many:
                if isinstance(value, list):
                    values.extend(value)
            else:
                values.append(value)
        if index == len(steps) - 1:
            return values
        target = f.related or ""
        current = []
        for value in values:
            if value is None or isinstance(value, dict | list):
                continue
            related = store.get(target, value)
            if related is not None:
                current.append(related)
    return []


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    if len(value) == 10:
        day = parse_date(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None
    return parse_date_time(value)


def _test(op: str, expected: Any, value: Any) -> bool:
    if isinstance(expected, tuple):  # a date interval
        moment = _moment(value)
        if moment is None:
            return False
        start: dt.datetime = expected[0]
        end: dt.datetime = expected[1]
        if op == "exact":
            return start <= moment < end
        if op == "gt":
            return moment >= end
        if op == "gte":
            return moment >= start
        if op == "lt":
            return moment < start
        if op == "lte":
            return moment < end
        return False
    if op in _TEXT_OPS:
        text = value if isinstance(value, str) else _text(value)
        wanted = str(expected)
        if op == "iexact":
            return text.casefold() == wanted.casefold()
        if op == "contains":
            return wanted in text
        if op == "icontains":
            return wanted.casefold() in text.casefold()
        if op == "startswith":
            return text.startswith(wanted)
        if op == "istartswith":
            return text.casefold().startswith(wanted.casefold())
        if op == "endswith":
            return text.endswith(wanted)
        return text.casefold().endswith(wanted.casefold())
    if op == "in":
        return any(_test("exact", item, value) for item in expected)
    try:
        if op == "exact":
            return bool(value == expected)
        if op == "gt":
            return bool(value > expected)
        if op == "gte":
            return bool(value >= expected)
        if op == "lt":
            return bool(value < expected)
        if op == "lte":
            return bool(value <= expected)
    except TypeError:
        return False
    return False


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def matches(store: Store, flt: Filter, record: Record) -> bool:
    values = _values(store, flt.steps, record)
    if flt.op == "isnull":
        result = all(v is None for v in values) == bool(flt.value)
    else:
        result = any(_test(flt.op, flt.value, v) for v in values if v is not None)
    return result != flt.negate


def _sort_value(value: Any) -> tuple[int, int, Any]:
    if value is None:
        return (1, 0, 0)
    if isinstance(value, bool | int | float):
        return (0, 0, value)
    if isinstance(value, str):
        moment = _moment(value) if len(value) >= 10 and value[4:5] == "-" else None
        if moment is not None:
            return (0, 2, moment)
        return (0, 1, value)
    return (0, 3, repr(value))


def _sort_getter(store: Store, key: SortKey) -> Callable[[Record], tuple[int, int, Any]]:
    def get(record: Record) -> tuple[int, int, Any]:
        values = _values(store, key.steps, record)
        return _sort_value(values[0] if values else None)

    return get


def apply(store: Store, records: list[Record], query: ListQuery) -> list[Record]:
    """Filter and sort records (every page needs the full count, so this returns them all)."""
    result = records
    for flt in query.filters:
        result = [r for r in result if matches(store, flt, r)]
    for key in reversed(query.sort):
        result = sorted(result, key=_sort_getter(store, key), reverse=key.descending)
    return result
