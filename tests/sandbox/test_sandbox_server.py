"""Running the sandbox: run_sandbox, the command line, pagination styles, fixtures, latency,
the request log and the pytest plugin."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from brainstem_api_tools.sandbox import create_app, run_sandbox


def auth(box: Any) -> dict[str, str]:
    return {"Authorization": f"Bearer {box.token}"}


# -- pagination styles -------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["meta", "count", "next", "none"])
def test_pagination_styles(make_sandbox, style: str) -> None:
    box = make_sandbox(records=45, pagination=style)
    url = box.url + "/api/private/stem/session/"
    pages = []
    next_url: str | None = url + "?limit=20&filter{name.icontains}=-"
    offset = 0
    while next_url:
        r = httpx.get(next_url, headers=auth(box))
        assert r.status_code == 200
        body = r.json()
        pages.append(body)
        if style == "next":
            next_url = body["next"]
        else:
            offset += 20
            next_url = (
                f"{url}?limit=20&offset={offset}&filter{{name.icontains}}=-"
                if offset < 45
                else None
            )
    assert [len(p["sessions"]) for p in pages] == [20, 20, 5]
    last = pages[-1]
    if style == "meta":
        assert set(last) == {"sessions", "meta"}
        assert last["meta"] == {"total_results": 45, "total_pages": 3, "page": 3, "per_page": 20}
    elif style == "count":
        assert set(last) == {"sessions", "count"} and last["count"] == 45
    elif style == "next":
        assert set(last) == {"sessions", "next"} and last["next"] is None
        assert "filter%7Bname.icontains%7D=-" in pages[0]["next"]
        assert "offset=20" in pages[0]["next"] and "limit=20" in pages[0]["next"]
    else:
        assert set(last) == {"sessions"}
    ids = [s["id"] for p in pages for s in p["sessions"]]
    assert len(set(ids)) == 45


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="pagination"):
        create_app(records=1, pagination="pages")
    with pytest.raises(ValueError, match="records"):
        create_app(records=-1)


# -- run_sandbox and the request log -----------------------------------------------------------


def test_run_sandbox_serves_and_stops() -> None:
    with run_sandbox(records=3, token="abc") as box:
        assert box.url.startswith("http://127.0.0.1:")
        assert box.token == "abc"
        assert "abc" not in repr(box)
        r = httpx.get(box.url + "/api/private/stem/session/", headers=auth(box))
        assert len(r.json()["sessions"]) == 3
        url = box.url
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/api/public/stem/session/", timeout=2)


def test_random_token_by_default() -> None:
    with run_sandbox(records=0) as a, run_sandbox(records=0) as b:
        assert len(a.token) >= 32 and a.token != b.token
        assert a.port != b.port


def test_request_log_counts_requests(make_sandbox) -> None:
    box = make_sandbox(records=5)
    base = box.url + "/api/private/stem/session/"
    for _ in range(3):
        httpx.get(base, headers=auth(box))
    httpx.get(base)  # 401, still logged
    sid = box.store.all("session")[0]["id"]
    httpx.patch(f"{base}{sid}/", json={"description": "x"}, headers=auth(box))
    log = box.requests
    assert log.count("GET", "/api/private/stem/session/") == 4
    assert log.count("PATCH") == 1
    assert log.count(path="/api/private/stem/*") == 5
    statuses = [e.status for e in log.entries() if e.method == "GET"]
    assert statuses == [200, 200, 200, 401]
    box.requests.clear()
    assert len(box.requests) == 0


def test_latency(make_sandbox) -> None:
    box = make_sandbox(records=1, latency_ms=150)
    started = time.perf_counter()
    httpx.get(box.url + "/api/public/stem/session/")
    assert time.perf_counter() - started >= 0.15


def test_middleware_slot_sees_every_request(make_sandbox) -> None:
    from starlette.middleware import Middleware
    from starlette.responses import JSONResponse
    from starlette.types import ASGIApp, Receive, Scope, Send

    class Teapot:
        def __init__(self, app: ASGIApp) -> None:
            self.app = app

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and scope["path"].endswith("/device/"):
                await JSONResponse({"detail": "fault"}, status_code=503)(scope, receive, send)
                return
            await self.app(scope, receive, send)

    box = make_sandbox(records=1, middleware=[Middleware(Teapot)], conform=False)
    assert httpx.post(box.url + "/api/auth/device/").status_code == 503
    assert httpx.get(box.url + "/api/public/stem/session/").status_code == 200
    assert [e.status for e in box.requests.entries()] == [503, 200]


# -- fixtures ----------------------------------------------------------------------------------


def test_data_fixture(make_sandbox, tmp_path: Path) -> None:
    project = "6c7e2d1c-0000-4000-8000-000000000001"
    data = {
        "project": [{"id": project, "name": "Fixture project", "users": {}, "groups": {}}],
        "sessions": [
            {"name": "fixture-rat-1", "projects": [project], "_public": True},
            {"name": "fixture-mouse-2", "projects": [project]},
        ],
        "group": [{"id": 7, "name": "Fixture lab", "users": {}}],
    }
    path = tmp_path / "fixture.json"
    path.write_text(json.dumps(data))
    box = make_sandbox(data=str(path))
    private = httpx.get(box.url + "/api/private/stem/session/", headers=auth(box)).json()
    assert [s["name"] for s in private["sessions"]] == ["fixture-rat-1", "fixture-mouse-2"]
    public = httpx.get(box.url + "/api/public/stem/session/").json()
    assert [s["name"] for s in public["sessions"]] == ["fixture-rat-1"]
    sessions = httpx.get(f"{box.url}/api/private/stem/project/{project}/", headers=auth(box)).json()
    assert len(sessions["project"]["sessions"]) == 2
    created = httpx.post(
        box.url + "/api/private/users/group/", json={"name": "x"}, headers=auth(box)
    )
    assert created.json()["group"]["id"] == 8
    assert (
        httpx.get(box.url + "/api/private/stem/subject/", headers=auth(box)).json()["subjects"]
        == []
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read fixture"),
        ('{"nothing": []}', "unknown model 'nothing'"),
        ('{"session": {"name": "x"}}', "must be a list of objects"),
        ('{"session": [{"id": "x"}]}', "is not a UUID"),
        ('{"session": [{"name": 5}]}', r"session\[0\].name: Not a valid string"),
        ('{"behavior": [{"notes": "x"}]}', "required field 'session' is missing"),
        ("[]", "expected an object"),
    ],
)
def test_bad_fixtures(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ValueError, match=message):
        create_app(data=str(path))


# -- the command line --------------------------------------------------------------------------


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "brainstem_api_tools.sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    second = proc.stdout.readline()
    if not first.startswith("BrainSTEM sandbox listening on "):
        proc.kill()
        raise AssertionError(first + second + (proc.stderr.read() if proc.stderr else ""))
    return proc, first.split()[-1], second.split()[-1]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_url_and_token_and_stops_cleanly(sig: signal.Signals) -> None:
    proc, url, token = _start_cli("--records", "7", "--pagination", "count", "--auto-approve")
    try:
        r = httpx.get(
            url + "/api/private/stem/session/", headers={"Authorization": f"Bearer {token}"}
        )
        assert r.status_code == 200 and r.json()["count"] == 7
        device = httpx.post(url + "/api/auth/device/").json()
        answer = httpx.post(
            url + "/api/auth/device/token/", json={"device_code": device["device_code"]}
        )
        assert answer.json()["status"] == "success"
    finally:
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert "Sandbox stopped." in out


def test_cli_token_option_and_port_in_use() -> None:
    proc, url, token = _start_cli("--token", "fixed-token", "--records", "1")
    try:
        assert token == "fixed-token"
        port = url.rsplit(":", 1)[-1]
        clash = subprocess.run(
            [sys.executable, "-m", "brainstem_api_tools.sandbox", "--port", port],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert clash.returncode == 1
        assert "brainstem sandbox:" in clash.stderr
    finally:
        proc.terminate()
        proc.communicate(timeout=15)


def test_cli_help() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "brainstem_api_tools.sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    for option in (
        "--port",
        "--records",
        "--data",
        "--latency-ms",
        "--token",
        "--pagination",
        "--auto-approve",
    ):
        assert option in out


# -- the pytest plugin -------------------------------------------------------------------------


def test_plugin_fixture(brainstem_sandbox: Any) -> None:
    r = httpx.get(
        brainstem_sandbox.url + "/api/private/stem/session/",
        headers={"Authorization": f"Bearer {brainstem_sandbox.token}"},
    )
    assert r.status_code == 200
    sid = r.json()["sessions"][0]["id"]
    httpx.delete(
        f"{brainstem_sandbox.url}/api/private/stem/session/{sid}/",
        headers={"Authorization": f"Bearer {brainstem_sandbox.token}"},
    )


def test_plugin_fixture_resets_between_tests(brainstem_sandbox: Any) -> None:
    assert brainstem_sandbox.store.count("session") == 50
    assert len(brainstem_sandbox.requests) == 0


def test_plugin_imports_no_server_code() -> None:
    """The plugin loads in every pytest run of a user who installed the package, extra or not."""
    code = (
        "import sys, brainstem_api_tools.sandbox.pytest_plugin; "
        "print(sorted(m for m in ('starlette', 'uvicorn', 'yaml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == "[]", out.stderr
