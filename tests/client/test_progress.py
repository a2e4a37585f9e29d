"""`progress=True` (a tqdm bar on stderr) and `progress(done, total)` on load_all and
iter_records, and the `Meter` that other long operations report through."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import threading
from typing import Any

import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    BrainstemClient,
    MissingDependencyError,
    UsageError,
)
from brainstem_api_tools.progress import Meter

TOKEN = "sandbox-test-token"


def bar_lines(err: str) -> list[str]:
    """The states a tqdm bar drew (it redraws over itself with carriage returns)."""
    return [line.strip() for line in re.split(r"[\r\n]", err) if line.strip()]


def test_load_all_draws_a_bar_on_stderr(
    client: BrainstemClient, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    loaded = client.load("session", load_all=True, limit=10, progress=True)
    total = len(loaded["sessions"])
    captured = capsys.readouterr()
    assert captured.out == ""
    last = bar_lines(captured.err)[-1]
    assert re.match(rf"Loading sessions: 100%\|.*\| {total}/{total} \[.* records/s\]$", last)


def test_iter_records_draws_a_bar_until_it_ends_or_is_closed(
    client: BrainstemClient, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    count = sum(1 for _ in client.iter_records("subject", page_size=5, progress=True))
    last = bar_lines(capsys.readouterr().err)[-1]
    assert re.match(rf"Loading subjects: 100%\|.*\| {count}/{count} ", last), last
    it = client.iter_records("session", page_size=5, progress=True)
    assert capsys.readouterr().err == ""  # nothing is drawn before the first page
    next(it)
    it.close()  # the bar ends where the loading stopped
    last = bar_lines(capsys.readouterr().err)[-1]
    assert re.match(r"Loading sessions: +\d+%\|.*\| 5/\d+ ", last), last


def test_the_async_client_draws_the_same_bar(
    sandbox: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run() -> int:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as c:
            loaded = await c.load("project", load_all=True, progress=True)
            return len(loaded["projects"])

    capsys.readouterr()
    total = asyncio.run(run())
    last = bar_lines(capsys.readouterr().err)[-1]
    assert re.match(rf"Loading projects: 100%\|.*\| {total}/{total} ", last), last


def test_callback_gets_done_and_total(client: BrainstemClient) -> None:
    calls: list[tuple[int, int | None]] = []
    loaded = client.load("session", load_all=True, limit=25, progress=lambda *a: calls.append(a))
    total = len(loaded["sessions"])
    assert calls == [(min(25 * n, total), total) for n in range(1, -(-total // 25) + 1)]


def test_a_bad_progress_is_refused_before_any_request(sandbox: Any) -> None:
    before = len(sandbox.requests)
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        with pytest.raises(UsageError, match=r"progress must be True .* not 'yes'"):
            client.load("session", load_all=True, progress="yes")  # type: ignore[arg-type]
        with pytest.raises(UsageError, match="progress must be"):
            client.iter_records("session", progress=1)  # type: ignore[arg-type]
    assert len(sandbox.requests) == before


def test_without_tqdm_progress_true_says_what_to_do(
    client: BrainstemClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if it were not installed
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(MissingDependencyError, match="pip install tqdm") as caught:
        client.iter_records("session", progress=True)
    assert caught.value.name == "tqdm" and caught.value.__suppress_context__
    calls: list[Any] = []
    client.load("project", load_all=True, progress=lambda *a: calls.append(a))  # still fine
    assert calls


def test_a_meter_reports_from_many_threads_one_at_a_time() -> None:
    inside = threading.Semaphore(1)
    overlaps: list[int] = []
    seen: list[int] = []

    def callback(done: int, total: int | None) -> None:
        if not inside.acquire(blocking=False):
            overlaps.append(done)
            return
        try:
            seen.append(done)
        finally:
            inside.release()

    with Meter(callback, "Saving") as report:
        threads = [threading.Thread(target=report, args=(n, 8)) for n in range(1, 9)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(seen) == list(range(1, 9)) and overlaps == []


def test_a_meter_bar_takes_running_counts(capsys: pytest.CaptureFixture[str]) -> None:
    with Meter(True, "Saving sessions", unit="rows") as report:
        report(0, 3)
        report(2, 3)
        report(3, 3)
    last = bar_lines(capsys.readouterr().err)[-1]
    assert re.match(r"Saving sessions: 100%\|.*\| 3/3 \[.* rows/s\]$", last), last
    with Meter(None, "nothing") as quiet:
        assert not quiet.active
        quiet(1, None)
    assert capsys.readouterr().err == ""


def test_loading_imports_neither_pandas_nor_tqdm(sandbox: Any) -> None:
    code = (
        "import sys, brainstem_api_tools as b;"
        f"c = b.BrainstemClient(token={TOKEN!r}, url={sandbox.url!r});"
        "c.load('session', load_all=True, progress=lambda *a: None);"
        "list(c.iter_records('session'));"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'tqdm', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
