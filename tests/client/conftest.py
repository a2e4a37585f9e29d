"""Client fixtures: a client on the session sandbox, and an isolated token cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient

TOKEN = "sandbox-test-token"  # tests/conftest.py's SANDBOX_TOKEN


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real token cache or environment token."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for name in ("BRAINSTEM_TOKEN", "BRAINSTEM_API_TOKEN", "BRAINSTEM_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BROWSER", "true")  # webbrowser.open runs `true`, opens nothing
    # The tests approve the logins they start (through the sandbox), as the person at the
    # terminal would: allow the login although pytest's stdin is no terminal.
    monkeypatch.setenv("BRAINSTEM_INTERACTIVE", "1")
    return tmp_path / "config"


@pytest.fixture
def client(sandbox: Any) -> Iterator[BrainstemClient]:
    with BrainstemClient(token=TOKEN, url=sandbox.url) as c:
        yield c


@pytest.fixture
def writer(clean_sandbox: Any) -> Iterator[BrainstemClient]:
    """A client on a sandbox whose data is restored after the test."""
    with BrainstemClient(token=TOKEN, url=clean_sandbox.url) as c:
        yield c
