"""A login needs someone to approve it. Without a terminal or a notebook (cron, CI,
`< /dev/null`) a client that has no token says what to do at once instead of waiting 15
minutes; `interactive=` and `BRAINSTEM_INTERACTIVE` forbid or force the login; an explicit
`login()` always runs it."""

from __future__ import annotations

import asyncio
import io
import os
import pty
import subprocess
import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    AuthenticationError,
    BrainstemClient,
    UsageError,
    tokens,
)

START = "/api/auth/device/"
# A client without a token, in a child process; it waits by a clock that does not sleep.
SCRIPT = """
import sys
from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.auth import Clock

class NoWait(Clock):
    def sleep(self, seconds):
        pass

client = BrainstemClient(url=sys.argv[1], headless=True, clock=NoWait())
print("token from", client.token_source, flush=True)
"""


@pytest.fixture(scope="module")
def approving(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(records=2, auto_approve=True, device_interval=1)


@pytest.fixture
def no_terminal(approving: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """As under cron: pytest's stdin is no terminal, and nothing forces the login."""
    monkeypatch.delenv("BRAINSTEM_INTERACTIVE")
    approving.requests.clear()
    return approving


def child_env(config: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
    env.update(XDG_CONFIG_HOME=config, BROWSER="true")
    return env


def test_without_a_terminal_the_client_says_what_to_do_at_once(no_terminal: Any) -> None:
    for make in (BrainstemClient, AsyncBrainstemClient):
        with pytest.raises(AuthenticationError) as info:
            make(url=no_terminal.url, headless=True, out=io.StringIO())
        message = str(info.value)
        assert message.startswith(f"no token for {no_terminal.url}/, and this process cannot")
        assert "set BRAINSTEM_TOKEN and BRAINSTEM_URL=" in message
        assert f"`brainstem login --url {no_terminal.url}/` on a machine with a browser" in message
    assert no_terminal.requests.entries() == []  # no login was started


def test_stdin_from_dev_null_fails_fast(approving: Any, tmp_path: Any) -> None:
    approving.requests.clear()
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, approving.url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=child_env(str(tmp_path)),
        timeout=60,
    )
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.splitlines()[-1].startswith(
        f"brainstem_api_tools.errors.AuthenticationError: no token for {approving.url}/"
    )
    assert approving.requests.entries() == []


def test_in_a_terminal_the_login_runs(approving: Any, tmp_path: Any) -> None:
    """stdin and stderr on a pseudo-terminal: the code is shown there and the login runs."""
    controller, terminal = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT, approving.url],
            stdin=terminal,
            stderr=terminal,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(str(tmp_path)),
            timeout=60,
        )
        shown = os.read(controller, 65536).decode()
    finally:
        os.close(terminal)
        os.close(controller)
    assert (proc.returncode, proc.stdout) == (0, "token from login\n")
    assert "enter the code:" in shown and "Waiting for authorization" in shown


def test_interactive_false_forbids_the_login_and_true_forces_it(
    no_terminal: Any, monkeypatch: pytest.MonkeyPatch, fake_clock: Any
) -> None:
    monkeypatch.setenv("BRAINSTEM_INTERACTIVE", "1")
    with pytest.raises(AuthenticationError, match="interactive=False"):
        BrainstemClient(url=no_terminal.url, headless=True, interactive=False)
    monkeypatch.setenv("BRAINSTEM_INTERACTIVE", "0")
    with pytest.raises(AuthenticationError, match="cannot log in interactively"):
        BrainstemClient(url=no_terminal.url, headless=True)
    assert no_terminal.requests.entries() == []
    out = io.StringIO()
    forced = BrainstemClient(
        url=no_terminal.url, headless=True, out=out, interactive=True, clock=fake_clock
    )
    assert forced.token_source == "login" and "enter the code" in out.getvalue()
    monkeypatch.setenv("BRAINSTEM_INTERACTIVE", "maybe")
    tokens.delete_token(no_terminal.url)
    with pytest.raises(UsageError, match="BRAINSTEM_INTERACTIVE must be 1 or 0"):
        BrainstemClient(url=no_terminal.url)


def test_an_explicit_login_always_runs(no_terminal: Any, fake_clock: Any) -> None:
    client = BrainstemClient(
        token="stale",
        url=no_terminal.url,
        headless=True,
        out=io.StringIO(),
        interactive=False,
        clock=fake_clock,
    )
    client.login()
    assert client.token_source == "login"
    assert client.load("session").status_code == 200

    async def main() -> str | None:
        async with AsyncBrainstemClient(
            token="stale", url=no_terminal.url, headless=True, out=io.StringIO(), clock=fake_clock
        ) as ac:
            await ac.login()
            return ac.token_source

    assert asyncio.run(main()) == "login"


def test_in_a_notebook_the_login_is_a_link(
    no_terminal: Any, monkeypatch: pytest.MonkeyPatch, fake_clock: Any
) -> None:
    """In a notebook kernel (IPython already imported, with a kernel) the login URL is shown
    as a clickable link, and the login runs although there is no terminal."""
    shown: list[str] = []

    class HTML:
        def __init__(self, data: str) -> None:
            self.data = data

    ipython = types.ModuleType("IPython")
    ipython.get_ipython = lambda: types.SimpleNamespace(kernel=object())  # type: ignore[attr-defined]
    display = types.ModuleType("IPython.display")
    display.HTML = HTML  # type: ignore[attr-defined]
    display.display = lambda obj: shown.append(obj.data)  # type: ignore[attr-defined]
    ipython.display = display  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    monkeypatch.setitem(sys.modules, "IPython.display", display)
    out = io.StringIO()
    client = BrainstemClient(url=no_terminal.url, headless=True, out=out, clock=fake_clock)
    assert client.token_source == "login"
    assert out.getvalue() == ""
    (html,) = shown
    assert f'<a href="{no_terminal.url}/account/authorize/?session=' in html
    assert 'target="_blank"' in html and "enter the code <b>" in html
