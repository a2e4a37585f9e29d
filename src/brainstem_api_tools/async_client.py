"""`AsyncBrainstemClient`: the same API as `BrainstemClient`, as coroutines."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Mapping
from typing import Any, TextIO, TypeVar

import httpx

from brainstem_api_tools import tokens
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
from brainstem_api_tools._transport import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    retry_policy,
)
from brainstem_api_tools.client import _Settings, device_login, http_options
from brainstem_api_tools.models import get_model
from brainstem_api_tools.pagination import DEFAULT_PAGE_SIZE, Merged, Page, Pager, read_page
from brainstem_api_tools.response import Response

__all__ = ["AsyncBrainstemClient"]

T = TypeVar("T")


class AsyncBrainstemClient(
    LoaderMixin[Coroutine[Any, Any, Response], Coroutine[Any, Any, dict[str, Any]]]
):
    """An asyncio client for the BrainSTEM API, on one shared `httpx.AsyncClient`.

    Takes the arguments of `BrainstemClient`; its methods (`load`, `save`, `delete`,
    `action`, the convenience loaders) are coroutines and `iter_records` is an async
    iterator. Use it as `async with AsyncBrainstemClient(...) as client:`.
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
        transport: httpx.AsyncBaseTransport | None = None,
        open_browser: Callable[[str], bool] | None = None,
        out: TextIO | None = None,
    ) -> None:
        from brainstem_api_client import Client

        base = tokens.server_url(url)
        policy = retry_policy(retries)

        def login() -> str:
            # Logging in is interactive and happens once: a short-lived sync client does it.
            with httpx.Client(
                **http_options(base, timeout),
                transport=RetryTransport(httpx.HTTPTransport(), policy),
            ) as http:
                return device_login(http, headless, open_browser, out)

        self._settings = _Settings(
            token,
            base,
            concurrency=concurrency,
            public=public,
            allow_insecure_http=allow_insecure_http,
            login=login,
        )
        self._http = httpx.AsyncClient(
            **http_options(base, timeout),
            transport=AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), policy),
        )
        auth = self._settings.auth()
        if auth is not None:
            self._http.auth = auth
        self._gen = Client(base_url=base).set_async_httpx_client(self._http)

    @classmethod
    def public(cls, url: str | None = None, **options: Any) -> AsyncBrainstemClient:
        """A client for the public portal that never asks for a login."""
        return cls(url=url, public=True, **options)

    @property
    def url(self) -> str:
        return self._settings.url

    async def send(self, call: Call) -> Response:
        """Send one prepared call; transport failures raise, error statuses do not."""
        self._settings.check_can_send(call)
        request = call.request()
        try:
            http = await self._http.request(**request)
        except httpx.TransportError as exc:
            raise self._settings.describe_transport_error(exc, call, request) from None
        return Response(
            http, call.parser(self._gen), stale_token=self._settings.token_source == "cache"
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncBrainstemClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncBrainstemClient({self._settings!r})"

    async def load(
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
        """As `BrainstemClient.load`."""
        info = get_model(model)
        if load_all:
            check_load_all(id, options)
            merged = Merged()
            async for page in self._pages(info, portal, filters, sort, include, limit, offset):
                merged.add(page)
            return merged.result
        return await self.send(
            load_call(info, portal, id, options, filters, sort, include, limit, offset)
        )

    async def iter_records(
        self,
        model: Any,
        portal: str = "private",
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Yield every record of `model`, holding only the pages in flight."""
        info = get_model(model)
        async for page in self._pages(info, portal, filters, sort, include, page_size, offset):
            for record in page.records:
                yield record

    async def save(
        self,
        model: Any,
        portal: str = "private",
        id: Any = None,
        data: Mapping[str, Any] | None = None,
        options: str | None = None,
    ) -> Response:
        """As `BrainstemClient.save`."""
        return await self.send(save_call(get_model(model), portal, id, data, options))

    async def delete(self, model: Any, portal: str = "private", id: Any = None) -> Response:
        """As `BrainstemClient.delete`."""
        return await self.send(delete_call(get_model(model), portal, id))

    async def action(
        self,
        model: Any,
        id: Any,
        action: str,
        data: Mapping[str, Any] | None = None,
        portal: str = "private",
    ) -> Response:
        """As `BrainstemClient.action`."""
        return await self.send(action_call(get_model(model), portal, id, action, data))

    async def _pages(
        self,
        info: Any,
        portal: str,
        filters: Mapping[str, Any] | None,
        sort: Any,
        include: Any,
        limit: int | None,
        offset: int | None,
    ) -> AsyncIterator[Page]:
        paging = Paging.plan(info, portal, filters, sort, include, limit, offset)
        url = paging.url(self.url)

        async def fetch(off: int) -> Page:
            response = (await self.send(paging.call(off))).raise_for_status()
            return read_page(response.json(), off, info.list_key, url)

        first = await fetch(paging.start)
        yield first
        pager = Pager(first, paging.page_size, self._settings.concurrency, url)
        offsets = pager.known_offsets()
        if offsets is not None:
            async for page in self._ordered(fetch, offsets):
                yield pager.check(page)
            return
        while (window := pager.next_window()) is not None:
            pages = [page async for page in self._ordered(fetch, window)]
            for page in pager.accept(pages):
                yield page

    async def _ordered(
        self, fn: Callable[[int], Awaitable[T]], items: Iterable[int]
    ) -> AsyncIterator[T]:
        """Await `fn` over `items` with up to `concurrency` in flight, results in order."""
        width = self._settings.concurrency
        pending: deque[asyncio.Task[T]] = deque()
        iterator = iter(items)
        try:
            for item in iterator:
                pending.append(asyncio.ensure_future(fn(item)))
                if len(pending) >= width:
                    break
            while pending:
                result = await pending.popleft()
                for item in iterator:
                    pending.append(asyncio.ensure_future(fn(item)))
                    break
                yield result
        finally:
            for task in pending:
                task.cancel()
