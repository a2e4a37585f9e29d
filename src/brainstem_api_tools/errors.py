"""The exceptions of the BrainSTEM client: one tree under `BrainstemError`."""

from __future__ import annotations

import builtins
import json
import re
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI imports the errors without paying for httpx
    import httpx

    from brainstem_api_tools._model_info import ModelInfo

__all__ = [
    "APIError",
    "AuthenticationError",
    "BrainstemConnectionError",
    "BrainstemError",
    "BrainstemTimeoutError",
    "IncompleteResultError",
    "InvalidDataError",
    "InvalidResponseError",
    "MissingDependencyError",
    "MultipleMatchesError",
    "NameLookupError",
    "NoMatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransportError",
    "UsageError",
    "ValidationError",
    "WriteUncertainError",
    "error_for_response",
    "error_for_transport",
]

LOGIN_HINT = (
    "run `brainstem login` (or BrainstemClient(...) without a token) to log in again, "
    "or create a token at https://www.brainstem.org/private/users/tokens/"
)


class BrainstemError(Exception):
    """Base class of every error this package raises."""


class UsageError(BrainstemError, ValueError):
    """The call itself is wrong (unknown model, bad id, bad filter...); nothing was sent."""


class MissingDependencyError(UsageError, ImportError):
    """A feature needs an optional package that is not installed; the message says how to
    install it. `name` is the missing package. Also an `ImportError`."""

    def __init__(self, message: str, *, package: str) -> None:
        super().__init__(message)
        self.msg = message
        self.name = package


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
    """Paging could not gather every record (the collection changed underneath, or the server
    misbehaved): `load_all` returns nothing, `iter_records` stops after what it yielded."""


class APIError(BrainstemError):
    """The server answered with an error status.

    `status_code`, `url`, `body` (the parsed body, if JSON) and `response` (the
    `httpx.Response`) say what happened; `hint` (also at the end of the message) what to do
    about it, when the client can tell.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        url: str,
        body: Any = None,
        response: httpx.Response | None = None,
        hint: str = "",
    ) -> None:
        super().__init__(message)
        self.status_code: int | None = status_code
        self.url = url
        self.body = body
        self.response = response
        self.hint = hint


class ValidationError(APIError):
    """The data or parameters were refused: by the server (400), or before sending
    (`InvalidDataError`). `errors` maps each field to its messages."""

    @property
    def errors(self) -> dict[str, list[str]]:
        return field_messages(self.body)


class InvalidDataError(ValidationError, UsageError):
    """The data of a write does not fit the API (openapi.yaml), so nothing was sent.

    `errors` maps each field to its messages, as a 400 answer would; `body` holds them in
    the server's shape (nested by key or list index where DRF nests them). There is no
    `status_code` or `response`: the server was never asked.
    """

    def __init__(self, message: str, *, body: Mapping[str, Any]) -> None:
        BrainstemError.__init__(self, message)
        self.status_code = None
        self.url = ""
        self.body = body
        self.response = None


def field_messages(body: Any) -> dict[str, list[str]]:
    """A DRF error body as `{field: [messages]}`: a message nested under a list index or a
    sub-field is prefixed with its path (`0.url: Enter a valid URL.`)."""
    if not isinstance(body, Mapping):
        return {}
    return {str(key): _messages(value) for key, value in body.items()}


def _messages(value: Any, path: str = "") -> list[str]:
    prefix = f"{path}: " if path else ""
    if isinstance(value, Mapping):
        return [
            message
            for key, sub in value.items()
            for message in _messages(sub, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return [prefix + item for item in value]
        # DRF's answer for a list of objects: one (possibly empty) error object per item
        return [
            message
            for index, item in enumerate(value)
            for message in _messages(item, f"{path}.{index}" if path else str(index))
        ]
    return [prefix + str(value)]


class AuthenticationError(APIError):
    """401 (or a failed login): no valid token for this server.

    `token_source` says where the refused token came from (argument, environment, cache,
    login), when a token was sent.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 401,
        url: str = "",
        token_source: str | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(message, status_code=status_code, url=url, **kw)
        self.token_source = token_source


class PermissionDeniedError(APIError):
    """403: the token is valid but may not do this."""


class NotFoundError(APIError):
    """404: no such record (in this portal)."""


class NameLookupError(BrainstemError):
    """A record looked up by its name (`get(name=...)`, or `ByName` in filters) matched no
    record or several, so nothing more was sent. `names` lists each name that did not resolve;
    `matches` (several) or `candidates` (none: records whose name contains it in any case) the
    records found for the first, each a dict; `problem` the message without its advice."""

    def __init__(
        self,
        message: str,
        *,
        names: list[str],
        matches: list[dict[str, Any]] | None = None,
        candidates: list[dict[str, Any]] | None = None,
        problem: str = "",
    ) -> None:
        BrainstemError.__init__(self, message)
        self.names = names
        self.matches = matches or []
        self.candidates = candidates or []
        self.problem = problem or message


class NoMatchError(NameLookupError, NotFoundError):
    """No record has the name looked up; `candidates` are records whose name contains it in
    any case (a `NotFoundError`, as a 404 on an unknown id is)."""

    def __init__(self, message: str, *, url: str = "", **kw: Any) -> None:
        NameLookupError.__init__(self, message, **kw)
        self.status_code = None
        self.url = url
        self.body = None
        self.response = None
        self.hint = ""


class MultipleMatchesError(NameLookupError):
    """Several records have the name looked up; `matches` lists them. Pick one by its id, or
    narrow the search with filters."""


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
    if isinstance(body, list):  # DRF's ValidationError("...") answers a list of messages
        return " ".join(str(m) for m in body)
    return "" if body is None else str(body)[:200]


# -- hints: what to do next, for the errors the client can recognise ------------------------

_API_PATH = re.compile(
    r"/api/(?:private|public)/[^/]+/(?P<model>[^/]+)/(?:(?P<id>[^/]+)/)?(?:(?P<action>[^/]+)/)?$"
)
_FILTER = re.compile(r"^filter\{-?(?P<key>[^}]+)\}$")


def _model_of(path: str) -> tuple[ModelInfo, str | None, str | None] | None:
    """The model, record id and action a request path is for, if it is an API path."""
    match = _API_PATH.search(path)
    if match is None:
        return None
    from brainstem_api_tools._spec_tables import MODELS

    info = MODELS.get(match["model"])
    return None if info is None else (info, match["id"], match["action"])


def _is_id(model: ModelInfo, text: str) -> bool:
    import uuid

    if model.id_type == "integer":
        return text.strip().isdigit()
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


def _relation_by_name_hint(model: ModelInfo, params: list[tuple[str, str]]) -> str:
    """A 400 on `filter{projects}=My project`: relations are matched by id, names by
    `projects.name`."""
    import shlex

    from brainstem_api_tools._spec_tables import MODELS

    for key, value in params:
        match = _FILTER.match(key)
        if match is None:
            continue
        relation, *rest = match["key"].split(".")
        related = MODELS.get(model.relations.get(relation, ""))
        if related is None or rest not in ([], ["in"], ["exact"], ["id"], ["id", "in"]):
            continue
        many = rest[-1:] == ["in"]  # `in` lists its values as the parameter repeated
        values = [v for k, v in params if k == key] if many else [value]
        if all(_is_id(related, v) for v in values):
            continue
        if "name" not in related.fields:
            return (
                f"{relation} is matched by {related.name} id; to match another field, filter on "
                f"{relation}.FIELD (`brainstem models {related.name}` lists the fields)"
            )
        name_key = f"{relation}.name" + (".in" if many else "")
        shown: object = values if len(values) > 1 else value
        option = shlex.quote(f"{name_key}={','.join(values)}")
        return (
            f"{relation} is matched by {related.name} id, not by name; to match by name, filter "
            f"on {relation}.name: filters={{{name_key!r}: {shown!r}}} "
            f"(--filters {option} on the command line)"
        )
    return ""


def _reviewed_hint(model: ModelInfo, record_id: str | None, action: str | None, detail: str) -> str:
    """A 403 on accepting or rejecting an approval: most often, it was already reviewed."""
    if not model.name.endswith("approval") or action not in ("accept", "reject"):
        return ""
    see = (
        f"load it to see its status (client.load({model.name!r}, id={record_id!r}), "
        f"`brainstem load {model.name} --id {record_id}`)"
    )
    if "review" in detail.lower():
        return f"an approval is accepted or rejected only once; {see}"
    return (
        f"either this approval was already reviewed (an approval is accepted or rejected only "
        f"once: {see}), or your account may not review {model.name}s"
    )


def _hint(status: int, request: httpx.Request | None, detail: str) -> str:
    if request is None:
        return ""
    target = _model_of(request.url.path)
    if target is None:
        return ""
    model, record_id, action = target
    if status == 400 and request.method == "GET":
        from brainstem_api_tools.fieldnames import query_hints

        params = request.url.params.multi_items()
        hints = query_hints(model, params)  # the field names the spec does not know
        if record_id is None:
            hints.insert(0, _relation_by_name_hint(model, params))
        return "; ".join(hint for hint in hints if hint)
    if status == 403:
        return _reviewed_hint(model, record_id, action, detail)
    return ""


def _join(detail: str, hint: str) -> str:
    if not hint:
        return detail
    return f"{detail.rstrip('. ')}; {hint}" if detail else hint


def error_for_response(
    response: httpx.Response, *, token_source: str | None = None, refused: str | None = None
) -> APIError:
    """The exception that describes an error response (status >= 400, or a redirect, which
    the client does not follow). For a 401, `token_source` says where the refused token came
    from and `refused` what that means and what to do (`tokens.refused_token`)."""
    status = response.status_code
    request = response.request
    url = str(request.url)
    try:
        body: Any = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    where = f"{request.method} {url}"
    detail = _summary(body) if body is not None else response.reason_phrase
    hint = _hint(status, request, detail) if status in (400, 403) else ""
    kw: dict[str, Any] = {
        "status_code": status,
        "url": url,
        "body": body,
        "response": response,
        "hint": hint,
    }
    if 300 <= status < 400:
        location = response.headers.get("location", "nowhere")
        return APIError(
            f"{status} {response.reason_phrase} from {where}: the server redirects to "
            f"{location}; redirects are not followed (the token must not go elsewhere). If the "
            "server moved, use its new address as the client's url (--url)",
            **kw,
        )
    if status == 400:
        return ValidationError(f"400 Bad Request from {where}: {_join(detail, hint)}", **kw)
    if status == 401:
        return AuthenticationError(
            f"401 Unauthorized from {where}: {refused or f'{detail}; {LOGIN_HINT}'}",
            token_source=token_source,
            **kw,
        )
    if status == 403:
        hint = hint or (
            "check your permissions on this record and that the portal is right (writes are "
            "private only)"
        )
        return PermissionDeniedError(f"403 Forbidden from {where}: {_join(detail, hint)}", **kw)
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


def error_for_transport(
    exc: httpx.TransportError,
    *,
    method: str,
    url: str,
    server: str,
    sent_once: str | None = None,
    retried: bool = True,
    secret: str | None = None,
) -> TransportError:
    """The exception that describes a request to `url` that got no complete answer.

    `sent_once` is set for a write (sent at most once): what may have happened and how to find
    out. `retried` says whether the request went through the retry policy. `secret` (the
    token) is kept out of the text, whatever a lower layer put there.
    """
    from brainstem_api_tools._httpx import httpx

    where = f"{method} {url}"
    text = str(exc)[:300]
    if secret and len(secret) >= 8:
        text = text.replace(secret, "<token>")
    detail = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        return BrainstemConnectionError(
            f"could not connect to {server} ({type(exc).__name__}); nothing was sent"
            + (f": {text}" if text else "")
            + ". Check the URL, that the server is up, and your network",
            method=method,
            url=url,
        )
    if isinstance(exc, httpx.PoolTimeout):
        return BrainstemTimeoutError(
            f"{where}: no free connection within the timeout ({detail}); nothing was sent. "
            "Use fewer threads at once, or a longer timeout",
            method=method,
            url=url,
        )
    if sent_once is not None:
        return WriteUncertainError(
            f"{where}: the connection failed after the request was sent ({detail}), so "
            f"{sent_once}. It was not retried, so as not to do it twice",
            method=method,
            url=url,
        )
    how = "even after retries" if retried else "not retried"
    if isinstance(exc, httpx.TimeoutException):
        return BrainstemTimeoutError(
            f"{where}: no answer within the timeout ({detail}), {how}. The server "
            "may be overloaded: try again later, or pass a longer timeout",
            method=method,
            url=url,
        )
    return BrainstemConnectionError(
        f"{where}: the connection failed ({detail}), {how}. Try again later",
        method=method,
        url=url,
    )
