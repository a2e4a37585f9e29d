"""Retries with backoff, below the generated client: every operation inherits them.

The decision (retry or not, and after how long) is made by `RetryPolicy` without I/O, so
the sync and async transports share it and only sleep and send differently.
"""

from __future__ import annotations

import email.utils
import os
import random
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from brainstem_api_tools._httpx import httpx

# The request extension by which the client tells the transport that a request changes
# state (POST, PATCH, and the custom actions, some of which are GET: accept, reject, join...):
# such a request is sent at most once. Requests without it are judged by their method.
WRITE = "brainstem.write"
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# A 500 may come from a request that did something: only reads are retried on it.
SAFE_RETRY_STATUSES = RETRY_STATUSES | {500}
# Nothing reached the server: safe to retry whatever the method.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request cannot be sent as it is (an invalid header, an unknown scheme): no use retrying.
HOPELESS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class RetryPolicy:
    """How transient failures are retried.

    Idempotent requests (GET, HEAD, PUT, DELETE, but not the requests the client marks as
    writes in the `brainstem.write` extension, such as the state-changing custom actions)
    are retried on connection errors, timeouts, an answer cut off, and 429/502/503/504 (reads
    on 500 too), honouring Retry-After (up to `max_retry_after`); any request is retried when
    the connection could not even be opened (`connect_retries` times when it was refused).
    Backoff is exponential with full jitter (a wait of up to `backoff * 2**n` seconds, at most
    `max_backoff`), bounded by `retries` retries and `total_timeout` seconds.
    """

    # 7 retries: with 20% of requests failing, a page is lost once in 0.2**8 (1 in 390,000),
    # while a server that keeps failing is reported after 8 s on average, at most 16 s. When
    # nothing even accepts the connection (a wrong URL, a server that is not running), only
    # `connect_retries` (at most 1.75 s of waiting).
    retries: int = 7
    connect_retries: int = 3
    backoff: float = 0.25
    max_backoff: float = 4.0
    total_timeout: float = 60.0
    max_retry_after: float = 30.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def retryable_request(self, request: httpx.Request) -> bool:
        write = request.extensions.get(WRITE)
        if write is None:
            return request.method in IDEMPOTENT
        return not write

    def _delay(
        self, attempt: int, started: float, retry_after: float | None = None, limit: int = -1
    ) -> float | None:
        if attempt >= (self.retries if limit < 0 else min(limit, self.retries)):
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
        if isinstance(exc, HOPELESS):
            return None
        if isinstance(exc, httpx.ConnectError):
            return self._delay(attempt, started, limit=self.connect_retries)
        if isinstance(exc, NOT_SENT) or (
            isinstance(exc, httpx.TransportError) and self.retryable_request(request)
        ):
            return self._delay(attempt, started)
        return None

    def after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, started: float
    ) -> float | None:
        """Seconds to wait before retrying after this response, or None to return it."""
        statuses = SAFE_RETRY_STATUSES if request.method in SAFE else RETRY_STATUSES
        if response.status_code not in statuses or not self.retryable_request(request):
            return None
        return self._delay(attempt, started, parse_retry_after(response))


def retry_policy(retries: int | RetryPolicy) -> RetryPolicy:
    """The policy of a client's `retries=` option: a count, or a whole `RetryPolicy`."""
    if isinstance(retries, RetryPolicy):
        return retries
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        from brainstem_api_tools.errors import UsageError

        raise UsageError(f"retries must be a whole number >= 0 or a RetryPolicy, not {retries!r}")
    return RetryPolicy(retries=retries)


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


# The body is read here, inside the retry loop, so that an answer cut off mid-body (a dropped
# connection, a proxy that gave up) is retried like any other transport error, and the error
# says which status came before the cut.


def _cut_off(
    request: httpx.Request, response: httpx.Response, exc: httpx.TransportError
) -> httpx.TransportError:
    kind = type(exc) if type(exc) is not httpx.TransportError else httpx.ReadError
    return kind(f"the {response.status_code} answer was cut off: {exc}", request=request)


def read_body(request: httpx.Request, response: httpx.Response) -> None:
    """Read the (raw) body now; the response then reads it from memory as usual."""
    stream = response.stream
    assert isinstance(stream, httpx.SyncByteStream)
    try:
        raw = b"".join(stream)
    except httpx.TransportError as exc:
        response.close()
        raise _cut_off(request, response, exc) from exc
    stream.close()
    response.stream = httpx.ByteStream(raw)


async def aread_body(request: httpx.Request, response: httpx.Response) -> None:
    stream = response.stream
    assert isinstance(stream, httpx.AsyncByteStream)
    try:
        raw = b"".join([part async for part in stream])
    except httpx.TransportError as exc:
        await response.aclose()
        raise _cut_off(request, response, exc) from exc
    await stream.aclose()
    response.stream = httpx.ByteStream(raw)


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
                read_body(request, response)
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
                await aread_body(request, response)
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
            import asyncio  # only the async client pays for it

            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()


# httpx.HTTPTransport() imports httpcore and loads the CA bundle as soon as it is made
# (30-60 ms on a small machine). The clients' default transports make a pool on the first
# request of each scheme instead: a client of a plain-http server (the sandbox, a server on
# the lab's network) never loads the bundle, and one that sends nothing imports no httpcore.
#
# Passing a transport to httpx.Client turns off httpx's own reading of HTTP_PROXY,
# HTTPS_PROXY, ALL_PROXY and NO_PROXY, so the default transports read them instead: a lab
# behind a proxy reaches the server through it, as with httpx or the official client.

_PROXY_VARIABLES = frozenset({"http_proxy", "https_proxy", "all_proxy"})


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for `url` (`<scheme>_proxy`, else `all_proxy`, in
    either case; none for a host `no_proxy` lists), as urllib reads them; None without one."""
    if not any(name.lower() in _PROXY_VARIABLES for name in os.environ):
        return None
    import urllib.request  # only when a proxy is set: it costs a few ms to import

    if urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all") or None


def pool_verify(scheme: str, proxy: str | None = None) -> ssl.SSLContext | bool:
    """`verify=` of the pool for `scheme`: httpx's default (True), except for plain http
    without a TLS proxy, whose pool gets a context that trusts no certificate (it only ever
    opens plain sockets)."""
    plain = scheme == "http" and not (proxy or "").lower().startswith("https:")
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) if plain else True


Route = tuple[str, str, int | None]  # scheme, host, port


def route(url: httpx.URL) -> Route:
    return (url.scheme, url.host, url.port)


def pool_options(url: httpx.URL) -> tuple[tuple[str, str | None], dict[str, Any]]:
    """The key of the pool that serves `url` (its scheme and proxy) and the pool's options."""
    proxy = environment_proxy(url)
    return (url.scheme, proxy), {"verify": pool_verify(url.scheme, proxy), "proxy": proxy}


class LazyTransport(httpx.BaseTransport):
    """httpx's default transport, with a pool per URL scheme (and proxy, if the environment
    names one) made on its first request."""

    def __init__(self) -> None:
        self._pools: dict[tuple[str, str | None], httpx.HTTPTransport] = {}
        self._routes: dict[Route, httpx.HTTPTransport] = {}
        self._lock = threading.Lock()  # the client's threads share it

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._routes.get(route(request.url))
        if pool is None:
            with self._lock:
                pool = self._routes.get(route(request.url))
                if pool is None:
                    key, options = pool_options(request.url)
                    if key not in self._pools:
                        self._pools[key] = httpx.HTTPTransport(**options)
                    pool = self._routes[route(request.url)] = self._pools[key]
        return pool.handle_request(request)

    def close(self) -> None:
        with self._lock:
            for pool in self._pools.values():
                pool.close()


class AsyncLazyTransport(httpx.AsyncBaseTransport):
    """As `LazyTransport`, for the async client (one event loop: no lock needed)."""

    def __init__(self) -> None:
        self._pools: dict[tuple[str, str | None], httpx.AsyncHTTPTransport] = {}
        self._routes: dict[Route, httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._routes.get(route(request.url))
        if pool is None:
            key, options = pool_options(request.url)
            if key not in self._pools:
                self._pools[key] = httpx.AsyncHTTPTransport(**options)
            pool = self._routes[route(request.url)] = self._pools[key]
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        for pool in self._pools.values():
            await pool.aclose()
