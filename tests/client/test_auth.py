"""Login and tokens against the sandbox: the device flow, the cache, and where tokens go."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from brainstem_api_tools import AuthenticationError, BrainstemClient, tokens
from brainstem_api_tools.auth import Clock

TOKEN = "sandbox-test-token"


def browser(decision: str) -> Callable[[str], bool]:
    """A 'browser' that opens the approval page and clicks Approve or Deny."""

    def open_page(url: str) -> bool:
        code = parse_qs(urlsplit(url).query)["code"][0]
        with httpx.Client() as http:
            assert http.get(url).status_code == 200
            base = url.split("?", 1)[0]
            http.post(base, data={"code": code, "action": decision})
        return True

    return open_page


@pytest.fixture(scope="module")
def device_sandbox(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(records=5, device_interval=1)


def test_browser_login_approved_caches_the_token(
    device_sandbox: Any, isolated_config: Path, fake_clock: Any
) -> None:
    out = io.StringIO()
    client = BrainstemClient(
        url=device_sandbox.url, open_browser=browser("approve"), out=out, clock=fake_clock
    )
    assert client.token_source == "login"
    assert client.load("session").status_code == 200
    path = tokens.token_path(device_sandbox.url)
    cached = path.read_text().strip()
    assert cached and cached not in out.getvalue() and cached not in repr(client)
    assert "enter the code" in out.getvalue()  # the code is shown even when a browser opens
    # next time the cached token is used: no login
    again = BrainstemClient(url=device_sandbox.url, open_browser=browser("deny"))
    assert again.token_source == "cache"
    # and the default server's token file was not touched
    assert not tokens.token_path().exists()


def test_headless_login_prints_url_and_code(
    make_sandbox: Callable[..., Any], fake_clock: Any
) -> None:
    sandbox = make_sandbox(records=1, device_interval=1, auto_approve=True)
    out = io.StringIO()
    opened: list[str] = []
    client = BrainstemClient(
        url=sandbox.url,
        headless=True,
        out=out,
        open_browser=lambda u: bool(opened.append(u)),
        clock=fake_clock,
    )
    assert client.token_source == "login" and not opened
    text = out.getvalue()
    assert f"{sandbox.url}/account/authorize/" in text and "enter the code:" in text


def test_denied_login(device_sandbox: Any, fake_clock: Any) -> None:
    with pytest.raises(AuthenticationError, match="denied"):
        BrainstemClient(
            url=device_sandbox.url,
            open_browser=browser("deny"),
            out=io.StringIO(),
            clock=fake_clock,
        )
    assert not tokens.token_path(device_sandbox.url).exists()


def test_expired_login(make_sandbox: Callable[..., Any], fake_clock: Any) -> None:
    sandbox = make_sandbox(records=1, device_interval=1, device_expires_in=1, clock=fake_clock.now)
    with pytest.raises(AuthenticationError, match="expired"):
        BrainstemClient(url=sandbox.url, headless=True, out=io.StringIO(), clock=fake_clock)


def test_already_used_code(device_sandbox: Any, fake_clock: Any) -> None:
    def steal(url: str) -> bool:
        """Approve, then collect the token before the client does."""
        browser("approve")(url)
        code = parse_qs(urlsplit(url).query)["code"][0]
        session = device_sandbox.state.device.lookup(code)
        httpx.post(
            f"{device_sandbox.url}/api/auth/device/token/",
            json={"device_code": session.device_code},
        )
        return True

    with pytest.raises(AuthenticationError, match="already used"):
        BrainstemClient(
            url=device_sandbox.url, open_browser=steal, out=io.StringIO(), clock=fake_clock
        )


def test_slow_down_is_honoured(make_sandbox: Callable[..., Any], fake_clock: Any) -> None:
    """A poll that reaches the server before the interval has passed (here the wait before it
    ends 3 s early, as when the poll before was held up on the way) is answered slow_down: the
    client waits 5 s longer before every later poll, and the login goes on."""
    sandbox = make_sandbox(records=1, device_interval=5, slow_down=True, clock=fake_clock.now)
    pages: list[str] = []
    waits: list[float] = []

    class Hurried(Clock):
        """The fake clock (no real sleeping); the second wait is cut short, and the user
        approves during the third."""

        def now(self) -> float:
            return float(fake_clock.now())

        def sleep(self, seconds: float) -> None:
            waits.append(seconds)
            fake_clock.sleep(seconds - 3 if len(waits) == 2 else seconds)
            if len(waits) == 3:
                browser("approve")(pages[0])

    client = BrainstemClient(
        url=sandbox.url,
        open_browser=lambda url: bool(pages.append(url)) or True,
        out=io.StringIO(),
        clock=Hurried(),
    )
    assert client.token_source == "login"
    # pending after 5 s; too early after 2 s more (slow_down); then 10 s apart: approved
    assert waits == [5, 5, 10]
    assert sandbox.requests.count("POST", "/api/auth/device/token/") == 3
    assert client.load("session").status_code == 200


def test_login_again_runs_the_flow_even_with_a_cached_token(
    device_sandbox: Any, fake_clock: Any
) -> None:
    tokens.save_token("stale-token", device_sandbox.url)
    client = BrainstemClient(
        url=device_sandbox.url, open_browser=browser("approve"), out=io.StringIO(), clock=fake_clock
    )
    assert client.token_source == "cache"
    client.login()
    assert tokens.load_token(device_sandbox.url) not in (None, "stale-token")
    assert client.load("session").status_code == 200


def test_stale_cached_token_says_how_to_log_in(sandbox: Any) -> None:
    tokens.save_token("stale-token", sandbox.url)
    client = BrainstemClient(url=sandbox.url)
    response = client.load("session")
    assert response.status_code == 401
    with pytest.raises(AuthenticationError) as info:
        response.raise_for_status()
    message = str(info.value)
    assert "refused the cached token" in message and "brainstem login" in message
    assert "stale-token" not in message


def test_token_precedence(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    tokens.save_token("cached", sandbox.url)
    monkeypatch.setenv("BRAINSTEM_URL", sandbox.url)  # the environment's token is for it
    monkeypatch.setenv("BRAINSTEM_API_TOKEN", TOKEN)
    assert BrainstemClient(url=sandbox.url).token_source == "environment"
    monkeypatch.setenv("BRAINSTEM_TOKEN", "from-env")
    assert BrainstemClient(url=sandbox.url).token_source == "environment"
    assert BrainstemClient(token=TOKEN, url=sandbox.url).token_source == "argument"
    monkeypatch.delenv("BRAINSTEM_TOKEN")
    assert BrainstemClient().load("session").status_code == 200


def test_public_portal_requests_carry_no_token(client: BrainstemClient, sandbox: Any) -> None:
    sandbox.requests.clear()
    client.load("project", portal="public")
    client.load("project")
    assert [e.authorized for e in sandbox.requests.entries()] == [False, True]
