"""The exceptions of the BrainSTEM client: one tree under `BrainstemError`."""

from __future__ import annotations

import builtins
import json
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI imports the errors without paying for httpx
    import httpx

__all__ = [
    "APIError",
    "AuthenticationError",
    "BrainstemConnectionError",
    "BrainstemError",
    "BrainstemTimeoutError",
    "IncompleteResultError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UsageError",
    "ValidationError",
    "WriteUncertainError",
    "error_for_response",
]

LOGIN_HINT = (
    "run `brainstem login` (or BrainstemClient(...) without a token) to log in again, "
    "or create a token at https://www.brainstem.org/private/users/tokens/"
)


class BrainstemError(Exception):
    """Base class of every error this package raises."""


class UsageError(BrainstemError, ValueError):
    """The call itself is wrong (unknown model, bad id, bad filter...); nothing was sent."""


class TransportError(BrainstemError):
    """The request did not get an HTTP answer."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class BrainstemConnectionError(TransportError, builtins.ConnectionError):
    """The server could not be reached, or the connection broke.

    Also a built-in `ConnectionError`, so `except ConnectionError:` catches it.
    """


class BrainstemTimeoutError(TransportError, builtins.TimeoutError):
    """The server did not answer in time.

    Also a built-in `TimeoutError`, so `except TimeoutError:` catches it.
    """


class WriteUncertainError(TransportError):
    """A write was sent but no answer came back: it may or may not have been applied."""


class IncompleteResultError(BrainstemError):
    """Paging could not gather every record (the data changed, or the server misbehaved);
    nothing partial is returned."""


class APIError(BrainstemError):
    """The server answered with an error status.

    `status_code`, `url`, `messages` (the parsed body, if JSON) and `response` (the
    `httpx.Response`) say what happened.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        url: str,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.url = url
        self.body = body
        self.response = response


class ValidationError(APIError):
    """400: the server rejected the parameters or data; `errors` maps fields to messages."""

    @property
    def errors(self) -> dict[str, list[str]]:
        if not isinstance(self.body, Mapping):
            return {}
        return {
            str(k): [str(m) for m in (v if isinstance(v, list) else [v])]
            for k, v in self.body.items()
        }


class AuthenticationError(APIError):
    """401 (or a failed login): no valid token for this server."""

    def __init__(self, message: str, *, status_code: int = 401, url: str = "", **kw: Any) -> None:
        super().__init__(message, status_code=status_code, url=url, **kw)


class PermissionDeniedError(APIError):
    """403: the token is valid but may not do this."""


class NotFoundError(APIError):
    """404: no such record (in this portal)."""


class RateLimitError(APIError):
    """429: too many requests, still refused after the retries."""


class ServerError(APIError):
    """5xx: the server failed."""


class InvalidResponseError(APIError):
    """The server answered with a body that is not the JSON it should be."""


# The names these two had at first: they shadowed the built-ins in any module that
# imported them. Still importable from here, with a DeprecationWarning.
_RENAMED = {"ConnectionError": BrainstemConnectionError, "TimeoutError": BrainstemTimeoutError}


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        new = _RENAMED[name]
        warnings.warn(
            f"brainstem_api_tools.errors.{name} is deprecated and will be removed: use "
            f"{new.__name__} (it is also a built-in {name}, so `except {name}:` catches it)",
            DeprecationWarning,
            stacklevel=2,
        )
        return new
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _summary(body: Any) -> str:
    if isinstance(body, Mapping):
        if set(body) == {"detail"}:
            return str(body["detail"])
        parts = []
        for key, value in body.items():
            msgs = value if isinstance(value, list) else [value]
            parts.append(f"{key}: {' '.join(str(m) for m in msgs)}")
        return "; ".join(parts)
    return "" if body is None else str(body)[:200]


def error_for_response(response: httpx.Response, *, stale_token: bool = False) -> APIError:
    """The exception that describes an error response (status >= 400, or a redirect, which
    the client does not follow)."""
    status = response.status_code
    url = str(response.request.url) if response.request else ""
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    where = f"{response.request.method} {url}" if response.request else url
    detail = _summary(body) if body is not None else response.reason_phrase
    kw: dict[str, Any] = {"status_code": status, "url": url, "body": body, "response": response}
    if 300 <= status < 400:
        location = response.headers.get("location", "nowhere")
        return APIError(
            f"{status} {response.reason_phrase} from {where}: the server redirects to "
            f"{location}; redirects are not followed (the token must not go elsewhere). If the "
            "server moved, use its new address as the client's url (--url)",
            **kw,
        )
    if status == 400:
        return ValidationError(f"400 Bad Request from {where}: {detail}", **kw)
    if status == 401:
        what = "the cached token was refused (expired or revoked)" if stale_token else detail
        return AuthenticationError(f"401 Unauthorized from {where}: {what}; {LOGIN_HINT}", **kw)
    if status == 403:
        return PermissionDeniedError(
            f"403 Forbidden from {where}: {detail}; check your permissions on this record "
            "and that the portal is right (writes are private only)",
            **kw,
        )
    if status == 404:
        return NotFoundError(
            f"404 Not Found from {where}: check the id and that the record is in this portal", **kw
        )
    if status == 429:
        return RateLimitError(f"429 Too Many Requests from {where}: slow down and retry", **kw)
    if status >= 500:
        return ServerError(
            f"{status} {response.reason_phrase} from {where}: the server failed; retry later", **kw
        )
    return APIError(f"{status} {response.reason_phrase} from {where}: {detail}", **kw)
