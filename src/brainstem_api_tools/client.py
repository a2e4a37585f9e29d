"""`BrainstemClient`: load, save and delete BrainSTEM records (the blocking I/O of `BaseClient`)."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO, TypeVar, overload

from brainstem_api_tools._base_client import BaseClient, PageRun, http_options
from brainstem_api_tools._calls import Call, action_call, delete_call, save_call
from brainstem_api_tools._httpx import httpx
from brainstem_api_tools._loader_methods import LoaderMixin
from brainstem_api_tools._transport import LazyTransport, RetryPolicy, RetryTransport
from brainstem_api_tools.auth import Clock
from brainstem_api_tools.models import get_model
from brainstem_api_tools.pagination import DEFAULT_PAGE_SIZE, Page, Tally, merge_pages
from brainstem_api_tools.progress import Meter, ProgressArg
from brainstem_api_tools.records import RecordIterator, Records
from brainstem_api_tools.response import Response

# What only saving many, names, exports or concurrency need is imported when first used:
# a script that loads a page starts without it.
if TYPE_CHECKING:
    from concurrent.futures import Future

    from brainstem_api_tools import names
    from brainstem_api_tools.bulk import BulkRun, Planned, SaveManyResult
    from brainstem_api_tools.device_login import Answer, Send
    from brainstem_api_tools.export import ExportPlan, ExportResult, Fetch
    from brainstem_api_tools.rows import Row

__all__ = ["BrainstemClient", "RetryPolicy"]

T = TypeVar("T")
Item = TypeVar("Item")


class BrainstemClient(BaseClient, LoaderMixin[Response[Any], Records]):
    """A client for the BrainSTEM API.

    The server is `url`, else the `BRAINSTEM_URL` environment variable, else
    https://www.brainstem.org. The token is, in order: the `token` argument, the
    `BRAINSTEM_TOKEN` (or `BRAINSTEM_API_TOKEN`) environment variable, the token cached for this
    server, or a new one from the device login flow (a browser window, or with `headless=True`
    a URL and a code to enter on any device), which is then cached. The environment's token
    is only for its own server: `BRAINSTEM_URL`, else the default one. `public=True` makes a
    client for public data (the default portal of its requests) that never logs in.

    A login needs someone to approve it: without a terminal or a notebook (cron, CI,
    `< /dev/null`) the client raises `AuthenticationError` at once rather than wait.
    `interactive=False` (or `BRAINSTEM_INTERACTIVE=0`) forbids the login outright,
    `interactive=True` (or `BRAINSTEM_INTERACTIVE=1`) allows it anywhere; `login()` always
    runs it.

    Requests time out after `timeout` seconds; idempotent ones are retried `retries` times on
    transient failures (`retries` may also be a `RetryPolicy`: backoff, time budget...).
    `load_all` and `iter_records` fetch up to `concurrency` pages at once. `clock` is the time
    the login waits by (see `auth.Clock`).
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
        self._http = httpx.Client(
            **http_options(self.url, timeout),
            transport=RetryTransport(transport or LazyTransport(), self._policy),
            auth=self._auth(),
        )
        if self._needs_login():
            try:
                self._may_log_in(interactive)
                self.login()
            except BaseException:
                self._http.close()
                raise

    @classmethod
    def public(cls, url: str | None = None, **options: Any) -> BrainstemClient:
        """A client for the public portal (its default) that never asks for a login."""
        return cls(url=url, public=True, **options)

    def login(self) -> Path:
        """Run the device login flow now, even with a token at hand, and use its token.

        The new token is cached for this server (replacing any cached one); returns the
        cache file's path. The token itself is never printed.
        """
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
                answer = self._send_login(step)
            elif isinstance(step, Wait):
                self._clock.sleep(step.seconds)
            elif (url := self._show(step)) is not None:
                self._open(url)

    def _send_login(self, step: Send) -> Answer:
        request = self._login_request(step)
        try:
            return self._http.request(**request)
        except httpx.TransportError as exc:
            return self._transport_error(exc, request)

    def send(self, call: Call[T]) -> Response[T]:
        """Send one prepared call; transport failures raise, error statuses do not."""
        request = self._request(call)
        try:
            http = self._http.request(**request)
        except httpx.TransportError as exc:
            raise self._transport_error(exc, request, call) from None
        return self._response(http, call)

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> BrainstemClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the API -----------------------------------------------------------------------------

    @overload
    def load(
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
    def load(
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
    def load(
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

    def load(
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
        """Load records of `model` from `portal` (default: `private`, or `public` for a
        public client).

        Without `load_all`, returns the `Response` of one request: a page of records, or the
        record `id` (with `include` and `filters` applied to it too). With `load_all=True`,
        fetches every page and returns one dict (a `Records`) with all records under the
        plural key; `.to_dataframe()` makes a DataFrame of them. `progress=True` shows a
        progress bar, `progress(done, total)` is called as each page arrives. `options` names
        a custom action (e.g. "accept") on record `id`. A filter on a relation may give the
        related record by name: `filters={"projects.id": ByName("Visual cortex plasticity")}`.
        """
        filters = self._named_filters(model, portal, filters)
        plan = self._plan_load(
            model, portal, id, options, filters, sort, include, limit, offset, load_all
        )
        if isinstance(plan, PageRun):
            with plan.meter(progress) as report:
                return plan.records(merge_pages(Tally(report).each(self._pages(plan))))
        return self.send(plan)

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
    ) -> RecordIterator:
        """Yield every record of `model`, page by page, holding only the pages in flight;
        `progress=True` shows a progress bar, `progress(done, total)` is called as each page
        arrives. `.to_dataframe()` on the iterator gathers the records into a DataFrame.

        Paging is by offset: to delete (or change) the records you iterate over, collect their
        ids first (`ids = [r["id"] for r in client.iter_records(...)]`), then act on them.
        """
        filters = self._named_filters(model, portal, filters)
        run = self._plan_pages(model, portal, filters, sort, include, page_size, offset)
        return RecordIterator(
            self._records(run, run.meter(progress)), model=run.model, include=run.include
        )

    def _records(self, run: PageRun, report: Meter) -> Iterator[dict[str, Any]]:
        with report:
            for page in Tally(report).each(self._pages(run)):
                yield from page.records

    def save(
        self,
        model: Any,
        portal: str | None = None,
        id: Any = None,
        data: Mapping[str, Any] | None = None,
        options: str | None = None,
        *,
        validate: bool = True,
    ) -> Response[Any]:
        """Create a record (POST) or, with `id`, change the given fields (PATCH).

        `options` names a custom action (e.g. "add_entry") on record `id`, with `data`.
        `data` is checked against the API's request schema first: an unknown or read-only
        field, a missing required one or a bad value raises `InvalidDataError` and nothing is
        sent. `validate=False` skips the check (for a field newer than this client). Dates,
        datetimes, UUIDs and enums in `data` are sent as ISO 8601 and plain strings.
        Never retried once it may have reached the server.

        A related record may be given by name, `{"projects": [ByName("Visual cortex")]}` (or
        with a `projects:name` key): each name is looked up first, and unless every one
        matches exactly one record, `InvalidDataError` lists them and nothing is written.
        """
        info = get_model(model)
        (resolved,) = self._named_rows(info.name, portal, [data])
        data = self._resolved_data(info, resolved, data, id, options, validate)
        return self.send(save_call(info, self._portal(portal), id, data, options, validate))

    def get(
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
        """The one record of `model` with this `name` (or `id`), as a dict.

        The name must match exactly, case included (surrounding spaces aside), and only one
        record: `NoMatchError` (a `NotFoundError`) lists the records whose name contains it
        in any case, `MultipleMatchesError` the records that share it. A model's name is its
        `name` field, else its `title` (publications), else its unique field (a user's
        `email`); those fields are accepted as keywords too: `get("user", email=...)`.
        `filters` narrow the search, `include` adds related records, as in `load`.
        """
        info, plan = self._plan_get(model, portal, id, name, fields, filters, include)
        if isinstance(plan, Call):
            return self._record(info, self.send(plan))
        scope = self._named_filters(info.name, portal, filters)
        return plan.record(self._run(plan.flow(self._url, scope)))

    def save_many(
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
        """Save many records of `model`, `concurrency` at a time (default: the client's, 8).

        Each record (a dict, or a `Row` of `rows.read_rows`) with an `id` updates that record
        with its other fields (PATCH); one without creates a record (POST). Every record is
        checked first, as `save` checks its data: if any is invalid, `InvalidDataError` lists
        them by row (the position in `records`, from 0, or the `Row`'s number) and nothing is
        sent, unless `skip_invalid=True`, which sends the valid ones. `dry_run=True` checks and
        plans (each row `create`, `update` or `invalid`) and sends nothing.

        Returns a `SaveManyResult` with the outcome of each row rather than raising when one
        fails: created, updated, invalid, failed (not done: send it again), uncertain (sent,
        but no answer says whether it was applied: never sent again without a check) or
        skipped. `report` (a path, `.csv` or JSONL, or a text stream) gets each row's outcome
        as it comes; `resume` (an earlier report or result) skips the rows it shows done and
        keeps its uncertain ones, and a resumed report file is updated unless `report` names
        another. `progress(done, total)` is called as rows are answered. After Ctrl-C, the
        rows in flight are waited for (a second Ctrl-C reports them uncertain); rows not sent
        are reported failed.
        """
        from brainstem_api_tools import bulk

        prepared = bulk.prepare(model, records, resume)
        meter = Meter(progress, f"Saving {prepared.info.name} records", unit="rows")
        rows = [row.data for row in prepared.unsettled]
        run = self._plan_many(
            prepared,
            self._named_rows(prepared.info.name, portal, rows),
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
            self._send_rows(run)
        return run.result()

    def delete(self, model: Any, portal: str | None = None, id: Any = None) -> Response[Any]:
        """Delete record `id`; a 204 response means it is gone."""
        return self.send(delete_call(get_model(model), self._portal(portal), id))

    def action(
        self,
        model: Any,
        id: Any,
        action: str,
        data: Mapping[str, Any] | None = None,
        portal: str | None = None,
        *,
        validate: bool = True,
    ) -> Response[Any]:
        """Run a custom action (accept, reject, cancel, join, leave, add_entry, ...) on `id`.

        `data` is checked and encoded as for `save` (`validate=False` skips the check).
        """
        return self.send(
            action_call(get_model(model), self._portal(portal), id, action, data, validate)
        )

    # -- names -------------------------------------------------------------------------------

    def _run(self, flow: names.Flow) -> names.Found:
        """Send the requests of a flow, one after the other; what it returns."""
        try:
            call = next(flow)
            while True:
                call = flow.send(self.send(call))
        except StopIteration as done:
            found: names.Found = done.value
            return found

    def _find_all(self, lookups: list[names.Lookup]) -> dict[names.Lookup, names.Found]:
        """Each lookup done once, `concurrency` at a time."""
        if not lookups:
            return {}
        from brainstem_api_tools import names

        found = self._ordered(lambda lookup: self._run(names.find(lookup, self._url)), lookups)
        return dict(zip(lookups, found, strict=True))

    def _named_filters(
        self, model: Any, portal: str | None, filters: Mapping[str, Any] | None
    ) -> Mapping[str, Any] | None:
        plan = self._filter_names(model, portal, filters)
        if plan is None:
            return filters
        return self._filters_resolved(plan, self._find_all(plan.lookups))

    def _named_rows(
        self, model: Any, portal: str | None, rows: Iterable[Any]
    ) -> list[names.Resolved | None]:
        """The data of each write with ids for its names (None: it gives none), each
        distinct name looked up once; the problems of the names that did not resolve are in
        each `Resolved`."""
        plan = self._plan_rows(model, portal, rows)
        return plan.apply(self._find_all(plan.lookups))

    def export_project(
        self,
        id: Any,
        out: str | os.PathLike[str],
        *,
        portal: str | None = None,
        progress: ProgressArg = None,
    ) -> ExportResult:
        """Export project `id` into the new directory `out`: one JSON file per model (the
        project, its subjects and sessions, their behaviors, data acquisitions,
        manipulations, procedures and logs, and the taxonomy, resource and dissemination
        records they point to) and `manifest.json`. `progress(done, total)` is called as
        records arrive. An export that fails leaves no directory behind.

        `brainstem sandbox --data DIR` serves the directory. See `brainstem_api_tools.export`
        for what is followed and the format.
        """
        meter = Meter(progress, "Exporting the project", unit="records")
        plan = self._plan_export(id, out, portal, meter)
        with meter:
            return self._run_export(plan)

    def _run_export(self, plan: ExportPlan) -> ExportResult:
        while fetches := plan.next_round():
            for fetch, answer in zip(fetches, self._ordered(self._fetch, fetches), strict=True):
                plan.add(fetch, answer)
        return plan.write()

    def _fetch(self, fetch: Fetch) -> Response[Any] | list[dict[str, Any]]:
        plan = self._plan_fetch(fetch)
        if isinstance(plan, PageRun):
            return [record for page in self._pages(plan) for record in page.records]
        return self.send(plan)

    # -- many writes -------------------------------------------------------------------------

    def _send_rows(self, run: BulkRun) -> None:
        """Send the planned rows, `run.width` at a time, until done or stopped."""
        if not run.to_send:
            return
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        pool = ThreadPoolExecutor(max_workers=run.width, thread_name_prefix="brainstem-save")
        out: dict[Future[Response[object]], Planned] = {}
        # The answer (or error) of each row sent, kept by the thread that sent it: known
        # whenever Ctrl-C comes (between marking a row out and keeping its future, or while
        # its outcome is being recorded).
        answers: dict[int, tuple[Response[object] | None, BaseException | None]] = {}

        def send(planned: Planned) -> Response[object]:
            try:
                response = self.send(planned.call)
            except BaseException as exc:
                answers[planned.row] = (None, exc)
                raise
            answers[planned.row] = (response, None)
            return response

        rows = iter(run.to_send)
        try:
            while True:
                while len(out) < run.width and run.stopped is None:
                    planned = next(rows, None)
                    if planned is None:
                        break
                    run.started(planned)
                    out[pool.submit(send, planned)] = planned
                if not out:
                    return
                done, _ = wait(out, return_when=FIRST_COMPLETED)
                for future in done:
                    run.answered(out.pop(future), *_answer(future))
        except BaseException:
            run.stop("was interrupted")
            # The requests in flight end within the timeout: wait, so that their outcomes are
            # known; a row marked out that never left is not sent. Interrupted again, the run
            # leaves the rows out to be reported uncertain.
            pool.shutdown(wait=True, cancel_futures=True)
            for planned in run.to_send:
                if planned.row in run.outcomes:
                    continue
                if planned.row in answers:
                    run.answered(planned, *answers[planned.row])
                else:
                    run.not_sent(planned)
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    # -- paging ------------------------------------------------------------------------------

    def _pages(self, run: PageRun) -> Iterator[Page]:
        def fetch(offset: int) -> Page:
            return run.page(self.send(run.call(offset)), offset)

        first = fetch(run.start)
        yield first
        pager = run.pager(first)
        offsets = pager.known_offsets()
        if offsets is not None:
            for page in self._ordered(fetch, offsets):
                yield pager.check(page)
            return
        while (window := pager.next_window()) is not None:
            yield from pager.accept(list(self._ordered(fetch, window)))

    def _ordered(self, fn: Callable[[Item], T], items: Iterable[Item]) -> Iterator[T]:
        """`map(fn, items)` with up to `concurrency` calls in flight, results in order."""
        width = self._concurrency
        if width == 1:
            yield from map(fn, items)
            return
        from concurrent.futures import ThreadPoolExecutor

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


def _answer(
    future: Future[Response[object]],
) -> tuple[Response[object] | None, BaseException | None]:
    error = future.exception()
    return (None, error) if error is not None else (future.result(), None)
