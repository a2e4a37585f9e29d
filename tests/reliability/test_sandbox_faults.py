"""The sandbox's fault injection, seen from a plain httpx client: each kind does what it says,
faults are reproducible for a seed whatever the order of requests, writes are faulted before
or after they are applied, and the request log marks every faulted request."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from brainstem_api_tools.sandbox.faults import FAULT_KINDS, FaultSettings, parse_kinds

from .conftest import TOKEN

LIST = "/api/private/stem/session/"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def http(faulty: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=faulty.url, headers=AUTH, timeout=5) as client:
        yield client


def test_each_kind(faulty: Any, http: httpx.Client) -> None:
    """What a client sees of each kind, and what the request log says of it."""
    seen: dict[str, str] = {}
    for kind in FAULT_KINDS:
        # `slow` holds the answer 5 s, or until the client hangs up
        faulty.faults.configure(kinds=(kind,), rate=1.0, delay=5, retry_after=2)
        faulty.requests.clear()
        started = time.monotonic()
        try:
            response = http.get(LIST, params={"limit": 5}, timeout=0.2 if kind == "slow" else 5)
        except httpx.TransportError as exc:
            seen[kind] = type(exc).__name__
        else:
            seen[kind] = str(response.status_code)
            if kind == "429":
                assert response.headers["Retry-After"] == "2"
            if kind in STATUS:
                assert response.json()["detail"]
            if kind == "html":
                assert response.headers["content-type"].startswith("text/html")
                assert response.text.startswith("<!DOCTYPE html>")
            if kind == "partial":
                assert response.text.startswith('{"sessions":[')
                with pytest.raises(json.JSONDecodeError):
                    response.json()
        (entry,) = faulty.requests.entries()
        assert (entry.method, entry.path, entry.query) == ("GET", LIST, "limit=5")
        assert (entry.fault, entry.fault_on) == (kind, "reads")
        if kind == "slow":
            assert time.monotonic() - started < 5  # the client gave up first
    assert seen == {
        "502": "502",
        "503": "503",
        "504": "504",
        "429": "429",
        "reset": "ReadError",  # a real connection reset, not an answer
        "truncate": "RemoteProtocolError",
        "partial": "200",
        "html": "500",
        "slow": "ReadTimeout",
    }


STATUS = {"502", "503", "504", "429"}


def test_a_reset_is_not_a_500(faulty: Any) -> None:
    """Raising inside an ASGI app makes uvicorn answer 500: the reset really drops the
    connection, before any byte of an answer, on a fresh or a kept-alive connection."""
    with httpx.Client(base_url=faulty.url, headers=AUTH) as http:
        assert http.get(LIST).status_code == 200  # a kept-alive connection
        faulty.faults.configure(kinds=("reset",), rate=1.0)
        for _ in range(3):
            with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
                http.get(LIST)
    assert [e.status for e in faulty.requests.entries()] == [200, None, None, None]


def test_truncated_body_says_how_much_came(faulty: Any, http: httpx.Client) -> None:
    full = http.get(LIST).content
    faulty.faults.configure(kinds=("truncate",), rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError, match=f"expected {len(full)}"):
        http.get(LIST)


def test_same_seed_same_faults_whatever_the_order(faulty: Any) -> None:
    offsets = list(range(0, 30, 1)) * 3  # each URL three times

    def run(seed: int, order: list[int], threads: int) -> list[tuple[str, str | None]]:
        faulty.faults.configure(kinds=("502", "503", "html"), rate=0.5, seed=seed)
        faulty.requests.clear()
        with (
            httpx.Client(base_url=faulty.url, headers=AUTH) as http,
            ThreadPoolExecutor(threads) as pool,
        ):
            list(pool.map(lambda off: http.get(LIST, params={"limit": 1, "offset": off}), order))
        per_url: dict[str, list[str | None]] = {}
        for entry in faulty.requests.entries():
            per_url.setdefault(entry.query, []).append(entry.fault)
        return sorted((q, ",".join(str(f) for f in faults)) for q, faults in per_url.items())

    first = run(7, offsets, 1)
    shuffled = offsets[:]
    random.Random(1).shuffle(shuffled)
    # Shuffled across URLs, but each URL's requests keep their order: n-th request, same fate.
    assert run(7, shuffled, 1) == first
    assert run(7, offsets, 4) == first
    assert run(8, offsets, 1) != first
    faults = sum(f != "None" for _, joined in first for f in joined.split(","))
    assert 20 < faults < 70  # about half of 90


def test_rate_zero_and_paths_outside_the_api_are_never_faulted(
    faulty: Any, http: httpx.Client
) -> None:
    faulty.faults.configure(kinds=("502",), rate=0.0)
    assert http.get(LIST).status_code == 200
    faulty.faults.configure(kinds=("502",), rate=1.0)
    assert http.get("/").status_code == 200
    assert http.get("/openapi.yaml").status_code == 200
    assert http.get(LIST).status_code == 502


def _created(faulty: Any, name: str) -> bool:
    with httpx.Client(base_url=faulty.url, headers=AUTH) as http:
        faulty.faults.off()
        body = http.get(LIST, params={"filter{name}": name}).json()
    return bool(body["sessions"])


def _project(faulty: Any) -> str:
    with httpx.Client(base_url=faulty.url, headers=AUTH) as http:
        return str(http.get("/api/private/stem/project/").json()["projects"][0]["id"])


@pytest.mark.parametrize("kind", ["reset", "502", "truncate", "html"])
def test_writes_before_are_not_applied_writes_after_are(faulty: Any, kind: str) -> None:
    project = _project(faulty)
    for target, applied in (("writes-before", False), ("writes-after", True)):
        name = f"{kind} {target}"
        faulty.faults.configure(kinds=(kind,), rate=1.0, on=(target,))
        faulty.requests.clear()
        with httpx.Client(base_url=faulty.url, headers=AUTH) as http:
            try:
                status: Any = http.post(LIST, json={"name": name, "projects": [project]})
                status = status.status_code
            except httpx.TransportError as exc:
                status = type(exc).__name__
        assert status != 201
        (entry,) = faulty.requests.entries()
        assert (entry.method, entry.fault, entry.fault_on) == ("POST", kind, target)
        assert _created(faulty, name) is applied, (kind, target)


def test_reads_and_writes_are_told_apart(faulty: Any, http: httpx.Client) -> None:
    """GET custom actions (join a group) change state: they are writes, not reads."""
    join = "/api/private/users/group/2/join/"
    faulty.faults.configure(kinds=("502",), rate=1.0, on=("reads",))
    assert http.get(join).status_code == 200
    faulty.reset()
    faulty.faults.configure(kinds=("502",), rate=1.0, on=("writes-before",))
    assert http.get(LIST).status_code == 200
    assert http.get(join).status_code == 502


def test_slow_write_before_is_a_gateway_timeout_and_not_applied(faulty: Any) -> None:
    faulty.faults.configure(kinds=("slow",), rate=1.0, on=("writes-before",), delay=0.05)
    with httpx.Client(base_url=faulty.url, headers=AUTH) as http:
        response = http.post(LIST, json={"name": "slow one", "projects": [_project(faulty)]})
    assert response.status_code == 504
    assert not _created(faulty, "slow one")


def test_log_hashes_the_authorization_header(faulty: Any) -> None:
    with httpx.Client(base_url=faulty.url) as http:
        http.get(LIST, headers=AUTH)
        http.get("/api/public/stem/project/")
    with_token, without = faulty.requests.entries()
    expected = hashlib.sha256(f"Bearer {TOKEN}".encode()).hexdigest()
    assert with_token.authorized and with_token.authorization_sha256 == expected
    assert not without.authorized and without.authorization_sha256 is None
    assert TOKEN not in repr(faulty.requests.entries())


def test_settings_are_checked() -> None:
    assert parse_kinds("all") == FAULT_KINDS
    assert parse_kinds(["502,reset", "502"]) == ("502", "reset")
    with pytest.raises(ValueError, match="unknown fault kind"):
        FaultSettings(kinds=("500",))
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultSettings(kinds=("502",), rate=1.5)
    with pytest.raises(ValueError, match="writes-before"):
        FaultSettings(on=("writes",))
    assert FaultSettings(kinds=("502",), rate=0.25, seed=3).describe() == (
        "faults 502 on 25% of reads (seed 3)"
    )


def test_command_line(tmp_path: Any) -> None:
    """`python -m brainstem_api_tools.sandbox --faults ...` serves faults; bad values exit 2."""
    cmd = [sys.executable, "-m", "brainstem_api_tools.sandbox", "--port", "0", "--records", "3"]
    bad = subprocess.run([*cmd, "--faults", "502,oops"], capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "unknown fault kind(s) oops" in bad.stderr
    bad = subprocess.run([*cmd, "--fault-rate", "2"], capture_output=True, text=True, timeout=30)
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    args = ["--token", "t", "--faults", "503", "--fault-rate", "1", "--fault-on", "reads"]
    with subprocess.Popen(
        [*cmd, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().split()[-1]
            assert proc.stdout.readline().strip() == (
                "Injecting faults 503 on 100% of reads (seed 0)"
            )
            response = httpx.get(f"{url}{LIST}", headers={"Authorization": "Bearer t"})
            assert response.status_code == 503
        finally:
            proc.terminate()
            proc.wait(10)
