"""Writes are sent at most once per call, whatever fails; when the answer is lost after the write
was sent, the error says it may have been applied and how to check."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, RetryPolicy
from brainstem_api_tools.errors import (
    APIError,
    InvalidResponseError,
    WriteUncertainError,
)
from brainstem_api_tools.response import Response
from brainstem_api_tools.sandbox.faults import FaultInjector, FaultSettings

from .conftest import FAST_RETRIES, TOKEN

KINDS = ("502", "503", "504", "429", "reset", "truncate", "partial", "html", "slow")
LOST = {"reset", "truncate", "slow"}  # no complete answer comes back


def first_id(client: BrainstemClient, model: str, **filters: Any) -> Any:
    body = client.load(model, filters=filters or None).json()
    (key,) = [k for k, v in body.items() if isinstance(v, list)]
    return body[key][0]["id"]


def writes(client: BrainstemClient) -> dict[str, tuple[str, str, Callable[[], Response]]]:
    """Name -> (method, path, call) of each kind of write, on records of the seed data."""
    project = first_id(client, "project")
    session = first_id(client, "session")
    invitation = first_id(client, "projectmembershipinvitation")
    approval = first_id(client, "speciesapproval", status="Pending")
    log = first_id(client, "subjectlog")
    group = 2  # the sandbox user is not a member of group 2
    entry = {"date_time": "2024-01-01T10:00:00Z", "notes": "from a test"}
    return {
        "create (POST)": (
            "POST",
            "/api/private/stem/session/",
            lambda: client.save("session", data={"name": "Once only", "projects": [project]}),
        ),
        "update (PATCH)": (
            "PATCH",
            f"/api/private/stem/session/{session}/",
            lambda: client.save("session", id=session, data={"description": "changed"}),
        ),
        "accept (GET action)": (
            "GET",
            f"/api/private/stem/projectmembershipinvitation/{invitation}/accept/",
            lambda: client.action("projectmembershipinvitation", invitation, "accept"),
        ),
        "join (GET action, options=)": (
            "GET",
            f"/api/private/users/group/{group}/join/",
            lambda: client.load("group", id=group, options="join"),
        ),
        "accept (PATCH action)": (
            "PATCH",
            f"/api/private/taxonomies/speciesapproval/{approval}/accept/",
            lambda: client.action("speciesapproval", approval, "accept"),
        ),
        "add_entry (PATCH action with data)": (
            "PATCH",
            f"/api/private/modules/subjectlog/{log}/add_entry/",
            lambda: client.save("subjectlog", id=log, options="add_entry", data=entry),
        ),
    }


@pytest.mark.parametrize("target", ["writes-before", "writes-after"])
def test_each_write_is_sent_once_whatever_fails(
    faulty: Any, target: str, report: Callable[[str], None]
) -> None:
    outcomes: dict[str, set[str]] = {}
    # `slow` answers after 5 s (or when the client hangs up): only the impatient client, which
    # gives up after 0.2 s, meets it. The other kinds answer at once, to a client that waits
    # long enough for a busy machine (a pause of 0.2 s is not rare there).
    with (
        BrainstemClient(token=TOKEN, url=faulty.url, timeout=5, retries=FAST_RETRIES) as client,
        BrainstemClient(
            token=TOKEN, url=faulty.url, timeout=0.2, retries=FAST_RETRIES
        ) as impatient,
    ):
        calls, hasty = writes(client), writes(impatient)
        for (name, (method, path, call)), kind in itertools.product(calls.items(), KINDS):
            faulty.reset()
            faulty.faults.configure(kinds=(kind,), rate=1.0, on=(target,), delay=5)
            try:
                response = hasty[name][2]() if kind == "slow" else call()
                outcome = str(response.status_code)
                if kind == "partial":
                    with pytest.raises(InvalidResponseError):
                        response.json()
                else:
                    with pytest.raises(APIError):
                        response.raise_for_status()
            except WriteUncertainError as exc:
                outcome = "uncertain"
                assert kind in LOST
                message = str(exc)
                assert "may or may not have been" in message
                assert "It was not retried" in message
                assert path in message
            faulty.faults.off()
            assert faulty.requests.count(method, path) == 1, (name, kind, target)
            assert len(faulty.requests) == 1, faulty.requests.entries()
            outcomes.setdefault(kind, set()).add(outcome)
    assert all(outcomes[kind] == {"uncertain"} for kind in LOST)
    report(
        f"reliability: {len(calls)} kinds of write x {len(KINDS)} faults {target}: each sent "
        "exactly once"
    )


@pytest.mark.parametrize(
    ("call", "check"),
    [
        ("create", "load session records with a filter on a field you set"),
        ("update", "Load session {session} to see its current fields"),
        (
            "action",
            "the action 'accept' may or may not have been done. Load "
            "projectmembershipinvitation {invitation} to see its state",
        ),
    ],
)
def test_the_uncertain_write_says_how_to_check(faulty: Any, call: str, check: str) -> None:
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        project = first_id(client, "project")
        session = first_id(client, "session")
        invitation = first_id(client, "projectmembershipinvitation")
        faulty.faults.configure(kinds=("reset",), rate=1.0, on=("writes-after",))
        with pytest.raises(WriteUncertainError) as info:
            if call == "create":
                client.save("session", data={"name": "Maybe", "projects": [project]})
            elif call == "update":
                client.save("session", id=session, data={"description": "maybe"})
            else:
                client.action("projectmembershipinvitation", invitation, "accept")
    message = str(info.value)
    assert check.format(session=session, invitation=invitation) in message
    assert message.startswith(f"{info.value.method} {faulty.url}/api/private/")
    assert "ReadError" in message or "RemoteProtocolError" in message


def test_the_write_was_applied_when_the_answer_was_lost(faulty: Any) -> None:
    """writes-after: the change is there although the client got no answer."""
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        project = first_id(client, "project")
        faulty.faults.configure(kinds=("truncate",), rate=1.0, on=("writes-after",))
        with pytest.raises(WriteUncertainError, match="the 201 answer was cut off"):
            client.save("session", data={"name": "Applied anyway", "projects": [project]})
        faulty.faults.off()
        found = client.load("session", filters={"name": "Applied anyway"}).json()["sessions"]
        assert len(found) == 1


def test_deletes_are_retried_reads_too(faulty: Any) -> None:
    """The other side: idempotent requests are retried (DELETE on a 503 before it applies)."""
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        session = first_id(client, "session")
        path = f"/api/private/stem/session/{session}/"
        seed = seed_failing_first(path)  # whatever the id is
        faulty.faults.configure(kinds=("503",), rate=0.5, seed=seed, on=("writes-before",))
        response = client.delete("session", id=session)
        assert response.status_code == 204
        entries = faulty.requests.matching("DELETE", path)
        assert [e.status for e in entries][-1] == 204
        assert len(entries) > 1  # the seed fails the first attempt


def seed_failing_first(path: str) -> int:
    """A seed whose faults (503 on half the writes) fail the first DELETE of `path` and spare
    the second, so the test holds whatever id the seed data gives the record."""
    for seed in range(100):
        injector = FaultInjector(
            FaultSettings(kinds=("503",), rate=0.5, seed=seed, on=("writes-before",))
        )
        if injector.decide("DELETE", path, "") and not injector.decide("DELETE", path, ""):
            return seed
    raise AssertionError("no seed")


def test_async_writes_are_sent_once(faulty: Any) -> None:
    async def run() -> None:
        async with AsyncBrainstemClient(
            token=TOKEN, url=faulty.url, retries=FAST_RETRIES
        ) as client:
            project = (await client.load("project")).json()["projects"][0]["id"]
            faulty.faults.configure(kinds=("reset",), rate=1.0, on=("writes-after",))
            with pytest.raises(WriteUncertainError, match="may or may not have been created"):
                await client.save("session", data={"name": "Async", "projects": [project]})
            faulty.faults.configure(kinds=("502",), rate=1.0, on=("writes-before",))
            response = await client.save("session", data={"name": "Async", "projects": [project]})
            assert response.status_code == 502

    faulty.requests.clear()
    asyncio.run(run())
    assert faulty.requests.count("POST", "/api/private/stem/session/") == 2


@pytest.fixture(scope="module")
def under_prefix() -> Iterator[tuple[str, Any]]:
    """A sandbox served under a path prefix that holds `/api/` itself, as behind a proxy."""
    from brainstem_api_tools.sandbox.app import create_app
    from brainstem_api_tools.sandbox.server import serve

    prefix = "/lab/api/v2"
    app = create_app(records=3, token=TOKEN)

    async def strip(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith(prefix + "/"):
            path = scope["path"][len(prefix) :]
            scope = {**scope, "path": path, "raw_path": path.encode()}
        await app(scope, receive, send)

    with serve(strip) as server:
        yield f"{server.url}{prefix}/", app.state.sandbox


@pytest.mark.parametrize("api", [False, True], ids=["at the root", "under /lab/api/v2/"])
def test_state_changing_gets_are_never_retried_even_under_a_path_prefix(
    api: bool, faulty: Any, under_prefix: tuple[str, Any]
) -> None:
    """The call, not the URL, tells the retries what is a write: under a base URL whose path
    holds `/api/`, reads and deletes are still retried and the GET actions still are not."""
    url, state = (under_prefix[0], under_prefix[1]) if api else (faulty.url, faulty.state)
    session = state.store.all("session")[0]["id"]
    invitation = state.store.all("projectmembershipinvitation")[0]["id"]
    policy = RetryPolicy(retries=2, backoff=0.001, max_backoff=0.002)
    state.faults.configure(kinds=("503",), rate=1.0, on=("reads", "writes-before"))
    state.request_log.clear()
    try:
        with BrainstemClient(token=TOKEN, url=url, retries=policy) as client:
            answers = [
                client.load("session"),
                client.load("session", id=session),
                client.delete("session", id=session),
                client.action("group", 2, "join"),
                client.action("projectmembershipinvitation", invitation, "accept"),
                client.save("session", data={"name": "x", "projects": [SESSION]}),
                client.save("session", id=session, data={"name": "x"}),
            ]
    finally:
        state.faults.off()
    assert {a.status_code for a in answers} == {503}
    sent = [(e.method, e.path) for e in state.request_log.entries()]
    assert [sent.count(k) for k in dict.fromkeys(sent)] == [3, 3, 3, 1, 1, 1, 1], sent


def test_retries_option_is_checked() -> None:
    from brainstem_api_tools import RetryPolicy, UsageError

    for bad in (-1, True, 2.5, "3"):
        with pytest.raises(UsageError, match="retries must be a whole number"):
            BrainstemClient(token=TOKEN, url="http://127.0.0.1:9/", retries=bad)
    policy = RetryPolicy(retries=2)
    with BrainstemClient(token=TOKEN, url="http://127.0.0.1:9/", retries=policy) as client:
        assert client._http._transport.policy is policy  # type: ignore[attr-defined]


SESSION = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
