"""Queries as dynamic-rest and Django read them: filters, sort, include, and the page.

The parameter names come from the spec (`Spec.query_syntax`: the Limit, Offset, Sort, Include
and Filters parameters, the filter key format and the closed set of operators). What they do,
and the 400 each mistake gets, follows dynamic-rest (`dynamic_rest/filters.py`, `viewsets.py`,
`filters/sorting.py`), Django REST framework and Django; docs/client.md ("How requests are
encoded") gives the sources.

* `filter{field}=v` is an exact match, `filter{field.op}=v` applies an operator, `filter{-...}`
  excludes. The last part is the operator when it is one of the spec's; every other part is a
  field, and all but the last must be relations (`filter{projects.name}`). On a list (a list
  relation or a list of strings) a filter matches when any element matches. Filters AND.
* A key given several times gives `in` its list; every other operator reads the first value.
  No value is ever split on commas.
* Values are read as the server reads them for the field: booleans (and `isnull`) through
  dynamic-rest's `is_truthy` (false for `0`, `false` in any case and the empty value, true for
  anything else); integers and numbers by `int`/`float`; UUIDs, dates and date-times by
  Django's parsers (a date alone is midnight for a date-time; a naive date-time is UTC, the
  sandbox's time zone). Text operators compare the text as given.
* `sort[]=field` / `sort[]=-field`, several in order, across single relations; nulls sort
  last ascending and first descending (as in PostgreSQL).
* `include[]=rel`, `rel.*` or `rel.sub.*` embeds related records.
* `limit` (default and maximum from the spec) and `offset`.

Mistakes raise `QueryError`, whose `body` is the 400 body the server gives: a list of messages
for dynamic-rest's and Django's validation errors (`["Invalid filter field: nmae"]`), a
`{"detail": ...}` for its parse errors (a malformed filter key, an unknown include).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .spec import Field, Kind, Model, QuerySyntax, Spec
from .store import Record, Store
from .validate import parse_date, parse_date_time

TEXT_OPERATORS = frozenset(
    {"iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith"}
)
COMPARISONS = frozenset({"exact", "gt", "gte", "lt", "lte"})
FALSEY = ("0", "false", "")  # dynamic-rest's FALSEY_STRINGS (utils.py), compared lower-cased


class QueryError(ValueError):
    """A query the server answers with 400; `body` is the JSON body it answers."""

    def __init__(self, body: list[str] | dict[str, str]) -> None:
        super().__init__(body)
        self.body = body


def _invalid(message: str) -> QueryError:
    """DRF's ValidationError raised with a message: the body is a list of messages."""
    return QueryError([message])


def _parse_error(message: str) -> QueryError:
    """DRF's ParseError: the body is `{"detail": message}`."""
    return QueryError({"detail": message})


Step = tuple[Model, Field]


@dataclass(frozen=True)
class Filter:
    key: str
    steps: tuple[Step, ...]
    op: str
    value: Any
    negate: bool
    kind: Kind  # of the values compared: the id kind for relations


@dataclass(frozen=True)
class SortKey:
    steps: tuple[Step, ...]
    descending: bool


IncludeTree = dict[str, "IncludeTree"]


@dataclass
class Query:
    filters: list[Filter] = field(default_factory=list)
    sort: list[SortKey] = field(default_factory=list)
    include: IncludeTree = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


# -- parsing ---------------------------------------------------------------------------------


def parse_query(spec: Spec, model: Model, params: Sequence[tuple[str, str]]) -> Query:
    """Filters, sort and include of a list or detail request, checked in the server's order:
    the include, the filter keys, their fields, their values, then the sort."""
    syntax = spec.query_syntax
    include = parse_include(spec, model, [v for k, v in params if k == syntax.include])
    grouped: dict[str, list[str]] = {}
    for key, value in params:
        if not key.startswith(syntax.filter_prefix):
            continue
        body = syntax.filter_key(key)
        if body is None:
            raise _parse_error(f'"{key}" is not a well-formed filter key.')
        if body:  # a bare filter{} is no filter
            grouped.setdefault(body, []).append(value)
    paths = [(body, *_filter_path(spec, model, body)) for body in grouped]
    filters = [
        Filter(body, steps, op, _prepare(kind, op, grouped[body]), negate, kind)
        for body, negate, steps, op, kind in paths
    ]
    sort = parse_sort(spec, model, [v for k, v in params if k == syntax.sort])
    return Query(filters, sort, include)


def parse_page(syntax: QuerySyntax, params: Sequence[tuple[str, str]]) -> Page:
    """The page of a list request (the last value of a repeated parameter counts)."""
    limit, offset = syntax.default_limit, 0
    for key, value in params:
        if key == syntax.limit:
            limit = _limit(syntax, value)
        elif key == syntax.offset:
            offset = _offset(syntax, value)
    return Page(limit, offset)


def _limit(syntax: QuerySyntax, text: str) -> int:
    name = syntax.limit
    try:
        limit = int(text.strip())
    except ValueError:
        raise _parse_error(f"Invalid {name} '{text}': a positive integer is required.") from None
    if limit < 1:
        raise _parse_error(f"Invalid {name} '{text}': it must be at least 1.")
    return min(limit, syntax.max_limit)


def _offset(syntax: QuerySyntax, text: str) -> int:
    name = syntax.offset
    try:
        offset = int(text.strip())
    except ValueError:
        raise _parse_error(
            f"Invalid {name} '{text}': a non-negative integer is required."
        ) from None
    if offset < 0:
        raise _parse_error(f"Invalid {name} '{text}': it must not be negative.")
    return offset


def _filter_path(spec: Spec, model: Model, body: str) -> tuple[bool, tuple[Step, ...], str, Kind]:
    """(negated, field steps, operator, kind of the compared values) of `field.op`, walked as
    dynamic-rest's FilterNode.generate_query_key does."""
    negate = body.startswith("-")
    parts = (body[1:] if negate else body).split(".")
    op = "exact"
    if len(parts) > 1 and parts[-1] in spec.query_syntax.operators:
        op = parts.pop()
    steps: list[Step] = []
    current = model
    for index, name in enumerate(parts):
        f = current.fields.get("id" if name == "pk" else name)
        if f is None:
            raise _invalid(f"Invalid filter field: {name}")
        steps.append((current, f))
        if index == len(parts) - 1:
            break
        related = spec.models.get(f.related) if f.related else None
        if related is None:
            raise _invalid(f"Invalid nested filter field: {name}")
        current = related
    return negate, tuple(steps), op, _value_kind(spec, steps[-1][1])


def _value_kind(spec: Spec, f: Field) -> Kind:
    """The kind of the values a filter on `f` compares: ids for relations."""
    if f.related:
        related = spec.models.get(f.related)
        if related is not None:
            return Kind("integer") if related.id_type == "integer" else Kind("string", "uuid")
    return f.scalar


def is_truthy(text: str) -> bool:
    """dynamic-rest's reading of a boolean query value (utils.is_truthy)."""
    return text.lower() not in FALSEY


def _prepare(kind: Kind, op: str, values: list[str]) -> Any:
    if kind.type == "boolean" and op != "isnull":
        if op == "in":
            # is_truthy(list) is True, and Django cannot iterate a bool: dynamic-rest turns
            # the TypeError into ValidationError(""), a 400 with an empty message
            raise _invalid("")
        return is_truthy(values[0])
    if op == "isnull":
        return is_truthy(values[0])
    if op == "in":
        return [_scalar(kind, value) for value in values]
    if op in TEXT_OPERATORS:
        return values[0]  # Django does not prepare the value of a text lookup
    if op not in COMPARISONS:
        raise _invalid(f"The sandbox does not implement the filter operator '{op}'.")
    return _scalar(kind, values[0])


def _scalar(kind: Kind, raw: str) -> Any:
    """One value as Django's field prepares it for a lookup; its errors as dynamic-rest
    answers them (a Django ValidationError keeps its message; the ValueError of int() and
    float() has no `message`, so the body is [""])."""
    if kind.type == "integer":
        try:
            return int(raw)
        except ValueError:
            raise _invalid("") from None
    if kind.type == "number":
        try:
            return float(raw)
        except ValueError:
            raise _invalid("") from None
    if kind.format == "uuid":
        try:
            return str(uuid.UUID(hex=raw))
        except ValueError:
            raise _invalid(f"“{raw}” is not a valid UUID.") from None
    if kind.format == "date":
        return _django_date(raw)
    if kind.format == "date-time":
        return _django_date_time(raw)
    return raw


# Django's django/utils/dateparse.py, tried after datetime.fromisoformat
_DATE_RE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})$")
_DATE_TIME_RE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})"
    r"(?::(?P<second>\d{1,2})(?:[.,](?P<microsecond>\d{1,6})\d{0,6})?)?"
    r"\s*(?P<tzinfo>Z|[+-]\d{2}(?::?\d{2})?)?$"
)
_BAD_DATE = "“{}” value has the correct format (YYYY-MM-DD) but it is an invalid date."


def _django_date(raw: str) -> dt.date:
    """DateField.to_python."""
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    match = _DATE_RE.match(raw)
    if match is None:
        raise _invalid(
            f"“{raw}” value has an invalid date format. It must be in YYYY-MM-DD format."
        )
    try:
        return dt.date(*(int(v) for v in match.groups()))
    except ValueError:
        raise _invalid(_BAD_DATE.format(raw)) from None


def _django_date_time(raw: str) -> dt.datetime:
    """DateTimeField.to_python, then made aware in the sandbox's time zone (UTC)."""
    moment: dt.datetime | None = None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        match = _DATE_TIME_RE.match(raw)
        if match is not None:
            moment = _from_match(raw, match)
    if moment is None:
        try:
            day = _django_date(raw)
        except QueryError as exc:
            if exc.body == [_BAD_DATE.format(raw)]:
                raise
            raise _invalid(
                f"“{raw}” value has an invalid format. It must be in "
                "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
            ) from None
        moment = dt.datetime(day.year, day.month, day.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


def _from_match(raw: str, match: re.Match[str]) -> dt.datetime:
    parts = match.groupdict()
    zone = parts.pop("tzinfo")
    micro = parts.pop("microsecond")
    tzinfo: dt.tzinfo | None = None
    if zone == "Z":
        tzinfo = dt.UTC
    elif zone is not None:
        minutes = 60 * int(zone[1:3]) + (int(zone[-2:]) if len(zone) > 3 else 0)
        tzinfo = dt.timezone(dt.timedelta(minutes=-minutes if zone[0] == "-" else minutes))
    numbers = {k: int(v) for k, v in parts.items() if v is not None}
    try:
        return dt.datetime(
            **numbers, microsecond=int(micro.ljust(6, "0")) if micro else 0, tzinfo=tzinfo
        )
    except ValueError:
        raise _invalid(
            f"“{raw}” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) "
            "but it is an invalid date/time."
        ) from None


def parse_sort(spec: Spec, model: Model, values: Sequence[str]) -> list[SortKey]:
    """dynamic-rest's DynamicSortingFilter: every term checked, the invalid ones reported
    together."""
    keys: list[SortKey] = []
    invalid: list[str] = []
    for raw in values:
        term = raw.strip()
        name = term.lstrip("-")
        steps = _sort_path(spec, model, name)
        if steps is None:
            invalid.append(term)
        else:
            keys.append(SortKey(steps, descending=len(name) != len(term)))
    if invalid:
        raise _invalid(f"Invalid filter field: {invalid!r}")
    for key in keys:
        for _, f in key.steps:
            if f.many or f.kind.type in ("object", None):
                # the server sorts by the joined rows; the sandbox has no such rows
                raise _invalid(f"The sandbox cannot sort by '{f.name}': it holds several values.")
    return keys


def _sort_path(spec: Spec, model: Model, name: str) -> tuple[Step, ...] | None:
    """The steps of `rel.field`: every part but the last a relation, the last a field."""
    parts = name.split(".")
    steps: list[Step] = []
    current: Model | None = model
    for part in parts:
        if current is None:
            return None
        f = current.fields.get(part)
        if f is None:
            return None
        steps.append((current, f))
        current = spec.models.get(f.related) if f.related else None
    return tuple(steps)


def parse_include(spec: Spec, model: Model, values: Sequence[str]) -> IncludeTree:
    """The relations to embed, as a tree, read as dynamic-rest's get_request_fields and its
    serializers read `include[]`."""
    requested: dict[str, Any] = {}
    for raw in values:
        segments = raw.split(".")
        node = requested
        for index, segment in enumerate(segments):
            last = index == len(segments) - 1
            if not segment:
                if not last:
                    raise _parse_error(f'"{raw}" is not a valid field.')
                continue
            if last:
                node.setdefault(segment, {})
            else:
                node = node.setdefault(segment, {})
    return _include_tree(spec, model, requested)


def _include_tree(spec: Spec, model: Model, requested: dict[str, Any]) -> IncludeTree:
    tree: IncludeTree = {}
    for name, nested in requested.items():
        if name == "*":
            continue
        f = model.fields.get(name)
        if f is None:
            raise _parse_error(f'"{name}" is not a valid field name for "{model.detail_key}".')
        related = spec.models.get(f.related) if f.related else None
        if related is not None:
            tree[name] = _include_tree(spec, related, nested)
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


def _stored(kind: Kind, value: Any) -> Any:
    """A stored value in the form a prepared filter value has."""
    if isinstance(value, str):
        if kind.format == "date":
            return parse_date(value)
        if kind.format == "date-time":
            return parse_date_time(value)
    return value


def _text(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value)
    return str(value)


def _test(op: str, expected: Any, value: Any) -> bool:
    if op in TEXT_OPERATORS:
        text, wanted = _text(value), str(expected)
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


def matches(store: Store, flt: Filter, record: Record) -> bool:
    values = _values(store, flt.steps, record)
    if flt.op == "isnull":
        result = all(v is None for v in values) == bool(flt.value)
    else:
        result = any(
            _test(flt.op, flt.value, _stored(flt.kind, v)) for v in values if v is not None
        )
    return result != flt.negate


def _moment(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    if len(value) == 10:
        day = parse_date(value)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) if day else None
    return parse_date_time(value)


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


def apply(store: Store, records: list[Record], query: Query) -> list[Record]:
    """Filter and sort records (every page needs the full count, so this returns them all)."""
    result = records
    for flt in query.filters:
        result = [r for r in result if matches(store, flt, r)]
    for key in reversed(query.sort):
        result = sorted(result, key=_sort_getter(store, key), reverse=key.descending)
    return result
