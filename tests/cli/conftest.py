"""Fixtures of the CLI tests: the installed `brainstem` command run as a subprocess against
sandboxes on real loopback ports, each run in its own config folder.

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

BIN = Path(sys.executable).parent
BRAINSTEM = str(BIN / "brainstem")
SANDBOX_TOKEN = f"cli-test-{secrets.token_hex(16)}"
SECRETS: set[str] = {SANDBOX_TOKEN}


@dataclass
class Result:
    args: list[str]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        import json

        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Result({self.args}, code={self.code}, out={self.out[:300]!r}, err={self.err!r})"


def token_files(config: Path) -> list[Path]:
    root = config / "brainstem"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@dataclass
class CLI:
    """Runs `brainstem` with a private config folder and the given server and token."""

    config: Path
    url: str | None = None
    token: str | None = None
    env: dict[str, str] = field(default_factory=dict)

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
        command: Sequence[str] = (BRAINSTEM,),
        timeout: float = 30,
    ) -> Result:
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


def check_no_leak(result: Result, config: Path) -> None:
    """No known token on stdout or stderr; remembers the tokens of the token files."""
    for path in token_files(config):
        SECRETS.add(path.read_text().strip())
    for secret in SECRETS:
        assert secret not in result.out, f"token on stdout of brainstem {result.args}"
        assert secret not in result.err, f"token on stderr of brainstem {result.args}"


def start_sandbox(request: pytest.FixtureRequest, **options: Any) -> Iterator[Any]:
    """A sandbox on a free loopback port; through the suite's conformance checks if present."""
    try:
        make = request.getfixturevalue("make_sandbox")
    except pytest.FixtureLookupError:
        from brainstem_api_tools.sandbox import run_sandbox

        with run_sandbox(**options) as sb:
            yield sb
    else:
        yield make(**options)


@pytest.fixture(scope="session")
def cli_sandbox(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A sandbox that approves device logins at once (poll interval 1 s)."""
    yield from start_sandbox(
        request, records=40, token=SANDBOX_TOKEN, auto_approve=True, device_interval=1
    )


@pytest.fixture(scope="session")
def waiting_sandbox(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A sandbox whose device logins are never approved and expire after 2 s."""
    token = f"cli-test-{secrets.token_hex(16)}"
    SECRETS.add(token)
    yield from start_sandbox(
        request, records=2, token=token, device_interval=1, device_expires_in=2
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
