"""One base, two thin clients: the same public API, and a device login that the sync client
drives with blocking calls and the async one without ever blocking the event loop."""

from __future__ import annotations

import asyncio
import inspect
import io
from collections.abc import AsyncIterator, Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    AuthenticationError,
    BrainstemClient,
    UsageError,
    tokens,
)

TOKEN = "sandbox-test-token"
START = "/api/auth/device/"
POLL = "/api/auth/device/token/"
# What only one side has: closing, and the context managers.
SYNC_ONLY = {"close", "__enter__", "__exit__"}
ASYNC_ONLY = {"aclose", "__aenter__", "__aexit__"}


def public_api(cls: type) -> dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in dir(cls)
        if not name.startswith("_") or name in SYNC_ONLY | ASYNC_ONLY
    }


def parameters(fn: Any) -> list[tuple[str, Any, Any, Any]]:
    """Name, kind, default and annotation of each parameter; the transport differs in kind
    (`httpx.BaseTransport` / `httpx.AsyncBaseTransport`) by necessity."""
    return [
        (p.name, p.kind, p.default, None if p.name == "transport" else p.annotation)
        for p in inspect.signature(fn).parameters.values()
    ]


def test_the_two_clients_have_the_same_methods_and_signatures() -> None:
    sync, asyn = public_api(BrainstemClient), public_api(AsyncBrainstemClient)
    assert set(sync) - SYNC_ONLY == set(asyn) - ASYNC_ONLY
    assert set(sync) >= SYNC_ONLY and set(asyn) >= ASYNC_ONLY
    assert parameters(BrainstemClient) == parameters(AsyncBrainstemClient)
    client = AsyncBrainstemClient(token=TOKEN, url="http://127.0.0.1:9/")
    for name in sorted(set(sync) - SYNC_ONLY):
        s, a = sync[name], asyn[name]
        if isinstance(s, property) or isinstance(
            inspect.getattr_static(BrainstemClient, name), classmethod
        ):
            continue  # url, token_source, public(): the same objects on both sides
        assert parameters(s) == parameters(a), name
        assert not inspect.iscoroutinefunction(s), name
        if name == "iter_records":  # an async iterator, made without I/O
            assert isinstance(client.iter_records("session"), AsyncIterator)
        elif inspect.iscoroutinefunction(a):
            pass
        else:  # the convenience loaders return what `load` returns: a coroutine
            pending = getattr(client, name)()
            assert inspect.iscoroutine(pending), name
            pending.close()
    assert inspect.iscoroutinefunction(AsyncBrainstemClient.login)


# -- the device login, driven by each client -------------------------------------------------------


def approve(url: str) -> bool:
    """What a user does in the browser: open the page, click Approve."""
    code = parse_qs(urlsplit(url).query)["code"][0]
    with httpx.Client() as http:
        http.post(url.split("?", 1)[0], data={"code": code, "action": "approve"})
    return True


@pytest.fixture
def device(make_sandbox: Callable[..., Any], fake_clock: Any) -> Any:
    """A sandbox whose device codes live 60 s of the fake clock's time."""
    return make_sandbox(records=3, device_interval=5, device_expires_in=60, clock=fake_clock.now)


def test_sync_login_waits_by_the_clock_it_is_given(device: Any, fake_clock: Any) -> None:
    """Nobody approves: the code expires after 60 s of waits 5 s apart, none of them slept."""
    with pytest.raises(AuthenticationError, match="expired"):
        BrainstemClient(url=device.url, headless=True, out=io.StringIO(), clock=fake_clock)
    assert fake_clock.slept == [5.0] * 12
    assert device.requests.count("POST", POLL) == 12


def test_login_with_a_stale_cached_token(device: Any, fake_clock: Any) -> None:
    """The login requests carry no Authorization header: a stale token cannot spoil them."""
    tokens.save_token("stale-token", device.url)
    client = BrainstemClient(
        url=device.url, out=io.StringIO(), clock=fake_clock, open_browser=approve
    )
    assert client.token_source == "cache"
    device.requests.clear()
    client.login()
    assert client.token_source == "login"
    assert tokens.load_token(device.url) not in (None, "stale-token")
    login = [e for e in device.requests.entries() if e.path in (START, POLL)]
    assert [e.path for e in login] == [START, POLL] and not any(e.authorized for e in login)
    assert client.load("session").status_code == 200
    assert fake_clock.slept == [5.0]


def test_async_login_never_blocks_the_event_loop(device: Any, fake_clock: Any) -> None:
    """The user approves from a coroutine on the same event loop while the login waits: it
    can only succeed if every wait and request of the login gives the loop back."""

    async def main() -> tuple[str | None, int]:
        shown: asyncio.Queue[str] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def open_browser(url: str) -> bool:  # runs in a worker thread
            loop.call_soon_threadsafe(shown.put_nowait, url)
            return True

        async def user() -> None:
            url = await shown.get()
            code = parse_qs(urlsplit(url).query)["code"][0]
            async with httpx.AsyncClient() as http:
                await http.post(url.split("?", 1)[0], data={"code": code, "action": "approve"})

        async with AsyncBrainstemClient(
            url=device.url, out=io.StringIO(), clock=fake_clock, open_browser=open_browser
        ) as client:
            assert client.token_source is None  # creating it did no I/O
            await asyncio.gather(client.login(), user())
            response = await client.load("session")
            return client.token_source, response.status_code

    assert asyncio.run(main()) == ("login", 200)


def test_async_client_logs_in_once_for_concurrent_requests(
    make_sandbox: Callable[..., Any], fake_clock: Any
) -> None:
    sandbox = make_sandbox(records=3, auto_approve=True, device_interval=1, clock=fake_clock.now)

    async def main() -> list[int]:
        async with AsyncBrainstemClient(
            url=sandbox.url, headless=True, out=io.StringIO(), clock=fake_clock
        ) as client:
            answers = await asyncio.gather(*(client.load("session") for _ in range(5)))
            return [a.status_code for a in answers]

    sandbox.requests.clear()
    assert asyncio.run(main()) == [200] * 5
    assert sandbox.requests.count("POST", START) == 1
    assert sandbox.requests.count("GET", "/api/private/stem/session/") == 5
    assert tokens.load_token(sandbox.url) is not None


def test_public_async_client_reads_the_public_portal(sandbox: Any) -> None:
    async def main() -> Any:
        async with AsyncBrainstemClient.public(url=sandbox.url) as client:
            projects = (await client.load("project")).json()["projects"]
            with pytest.raises(UsageError, match="no token"):
                await client.load("project", portal="private")
            return projects

    sandbox.requests.clear()
    assert asyncio.run(main())
    assert [e.path for e in sandbox.requests.entries()] == ["/api/public/stem/project/"]


def test_the_ca_bundle_is_loaded_for_https_only(sandbox: Any, monkeypatch: Any) -> None:
    """Loading it takes 30-60 ms of a small machine's start: a client of a plain-http server
    (the sandbox, a server on the lab's network) never does, and one of an https server does
    on its first request, as httpx's default transport would (verifying, with certifi)."""
    import certifi

    from brainstem_api_tools import BrainstemConnectionError

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    where, loaded = certifi.where, []
    monkeypatch.setattr(certifi, "where", lambda: loaded.append(1) or where())

    async def load_async(url: str) -> int:
        async with AsyncBrainstemClient(token=TOKEN, url=url, retries=0) as client:
            return (await client.load("session", limit=1)).status_code

    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        assert client.load("session", limit=1).status_code == 200
    assert asyncio.run(load_async(sandbox.url)) == 200
    assert loaded == []
    closed = "https://127.0.0.1:9"  # nothing listens: the transport is made, then refused
    with BrainstemClient(url=closed, public=True, retries=0) as client:
        with pytest.raises(BrainstemConnectionError):
            client.load("session", limit=1)
        assert loaded == [1]
        with pytest.raises(BrainstemConnectionError):
            client.load("session", limit=1)
    assert loaded == [1]  # once per client
    with pytest.raises(BrainstemConnectionError):
        asyncio.run(load_async(closed))
    assert loaded == [1, 1]


def test_the_environments_proxy_is_used_and_no_proxy_honoured(
    sandbox: Any, monkeypatch: Any
) -> None:
    """Passing httpx a transport turns off its reading of HTTP_PROXY & co.: the clients'
    transports read them, as httpx would. The sandbox stands in for the proxy: a client of a
    server that does not resolve reaches it through the proxy, and NO_PROXY sends it direct."""
    from brainstem_api_tools import BrainstemConnectionError

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    server = "http://brainstem.invalid"  # .invalid never resolves (RFC 2606)
    options: dict[str, Any] = {"retries": 0, "allow_insecure_http": True}

    async def load_async() -> int:
        async with AsyncBrainstemClient(token=TOKEN, url=server, **options) as client:
            return (await client.load("session", limit=1)).status_code

    def load() -> int:
        with BrainstemClient(token=TOKEN, url=server, **options) as client:
            return client.load("session", limit=1).status_code

    with pytest.raises(BrainstemConnectionError):
        load()  # no proxy: the name does not resolve
    monkeypatch.setenv("HTTP_PROXY", sandbox.url)
    before = sandbox.requests.count("GET", "/api/private/stem/session/")
    assert load() == 200
    assert asyncio.run(load_async()) == 200
    assert sandbox.requests.count("GET", "/api/private/stem/session/") == before + 2
    monkeypatch.setenv("NO_PROXY", "brainstem.invalid")
    with pytest.raises(BrainstemConnectionError):
        load()
    with pytest.raises(BrainstemConnectionError):
        asyncio.run(load_async())
