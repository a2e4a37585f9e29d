"""The device login through a failing network: the polling keeps going through passing faults,
and a failure of the first request is one of our errors, not an httpx traceback."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.errors import BrainstemConnectionError, BrainstemError
from brainstem_api_tools.sandbox.faults import FaultInjector, FaultSettings

START = "/api/auth/device/"
POLL = "/api/auth/device/token/"
KINDS = ("reset", "502", "truncate")


@pytest.fixture(scope="module")
def login_box(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(conform=False, records=1, auto_approve=True, device_interval=1)


def seed_failing_the_first_poll_only() -> int:
    for seed in range(200):
        injector = FaultInjector(
            FaultSettings(kinds=KINDS, rate=0.5, seed=seed, on=("writes-before",))
        )
        start = injector.decide("POST", START, "")
        polls = [injector.decide("POST", POLL, "") for _ in range(2)]
        if start is None and polls[0] is not None and polls[1] is None:
            return seed
    raise AssertionError("no seed")


def test_polling_keeps_going_through_a_dropped_connection(login_box: Any, fake_clock: Any) -> None:
    seed = seed_failing_the_first_poll_only()
    login_box.faults.configure(kinds=KINDS, rate=0.5, seed=seed, on=("writes-before",))
    login_box.requests.clear()
    try:
        client = BrainstemClient(
            url=login_box.url, headless=True, out=io.StringIO(), clock=fake_clock
        )
    finally:
        login_box.faults.off()
    assert client.token_source == "login"
    polls = login_box.requests.matching("POST", POLL)
    assert [e.fault is not None for e in polls] == [True, False]
    assert client.load("session").status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_a_failed_first_request_is_a_clear_error(login_box: Any, kind: str) -> None:
    login_box.faults.configure(kinds=(kind,), rate=1.0, on=("writes-before",))
    try:
        with pytest.raises(BrainstemError) as info:
            BrainstemClient(url=login_box.url, headless=True, out=io.StringIO())
    finally:
        login_box.faults.off()
    message = str(info.value)
    assert f"{login_box.url}{START}" in message
    if kind == "502":
        assert message == (
            f"502 Bad Gateway from POST {login_box.url}{START}: the server failed; "
            "try the login again later"
        )
    else:
        assert isinstance(info.value, BrainstemConnectionError)
        assert message.startswith(f"POST {login_box.url}{START}: the connection failed")
