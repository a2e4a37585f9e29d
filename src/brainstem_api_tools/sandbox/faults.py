"""Fault injection: the sandbox misbehaves like a real service on a bad night, reproducibly.

`FaultMiddleware` sits inside the request log (`create_app(middleware=...)`'s slot), so the
log still sees, and marks, every faulted request. Kinds:

    502, 503, 504  that status with a short JSON body
    429            429 with `Retry-After` (seconds, `retry_after`)
    reset          the connection is reset (RST) before any response
    truncate       the status and headers announce the whole body, half of it is sent, and the
                   connection is closed (the client can tell: a protocol or read error)
    partial        a complete HTTP answer whose body is cut in half, Content-Length to match
                   (the client can only tell by parsing it: JSON that ends too early)
    html           an HTML error page with status 500
    slow           the answer comes after `delay` seconds (set it above the client's timeout)

They apply (`on`) to reads (GET and HEAD, but not the custom actions), to writes before they
reach the API (which never sees them; `slow` then answers 504 after the delay), or to writes
after the API applied them (the change is made, then the answer is lost, cut or replaced).
Only `/api/...` paths are faulted.

Seeded and reproducible whatever the order of requests: the fate of the n-th request with a
given method, path and query is decided by `(seed, method, path?query, n)` alone, so
concurrent clients see the same faults from run to run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
import socket
import struct
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "FAULT_KINDS",
    "FAULT_TARGETS",
    "FaultInjector",
    "FaultMiddleware",
    "FaultSettings",
    "parse_kinds",
    "parse_targets",
]

STATUS_KINDS = {"502": 502, "503": 503, "504": 504, "429": 429}
FAULT_KINDS = ("502", "503", "504", "429", "reset", "truncate", "partial", "html", "slow")
FAULT_TARGETS = ("reads", "writes-before", "writes-after")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# /api/{portal}/{app}/{model}/{id}/{action}/: custom actions change state even as GET.
_ACTION_PATH = re.compile(r"^/api/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/?$")
# Scope keys the request log reads (the scope dict is shared down the middleware chain).
SCOPE_KIND = "brainstem.fault"
SCOPE_TARGET = "brainstem.fault_on"

_REASONS = {
    429: "Request was throttled.",
    502: "Bad gateway.",
    503: "Service temporarily unavailable.",
    504: "Gateway timeout.",
}
HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
    b"<body><h1>Internal Server Error</h1>\n<p>The server encountered an internal error and "
    b"was unable to complete your request.</p>\n<hr><address>nginx</address></body></html>\n"
)


def _split(value: str | Iterable[str]) -> list[str]:
    words = [value] if isinstance(value, str) else list(value)
    return [item.strip() for word in words for item in str(word).split(",") if item.strip()]


def parse_kinds(value: str | Iterable[str]) -> tuple[str, ...]:
    """`"502,reset"` (or a list; `all` for every kind) -> the kinds, checked."""
    kinds = _split(value)
    if "all" in kinds:
        return FAULT_KINDS
    unknown = [k for k in kinds if k not in FAULT_KINDS]
    if unknown:
        raise ValueError(
            f"unknown fault kind(s) {', '.join(unknown)}: use {', '.join(FAULT_KINDS)} or all"
        )
    return tuple(dict.fromkeys(kinds))


def parse_targets(value: str | Iterable[str]) -> tuple[str, ...]:
    """`"reads,writes-after"` -> what the faults apply to, checked."""
    targets = _split(value)
    unknown = [t for t in targets if t not in FAULT_TARGETS]
    if unknown or not targets:
        raise ValueError(
            f"faults apply to {', '.join(FAULT_TARGETS)} (comma-separated), "
            f"not {', '.join(unknown) or 'nothing'}"
        )
    return tuple(dict.fromkeys(targets))


@dataclass(frozen=True)
class FaultSettings:
    kinds: tuple[str, ...] = ()
    rate: float = 0.0
    seed: int = 0
    on: tuple[str, ...] = ("reads",)
    delay: float = 35.0
    retry_after: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "kinds", parse_kinds(self.kinds) if self.kinds else ())
        object.__setattr__(self, "on", parse_targets(self.on))
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, not {self.rate}")
        if self.delay < 0 or self.retry_after < 0:
            raise ValueError("fault delay and Retry-After must not be negative")

    @property
    def active(self) -> bool:
        return bool(self.kinds) and self.rate > 0

    def describe(self) -> str:
        if not self.active:
            return "no faults"
        return (
            f"faults {', '.join(self.kinds)} on {self.rate:.0%} of {', '.join(self.on)} "
            f"(seed {self.seed})"
        )


def is_write(method: str, path: str) -> bool:
    return method.upper() not in SAFE_METHODS or bool(_ACTION_PATH.match(path))


class FaultInjector:
    """Decides which requests fail and how; reconfigurable while the server runs."""

    def __init__(self, settings: FaultSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._settings = settings or FaultSettings()
        self._seen: dict[str, int] = {}

    @property
    def settings(self) -> FaultSettings:
        return self._settings

    def configure(self, settings: FaultSettings | None = None, **changes: Any) -> FaultSettings:
        """New settings (a `FaultSettings`, or changes to the current ones); restarts the
        count of requests, so a seed replays the same faults."""
        new = settings if settings is not None else replace(self._settings, **changes)
        with self._lock:
            self._settings = new
            self._seen.clear()
        return new

    def off(self) -> None:
        self.configure(FaultSettings())

    def decide(self, method: str, path: str, query: str) -> tuple[str, str] | None:
        """(kind, target) for this request, or None to serve it normally."""
        settings = self._settings
        if not settings.active or not path.startswith("/api/"):
            return None
        write = is_write(method, path)
        targets = [t for t in settings.on if (t != "reads") == write]
        if not targets:
            return None
        key = f"{method.upper()} {path}?{query}"
        with self._lock:
            n = self._seen[key] = self._seen.get(key, 0) + 1
        rng = random.Random(f"{settings.seed}|{key}|{n}")  # str seeds hash stably (sha512)
        if rng.random() >= settings.rate:
            return None
        return rng.choice(settings.kinds), rng.choice(targets)


@dataclass
class Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def with_length(self, length: int) -> list[tuple[bytes, bytes]]:
        kept = [(k, v) for k, v in self.headers if k.lower() != b"content-length"]
        return [*kept, (b"content-length", str(length).encode())]


def _json_answer(status: int, headers: list[tuple[bytes, bytes]] | None = None) -> Answer:
    body = json.dumps({"detail": _REASONS.get(status, "Server error.")}).encode()
    return Answer(status, [(b"content-type", b"application/json"), *(headers or [])], body)


class FaultMiddleware:
    """ASGI middleware that injects the faults `injector` decides on (see the module doc)."""

    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        decision = self.injector.decide(
            str(scope.get("method", "")),
            str(scope.get("path", "")),
            scope.get("query_string", b"").decode("latin-1"),
        )
        if decision is None:
            await self.app(scope, receive, send)
            return
        kind, target = decision
        scope[SCOPE_KIND] = kind
        scope[SCOPE_TARGET] = target
        settings = self.injector.settings
        if target == "writes-after" or (
            target == "reads" and kind in ("truncate", "partial", "slow")
        ):
            answer = await self._capture(scope, receive)  # a write is applied
            if kind == "slow":
                await _slow(scope, settings, receive)
        elif kind == "slow":  # a write that never reaches the API: the gateway gives up
            await _slow(scope, settings, receive)
            answer = _json_answer(504)
        else:
            answer = _json_answer(502)  # stands in for the API's answer, which never comes
        await self._fail(kind, answer, settings, scope, receive, send)

    async def _capture(self, scope: Scope, receive: Receive) -> Answer:
        """Run the API and keep its answer instead of sending it."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        await self.app(scope, receive, keep)
        return Answer(
            int(start.get("status", 500)), list(start.get("headers", [])), b"".join(chunks)
        )

    async def _fail(
        self,
        kind: str,
        answer: Answer,
        settings: FaultSettings,
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        if kind in STATUS_KINDS:
            status = STATUS_KINDS[kind]
            extra = []
            if status == 429:
                extra = [(b"retry-after", f"{settings.retry_after:g}".encode())]
            await _send(send, _json_answer(status, extra))
        elif kind == "html":
            page = Answer(500, [(b"content-type", b"text/html; charset=utf-8")], HTML_PAGE)
            await _send(send, page)
        elif kind == "reset":
            _log_now(scope)
            await drop_connection(receive, reset=True)
        elif kind == "truncate":
            cut = answer.body[: len(answer.body) // 2]
            headers = answer.with_length(len(answer.body))
            await send({"type": "http.response.start", "status": answer.status, "headers": headers})
            await send({"type": "http.response.body", "body": cut, "more_body": True})
            _log_now(scope)
            await drop_connection(receive, reset=False)
        elif kind == "partial":
            cut = answer.body[: len(answer.body) // 2]
            await _send(send, Answer(answer.status, answer.headers, cut))
        else:  # slow: the delay is behind us
            await _send(send, answer)


async def _slow(scope: Scope, settings: FaultSettings, receive: Receive) -> None:
    """Hold the answer `delay` seconds, or until the client hangs up (nobody to answer)."""
    _log_now(scope)  # the client gives up long before the answer: the log says it came

    async def hang_up() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(hang_up(), settings.delay)


def _log_now(scope: Scope) -> None:
    """Have the request log (if any) record this request now, before the connection drops."""
    record = scope.get("brainstem.log_now")
    if callable(record):
        record()


async def _send(send: Send, answer: Answer) -> None:
    headers = answer.with_length(len(answer.body))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


async def drop_connection(receive: Receive, *, reset: bool) -> None:
    """Close this request's connection under uvicorn: `reset` aborts it with a RST, else what
    was sent is flushed and the connection closed.

    An ASGI app cannot close its connection: raising before the response starts makes
    uvicorn answer 500. So this reaches uvicorn's transport through `receive`, which the
    middleware chain passes on unchanged (a bound method of uvicorn's request cycle).
    """
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("fault injection of dropped connections needs the uvicorn server")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:  # linger 0: close() sends RST rather than FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    else:
        transport.close()
    # Let uvicorn see the connection go before the app returns, so it neither answers 500
    # nor logs an incomplete response.
    for _ in range(200):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0.005)
