"""One client shared by several threads at once gives each the right answer, with and without
faults."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient

from .conftest import FAST_RETRIES, TOKEN

THREADS = 8


def jobs(client: BrainstemClient, ids: list[str]) -> list[Callable[[], Any]]:
    """Different questions, so that a mixed-up answer shows."""
    out: list[Callable[[], Any]] = []
    for i in range(THREADS * 3):
        kind = i % 4
        if kind == 0:
            out.append(lambda i=i: client.load("session", id=ids[i % len(ids)]).json())
        elif kind == 1:
            out.append(
                lambda i=i: client.load(
                    "session", sort=["name"], limit=1 + i % 5, offset=i, load_all=True
                )
            )
        elif kind == 2:
            out.append(lambda i=i: list(client.iter_records("session", page_size=1 + i % 7)))
        else:
            out.append(
                lambda i=i: client.load(
                    "session", filters={"name.icontains": "ABCDEFGHIJ"[i % 10]}, load_all=True
                )
            )
    return out


@pytest.mark.parametrize("faults", [False, True], ids=["clean", "20% faults"])
def test_one_client_many_threads(faulty: Any, faults: bool) -> None:
    ids = [str(r["id"]) for r in faulty.store.all("session")]
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        expected = [job() for job in jobs(client, ids)]
        if faults:
            faulty.faults.configure(
                kinds=("502", "503", "429", "reset", "truncate", "html"), rate=0.2, seed=5
            )
        faulty.requests.clear()
        barrier = threading.Barrier(THREADS)

        def start(job: Callable[[], Any]) -> Any:
            barrier.wait()  # the first round goes at once, all on the one client
            return job()

        batch = jobs(client, ids)
        with ThreadPoolExecutor(THREADS) as pool:
            first = list(pool.map(start, batch[:THREADS]))
            rest = list(pool.map(lambda job: job(), batch[THREADS:]))
    assert first + rest == expected
    if faults:
        assert any(e.fault for e in faulty.requests.entries())
