"""Portals and tokens: 401 without or with a bad token on private, public records only on public,
writes and private-only models refused on public, unknown paths and methods."""

from __future__ import annotations

from typing import Any

import httpx
import pytest


def test_private_without_token_is_401(sandbox) -> None:
    r = httpx.get(sandbox.url + "/api/private/stem/session/")
    assert r.status_code == 401
    assert r.json() == {"detail": "Authentication credentials were not provided."}
    assert r.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    ("header", "detail"),
    [
        # rest_framework/authentication.py, TokenAuthentication with the Bearer keyword
        ("Bearer wrong-token", "Invalid token."),
        ("Bearer", "Invalid token header. No credentials provided."),
        ("Bearer a b", "Invalid token header. Token string should not contain spaces."),
        # another scheme is not the authenticator's: anonymous, and the private portal needs
        # a user (NotAuthenticated, 401 since the authenticator has a WWW-Authenticate)
        ("Basic dXNlcjpwYXNz", "Authentication credentials were not provided."),
        ("sandbox-test-token", "Authentication credentials were not provided."),
    ],
)
def test_private_with_a_bad_token_is_401(sandbox, header: str, detail: str) -> None:
    r = httpx.get(sandbox.url + "/api/private/stem/session/", headers={"Authorization": header})
    assert r.status_code == 401
    assert r.json() == {"detail": detail}
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/api/public/stem/session/", None),
        ("GET", "/api/public/stem/session/{id}/", None),
        ("HEAD", "/api/public/stem/session/", None),
        ("POST", "/api/public/stem/session/", {"name": "x"}),  # 403 with a good token
        ("PUT", "/api/private/stem/session/{id}/", {"name": "x"}),  # 405 with a good token
        ("GET", "/api/private/users/group/2/join/", None),  # an action
        ("POST", "/api/auth/device/", {}),
        ("POST", "/api/auth/device/token/", {"device_code": "x"}),
    ],
)
def test_a_stale_token_is_401_on_every_endpoint(sandbox, api, method, path, body) -> None:
    """DRF authenticates before it checks permissions or the method (APIView.initial): a
    token the server does not know is refused everywhere, the public portal and the device
    login included."""
    sid = api.get("stem/session/").json()["sessions"][0]["id"]
    r = httpx.request(
        method,
        sandbox.url + path.format(id=sid),
        json=body,
        headers={"Authorization": "Bearer stale-token"},
    )
    assert r.status_code == 401
    if method != "HEAD":
        assert r.json() == {"detail": "Invalid token."}


def test_another_scheme_is_anonymous_on_the_public_portal(sandbox) -> None:
    r = httpx.get(
        sandbox.url + "/api/public/stem/session/", headers={"Authorization": "Token whatever"}
    )
    assert r.status_code == 200


def test_private_retrieve_and_writes_need_a_token(sandbox, api) -> None:
    sid = api.get("stem/session/").json()["sessions"][0]["id"]
    base = sandbox.url + "/api/private/stem/session/"
    assert httpx.get(f"{base}{sid}/").status_code == 401
    assert httpx.patch(f"{base}{sid}/", json={"description": "x"}).status_code == 401
    assert httpx.delete(f"{base}{sid}/").status_code == 401
    assert httpx.post(base, json={"name": "x"}).status_code == 401
    assert api.get(f"stem/session/{sid}/").status_code == 200


def test_token_scheme_is_case_insensitive(sandbox) -> None:
    r = httpx.get(
        sandbox.url + "/api/private/stem/session/",
        headers={"Authorization": f"bearer {sandbox.token}"},
    )
    assert r.status_code == 200


def test_public_portal_needs_no_token_and_serves_public_records_only(
    sandbox, api, public_api
) -> None:
    private = api.get("stem/session/", params={"limit": 100}).json()["sessions"]
    public = public_api.get("stem/session/", params={"limit": 100}).json()
    public_ids = {s["id"] for s in public["sessions"]}
    assert public_ids
    assert public_ids < {s["id"] for s in private}
    assert public["meta"]["total_results"] == len(public_ids)
    store = sandbox.store
    assert all(store.is_public("session", sid) for sid in public_ids)
    assert "public" not in str(public["sessions"][0].keys()).replace("is_public", "")


def test_public_retrieve_of_a_private_record_is_404(api, public_api, sandbox) -> None:
    private = api.get("stem/session/", params={"limit": 100}).json()["sessions"]
    hidden = next(s for s in private if not sandbox.store.is_public("session", s["id"]))
    shown = next(s for s in private if sandbox.store.is_public("session", s["id"]))
    assert public_api.get(f"stem/session/{hidden['id']}/").status_code == 404
    r = public_api.get(f"stem/session/{shown['id']}/")
    assert r.status_code == 200
    public = r.json()["session"]
    assert public.keys() == shown.keys()
    for key, value in shown.items():
        if isinstance(value, list):
            assert all(v in value for v in public[key])  # relations: only the public ones
        else:
            assert public[key] == value


def test_public_filters_work_on_public_records(public_api) -> None:
    r = public_api.get("stem/session/", params={"filter{name.icontains}": "rat", "limit": 100})
    assert r.status_code == 200
    assert all("rat" in s["name"].lower() for s in r.json()["sessions"])


def test_public_with_an_invalid_token_is_401(sandbox) -> None:
    r = httpx.get(
        sandbox.url + "/api/public/stem/session/", headers={"Authorization": "Bearer nope"}
    )
    assert r.status_code == 401


def test_public_with_a_valid_token_still_serves_public_records(sandbox, public_api) -> None:
    with_token = httpx.get(
        sandbox.url + "/api/public/stem/session/",
        params={"limit": 100},
        headers={"Authorization": f"Bearer {sandbox.token}"},
    ).json()
    assert with_token == public_api.get("stem/session/", params={"limit": 100}).json()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "stem/session/", {"name": "x", "projects": []}),
        ("PATCH", "stem/session/{id}/", {"description": "x"}),
        ("DELETE", "stem/session/{id}/", None),
    ],
)
def test_writes_on_the_public_portal_are_403(sandbox, api, method, path, body) -> None:
    sid = api.get("stem/session/").json()["sessions"][0]["id"]
    url = sandbox.url + "/api/public/" + path.format(id=sid)
    headers = {"Authorization": f"Bearer {sandbox.token}"}
    r = httpx.request(method, url, json=body, headers=headers)
    assert r.status_code == 403
    assert "private portal" in r.json()["detail"]
    assert api.get(f"stem/session/{sid}/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "taxonomies/speciesapproval/",
        "stem/projectmembershipinvitation/",
        "stem/sessiondatastorage/",
    ],
)
def test_private_only_models_are_403_on_public(public_api, path: str) -> None:
    r = public_api.get(path)
    assert r.status_code == 403


def test_unknown_portal_is_404(sandbox) -> None:
    r = httpx.get(
        sandbox.url + "/api/secret/stem/session/",
        headers={"Authorization": f"Bearer {sandbox.token}"},
    )
    assert r.status_code == 404
    assert "portal" in r.json()["detail"]


@pytest.mark.parametrize("path", ["/api/private/stem/nothing/", "/api/private/", "/nowhere"])
def test_unknown_paths_are_json_404(sandbox, path: str) -> None:
    r = httpx.get(sandbox.url + path, headers={"Authorization": f"Bearer {sandbox.token}"})
    assert r.status_code == 404
    assert r.json() == {"detail": "Not found."}


def test_undocumented_method_is_405(api) -> None:
    sid = api.get("stem/session/").json()["sessions"][0]["id"]
    r = api.put(f"stem/session/{sid}/", json={"name": "x"})
    assert r.status_code == 405
    assert "PATCH" in r.headers["allow"]
    assert r.json()["detail"] == 'Method "PUT" not allowed.'


def test_missing_trailing_slash_redirects(api) -> None:
    r = api.get("stem/session", follow_redirects=False)
    assert r.status_code in (301, 307, 308)
    assert r.headers["location"].endswith("/api/private/stem/session/")


def test_index_and_spec_are_served(sandbox) -> None:
    index: dict[str, Any] = httpx.get(sandbox.url + "/").json()
    assert index["models"]["session"] == "/api/{portal}/stem/session/"
    spec = httpx.get(sandbox.url + "/openapi.yaml")
    assert spec.status_code == 200
    assert "BrainSTEM" in spec.text


def test_public_list_relations_name_public_records_only(public_api, api, sandbox) -> None:
    projects = public_api.get("stem/project/", params={"limit": 100}).json()["projects"]
    assert projects
    hidden = 0
    for project in projects:
        private = api.get(f"stem/project/{project['id']}/").json()["project"]
        assert set(project["sessions"]) <= set(private["sessions"])
        assert all(sandbox.store.is_public("session", sid) for sid in project["sessions"])
        hidden += len(private["sessions"]) - len(project["sessions"])
    assert hidden > 0


def test_head(sandbox, api) -> None:
    assert api.head("stem/session/").status_code == 200
    r = api.head("users/group/1/join/")
    assert r.status_code == 405
    assert "GET" in r.headers["allow"]
    assert sandbox.store.count("groupmembershiprequest") == 3  # nothing filed
