"""AsyncBrainstemClient: the same results as the sync client, concurrently."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, UsageError

TOKEN = "sandbox-test-token"


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_load_all_matches_the_sync_client(sandbox: Any, client: BrainstemClient) -> None:
    async def main() -> Any:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url, concurrency=4) as ac:
            return await ac.load("session", load_all=True, limit=7, sort=["name"])

    assert run(main()) == client.load("session", load_all=True, limit=7, sort=["name"])


def test_models_at_once(sandbox: Any, client: BrainstemClient) -> None:
    models = ["session", "project", "subject", "behavior"]

    async def main() -> list[Any]:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as ac:
            return await asyncio.gather(*(ac.load(m, load_all=True) for m in models))

    for model, result in zip(models, run(main()), strict=True):
        assert result == client.load(model, load_all=True)


def test_iterator_loaders_and_single_requests(sandbox: Any, client: BrainstemClient) -> None:
    async def main() -> tuple[list[Any], Any, Any, int]:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as ac:
            records = [r async for r in ac.iter_records("subject", page_size=9)]
            rats = await ac.load_session(name="rat", load_all=True)
            first = (await ac.load("subject", limit=1)).json()["subjects"][0]
            one = await ac.load("subject", id=first["id"])
            return records, rats, one.json(), one.status_code

    records, rats, one, status = run(main())
    assert records == client.load("subject", load_all=True)["subjects"]
    assert rats == client.load_session(name="rat", load_all=True)
    assert status == 200 and one["subject"]["id"] == records[0]["id"]


def test_writes(clean_sandbox: Any) -> None:
    async def main() -> tuple[int, int, int]:
        async with AsyncBrainstemClient(token=TOKEN, url=clean_sandbox.url) as ac:
            project = (await ac.load("project", limit=1)).json()["projects"][0]["id"]
            created = await ac.save("session", data={"name": "async one", "projects": [project]})
            sid = created.json()["session"]["id"]
            updated = await ac.save("session", id=sid, data={"description": "x"})
            deleted = await ac.delete("session", id=sid)
            return created.status_code, updated.status_code, deleted.status_code

    assert run(main()) == (201, 200, 204)
    assert clean_sandbox.requests.count("POST", "/api/private/stem/session/") == 1


def test_bad_input_fails_before_any_request(sandbox: Any) -> None:
    async def main() -> None:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as ac:
            await ac.load("session", limit=0)

    with pytest.raises(UsageError, match="limit must be between 1 and 100"):
        run(main())


def test_public_async_client(sandbox: Any) -> None:
    async def main() -> Any:
        async with AsyncBrainstemClient.public(url=sandbox.url) as ac:
            return (await ac.load("project", portal="public")).json()

    assert run(main())["projects"]


def test_parsing_waits_for_parsed(client: BrainstemClient) -> None:
    response = client.load("session", limit=3)
    assert "parsed" not in response.__dict__  # nothing parsed into models yet
    assert len(response.parsed.sessions) == 3
