"""`load_all` against a service that fails: the same records as without faults, or a clear error
within a bounded time, never a partial result."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.client import RetryPolicy
from brainstem_api_tools.errors import (
    APIError,
    BrainstemConnectionError,
    BrainstemError,
    BrainstemTimeoutError,
    RateLimitError,
    ServerError,
)

from .conftest import FAST_RETRIES, TOKEN

pytestmark = pytest.mark.slow  # runs of 10,000 records, and waits of the default retry policy

RECORDS = 10_000
RUNS = 20
RATE = 0.2
# Every kind of the issue: the truncated body is cut mid-way with the headers announcing
# more (`truncate`); `partial`, a cut body the framing cannot reveal, is tested on its own.
MIXED = ("502", "503", "504", "429", "reset", "truncate", "html", "slow")
CLIENT_TIMEOUT = 0.25  # `slow` answers after SLOW_DELAY: well after the client gave up
SLOW_DELAY = 0.6


@pytest.fixture(scope="module")
def big(make_sandbox: Callable[..., Any]) -> Iterator[Any]:
    sandbox = make_sandbox(conform=False, records=RECORDS, token=TOKEN)
    yield sandbox
    sandbox.faults.off()


@pytest.fixture(scope="module")
def baseline(big: Any) -> dict[str, Any]:
    with BrainstemClient(token=TOKEN, url=big.url) as client:
        result: dict[str, Any] = client.load("session", load_all=True)
    assert len(result["sessions"]) == RECORDS
    return result


def test_twenty_seeded_runs_with_a_fifth_of_reads_failing(
    big: Any, baseline: dict[str, Any], report: Callable[[str], None]
) -> None:
    """20% of reads fail in eight ways; every run returns exactly the fault-free records."""
    survived = sent = injected = 0
    kinds: dict[str, int] = {}
    started = time.monotonic()
    with BrainstemClient(
        token=TOKEN, url=big.url, timeout=CLIENT_TIMEOUT, retries=FAST_RETRIES
    ) as client:
        assert client._concurrency == 8  # the default
        for seed in range(RUNS):
            big.faults.configure(kinds=MIXED, rate=RATE, seed=seed, delay=SLOW_DELAY)
            big.requests.clear()
            result = client.load("session", load_all=True)
            survived += result == baseline
            entries = big.requests.entries()
            sent += len(entries)
            for entry in entries:
                if entry.fault:
                    injected += 1
                    kinds[entry.fault] = kinds.get(entry.fault, 0) + 1
    big.faults.off()
    elapsed = time.monotonic() - started
    assert survived == RUNS
    assert set(kinds) == set(MIXED)  # every kind happened
    assert 0.15 < injected / sent < 0.25
    per_record = sent / (RUNS * RECORDS)
    report(
        f"reliability: load_all of {RECORDS} sessions, {RATE:.0%} of reads failing "
        f"({', '.join(MIXED)}): {survived}/{RUNS} seeded runs identical to the fault-free run; "
        f"{per_record:.4f} requests per record ({sent / RUNS:.1f} per run, fault-free "
        f"{RECORDS // 100}), {injected} faults injected, {elapsed:.1f} s"
    )


def test_every_read_failing_gives_up_in_bounded_time_at_default_settings(
    big: Any, report: Callable[[str], None]
) -> None:
    """Default client settings, every read answered with an error or a dropped connection."""
    kinds = tuple(k for k in MIXED if k != "slow")  # `slow` at 30 s timeouts: see below
    big.faults.configure(kinds=kinds, rate=1.0, seed=1, retry_after=1)
    big.requests.clear()
    policy = RetryPolicy()
    worst = sum(
        max(min(policy.max_backoff, policy.backoff * 2**n), 1.0) for n in range(policy.retries)
    )
    with BrainstemClient(token=TOKEN, url=big.url) as client:
        started = time.monotonic()
        with pytest.raises((ServerError, RateLimitError, BrainstemConnectionError)) as info:
            client.load("session", load_all=True)
        elapsed = time.monotonic() - started
    big.faults.off()
    assert big.requests.count("GET", "/api/private/stem/session/") == policy.retries + 1
    assert elapsed < worst + 2, elapsed
    message = str(info.value)
    assert "/api/private/stem/session/?limit=100&offset=0" in message
    report(
        f"reliability: every read failing, default settings: load_all raised "
        f"{type(info.value).__name__} after {elapsed:.1f} s and {policy.retries + 1} requests "
        f"(bound {worst:.2f} s of waiting)"
    )


def test_a_server_that_never_answers_is_bounded_by_the_time_budget(big: Any) -> None:
    """`slow` on every read: each attempt times out; the retry budget (`total_timeout`,
    60 s by default) ends it, long before the retries would. Scaled down here: 0.2 s timeouts,
    a 1 s budget, and 100 retries (20 s without the budget)."""
    big.faults.configure(kinds=("slow",), rate=1.0, delay=30)  # or until the client hangs up
    big.requests.clear()
    policy = RetryPolicy(retries=100, backoff=0.01, max_backoff=0.02, total_timeout=1.0)
    with BrainstemClient(token=TOKEN, url=big.url, timeout=0.2, retries=policy) as client:
        started = time.monotonic()
        with pytest.raises(BrainstemTimeoutError, match="no answer within the timeout") as info:
            client.load("session", load_all=True)
        elapsed = time.monotonic() - started
    big.faults.off()
    # No retry is started unless its wait fits in the budget; the last attempt may then take
    # its whole timeout, and a busy machine adds its pauses (about 1.2 s when quiet).
    assert policy.total_timeout - policy.max_backoff <= elapsed < 3.0, elapsed
    assert big.requests.count("GET", "/api/private/stem/session/") < 15
    assert "offset=0" in str(info.value)


@pytest.mark.parametrize("seed", range(3))
def test_a_failure_midway_is_an_error_not_a_partial_result(big: Any, seed: int) -> None:
    """Without retries, one page in two fails: load_all raises, whichever page it was."""
    big.faults.configure(kinds=("502", "reset", "html"), rate=0.5, seed=seed)
    big.requests.clear()
    with BrainstemClient(token=TOKEN, url=big.url, retries=0) as client:
        with pytest.raises(BrainstemError) as info:
            client.load("session", load_all=True)
        assert isinstance(info.value, APIError | BrainstemConnectionError)
        # the iterator yields what it has, then raises: never a silent end
        got: list[Any] = []
        with pytest.raises(BrainstemError):
            got.extend(client.iter_records("session"))
        assert len(got) < RECORDS
    big.faults.off()


def test_async_load_all_survives_faults(big: Any, baseline: dict[str, Any]) -> None:
    import asyncio

    from brainstem_api_tools import AsyncBrainstemClient

    async def run() -> dict[str, Any]:
        async with AsyncBrainstemClient(
            token=TOKEN, url=big.url, timeout=CLIENT_TIMEOUT, retries=FAST_RETRIES
        ) as client:
            result: dict[str, Any] = await client.load("session", load_all=True)
            return result

    big.faults.configure(kinds=MIXED, rate=RATE, seed=99, delay=SLOW_DELAY)
    try:
        assert asyncio.run(run()) == baseline
    finally:
        big.faults.off()
