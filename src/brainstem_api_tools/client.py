"""`BrainstemClient`: load, save and delete BrainSTEM records."""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TextIO, TypeVar

import httpx

from brainstem_api_tools import __version__, tokens
from brainstem_api_tools._calls import (
    Call,
    Paging,
    action_call,
    check_load_all,
    delete_call,
    load_call,
    save_call,
)
from brainstem_api_tools._loader_methods import LoaderMixin
from brainstem_api_tools._transport import RetryPolicy, RetryTransport, retry_policy
from brainstem_api_tools.auth import BearerAuth, DeviceLogin, check_token, require_secure
from brainstem_api_tools.errors import (
    BrainstemConnectionError,
    BrainstemTimeoutError,
    TransportError,
    UsageError,
    WriteUncertainError,
)
from brainstem_api_tools.models import get_model
from brainstem_api_tools.pagination import (
    DEFAULT_PAGE_SIZE,
    Page,
    Pager,
    merge_pages,
    read_page,
)
from brainstem_api_tools.response import Response

__all__ = ["BrainstemClient", "RetryPolicy"]

T = TypeVar("T")
USER_AGENT = f"brainstem_python_api_tools/{__version__} (python-httpx)"


def http_options(base: str, timeout: float | httpx.Timeout | None) -> dict[str, Any]:
    """The settings of the httpx client (sync or async) under the generated one."""
    return {
        "base_url": base,
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        "follow_redirects": False,  # a redirect is reported, never followed with the token
    }


class _Settings:
    """What the sync and async clients share: server, token and request construction."""

    def __init__(
        self,
        token: str | None,
        url: str,
        *,
        concurrency: int,
        public: bool,
        allow_insecure_http: bool,
        login: Callable[[], str] | None,
    ) -> None:
        self.url = url
        if not isinstance(concurrency, int) or concurrency < 1:
            raise UsageError(f"concurrency must be a whole number >= 1, not {concurrency!r}")
        self.concurrency = concurrency
        self.allow_insecure_http = allow_insecure_http
        self.token_source: str | None = None
        self._token: str | None = None
        from_env = tokens.env_token()
        env = from_env[1] if from_env else None
        if token:
            self._token, self.token_source = str(token).strip(), "argument"
        elif env:
            self._token, self.token_source = env, "environment"
        elif not public:
            cached = tokens.load_token(self.url)
            if cached:
                self._token, self.token_source = cached, "cache"
            elif login is not None:
                self._check_secure()
                self._token, self.token_source = login(), "login"
                tokens.save_token(self._token, self.url)
        if self._token:
            check_token(self._token, self.token_source or "")
            self._check_secure()

    def _check_secure(self) -> None:
        require_secure(httpx.URL(self.url), self.allow_insecure_http)

    def auth(self) -> httpx.Auth | None:
        if self._token is None:
            return None
        return BearerAuth(self._token, self.url, allow_insecure_http=self.allow_insecure_http)

    def check_can_send(self, call: Call) -> None:
        portal = str(call.args["portal"].value)
        if portal == "private" and self._token is None:
            raise UsageError(
                "this client has no token, so it can only read the public portal: pass "
                "portal='public', or log in (`brainstem login` or BrainstemClient())"
            )

    def describe_transport_error(
        self, exc: httpx.TransportError, call: Call | None, request: dict[str, Any]
    ) -> TransportError:
        return transport_error(exc, self.url, request, call, self._token)

    def __repr__(self) -> str:
        return f"url={self.url!r}, token={'<hidden>' if self._token else None}"


def transport_error(
    exc: httpx.TransportError,
    server: str,
    request: dict[str, Any],
    call: Call | None = None,
    secret: str | None = None,
) -> TransportError:
    """Our exception for a request (`httpx.Client.request` arguments) to `server` that got no
    complete answer; `call` None for the login requests; `secret` is kept out of the text."""
    method = str(request["method"]).upper()
    url = str(
        httpx.Request(
            method, httpx.URL(server).join(request["url"]), params=request.get("params")
        ).url
    )
    where = f"{method} {url}"
    text = str(exc)[:300]
    if secret and len(secret) >= 8:  # never in a message, whatever a lower layer put there
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
    if call is not None and call.is_write:
        return WriteUncertainError(
            f"{where}: the connection failed after the request was sent ({detail}), so "
            f"{_uncertain(call)}. It was not retried, so as not to do it twice",
            method=method,
            url=url,
        )
    retried = "even after retries" if call is not None else "not retried"
    if isinstance(exc, httpx.TimeoutException):
        return BrainstemTimeoutError(
            f"{where}: no answer within the timeout ({detail}), {retried}. The server "
            "may be overloaded: try again later, or pass a longer timeout",
            method=method,
            url=url,
        )
    return BrainstemConnectionError(
        f"{where}: the connection failed ({detail}), {retried}. Try again later",
        method=method,
        url=url,
    )


def _uncertain(call: Call) -> str:
    """What may have happened to a write whose answer was lost, and how to find out."""
    model = call.model.name
    record_id = call.args.get("id")
    if call.op.method == "POST" and record_id is None:
        return (
            f"the {model} may or may not have been created. Before saving it again, load "
            f"{model} records with a filter on a field you set (e.g. name) to see whether it "
            "is there"
        )
    action = next((name for name, op in call.model.actions.items() if op == call.op), None)
    if action is not None:
        return (
            f"the action {action!r} may or may not have been done. Load {model} {record_id} "
            "to see its state before trying again"
        )
    return (
        f"the change may or may not have been applied. Load {model} {record_id} to see its "
        "current fields before trying again"
    )


def device_login(
    http: httpx.Client,
    headless: bool,
    open_browser: Callable[[str], bool] | None = None,
    out: TextIO | None = None,
) -> str:
    """Run the device login flow through the generated auth endpoints; return the token."""
    from brainstem_api_client.api.auth import device_authorization_create, device_token_create

    from brainstem_api_tools._calls import RawBody

    def send(module: Any, body: dict[str, Any]) -> httpx.Response:
        request = module._get_kwargs(body=RawBody(body))
        try:
            return http.request(**request)
        except httpx.TransportError as exc:
            raise transport_error(exc, str(http.base_url), request) from None

    login = DeviceLogin(
        start=lambda name: send(device_authorization_create, {"client_name": name}),
        poll=lambda code: send(device_token_create, {"device_code": code}),
        headless=headless,
        out=out or sys.stderr,
    )
    if open_browser is not None:
        login.open_browser = open_browser
    return login.run()


class BrainstemClient(LoaderMixin[Response, dict[str, Any]]):
    """A client for the BrainSTEM API.

    The server is `url`, else the `BRAINSTEM_URL` environment variable, else
    https://www.brainstem.org. The token is, in order: the `token` argument, the
    `BRAINSTEM_TOKEN` (or `BRAINSTEM_API_TOKEN`) environment variable, the token cached for this
    server, or a new one from the device login flow (a browser window, or with `headless=True`
    a URL and a code to enter on any device), which is then cached. `public=True` makes a
    client for public data that never logs in.

    Requests time out after `timeout` seconds; idempotent ones are retried `retries` times on
    transient failures (`retries` may also be a `RetryPolicy`: backoff, time budget...).
    `load_all` and `iter_records` fetch up to `concurrency` pages at once.
    """

    def __init__(
        self,
        token: str | None = None,
        headless: bool = False,
        url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = 30.0,
        retries: int | RetryPolicy = RetryPolicy.retries,
        concurrency: int = 8,
        public: bool = False,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        open_browser: Callable[[str], bool] | None = None,
        out: TextIO | None = None,
    ) -> None:
        from brainstem_api_client import Client

        base = tokens.server_url(url)
        self._headless = headless
        self._open_browser = open_browser
        self._out = out
        self._http = httpx.Client(
            **http_options(base, timeout),
            transport=RetryTransport(transport or httpx.HTTPTransport(), retry_policy(retries)),
        )
        # The generated client only lends its parsers our httpx client.
        self._gen = Client(base_url=base).set_httpx_client(self._http)
        try:
            self._settings = _Settings(
                token,
                base,
                concurrency=concurrency,
                public=public,
                allow_insecure_http=allow_insecure_http,
                login=self._device_login,
            )
        except BaseException:
            self._http.close()
            raise
        auth = self._settings.auth()
        if auth is not None:
            self._http.auth = auth

    @classmethod
    def public(cls, url: str | None = None, **options: Any) -> BrainstemClient:
        """A client for the public portal that never asks for a login."""
        return cls(url=url, public=True, **options)

    # -- login -------------------------------------------------------------------------------

    def _device_login(self) -> str:
        return device_login(self._http, self._headless, self._open_browser, self._out)

    def login(self) -> Path:
        """Run the device login flow now, even with a token at hand, and use its token.

        The new token is cached for this server (replacing any cached one); returns the
        cache file's path. The token itself is never printed.
        """
        self._settings._check_secure()
        token = self._device_login()
        path = tokens.save_token(token, self.url)
        self._settings._token, self._settings.token_source = token, "login"
        self._http.auth = BearerAuth(
            token, self.url, allow_insecure_http=self._settings.allow_insecure_http
        )
        return path

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server this client talks to."""
        return self._settings.url

    @property
    def token_source(self) -> str | None:
        """Where the token came from: argument, environment, cache, login, or None."""
        return self._settings.token_source

    def send(self, call: Call) -> Response:
        """Send one prepared call; transport failures raise, error statuses do not."""
        self._settings.check_can_send(call)
        request = call.request()
        try:
            http = self._http.request(**request)
        except httpx.TransportError as exc:
            raise self._settings.describe_transport_error(exc, call, request) from None
        return Response(
            http, call.parser(self._gen), stale_token=self._settings.token_source == "cache"
        )

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> BrainstemClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"BrainstemClient({self._settings!r})"

    # -- the API -----------------------------------------------------------------------------

    def load(
        self,
        model: Any,
        portal: str = "private",
        id: Any = None,
        options: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
    ) -> Any:
        """Load records of `model`.

        Without `load_all`, returns the `Response` of one request: a page of records, or the
        record `id` (with `include` and `filters` applied to it too). With `load_all=True`,
        fetches every page and returns one dict with all records under the plural key.
        `options` names a custom action (e.g. "accept") on record `id`.
        """
        info = get_model(model)
        if load_all:
            check_load_all(id, options)
            return merge_pages(self._pages(info, portal, filters, sort, include, limit, offset))
        return self.send(
            load_call(info, portal, id, options, filters, sort, include, limit, offset)
        )

    def iter_records(
        self,
        model: Any,
        portal: str = "private",
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Yield every record of `model`, page by page, holding only the pages in flight.

        Paging is by offset: to delete (or change) the records you iterate over, collect their
        ids first (`ids = [r["id"] for r in client.iter_records(...)]`), then act on them.
        """
        info = get_model(model)
        for page in self._pages(info, portal, filters, sort, include, page_size, offset):
            yield from page.records

    def save(
        self,
        model: Any,
        portal: str = "private",
        id: Any = None,
        data: Mapping[str, Any] | None = None,
        options: str | None = None,
    ) -> Response:
        """Create a record (POST) or, with `id`, change the given fields (PATCH).

        `options` names a custom action (e.g. "add_entry") on record `id`, with `data`.
        Never retried once it may have reached the server.
        """
        return self.send(save_call(get_model(model), portal, id, data, options))

    def delete(self, model: Any, portal: str = "private", id: Any = None) -> Response:
        """Delete record `id`; a 204 response means it is gone."""
        return self.send(delete_call(get_model(model), portal, id))

    def action(
        self,
        model: Any,
        id: Any,
        action: str,
        data: Mapping[str, Any] | None = None,
        portal: str = "private",
    ) -> Response:
        """Run a custom action (accept, reject, cancel, join, leave, add_entry, ...) on `id`."""
        return self.send(action_call(get_model(model), portal, id, action, data))

    # -- paging ------------------------------------------------------------------------------

    def _pages(
        self,
        info: Any,
        portal: str,
        filters: Mapping[str, Any] | None,
        sort: Any,
        include: Any,
        limit: int | None,
        offset: int | None,
    ) -> Iterator[Page]:
        paging = Paging.plan(info, portal, filters, sort, include, limit, offset)
        url = paging.url(self.url)

        def fetch(off: int) -> Page:
            response = self.send(paging.call(off)).raise_for_status()
            return read_page(response.json(), off, info.list_key, url)

        first = fetch(paging.start)
        yield first
        pager = Pager(first, paging.page_size, self._settings.concurrency, url)
        offsets = pager.known_offsets()
        if offsets is not None:
            for page in self._ordered(fetch, offsets):
                yield pager.check(page)
            return
        while (window := pager.next_window()) is not None:
            yield from pager.accept(list(self._ordered(fetch, window)))

    def _ordered(self, fn: Callable[[int], T], items: Iterable[int]) -> Iterator[T]:
        """`map(fn, items)` with up to `concurrency` calls in flight, results in order."""
        width = self._settings.concurrency
        if width == 1:
            yield from map(fn, items)
            return
        pending: deque[Future[T]] = deque()
        iterator = iter(items)
        with ThreadPoolExecutor(max_workers=width, thread_name_prefix="brainstem-page") as pool:
            try:
                for item in iterator:
                    pending.append(pool.submit(fn, item))
                    if len(pending) >= width:
                        break
                while pending:
                    result = pending.popleft().result()
                    for item in iterator:
                        pending.append(pool.submit(fn, item))
                        break
                    yield result
            finally:
                for future in pending:
                    future.cancel()
