"""Custom actions: invitations and membership requests, group join/leave, log entries."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


@pytest.fixture
def w(clean_sandbox, api) -> httpx.Client:
    return api


def listing(api: httpx.Client, path: str) -> list[dict[str, Any]]:
    body = api.get(path, params={"limit": 100}).json()
    return list(next(v for v in body.values() if isinstance(v, list)))


def me(sandbox: Any) -> Any:
    return sandbox.state.account_for(sandbox.token)


# -- invitations and requests ------------------------------------------------------------------


def test_accept_project_invitation_grants_membership(w) -> None:
    invitation = listing(w, "stem/projectmembershipinvitation/")[0]
    user = w.get(f"users/user/{invitation['invitee']}/").json()["user"]
    r = w.get(f"stem/projectmembershipinvitation/{invitation['id']}/accept/")
    assert r.status_code == 200
    assert r.json() == {"project_membership_invitation": invitation}
    project = w.get(f"stem/project/{invitation['project']}/").json()["project"]
    assert project["users"][user["email"]] == {
        "can_change": invitation["can_change"],
        "is_manager": invitation["manage_project"],
        "is_owner": invitation["own_project"],
    }
    assert w.get(f"stem/projectmembershipinvitation/{invitation['id']}/").status_code == 404
    assert w.get(f"stem/projectmembershipinvitation/{invitation['id']}/accept/").status_code == 404


def test_accept_project_group_invitation(w) -> None:
    invitation = listing(w, "stem/projectgroupmembershipinvitation/")[1]
    group = w.get(f"users/group/{invitation['invitee']}/").json()["group"]
    assert (
        w.get(f"stem/projectgroupmembershipinvitation/{invitation['id']}/accept/").status_code
        == 200
    )
    project = w.get(f"stem/project/{invitation['project']}/").json()["project"]
    assert group["name"] in project["groups"]


@pytest.mark.parametrize("action", ["reject", "cancel"])
def test_reject_or_cancel_drops_the_invitation(w, action) -> None:
    invitation = listing(w, "stem/projectmembershipinvitation/")[0]
    before = w.get(f"stem/project/{invitation['project']}/").json()["project"]
    r = w.get(f"stem/projectmembershipinvitation/{invitation['id']}/{action}/")
    assert r.status_code == 200
    assert w.get(f"stem/projectmembershipinvitation/{invitation['id']}/").status_code == 404
    assert w.get(f"stem/project/{invitation['project']}/").json()["project"] == before


def test_group_invitation_and_request(w) -> None:
    invitation = listing(w, "users/groupmembershipinvitation/")[0]
    email = w.get(f"users/user/{invitation['user_account_invitation']}/").json()["user"]["email"]
    w.get(f"users/groupmembershipinvitation/{invitation['id']}/accept/")
    users = w.get(f"users/group/{invitation['authgroup']}/").json()["group"]["users"]
    assert users[email] == {
        "is_manager": invitation["new_manager"],
        "is_owner": invitation["new_owner"],
    }

    request = listing(w, "users/groupmembershiprequest/")[0]
    email = w.get(f"users/user/{request['user_account_request']}/").json()["user"]["email"]
    assert w.get(f"users/groupmembershiprequest/{request['id']}/accept/").status_code == 200
    users = w.get(f"users/group/{request['authgroup']}/").json()["group"]["users"]
    assert users[email] == {"is_manager": False, "is_owner": False}


# -- groups ------------------------------------------------------------------------------------


def test_join_files_a_request_once(w, sandbox) -> None:
    account = me(sandbox)
    group = next(g for g in listing(w, "users/group/") if account.email not in g["users"])
    r = w.get(f"users/group/{group['id']}/join/")
    assert r.status_code == 200
    assert r.json() == {"group": group}
    requests = [
        q
        for q in listing(w, "users/groupmembershiprequest/")
        if q["authgroup"] == group["id"] and q["user_account_request"] == account.id
    ]
    assert len(requests) == 1
    again = w.get(f"users/group/{group['id']}/join/")
    assert again.status_code == 400
    assert "already pending" in again.json()["detail"]


def test_join_a_group_you_are_in_is_400(w, sandbox) -> None:
    group = next(g for g in listing(w, "users/group/") if me(sandbox).email in g["users"])
    r = w.get(f"users/group/{group['id']}/join/")
    assert r.status_code == 400


def test_leave(w, sandbox) -> None:
    email = me(sandbox).email
    group = next(g for g in listing(w, "users/group/") if email in g["users"])
    r = w.get(f"users/group/{group['id']}/leave/")
    assert r.status_code == 200
    assert email not in r.json()["group"]["users"]
    again = w.get(f"users/group/{group['id']}/leave/")
    assert again.status_code == 400
    assert "not a member" in again.json()["detail"]


def test_actions_on_unknown_ids_and_public_portal(w, sandbox) -> None:
    assert w.get("users/group/999/join/").status_code == 404
    r = httpx.get(
        sandbox.url + "/api/public/users/group/1/join/",
        headers={"Authorization": f"Bearer {sandbox.token}"},
    )
    assert r.status_code == 403


# -- log entries -------------------------------------------------------------------------------


def test_procedure_log_entries(w) -> None:
    log = listing(w, "modules/procedurelog/")[0]
    base = f"modules/procedurelog/{log['id']}/"
    entry = {"date_time": "2030-04-05T13:45:00Z", "notes": None, "details": {"displacement": 9.0}}
    r = w.patch(base + "add_entry/", json=entry)
    assert r.status_code == 200
    entries = r.json()["procedure_log"]["entries"]
    assert entries[0] == entry  # newest first
    assert len(entries) == len(log["entries"]) + 1

    duplicate = w.patch(base + "add_entry/", json=entry)
    assert duplicate.status_code == 400
    assert "already exists" in duplicate.json()["date_time"][0]

    r = w.patch(
        base + "change_entry/", json={"date_time": "2030-04-05T13:45:00Z", "notes": "new text"}
    )
    assert r.status_code == 200
    assert r.json()["procedure_log"]["entries"][0] == {**entry, "notes": "new text"}

    r = w.patch(base + "remove_entry/", json={"date_time": "2030-04-05T13:45:00Z"})
    assert r.status_code == 200
    assert r.json()["procedure_log"]["entries"] == log["entries"]


@pytest.mark.parametrize(
    ("action", "body", "field", "fragment"),
    [
        ("add_entry", {"notes": "x"}, "date_time", "required"),
        ("add_entry", {"date_time": "soon"}, "date_time", "wrong format"),
        (
            "change_entry",
            {"date_time": "1999-01-01T00:00:00Z", "notes": "x"},
            "date_time",
            "No entry",
        ),
        ("remove_entry", {"date_time": "1999-01-01T00:00:00Z"}, "date_time", "No entry"),
    ],
)
def test_entry_errors(w, action, body, field, fragment) -> None:
    log = listing(w, "modules/procedurelog/")[0]
    r = w.patch(f"modules/procedurelog/{log['id']}/{action}/", json=body)
    assert r.status_code == 400
    assert fragment in r.json()[field][0]
    assert w.get(f"modules/procedurelog/{log['id']}/").json()["procedure_log"] == log


def test_subject_log_interval_entries(w) -> None:
    log = listing(w, "modules/subjectlog/")[0]
    entry = {
        "start_date_time": "2030-01-01T08:00:00Z",
        "end_date_time": "2030-01-01T20:00:00Z",
        "notes": "night",
    }
    r = w.patch(f"modules/subjectlog/{log['id']}/add_entry/", json=entry)
    assert r.status_code == 200
    assert entry in r.json()["subject_log"]["entries"]
    r = w.patch(
        f"modules/subjectlog/{log['id']}/add_entry/",
        json={"date_time": "2030-02-01T08:00:00+01:00"},
    )
    assert {"date_time": "2030-02-01T07:00:00Z"} in r.json()["subject_log"]["entries"]


def test_created_log_belongs_to_the_caller(w, sandbox) -> None:
    subject = listing(w, "stem/subject/")[0]
    r = w.post("modules/subjectlog/", json={"type": "Weighing", "subject": subject["id"]})
    assert r.status_code == 201, r.text
    log = r.json()["subject_log"]
    assert log["user"] == me(sandbox).id
    assert log["entries"] == []
    assert log["id"] in w.get(f"stem/subject/{subject['id']}/").json()["subject"]["subjectlogs"]
