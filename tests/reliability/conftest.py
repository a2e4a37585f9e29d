"""Fixtures of the reliability and security tests: sandboxes that misbehave on purpose.

* `faulty`: a small sandbox (30 sessions) for fault tests, served without the conformance
  check (its faults do not conform, by design); each test starts with no faults, the seed
  data and an empty request log.
* `fast_retries`: the default `RetryPolicy` with its waits cut to milliseconds, so the tests
  retry as often as a real client would without sleeping as long.
* `report(line)`: adds a line to the terminal summary (figures the issue asks for).
* Every test has its own token cache and no token in its environment.
* `brainstem(...)`: runs the command line (in this process), checking that its output holds no
  token.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools.client import RetryPolicy

from ..cli_runner import run_in_process
from ..summary import RunSummary

TOKEN = "reliability-test-token-5f0c1d2e"
FAST_RETRIES = RetryPolicy(backoff=0.005, max_backoff=0.02, max_retry_after=0.02)


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("BRAINSTEM_TOKEN", "BRAINSTEM_API_TOKEN", "BRAINSTEM_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BROWSER", "true")
    # The tests approve the logins they start (through the sandbox), as the person at the
    # terminal would: allow the login although pytest's stdin is no terminal.
    monkeypatch.setenv("BRAINSTEM_INTERACTIVE", "1")
    return tmp_path / "config"


@pytest.fixture(scope="package")
def faulty_server(make_lasting_sandbox: Callable[..., Any]) -> Any:
    return make_lasting_sandbox(conform=False, records=30, token=TOKEN, device_interval=1)


@pytest.fixture
def faulty(faulty_server: Any) -> Iterator[Any]:
    faulty_server.faults.off()
    faulty_server.reset()
    yield faulty_server
    faulty_server.faults.off()
    faulty_server.reset()


@pytest.fixture
def fast_retries() -> RetryPolicy:
    return FAST_RETRIES


@pytest.fixture
def report(summary: RunSummary) -> Callable[[str], None]:
    return summary.add


@dataclass
class Run:
    code: int
    out: str
    err: str


def brainstem(*args: str, url: str, token: str | None = TOKEN, config: Path, **env: str) -> Run:
    """`brainstem` (run in this process, see tests/cli_runner.py) with its own config folder;
    its output must not hold the token."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
    environ.update(XDG_CONFIG_HOME=str(config), BRAINSTEM_URL=url, BROWSER="true", **env)
    if token:
        environ["BRAINSTEM_TOKEN"] = token
    run = Run(*run_in_process(args, environ))
    for secret in {TOKEN, token} - {None}:
        assert secret not in run.out and secret not in run.err, f"token in output of {args}"
    return run
