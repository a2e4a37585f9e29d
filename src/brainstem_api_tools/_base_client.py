"""What the sync and async clients share, decided once and without I/O.

`BaseClient` holds the settings, chooses the token, plans every request (the call, its portal,
whether it is a write), maps transport failures to our errors, plans the paging and defines
the device login as a flow of steps. `BrainstemClient` (client.py) and `AsyncBrainstemClient`
(async_client.py) only do the I/O: send, sleep, and fetch pages concurrently. This is how
httpx (`BaseClient` / `Client` / `AsyncClient`) and openai-python (`_base_client.py`) are
arranged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO, TypeVar

from brainstem_api_tools import tokens
from brainstem_api_tools._calls import Call, Paging, check_load_all, load_call, retrieve_call
from brainstem_api_tools._httpx import httpx
from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools._transport import WRITE, RetryPolicy, retry_policy
from brainstem_api_tools._version import __version__
from brainstem_api_tools.auth import BearerAuth, Clock, check_token, require_secure
from brainstem_api_tools.errors import (
    AuthenticationError,
    TransportError,
    UsageError,
    error_for_transport,
)
from brainstem_api_tools.models import check_portal, get_model
from brainstem_api_tools.pagination import Page, Pager, read_page
from brainstem_api_tools.progress import Meter, Progress, ProgressArg
from brainstem_api_tools.query import name_list
from brainstem_api_tools.records import Records
from brainstem_api_tools.response import Response

# Names, exports, saving many and the login flow are imported by the methods that need them.
if TYPE_CHECKING:
    from brainstem_api_client.types import RequestArgs

    from brainstem_api_tools import bulk, names
    from brainstem_api_tools.device_login import Answer, Prompt, Send, Step
    from brainstem_api_tools.export import ExportPlan, Fetch

__all__ = ["INTERACTIVE_ENV", "USER_AGENT", "BaseClient", "PageRun", "http_options"]

T = TypeVar("T")

USER_AGENT = f"brainstem_python_api_tools/{__version__} (python-httpx)"
INTERACTIVE_ENV = "BRAINSTEM_INTERACTIVE"


def http_options(base: str, timeout: float | httpx.Timeout | None) -> dict[str, Any]:
    """The settings of the httpx client (sync or async)."""
    return {
        "base_url": base,
        "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        "follow_redirects": False,  # a redirect is reported, never followed with the token
    }


class BaseClient:
    """The settings and decisions of a BrainSTEM client; subclasses add the I/O."""

    def __init__(
        self,
        token: str | None,
        headless: bool,
        url: str | None,
        *,
        retries: int | RetryPolicy,
        concurrency: int,
        public: bool,
        allow_insecure_http: bool,
        open_browser: Callable[[str], bool] | None,
        out: TextIO | None,
        clock: Clock | None,
    ) -> None:
        self._url = tokens.server_url(url)
        self._concurrency = _check_concurrency(concurrency)
        self._policy = retry_policy(retries)
        self._public = public
        self._allow_insecure_http = allow_insecure_http
        self._headless = headless
        self._open_browser = open_browser
        self._out = out
        self._clock = clock or Clock()
        self._choice = tokens.choose_token(token, self._url, stored=not public)
        if self._token is not None:
            check_token(self._token, self.token_source or "")
            self._check_secure()

    # -- settings ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server this client talks to."""
        return self._url

    @property
    def token_source(self) -> str | None:
        """Where the token came from: argument, environment, cache, login, or None."""
        return self._choice.source

    @property
    def _token(self) -> str | None:
        return self._choice.token

    def _check_secure(self) -> None:
        require_secure(httpx.URL(self._url), self._allow_insecure_http)

    def _auth(self) -> httpx.Auth | None:
        return None if self._token is None else self._bearer()

    def _bearer(self) -> BearerAuth:
        assert self._token is not None
        return BearerAuth(self._token, self._url, allow_insecure_http=self._allow_insecure_http)

    def _needs_login(self) -> bool:
        """No token, and not a public client: a login must come first."""
        return self._token is None and not self._public

    def __repr__(self) -> str:
        token = "<hidden>" if self._token else None
        return f"{type(self).__name__}(url={self._url!r}, token={token})"

    # -- requests ----------------------------------------------------------------------------

    @staticmethod
    def _portal_of(call: Call[object]) -> str:
        return call.portal

    def _request(self, call: Call[object]) -> RequestArgs:
        """The `httpx` request arguments of a call, marked write or not for the retries."""
        if self._portal_of(call) == "private" and self._token is None:
            raise UsageError(
                "this client has no token, so it can only read the public portal: pass "
                "portal='public', or log in (`brainstem login` or BrainstemClient())"
            )
        request = call.request()
        request["extensions"] = {**request.get("extensions", {}), WRITE: call.is_write}
        return request

    def _response(self, http: httpx.Response, call: Call[T]) -> Response[T]:
        return Response(http, call.parse, token_source=self.token_source, server=self._url)

    def _transport_error(
        self, exc: httpx.TransportError, request: RequestArgs, call: Call[object] | None = None
    ) -> TransportError:
        """Our error for a request (`call` None for the login's) that got no complete answer."""
        method = str(request["method"]).upper()
        url = httpx.URL(self._url).join(request["url"])
        params = request.get("params")
        if params:
            url = httpx.Request(method, url, params=params).url
        return error_for_transport(
            exc,
            method=method,
            url=str(url),
            server=self._url,
            sent_once=_what_may_have_happened(call) if call and call.is_write else None,
            retried=call is not None,
            secret=self._token,
        )

    # -- plans -------------------------------------------------------------------------------

    def _portal(self, portal: str | None) -> str:
        """The portal of a request: as given, else `public` for a public client and
        `private` for any other."""
        if portal is None:
            return "public" if self._public else "private"
        return portal

    def _plan_load(
        self,
        model: Any,
        portal: str | None,
        id: Any,
        options: str | None,
        filters: Mapping[str, Any] | None,
        sort: str | Iterable[str] | None,
        include: str | Iterable[str] | None,
        limit: int | None,
        offset: int | None,
        load_all: bool,
    ) -> Call[object] | PageRun:
        """The one call of `load(...)`, or with `load_all` the paging run."""
        info = get_model(model)
        if load_all:
            check_load_all(id, options)
            return self._plan_pages(model, portal, filters, sort, include, limit, offset)
        return load_call(
            info, self._portal(portal), id, options, filters, sort, include, limit, offset
        )

    def _plan_pages(
        self,
        model: Any,
        portal: str | None,
        filters: Mapping[str, Any] | None,
        sort: str | Iterable[str] | None,
        include: str | Iterable[str] | None,
        page_size: int | None,
        offset: int | None,
    ) -> PageRun:
        paging = Paging.plan(
            get_model(model), self._portal(portal), filters, sort, include, page_size, offset
        )
        return PageRun(paging, paging.url(self._url), self._concurrency)

    # -- names -------------------------------------------------------------------------------
    # The clients look each distinct name up once (`names.find`, concurrently), then hand
    # what they found back here.

    def _lookup_portal(self, info: ModelInfo, portal: str | None) -> str:
        """The portal names are looked up on: the request's own (checked for listing)."""
        return check_portal(info, info.operations["list"], self._portal(portal), "listing")

    def _plan_get(
        self,
        model: Any,
        portal: str | None,
        id: Any,
        name: Any,
        fields: Mapping[str, Any],
        filters: Mapping[str, Any] | None,
        include: Any,
    ) -> tuple[ModelInfo, Call[object] | names.GetPlan]:
        """The request of `get(model, id=...)`, or the lookup of `get(model, name=...)`."""
        from brainstem_api_tools import names

        info = get_model(model)
        if id is not None:
            if name is not None or fields:
                given = ", ".join(["name", *fields] if name is not None else fields)
                raise UsageError(f"get({info.name!r}, ...) takes id= or {given}=, not both")
            return info, retrieve_call(
                info, self._portal(portal), id, include=include, filters=filters
            )
        where = self._lookup_portal(info, portal)
        return info, names.plan_get(info, where, name, fields, include)

    @staticmethod
    def _record(info: ModelInfo, response: Response[Any]) -> dict[str, Any]:
        """The record a retrieve answered (an error status raises)."""
        body = response.raise_for_status().json()
        record = body.get(info.detail_key, body) if isinstance(body, dict) else body
        return dict(record) if isinstance(record, Mapping) else {}

    def _filter_names(
        self, model: Any, portal: str | None, filters: Mapping[str, Any] | None
    ) -> names.NamePlan | None:
        """The names in `filters` (None if there are none: the filters go as they are)."""
        if not isinstance(filters, Mapping) or not filters:
            return None
        from brainstem_api_tools import names

        if not names.holds_name(filters):
            return None
        info = get_model(model)
        return names.plan_filters(info, filters, self._lookup_portal(info, portal))

    @staticmethod
    def _filters_resolved(
        plan: names.NamePlan, found: Mapping[names.Lookup, names.Found]
    ) -> dict[str, Any]:
        from brainstem_api_tools import names

        resolved = plan.apply(found)
        if resolved.problems:
            raise names.filters_error(resolved, found.values())
        return resolved.value

    def _plan_rows(self, model: Any, portal: str | None, rows: Iterable[Any]) -> names.RowsPlan:
        """The names in the data of one or many writes (`save`, `save_many`)."""
        from brainstem_api_tools import names

        info = get_model(model)
        rows = list(rows)
        if not any(names.mentions_names(data) for data in rows):
            return names.RowsPlan([None] * len(rows))
        return names.plan_rows(info, rows, self._lookup_portal(info, portal))

    @staticmethod
    def _resolved_data(
        info: ModelInfo,
        resolved: names.Resolved | None,
        data: Any,
        id: Any,
        options: Any,
        validate: bool,
    ) -> Any:
        """The data of `save(id=..., options=...)` with ids for names; `InvalidDataError` if
        any did not resolve."""
        if resolved is None:
            return data
        from brainstem_api_tools import names

        if resolved.problems:
            operation = options or ("create" if id is None else "update")
            raise names.data_error(info, str(operation), resolved, validate)
        return resolved.value

    def _plan_export(
        self, id: Any, out: str | os.PathLike[str], portal: str | None, progress: Progress | None
    ) -> ExportPlan:
        """The plan of `export_project`: checks the id and the directory before any request."""
        from brainstem_api_tools.export import ExportPlan

        return ExportPlan(id, out, server=self._url, portal=self._portal(portal), progress=progress)

    def _plan_fetch(self, fetch: Fetch) -> Call[object] | PageRun:
        """The request of an export's fetch: the root record, or every page of a query."""
        if fetch.id is not None:
            return load_call(
                get_model(fetch.model), fetch.portal, fetch.id, None, None, None, None, None, None
            )
        return self._plan_pages(
            fetch.model, fetch.portal, fetch.filters, None, fetch.include or None, None, None
        )

    def _plan_many(
        self,
        prepared: bulk.Prepared,
        resolved: list[names.Resolved | None],
        *,
        portal: str | None,
        validate: bool,
        skip_invalid: bool,
        dry_run: bool,
        concurrency: int | None,
        progress: Progress | None,
        report: str | os.PathLike[str] | TextIO | None,
        resume: str | os.PathLike[str] | bulk.SaveManyResult | None,
    ) -> bulk.BulkRun:
        """The run of `save_many(...)`, once the names of its rows are looked up (`resolved`:
        see `_named_rows`): every row checked and planned, nothing sent yet."""
        from brainstem_api_tools import bulk

        return bulk.BulkRun.plan(
            prepared.named(resolved),
            portal=self._portal(portal),
            width=self._concurrency if concurrency is None else _check_concurrency(concurrency),
            validate=validate,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
            report=report,
            resume=resume,
        )

    # -- login -------------------------------------------------------------------------------

    def _may_log_in(self, interactive: bool | None) -> None:
        """Refuse at once a login no one could follow (or that `interactive=False` forbids):
        under cron, CI, `< /dev/null`, waiting for approval would hang for 15 minutes."""
        if interactive is None:
            interactive = _interactive_from_env()
        if interactive is None:
            from brainstem_api_tools.device_login import can_prompt

            interactive = can_prompt()
        if interactive:
            return
        raise AuthenticationError(
            f"no token for {self._url}, and this process cannot log in interactively (no "
            "terminal or notebook, or interactive=False): set BRAINSTEM_TOKEN"
            + ("" if tokens.environment_server(self._url) else f" and BRAINSTEM_URL={self._url}")
            + f", pass token=..., or run {tokens.login_command(self._url)} on a machine with "
            "a browser, which caches the token for this server. If someone does see this "
            "process's output (an IDE's console), interactive=True logs in here",
            status_code=0,
            url=self._url,
        )

    def _login_flow(self) -> Generator[Step, Answer, str]:
        self._check_secure()
        from brainstem_api_tools.device_login import DeviceFlow

        return DeviceFlow(now=self._clock.now).steps()

    def _login_request(self, step: Send) -> RequestArgs:
        """The request of a login step. It carries no Authorization header: a stale token
        would make the server refuse the login that is meant to replace it."""
        from brainstem_api_client.api.auth import device_authorization_create, device_token_create

        if step.endpoint == "start":
            built = device_authorization_create.build_request(body=step.body)
        else:
            built = device_token_create.build_request(body=step.body)
        built["auth"] = None
        return built

    def _show(self, prompt: Prompt) -> str | None:
        """Show the code; the URL to open in a browser, if one should open."""
        from brainstem_api_tools.device_login import show_prompt

        show_prompt(prompt, self._out or sys.stderr, headless=self._headless)
        return None if self._headless else prompt.uri_complete

    def _open(self, url: str) -> None:
        import webbrowser

        from brainstem_api_tools.device_login import open_in_browser

        open_in_browser(self._open_browser or webbrowser.open, url)

    def _logged_in(self, token: str) -> Path:
        """Use and cache the token a login returned; the cache file's path."""
        path = tokens.save_token(token, self._url)
        self._choice = tokens.TokenChoice(token, "login")
        return path


class PageRun(NamedTuple):
    """One paging run: the same list query at successive offsets, `width` requests at once."""

    paging: Paging
    url: str  # the list URL, for messages
    width: int

    @property
    def start(self) -> int:
        return self.paging.start

    def call(self, offset: int) -> Call[object]:
        return self.paging.call(offset)

    def page(self, response: Response[object], offset: int) -> Page:
        """The page a paging request answered (an error status raises)."""
        body = response.raise_for_status().json()
        return read_page(body, offset, self.paging.model.list_key, self.url)

    def pager(self, first: Page) -> Pager:
        return Pager(first, self.paging.page_size, self.width, self.url)

    @property
    def model(self) -> str:
        return self.paging.model.name

    @property
    def include(self) -> list[str] | None:
        return name_list(self.paging.include, "include")  # type: ignore[arg-type]

    def meter(self, progress: ProgressArg) -> Meter:
        """The progress report of this run (`progress=` of load_all and iter_records)."""
        what = (self.paging.model.list_key or self.model).replace("_", " ")
        return Meter(progress, f"Loading {what}")

    def records(self, body: dict[str, Any]) -> Records:
        """`load_all`'s result: the merged pages, knowing their model and includes."""
        return Records(body, model=self.model, include=self.include)


def _interactive_from_env() -> bool | None:
    value = os.environ.get(INTERACTIVE_ENV, "").strip().lower()
    if not value:
        return None
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise UsageError(f"{INTERACTIVE_ENV} must be 1 or 0 (or unset), not {value!r}")


def _check_concurrency(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise UsageError(f"concurrency must be a whole number >= 1, not {concurrency!r}")
    return concurrency


def _what_may_have_happened(call: Call[object]) -> str:
    """What may have happened to a write whose answer was lost, and how to find out."""
    model = call.model.name
    record_id = call.id
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
