"""The token goes to its own server only, over a safe channel, and appears in no output, log,
exception or repr."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from brainstem_api_tools import BrainstemClient, tokens
from brainstem_api_tools.errors import (
    AuthenticationError,
    BrainstemConnectionError,
    BrainstemError,
    UsageError,
)
from brainstem_api_tools.sandbox.middleware import RequestLog, RequestLogMiddleware
from brainstem_api_tools.sandbox.server import serve

from .conftest import FAST_RETRIES, TOKEN, brainstem

TOKEN_A = "token-of-server-a-0123456789abcdef"
TOKEN_B = "token-of-server-b-fedcba9876543210"
PRODUCTION = "production-token-00112233445566778899"
LIST = "/api/private/stem/session/"


def sha(token: str) -> str:
    return hashlib.sha256(f"Bearer {token}".encode()).hexdigest()


def hashes(sandbox: Any) -> set[str | None]:
    return {e.authorization_sha256 for e in sandbox.requests.entries()}


@pytest.fixture(scope="module")
def two(make_sandbox: Callable[..., Any]) -> tuple[Any, Any]:
    a = make_sandbox(records=5, token=TOKEN_A, auto_approve=True, device_interval=1)
    b = make_sandbox(records=5, token=TOKEN_B, auto_approve=True, device_interval=1)
    return a, b


@pytest.fixture
def servers(two: tuple[Any, Any]) -> Iterator[tuple[Any, Any]]:
    for sandbox in two:
        sandbox.requests.clear()
    yield two


# -- the token file -----------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o002, 0o022])
def test_login_writes_the_token_0600_from_the_first_byte(
    servers: tuple[Any, Any],
    isolated_config: Path,
    umask: int,
    monkeypatch: pytest.MonkeyPatch,
    fake_clock: Any,
) -> None:
    """Under a permissive umask, through a real device login: the file is 0600 before anything
    is written to it, its folders 0700, and no other file is left behind."""
    a, _ = servers
    modes_at_first_write: list[int] = []
    real_fdopen = os.fdopen

    def watching_fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        modes_at_first_write.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(tokens.os, "fdopen", watching_fdopen)
    old = os.umask(umask)
    try:
        client = BrainstemClient(url=a.url, headless=True, out=io.StringIO(), clock=fake_clock)
    finally:
        os.umask(old)
    assert client.token_source == "login"
    path = tokens.token_path(a.url)
    assert modes_at_first_write == [0o600]
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700 and mode(isolated_config / "brainstem") == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert client.load("session").status_code == 200


# -- one server's token never goes to another -----------------------------------------------------


def test_each_server_gets_its_own_token_only(servers: tuple[Any, Any]) -> None:
    a, b = servers
    tokens.save_token(PRODUCTION)  # the default server's token
    tokens.save_token(TOKEN_A, a.url)
    tokens.save_token(TOKEN_B, b.url)
    with BrainstemClient(url=a.url) as on_a, BrainstemClient(url=b.url) as on_b:
        assert on_a.token_source == on_b.token_source == "cache"
        on_a.load("session", load_all=True)
        on_b.load("session", load_all=True)
        on_a.load("project", portal="public")
        # a request of A's client aimed at B's address carries no token
        on_a._http.get(f"{b.url}{LIST}")
        on_b._http.get(f"{a.url}{LIST}")
    assert hashes(a) == {sha(TOKEN_A), None}
    assert hashes(b) == {sha(TOKEN_B), None}
    assert [e.authorized for e in b.requests.matching("GET", LIST)] == [True, False]


def test_a_new_server_logs_in_rather_than_using_another_token(
    servers: tuple[Any, Any], fake_clock: Any
) -> None:
    """With tokens cached for production and for A, a client for B logs in to B."""
    a, b = servers
    tokens.save_token(PRODUCTION)
    tokens.save_token(TOKEN_A, a.url)
    with BrainstemClient(url=b.url, headless=True, out=io.StringIO(), clock=fake_clock) as client:
        assert client.token_source == "login"
        client.load("session")
    new = tokens.load_token(b.url)
    assert new not in (None, PRODUCTION, TOKEN_A)
    assert sha(PRODUCTION) not in hashes(b) and sha(TOKEN_A) not in hashes(b)
    assert sha(str(new)) in hashes(b)
    assert a.requests.entries() == []


def test_the_environment_token_goes_to_its_own_server_only(
    servers: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake_clock: Any
) -> None:
    """BRAINSTEM_TOKEN belongs to BRAINSTEM_URL (else the default server): a client for
    another server uses that server's cache or login, in the library and on the command line."""
    a, b = servers
    tokens.save_token(TOKEN_B, b.url)
    monkeypatch.setenv("BRAINSTEM_URL", a.url)
    monkeypatch.setenv("BRAINSTEM_TOKEN", TOKEN_A)
    with BrainstemClient() as on_a, BrainstemClient(url=a.url + "/") as also_a:
        assert on_a.token_source == also_a.token_source == "environment"
        assert on_a.load("session").status_code == also_a.load("session").status_code == 200
    with BrainstemClient(url=b.url) as on_b:
        assert on_b.token_source == "cache"
        assert on_b.load("session").status_code == 200
    assert hashes(a) == {sha(TOKEN_A)} and hashes(b) == {sha(TOKEN_B)}
    # Without BRAINSTEM_URL the environment's token is the default server's: a production
    # token. A client for a test server that has no cached token logs in there instead.
    monkeypatch.delenv("BRAINSTEM_URL")
    monkeypatch.delenv("BRAINSTEM_TOKEN")
    monkeypatch.setenv("BRAINSTEM_API_TOKEN", PRODUCTION)
    with BrainstemClient(url=a.url, headless=True, out=io.StringIO(), clock=fake_clock) as client:
        assert client.token_source == "login"
        assert client.load("session").status_code == 200
    assert sha(PRODUCTION) not in hashes(a) | hashes(b)
    # the command line: --url of another server than BRAINSTEM_URL's
    config = tmp_path / "cli"
    run = brainstem("load", "session", "--url", b.url, url=a.url, token=TOKEN_A, config=config)
    assert run.code == 4 and f"not logged in to {b.url}/" in run.err, run
    run = brainstem("auth", "status", "--url", b.url, url=a.url, token=TOKEN_A, config=config)
    assert run.code == 4 and "Token:   none" in run.out
    b.requests.clear()
    login = brainstem(
        "login", "--token", TOKEN_B, "--url", b.url, url=a.url, token=TOKEN_A, config=config
    )
    assert login.code == 0 and "BRAINSTEM_TOKEN is set" not in login.err, login
    run = brainstem("load", "session", "--url", b.url, url=a.url, token=TOKEN_A, config=config)
    assert run.code == 0, run
    assert hashes(b) == {sha(TOKEN_B)}
    assert sha(TOKEN_A) not in hashes(b) and sha(PRODUCTION) not in hashes(b)


def test_a_refused_environment_token_says_to_fix_or_unset_it(
    servers: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Logging in cannot help while the variable wins: the error says so."""
    a, _ = servers
    tokens.save_token(TOKEN_A, a.url)  # a good cached token, hidden by the variable
    monkeypatch.setenv("BRAINSTEM_URL", a.url)
    monkeypatch.setenv("BRAINSTEM_TOKEN", "not-the-token-of-a")
    with BrainstemClient() as client, pytest.raises(AuthenticationError) as info:
        client.load("session").raise_for_status()
    message = str(info.value)
    assert message.endswith(
        "the server refused the token in $BRAINSTEM_TOKEN (invalid, expired or revoked); "
        "fix or unset BRAINSTEM_TOKEN"
    )
    assert "brainstem login" not in message and info.value.token_source == "environment"
    status = brainstem("auth", "status", url=a.url, token="not-the-token-of-a", config=tmp_path)
    assert status.code == 4
    assert status.out.splitlines()[-1] == (
        "Status:  the server refuses the token (401 Unauthorized: expired, revoked or unknown); "
        "fix or unset BRAINSTEM_TOKEN"
    )


# -- redirects ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def redirector(two: tuple[Any, Any]) -> Iterator[tuple[Any, RequestLog]]:
    """A server that answers every request with a redirect to the same path on server B."""
    _, b = two
    log = RequestLog()

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        query = scope["query_string"].decode()
        location = f"{b.url}{scope['path']}" + (f"?{query}" if query else "")
        await send(
            {
                "type": "http.response.start",
                "status": 302,
                "headers": [(b"location", location.encode()), (b"content-length", b"0")],
            }
        )
        await send({"type": "http.response.body", "body": b""})

    with serve(RequestLogMiddleware(app, log)) as server:
        yield server, log


def test_redirect_to_another_host_is_not_followed(
    redirector: tuple[Any, RequestLog], servers: tuple[Any, Any]
) -> None:
    server, log = redirector
    _, b = servers
    log.clear()
    with BrainstemClient(token=TOKEN_A, url=server.url, retries=FAST_RETRIES) as client:
        response = client.load("session")
        assert response.status_code == 302
        with pytest.raises(BrainstemError, match=r"^302 Found from GET .* redirects to http"):
            response.raise_for_status()
        with pytest.raises(BrainstemError, match="redirects are not followed"):
            client.load("session", load_all=True)
    assert b.requests.entries() == []  # nothing reached B
    assert {e.authorization_sha256 for e in log.entries()} == {sha(TOKEN_A)}  # its own server


def test_a_client_that_follows_redirects_drops_the_token_on_the_way(
    redirector: tuple[Any, RequestLog], servers: tuple[Any, Any]
) -> None:
    server, _log = redirector
    _, b = servers
    with BrainstemClient(token=TOKEN_A, url=server.url) as client:
        client._http.follow_redirects = True  # as if someone turned it on
        response = client.load("session")
        assert response.status_code == 401  # B answered, without a token
    entries = b.requests.entries()
    assert entries and all(not e.authorized for e in entries)


# -- plain http ---------------------------------------------------------------------------------


class Recorder(httpx.MockTransport):
    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        super().__init__(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(200, json={"sessions": []})


def test_no_token_over_plain_http_to_another_host(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    for url in ("http://example.org/", "http://10.1.2.3:8000/", "http://127.0.0.1.nip.io/"):
        with pytest.raises(UsageError, match="refusing to send a token over plain http://"):
            BrainstemClient(token=TOKEN, url=url, transport=recorder)
    monkeypatch.setenv("BRAINSTEM_TOKEN", TOKEN)
    monkeypatch.setenv("BRAINSTEM_URL", "http://example.org/")  # the token's own server
    with pytest.raises(UsageError, match="plain http"):
        BrainstemClient(transport=recorder)
    monkeypatch.delenv("BRAINSTEM_TOKEN")
    monkeypatch.delenv("BRAINSTEM_URL")
    tokens.save_token(TOKEN, "http://example.org/")
    with pytest.raises(UsageError, match="plain http"):
        BrainstemClient(url="http://example.org/", transport=recorder)
    assert recorder.seen == []
    # https, loopback, and an explicit allowance send it
    for url, options in (
        ("https://example.org/", {}),
        ("http://localhost:8000/", {}),
        ("http://[::1]:8000/", {}),
        ("http://example.org/", {"allow_insecure_http": True}),
    ):
        with BrainstemClient(token=TOKEN, url=url, transport=recorder, **options) as client:
            client.load("session")
    assert [r.headers.get("Authorization") for r in recorder.seen] == [f"Bearer {TOKEN}"] * 4
    # the public portal over http needs no token and sends none
    with BrainstemClient.public(url="http://example.org/", transport=recorder) as client:
        client.load("session", portal="public")
    assert "Authorization" not in recorder.seen[-1].headers


def test_an_https_client_sends_no_token_to_http_urls() -> None:
    recorder = Recorder()
    with BrainstemClient(token=TOKEN, url="https://example.org/", transport=recorder) as client:
        client._http.get(f"http://example.org{LIST}")
    assert "Authorization" not in recorder.seen[0].headers


def test_command_line_refuses_plain_http(tmp_path: Path) -> None:
    run = brainstem("load", "session", url="http://example.org/", config=tmp_path)
    assert run.code == 2
    assert run.err.startswith("error: refusing to send a token over plain http:// to example.org")


# -- no token in any text -----------------------------------------------------------------------


def test_no_output_log_exception_or_repr_holds_the_token(
    faulty: Any,
    servers: tuple[Any, Any],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    fake_clock: Any,
) -> None:
    """Everything a user can see, with every logger at DEBUG (httpx and httpcore included),
    through successes, every kind of error and a login."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "brainstem_api_tools", "hpack"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    texts: list[str] = []

    def keep(exc: BaseException) -> None:
        texts.append(str(exc))
        texts.append(repr(exc))
        texts.append("".join(traceback.format_exception(exc)))

    a, _ = servers
    project = None
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        texts += [repr(client), repr(client._http.auth), str(client.__dict__)]
        response = client.load("session", limit=2)
        texts += [repr(response), repr(response.http), repr(response.http.request)]
        texts += [repr(response.http.request.headers), repr(response.headers)]
        project = client.load("project").json()["projects"][0]["id"]
        for kind, target in (
            ("reset", "reads"),
            ("partial", "reads"),
            ("html", "reads"),
            ("429", "reads"),
            ("truncate", "writes-after"),
            ("reset", "writes-before"),
        ):
            faulty.faults.configure(kinds=(kind,), rate=1.0, on=(target,))
            try:
                if target == "reads":
                    client.load("session", load_all=True)
                else:
                    client.save("session", data={"name": "x", "projects": [project]})
            except BrainstemError as exc:
                keep(exc)
        faulty.faults.off()
        for call in (
            lambda: client.load("session", id="../x"),
            lambda: client.load("sesion"),
            lambda: client.save("session", data={"name": 1}).raise_for_status(),
            lambda: client.load(
                "session", id="3fa85f64-5717-4562-b3fc-2c963f66afa6"
            ).raise_for_status(),
        ):
            try:
                call()
            except BrainstemError as exc:
                keep(exc)
    with BrainstemClient(token="wrong-token-0123456789", url=faulty.url) as client:
        try:
            client.load("session", load_all=True)
        except BrainstemError as exc:
            keep(exc)
    for bad in (f"{TOKEN}\x00", f"a\n{TOKEN}", f"{TOKEN}\r\nX-Evil: 1"):
        try:
            BrainstemClient(token=bad, url=faulty.url)
        except BrainstemError as exc:
            keep(exc)
    with BrainstemClient(token=TOKEN, url="http://127.0.0.1:9/", retries=0) as client:
        try:
            client.load("session")
        except BrainstemConnectionError as exc:
            keep(exc)
    # a login: its token is the secret too
    out = io.StringIO()
    with BrainstemClient(url=a.url, headless=True, out=out, clock=fake_clock) as client:
        texts += [repr(client), out.getvalue()]
        client.load("session")
    login_token = str(tokens.load_token(a.url))
    captured = capsys.readouterr()
    texts += [caplog.text, captured.out, captured.err]
    assert len(texts) > 40 and "HTTP Request: GET" in caplog.text  # httpx did log
    assert any("send_request_headers" in r.getMessage() for r in caplog.records)  # httpcore too
    for secret in (TOKEN, login_token, "wrong-token-0123456789"):
        leaks = [t for t in texts if secret in t]
        assert leaks == [], leaks[:3]


def test_device_login_to_a_server_that_is_not_there_is_our_error() -> None:
    """The login's first request used to let a raw httpx.ConnectError escape."""
    with pytest.raises(
        BrainstemConnectionError, match=r"^could not connect to http://127\.0\.0\.1:9/"
    ):
        BrainstemClient(url="http://127.0.0.1:9/", headless=True, out=io.StringIO(), retries=0)
