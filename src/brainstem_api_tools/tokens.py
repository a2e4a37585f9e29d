"""The token cache: one file per server, private to the user.

The token of the default server lives at ``$XDG_CONFIG_HOME/brainstem/token`` (``~/.config``
when unset), where the official tools keep it. A token for any other server is kept apart in
``brainstem/tokens/<server key>``, so logging in to a local or test server never overwrites
the production token, and no token is ever read for a server it was not issued by.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_URL = "https://www.brainstem.org/"
URL_ENV = "BRAINSTEM_URL"
TOKEN_ENV = ("BRAINSTEM_TOKEN", "BRAINSTEM_API_TOKEN")

__all__ = [
    "DEFAULT_URL",
    "TOKEN_ENV",
    "URL_ENV",
    "delete_token",
    "env_token",
    "load_token",
    "normalize_url",
    "save_token",
    "server_url",
    "token_path",
]


def normalize_url(url: str | None) -> str:
    """`scheme://host[:port]/` of a server URL (default: the BrainSTEM service)."""
    raw = (url or DEFAULT_URL).strip()
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        from brainstem_api_tools.errors import UsageError

        raise UsageError(f"not a server URL: {url!r}; expected e.g. https://www.brainstem.org/")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[parts.scheme]
    port = "" if parts.port in (None, default_port) else f":{parts.port}"
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{host}{port}{path}/"


def server_url(url: str | None) -> str:
    """The server: `url`, else `$BRAINSTEM_URL`, else the BrainSTEM service (normalized)."""
    return normalize_url(url or os.environ.get(URL_ENV) or None)


def env_token() -> tuple[str, str] | None:
    """The environment variable that gives a token, and the token, if one does."""
    for name in TOKEN_ENV:
        value = os.environ.get(name, "").strip()
        if value:
            return name, value
    return None


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "brainstem"


def _is_default(url: str) -> bool:
    return normalize_url(url) in {normalize_url(DEFAULT_URL), "https://brainstem.org/"}


def token_path(url: str | None = None) -> Path:
    """Where the token for this server is cached."""
    normalized = normalize_url(url)
    if _is_default(normalized):
        return config_dir() / "token"
    key = re.sub(r"[^A-Za-z0-9.-]+", "_", normalized.split("://", 1)[1].rstrip("/"))
    scheme = normalized.split("://", 1)[0]
    return config_dir() / "tokens" / f"{scheme}_{key}"


def load_token(url: str | None = None) -> str | None:
    """The cached token for this server, or None."""
    try:
        token = token_path(url).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return None
    return token or None


def _private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def save_token(token: str, url: str | None = None) -> Path:
    """Cache the token for this server; returns the file's path.

    The file is created 0600 (never readable by others, whatever the umask), its folder
    0700, and replaces any previous token atomically.
    """
    path = token_path(url)
    _private_dir(config_dir())
    _private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=path.parent)  # mkstemp creates it 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(token.strip() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def delete_token(url: str | None = None) -> bool:
    """Remove the cached token of this server only; True if there was one."""
    try:
        token_path(url).unlink()
    except FileNotFoundError:
        return False
    return True
