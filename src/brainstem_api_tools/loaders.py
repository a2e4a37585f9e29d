"""Convenience loaders (`load_session`, `load_subject`, ...), defined from one table.

Each loader is `load(model, ...)` with default includes and named filters: `name="Rat"`
becomes `filters={"name.icontains": "Rat"}`. A named filter on a field the model's records do
not have (per openapi.yaml) is refused before any request.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from brainstem_api_tools.errors import UsageError
from brainstem_api_tools.models import get_model

__all__ = ["LOADERS", "Loader", "LoaderMixin"]


@dataclass(frozen=True)
class Loader:
    model: str
    include: tuple[str, ...] = ()
    # keyword -> filter key sent to the API
    filters: Mapping[str, str] = field(default_factory=dict)


_NAME = {"name": "name.icontains"}
_TAGS = {"tags": "tags"}

LOADERS: dict[str, Loader] = {
    # The nine loaders of the user guide, with its default includes and named filters.
    "load_project": Loader(
        "project", ("sessions", "subjects", "collections", "cohorts"), {**_NAME, **_TAGS}
    ),
    "load_subject": Loader(
        "subject",
        ("procedures", "subjectlogs"),
        {**_NAME, "projects": "projects.id", "sex": "sex", "strain": "strain.id", **_TAGS},
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
    # Those the official client also offers.
    "load_procedurelog": Loader("procedurelog", (), {"procedure": "procedure.id"}),
    "load_subjectlog": Loader("subjectlog", (), {"subject": "subject.id"}),
    "load_equipment": Loader("equipment", (), {**_NAME, "setup": "setup.id"}),
    "load_consumablestock": Loader("consumablestock", (), {"consumable": "consumable.id"}),
    "load_behavioralassay": Loader("behavioralassay", (), _NAME),
    "load_datastorage": Loader("datastorage", (), _NAME),
    "load_setup": Loader("setup", (), _NAME),
    "load_hardwaredevice": Loader("hardwaredevice", (), _NAME),
    "load_brainregion": Loader("brainregion", (), {**_NAME, "acronym": "acronym"}),
    "load_species": Loader("species", (), _NAME),
    "load_strain": Loader("strain", (), {**_NAME, "species": "species.id"}),
    "load_publication": Loader("publication", (), {"title": "title.icontains"}),
    "load_laboratory": Loader("laboratory", (), {"institution": "institution.icontains"}),
}


class _Loads(Protocol):
    def load(
        self,
        model: Any,
        portal: str = ...,
        id: Any = ...,
        options: str | None = ...,
        filters: Mapping[str, Any] | None = ...,
        sort: str | Iterable[str] | None = ...,
        include: str | Iterable[str] | None = ...,
        limit: int | None = ...,
        offset: int | None = ...,
        load_all: bool = ...,
    ) -> Any: ...


def named_filters(name: str, spec: Loader, given: Mapping[str, Any]) -> dict[str, Any]:
    """The API filters for the named keyword arguments given to a loader."""
    unknown = sorted(set(given) - set(spec.filters))
    if unknown:
        raise TypeError(
            f"{name}() got an unexpected keyword argument {unknown[0]!r} "
            f"(named filters: {', '.join(spec.filters) or 'none'})"
        )
    model = get_model(spec.model)
    out: dict[str, Any] = {}
    for keyword, value in given.items():
        if value is None:
            continue
        key = spec.filters[keyword]
        if key.split(".")[0] not in model.fields:
            raise UsageError(
                f"{name}(): {spec.model} records have no {keyword!r} field, so they "
                f"cannot be filtered by it"
            )
        out[key] = value
    return out


def _make(name: str, spec: Loader) -> Callable[..., Any]:
    def loader(
        self: _Loads,
        portal: str = "private",
        id: Any = None,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: Any = None,
        include: Any = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        **named: Any,
    ) -> Any:
        merged = {**named_filters(name, spec, named), **(filters or {})}
        return self.load(
            spec.model,
            portal=portal,
            id=id,
            filters=merged or None,
            sort=sort,
            include=list(spec.include) if include is None else include,
            limit=limit,
            offset=offset,
            load_all=load_all,
        )

    params = [
        p
        for p in inspect.signature(loader).parameters.values()
        if p.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    params += [
        inspect.Parameter(k, inspect.Parameter.KEYWORD_ONLY, default=None) for k in spec.filters
    ]
    loader.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    loader.__name__ = loader.__qualname__ = name
    includes = ", ".join(spec.include) or "nothing"
    named_doc = ", ".join(f"{k} ({v})" for k, v in spec.filters.items()) or "none"
    loader.__doc__ = (
        f"Load {spec.model} records, including {includes} by default.\n\n"
        f"Named filters: {named_doc}. Takes `filters=` and `include=` overrides, "
        "and `load`'s other arguments."
    )
    return loader


class LoaderMixin:
    """Adds the convenience loaders to a client class that has `load`."""

    load_project: Callable[..., Any]
    load_subject: Callable[..., Any]
    load_session: Callable[..., Any]
    load_collection: Callable[..., Any]
    load_cohort: Callable[..., Any]
    load_behavior: Callable[..., Any]
    load_dataacquisition: Callable[..., Any]
    load_manipulation: Callable[..., Any]
    load_procedure: Callable[..., Any]
    load_procedurelog: Callable[..., Any]
    load_subjectlog: Callable[..., Any]
    load_equipment: Callable[..., Any]
    load_consumablestock: Callable[..., Any]
    load_behavioralassay: Callable[..., Any]
    load_datastorage: Callable[..., Any]
    load_setup: Callable[..., Any]
    load_hardwaredevice: Callable[..., Any]
    load_brainregion: Callable[..., Any]
    load_species: Callable[..., Any]
    load_strain: Callable[..., Any]
    load_publication: Callable[..., Any]
    load_laboratory: Callable[..., Any]


for _name, _spec in LOADERS.items():
    setattr(LoaderMixin, _name, _make(_name, _spec))
