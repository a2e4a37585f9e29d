"""Fixtures of the CLI tests: `brainstem` against sandboxes on real loopback ports, each run in
its own config folder.

`cli(*args)` runs the command line in this process (`tests/cli_runner.py`: its own environment,
stdin, stdout and stderr, as a subprocess would have them), which takes milliseconds instead of
the 100-300 ms of a subprocess's start-up. `cli(*args, command=(BRAINSTEM,))` runs the installed
command as a real subprocess: for what only a process shows (the entry point, signals,
terminals, broken pipes, start-up imports).

Logins wait by `cli_clock`, a FakeClock shared with the sandboxes: no login waits real seconds.

Every run is checked for leaks: no token the tests know (the sandboxes' tokens and every token
found in a token file) may appear on stdout or stderr.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ..cli_runner import SECRETS, Result, check_no_leak, run_in_process, token_files
from ..clock import FakeClock

__all__ = [
    "BRAINSTEM",
    "CLI",
    "SECRETS",
    "Result",
    "check_no_leak",
    "start_sandbox",
    "token_files",
]

BIN = Path(sys.executable).parent
BRAINSTEM = str(BIN / "brainstem")
SANDBOX_TOKEN = f"cli-test-{secrets.token_hex(16)}"
SECRETS.add(SANDBOX_TOKEN)
# The time of every in-process login and of the sandboxes below.
CLOCK = FakeClock()


@dataclass
class CLI:
    """Runs `brainstem` with a private config folder and the given server and token."""

    config: Path
    url: str | None = None
    token: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    clock: FakeClock = CLOCK

    def environ(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # let the generated modules be cached
        env["XDG_CONFIG_HOME"] = str(self.config)
        env["BROWSER"] = "true"  # never open a real browser
        env.pop("COLUMNS", None)
        if self.url:
            env["BRAINSTEM_URL"] = self.url
        if self.token:
            env["BRAINSTEM_TOKEN"] = self.token
        env.update(self.env)
        env.update(extra or {})
        return env

    def __call__(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        command: Sequence[str] | None = None,
        timeout: float = 30,
    ) -> Result:
        """Run `brainstem args` in this process, or `command args` as a subprocess."""
        if command is None:
            code, out, err = run_in_process(args, self.environ(env), input, self.clock)
            result = Result(list(args), code, out, err)
        else:
            proc = subprocess.run(
                [*command, *args],
                input=input,
                capture_output=True,
                text=True,
                env=self.environ(env),
                timeout=timeout,
            )
            result = Result(list(args), proc.returncode, proc.stdout, proc.stderr)
        check_no_leak(result, self.config)
        return result


def start_sandbox(request: pytest.FixtureRequest, **options: Any) -> Iterator[Any]:
    """A sandbox on a free loopback port; through the suite's conformance checks if present.
    It lives as long as the fixture that asks for it (a module's or the session's)."""
    lasting = request.scope in ("package", "session")
    factory = "make_lasting_sandbox" if lasting else "make_sandbox"
    try:
        make = request.getfixturevalue(factory)
    except pytest.FixtureLookupError:
        from brainstem_api_tools.sandbox import run_sandbox

        with run_sandbox(**options) as sb:
            yield sb
    else:
        yield make(**options)


@pytest.fixture(scope="session")
def cli_clock() -> FakeClock:
    return CLOCK


@pytest.fixture(scope="session")
def cli_sandbox(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A sandbox that approves device logins at once (poll interval 1 s of `cli_clock`)."""
    yield from start_sandbox(
        request,
        records=40,
        token=SANDBOX_TOKEN,
        auto_approve=True,
        device_interval=1,
        clock=CLOCK.now,
    )


@pytest.fixture(scope="session")
def waiting_sandbox(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A sandbox whose device logins are never approved and expire after 2 s of `cli_clock`."""
    token = f"cli-test-{secrets.token_hex(16)}"
    SECRETS.add(token)
    yield from start_sandbox(
        request,
        records=2,
        token=token,
        device_interval=1,
        device_expires_in=2,
        clock=CLOCK.now,
    )


@pytest.fixture
def clean(cli_sandbox: Any) -> Iterator[Any]:
    """The sandbox with its seed data, restored after the test."""
    cli_sandbox.reset()
    yield cli_sandbox
    cli_sandbox.reset()


@pytest.fixture
def cli(cli_sandbox: Any, tmp_path: Path) -> CLI:
    """`brainstem` pointed at the sandbox (BRAINSTEM_URL) with its token (BRAINSTEM_TOKEN)."""
    return CLI(tmp_path / "config", url=cli_sandbox.url, token=cli_sandbox.token)


@pytest.fixture
def anonymous(cli_sandbox: Any, tmp_path: Path) -> CLI:
    """`brainstem` pointed at the sandbox, with no token at all."""
    return CLI(tmp_path / "config", url=cli_sandbox.url)
