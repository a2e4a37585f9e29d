"""A client that hangs up in the middle of a request (Ctrl-C during a device poll the server
holds, a script killed while it sends): the server logs it and moves on, over a real socket."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def logged(caplog: pytest.LogCaptureFixture) -> Iterator[Records]:
    """Every log record of the sandbox and of uvicorn (whose loggers do not reach the root)."""
    caplog.set_level(logging.INFO, logger="brainstem_api_tools.sandbox")
    handler = Records()
    loggers = [
        logging.getLogger(),
        logging.getLogger("uvicorn"),
        logging.getLogger("uvicorn.error"),
    ]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def hang_up(box: Any, path: str, body: bytes, sent: int, headers: str = "") -> None:
    """Send the request's head and the first `sent` bytes of its body, then close."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"{headers}Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", box.port), timeout=5) as sock:
        sock.sendall(head + body[:sent])
        time.sleep(0.05)  # the server reads it before the connection goes


def wait_for_entry(box: Any, path: str) -> Any:
    for _ in range(500):  # up to 5 s; the server logs the request once it gave up on it
        entries = box.requests.matching("POST", path)
        if entries:
            return entries[-1]
        time.sleep(0.01)
    raise AssertionError(f"the sandbox never logged POST {path}")


@pytest.mark.parametrize("held", [False, True], ids=["mid-body", "held-by-the-server"])
def test_a_client_that_hangs_up_is_logged_not_answered(
    make_sandbox: Any, conformance: Any, logged: Records, held: bool
) -> None:
    # held: the whole poll was sent, and the server (200 ms of latency) had not read it yet
    box = make_sandbox(records=2, latency_ms=200 if held else 0)
    failures = len(conformance.failures)
    if held:
        path = "/api/auth/device/token/"
        body = json.dumps({"device_code": "x" * 40}).encode()
        hang_up(box, path, body, len(body))
    else:
        path = "/api/private/stem/session/"
        body = json.dumps({"name": "cut off", "projects": [], "description": "x" * 200}).encode()
        hang_up(box, path, body, 20, f"Authorization: Bearer {box.token}\r\n")
    entry = wait_for_entry(box, path)
    assert entry.status is None  # no answer: there was no one to send it to
    assert len(conformance.failures) == failures  # no 500 went out
    assert [r.getMessage() for r in logged.records if r.levelno >= logging.WARNING] == []
    assert [r.getMessage() for r in logged.records if "disconnected" in r.getMessage()] == [
        f"POST {path}: the client disconnected before its request was read"
    ]
    # and the server goes on
    r = httpx.get(
        box.url + "/api/private/stem/session/", headers={"Authorization": f"Bearer {box.token}"}
    )
    assert r.status_code == 200 and len(r.json()["sessions"]) == 2
