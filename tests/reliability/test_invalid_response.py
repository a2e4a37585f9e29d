"""A truncated or non-JSON body is a clear error naming the status and URL: from `.json()`,
`.parsed`, `load_all`, the iterator, the async client and the command line; never a
JSONDecodeError traceback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient
from brainstem_api_tools.errors import (
    BrainstemConnectionError,
    InvalidResponseError,
    ServerError,
)
from brainstem_api_tools.sandbox.faults import FaultInjector, FaultSettings

from .conftest import FAST_RETRIES, TOKEN, brainstem

LIST = "/api/private/stem/session/"


def test_partial_body_from_load(faulty: Any) -> None:
    faulty.faults.configure(kinds=("partial",), rate=1.0)
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        response = client.load("session", limit=5)
        assert response.status_code == 200 and response.ok
        assert response.http.elapsed.total_seconds() > 0  # read by the retry loop, still timed
        with pytest.raises(InvalidResponseError) as info:
            response.json()
        with pytest.raises(InvalidResponseError):
            _ = response.parsed
    error = info.value
    assert str(error).startswith(f"200 from GET {faulty.url}{LIST}?limit=5 came with a body")
    assert "not JSON (truncated or an HTML error page?)" in str(error)
    assert "application/json" in str(error)
    assert error.status_code == 200 and error.url == f"{faulty.url}{LIST}?limit=5"
    # raised on its own: no JSONDecodeError chained into the traceback
    assert error.__cause__ is None and error.__context__ is None


def test_partial_body_from_load_all_and_the_iterator(faulty: Any) -> None:
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        faulty.faults.configure(kinds=("partial",), rate=1.0)
        with pytest.raises(InvalidResponseError, match=r"^200 from GET .*offset=0 came with"):
            client.load("session", load_all=True)
        with pytest.raises(InvalidResponseError, match="not JSON"):
            list(client.iter_records("session", page_size=5))
        # a page after the first cut: still an error, never fewer records
        faulty.faults.configure(kinds=("partial",), rate=0.3, seed=seed_cutting_a_later_page())
        faulty.requests.clear()
        with pytest.raises(InvalidResponseError):
            client.load("session", load_all=True, limit=5)
        assert faulty.requests.entries()[0].fault is None  # the first page came whole


def seed_cutting_a_later_page() -> int:
    """A seed whose faults spare the first page of 5 and cut a later one."""
    for seed in range(100):
        injector = FaultInjector(FaultSettings(kinds=("partial",), rate=0.3, seed=seed))
        fates = [
            injector.decide("GET", LIST, f"limit=5&offset={offset}") for offset in range(0, 30, 5)
        ]
        if fates[0] is None and any(fates):
            return seed
    raise AssertionError("no seed")


def test_html_error_page(faulty: Any) -> None:
    faulty.faults.configure(kinds=("html",), rate=1.0)
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        response = client.load("session")
        assert response.status_code == 500
        with pytest.raises(InvalidResponseError, match=r"^500 from GET .* text/html"):
            response.json()
        with pytest.raises(ServerError, match=r"^500 Internal Server Error from GET http://"):
            response.raise_for_status()
        with pytest.raises(ServerError, match="the server failed; retry later"):
            client.load("session", load_all=True)
    # reads are retried on a 500: 1 + the default 7 retries each time
    assert faulty.requests.count("GET", LIST) == 16


def test_an_answer_cut_off_is_retried_then_named(faulty: Any) -> None:
    faulty.faults.configure(kinds=("truncate",), rate=1.0)
    with (
        BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client,
        pytest.raises(BrainstemConnectionError) as info,
    ):
        client.load("session", id=faulty.store.all("session")[0]["id"])
    message = str(info.value)
    assert message.startswith(f"GET {faulty.url}{LIST}")
    assert "the 200 answer was cut off" in message and "even after retries" in message


def test_async_client_partial_body(faulty: Any) -> None:
    async def run() -> None:
        async with AsyncBrainstemClient(token=TOKEN, url=faulty.url) as client:
            with pytest.raises(InvalidResponseError, match=r"^200 from GET"):
                await client.load("session", load_all=True)

    faulty.faults.configure(kinds=("partial",), rate=1.0)
    asyncio.run(run())


@pytest.mark.parametrize(
    ("kind", "args", "message"),
    [
        ("partial", ["load", "session"], "error: 200 from GET {url}{LIST}"),
        ("partial", ["load", "session", "--all"], "error: 200 from GET {url}{LIST}"),
        ("partial", ["load", "project", "--portal", "public"], "error: 200 from GET {url}"),
        ("partial", ["load", "session", "--id", "{id}"], "error: 200 from GET {url}{LIST}{id}/"),
    ],
)
def test_command_line(
    faulty: Any, tmp_path: Path, kind: str, args: list[str], message: str
) -> None:
    """(The CLI's retries wait for real, so only faults that are not retried are run here.)"""
    faulty.faults.configure(kinds=(kind,), rate=1.0)
    record = str(faulty.store.all("session")[0]["id"])
    args = [a.format(id=record) for a in args]
    message = message.format(url=faulty.url, LIST=LIST, id=record)
    run = brainstem(*args, url=faulty.url, config=tmp_path)
    assert run.code == 1, run
    assert run.out == ""
    assert run.err.startswith(message), run.err
    assert "Traceback" not in run.err and "JSONDecodeError" not in run.err
