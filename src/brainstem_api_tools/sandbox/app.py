"""`create_app(...)`: the sandbox as a Starlette application.

Routes come from the spec (one per path of openapi.yaml), plus the device flow, its approval
page, `/` (a short index) and `/openapi.yaml`. Middleware, outermost first: the request log,
client disconnects (logged, not answered), the fault injection (faults.py; idle unless faults
are configured), the caller's middleware, the latency option.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from . import auth, device
from .faults import FaultMiddleware, FaultSettings
from .middleware import DisconnectMiddleware, LatencyMiddleware, RequestLogMiddleware
from .spec import Spec
from .state import Options, SandboxState
from .views import ModelViews, error_response
from .writes import ApiError

__all__ = ["create_app"]


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

    def refuse_bad_token(request: Request) -> Response | None:
        try:
            auth.authenticate(request.headers.get("authorization"), state.account_for)
        except ApiError as exc:
            return error_response(None, exc.status, exc.payload)
        return None

    async def server_error(request: Request, exc: Exception) -> Response:
        return JSONResponse({"detail": "Internal server error."}, status_code=500)

    routes: list[Any] = [
        Route("/", index, methods=["GET"]),
        Route("/openapi.yaml", openapi, methods=["GET"]),
        *device.routes(state.device, refuse_bad_token),
        *ModelViews(state).routes(),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(RequestLogMiddleware, log=state.request_log),
            Middleware(DisconnectMiddleware),
            Middleware(FaultMiddleware, injector=state.faults),
            *middleware,
            Middleware(LatencyMiddleware, latency_ms=latency_ms),
        ],
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
    app.state.sandbox = state
    return app
