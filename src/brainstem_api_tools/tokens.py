"""Which token a client uses (`choose_token`), and the token cache: one file per server,
private to the user.

The token of the default server lives at ``$XDG_CONFIG_HOME/brainstem/token`` (``~/.config``
when unset), where the official tools keep it. A token for any other server is kept apart in
``brainstem/tokens/<server key>``, so logging in to a local or test server never overwrites
the production token, and no token is ever read for a server it was not issued by.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_URL = "https://www.brainstem.org/"
URL_ENV = "BRAINSTEM_URL"
TOKEN_ENV = ("BRAINSTEM_TOKEN", "BRAINSTEM_API_TOKEN")

__all__ = [
    "DEFAULT_URL",
    "TOKEN_ENV",
    "URL_ENV",
    "TokenChoice",
    "choose_token",
    "delete_token",
    "env_token",
    "environment_server",
    "load_token",
    "login_command",
    "normalize_url",
    "refused_token",
    "same_server",
    "save_token",
    "server_url",
    "token_advice",
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


def same_server(a: str | None, b: str | None) -> bool:
    """Whether two server URLs name the same server (www.brainstem.org and brainstem.org are
    one)."""
    return normalize_url(a) == normalize_url(b) or (_is_default(a) and _is_default(b))


def environment_server(url: str) -> bool:
    """Whether `url` is the server the environment names: `BRAINSTEM_URL`, else the default
    one. The environment's token is for it alone."""
    return same_server(url, server_url(None))


@dataclass(frozen=True)
class TokenChoice:
    """The token a client for one server uses, and where it came from."""

    token: str | None = field(repr=False)  # never in a repr, a log or a traceback's locals
    source: str | None  # "argument", "environment", "cache", "login", or None: no token
    variable: str | None = None  # the environment variable, when source is "environment"


def choose_token(token: str | None, url: str, *, stored: bool = True) -> TokenChoice:
    """The token for the server `url`; the first found wins:

    1. `token`, given by the caller (`token=`, `--token`);
    2. `BRAINSTEM_TOKEN` (or `BRAINSTEM_API_TOKEN`), but only for the server the environment
       names: `BRAINSTEM_URL`, else the default server. A token from the environment is never
       sent to another server (a production token never reaches a test server);
    3. the token cached for `url`.

    `stored=False` looks at `token` only (public clients, `brainstem login`).
    """
    if token and str(token).strip():
        return TokenChoice(str(token).strip(), "argument")
    if not stored:
        return TokenChoice(None, None)
    found = env_token()
    if found and environment_server(url):
        return TokenChoice(found[1], "environment", found[0])
    cached = load_token(url)
    if cached:
        return TokenChoice(cached, "cache")
    return TokenChoice(None, None)


def login_command(url: str) -> str:
    """`brainstem login`, with the `--url` it needs to log in to this server."""
    if environment_server(url):
        return "`brainstem login`"
    return f"`brainstem login --url {normalize_url(url)}`"


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "brainstem"


def _is_default(url: str | None) -> bool:
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
    import tempfile

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


def token_advice(source: str | None, server: str, *, given_as: str = "token=") -> str:
    """What to do when the server refuses a token from `source` (see `choose_token`)."""
    if source == "environment":
        found = env_token()
        variable = found[0] if found else TOKEN_ENV[0]
        # `brainstem login` cannot help while the variable wins
        return f"fix or unset {variable}"
    if source == "argument":
        return f"check it, or leave {given_as} out and log in with {login_command(server)}"
    return f"run {login_command(server)} to log in again"


def refused_token(source: str | None, server: str, *, given_as: str = "token=") -> str:
    """What a 401 means for a token from `source`, and what to do about it."""
    found = env_token()
    which = {
        "environment": f"the token in ${found[0] if found else TOKEN_ENV[0]}",
        "argument": f"the token given with {given_as}",
        "cache": "the cached token",
        "login": "the token of the login",
    }.get(str(source), "the token")
    why = "expired or revoked" if source in ("cache", "login") else "invalid, expired or revoked"
    return f"the server refused {which} ({why}); {token_advice(source, server, given_as=given_as)}"
