"""Authentication: the Bearer header and the device authorization flow.

`BearerAuth` attaches the token only to requests for the server it belongs to, never to the
public portal (which needs none), and never over plain HTTP to a host that is not this
machine unless the user allowed it.
"""

from __future__ import annotations

import contextlib
import ipaddress
import sys
import time
import webbrowser
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TextIO

import httpx

from brainstem_api_tools.errors import (
    AuthenticationError,
    BrainstemError,
    ServerError,
    UsageError,
)

__all__ = ["BearerAuth", "DeviceLogin", "check_token", "is_loopback", "require_secure"]


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


@dataclass
class DeviceLogin:
    """The device authorization flow of docs/api.md, run against one server.

    `start(client_name)` and `poll(device_code)` send the two requests of the flow; `out`
    gets the instructions for the user.
    """

    start: Callable[[str], httpx.Response]
    poll: Callable[[str], httpx.Response]
    headless: bool = False
    open_browser: Callable[[str], bool] = webbrowser.open
    out: TextIO = sys.stderr
    client_name: str = "brainstem_python_api_tools"
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def run(self) -> str:
        """Show the code, wait for approval, and return the token."""
        start = self._json(self.start(self.client_name))
        try:
            device_code = str(start["device_code"])
            user_code = str(start["user_code"])
            uri = str(start["verification_uri"])
            uri_complete = str(start.get("verification_uri_complete") or uri)
            interval = max(1.0, float(start.get("interval", 5)))
            expires_in = float(start.get("expires_in", 900))
        except (KeyError, TypeError, ValueError):
            raise AuthenticationError(
                "the server's device authorization answer lacks device_code, user_code or "
                "verification_uri; is this a BrainSTEM server?",
                status_code=200,
            ) from None
        print(f"Open {uri} in a browser and enter the code: {user_code}", file=self.out)
        if not self.headless:
            print(f"(or follow {uri_complete})", file=self.out)
            # No browser (over SSH, in a container) is not an error: the code is shown above.
            with contextlib.suppress(Exception):
                self.open_browser(uri_complete)
        print("Waiting for authorization...", file=self.out, flush=True)
        deadline = self.clock() + expires_in
        while True:
            self.sleep(interval)
            if self.clock() > deadline:
                raise AuthenticationError(
                    "the login code expired before it was approved; run the login again",
                    status_code=200,
                )
            try:
                answer = self._json(self.poll(device_code))
            except (httpx.TransportError, BrainstemError) as exc:
                if isinstance(exc, AuthenticationError):
                    raise
                continue  # a passing network fault: keep polling until the deadline
            status, error = answer.get("status"), answer.get("error")
            if status == "success" and answer.get("token"):
                return str(answer["token"])
            if status == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                continue
            raise AuthenticationError(
                _DEVICE_ERRORS.get(str(error), f"login failed: {answer!r}"), status_code=200
            )

    @staticmethod
    def _json(response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 500:
            raise ServerError(
                f"{response.status_code} {response.reason_phrase} from {response.request.method} "
                f"{response.request.url}: the server failed; try the login again later",
                status_code=response.status_code,
                url=str(response.request.url),
            )
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400 or not isinstance(body, dict):
            raise AuthenticationError(
                f"{response.status_code} from {response.request.url}: the server does not "
                "offer the device login flow",
                status_code=response.status_code,
                url=str(response.request.url),
            )
        return body


_DEVICE_ERRORS = {
    "access_denied": "the login was denied in the browser; run the login again to retry",
    "expired_token": "the login code expired (15 minutes) before it was approved; run the "
    "login again",
    "already_used": "this login code was already used to collect a token; run the login again",
}
