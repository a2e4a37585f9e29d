"""List queries over real HTTP: each filter operator, relations, sort, include, pagination."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest


def everything(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """All records of a list endpoint (several pages if needed)."""
    out: list[dict[str, Any]] = []
    offset = 0
    while True:
        r = api.get(path, params={**params, "limit": 100, "offset": offset})
        assert r.status_code == 200, r.text
        body = r.json()
        key = next(k for k, v in body.items() if isinstance(v, list))
        out.extend(body[key])
        offset += 100
        if offset >= body["meta"]["total_results"]:
            return out


def names(records: list[dict[str, Any]]) -> list[str]:
    return [r["name"] for r in records]


def query(api: httpx.Client, path: str, params: Any) -> list[dict[str, Any]]:
    r = api.get(path, params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["meta"]["total_results"] <= 100, "use everything() for larger sets"
    r = api.get(
        path, params=[*(params.items() if isinstance(params, dict) else params), ("limit", "100")]
    )
    key = next(k for k, v in r.json().items() if isinstance(v, list))
    return list(r.json()[key])


@pytest.fixture(scope="module")
def sessions(api: httpx.Client) -> list[dict[str, Any]]:
    return everything(api, "stem/session/")


def moment(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


# -- text operators ----------------------------------------------------------------------------


def test_exact_match(api: httpx.Client, sessions: list[dict[str, Any]]) -> None:
    target = sessions[7]["name"]
    found = query(api, "stem/session/", {"filter{name}": target})
    assert names(found) == [target]


def test_icontains_matches_case_insensitively(api, sessions) -> None:
    found = names(query(api, "stem/session/", {"filter{name.icontains}": "rat"}))
    expected = [n for n in names(sessions) if "rat" in n.lower()]
    assert found == expected
    assert 0 < len(found) < len(sessions)
    assert {n.split("-")[0] for n in found} == {"rat", "Rat", "RAT"}


def test_contains_is_case_sensitive(api, sessions) -> None:
    found = names(query(api, "stem/session/", {"filter{name.contains}": "Rat"}))
    assert found == [n for n in names(sessions) if "Rat" in n]
    assert found and all(n.startswith("Rat-") for n in found)


def test_iexact(api, sessions) -> None:
    target = sessions[3]["name"]
    found = names(query(api, "stem/session/", {"filter{name.iexact}": target.swapcase()}))
    assert found == [target]


@pytest.mark.parametrize(
    ("op", "value", "predicate"),
    [
        ("startswith", "rat", lambda n: n.startswith("rat")),
        ("istartswith", "rat", lambda n: n.lower().startswith("rat")),
        ("endswith", "1", lambda n: n.endswith("1")),
        ("iendswith", "-0011", lambda n: n.lower().endswith("-0011")),
    ],
)
def test_prefix_and_suffix_operators(api, sessions, op, value, predicate) -> None:
    found = names(query(api, "stem/session/", {f"filter{{name.{op}}}": value}))
    assert found == [n for n in names(sessions) if predicate(n)]
    assert found


def test_in_takes_a_comma_list(api, sessions) -> None:
    wanted = [sessions[1]["name"], sessions[4]["name"], "no-such-session"]
    found = names(query(api, "stem/session/", {"filter{name.in}": ",".join(wanted)}))
    assert found == wanted[:2]


def test_isnull(api, sessions) -> None:
    null = names(query(api, "stem/session/", {"filter{date_time.isnull}": "true"}))
    not_null = names(query(api, "stem/session/", {"filter{date_time.isnull}": "false"}))
    assert null == [s["name"] for s in sessions if s["date_time"] is None]
    assert not_null == [s["name"] for s in sessions if s["date_time"] is not None]
    assert null and not_null


def test_negated_filter(api, sessions) -> None:
    found = names(query(api, "stem/session/", {"filter{-name.icontains}": "rat"}))
    assert found == [n for n in names(sessions) if "rat" not in n.lower()]


# -- comparisons, dates ------------------------------------------------------------------------


def _dated(sessions: list[dict[str, Any]]) -> list[tuple[str, dt.datetime]]:
    return [(s["name"], m) for s in sessions if (m := moment(s["date_time"])) is not None]


@pytest.mark.parametrize(
    ("op", "value", "predicate"),
    [
        ("gte", "2024", lambda m: m.year >= 2024),
        ("gt", "2023", lambda m: m.year >= 2024),
        ("lt", "2023", lambda m: m.year < 2023),
        ("lte", "2023", lambda m: m.year <= 2023),
        ("gte", "2023-03", lambda m: (m.year, m.month) >= (2023, 3)),
        ("lt", "2023-03", lambda m: (m.year, m.month) < (2023, 3)),
        ("lte", "2023-03", lambda m: (m.year, m.month) <= (2023, 3)),
        ("gt", "2023-03-01", lambda m: m.date() > dt.date(2023, 3, 1)),
        ("gte", "2023-03-01", lambda m: m.date() >= dt.date(2023, 3, 1)),
        (
            "gte",
            "2023-06-15T12:00:00Z",
            lambda m: m >= dt.datetime(2023, 6, 15, 12, tzinfo=dt.UTC),
        ),
    ],
)
def test_dates_compare_as_dates_with_partial_forms(api, sessions, op, value, predicate) -> None:
    found = names(everything(api, "stem/session/", **{f"filter{{date_time.{op}}}": value}))
    expected = [name for name, m in _dated(sessions) if predicate(m)]
    assert found == expected
    assert 0 < len(found) < len(sessions)


def test_exact_date_matches_the_whole_period(api, sessions) -> None:
    some = _dated(sessions)[0][1]
    found = names(query(api, "stem/session/", {"filter{date_time}": f"{some:%Y-%m}"}))
    assert found == [n for n, m in _dated(sessions) if (m.year, m.month) == (some.year, some.month)]


def test_integer_comparisons(api) -> None:
    behaviors = everything(api, "modules/behavior/")
    found = query(api, "modules/behavior/", {"filter{order.gt}": "5", "filter{order.lte}": "9"})
    assert [b["id"] for b in found] == [b["id"] for b in behaviors if 5 < b["order"] <= 9]
    assert len(found) == 4


def test_text_comparison_on_strings(api, sessions) -> None:
    found = names(query(api, "stem/session/", {"filter{name.lt}": "R"}))
    assert found == [n for n in names(sessions) if n < "R"]


# -- relations ---------------------------------------------------------------------------------


def test_filter_on_a_single_relation_id(api, sessions) -> None:
    behaviors = everything(api, "modules/behavior/")
    session_id = behaviors[0]["session"]
    expected = [b["id"] for b in behaviors if b["session"] == session_id]
    for key in ("filter{session.id}", "filter{session}"):
        found = query(api, "modules/behavior/", {key: session_id})
        assert [b["id"] for b in found] == expected


def test_membership_in_a_list_relation(api, sessions) -> None:
    project_id = sessions[0]["projects"][0]
    expected = [s["name"] for s in sessions if project_id in s["projects"]]
    for key in ("filter{projects}", "filter{projects.id}"):
        assert names(everything(api, "stem/session/", **{key: project_id})) == expected
    assert 0 < len(expected) < len(sessions)


def test_filter_across_a_relation_field(api, sessions) -> None:
    projects = {p["id"]: p for p in everything(api, "stem/project/")}
    found = names(everything(api, "stem/session/", **{"filter{projects.name.icontains}": "fear"}))
    expected = [
        s["name"]
        for s in sessions
        if any("fear" in projects[p]["name"].lower() for p in s["projects"])
    ]
    assert found == expected and found


def test_filter_on_a_computed_reverse_relation(api, sessions) -> None:
    session = sessions[5]
    found = everything(api, "stem/project/", **{"filter{sessions}": session["id"]})
    assert sorted(p["id"] for p in found) == sorted(session["projects"])


def test_filters_are_anded(api, sessions) -> None:
    found = names(
        everything(
            api,
            "stem/session/",
            **{"filter{name.icontains}": "rat", "filter{date_time.gte}": "2024"},
        )
    )
    expected = [name for name, m in _dated(sessions) if "rat" in name.lower() and m.year >= 2024]
    assert found == expected and found


def test_in_on_relation_ids(api, sessions) -> None:
    ids = [sessions[0]["id"], sessions[9]["id"]]
    found = query(api, "stem/session/", {"filter{id.in}": ",".join(ids)})
    assert [s["id"] for s in found] == ids


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"filter{nmae}": "x"}, "'nmae' is not a field of session"),
        ({"filter{name.contians}": "x"}, "Unknown filter operator 'contians'"),
        ({"filter{projects.title}": "x"}, "'title' is not a field of project"),
        ({"filter{date_time.gt}": "yesterday"}, "use a date"),
        ({"filter{projects}": "not-a-uuid"}, "not a valid UUID"),
        ({"filter{date_time.isnull}": "maybe"}, "true or false"),
        ({"filter{extra_fields}": "x"}, "JSON object"),
        ({"filter{name": "x"}, "Malformed filter"),
        ({"filter{}": "x"}, "empty field name"),
        ({"sort[]": "nmae"}, "'nmae' is not a field of session"),
        ({"sort[]": "projects"}, "not a single value"),
        ({"sort[]": "-"}, "no field"),
        ({"include[]": "nothing.*"}, "'nothing' is not a field of session"),
        ({"limit": "0"}, "at least 1"),
        ({"limit": "-5"}, "at least 1"),
        ({"limit": "ten"}, "positive integer"),
        ({"offset": "-1"}, "must not be negative"),
        ({"offset": "1.5"}, "non-negative integer"),
    ],
)
def test_bad_queries_are_400_with_a_message(api, params, fragment) -> None:
    r = api.get("stem/session/", params=params)
    assert r.status_code == 400, r.text
    assert fragment in r.json()["detail"]


def test_integer_filter_value_must_be_an_integer(api) -> None:
    r = api.get("modules/behavior/", params={"filter{order.gt}": "many"})
    assert r.status_code == 400
    assert "an integer is required" in r.json()["detail"]


def test_unknown_query_parameters_are_ignored(api) -> None:
    assert api.get("stem/session/", params={"format": "json", "page": "2"}).status_code == 200


# -- sort --------------------------------------------------------------------------------------


def test_sort_ascending_and_descending(api, sessions) -> None:
    up = names(everything(api, "stem/session/", **{"sort[]": "name"}))
    down = names(everything(api, "stem/session/", **{"sort[]": "-name"}))
    assert up == sorted(names(sessions))
    assert down == sorted(names(sessions), reverse=True)


def test_sort_on_several_fields(api, sessions) -> None:
    r = api.get(
        "stem/session/", params=[("sort[]", "-date_time"), ("sort[]", "name"), ("limit", "100")]
    )
    found = [(s["date_time"], s["name"]) for s in r.json()["sessions"]]
    nulls = sorted(s["name"] for s in sessions if s["date_time"] is None)
    dated = sorted(
        ((moment(s["date_time"]), s["name"]) for s in sessions if s["date_time"]),
        key=lambda t: (-t[0].timestamp(), t[1]),  # type: ignore[union-attr]
    )
    assert [n for _, n in found] == nulls + [n for _, n in dated]  # nulls first when descending


def test_sort_across_a_single_relation(api) -> None:
    sessions = {s["id"]: s["name"] for s in everything(api, "stem/session/")}
    found = everything(api, "modules/behavior/", **{"sort[]": "session.name"})
    keys = [sessions[b["session"]] for b in found]
    assert keys == sorted(keys)


# -- include -----------------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["projects.*", "projects"])
def test_include_replaces_ids_by_records(api, sessions, spelling) -> None:
    r = api.get("stem/session/", params={"include[]": spelling, "limit": 5})
    assert r.status_code == 200
    for rendered, plain in zip(r.json()["sessions"], sessions[:5], strict=True):
        assert [p["id"] for p in rendered["projects"]] == plain["projects"]
        for project in rendered["projects"]:
            assert project == api.get(f"stem/project/{project['id']}/").json()["project"]
        assert rendered["datastorage"] == plain["datastorage"]  # not included: still ids


def test_include_several_and_nested(api) -> None:
    r = api.get(
        "stem/session/",
        params=[
            ("include[]", "projects.publications.*"),
            ("include[]", "behaviors.*"),
            ("limit", "3"),
        ],
    )
    assert r.status_code == 200
    for session in r.json()["sessions"]:
        for behavior in session["behaviors"]:
            assert behavior["session"] == session["id"]
        for project in session["projects"]:
            assert all(isinstance(p, dict) and "title" in p for p in project["publications"])


def test_include_on_retrieve(api, sessions) -> None:
    sid = sessions[2]["id"]
    r = api.get(f"stem/session/{sid}/", params={"include[]": "projects.*"})
    assert r.status_code == 200
    assert [p["id"] for p in r.json()["session"]["projects"]] == sessions[2]["projects"]


def test_include_on_the_public_portal_only_embeds_public_records(public_api) -> None:
    r = public_api.get("stem/session/", params={"include[]": "projects.*", "limit": 100})
    assert r.status_code == 200
    for session in r.json()["sessions"]:
        for project in session["projects"]:
            if isinstance(project, dict):
                got = public_api.get(f"stem/project/{project['id']}/")
                assert got.status_code == 200
            else:
                assert public_api.get(f"stem/project/{project}/").status_code == 404


# -- pagination --------------------------------------------------------------------------------


def test_default_page_is_20_with_meta(api, sessions) -> None:
    body = api.get("stem/session/").json()
    assert len(body["sessions"]) == 20
    assert body["meta"] == {
        "total_results": len(sessions),
        "total_pages": -(-len(sessions) // 20),
        "page": 1,
        "per_page": 20,
    }


def test_limit_and_offset_select_a_slice(api, sessions) -> None:
    body = api.get("stem/session/", params={"limit": 7, "offset": 14}).json()
    assert names(body["sessions"]) == names(sessions[14:21])
    assert body["meta"]["page"] == 3
    assert body["meta"]["per_page"] == 7


def test_offset_past_the_end_is_an_empty_page(api, sessions) -> None:
    body = api.get("stem/session/", params={"offset": len(sessions) + 50}).json()
    assert body["sessions"] == []
    assert body["meta"]["total_results"] == len(sessions)


def test_last_partial_page(api, sessions) -> None:
    body = api.get("stem/session/", params={"limit": 25, "offset": 50}).json()
    assert names(body["sessions"]) == names(sessions[50:])


def test_limit_above_100_is_capped(make_sandbox) -> None:
    big = make_sandbox(records=150)
    r = httpx.get(
        big.url + "/api/private/stem/session/",
        params={"limit": 101},
        headers={"Authorization": f"Bearer {big.token}"},
    )
    assert r.status_code == 200
    body = r.json()
    assert len(body["sessions"]) == 100
    assert body["meta"] == {"total_results": 150, "total_pages": 2, "page": 1, "per_page": 100}
    r = httpx.get(
        big.url + "/api/private/stem/session/",
        params={"limit": 5000, "offset": 100},
        headers={"Authorization": f"Bearer {big.token}"},
    )
    assert len(r.json()["sessions"]) == 50


def test_filters_apply_before_paging(api, sessions) -> None:
    matching = [n for n in names(sessions) if "rat" in n.lower()]
    body = api.get(
        "stem/session/", params={"filter{name.icontains}": "rat", "limit": 2, "offset": 2}
    ).json()
    assert names(body["sessions"]) == matching[2:4]
    assert body["meta"]["total_results"] == len(matching)


def test_retrieve_applies_filters(api, sessions) -> None:
    session = sessions[0]
    url = f"stem/session/{session['id']}/"
    assert api.get(url, params={"filter{name}": session["name"]}).status_code == 200
    miss = api.get(url, params={"filter{name}": session["name"] + "-no"})
    assert miss.status_code == 404
    assert miss.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    "params", [{"include[]": "nothing"}, {"filter{nmae}": "x"}, {"filter{name.contians}": "x"}]
)
def test_retrieve_with_a_bad_query_is_400_with_the_reason(api, sessions, params) -> None:
    r = api.get(f"stem/session/{sessions[0]['id']}/", params=params)
    assert r.status_code == 400
    assert (
        "nothing" in r.json()["detail"]
        or "contians" in r.json()["detail"]
        or "nmae" in r.json()["detail"]
    )
