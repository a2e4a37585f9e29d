"""load_all and iter_records: every record once, in order, whatever the pagination style."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.errors import UsageError

TOKEN = "sandbox-test-token"
STYLES = ("meta", "count", "next", "none")


@pytest.fixture(scope="module")
def styled(make_sandbox: Callable[..., Any]) -> dict[str, Any]:
    """One sandbox per pagination style, all with the same seed data (53 sessions)."""
    return {style: make_sandbox(records=53, pagination=style) for style in STYLES}


def fetch_all(sandbox: Any, concurrency: int, **kw: Any) -> list[dict[str, Any]]:
    with BrainstemClient(token=TOKEN, url=sandbox.url, concurrency=concurrency) as c:
        return c.load("session", load_all=True, sort=["name", "id"], **kw)["sessions"]


@pytest.fixture(scope="module")
def truth(styled: dict[str, Any]) -> list[dict[str, Any]]:
    """Every session, sorted, in pages of 100 (the sandboxes are only read)."""
    return fetch_all(styled["meta"], 1, limit=100)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("limit", "offset"), [(None, None), (10, None), (7, 3), (100, 50), (1, 45), (53, 0), (20, 60)]
)
def test_concurrent_equals_sequential_equals_truth(
    styled: dict[str, Any],
    truth: list[dict[str, Any]],
    style: str,
    limit: int | None,
    offset: int | None,
) -> None:
    sandbox = styled[style]
    start = offset or 0
    expected = truth[start:]
    sequential = fetch_all(sandbox, 1, limit=limit, offset=offset)
    concurrent = fetch_all(sandbox, 8, limit=limit, offset=offset)
    assert [r["id"] for r in sequential] == [r["id"] for r in expected]
    assert concurrent == sequential


@pytest.mark.parametrize("style", STYLES)
def test_requests_per_style(styled: dict[str, Any], style: str) -> None:
    sandbox = styled[style]
    sandbox.requests.clear()
    assert len(fetch_all(sandbox, 4, limit=10)) == 53
    gets = sandbox.requests.count("GET", "/api/private/stem/session/")
    if style in ("meta", "count"):
        assert gets == 6  # exactly the pages needed once the total is known
    else:
        assert 6 <= gets <= 6 + 4  # fetched ahead in windows of 4, stopped at the short page


def test_iterator_is_lazy(styled: dict[str, Any]) -> None:
    sandbox = styled["meta"]
    with BrainstemClient(token=TOKEN, url=sandbox.url, concurrency=2) as c:
        sandbox.requests.clear()
        records = c.iter_records("session", page_size=5)
        first = next(records)
        assert first["id"]
        # the first page plus at most `concurrency` pages ahead, not all 11
        assert sandbox.requests.count("GET") <= 3
        assert len([first, *records]) == 53


def test_load_all_and_id_do_not_mix(client: BrainstemClient) -> None:
    with pytest.raises(UsageError, match="load_all"):
        client.load("session", id="3fa85f64-5717-4562-b3fc-2c963f66afa6", load_all=True)


def test_merged_result_keeps_other_keys(styled: dict[str, Any]) -> None:
    with BrainstemClient(token=TOKEN, url=styled["count"].url) as c:
        merged = c.load("session", load_all=True, limit=10)
    assert set(merged) == {"sessions", "count"} and merged["count"] == 53


@pytest.mark.parametrize("style", STYLES)
def test_progress_as_pages_arrive(styled: dict[str, Any], style: str) -> None:
    """`progress(done, total)` once per page: the records so far, and the total from the offset
    on when the server says it (meta, count), else None."""
    total = 53 - 3 if style in ("meta", "count") else None
    expected = [(n, total) for n in (10, 20, 30, 40, 50)]
    if style == "none":
        expected.append((50, None))  # the empty page that tells the end
    with BrainstemClient(token=TOKEN, url=styled[style].url) as c:
        calls: list[tuple[int, int | None]] = []
        for seen, _ in enumerate(
            c.iter_records("session", page_size=10, offset=3, progress=lambda *a: calls.append(a)),
            start=1,
        ):
            assert calls[-1][0] >= seen  # told when the page arrived, before its records
        assert calls == expected
        calls.clear()
        merged = c.load(
            "session", load_all=True, limit=10, offset=3, progress=lambda *a: calls.append(a)
        )
        assert calls == expected and len(merged["sessions"]) == 50


def test_progress_of_the_async_client(styled: dict[str, Any]) -> None:
    import asyncio

    from brainstem_api_tools import AsyncBrainstemClient

    async def run() -> list[tuple[int, int | None]]:
        calls: list[tuple[int, int | None]] = []
        async with AsyncBrainstemClient(token=TOKEN, url=styled["meta"].url) as c:
            async for _ in c.iter_records(
                "session", page_size=20, progress=lambda *a: calls.append(a)
            ):
                pass
            await c.load("session", load_all=True, limit=50, progress=lambda *a: calls.append(a))
        return calls

    assert asyncio.run(run()) == [(20, 53), (40, 53), (53, 53), (50, 53), (53, 53)]
