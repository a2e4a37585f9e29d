"""Each error status becomes its exception, with a message that says what to do."""

from __future__ import annotations

from typing import Any

import pytest

from brainstem_api_tools import (
    AuthenticationError,
    BrainstemClient,
    IncompleteResultError,
    NotFoundError,
    PermissionDeniedError,
    UsageError,
    ValidationError,
)
from brainstem_api_tools.errors import APIError, BrainstemError

MISSING = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def test_400_carries_the_field_messages(writer: BrainstemClient) -> None:
    response = writer.save("session", data={"description": "no name, no projects"}, validate=False)
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
        (lambda c: c.load("session", sort=["-na me"]), "is not a field name"),
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


# -- errors that say what to do next ------------------------------------------------------------


def test_limit_above_100_points_to_load_all(client: BrainstemClient, sandbox: Any) -> None:
    sandbox.requests.clear()
    with pytest.raises(UsageError, match=r"not 500 .*load_all=True or iter_records\(\)"):
        client.load("session", limit=500)
    with pytest.raises(UsageError, match="pages of at most 100"):
        client.load("session", limit=500, load_all=True)
    assert sandbox.requests.entries() == []


def test_an_id_that_is_not_a_uuid_points_to_get_by_name(
    client: BrainstemClient, sandbox: Any
) -> None:
    name = sandbox.store.all("session")[0]["name"]
    with pytest.raises(UsageError) as info:
        client.load("session", id=name)
    assert f"get('session', name={name!r})" in str(info.value)
    # ... which finds it
    assert client.get("session", name=name)["name"] == name


def test_filtering_a_relation_by_name_points_to_its_name_field(
    client: BrainstemClient, sandbox: Any
) -> None:
    project = sandbox.store.all("project")[0]["name"]
    for key, name_key in (("projects", "projects.name"), ("projects.in", "projects.name.in")):
        response = client.load("session", filters={key: project})
        assert response.status_code == 400
        with pytest.raises(ValidationError) as info:
            response.raise_for_status()
        hint = f"filters={{{name_key!r}: {project!r}}}"
        assert info.value.hint.startswith("projects is matched by project id, not by name")
        assert hint in info.value.hint and hint in str(info.value)
    by_name = client.load("session", filters={"projects.name": project}).json()["sessions"]
    assert by_name  # the hint works
    # another 400 of a list gets no such hint
    with pytest.raises(ValidationError) as info:
        client.load("session", filters={"date_time.gte": "someday"}).raise_for_status()
    assert info.value.hint == ""


def test_403_on_an_approval_already_reviewed_says_so(writer: BrainstemClient) -> None:
    approval = writer.load("speciesapproval", filters={"status": "Pending"}).json()[
        "species_approvals"
    ][0]
    assert writer.action("speciesapproval", approval["id"], "accept").status_code == 200
    for action in ("accept", "reject"):
        with pytest.raises(PermissionDeniedError) as info:
            writer.action("speciesapproval", approval["id"], action).raise_for_status()
        message = str(info.value)
        assert "an approval is accepted or rejected only once" in message
        assert "load it to see its status" in message
        assert "check your permissions" not in message


def test_deleting_while_iterating_says_to_collect_the_ids_first(writer: BrainstemClient) -> None:
    deleted = 0
    with pytest.raises(IncompleteResultError) as info:
        for record in writer.iter_records("session", page_size=10):
            writer.delete("session", id=record["id"]).raise_for_status()
            deleted += 1
    assert deleted == 10  # the first page; the second showed the collection had shrunk
    message = str(info.value)
    assert "records were deleted underneath the paging" in message
    assert 'ids = [r["id"] for r in client.iter_records(...)]' in message
    # what the message says works
    ids = [r["id"] for r in writer.iter_records("session", page_size=10)]
    for record_id in ids:
        writer.delete("session", id=record_id).raise_for_status()
    assert writer.load("session").json()["sessions"] == []


@pytest.mark.parametrize(
    ("method", "path", "status", "body", "expected"),
    [
        # DRF's own wording, as the real service may answer where the sandbox is more specific
        (
            "PATCH",
            f"taxonomies/strainapproval/{MISSING}/accept/",
            403,
            {"detail": "You do not have permission to perform this action."},
            "either this approval was already reviewed (an approval is accepted or rejected "
            f"only once: load it to see its status (client.load('strainapproval', id='{MISSING}')"
            f", `brainstem load strainapproval --id {MISSING}`)), or your account may not review "
            "strainapprovals",
        ),
        (
            "GET",
            "stem/subject/?filter%7Bprojects%7D=Visual+cortex",
            400,
            ["\u201cVisual cortex\u201d is not a valid UUID."],
            "projects is matched by project id, not by name; to match by name, filter on "
            "projects.name: filters={'projects.name': 'Visual cortex'} "
            "(--filters 'projects.name=Visual cortex' on the command line)",
        ),
        ("PATCH", f"stem/session/{MISSING}/", 403, {"detail": "No."}, ""),
        ("GET", f"stem/session/?filter%7Bprojects%7D={MISSING}", 400, ["Bad."], ""),
    ],
)
def test_hints_from_the_response_alone(
    method: str, path: str, status: int, body: Any, expected: str
) -> None:
    import httpx

    from brainstem_api_tools.errors import error_for_response

    request = httpx.Request(method, f"https://www.brainstem.org/api/private/{path}")
    error = error_for_response(httpx.Response(status, json=body, request=request))
    assert error.hint == expected
    assert str(error).endswith(expected or "")
