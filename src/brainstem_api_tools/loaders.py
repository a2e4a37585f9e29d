"""The convenience loaders (`load_session`, `load_subject`, ...): the table they come from.

Each loader is `load(model, ...)` with default includes and named filters: `name="Rat"`
becomes `filters={"name.icontains": "Rat"}`. The official 2.0.0 client's 22 loaders, with
every keyword it accepts, in its order, so that its scripts run unchanged.

`scripts/derive_loaders.py` writes the typed methods from `LOADERS` into `_loader_methods.py`
(`make generate`; `make check-generated` fails when they drift); `run_loader` is what each one
calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from brainstem_api_tools.errors import UsageError
from brainstem_api_tools.models import MODELS, get_model

__all__ = ["LOADERS", "NO_SUCH_FIELD", "Loader", "run_loader"]


@dataclass(frozen=True)
class Loader:
    """One loader: its model, default includes and named filters (keyword -> filter key)."""

    model: str
    include: tuple[str, ...] = ()
    # The official client's keywords, in its order: they may also be given by position.
    filters: Mapping[str, str] = field(default_factory=dict)
    # Ours only: keyword-only, after the official ones.
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def keywords(self) -> dict[str, str]:
        """Every named filter, official ones first."""
        return {**self.filters, **self.extra}


_NAME = {"name": "name.icontains"}
_TAGS = {"tags": "tags"}

LOADERS: dict[str, Loader] = {
    "load_project": Loader(
        "project",
        ("sessions", "subjects", "collections", "cohorts"),
        {**_NAME, "sessions": "sessions.id", "subjects": "subjects.id", **_TAGS},
    ),
    "load_subject": Loader(
        "subject",
        ("procedures", "subjectlogs"),
        {**_NAME, "projects": "projects.id", "strain": "strain.id", "sex": "sex", **_TAGS},
    ),
    "load_session": Loader(
        "session",
        ("dataacquisition", "behaviors", "manipulations", "epochs"),
        {**_NAME, "projects": "projects.id", "datastorage": "datastorage.id", **_TAGS},
    ),
    "load_collection": Loader("collection", ("sessions",), {**_NAME, **_TAGS}),
    "load_cohort": Loader("cohort", ("subjects",), {**_NAME, **_TAGS}),
    "load_behavior": Loader("behavior", (), {"session": "session.id", **_TAGS}),
    "load_dataacquisition": Loader("dataacquisition", (), {"session": "session.id", **_TAGS}),
    "load_manipulation": Loader("manipulation", (), {"session": "session.id", **_TAGS}),
    "load_procedure": Loader("procedure", (), {"subject": "subject.id", **_TAGS}),
    "load_procedurelog": Loader("procedurelog", (), {"procedure": "procedure.id", **_TAGS}),
    "load_subjectlog": Loader("subjectlog", (), {"subject": "subject.id", **_TAGS}),
    "load_equipment": Loader("equipment", (), {**_NAME, "setup": "setup.id", **_TAGS}),
    "load_consumablestock": Loader(
        "consumablestock", (), _TAGS, extra={"consumable": "consumable.id"}
    ),
    "load_behavioralassay": Loader("behavioralassay", (), {**_NAME, **_TAGS}),
    "load_datastorage": Loader("datastorage", (), {**_NAME, **_TAGS}),
    "load_setup": Loader("setup", (), {**_NAME, **_TAGS}),
    "load_hardwaredevice": Loader("hardwaredevice", (), {**_NAME, **_TAGS}),
    "load_brainregion": Loader("brainregion", (), {**_NAME, **_TAGS}, extra={"acronym": "acronym"}),
    "load_species": Loader("species", (), {**_NAME, **_TAGS}),
    "load_strain": Loader("strain", (), {**_NAME, "species": "species.id", **_TAGS}),
    "load_publication": Loader(
        "publication", (), {**_NAME, **_TAGS}, extra={"title": "title.icontains"}
    ),
    "load_laboratory": Loader(
        "laboratory", (), {**_NAME, **_TAGS}, extra={"institution": "institution.icontains"}
    ),
}

# The deliberate exceptions, all in one place: official keywords on a field that the model
# does not have (openapi.yaml and the reference docs agree), with what to use instead (None:
# the loader's other named filters, or `filters=`). They are accepted, so that an official
# script never meets a TypeError, and refused before anything is sent (the official client
# sends them, and the server answers 400). tests/client/test_loaders.py fails when this list
# and the spec disagree either way.
NO_SUCH_FIELD: dict[tuple[str, str], str | None] = {
    ("load_publication", "name"): "title= (publications have a title, not a name)",
    ("load_laboratory", "name"): (
        "filters={'group.name.icontains': ...} (a laboratory is named by its group), "
        "or institution="
    ),
    **{
        (loader, "tags"): None
        for loader in (
            "load_behavior",
            "load_dataacquisition",
            "load_manipulation",
            "load_procedure",
            "load_procedurelog",
            "load_subjectlog",
            "load_equipment",
            "load_consumablestock",
            "load_behavioralassay",
            "load_datastorage",
            "load_setup",
            "load_hardwaredevice",
            "load_brainregion",
            "load_species",
            "load_strain",
            "load_publication",
            "load_laboratory",
        )
    },
}


class _Loads(Protocol):
    def load(self, model: Any, **arguments: Any) -> Any: ...


def named_filters(name: str, named: Mapping[str, Any]) -> dict[str, Any]:
    """The filters for the named keywords given to loader `name` (None leaves one out)."""
    spec = LOADERS[name]
    keys = spec.keywords
    model = get_model(spec.model)
    out: dict[str, Any] = {}
    for keyword, value in named.items():
        if value is None:
            continue
        key = keys[keyword]
        if key.split(".")[0] not in model.fields:
            raise UsageError(_no_such_field(name, spec, keyword))
        out[key] = value
    return out


def _no_such_field(name: str, spec: Loader, keyword: str) -> str:
    field = spec.keywords[keyword].split(".")[0]
    having = [model for model, info in MODELS.items() if field in info.fields]
    why = f" (only {', '.join(having)} records have one)" if 0 < len(having) <= 8 else ""
    instead = NO_SUCH_FIELD.get((name, keyword))
    if instead is None:
        fields = get_model(spec.model).fields
        usable = [f"{k}=" for k, key in spec.keywords.items() if key.split(".")[0] in fields]
        instead = " or ".join([*usable, "filters={'<field>': value}"])
    return (
        f"{name}({keyword}=...): {spec.model} records have no {field!r} field{why}, so they "
        f"cannot be filtered by it; use {instead}. Nothing was sent"
    )


def run_loader(
    client: object,
    name: str,
    named: Mapping[str, Any],
    portal: Any,
    id: Any,
    filters: Mapping[str, Any] | None,
    sort: Any,
    include: Any,
    limit: int | None,
    offset: int | None,
    load_all: bool,
) -> Any:
    """What loader `name` does: `client.load(...)` with its named filters and includes.

    Named filters win over the same key in `filters`, as in the official client. With `id`,
    the default includes are left out, as the official client does: the record comes with
    the ids of its relations, not the related records (pass `include=` for those).
    """
    spec = LOADERS[name]
    chosen = named_filters(name, named)
    if chosen and isinstance(filters, Mapping):
        filters = {**filters, **chosen}
    elif chosen and filters is None:
        filters = chosen
    # else: `filters` goes to `load` as it is, and `load` says what is wrong with it
    if include is None and id is None:
        include = list(spec.include)
    # No portal given: `load`'s default (a public client's is the public portal).
    where = {} if portal is None else {"portal": portal}
    return cast(_Loads, client).load(
        spec.model,
        **where,
        id=id,
        filters=filters or None,
        sort=sort,
        include=include,
        limit=limit,
        offset=offset,
        load_all=load_all,
    )
