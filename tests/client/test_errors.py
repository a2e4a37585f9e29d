"""Each error status becomes its exception, with a message that says what to do."""

from __future__ import annotations

from typing import Any

import pytest

from brainstem_api_tools import (
    AuthenticationError,
    BrainstemClient,
    NotFoundError,
    PermissionDeniedError,
    UsageError,
    ValidationError,
)
from brainstem_api_tools.errors import APIError, BrainstemError

MISSING = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def test_400_carries_the_field_messages(writer: BrainstemClient) -> None:
    response = writer.save("session", data={"description": "no name, no projects"})
    assert response.status_code == 400
    with pytest.raises(ValidationError) as info:
        response.raise_for_status()
    assert info.value.errors == {
        "name": ["This field is required."],
        "projects": ["This field is required."],
    }
    assert "name: This field is required." in str(info.value)


def test_401_says_how_to_log_in(sandbox: Any) -> None:
    with (
        BrainstemClient(token="wrong", url=sandbox.url) as client,
        pytest.raises(AuthenticationError, match="brainstem login") as info,
    ):
        client.load("session", load_all=True)
    assert info.value.status_code == 401 and "wrong" not in str(info.value)


def test_403_when_the_record_may_not_be_changed(writer: BrainstemClient) -> None:
    approval = writer.load("speciesapproval", filters={"status": "Pending"}).json()[
        "species_approvals"
    ][0]
    assert writer.action("speciesapproval", approval["id"], "accept").status_code == 200
    again = writer.action("speciesapproval", approval["id"], "accept")
    with pytest.raises(PermissionDeniedError, match="403 Forbidden"):
        again.raise_for_status()


def test_404_names_the_url(client: BrainstemClient) -> None:
    response = client.load("session", id=MISSING)
    with pytest.raises(NotFoundError) as info:
        response.raise_for_status()
    assert MISSING in str(info.value) and info.value.url.endswith(f"/session/{MISSING}/")


def test_hierarchy() -> None:
    for cls in (ValidationError, AuthenticationError, PermissionDeniedError, NotFoundError):
        assert issubclass(cls, APIError) and issubclass(cls, BrainstemError)
    assert issubclass(UsageError, ValueError)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.load("sesion"), "did you mean session"),
        (lambda c: c.load("session", portal="publik"), "did you mean 'public'"),
        (lambda c: c.save("session", portal="public", data={}), "not available on the public"),
        (lambda c: c.load("session", id="../etc"), "is not a UUID"),
        (lambda c: c.load("group", id="abc"), "not a whole number"),
        (lambda c: c.save("session", data=["name"]), "data must be a dict"),
        (lambda c: c.load("session", limit=101), "limit must be between 1 and 100"),
        (lambda c: c.load("session", offset=-1), "offset must be at least 0"),
        (lambda c: c.load("session", filters={"name.icontain": "x"}), "unknown filter operator"),
        (lambda c: c.load("session", filters={"nmae": "x"}), "did you mean name"),
        (lambda c: c.load("session", sort=["-nmae"]), "no such field"),
        (lambda c: c.delete("session"), "needs the id"),
        (lambda c: c.action("session", MISSING, "accept"), "has no action 'accept'"),
        (lambda c: c.load("user", portal="private", options="accept", id=1), "no action"),
    ],
)
def test_bad_calls_fail_before_any_request(
    client: BrainstemClient, sandbox: Any, call: Any, message: str
) -> None:
    sandbox.requests.clear()
    with pytest.raises(UsageError, match=message):
        call(client)
    assert sandbox.requests.entries() == []
