"""Retries with backoff, below the generated client: every operation inherits them.

The decision (retry or not, and after how long) is made by `RetryPolicy` without I/O, so
the sync and async transports share it and only sleep and send differently.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from dataclasses import dataclass, field

import httpx

# Custom actions live at /api/{portal}/{app}/{model}/{id}/{action}/; some are GET but change
# state (accept, reject, cancel, join, leave), so they are never retried.
_ACTION_PATH = re.compile(r"^/api/[^/]+/[^/]+/[^/]+/[^/]+/[^/]+/?$")
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Nothing reached the server: safe to retry whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures are retried.

    Idempotent requests (GET, HEAD, PUT, DELETE, but not the state-changing custom actions)
    are retried on connection errors, timeouts and 429/502/503/504, honouring Retry-After;
    any request is retried when the connection could not even be opened. Backoff is
    exponential with full jitter, bounded by `retries` attempts and `total_timeout` seconds.
    """

    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    total_timeout: float = 60.0
    max_retry_after: float = 30.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def retryable_request(self, request: httpx.Request) -> bool:
        return request.method in IDEMPOTENT and not _ACTION_PATH.match(request.url.path)

    def _delay(
        self, attempt: int, started: float, retry_after: float | None = None
    ) -> float | None:
        if attempt >= self.retries:
            return None
        if retry_after is not None:
            delay = min(retry_after, self.max_retry_after)
        else:
            delay = self.rng.uniform(0, min(self.max_backoff, self.backoff * 2**attempt))
        if time.monotonic() - started + delay > self.total_timeout:
            return None
        return delay

    def after_error(
        self, request: httpx.Request, exc: Exception, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if isinstance(exc, NOT_SENT) or (
            isinstance(exc, httpx.TransportError) and self.retryable_request(request)
        ):
            return self._delay(attempt, started)
        return None

    def after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before retrying after this response, or None to return it."""
        if response.status_code not in RETRY_STATUSES or not self.retryable_request(request):
            return None
        return self._delay(attempt, started, parse_retry_after(response))


def parse_retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    when = email.utils.parsedate_to_datetime(value) if value else None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with a `RetryPolicy`."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started, attempt = time.monotonic(), 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except Exception as exc:
                delay = self.policy.after_error(request, exc, attempt, started)
                if delay is None:
                    raise
            else:
                delay = self.policy.after_response(request, response, attempt, started)
                if delay is None:
                    return response
                response.close()
            attempt += 1
            time.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport with a `RetryPolicy`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started, attempt = time.monotonic(), 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as exc:
                delay = self.policy.after_error(request, exc, attempt, started)
                if delay is None:
                    raise
            else:
                delay = self.policy.after_response(request, response, attempt, started)
                if delay is None:
                    return response
                await response.aclose()
            attempt += 1
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
