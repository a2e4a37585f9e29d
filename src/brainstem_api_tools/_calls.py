"""Requests as calls of the generated endpoint modules.

Each API operation is one module of `brainstem_api_client.api` (named in the model table
derived from openapi.yaml). A `Call` holds the module and its arguments; the clients send
`call.request()` through their httpx client and parse the body with the module's own parser
only when asked (`Response.parsed`). Bodies are passed through as the user gave them, so the
server, not a local model, judges them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

from brainstem_api_tools import _lazy_models
from brainstem_api_tools._model_info import ModelInfo, Operation
from brainstem_api_tools.errors import UsageError
from brainstem_api_tools.models import check_portal
from brainstem_api_tools.pagination import DEFAULT_PAGE_SIZE
from brainstem_api_tools.query import check_fields, check_id, check_page, filter_params, name_list


class RawBody:
    """Stands in for a generated request model: sends the user's dict unchanged."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def to_dict(self) -> dict[str, Any]:
        return self._data


class Filters:
    """Stands in for the generated `Filters` model: already-checked query parameters."""

    def __init__(self, params: dict[str, str]) -> None:
        self._params = params

    def to_dict(self) -> dict[str, str]:
        return self._params


@dataclass(frozen=True)
class Call:
    model: ModelInfo
    op: Operation
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def module(self) -> ModuleType:
        _lazy_models.install()
        return importlib.import_module(self.op.module)

    @property
    def is_write(self) -> bool:
        """Changes state (POST, PATCH, custom actions even when GET): sent at most once."""
        return self.op.method in {"POST", "PATCH"} or self.op in self.model.actions.values()

    def request(self) -> dict[str, Any]:
        """Keyword arguments for `httpx.Client.request`, built by the generated module."""
        kwargs: dict[str, Any] = self.module._get_kwargs(**self.args)
        return kwargs

    def parser(self, client: Any) -> Callable[[httpx.Response], Any]:
        module = self.module

        def parse(response: httpx.Response) -> Any:
            return module._parse_response(client=client, response=response)

        return parse


def _portal_arg(op: Operation, portal: str) -> Any:
    # The generated functions take the spec's enums; they only ever use str(value).
    _lazy_models.install()
    name = "private_portal" if op.portals == ("private",) else "portal"
    module = importlib.import_module(f"brainstem_api_client.models.{name}")
    enum = module.PrivatePortal if name == "private_portal" else module.Portal
    return enum(portal)


def _op(model: ModelInfo, verb: str) -> Operation:
    op = model.operations.get(verb)
    if op is None:
        allowed = ", ".join(sorted(model.operations)) or "none"
        raise UsageError(
            f"{model.name} cannot be {_VERB_WORDS.get(verb, verb)} through the API "
            f"(it allows: {allowed})"
        )
    return op


_VERB_WORDS = {
    "list": "listed",
    "retrieve": "read",
    "create": "created",
    "partial_update": "updated",
    "destroy": "deleted",
}


def _data(data: object) -> Mapping[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise UsageError(f"data must be a dict of field values, not {type(data).__name__}")
    return data


def list_call(
    model: ModelInfo,
    portal: object,
    *,
    filters: Mapping[str, object] | None = None,
    sort: object = None,
    include: object = None,
    limit: object = None,
    offset: object = None,
) -> Call:
    op = _op(model, "list")
    lim, off = check_page(limit, offset)
    args: dict[str, Any] = {"portal": _portal_arg(op, check_portal(model, op, portal, "listing"))}
    if lim is not None:
        args["limit"] = lim
    if off is not None:
        args["offset"] = off
    sorts = check_fields(model, name_list(sort, "sort"), "sort")  # type: ignore[arg-type]
    if sorts:
        args["sort"] = sorts
    _include_and_filters(model, args, include, filters)
    return Call(model, op, args)


def _include_and_filters(
    model: ModelInfo, args: dict[str, Any], include: object, filters: Mapping[str, object] | None
) -> None:
    includes = check_fields(model, name_list(include, "include"), "include")  # type: ignore[arg-type]
    if includes:
        args["include"] = [rel if "." in rel else f"{rel}.*" for rel in includes]
    params = filter_params(model, filters)
    if params:
        args["filters"] = Filters(params)


def retrieve_call(
    model: ModelInfo,
    portal: object,
    id: object,
    *,
    include: object = None,
    filters: Mapping[str, object] | None = None,
) -> Call:
    op = _op(model, "retrieve")
    args: dict[str, Any] = {
        "portal": _portal_arg(op, check_portal(model, op, portal, "reading")),
        "id": check_id(model, id),
    }
    _include_and_filters(model, args, include, filters)
    return Call(model, op, args)


def create_call(model: ModelInfo, portal: object, data: object) -> Call:
    op = _op(model, "create")
    return Call(
        model,
        op,
        {
            "portal": _portal_arg(op, check_portal(model, op, portal, "creating")),
            "body": RawBody(_data(data)),
        },
    )


def update_call(model: ModelInfo, portal: object, id: object, data: object) -> Call:
    op = _op(model, "partial_update")
    return Call(
        model,
        op,
        {
            "portal": _portal_arg(op, check_portal(model, op, portal, "updating")),
            "id": check_id(model, id),
            "body": RawBody(_data(data)),
        },
    )


def destroy_call(model: ModelInfo, portal: object, id: object) -> Call:
    op = _op(model, "destroy")
    return Call(
        model,
        op,
        {
            "portal": _portal_arg(op, check_portal(model, op, portal, "deleting")),
            "id": check_id(model, id),
        },
    )


def action_call(
    model: ModelInfo, portal: object, id: object, action: object, data: object = None
) -> Call:
    name = str(action).strip().strip("/")
    op = model.actions.get(name)
    if op is None:
        known = ", ".join(sorted(model.actions)) or "none"
        raise UsageError(f"{model.name} has no action {name!r} (its actions: {known})")
    args: dict[str, Any] = {
        "portal": _portal_arg(op, check_portal(model, op, portal, name)),
        "id": check_id(model, id),
    }
    if op.body:
        args["body"] = RawBody(_data(data))
    elif data:
        raise UsageError(f"action {name!r} of {model.name} takes no data")
    return Call(model, op, args)


def load_call(
    model: ModelInfo,
    portal: object,
    id: object,
    options: str | None,
    filters: Mapping[str, object] | None,
    sort: object,
    include: object,
    limit: object,
    offset: object,
) -> Call:
    """The one request of `load(...)` without `load_all`."""
    if options:
        if id is None:
            raise UsageError(f"options={options!r} needs the id of the record")
        return action_call(model, portal, id, options)
    if id is not None:
        return retrieve_call(model, portal, id, include=include, filters=filters)
    return list_call(
        model, portal, filters=filters, sort=sort, include=include, limit=limit, offset=offset
    )


def save_call(
    model: ModelInfo, portal: object, id: object, data: object, options: str | None
) -> Call:
    """The request of `save(...)`: create, partial update, or a custom action with data."""
    if options:
        if id is None:
            raise UsageError(f"options={options!r} needs the id of the record")
        return action_call(model, portal, id, options, data)
    if id is None:
        return create_call(model, portal, data)
    return update_call(model, portal, id, data)


def delete_call(model: ModelInfo, portal: object, id: object) -> Call:
    if id is None:
        raise UsageError(f"delete needs the id of the {model.name} to delete")
    return destroy_call(model, portal, id)


@dataclass(frozen=True)
class Paging:
    """The list calls of one paging run: the same query at successive offsets."""

    model: ModelInfo
    portal: object
    filters: Mapping[str, object] | None
    sort: object
    include: object
    page_size: int
    start: int

    @classmethod
    def plan(
        cls,
        model: ModelInfo,
        portal: object,
        filters: Mapping[str, object] | None,
        sort: object,
        include: object,
        limit: int | None,
        offset: int | None,
    ) -> Paging:
        paging = cls(
            model,
            portal,
            filters,
            sort,
            include,
            DEFAULT_PAGE_SIZE if limit is None else limit,
            0 if offset is None else offset,
        )
        paging.call(paging.start)  # checks every argument before any request
        return paging

    def call(self, offset: int) -> Call:
        return list_call(
            self.model,
            self.portal,
            filters=self.filters,
            sort=self.sort,
            include=self.include,
            limit=self.page_size,
            offset=offset,
        )

    def url(self, base_url: str) -> str:
        """The list URL, for messages."""
        return base_url + str(self.call(self.start).request()["url"]).lstrip("/")


def check_load_all(id: object, options: str | None) -> None:
    if id is not None or options:
        raise UsageError(
            "load_all=True reads a whole list; it cannot be combined with id or options"
        )
