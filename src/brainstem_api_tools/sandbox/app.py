"""`create_app(...)`: the sandbox as a Starlette application.

Routes come from the spec (one per path of openapi.yaml), plus the device flow, its approval
page, `/` (a short index) and `/openapi.yaml`. Middleware, outermost first: the request log,
the fault injection (faults.py; idle unless faults are configured), the caller's middleware,
the latency option.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from . import device
from .actions import Actions
from .faults import FaultInjector, FaultMiddleware, FaultSettings
from .middleware import LatencyMiddleware, RequestLog, RequestLogMiddleware
from .render import Renderer
from .seed import SANDBOX_EMAIL, load_fixture, seed
from .spec import Spec
from .store import Store
from .validate import Cleaner
from .views import ModelViews
from .writes import Account, Writer

PAGINATION_STYLES = ("meta", "count", "next", "none")


@dataclass(frozen=True)
class Options:
    records: int = 100
    data: str | Path | None = None
    token: str | None = None
    latency_ms: float = 0.0
    pagination: str = "meta"
    auto_approve: bool = False
    device_interval: int = 5
    device_expires_in: int = 900
    slow_down: bool = False
    seed: int = 0
    faults: FaultSettings = field(default_factory=FaultSettings)

    def __post_init__(self) -> None:
        if self.pagination not in PAGINATION_STYLES:
            raise ValueError(
                f"pagination must be one of {', '.join(PAGINATION_STYLES)}, not {self.pagination!r}"
            )
        if self.records < 0:
            raise ValueError("records must not be negative")
        if self.latency_ms < 0:
            raise ValueError("latency_ms must not be negative")


class SandboxState:
    """Everything one sandbox holds: spec, records, tokens, device sessions, request log."""

    def __init__(
        self, spec: Spec, options: Options, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.spec = spec
        self.options = options
        self.token = options.token or secrets.token_hex(20)
        self.store = Store(spec, seed=options.seed)
        self.cleaner = Cleaner(spec)
        self.renderer = Renderer(spec, self.store)
        self.writer = Writer(spec, self.store, self.cleaner)
        self.actions = Actions(self.writer)
        self.request_log = RequestLog()
        self.faults = FaultInjector(options.faults)
        self._tokens: dict[str, int] = {self.token: 1}
        self.device = device.DeviceFlow(
            self.issue_token,
            clock,
            interval=options.device_interval,
            expires_in=options.device_expires_in,
            auto_approve=options.auto_approve,
            slow_down=options.slow_down,
        )
        self.reset()

    def reset(self) -> None:
        """Back to the initial data (the seed or the fixture); tokens stay valid."""
        with self.store.lock:
            if self.options.data is not None:
                load_fixture(self.store, self.options.data)
            else:
                seed(self.store, records=self.options.records, seed=self.options.seed)

    def issue_token(self) -> str:
        token = secrets.token_hex(20)
        self._tokens[token] = 1
        return token

    def account_for(self, token: str) -> Account | None:
        uid = self._tokens.get(token)
        if uid is None:
            return None
        return self._account(uid)

    @property
    def anonymous(self) -> Account:
        return Account(0, "")

    def _account(self, uid: int) -> Account:
        record = self.store.get("user", uid) if "user" in self.spec.models else None
        email = record.get("email") if record else None
        return Account(uid, email if isinstance(email, str) else SANDBOX_EMAIL)


def create_app(
    *,
    records: int = 100,
    data: str | Path | None = None,
    token: str | None = None,
    latency_ms: float = 0.0,
    pagination: str = "meta",
    auto_approve: bool = False,
    device_interval: int = 5,
    device_expires_in: int = 900,
    slow_down: bool = False,
    seed: int = 0,
    faults: str | Sequence[str] = (),
    fault_rate: float = 0.2,
    fault_seed: int = 0,
    fault_on: str | Sequence[str] = "reads",
    fault_delay: float = 35.0,
    fault_retry_after: float = 1.0,
    spec: Spec | str | Path | None = None,
    middleware: Sequence[Middleware] = (),
    clock: Callable[[], float] = time.monotonic,
) -> Starlette:
    """A sandbox application. `app.state.sandbox` is its SandboxState (store, request log...).

    `faults` (kinds of faults.FAULT_KINDS, or "all") are injected into `fault_rate` of the
    requests `fault_on` names (reads, writes-before, writes-after), reproducibly for a
    `fault_seed`; `slow` answers after `fault_delay` seconds, 429 says `Retry-After:
    fault_retry_after`. `app.state.sandbox.faults.configure(...)` changes them while serving.
    """
    options = Options(
        records=records,
        data=data,
        token=token,
        latency_ms=latency_ms,
        pagination=pagination,
        auto_approve=auto_approve,
        device_interval=device_interval,
        device_expires_in=device_expires_in,
        slow_down=slow_down,
        seed=seed,
        faults=FaultSettings(
            kinds=tuple([faults] if isinstance(faults, str) else faults),
            rate=fault_rate,
            seed=fault_seed,
            on=tuple([fault_on] if isinstance(fault_on, str) else fault_on),
            delay=fault_delay,
            retry_after=fault_retry_after,
        ),
    )
    the_spec = spec if isinstance(spec, Spec) else Spec.load(spec)
    state = SandboxState(the_spec, options, clock)

    async def index(request: Request) -> Response:
        models = {
            name: f"/api/{{portal}}/{m.app}/{name}/" for name, m in sorted(the_spec.models.items())
        }
        return JSONResponse(
            {
                "detail": "BrainSTEM sandbox: a local server that behaves like the BrainSTEM API.",
                "spec": "/openapi.yaml",
                "device_authorization": "/api/auth/device/",
                "models": models,
            }
        )

    async def openapi(request: Request) -> Response:
        import yaml

        return PlainTextResponse(
            yaml.safe_dump(the_spec.document, sort_keys=False), media_type="application/yaml"
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {404: "Not found.", 405: f'Method "{request.method}" not allowed.'}.get(
            exc.status_code, str(exc.detail)
        )
        return JSONResponse(
            {"detail": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )

    async def server_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"detail": "Internal server error."}, status_code=500)

    routes: list[Any] = [
        Route("/", index, methods=["GET"]),
        Route("/openapi.yaml", openapi, methods=["GET"]),
        *device.routes(state.device),
        *ModelViews(state).routes(),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(RequestLogMiddleware, log=state.request_log),
            Middleware(FaultMiddleware, injector=state.faults),
            *middleware,
            Middleware(LatencyMiddleware, latency_ms=latency_ms),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.state.sandbox = state
    return app
