"""Requests as calls of the generated endpoint modules.

Each API operation is a module of `brainstem_api_client.api` with a typed `build_request` and
`parse_response`; `_spec_endpoints.py` (derived from openapi.yaml) gives the module serving a
model's operation, typed as a protocol of `_endpoint_types.py`, so mypy checks each call here.
A `Call` holds the request the module built and its parser; the clients send `call.request()`
through their httpx client and parse the body with `call.parse` only when asked
(`Response.parsed`). Bodies are checked against the operation's request schema (`validation`)
unless the caller opts out, and sent as the JSON `_encode` makes of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from brainstem_api_tools import _spec_endpoints as endpoints
from brainstem_api_tools._model_info import ModelInfo, Operation
from brainstem_api_tools.errors import UsageError
from brainstem_api_tools.models import check_portal
from brainstem_api_tools.pagination import DEFAULT_PAGE_SIZE
from brainstem_api_tools.query import check_fields, check_id, check_page, filter_params, name_list

if TYPE_CHECKING:
    import httpx
    from brainstem_api_client.types import RequestArgs, Unset

    from brainstem_api_tools._endpoint_types import Body, FilterParams

T = TypeVar("T", covariant=True)


class Call(NamedTuple, Generic[T]):
    """One request to an operation of the API, built and checked, not yet sent."""

    model: ModelInfo
    op: Operation
    portal: str
    id: str | None
    built: RequestArgs  # what the generated `build_request` returned: send `request()`
    parser: Callable[[httpx.Response], T | None]  # the generated `parse_response`

    @property
    def is_write(self) -> bool:
        """Changes state (POST, PATCH, custom actions even when GET): sent at most once."""
        return self.op.method in {"POST", "PATCH"} or self.op in self.model.actions.values()

    def request(self) -> RequestArgs:
        """Keyword arguments for `httpx.Client.request` (a copy: the caller may add to it)."""
        return self.built.copy()

    def parse(self, response: httpx.Response) -> T | None:
        """The body of `response` as the generated model documented for its status."""
        return self.parser(response)


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


def _data(data: object) -> Body:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise UsageError(f"data must be a dict of field values, not {type(data).__name__}")
    return data


def _includes(model: ModelInfo, include: object) -> list[str] | Unset:
    includes = check_fields(model, name_list(include, "include"), "include")  # type: ignore[arg-type]
    if not includes:
        return _unset()
    return [rel if "." in rel else f"{rel}.*" for rel in includes]


def _unset() -> Unset:
    """The generated client's "not given", from its types module: imported with the first
    endpoint module, not with the client."""
    from brainstem_api_client.types import UNSET

    return UNSET


def _filters(model: ModelInfo, filters: Mapping[str, object] | None) -> FilterParams | Unset:
    return filter_params(model, filters) or _unset()


def _body(model: ModelInfo, op: Operation, data: object, validate: bool) -> Body:
    """The request body: checked against the spec (raising `InvalidDataError`), then as JSON."""
    from brainstem_api_tools import validation  # its tables are read on the first write

    values = _data(data)
    if validate:
        return validation.checked_body(model, op, values)
    return validation.plain_body(values)


def list_call(
    model: ModelInfo,
    portal: object,
    *,
    filters: Mapping[str, object] | None = None,
    sort: object = None,
    include: object = None,
    limit: object = None,
    offset: object = None,
) -> Call[object]:
    op = _op(model, "list")
    lim, off = check_page(limit, offset)
    where = check_portal(model, op, portal, "listing")
    sorts = check_fields(model, name_list(sort, "sort"), "sort")  # type: ignore[arg-type]
    endpoint = endpoints.list_endpoint(model.name)
    unset = _unset()
    request = endpoint.build_request(
        where,
        limit=unset if lim is None else lim,
        offset=unset if off is None else off,
        sort=sorts or unset,
        include=_includes(model, include),
        filters=_filters(model, filters),
    )
    return Call(model, op, where, None, request, endpoint.parse_response)


def retrieve_call(
    model: ModelInfo,
    portal: object,
    id: object,
    *,
    include: object = None,
    filters: Mapping[str, object] | None = None,
) -> Call[object]:
    op = _op(model, "retrieve")
    where = check_portal(model, op, portal, "reading")
    record = check_id(model, id)
    endpoint = endpoints.retrieve_endpoint(model.name)
    request = endpoint.build_request(
        where, record, include=_includes(model, include), filters=_filters(model, filters)
    )
    return Call(model, op, where, record, request, endpoint.parse_response)


def create_call(
    model: ModelInfo, portal: object, data: object, validate: bool = True
) -> Call[object]:
    op = _op(model, "create")
    where = check_portal(model, op, portal, "creating")
    endpoint = endpoints.create_endpoint(model.name)
    request = endpoint.build_request(where, body=_body(model, op, data, validate))
    return Call(model, op, where, None, request, endpoint.parse_response)


def update_call(
    model: ModelInfo, portal: object, id: object, data: object, validate: bool = True
) -> Call[object]:
    op = _op(model, "partial_update")
    where = check_portal(model, op, portal, "updating")
    record = check_id(model, id)
    endpoint = endpoints.partial_update_endpoint(model.name)
    request = endpoint.build_request(where, record, body=_body(model, op, data, validate))
    return Call(model, op, where, record, request, endpoint.parse_response)


def destroy_call(model: ModelInfo, portal: object, id: object) -> Call[object]:
    op = _op(model, "destroy")
    where = check_portal(model, op, portal, "deleting")
    record = check_id(model, id)
    endpoint = endpoints.destroy_endpoint(model.name)
    request = endpoint.build_request(where, record)
    return Call(model, op, where, record, request, endpoint.parse_response)


def action_call(
    model: ModelInfo,
    portal: object,
    id: object,
    action: object,
    data: object = None,
    validate: bool = True,
) -> Call[object]:
    name = str(action).strip().strip("/")
    op = model.actions.get(name)
    if op is None:
        known = ", ".join(sorted(model.actions)) or "none"
        raise UsageError(f"{model.name} has no action {name!r} (its actions: {known})")
    where = check_portal(model, op, portal, name)
    record = check_id(model, id)
    if op.body:
        with_body = endpoints.body_action_endpoint((model.name, name))
        request = with_body.build_request(where, record, body=_body(model, op, data, validate))
        return Call(model, op, where, record, request, with_body.parse_response)
    if data:
        raise UsageError(f"action {name!r} of {model.name} takes no data")
    endpoint = endpoints.action_endpoint((model.name, name))
    request = endpoint.build_request(where, record)
    return Call(model, op, where, record, request, endpoint.parse_response)


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
) -> Call[object]:
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
    model: ModelInfo,
    portal: object,
    id: object,
    data: object,
    options: str | None,
    validate: bool = True,
) -> Call[object]:
    """The request of `save(...)`: create, partial update, or a custom action with data."""
    if options:
        if id is None:
            raise UsageError(f"options={options!r} needs the id of the record")
        return action_call(model, portal, id, options, data, validate)
    if id is None:
        return create_call(model, portal, data, validate)
    return update_call(model, portal, id, data, validate)


def delete_call(model: ModelInfo, portal: object, id: object) -> Call[object]:
    if id is None:
        raise UsageError(f"delete needs the id of the {model.name} to delete")
    return destroy_call(model, portal, id)


class Paging(NamedTuple):
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

    def call(self, offset: int) -> Call[object]:
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
