"""POST, PATCH and DELETE as the reference describes them, with their validation messages."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


@pytest.fixture
def w(clean_sandbox, api) -> httpx.Client:
    """The private API on freshly seeded data (restored after the test)."""
    return api


def first(api: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    body = api.get(path, params=params).json()
    key = next(k for k, v in body.items() if isinstance(v, list))
    return dict(body[key][0])


def new_session(api: httpx.Client, **extra: Any) -> dict[str, Any]:
    project = first(api, "stem/project/")
    data = {"name": "brand-new-session", "projects": [project["id"]], **extra}
    r = api.post("stem/session/", json=data)
    assert r.status_code == 201, r.text
    return dict(r.json()["session"])


# -- create ------------------------------------------------------------------------------------


def test_create_returns_201_with_the_record(w) -> None:
    project = first(w, "stem/project/")
    r = w.post(
        "stem/session/",
        json={
            "name": "NewSession",
            "description": "some text",
            "projects": [project["id"]],
            "date_time": "2024-05-06T07:08:09+02:00",
            "tags": ["a"],
            "extra_fields": {"rig": "B", "n": 3},
            "download_links": [{"repository": "DANDI", "url": "https://dandiarchive.org/x"}],
        },
    )
    assert r.status_code == 201
    session = r.json()["session"]
    assert session["name"] == "NewSession"
    assert session["projects"] == [project["id"]]
    assert session["date_time"] == "2024-05-06T05:08:09Z"  # stored in UTC
    assert session["behaviors"] == [] and session["epochs"] == []
    assert w.get(f"stem/session/{session['id']}/").json()["session"] == session
    # the reverse relation follows
    sessions = w.get(f"stem/project/{project['id']}/").json()["project"]["sessions"]
    assert session["id"] in sessions


def test_top_level_fields_are_read_as_drf_reads_them(w) -> None:
    """CharField takes numbers as text and trims; IntegerField takes "3"; BooleanField "yes"."""
    session = new_session(w, description=12, tags=[3, " b "])
    assert session["description"] == "12" and session["tags"] == ["3", "b"]
    r = w.post("stem/project/", json={"name": "  Trimmed  ", "is_public": "yes"})
    assert r.status_code == 201, r.text
    assert r.json()["project"]["name"] == "Trimmed" and r.json()["project"]["is_public"] is True
    related = {
        "session": session["id"],
        "subjects": [first(w, "stem/subject/")["id"]],
        "setup": first(w, "personal_attributes/setup/")["id"],
        "behavioralassay": first(w, "personal_attributes/behavioralassay/")["id"],
    }
    r = w.post("modules/behavior/", json={**related, "order": "3.0", "notes": 1.5})
    assert r.status_code == 201, r.text
    assert r.json()["behavior"]["order"] == 3 and r.json()["behavior"]["notes"] == "1.5"


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({}, {"name": ["This field is required."], "projects": ["This field is required."]}),
        ({"name": "x", "projects": []}, {"projects": ["This list may not be empty."]}),
        ({"name": "", "projects": ["@P"]}, {"name": ["This field may not be blank."]}),
        ({"name": ["x"], "projects": ["@P"]}, {"name": ["Not a valid string."]}),
        ({"name": "  ", "projects": ["@P"]}, {"name": ["This field may not be blank."]}),
        ({"name": "a\x00b", "projects": ["@P"]}, {"name": ["Null characters are not allowed."]}),
        ({"name": None, "projects": ["@P"]}, {"name": ["This field may not be null."]}),
        (
            {"name": "x" * 101, "projects": ["@P"]},
            {"name": ["Ensure this field has no more than 100 characters."]},
        ),
        ({"name": "x", "projects": ["nope"]}, {"projects": ['0: "nope" is not a valid UUID.']}),
        (
            {"name": "x", "projects": "@P"},
            {"projects": ['Expected a list of items but got type "str".']},
        ),
        (
            {"name": "x", "projects": ["@P"], "date_time": "yesterday"},
            {"date_time": ["Datetime has wrong format."]},
        ),
        (
            {
                "name": "x",
                "projects": ["@P"],
                "download_links": [{"repository": "Dropbox", "url": "ftp://x"}],
            },
            {"download_links": ['0: repository: "Dropbox" is not a valid choice.']},
        ),
        (
            {
                "name": "x",
                "projects": ["@P"],
                "download_links": [{"repository": "DANDI", "url": "x.org"}],
            },
            {"download_links": ["0: url: This value does not match the required pattern."]},
        ),
        (
            {"name": "x", "projects": ["@P"], "extra_fields": {"a": [1]}},
            {"extra_fields": ["a: Not a valid string."]},
        ),
        (
            {"name": "x", "projects": ["00000000-0000-4000-8000-000000000000"]},
            {
                "projects": [
                    'Invalid pk "00000000-0000-4000-8000-000000000000" - object does not exist.'
                ]
            },
        ),
    ],
)
def test_create_validation_messages(w, data, errors) -> None:
    project = first(w, "stem/project/")

    def fill(value: Any) -> Any:
        if value == "@P":
            return project["id"]
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value

    body = {k: fill(v) for k, v in data.items()}
    before = w.get("stem/session/").json()["meta"]["total_results"]
    r = w.post("stem/session/", json=body)
    assert r.status_code == 400
    got = r.json()
    assert set(got) == set(errors)
    for key, messages in errors.items():
        for expected, actual in zip(messages, got[key], strict=True):
            assert actual.startswith(expected.rstrip(".")), (actual, expected)
    assert w.get("stem/session/").json()["meta"]["total_results"] == before


def test_enum_and_date_fields(w) -> None:
    subject = first(w, "stem/subject/")
    data = {k: subject[k] for k in ("projects", "strain")}
    r = w.post("stem/subject/", json={**data, "name": "S-new", "sex": "X"})
    assert r.status_code == 400
    assert r.json()["sex"] == ['"X" is not a valid choice.']
    r = w.post(
        "stem/subject/", json={**data, "name": "S-new", "sex": "F", "birth_date": "2024-13-01"}
    )
    assert r.status_code == 400
    assert "Date has wrong format" in r.json()["birth_date"][0]
    r = w.post(
        "stem/subject/", json={**data, "name": "S-new", "sex": "F", "birth_date": "2024-02-29"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["subject"]["birth_date"] == "2024-02-29"


def test_read_only_and_unknown_fields_are_ignored(w) -> None:
    behavior = first(w, "modules/behavior/")
    session = new_session(
        w,
        id="00000000-0000-4000-8000-000000000001",
        behaviors=[behavior["id"]],
        name_used_in_storage="/data/x",
        colour="blue",
    )
    assert session["id"] != "00000000-0000-4000-8000-000000000001"
    assert session["behaviors"] == []
    assert session["name_used_in_storage"] != "/data/x"
    assert "colour" not in session


def test_unique_names(w) -> None:
    existing = first(w, "stem/session/")
    r = w.post("stem/session/", json={"name": existing["name"], "projects": existing["projects"]})
    assert r.status_code == 400
    assert r.json() == {"name": ["session with this name already exists."]}
    other = w.get("stem/session/", params={"offset": 1}).json()["sessions"][0]
    r = w.patch(f"stem/session/{other['id']}/", json={"name": existing["name"]})
    assert r.status_code == 400
    r = w.patch(f"stem/session/{existing['id']}/", json={"name": existing["name"]})
    assert r.status_code == 200


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "JSON parse error"),
        (b"[1, 2]", "Expected a dictionary, but got list"),
        (b'"text"', "Expected a dictionary, but got str"),
    ],
)
def test_bodies_that_are_not_objects(w, content, fragment) -> None:
    r = w.post("stem/session/", content=content, headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert fragment in str(r.json())


def test_create_on_an_integer_id_model(w, sandbox) -> None:
    r = w.post("users/group/", json={"name": "New lab"})
    assert r.status_code == 201
    group = r.json()["group"]
    assert isinstance(group["id"], int)
    owner = sandbox.state.account_for(sandbox.token).email
    assert group["users"] == {owner: {"is_manager": True, "is_owner": True}}
    assert w.get(f"users/group/{group['id']}/").json()["group"] == group


# -- partial update ----------------------------------------------------------------------------


def test_patch_changes_only_the_given_fields(w) -> None:
    before = first(w, "stem/session/")
    r = w.patch(f"stem/session/{before['id']}/", json={"description": "new text"})
    assert r.status_code == 200
    after = r.json()["session"]
    assert after == {**before, "description": "new text"}
    assert w.get(f"stem/session/{before['id']}/").json()["session"] == after


def test_patch_validates_given_fields(w) -> None:
    before = first(w, "stem/session/")
    r = w.patch(f"stem/session/{before['id']}/", json={"projects": [], "tags": "x"})
    assert r.status_code == 400
    assert set(r.json()) == {"projects", "tags"}
    assert w.get(f"stem/session/{before['id']}/").json()["session"] == before


def test_patch_with_an_empty_body_changes_nothing(w) -> None:
    before = first(w, "stem/session/")
    r = w.patch(f"stem/session/{before['id']}/", json={})
    assert r.status_code == 200
    assert r.json()["session"] == before


def test_patch_members_merges_and_removes(w) -> None:
    group = first(w, "users/group/")
    r = w.patch(
        f"users/group/{group['id']}/", json={"users": {"new@example.org": {"is_manager": True}}}
    )
    assert r.status_code == 200
    users = r.json()["group"]["users"]
    assert users["new@example.org"] == {"is_manager": True, "is_owner": False}
    assert set(group["users"]) < set(users)
    r = w.patch(
        f"users/group/{group['id']}/", json={"users": {"new@example.org": {"remove": True}}}
    )
    assert r.json()["group"]["users"] == group["users"]


def test_is_public_controls_the_public_portal(w, public_api) -> None:
    project = first(w, "stem/project/", **{"filter{is_public}": "false"})
    assert public_api.get(f"stem/project/{project['id']}/").status_code == 404
    w.patch(f"stem/project/{project['id']}/", json={"is_public": True})
    assert public_api.get(f"stem/project/{project['id']}/").status_code == 200


# -- delete ------------------------------------------------------------------------------------


def test_delete_then_404(w) -> None:
    session = new_session(w)
    r = w.delete(f"stem/session/{session['id']}/")
    assert r.status_code == 204
    assert r.content == b""
    assert w.get(f"stem/session/{session['id']}/").status_code == 404
    assert w.delete(f"stem/session/{session['id']}/").status_code == 404


def test_delete_cleans_up_relations(w) -> None:
    behavior = first(w, "modules/behavior/")
    session_id = behavior["session"]
    session = w.get(f"stem/session/{session_id}/").json()["session"]
    project_id = session["projects"][0]
    assert w.delete(f"stem/session/{session_id}/").status_code == 204
    # a required single relation cascades, a list relation forgets the id
    assert w.get(f"modules/behavior/{behavior['id']}/").status_code == 404
    project = w.get(f"stem/project/{project_id}/").json()["project"]
    assert session_id not in project["sessions"]
    assert w.delete(f"stem/project/{project_id}/").status_code == 204
    for s in w.get("stem/session/", params={"limit": 100}).json()["sessions"]:
        assert project_id not in s["projects"]


# -- unknown and malformed ids -----------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize(
    "rid", ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "1", "%2E%2E", "0" * 36]
)
def test_unknown_or_malformed_ids_are_404(w, method, rid) -> None:
    r = w.request(method, f"stem/session/{rid}/", json={} if method == "PATCH" else None)
    assert r.status_code == 404
    assert r.json() == {"detail": "Not found."}


@pytest.mark.parametrize("rid", ["abc", "999999", "-1", "1.0"])
def test_integer_ids(w, rid) -> None:
    assert w.get(f"users/group/{rid}/").status_code == 404


def test_integer_id_found(w) -> None:
    assert w.get("users/group/1/").json()["group"]["id"] == 1


# -- approvals ---------------------------------------------------------------------------------


def test_create_through_approval_then_accept(w) -> None:
    r = w.post("taxonomies/species/", json={"name": "Axolotl", "description": ""})
    assert r.status_code == 201
    approval = r.json()["species_approval"]
    assert approval["status"] == "Pending" and approval["action"] == "Add"
    assert approval["instance_id"] is None and approval["reviewer"] is None
    assert not w.get("taxonomies/species/", params={"filter{name}": "Axolotl"}).json()["species"]
    r = w.patch(f"taxonomies/speciesapproval/{approval['id']}/accept/")
    assert r.status_code == 200
    reviewed = r.json()["species_approval"]
    assert reviewed["status"] == "Accepted"
    assert isinstance(reviewed["reviewer"], int)
    species = w.get("taxonomies/species/", params={"filter{name}": "Axolotl"}).json()["species"]
    assert [s["id"] for s in species] == [reviewed["instance_id"]]
    again = w.patch(f"taxonomies/speciesapproval/{approval['id']}/accept/")
    assert again.status_code == 403  # 400 is not documented for accept
    assert "already reviewed" in again.json()["detail"]


def test_change_through_approval_then_reject(w) -> None:
    species = first(w, "taxonomies/species/")
    r = w.patch(f"taxonomies/species/{species['id']}/", json={"description": "new text"})
    assert r.status_code == 200
    approval = r.json()["species_approval"]
    assert approval["action"] == "Change"
    assert approval["instance_id"] == species["id"]
    assert approval["description"] == "new text" and approval["name"] == species["name"]
    assert w.get(f"taxonomies/species/{species['id']}/").json()["species"] == species
    r = w.patch(f"taxonomies/speciesapproval/{approval['id']}/reject/")
    assert r.json()["species_approval"]["status"] == "Rejected"
    assert w.get(f"taxonomies/species/{species['id']}/").json()["species"] == species


def test_accepting_a_change_applies_it(w) -> None:
    supplier = first(w, "resources/supplier/")
    approval = w.patch(
        f"resources/supplier/{supplier['id']}/", json={"website": "https://x.org"}
    ).json()["supplier_approval"]
    w.patch(f"resources/supplierapproval/{approval['id']}/accept/")
    assert (
        w.get(f"resources/supplier/{supplier['id']}/").json()["supplier"]["website"]
        == "https://x.org"
    )


def test_approval_of_a_taken_name_is_refused(w) -> None:
    species = first(w, "taxonomies/species/")
    r = w.post("taxonomies/species/", json={"name": species["name"]})
    assert r.status_code == 400
    assert r.json() == {"name": ["species with this name already exists."]}
