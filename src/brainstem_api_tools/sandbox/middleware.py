"""ASGI middleware of the sandbox: the request log, client disconnects and the latency option.

The request log sits outermost, so it records every request, including the ones the fault
injection middleware (`faults.py`, in `create_app(middleware=...)`'s slot, between the log
and the API) answers itself or drops; those entries name the fault.

Each entry says whether the request carried an Authorization header and gives the SHA-256
of its value (`"Bearer <token>"`), never the value, so tests can tell which server got which
token without the log holding one.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("brainstem_api_tools.sandbox")


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str
    status: int | None  # None when no response started (connection dropped, error)
    duration: float
    authorization_sha256: str | None = None  # SHA-256 of the Authorization header's value
    fault: str | None = None  # the injected fault (faults.py), if any
    fault_on: str | None = None  # reads, writes-before or writes-after

    @property
    def authorized(self) -> bool:
        """The request carried an Authorization header."""
        return self.authorization_sha256 is not None


def authorization_sha256(value: str) -> str:
    """The hash the log keeps of an Authorization value, e.g. `f"Bearer {token}"`."""
    return hashlib.sha256(value.encode("latin-1")).hexdigest()


class RequestLog:
    """The requests the sandbox received, oldest first (bounded); safe across threads."""

    def __init__(self, maxlen: int = 100_000) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=maxlen)
        self._lock = threading.Lock()

    def record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def matching(self, method: str | None = None, path: str | None = None) -> list[LoggedRequest]:
        """Entries with this method and path (None matches any; a path ending in `*` is a
        prefix)."""

        def hit(e: LoggedRequest) -> bool:
            if method is not None and e.method != method.upper():
                return False
            if path is None:
                return True
            if path.endswith("*"):
                return e.path.startswith(path[:-1])
            return e.path == path

        return [e for e in self.entries() if hit(e)]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """Requests with this method and path (as for `matching`)."""
        return len(self.matching(method, path))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


class RequestLogMiddleware:
    def __init__(self, app: ASGIApp, log: RequestLog) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status: list[int] = []
        logged = False
        started = time.perf_counter()

        auth = next((v for k, v in scope.get("headers", ()) if k.lower() == b"authorization"), None)
        auth_hash = hashlib.sha256(auth).hexdigest() if auth is not None else None

        def record() -> None:
            nonlocal logged
            if logged:
                return
            logged = True
            self.log.record(
                LoggedRequest(
                    method=str(scope.get("method", "")),
                    path=str(scope.get("path", "")),
                    query=scope.get("query_string", b"").decode("latin-1"),
                    status=status[0] if status else None,
                    duration=time.perf_counter() - started,
                    authorization_sha256=auth_hash,
                    fault=scope.get("brainstem.fault"),
                    fault_on=scope.get("brainstem.fault_on"),
                )
            )

        # The fault injection drops connections: it records the entry first, so a test that
        # saw its connection fail finds it in the log.
        scope["brainstem.log_now"] = record

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                record()  # before the client can see the end of the response
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            record()


class DisconnectMiddleware:
    """A client that hangs up before its request was read (Ctrl-C during a device poll, a
    killed script) is not a server error: the server logs it and moves on. In front of the real
    API nginx logs a 499 and the application never sees the request; here it is one INFO line,
    no answer (there is no one to send it to) and no status in the request log. Starlette
    would log a traceback and answer 500.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            logger.info(
                "%s %s: the client disconnected before its request was read",
                scope.get("method", ""),
                scope.get("path", ""),
            )


class LatencyMiddleware:
    """Waits `latency_ms` before handling each request (for benchmarks)."""

    def __init__(self, app: ASGIApp, latency_ms: float = 0.0) -> None:
        self.app = app
        self.delay = max(0.0, latency_ms) / 1000.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.delay:
            await asyncio.sleep(self.delay)
        await self.app(scope, receive, send)
