"""Names for ids: one record found by its name, and related records given by name.

A lab knows its records by name ("Visual cortex plasticity"); the API wants their ids.
`client.get(model, name=...)` finds one record by its name, and `ByName("...")` stands for
the id of a related record in write data (`save`, `save_many`) and in filters (`load`, the
loaders). In files and on the command line, a key `REL:name` (a CSV column `projects:name`,
a JSON key, a `--data` key) holds the names of the records of relation REL.

The match rule: a name matches the records whose name field is exactly that text, case
included: Django's `exact`, which is what `filter{name}` asks of the server. Surrounding
spaces are trimmed first (DRF trims text when it saves it, so no stored name has any). Each
record the server returns is compared again here, so a server that compares otherwise (a
case-insensitive collation) or ignores the filter never makes a match. A name must match
exactly one record. None is an error that lists the records whose name contains it in any
case (`filter{name.icontains}`), several an error that lists them: nothing is ever guessed,
and nothing is written until every name has its id.

The name field of a model: `name`, else `title`, else its one unique field (`x-unique` in
openapi.yaml: a user's `email`). Models without one are in `NAMELESS`, with what to do instead.

Nothing here does I/O. `find` is the flow of requests that looks one name up (a generator
of calls, which each client sends); `plan_data` and `plan_filters` find the names in write
data and filters, and their plan puts the ids in place once the clients have looked up each
distinct name once, concurrently.
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from brainstem_api_tools._calls import list_call
from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools._spec_filters import FILTER_KEY_FORMAT
from brainstem_api_tools.errors import (
    InvalidDataError,
    MultipleMatchesError,
    NameLookupError,
    NoMatchError,
    UsageError,
)
from brainstem_api_tools.models import MODELS, get_model
from brainstem_api_tools.pagination import read_page

if TYPE_CHECKING:
    from brainstem_api_tools._calls import Call
    from brainstem_api_tools.response import Response

__all__ = [
    "CANDIDATES",
    "NAMELESS",
    "ByName",
    "Found",
    "GetPlan",
    "Lookup",
    "NamePlan",
    "Resolved",
    "RowsPlan",
    "find",
    "holds_name",
    "lookup_fields",
    "mentions_names",
    "name_field",
    "nameless",
    "plan_data",
    "plan_filters",
    "plan_get",
    "plan_rows",
]

CANDIDATES = 10  # records listed for a name that matches none or several
SEPARATOR = ":"  # `projects:name`: the names of the records of a relation

# Models with no name field, and what to do instead. (The rule of `name_field` has no other
# exception today; one would go here too.)
NAMELESS: dict[str, str] = {
    "laboratory": "a laboratory is known by its group: load('laboratory', "
    "filters={'group.name': ...})",
}

Flow: TypeAlias = "Generator[Call[object], Response[Any], Found]"


# -- the name field of a model -----------------------------------------------------------------


def name_field(model: ModelInfo) -> str | None:
    """The field a record of `model` is named by: `name`, else `title`, else its one unique
    field; None when it has none."""
    for candidate in ("name", "title"):
        if candidate in model.fields:
            return candidate
    return model.unique[0] if len(model.unique) == 1 else None


def lookup_fields(model: ModelInfo) -> tuple[str, ...]:
    """The fields one record of `model` can be found by: its name field and unique fields."""
    named = name_field(model)
    return tuple(dict.fromkeys([*([named] if named else []), *model.unique]))


def nameless(model: ModelInfo) -> str:
    """Why records of `model` cannot be given by name, and what to do."""
    instead = NAMELESS.get(model.name, "give its id")
    return f"{model.name} records have no name to find them by; {instead}"


# -- the marker ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ByName:
    """The id of the related record with this name, looked up before the request is sent.

    In write data, `{"projects": [ByName("Visual cortex plasticity")]}`; in filters and the
    loaders' relation keywords, `load_session(projects=ByName("Visual cortex plasticity"))`.
    The name must match exactly one record (case included; see `brainstem_api_tools.names`):
    none or several is an error, and nothing is written.
    """

    name: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise UsageError(f"ByName takes the name of a record (some text), not {self.name!r}")
        object.__setattr__(self, "name", self.name.strip())

    def __repr__(self) -> str:
        return f"ByName({self.name!r})"


# -- looking one name up -----------------------------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    """One name to find: the records of `model` whose `field` is `value`, on `portal`."""

    model: str
    field: str
    value: str
    portal: str

    def describe(self) -> str:
        """`project named 'Visual cortex'`, `user with email 'a@b.org'`."""
        if self.field == "name":
            return f"{self.model} named {self.value!r}"
        return f"{self.model} with {self.field} {self.value!r}"


@dataclass(frozen=True)
class Found:
    """What the search for one name found.

    `matches` are the records whose name is exactly the one looked up, among the `count` the
    exact search matched (all of them when `complete`); when there is none, `candidates` are
    records whose name contains it in any case (of `candidate_count`).
    """

    lookup: Lookup
    where: str  # "the private portal of https://www.brainstem.org"
    url: str  # the exact search's URL
    matches: tuple[dict[str, Any], ...]
    count: int
    complete: bool
    candidates: tuple[dict[str, Any], ...] = ()
    candidate_count: int = 0

    @property
    def record(self) -> dict[str, Any] | None:
        """The one record with this name, or None for none or several."""
        if len(self.matches) == 1 and self.complete:
            return self.matches[0]
        return None

    @property
    def id(self) -> str | None:
        record = self.record
        return None if record is None else str(record.get("id"))

    @property
    def several(self) -> bool:
        return len(self.matches) > 1 or (bool(self.matches) and not self.complete)

    def problem(self) -> str:
        """Why the name has no id: it matched none, or several (listed)."""
        model, value, name = self.lookup.model, self.lookup.value, self.lookup.field
        if self.several:
            return (
                f"{self.count} {model} records have the {name} {value!r} on {self.where}: "
                f"{_listing(self.matches, self.count, name)}"
            )
        verb = f"is named {value!r}" if name == "name" else f"has the {name} {value!r}"
        text = f"no {model} {verb} on {self.where} (names match exactly, case included)"
        if not self.candidates:
            return f"{text}, and no {model}'s {name} contains it in any case"
        count = self.candidate_count
        whose = "one" if count == 1 else f"{count}"
        return (
            f"{text}; {whose} {model} record{'s' if count != 1 else ''} "
            f"{'has' if count == 1 else 'have'} a {name} containing it in any case: "
            f"{_listing(self.candidates, count, name)}"
        )

    def error(self, advice: str) -> NameLookupError:
        """The exception of `get`: `MultipleMatchesError` or `NoMatchError`."""
        problem = self.problem()
        message = f"{problem}. {advice}"
        if self.several:
            return MultipleMatchesError(
                message, names=[self.lookup.value], matches=list(self.matches), problem=problem
            )
        return NoMatchError(
            message,
            names=[self.lookup.value],
            candidates=list(self.candidates),
            url=self.url,
            problem=problem,
        )


def _listing(records: Iterable[Mapping[str, Any]], count: int, name: str) -> str:
    shown = [f"{record.get(name)!r} (id {record.get('id')})" for record in records]
    more = count - len(shown)
    return ", ".join(shown) + (f", and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class GetPlan:
    """`get(model, name=...)`: the name to look up, and what goes with the search."""

    lookup: Lookup
    include: Any = None

    def flow(self, server: str, scope: Mapping[str, Any] | None) -> Flow:
        return find(self.lookup, server, scope=scope, include=self.include)

    def record(self, found: Found) -> dict[str, Any]:
        """The one record found, or the error that says why there is none."""
        record = found.record
        if record is not None:
            return record
        model = self.lookup.model
        if found.several:
            raise found.error(
                f"Pick one by its id (get({model!r}, id=...)), or narrow the search with "
                "filters= on a field that tells them apart"
            )
        raise found.error(f"Give the {self.lookup.field} exactly, or the id")


def plan_get(
    info: ModelInfo, portal: str, name: object, fields: Mapping[str, object], include: Any
) -> GetPlan:
    """The lookup of `get(model, name=...)` or `get(model, FIELD=...)` (exactly one given;
    FIELD one of `lookup_fields`)."""
    named = name_field(info)
    keywords = ["id=", *(["name="] if named else [])]
    keywords += [f"{f}=" for f in lookup_fields(info) if f != "name"]
    unknown = [key for key in fields if key not in lookup_fields(info)]
    if unknown:
        raise UsageError(
            f"get({info.name!r}, {unknown[0]}=...): a {info.name} is found by "
            f"{' or '.join(keywords)}, not by {unknown[0]}; to load records by other fields, "
            f"use load({info.name!r}, filters={{{unknown[0]!r}: ...}})"
        )
    given = {**({} if name is None else {"name": name}), **fields}
    if len(given) != 1:
        raise UsageError(
            f"get({info.name!r}, ...) takes one of {', '.join(keywords)}; got "
            f"{', '.join(f'{k}=' for k in given) or 'none'}"
        )
    ((key, value),) = given.items()
    if key == "name" and named is None:
        raise UsageError(f"get({info.name!r}, name=...): {nameless(info)}")
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"get({info.name!r}, {key}=...) takes some text, not {value!r}")
    return GetPlan(
        Lookup(info.name, named or key if key == "name" else key, value.strip(), portal), include
    )


def find(
    lookup: Lookup,
    server: str,
    *,
    scope: Mapping[str, Any] | None = None,
    include: Any = None,
) -> Flow:
    """The requests that look `lookup` up, as a flow: it yields each call and is sent its
    response; it returns what was `Found`. `scope` adds filters to the searches (resolved
    already); `include` goes with the exact search."""
    info = get_model(lookup.model)
    where = f"the {lookup.portal} portal of {server}"
    exact = {**(scope or {}), lookup.field: lookup.value}
    call = list_call(info, lookup.portal, filters=exact, include=include, limit=CANDIDATES)
    response = yield call
    records, count = _page(info, response)
    matches = tuple(r for r in records if _named(r, lookup))
    complete = count <= len(records)
    if matches:
        return Found(lookup, where, response.url, matches, count, complete)
    around = {**(scope or {}), f"{lookup.field}.icontains": lookup.value}
    response = yield list_call(info, lookup.portal, filters=around, limit=CANDIDATES)
    candidates, candidate_count = _page(info, response)
    return Found(
        lookup, where, response.url, (), count, complete, tuple(candidates), candidate_count
    )


def _named(record: object, lookup: Lookup) -> bool:
    if not isinstance(record, Mapping):
        return False
    value = record.get(lookup.field)
    return isinstance(value, str) and value.strip() == lookup.value


def _page(info: ModelInfo, response: Response[Any]) -> tuple[list[dict[str, Any]], int]:
    page = read_page(response.raise_for_status().json(), 0, info.list_key, response.url)
    records = [r for r in page.records if isinstance(r, dict)]
    return records, page.total if page.total is not None else len(records)


# -- names in data and filters -------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """One name in data or filters: under `key`, at `index` of its list (None: the value
    itself), reported as `label` (the `REL:name` key it came from, or `key`)."""

    key: str
    index: int | None
    lookup: Lookup
    label: str


@dataclass(frozen=True)
class Resolved:
    """Data or filters with an id in place of each name that matched one record.

    A field whose name did not resolve is left out of `value`; `problems` says why, by key
    (DRF-shaped: `{"projects": ["no project is named ..."]}`). `names` lists each name
    resolved, as (key, name, id), for a dry run to show.
    """

    value: dict[str, Any]
    problems: dict[str, list[str]]
    names: list[tuple[str, str, str]]


@dataclass
class NamePlan:
    """The names in some data or filters, where they stand, and the lookups they need."""

    value: dict[str, Any]  # `REL:name` keys turned into ByName markers under REL
    markers: list[Marker] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)  # found before any lookup

    @property
    def lookups(self) -> list[Lookup]:
        """Each distinct name to look up, once."""
        return list(dict.fromkeys(marker.lookup for marker in self.markers))

    def apply(self, found: Mapping[Lookup, Found]) -> Resolved:
        """The ids in place of the names (`found` has every lookup)."""
        value = dict(self.value)
        problems = {key: list(messages) for key, messages in self.problems.items()}
        names: list[tuple[str, str, str]] = []
        lists: dict[str, list[Any]] = {}
        for marker in self.markers:
            result = found[marker.lookup]
            record_id = result.id
            if record_id is None:
                problem = result.problem()
                problems.setdefault(marker.label, []).append(f"{problem[:1].upper()}{problem[1:]}.")
                continue
            names.append((marker.label, marker.lookup.value, record_id))
            if marker.index is None:
                value[marker.key] = record_id
            else:
                items = lists.setdefault(marker.key, list(value[marker.key]))
                items[marker.index] = record_id
        value.update(lists)
        for label in problems:
            value.pop(label.partition(SEPARATOR)[0], None)
        return Resolved(value, problems, names)


@dataclass(frozen=True)
class RowsPlan:
    """The names in the data of one write or many (None: a record that gives none)."""

    plans: list[NamePlan | None]

    @property
    def lookups(self) -> list[Lookup]:
        """Each distinct name of all the records, once."""
        return list(dict.fromkeys(lookup for plan in self.plans if plan for lookup in plan.lookups))

    def apply(self, found: Mapping[Lookup, Found]) -> list[Resolved | None]:
        return [None if plan is None else plan.apply(found) for plan in self.plans]


def plan_rows(info: ModelInfo, rows: Iterable[object], portal: str) -> RowsPlan:
    """The names in the data of each record."""
    return RowsPlan([plan_data(info, data, portal) for data in rows])


def _lookup(target: ModelInfo, value: str, portal: str, by: str | None = None) -> Lookup:
    named = by or name_field(target)
    assert named is not None
    return Lookup(target.name, named, value, portal)


def holds_name(value: object) -> bool:
    """Whether a ByName is anywhere in `value`."""
    if isinstance(value, ByName):
        return True
    if isinstance(value, Mapping):
        return any(holds_name(v) for v in value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return any(holds_name(v) for v in value)
    return False


def mentions_names(data: object) -> bool:
    """Whether write data gives any record by name (a ByName, or a `REL:name` key)."""
    if not isinstance(data, Mapping):
        return False
    return any(
        (isinstance(key, str) and SEPARATOR in key) or holds_name(value)
        for key, value in data.items()
    )


def plan_data(info: ModelInfo, data: object, portal: str) -> NamePlan | None:
    """Where the names stand in write data for `info`: ByName markers in relation fields,
    and `REL:name` keys (holding a name, or a list of names: a JSON array in a CSV cell).
    None when the data gives no record by name."""
    if not mentions_names(data):
        return None
    assert isinstance(data, Mapping)
    plan = NamePlan({})
    for key, value in data.items():
        name = key if isinstance(key, str) else str(key)
        if SEPARATOR in name:
            _by_column(plan, info, data, name, value, portal)
        elif holds_name(value):
            _by_marker(plan, info, name, value, portal)
        else:
            plan.value[name] = value
    return plan


def _relations(info: ModelInfo) -> str:
    return ", ".join(info.relations) or "none"


def _by_marker(plan: NamePlan, info: ModelInfo, key: str, value: object, portal: str) -> None:
    """ByName markers under `key`: one for a relation to one record, a list for a
    relation to many."""
    plan.value[key] = value
    related = info.relations.get(key)
    if related is None or related not in MODELS:
        plan.problems[key] = [
            f"ByName stands for the id of a related record, so it goes in a relation field "
            f"({info.name}'s: {_relations(info)}); {key!r} is none."
        ]
        return
    target = MODELS[related]
    if name_field(target) is None:
        plan.problems[key] = [f"{nameless(target)}."]
        return
    many = key in info.to_many
    if isinstance(value, ByName):
        if many:
            plan.problems[key] = [
                f"{key} holds a list of {related} ids: write [ByName({value.name!r})]."
            ]
            return
        plan.markers.append(Marker(key, None, _lookup(target, value.name, portal), key))
        return
    if not many or not isinstance(value, list | tuple):
        plan.problems[key] = [
            f"{key} holds one {related} id: write ByName('...') alone, not in a list or other "
            "value."
        ]
        return
    plan.value[key] = list(value)
    for index, item in enumerate(value):
        if isinstance(item, ByName):
            lookup = _lookup(target, item.name, portal)
            plan.markers.append(Marker(key, index, lookup, key))
        elif holds_name(item):
            plan.problems[key] = [f"{key} holds ids and ByName markers only."]


def _by_column(
    plan: NamePlan, info: ModelInfo, data: Mapping[Any, Any], key: str, value: object, portal: str
) -> None:
    """A `REL:FIELD` key: the records of relation REL given by their FIELD (`name`, or one
    they can be found by)."""
    relation, _, by = key.partition(SEPARATOR)
    related = info.relations.get(relation)
    if related is None or related not in MODELS:
        if relation in info.fields:
            why = f"{relation!r} is no relation of {info.name}"
        else:
            why = f"{info.name} has no relation {relation!r}"
        plan.problems[key] = [
            f"A REL{SEPARATOR}name key gives the records of a relation by name, and {why} "
            f"(its relations: {_relations(info)})."
        ]
        return
    target = MODELS[related]
    named = name_field(target)
    if named is None:
        plan.problems[key] = [f"{nameless(target)}."]
        return
    fields = lookup_fields(target)
    if by != "name" and by not in fields:
        plan.problems[key] = [
            f"{related} records are found by {' or '.join(fields)}, not {by!r}: write "
            f"{relation}{SEPARATOR}name."
        ]
        return
    if relation in data and data[relation] not in (None, "", []):
        plan.problems[key] = [
            f"Give {relation} either by id ({relation}) or by name ({key}), not both."
        ]
        return
    many = relation in info.to_many
    names = _names_in(value, many)
    if isinstance(names, str):
        plan.problems[key] = [names]
        return
    lookups = [_lookup(target, name, portal, named if by == "name" else by) for name in names]
    if many:
        plan.value[relation] = [None] * len(lookups)
        plan.markers += [Marker(relation, i, lookup, key) for i, lookup in enumerate(lookups)]
    else:
        plan.value[relation] = None
        plan.markers.append(Marker(relation, None, lookups[0], key))


def _names_in(value: object, many: bool) -> list[str] | str:
    """The names of a `REL:name` value, or what is wrong with it."""
    if isinstance(value, str) and many and value.lstrip().startswith("["):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            return (
                f"Not a valid JSON array of names ({exc.msg}): write one name, or several as "
                f'["First name", "Second name"].'
            )
    items = list(value) if isinstance(value, list | tuple) else [value]
    if not items:
        return "Give at least one name (or leave the field out)."
    if not many and len(items) > 1:
        return "This relation holds one record: give one name."
    if not all(isinstance(item, str) and item.strip() for item in items):
        return "Give names as text" + (
            ': one name, or several as ["First name", "Second name"].' if many else "."
        )
    return [str(item).strip() for item in items]


# -- names in filters --------------------------------------------------------------------------

_PREFIX, _, _SUFFIX = FILTER_KEY_FORMAT.partition("%s")


def _filter_target(info: ModelInfo, key: str) -> ModelInfo | None:
    """The model whose ids filter `key` compares with (`projects`, `projects.id`,
    `session.projects.id.in`, `id`...), or None when it compares something else."""
    path = key.strip()
    if path.startswith(_PREFIX) and path.endswith(_SUFFIX):
        path = path[len(_PREFIX) : len(path) - len(_SUFFIX)]
    parts = path.removeprefix("-").split(".")
    if parts[-1] in ("in", "exact") and len(parts) > 1:
        parts.pop()
    if parts[-1] == "id":
        parts.pop()
    current = info
    for part in parts:
        related = current.relations.get(part)
        if related is None or related not in MODELS:
            return None
        current = MODELS[related]
    return current


def plan_filters(
    info: ModelInfo, filters: Mapping[str, Any] | None, portal: str
) -> NamePlan | None:
    """Where the ByName markers stand in `filters` (None when there are none). A marker in a
    filter that does not compare related ids is refused (`UsageError`), before any request."""
    if not isinstance(filters, Mapping) or not any(holds_name(v) for v in filters.values()):
        return None
    plan = NamePlan(dict(filters))
    for key, value in filters.items():
        if not holds_name(value):
            continue
        target = _filter_target(info, str(key))
        if target is None:
            raise UsageError(
                f"filter {key!r} has {_shown(value)}, but ByName stands for the id of a related "
                f"record: use it in a filter on a relation (e.g. {_example(info)}), or filter "
                "on the text itself"
            )
        if name_field(target) is None:
            raise UsageError(f"filter {key!r}: {nameless(target)}")
        items = list(value) if isinstance(value, list | tuple) else None
        if items is None:
            assert isinstance(value, ByName)
            plan.markers.append(Marker(key, None, _lookup(target, value.name, portal), key))
            continue
        plan.value[key] = items
        for index, item in enumerate(items):
            if isinstance(item, ByName):
                plan.markers.append(Marker(key, index, _lookup(target, item.name, portal), key))
    return plan


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, ByName) else "a ByName"


def _example(info: ModelInfo) -> str:
    relation = next(iter(info.relations), None)
    return f"{relation!r} or '{relation}.id'" if relation else "'RELATION.id'"


def filters_error(resolved: Resolved, found: Iterable[Found]) -> NameLookupError:
    """The error for names in filters that did not resolve: each is listed."""
    unresolved = [f for f in found if f.id is None]
    lines = "; ".join(f"filter {key!r}: {' '.join(m)}" for key, m in resolved.problems.items())
    message = f"{lines}. Give the record's id instead, or a name that matches exactly one"
    if len(unresolved) == 1:
        return unresolved[0].error("Give the record's id instead, or a name that matches one")
    names = [f.lookup.value for f in unresolved]
    if all(f.several for f in unresolved):
        return MultipleMatchesError(message, names=names, matches=list(unresolved[0].matches))
    if not any(f.several for f in unresolved):
        return NoMatchError(message, names=names, candidates=list(unresolved[0].candidates))
    return NameLookupError(message, names=names)


def data_error(
    info: ModelInfo, operation: str, resolved: Resolved, validate: bool
) -> InvalidDataError:
    """The error for write data whose names did not all resolve: every name problem, and
    (unless `validate` is False) every other problem of the data, by field; nothing is sent."""
    from brainstem_api_tools import validation

    found: dict[str, list[str]] = {}
    if validate:
        try:
            found = validation.problems(info.name, resolved.value, operation)
        except UsageError:
            found = {}  # the model takes no such write: the write itself says so
        for label in resolved.problems:
            found.pop(label.partition(SEPARATOR)[0], None)
    found = {**resolved.problems, **found}
    fields = "; ".join(f"{key}: {' '.join(messages)}" for key, messages in found.items())
    return InvalidDataError(
        f"{_writing(info, operation)} gives records by name that did not resolve, so nothing "
        f"was sent (give a name that matches exactly one record, or its id): {fields}",
        body=found,
    )


def _writing(info: ModelInfo, operation: str) -> str:
    if operation == "create":
        return f"the data for creating a {info.name}"
    if operation == "update":
        return f"the data for updating a {info.name}"
    return f"the data of the {operation} action of {info.name}"
