"""Serving the sandbox with uvicorn in a background thread.

    with run_sandbox(records=50) as sandbox:
        client = BrainstemClient(token=sandbox.token, url=sandbox.url)

`serve(app)` does the same for any ASGI app (tests wrap the sandbox app in their own
middleware). The socket is bound before the thread starts, so port 0 picks a free port and the
URL is known at once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.types import ASGIApp

from .app import create_app
from .faults import FaultInjector
from .middleware import RequestLog
from .state import SandboxState
from .store import Store


class ServerThread:
    """uvicorn serving one app on host:port in a daemon thread."""

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
        # socket says it is TCP; without it every response waits ~40 ms for a delayed ACK.
        self.sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.sock.bind((host, port))
        except OSError:
            self.sock.close()
            raise
        self.host = host
        self.port = int(self.sock.getsockname()[1])
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the sandbox server did not start within {timeout} s")
            time.sleep(0.01)

    def stop(self, timeout: float = 5.0) -> None:
        self.server.should_exit = True
        if self.thread.is_alive():
            self.thread.join(timeout)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(timeout)
        self.sock.close()


@contextmanager
def serve(app: ASGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[ServerThread]:
    server = ServerThread(app, host, port)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Sandbox:
    """A running sandbox: its URL and token, and its state for tests."""

    def __init__(self, server: ServerThread, state: SandboxState) -> None:
        self.server = server
        self.state = state

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def token(self) -> str:
        return self.state.token

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def requests(self) -> RequestLog:
        return self.state.request_log

    @property
    def faults(self) -> FaultInjector:
        """The fault injection: `sandbox.faults.configure(kinds=..., rate=..., seed=...)`."""
        return self.state.faults

    def reset(self) -> None:
        """Initial data again and an empty request log."""
        self.state.reset()
        self.state.request_log.clear()

    def __repr__(self) -> str:  # never shows the token
        return f"<Sandbox {self.url}>"


@contextmanager
def run_sandbox(host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[Sandbox]:
    """Start a sandbox (options as for `create_app`) and yield it; stop it on exit."""
    app = create_app(**options)
    with serve(app, host, port) as server:
        yield Sandbox(server, app.state.sandbox)
