"""What a user's editor infers for `load` and the loaders: checked by mypy
(tests/client/test_types.py), never run."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, assert_type

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, Records
from brainstem_api_tools.response import Response

Merged = Records  # a dict (of the merged pages) that knows its model: .to_dataframe()


def sync(client: BrainstemClient, flag: bool) -> None:
    assert_type(client.load("session"), Response[Any])
    assert_type(client.load("session", id="x"), Response[Any])
    assert_type(client.load("session", load_all=False), Response[Any])
    assert_type(client.load("session", load_all=True), Merged)
    assert_type(client.load("session", load_all=True, progress=print), Merged)
    assert_type(client.load("session", load_all=flag), Response[Any] | Merged)
    # the loaders' overloads say the same as load's
    assert_type(client.load_session(), Response[Any])
    assert_type(client.load_session(load_all=True), Merged)
    assert_type(client.load_session(load_all=flag), Response[Any] | Merged)


async def asynchronous(client: AsyncBrainstemClient, flag: bool) -> None:
    # coroutines, as the async client's methods are
    page = assert_type(client.load("session"), Coroutine[Any, Any, Response[Any]])
    page.close()
    assert_type(await client.load("session"), Response[Any])
    assert_type(await client.load("session", load_all=True), Merged)
    assert_type(await client.load("session", load_all=flag), Response[Any] | Merged)
    loaded = assert_type(client.load_session(), Coroutine[Any, Any, Response[Any]])
    loaded.close()
    assert_type(await client.load_session(load_all=True), Merged)
