"""The token cache: per-server files, private modes, atomic replacement."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from brainstem_api_tools import tokens


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    return tmp_path / "cfg"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_server_uses_the_documented_path(config_home: Path) -> None:
    assert tokens.token_path() == config_home / "brainstem" / "token"
    assert tokens.token_path("https://www.brainstem.org") == config_home / "brainstem" / "token"
    assert tokens.token_path("www.brainstem.org/") == config_home / "brainstem" / "token"


def test_home_config_is_used_without_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tokens.token_path() == tmp_path / ".config" / "brainstem" / "token"


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_file_is_0600_and_folder_0700_whatever_the_umask(config_home: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        path = tokens.save_token("secret-token-value", "http://127.0.0.1:8765/")
    finally:
        os.umask(old)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(config_home / "brainstem") == 0o700
    assert path.read_text().strip() == "secret-token-value"
    # no temporary file is left behind
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_existing_permissive_folder_is_tightened(config_home: Path) -> None:
    folder = config_home / "brainstem"
    folder.mkdir(parents=True, mode=0o777)
    os.chmod(folder, 0o777)
    tokens.save_token("t1")
    assert mode(folder) == 0o700


def test_servers_are_kept_apart(config_home: Path) -> None:
    tokens.save_token("production", None)
    tokens.save_token("local", "http://127.0.0.1:8000/")
    tokens.save_token("other-port", "http://127.0.0.1:8001")
    assert tokens.load_token() == "production"
    assert tokens.load_token("http://127.0.0.1:8000") == "local"
    assert tokens.load_token("http://127.0.0.1:8001/") == "other-port"
    assert tokens.load_token("https://127.0.0.1:8000/") is None  # another scheme, another server
    assert tokens.load_token("http://localhost:8000/") is None


def test_replacing_and_deleting_touch_only_that_server(config_home: Path) -> None:
    tokens.save_token("production")
    tokens.save_token("old", "http://127.0.0.1:8000/")
    tokens.save_token("new", "http://127.0.0.1:8000/")
    assert tokens.load_token("http://127.0.0.1:8000/") == "new"
    assert tokens.delete_token("http://127.0.0.1:8000/") is True
    assert tokens.delete_token("http://127.0.0.1:8000/") is False
    assert tokens.load_token("http://127.0.0.1:8000/") is None
    assert tokens.load_token() == "production"


def test_normalize_url_rejects_nonsense() -> None:
    from brainstem_api_tools.errors import UsageError

    with pytest.raises(UsageError, match="not a server URL"):
        tokens.normalize_url("ftp://example.org")
    assert tokens.normalize_url("HTTP://LocalHost:80/") == "http://localhost/"
