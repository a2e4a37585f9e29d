"""List queries over real HTTP: each filter operator, relations, sort, include, pagination, as
dynamic-rest, Django REST framework and Django read them (sources in docs/client.md, "How
requests are encoded")."""

from __future__ import annotations

import asyncio
import datetime as dt
from importlib import resources
from typing import Any

import httpx
import pytest

from brainstem_api_tools.sandbox.app import create_app


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


def test_in_takes_repeated_parameters(api, sessions) -> None:
    wanted = [sessions[1]["name"], sessions[4]["name"], "no-such-session"]
    found = names(query(api, "stem/session/", [("filter{name.in}", name) for name in wanted]))
    assert found == wanted[:2]


def test_a_comma_joined_in_value_is_one_value(api, sessions) -> None:
    """dynamic-rest reads `in` with getlist and never splits a value on commas."""
    joined = ",".join([sessions[1]["name"], sessions[4]["name"]])
    assert query(api, "stem/session/", {"filter{name.in}": joined}) == []
    ids = ",".join([sessions[0]["id"], sessions[9]["id"]])
    r = api.get("stem/session/", params={"filter{id.in}": ids})
    assert r.status_code == 400
    assert r.json() == [f"“{ids}” is not a valid UUID."]  # Django's UUIDField message


def test_other_operators_read_the_first_of_repeated_values(api, sessions) -> None:
    first, second = sessions[1]["name"], sessions[4]["name"]
    found = names(query(api, "stem/session/", [("filter{name}", first), ("filter{name}", second)]))
    assert found == [first]


@pytest.mark.parametrize(
    ("null", "not_null"), [("True", "False"), ("true", "false"), ("1", "0"), ("yes", "")]
)
def test_isnull(api, sessions, null: str, not_null: str) -> None:
    """dynamic-rest reads isnull with is_truthy: false for 0, false (any case) and empty."""
    found_null = names(query(api, "stem/session/", {"filter{date_time.isnull}": null}))
    found_not_null = names(query(api, "stem/session/", {"filter{date_time.isnull}": not_null}))
    assert found_null == [s["name"] for s in sessions if s["date_time"] is None]
    assert found_not_null == [s["name"] for s in sessions if s["date_time"] is not None]
    assert found_null and found_not_null


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("True", True),
        ("False", False),
        ("true", True),
        ("FALSE", False),
        ("1", True),
        ("0", False),
        ("", False),
        ("f", True),  # not Django's 'f': dynamic-rest's is_truthy reads it before Django
        ("no", True),
    ],
)
def test_booleans_are_read_as_dynamic_rest_reads_them(api, value: str, expected: bool) -> None:
    projects = everything(api, "stem/project/")
    found = query(api, "stem/project/", {"filter{is_public}": value})
    assert [p["id"] for p in found] == [p["id"] for p in projects if p["is_public"] is expected]
    assert found


def test_in_on_a_boolean_is_the_servers_empty_400(api) -> None:
    r = api.get("stem/project/", params=[("filter{is_public.in}", "True")])
    assert r.status_code == 400
    assert r.json() == [""]


def test_negated_filter(api, sessions) -> None:
    found = names(query(api, "stem/session/", {"filter{-name.icontains}": "rat"}))
    assert found == [n for n in names(sessions) if "rat" not in n.lower()]


# -- comparisons, dates ------------------------------------------------------------------------


def _dated(sessions: list[dict[str, Any]]) -> list[tuple[str, dt.datetime]]:
    return [(s["name"], m) for s in sessions if (m := moment(s["date_time"])) is not None]


@pytest.mark.parametrize(
    ("op", "value", "predicate"),
    [
        ("gte", "2024-01-01", lambda m: m.year >= 2024),
        ("lt", "2023-03-01", lambda m: (m.year, m.month) < (2023, 3)),
        ("gt", "2023-03-01", lambda m: m > dt.datetime(2023, 3, 1, tzinfo=dt.UTC)),
        ("lte", "2023-03-01 00:00", lambda m: m <= dt.datetime(2023, 3, 1, tzinfo=dt.UTC)),
        (
            "gte",
            "2023-06-15T12:00:00Z",
            lambda m: m >= dt.datetime(2023, 6, 15, 12, tzinfo=dt.UTC),
        ),
        (
            "lt",
            "2023-06-15T14:00:00+02:00",
            lambda m: m < dt.datetime(2023, 6, 15, 12, tzinfo=dt.UTC),
        ),
    ],
)
def test_date_times_compare_as_django_parses_them(api, sessions, op, value, predicate) -> None:
    """A date alone is midnight (DateTimeField.to_python); a naive value is UTC."""
    found = names(everything(api, "stem/session/", **{f"filter{{date_time.{op}}}": value}))
    expected = [name for name, m in _dated(sessions) if predicate(m)]
    assert found == expected
    assert 0 < len(found) < len(sessions)


def test_exact_date_time_is_that_moment(api, sessions) -> None:
    """Not the whole day: a date alone is midnight of that day."""
    name, moment = _dated(sessions)[0]
    found = names(query(api, "stem/session/", {"filter{date_time}": moment.isoformat()}))
    assert found == [n for n, m in _dated(sessions) if m == moment]
    assert name in found
    day = f"{moment:%Y-%m-%d}"
    midnight = dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC)
    found = names(query(api, "stem/session/", {"filter{date_time}": day}))
    assert found == [n for n, m in _dated(sessions) if m == midnight]
    assert moment != midnight and name not in found


def test_dates_compare_as_dates(api) -> None:
    subjects = [s for s in everything(api, "stem/subject/") if s.get("birth_date")]
    day = sorted(s["birth_date"] for s in subjects)[len(subjects) // 2]
    found = everything(api, "stem/subject/", **{"filter{birth_date.gte}": day})
    assert sorted(s["id"] for s in found) == sorted(
        s["id"] for s in subjects if s["birth_date"] >= day
    )
    exact = everything(api, "stem/subject/", **{"filter{birth_date}": day})
    assert exact and all(s["birth_date"] == day for s in exact)


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
            **{"filter{name.icontains}": "rat", "filter{date_time.gte}": "2024-01-01"},
        )
    )
    expected = [name for name, m in _dated(sessions) if "rat" in name.lower() and m.year >= 2024]
    assert found == expected and found


def test_in_on_relation_ids(api, sessions) -> None:
    ids = [sessions[0]["id"], sessions[9]["id"]]
    found = query(api, "stem/session/", [("filter{id.in}", i) for i in ids])
    assert [s["id"] for s in found] == ids


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "body"),
    [
        # dynamic-rest's FilterNode.generate_query_key: a DRF ValidationError (a list body)
        ({"filter{nmae}": "x"}, ["Invalid filter field: nmae"]),
        ({"filter{projects.title}": "x"}, ["Invalid filter field: title"]),
        # an operator not in the set is a field name; `name` has no fields to look it up in
        ({"filter{name.contians}": "x"}, ["Invalid nested filter field: name"]),
        ({"filter{projects.contians}": "x"}, ["Invalid filter field: contians"]),
        ({"filter{extra_fields.rig}": "x"}, ["Invalid nested filter field: extra_fields"]),
        # Django's ValidationError messages, passed on by dynamic-rest
        ({"filter{projects}": "not-a-uuid"}, ["“not-a-uuid” is not a valid UUID."]),
        (
            {"filter{date_time.gt}": "yesterday"},
            [
                "“yesterday” value has an invalid format. It must be in "
                "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
            ],
        ),
        (
            {"filter{date_time.gte}": "2024-03"},
            [
                "“2024-03” value has an invalid format. It must be in "
                "YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
            ],
        ),
        (
            {"filter{date_time.gte}": "2024-02-30"},
            ["“2024-02-30” value has the correct format (YYYY-MM-DD) but it is an invalid date."],
        ),
        (
            {"filter{date_time.gte}": "2024-02-03 25:00"},
            [
                "“2024-02-03 25:00” value has the correct format "
                "(YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time."
            ],
        ),
        # a DRF ParseError from dynamic-rest's viewsets (a detail body)
        ({"filter{name": "x"}, {"detail": '"filter{name" is not a well-formed filter key.'}),
        # DynamicSortingFilter: the invalid terms, as a Python list
        ({"sort[]": "nmae"}, ["Invalid filter field: ['nmae']"]),
        ({"sort[]": ["-nmae", "name", " x "]}, ["Invalid filter field: ['-nmae', 'x']"]),
        ({"sort[]": "-"}, ["Invalid filter field: ['-']"]),
        ({"sort[]": "name,-date_time"}, ["Invalid filter field: ['name,-date_time']"]),
        # the serializer's include check
        (
            {"include[]": "nothing.*"},
            {"detail": '"nothing" is not a valid field name for "session".'},
        ),
        (
            {"include[]": "projects.nothing"},
            {"detail": '"nothing" is not a valid field name for "project".'},
        ),
        ({"include[]": "projects..name"}, {"detail": '"projects..name" is not a valid field.'}),
    ],
)
def test_bad_queries_are_400_with_the_servers_body(api, params, body) -> None:
    r = api.get("stem/session/", params=params)
    assert r.status_code == 400, r.text
    assert r.json() == body


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"sort[]": "projects"}, "cannot sort by 'projects'"),
        ({"limit": "0"}, "at least 1"),
        ({"limit": "-5"}, "at least 1"),
        ({"limit": "ten"}, "positive integer"),
        ({"offset": "-1"}, "must not be negative"),
        ({"offset": "1.5"}, "non-negative integer"),
    ],
)
def test_what_the_sandbox_refuses_of_its_own_is_400(api, params, fragment) -> None:
    """Sorting by a list and bad pages: the server's answer is not known (its pagination is
    not dynamic-rest's, and it sorts by joined rows); the sandbox refuses them."""
    r = api.get("stem/session/", params=params)
    assert r.status_code == 400, r.text
    assert fragment in str(r.json())


def test_integer_filter_value_that_is_no_integer_is_the_servers_empty_400(api) -> None:
    """Django's IntegerField raises a ValueError, which has no `message`: dynamic-rest answers
    ValidationError("")."""
    r = api.get("modules/behavior/", params={"filter{order.gt}": "many"})
    assert r.status_code == 400
    assert r.json() == [""]


def test_the_first_mistake_the_server_meets_is_the_one_answered(api) -> None:
    """include (the serializer's fields), then the filter keys, their fields, their values
    (the queryset's filter), then the sort (the second filter backend)."""
    params = {
        "include[]": "nothing",
        "filter{nmae}": "x",
        "filter{projects}": "bad",
        "sort[]": "nmae",
    }
    answers = []
    for key in list(params):
        answers.append(api.get("stem/session/", params=params).json())
        del params[key]
    assert answers == [
        {"detail": '"nothing" is not a valid field name for "session".'},
        ["Invalid filter field: nmae"],
        ["“bad” is not a valid UUID."],
        ["Invalid filter field: ['nmae']"],
    ]


def test_filtering_a_json_field_compares_its_value(api) -> None:
    assert query(api, "stem/session/", {"filter{extra_fields}": "x"}) == []


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
    ("params", "body"),
    [
        (
            {"include[]": "nothing"},
            {"detail": '"nothing" is not a valid field name for "session".'},
        ),
        ({"filter{nmae}": "x"}, ["Invalid filter field: nmae"]),
        ({"filter{name.contians}": "x"}, ["Invalid nested filter field: name"]),
        ({"sort[]": "nmae"}, ["Invalid filter field: ['nmae']"]),
    ],
)
def test_retrieve_with_a_bad_query_is_400_with_the_reason(api, sessions, params, body) -> None:
    """DRF's get_object filters the queryset with the list's filter backends (sort included)
    before it looks the id up, even a malformed id."""
    for rid in (sessions[0]["id"], "not-an-id"):
        r = api.get(f"stem/session/{rid}/", params=params)
        assert r.status_code == 400
        assert r.json() == body


# -- the spec names the parameters ---------------------------------------------------------------


def test_the_sandbox_reads_its_query_parameters_from_the_spec(tmp_path) -> None:
    """Renaming a parameter, the filter key format, the default page size or the operators
    in a copy of the spec is followed by a sandbox serving that copy (in-process)."""
    shipped = resources.files("brainstem_api_tools.sandbox").joinpath("openapi.yaml")
    text = shipped.read_text(encoding="utf-8")
    for old, new in [
        ("name: limit\n", "name: page_size\n"),
        ("name: offset\n", "name: skip\n"),
        ("name: sort[]\n", "name: order\n"),
        ("name: include[]\n", "name: embed\n"),
        ('x-key-format: "filter{%s}"', 'x-key-format: "where[%s]"'),
        ("x-server-default: 20", "x-server-default: 7"),
        ("icontains, ", ""),
    ]:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")

    async def run() -> dict[str, Any]:
        app = create_app(spec=path, records=30, token="t")
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://sandbox/api/private/stem/",
            headers={"Authorization": "Bearer t"},
        ) as http:

            async def get(params: Any) -> Any:
                return (await http.get("session/", params=params)).json()

            return {
                "default": await get({}),
                "renamed": await get({"page_size": 3, "skip": 2, "order": "-name"}),
                "old names": await get({"limit": 3, "offset": 2, "sort[]": "-name"}),
                "filter": await get({"where[name.startswith]": "rat"}),
                "old filter": await get({"filter{name.startswith}": "rat"}),
                "dropped operator": await get({"where[name.icontains]": "rat"}),
                "embed": await get({"embed": "projects", "page_size": 1}),
            }

    answers = asyncio.run(run())
    default = answers["default"]["sessions"]
    assert len(default) == 7 and answers["default"]["meta"]["per_page"] == 7
    renamed = answers["renamed"]["sessions"]
    assert len(renamed) == 3 and renamed == sorted(renamed, key=lambda s: s["name"])[::-1]
    assert answers["old names"]["sessions"] == default  # ignored, as unknown parameters are
    assert {s["name"][:3] for s in answers["filter"]["sessions"]} == {"rat"}
    assert answers["old filter"]["sessions"] == default
    assert answers["dropped operator"] == ["Invalid nested filter field: name"]
    assert isinstance(answers["embed"]["sessions"][0]["projects"][0], dict)
