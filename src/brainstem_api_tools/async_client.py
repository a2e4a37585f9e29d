"""`AsyncBrainstemClient`: the API of `BrainstemClient` as coroutines (the asyncio I/O of
`BaseClient`)."""

from __future__ import annotations

import asyncio
import os
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO, TypeVar, overload

from brainstem_api_tools._base_client import BaseClient, PageRun, http_options
from brainstem_api_tools._calls import Call, action_call, delete_call, save_call
from brainstem_api_tools._httpx import httpx
from brainstem_api_tools._loader_methods import LoaderMixin
from brainstem_api_tools._transport import AsyncLazyTransport, AsyncRetryTransport, RetryPolicy
from brainstem_api_tools.auth import Clock
from brainstem_api_tools.models import get_model
from brainstem_api_tools.pagination import DEFAULT_PAGE_SIZE, Merged, Page, Tally
from brainstem_api_tools.progress import Meter, ProgressArg
from brainstem_api_tools.records import AsyncRecordIterator, Records
from brainstem_api_tools.response import Response

# As in client.py: what only some calls need is imported when first used.
if TYPE_CHECKING:
    from brainstem_api_tools import names
    from brainstem_api_tools.bulk import BulkRun, Planned, SaveManyResult
    from brainstem_api_tools.device_login import Answer, Send
    from brainstem_api_tools.export import ExportPlan, ExportResult, Fetch
    from brainstem_api_tools.rows import Row

__all__ = ["AsyncBrainstemClient"]

T = TypeVar("T")
Item = TypeVar("Item")


class AsyncBrainstemClient(
    BaseClient,
    LoaderMixin[Coroutine[Any, Any, Response[Any]], Coroutine[Any, Any, Records]],
):
    """An asyncio client for the BrainSTEM API, on one shared `httpx.AsyncClient`.

    Takes the arguments of `BrainstemClient`; its methods (`login`, `load`, `save`, `delete`,
    `action`, the convenience loaders) are coroutines and `iter_records` is an async
    iterator. Use it as `async with AsyncBrainstemClient(...) as client:`.

    Creating it does no I/O. Without a token (none given, in the environment or cached), the
    first request for private data runs the device login, once for all the requests waiting
    on it; `await client.login()` runs it up front. As for `BrainstemClient`, a process where
    no one could approve a login (see `interactive`) gets `AuthenticationError` at once.
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
        interactive: bool | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(
            token,
            headless,
            url,
            retries=retries,
            concurrency=concurrency,
            public=public,
            allow_insecure_http=allow_insecure_http,
            open_browser=open_browser,
            out=out,
            clock=clock,
        )
        if self._needs_login():
            self._may_log_in(interactive)  # no one to approve it: say so now, not later
        self._http = httpx.AsyncClient(
            **http_options(self.url, timeout),
            transport=AsyncRetryTransport(transport or AsyncLazyTransport(), self._policy),
            auth=self._auth(),
        )
        self._login_lock = asyncio.Lock()

    @classmethod
    def public(cls, url: str | None = None, **options: Any) -> AsyncBrainstemClient:
        """A client for the public portal (its default) that never asks for a login."""
        return cls(url=url, public=True, **options)

    async def login(self) -> Path:
        """As `BrainstemClient.login`; the waits never block the event loop."""
        from brainstem_api_tools.device_login import Send, Wait

        flow = self._login_flow()
        answer: Answer = None
        while True:
            try:
                step = flow.send(answer)
            except StopIteration as done:
                path = self._logged_in(done.value)
                self._http.auth = self._bearer()
                return path
            answer = None
            if isinstance(step, Send):
                answer = await self._send_login(step)
            elif isinstance(step, Wait):
                await self._clock.async_sleep(step.seconds)
            elif (url := self._show(step)) is not None:
                await asyncio.to_thread(self._open, url)

    async def _send_login(self, step: Send) -> Answer:
        request = self._login_request(step)
        try:
            return await self._http.request(**request)
        except httpx.TransportError as exc:
            return self._transport_error(exc, request)

    async def _logged_in_once(self) -> None:
        """The first request without a token logs in; the others wait for that login."""
        async with self._login_lock:
            if self._needs_login():
                await self.login()

    async def send(self, call: Call[T]) -> Response[T]:
        """Send one prepared call; transport failures raise, error statuses do not."""
        if self._needs_login() and self._portal_of(call) == "private":
            await self._logged_in_once()
        request = self._request(call)
        try:
            http = await self._http.request(**request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, request, call) from None
        return self._response(http, call)

    async def aclose(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncBrainstemClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- the API -----------------------------------------------------------------------------

    @overload
    async def load(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        options: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: Literal[False] = False,
        *,
        progress: ProgressArg = None,
    ) -> Response[Any]: ...

    @overload
    async def load(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        options: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        *,
        load_all: Literal[True],
        progress: ProgressArg = None,
    ) -> Records: ...

    @overload
    async def load(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        options: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        progress: ProgressArg = None,
    ) -> Response[Any] | Records: ...

    async def load(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        options: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        limit: int | None = None,
        offset: int | None = None,
        load_all: bool = False,
        *,
        progress: ProgressArg = None,
    ) -> Response[Any] | Records:
        """As `BrainstemClient.load`."""
        filters = await self._named_filters(model, portal, filters)
        plan = self._plan_load(
            model, portal, id, options, filters, sort, include, limit, offset, load_all
        )
        if isinstance(plan, PageRun):
            with plan.meter(progress) as report:
                merged, tally = Merged(), Tally(report)
                async for page in self._pages(plan):
                    merged.add(tally.add(page))
            assert merged.result is not None
            return plan.records(merged.result)
        return await self.send(plan)

    def iter_records(
        self,
        model: Any,
        portal: str | None = None,
        filters: Mapping[str, Any] | None = None,
        sort: str | Iterable[str] | None = None,
        include: str | Iterable[str] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        offset: int | None = None,
        *,
        progress: ProgressArg = None,
    ) -> AsyncRecordIterator:
        """As `BrainstemClient.iter_records` (`await it.to_dataframe()`); names in `filters`
        are looked up when iteration starts."""
        named = self._filter_names(model, portal, filters)
        run = self._plan_pages(
            model, portal, None if named else filters, sort, include, page_size, offset
        )
        report = run.meter(progress)

        async def records() -> AsyncIterator[dict[str, Any]]:
            ready = run
            if named is not None:
                scope = self._filters_resolved(named, await self._find_all(named.lookups))
                ready = self._plan_pages(model, portal, scope, sort, include, page_size, offset)
            async for record in self._records(ready, report):
                yield record

        return AsyncRecordIterator(records(), model=run.model, include=run.include)

    async def _records(self, run: PageRun, report: Meter) -> AsyncIterator[dict[str, Any]]:
        with report:
            tally = Tally(report)
            async for page in self._pages(run):
                for record in tally.add(page).records:
                    yield record

    async def save(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        data: Mapping[str, Any] | None = None,
        options: str | None = None,
        *,
        validate: bool = True,
    ) -> Response[Any]:
        """As `BrainstemClient.save`."""
        info = get_model(model)
        (resolved,) = await self._named_rows(info.name, portal, [data])
        data = self._resolved_data(info, resolved, data, id, options, validate)
        return await self.send(save_call(info, self._portal(portal), id, data, options, validate))

    async def get(
        self,
        model: Any,
        portal: str | None = None,
        *,
        id: Any = None,
        name: str | None = None,
        filters: Mapping[str, Any] | None = None,
        include: str | Iterable[str] | None = None,
        **fields: str,
    ) -> dict[str, Any]:
        """As `BrainstemClient.get`."""
        info, plan = self._plan_get(model, portal, id, name, fields, filters, include)
        if isinstance(plan, Call):
            return self._record(info, await self.send(plan))
        scope = await self._named_filters(info.name, portal, filters)
        return plan.record(await self._run(plan.flow(self._url, scope)))

    async def save_many(
        self,
        model: Any,
        records: Iterable[Mapping[str, Any]] | Iterable[Row],
        *,
        portal: str | None = None,
        validate: bool = True,
        skip_invalid: bool = False,
        dry_run: bool = False,
        concurrency: int | None = None,
        progress: ProgressArg = None,
        report: str | os.PathLike[str] | TextIO | None = None,
        resume: str | os.PathLike[str] | SaveManyResult | None = None,
    ) -> SaveManyResult:
        """As `BrainstemClient.save_many`. Cancelled, it waits for the rows in flight (cancelled
        again, it reports them uncertain)."""
        from brainstem_api_tools import bulk

        prepared = bulk.prepare(model, records, resume)
        meter = Meter(progress, f"Saving {prepared.info.name} records", unit="rows")
        rows = [row.data for row in prepared.unsettled]
        run = self._plan_many(
            prepared,
            await self._named_rows(prepared.info.name, portal, rows),
            portal=portal,
            validate=validate,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            concurrency=concurrency,
            progress=meter,
            report=report,
            resume=resume,
        )
        with meter, run:
            await self._send_rows(run)
        return run.result()

    async def delete(self, model: Any, portal: str | None = None, id: Any = None) -> Response[Any]:
        """As `BrainstemClient.delete`."""
        return await self.send(delete_call(get_model(model), self._portal(portal), id))

    async def action(
        self,
        model: Any,
        id: Any,
        action: str,
        data: Mapping[str, Any] | None = None,
        portal: str | None = None,
        *,
        validate: bool = True,
    ) -> Response[Any]:
        """As `BrainstemClient.action`."""
        return await self.send(
            action_call(get_model(model), self._portal(portal), id, action, data, validate)
        )

    # -- names -------------------------------------------------------------------------------

    async def _run(self, flow: names.Flow) -> names.Found:
        """As `BrainstemClient._run`, awaiting each request."""
        try:
            call = next(flow)
            while True:
                call = flow.send(await self.send(call))
        except StopIteration as done:
            found: names.Found = done.value
            return found

    async def _find_all(self, lookups: list[names.Lookup]) -> dict[names.Lookup, names.Found]:
        """Each lookup done once, `concurrency` at a time."""
        if not lookups:
            return {}

        from brainstem_api_tools import names

        async def look(lookup: names.Lookup) -> names.Found:
            return await self._run(names.find(lookup, self._url))

        found = [result async for result in self._ordered(look, lookups)]
        return dict(zip(lookups, found, strict=True))

    async def _named_filters(
        self, model: Any, portal: str | None, filters: Mapping[str, Any] | None
    ) -> Mapping[str, Any] | None:
        plan = self._filter_names(model, portal, filters)
        if plan is None:
            return filters
        return self._filters_resolved(plan, await self._find_all(plan.lookups))

    async def _named_rows(
        self, model: Any, portal: str | None, rows: Iterable[Any]
    ) -> list[names.Resolved | None]:
        """The data of each write with ids for its names (None: it gives none), each
        distinct name looked up once; the problems of the names that did not resolve are in
        each `Resolved`."""
        plan = self._plan_rows(model, portal, rows)
        return plan.apply(await self._find_all(plan.lookups))

    async def export_project(
        self,
        id: Any,
        out: str | os.PathLike[str],
        *,
        portal: str | None = None,
        progress: ProgressArg = None,
    ) -> ExportResult:
        """As `BrainstemClient.export_project`."""
        meter = Meter(progress, "Exporting the project", unit="records")
        plan = self._plan_export(id, out, portal, meter)
        with meter:
            return await self._run_export(plan)

    async def _run_export(self, plan: ExportPlan) -> ExportResult:
        while fetches := plan.next_round():
            answers = [answer async for answer in self._ordered(self._fetch, fetches)]
            for fetch, answer in zip(fetches, answers, strict=True):
                plan.add(fetch, answer)
        return await asyncio.to_thread(plan.write)

    async def _fetch(self, fetch: Fetch) -> Response[Any] | list[dict[str, Any]]:
        plan = self._plan_fetch(fetch)
        if isinstance(plan, PageRun):
            return [record async for page in self._pages(plan) for record in page.records]
        return await self.send(plan)

    # -- many writes -------------------------------------------------------------------------

    async def _send_rows(self, run: BulkRun) -> None:
        """Send the planned rows, `run.width` at a time, until done or stopped."""
        out: dict[asyncio.Task[Response[object]], Planned] = {}
        rows = iter(run.to_send)
        try:
            while True:
                while len(out) < run.width and run.stopped is None:
                    planned = next(rows, None)
                    if planned is None:
                        break
                    run.started(planned)
                    out[asyncio.ensure_future(self.send(planned.call))] = planned
                if not out:
                    return
                done, _ = await asyncio.wait(out, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    run.answered(out.pop(task), *_answer(task))
        except BaseException:
            run.stop("was interrupted")
            if out:  # let the requests in flight end, so that their outcomes are known
                done, _ = await asyncio.wait(out)
                for task in done:
                    run.answered(out.pop(task), *_answer(task))
            raise
        finally:
            for task in out:  # cancelled again: reported uncertain
                task.cancel()

    # -- paging ------------------------------------------------------------------------------

    async def _pages(self, run: PageRun) -> AsyncIterator[Page]:
        async def fetch(offset: int) -> Page:
            return run.page(await self.send(run.call(offset)), offset)

        first = await fetch(run.start)
        yield first
        pager = run.pager(first)
        offsets = pager.known_offsets()
        if offsets is not None:
            async for page in self._ordered(fetch, offsets):
                yield pager.check(page)
            return
        while (window := pager.next_window()) is not None:
            for page in pager.accept([page async for page in self._ordered(fetch, window)]):
                yield page

    async def _ordered(
        self, fn: Callable[[Item], Awaitable[T]], items: Iterable[Item]
    ) -> AsyncIterator[T]:
        """Await `fn` over `items` with up to `concurrency` in flight, results in order."""
        width = self._concurrency
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


def _answer(
    task: asyncio.Task[Response[object]],
) -> tuple[Response[object] | None, BaseException | None]:
    if task.cancelled():
        return None, asyncio.CancelledError()
    error = task.exception()
    return (None, error) if error is not None else (task.result(), None)
