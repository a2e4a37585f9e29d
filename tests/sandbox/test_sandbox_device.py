"""The device flow end to end: every poll outcome, the approval page, auto-approve."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def device_sandbox(make_sandbox, clock) -> Any:
    return make_sandbox(records=5, device_interval=1, clock=clock)


def start(sandbox: Any, **body: Any) -> dict[str, Any]:
    r = httpx.post(sandbox.url + "/api/auth/device/", json=body or None)
    assert r.status_code == 200, r.text
    return dict(r.json())


def poll(sandbox: Any, device_code: str) -> dict[str, Any]:
    r = httpx.post(sandbox.url + "/api/auth/device/token/", json={"device_code": device_code})
    assert r.status_code == 200, r.text
    return dict(r.json())


def decide(sandbox: Any, code: str, action: str) -> httpx.Response:
    return httpx.post(sandbox.url + "/account/authorize/", data={"code": code, "action": action})


def test_start_returns_codes_and_uris(device_sandbox) -> None:
    session = start(device_sandbox, client_name="pytest")
    assert re.fullmatch(r"[A-Z]{4}-\d{4}", session["user_code"])
    assert len(session["device_code"]) >= 32
    assert session["verification_uri"] == device_sandbox.url + "/account/authorize/"
    assert session["verification_uri_complete"].startswith(session["verification_uri"] + "?")
    assert f"code={session['user_code']}" in session["verification_uri_complete"]
    assert session["session_id"] in session["verification_uri_complete"]
    assert session["expires_in"] == 900
    assert session["interval"] == 1


def test_start_without_a_body(device_sandbox) -> None:
    r = httpx.post(device_sandbox.url + "/api/auth/device/")
    assert r.status_code == 200
    assert r.json()["interval"] == 1


def test_default_options(make_sandbox) -> None:
    box = make_sandbox(records=0)
    assert start(box)["interval"] == 5


def test_pending_then_approved_then_already_used(device_sandbox) -> None:
    session = start(device_sandbox)
    assert poll(device_sandbox, session["device_code"]) == {"status": "authorization_pending"}
    assert poll(device_sandbox, session["device_code"]) == {"status": "authorization_pending"}
    page = decide(device_sandbox, session["user_code"].lower().replace("-", ""), "approve")
    assert page.status_code == 200
    assert "Approved" in page.text
    answer = poll(device_sandbox, session["device_code"])
    assert answer["status"] == "success"
    token = answer["token"]
    r = httpx.get(
        device_sandbox.url + "/api/private/stem/session/",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200
    assert poll(device_sandbox, session["device_code"]) == {"error": "already_used"}


def test_denied(device_sandbox) -> None:
    session = start(device_sandbox)
    page = decide(device_sandbox, session["user_code"], "deny")
    assert page.status_code == 200
    assert "Denied" in page.text
    assert poll(device_sandbox, session["device_code"]) == {"error": "access_denied"}
    assert poll(device_sandbox, session["device_code"]) == {"error": "access_denied"}


def test_expired(device_sandbox, clock) -> None:
    session = start(device_sandbox)
    clock.now += 899
    assert poll(device_sandbox, session["device_code"]) == {"status": "authorization_pending"}
    clock.now += 2
    assert poll(device_sandbox, session["device_code"]) == {"error": "expired_token"}
    page = decide(device_sandbox, session["user_code"], "approve")
    assert page.status_code == 400
    assert "expired" in page.text
    assert poll(device_sandbox, session["device_code"]) == {"error": "expired_token"}


def test_a_code_is_decided_once(device_sandbox) -> None:
    session = start(device_sandbox)
    assert decide(device_sandbox, session["user_code"], "deny").status_code == 200
    page = decide(device_sandbox, session["user_code"], "approve")
    assert page.status_code == 400
    assert "already used" in page.text
    assert poll(device_sandbox, session["device_code"]) == {"error": "access_denied"}


def test_approval_page_form(device_sandbox) -> None:
    session = start(device_sandbox, client_name="<script>x</script>")
    page = httpx.get(session["verification_uri_complete"])
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert f'value="{session["user_code"]}"' in page.text
    assert 'value="approve"' in page.text and 'value="deny"' in page.text
    assert "<script>x</script>" not in page.text  # the client name is escaped
    blank = httpx.get(session["verification_uri"])
    assert blank.status_code == 200 and 'name="code"' in blank.text


def test_approval_page_rejects_unknown_codes_and_actions(device_sandbox) -> None:
    assert decide(device_sandbox, "ZZZZ-0000", "approve").status_code == 400
    session = start(device_sandbox)
    assert decide(device_sandbox, session["user_code"], "maybe").status_code == 400
    assert poll(device_sandbox, session["device_code"]) == {"status": "authorization_pending"}


def test_auto_approve(make_sandbox) -> None:
    box = make_sandbox(records=0, auto_approve=True)
    session = start(box, client_name="ci")
    answer = poll(box, session["device_code"])
    assert answer["status"] == "success"
    assert answer["token"] != box.token
    assert poll(box, session["device_code"]) == {"error": "already_used"}


def test_slow_down_when_enforced(make_sandbox) -> None:
    clock = FakeClock()
    box = make_sandbox(records=0, device_interval=5, slow_down=True, clock=clock)
    session = start(box)
    assert poll(box, session["device_code"]) == {"status": "authorization_pending"}
    clock.now += 1
    assert poll(box, session["device_code"]) == {"error": "slow_down"}
    clock.now += 5
    assert poll(box, session["device_code"]) == {"status": "authorization_pending"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"device_code": "nope"}, 400),
        ({}, 400),
        ({"device_code": 12}, 400),
    ],
)
def test_token_endpoint_bad_requests(device_sandbox, body, status) -> None:
    r = httpx.post(device_sandbox.url + "/api/auth/device/token/", json=body)
    assert r.status_code == status
    assert r.json()


def test_device_endpoint_bad_requests(device_sandbox) -> None:
    url = device_sandbox.url + "/api/auth/device/"
    assert httpx.post(url, json={"client_name": 5}).status_code == 400
    assert httpx.post(url, json={"client_name": "x" * 101}).status_code == 400
    assert (
        httpx.post(
            url, content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )
