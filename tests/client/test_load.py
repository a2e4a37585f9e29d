"""load(): lists, records, filters, sort, include, pages, actions, public data."""

from __future__ import annotations

from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient, UsageError
from brainstem_api_tools.response import Response


def test_list_response_behaves_like_requests(client: BrainstemClient) -> None:
    response = client.load("session", limit=5)
    assert isinstance(response, Response)
    assert response.status_code == 200 and response.ok
    body = response.json()
    assert len(body["sessions"]) == 5
    assert body["meta"]["per_page"] == 5
    assert response.headers["content-type"].startswith("application/json")
    assert '"sessions"' in response.text
    assert response.raise_for_status() is response


def test_parsed_is_the_generated_model(client: BrainstemClient) -> None:
    from brainstem_api_client.models.session_list import SessionList

    response = client.load("session", limit=2)
    parsed = response.parsed
    assert isinstance(parsed, SessionList)
    assert [str(s.id) for s in parsed.sessions] == [s["id"] for s in response.json()["sessions"]]


def test_filters_sort_limit_offset(client: BrainstemClient, sandbox: Any) -> None:
    everything = client.load("session", load_all=True)["sessions"]
    rats = client.load("session", filters={"name.icontains": "rat"}, sort=["-name"], load_all=True)[
        "sessions"
    ]
    expected = sorted(
        (s for s in everything if "rat" in s["name"].lower()), key=lambda s: s["name"], reverse=True
    )
    assert rats and [s["id"] for s in rats] == [s["id"] for s in expected]
    page = client.load("session", sort=["name"], limit=3, offset=2).json()["sessions"]
    by_name = sorted(everything, key=lambda s: s["name"])
    assert [s["id"] for s in page] == [s["id"] for s in by_name[2:5]]


def test_filter_values_are_sent_as_the_api_expects(client: BrainstemClient, sandbox: Any) -> None:
    """Booleans as Django spells them, `in` as the parameter repeated (was: `false`, `a,b`;
    more in test_query_encoding.py)."""
    sandbox.requests.clear()
    client.load("session", filters={"projects.isnull": False, "name.in": ["a", "b"]})
    (entry,) = sandbox.requests.entries()
    assert "filter%7Bprojects.isnull%7D=False" in entry.query
    assert "filter%7Bname.in%7D=a&filter%7Bname.in%7D=b" in entry.query


def test_id_keeps_include_and_filters(client: BrainstemClient, sandbox: Any) -> None:
    session = client.load("session", limit=1).json()["sessions"][0]
    sandbox.requests.clear()
    record = client.load("session", id=session["id"], include=["projects"]).json()["session"]
    assert isinstance(record["projects"][0], dict) and "name" in record["projects"][0]
    assert "include%5B%5D=projects.%2A" in sandbox.requests.entries()[-1].query
    # a filter that the record does not match makes it a 404, as on the list
    miss = client.load("session", id=session["id"], filters={"name": session["name"] + "-no"})
    assert miss.status_code == 404


def test_public_portal_needs_no_token(sandbox: Any) -> None:
    """A public client reads the public portal without being told; private data it refuses
    before sending anything."""
    with BrainstemClient.public(url=sandbox.url) as public:
        sandbox.requests.clear()
        projects = public.load("project", portal="public").json()["projects"]
        assert projects
        assert public.load("project").json()["projects"] == projects
        assert (
            public.load_project(id=projects[0]["id"]).json()["project"]["id"] == (projects[0]["id"])
        )
        sent = sandbox.requests.entries()
        assert [e.path for e in sent] == ["/api/public/stem/project/"] * 2 + [
            f"/api/public/stem/project/{projects[0]['id']}/"
        ]
        assert not any(e.authorized for e in sent)
        with pytest.raises(UsageError, match="no token"):
            public.load("project", portal="private")
    assert len(sandbox.requests.entries()) == 3


def test_public_data_is_a_subset(client: BrainstemClient) -> None:
    private = {p["id"] for p in client.load("project", load_all=True)["projects"]}
    public = client.load("project", portal="public", load_all=True)["projects"]
    assert public and {p["id"] for p in public} < private


def test_iter_records_matches_load_all(client: BrainstemClient) -> None:
    records = list(client.iter_records("subject", page_size=7))
    assert records == client.load("subject", load_all=True)["subjects"]


def test_underscore_aliases_and_enums(client: BrainstemClient) -> None:
    from brainstem_api_tools import ModelType, PortalType

    a = client.load("project_membership_invitation").json()
    b = client.load(ModelType.projectmembershipinvitation, portal=PortalType.private).json()
    assert a == b and "project_membership_invitations" in a


def test_options_runs_a_custom_action(writer: BrainstemClient) -> None:
    pending = writer.load("speciesapproval", filters={"status": "Pending"}).json()
    approval = pending["species_approvals"][0]
    response = writer.load("speciesapproval", id=approval["id"], options="accept")
    assert response.status_code == 200, response.text
    assert (
        writer.load("speciesapproval", id=approval["id"]).json()["species_approval"]["status"]
        == "Accepted"
    )


def test_unknown_action_is_refused(client: BrainstemClient) -> None:
    with pytest.raises(UsageError, match="has no action 'approve'"):
        client.load("speciesapproval", id="3fa85f64-5717-4562-b3fc-2c963f66afa6", options="approve")


def test_repr_and_errors_never_show_the_token(client: BrainstemClient) -> None:
    assert "sandbox-test-token" not in repr(client)
    assert "sandbox-test-token" not in repr(client._http.auth)
