"""`Response`: what `load`, `save` and `delete` return."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from typing import Any, Generic, TypeVar

from brainstem_api_tools._httpx import httpx
from brainstem_api_tools.errors import InvalidResponseError, error_for_response

__all__ = ["Response"]

T = TypeVar("T")


class Response(Generic[T]):
    """An API response: the familiar `requests`-like surface plus the typed model.

    `.json()`, `.status_code`, `.ok`, `.text`, `.headers`, `.url` and `.raise_for_status()`
    behave as in `requests`; `.parsed` is the generated attrs model of the body (built on
    first access only), of type `T`; `.http` is the underlying `httpx.Response`.
    """

    def __init__(
        self,
        http: httpx.Response,
        parse: Callable[[httpx.Response], T | None] | None = None,
        *,
        token_source: str | None = None,
        server: str | None = None,
    ) -> None:
        self.http = http
        self._parse = parse
        self._token_source = token_source  # which token a 401 refused, for its message
        self._server = server

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def ok(self) -> bool:
        return self.http.status_code < 400

    @property
    def text(self) -> str:
        return self.http.text

    @property
    def content(self) -> bytes:
        return self.http.content

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def url(self) -> str:
        return str(self.http.request.url)

    def json(self) -> Any:
        """The decoded JSON body; `InvalidResponseError` if it is not JSON."""
        if self.http.status_code == 204 or not self.http.content:
            return None if self.http.status_code == 204 else self._invalid("an empty body")
        try:
            return self._json
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass  # raised below, outside the handler: no JSONDecodeError in the traceback
        return self._invalid("a body that is not JSON (truncated or an HTML error page?)")

    @cached_property
    def _json(self) -> Any:
        return json.loads(self.http.content)

    def _invalid(self, what: str) -> Any:
        ctype = self.http.headers.get("content-type", "?")
        raise InvalidResponseError(
            f"{self.status_code} from {self.http.request.method} {self.url} came with {what} "
            f"(content-type {ctype}, {len(self.http.content)} bytes)",
            status_code=self.status_code,
            url=self.url,
            response=self.http,
        )

    def raise_for_status(self) -> Response[T]:
        """Raise the matching `BrainstemError` for an error status (or a redirect, which the
        client does not follow); return self otherwise."""
        if self.http.status_code >= 300:
            refused = None
            if self.http.status_code == 401 and self._server and self._token_source:
                from brainstem_api_tools.tokens import refused_token

                refused = refused_token(self._token_source, self._server)
            raise error_for_response(self.http, token_source=self._token_source, refused=refused)
        return self

    @cached_property
    def parsed(self) -> T | None:
        """The body as the generated attrs model (None for statuses the spec does not list)."""
        if self._parse is None:
            return None
        self.json()  # a clear error for a non-JSON body
        return self._parse(self.http)

    def __repr__(self) -> str:
        return f"<Response [{self.status_code}] {self.http.request.method} {self.url}>"
