"""What the handwritten layer requires of each kind of generated endpoint module.

Every operation of openapi.yaml is a module of `brainstem_api_client.api` with a public
`build_request(...)` (the request, as keyword arguments for `httpx.Client.request`) and
`parse_response(response)` (the body as the documented model), written by the generator
templates in `templates/`. `_spec_endpoints.py` hands each module out typed as one of these
protocols, so mypy checks every call the layer makes: a spec parameter renamed or retyped
fails `make lint`, not every request at run time.

Only type checkers import this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

import httpx
from brainstem_api_client.types import RequestArgs, Unset

# The value of each filter query parameter: a list is sent as the parameter repeated.
FilterParams = Mapping[str, str | list[str]]
Body = Mapping[str, object]


class _Parses(Protocol):
    def parse_response(self, response: httpx.Response) -> object: ...


class ListEndpoint(_Parses, Protocol):
    def build_request(
        self,
        portal: str,
        *,
        limit: int | Unset,
        offset: int | Unset,
        sort: list[str] | Unset,
        include: list[str] | Unset,
        filters: FilterParams | Unset,
    ) -> RequestArgs: ...


class RetrieveEndpoint(_Parses, Protocol):
    def build_request(
        self, portal: str, id: str, *, include: list[str] | Unset, filters: FilterParams | Unset
    ) -> RequestArgs: ...


class CreateEndpoint(_Parses, Protocol):
    def build_request(self, portal: str, *, body: Body) -> RequestArgs: ...


class UpdateEndpoint(_Parses, Protocol):
    def build_request(self, portal: str, id: str, *, body: Body) -> RequestArgs: ...


class DestroyEndpoint(_Parses, Protocol):
    def build_request(self, portal: str, id: str) -> RequestArgs: ...


class ActionEndpoint(_Parses, Protocol):
    def build_request(self, portal: str, id: str) -> RequestArgs: ...


class BodyActionEndpoint(_Parses, Protocol):
    def build_request(self, portal: str, id: str, *, body: Body) -> RequestArgs: ...
