"""Authentication on every request: the Bearer header and the checks on the token.

`BearerAuth` attaches the token only to requests for the server it belongs to, never to the
public portal (which needs none), and never over plain HTTP to a host that is not this
machine unless the user allowed it. The device login flow that obtains a token is in
`device_login` (imported only when a login runs).
"""

from __future__ import annotations

import ipaddress
import time
from collections.abc import Generator

from brainstem_api_tools._httpx import httpx
from brainstem_api_tools.errors import UsageError

__all__ = ["BearerAuth", "Clock", "check_token", "is_loopback", "require_secure"]


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure(url: httpx.URL, allow_insecure_http: bool) -> None:
    """Refuse to send a token in clear text over the network."""
    if url.scheme == "http" and not is_loopback(url.host) and not allow_insecure_http:
        raise UsageError(
            f"refusing to send a token over plain http:// to {url.host}: use https://, or pass "
            "allow_insecure_http=True (CLI: --allow-insecure-http) if you really mean it"
        )


def check_token(token: str, source: str) -> None:
    """A token must fit in an HTTP header: no line breaks or other control characters.

    Otherwise the request could not even be sent, and the lower layers' error would quote
    the header, token included.
    """
    if any(not ch.isprintable() for ch in token):
        where = {"environment": " in BRAINSTEM_TOKEN", "cache": " in the token cache"}.get(
            source, ""
        )
        raise UsageError(
            f"the token{where} contains a line break or another control character, so it "
            "cannot be sent; copy it again (or log in again)"
        )


class BearerAuth(httpx.Auth):
    """`Authorization: Bearer <token>` for the private portal of one server."""

    def __init__(self, token: str, base_url: str, *, allow_insecure_http: bool = False) -> None:
        self._token = token
        self._origin = httpx.URL(base_url)
        self._allow_insecure_http = allow_insecure_http

    def __repr__(self) -> str:
        return f"BearerAuth(token=<hidden>, server={str(self._origin)!r})"

    def _same_origin(self, url: httpx.URL) -> bool:
        o = self._origin
        return (url.scheme, url.host, url.port) == (o.scheme, o.host, o.port)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._same_origin(request.url) and "/api/public/" not in request.url.path:
            require_secure(request.url, self._allow_insecure_http)
            request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class Clock:
    """The time the device login waits by: `now()`, `sleep()` and `async_sleep()`.

    Pass another one as a client's `clock=` to wait differently (tests pass one that only
    pretends to sleep, and give the same time to the sandbox).
    """

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)
