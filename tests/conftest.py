"""Fixtures shared by the whole suite: sandboxes served over real sockets, every response checked
against openapi.yaml.

* `sandbox`: one sandbox for the session (uvicorn in a background thread on a free loopback
  port), seeded with `SANDBOX_RECORDS` sessions, token `SANDBOX_TOKEN`. Tests that write use
  `clean_sandbox`, which restores the seed data before and after the test.
* `make_sandbox(**options)`: more sandboxes with other options (pagination style, device flow
  settings...), stopped at the end of the module that started them; `make_lasting_sandbox`
  for session and package fixtures. An idle sandbox is not free: its server thread wakes ten
  times a second and takes the GIL from the tests.
* `api` / `public_api`: httpx clients for the private portal (with the token) and without one.
* `fake_clock`: a `FakeClock` for the device login's waits, so no login test sleeps seconds.
* Every response of every sandbox passes through `ConformanceMiddleware`; a response that does
  not conform fails the test that caused it and the session.
* `summary`: figures for the end of the run (tests/summary.py), from every xdist worker.
"""

from __future__ import annotations

import gc
import signal
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from .clock import FakeClock
from .sandbox_conformance import ConformanceChecker, ConformanceMiddleware
from .summary import RUN, RunSummary

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


class Sandboxes:
    """Starts sandboxes with `create_app` options, and stops them all at once."""

    def __init__(self, conformance: ConformanceChecker) -> None:
        self.conformance = conformance
        self.started: list[Any] = []

    def __call__(self, *, conform: bool = True, **options: Any) -> Any:
        """`conform=False` serves without the conformance check (for deliberate faults)."""
        from brainstem_api_tools.sandbox.app import create_app
        from brainstem_api_tools.sandbox.server import Sandbox, ServerThread

        options.setdefault("token", SANDBOX_TOKEN)
        app = create_app(**options)
        server = ServerThread(ConformanceMiddleware(app, self.conformance) if conform else app)
        server.start()
        self.started.append(server)
        return Sandbox(server, app.state.sandbox)

    def stop(self) -> None:
        # Each server notices `should_exit` within 0.1 s: tell them all, then wait for each.
        for server in self.started:
            server.server.should_exit = True
        while self.started:
            self.started.pop().stop()


@pytest.fixture(scope="session")
def make_lasting_sandbox(conformance: ConformanceChecker) -> Iterator[Callable[..., Any]]:
    """`make_sandbox` for session and package fixtures: stopped at the end of the session."""
    sandboxes = Sandboxes(conformance)
    yield sandboxes
    sandboxes.stop()


@pytest.fixture(scope="module")
def make_sandbox(conformance: ConformanceChecker) -> Iterator[Callable[..., Any]]:
    """Start a sandbox with the given `create_app` options; all stop at the end of the module."""
    sandboxes = Sandboxes(conformance)
    yield sandboxes
    sandboxes.stop()


@pytest.fixture(scope="session")
def sandbox(make_lasting_sandbox: Callable[..., Any]) -> Any:
    return make_lasting_sandbox(records=SANDBOX_RECORDS, device_interval=1)


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


def pytest_configure(config: pytest.Config) -> None:
    """A run started in the background by a shell without job control (`make test &` in a
    script, a CI runner) inherits SIGINT ignored, and so would every process the tests start:
    the `brainstem` a test interrupts with Ctrl-C (SIGINT) would ignore it and never end. The
    tests take SIGINT back as a terminal gives it (their children then start with it too)."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection built (modules, test items, the schemathesis and hypothesis strategies:
    some 600,000 objects) lives until the end: out of the garbage collector's sight. Else each
    full collection walks them all, pausing every thread of the process 0.3-0.6 s, the
    in-process sandboxes included; a client with a short timeout then takes the pause for a
    lost answer (the cause of the flaky import and save_many fault tests)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def summary() -> RunSummary:
    return RUN


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: the controller sums and reports
        worker_output["brainstem_summary"] = RUN.export(_CHECKER)
        return
    if _CHECKER is not None:
        RUN.include(_CHECKER)
    if RUN.failure_count:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist: a worker finished; add its figures."""
    data = getattr(node, "workeroutput", {}).get("brainstem_summary")
    if data:
        RUN.merge(data)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    for line in RUN.formatted():
        terminalreporter.write_line(line)
    if not RUN.checkers:
        return
    terminalreporter.write_line(
        f"sandbox conformance: {RUN.checked} responses checked against openapi.yaml, "
        f"{RUN.failure_count} not conforming, {RUN.unmatched} outside the spec"
    )
    for failure in RUN.failures[:20]:
        terminalreporter.write_line(f"  {failure}")
    if terminalreporter.config.option.verbose > 0:
        for sample in RUN.unmatched_samples[:10]:
            terminalreporter.write_line(f"  outside the spec: {sample}")
