"""Fixtures shared by the whole suite: sandboxes served over real sockets, every response checked
against openapi.yaml.

* `sandbox`: one sandbox for the session (uvicorn in a background thread on a free loopback
  port), seeded with `SANDBOX_RECORDS` sessions, token `SANDBOX_TOKEN`. Tests that write use
  `clean_sandbox`, which restores the seed data before and after the test.
* `make_sandbox(**options)`: more sandboxes with other options (pagination style, device flow
  settings...), stopped at the end of the session.
* `api` / `public_api`: httpx clients for the private portal (with the token) and without one.
* `fake_clock`: a `FakeClock` for the device login's waits, so no login test sleeps seconds.
* Every response of every sandbox passes through `ConformanceMiddleware`; a response that does
  not conform fails the test that caused it and the session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from .clock import FakeClock
from .sandbox_conformance import ConformanceChecker, ConformanceMiddleware

SANDBOX_TOKEN = "sandbox-test-token"
SANDBOX_RECORDS = 60

_CHECKER: ConformanceChecker | None = None


def conformance_checker() -> ConformanceChecker:
    global _CHECKER
    if _CHECKER is None:
        _CHECKER = ConformanceChecker()
    return _CHECKER


@pytest.fixture(scope="session")
def conformance() -> ConformanceChecker:
    return conformance_checker()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def make_sandbox(conformance: ConformanceChecker) -> Iterator[Callable[..., Any]]:
    """Start a sandbox with the given `create_app` options; all stop at the end of the session."""
    from brainstem_api_tools.sandbox.app import create_app
    from brainstem_api_tools.sandbox.server import Sandbox, serve

    with ExitStack() as stack:

        def make(*, conform: bool = True, **options: Any) -> Sandbox:
            """`conform=False` serves without the conformance check (for deliberate faults)."""
            options.setdefault("token", SANDBOX_TOKEN)
            app = create_app(**options)
            served = ConformanceMiddleware(app, conformance) if conform else app
            server = stack.enter_context(serve(served))
            return Sandbox(server, app.state.sandbox)

        yield make


@pytest.fixture(scope="session")
def sandbox(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(records=SANDBOX_RECORDS, device_interval=1)


@pytest.fixture
def clean_sandbox(sandbox: Any) -> Iterator[Any]:
    """The session sandbox with its seed data, restored again after the test."""
    sandbox.reset()
    yield sandbox
    sandbox.reset()


@pytest.fixture(scope="session")
def api(sandbox: Any) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.url + "/api/private/",
        headers={"Authorization": f"Bearer {sandbox.token}"},
        timeout=10,
    ) as client:
        yield client


@pytest.fixture(scope="session")
def public_api(sandbox: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url + "/api/public/", timeout=10) as client:
        yield client


@pytest.fixture(autouse=True)
def _responses_conform() -> Iterator[None]:
    """Fail the test if a sandbox response it caused does not conform to openapi.yaml."""
    before = len(_CHECKER.failures) if _CHECKER is not None else 0
    yield
    if _CHECKER is not None and len(_CHECKER.failures) > before:
        new = _CHECKER.failures[before:]
        pytest.fail(
            f"{len(new)} sandbox response(s) do not conform to openapi.yaml:\n"
            + "\n".join(new[:10]),
            pytrace=False,
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _CHECKER is not None and _CHECKER.failures:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in getattr(terminalreporter.config, "_sandbox_summary", []):
        terminalreporter.write_line(line)
    if _CHECKER is None:
        return
    terminalreporter.write_line(
        f"sandbox conformance: {_CHECKER.checked} responses checked against openapi.yaml, "
        f"{len(_CHECKER.failures)} not conforming, {_CHECKER.unmatched} outside the spec"
    )
    for failure in _CHECKER.failures[:20]:
        terminalreporter.write_line(f"  {failure}")
    if terminalreporter.config.option.verbose > 0:
        for sample in _CHECKER.unmatched_samples[:10]:
            terminalreporter.write_line(f"  outside the spec: {sample}")
