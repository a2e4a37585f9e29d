"""Names for ids, against the sandbox: `get(model, name=...)`, and related records given by name
(`ByName`, `REL:name` keys) in write data and filters.

A name matches exactly, case included, and only one record: none or several is an error that
lists what was found, and nothing is written (the sandbox's request log shows only the lookups).
Each distinct name is looked up once per call.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    BrainstemClient,
    ByName,
    InvalidDataError,
    MultipleMatchesError,
    NameLookupError,
    NoMatchError,
    NotFoundError,
    UsageError,
)
from brainstem_api_tools.models import MODELS
from brainstem_api_tools.names import lookup_fields, name_field

TOKEN = "sandbox-test-token"
VISUAL = "Visual cortex plasticity"  # seeded projects
REPLAY = "Hippocampal replay"


def ids_of(client: BrainstemClient, model: str, **filters: Any) -> list[str]:
    records = client.load(model, filters=filters or None).json()[MODELS[model].list_key or ""]
    return [r["id"] for r in records]


def queries(sandbox: Any) -> list[tuple[str, str, dict[str, list[str]]]]:
    """Every request the sandbox received: method, path and the query's values by key."""
    out = []
    for entry in sandbox.requests.entries():
        values: dict[str, list[str]] = {}
        for key, value in parse_qsl(entry.query):
            values.setdefault(key, []).append(value)
        out.append((entry.method, entry.path, values))
    return out


def lookups_of(sandbox: Any) -> list[tuple[str, str]]:
    """The name lookups among the requests: (filter key, name)."""
    return [
        (key, value[0])
        for method, _, values in queries(sandbox)
        if method == "GET"
        for key, value in values.items()
        if key in ("filter{name}", "filter{name.icontains}", "filter{email}", "filter{title}")
    ]


@pytest.fixture
def twins(writer: BrainstemClient, clean_sandbox: Any) -> list[str]:
    """Two setups named "Twin rig" (a setup's name is not unique): their ids."""
    setup_type = ids_of(writer, "setuptype")[0]
    made = [
        writer.save("setup", data={"name": "Twin rig", "setup_type": setup_type})
        .raise_for_status()
        .json()["setup"]["id"]
        for _ in range(2)
    ]
    clean_sandbox.requests.clear()
    return made


# -- the name field of each model ------------------------------------------------------------


def test_name_fields_are_derived_from_the_spec() -> None:
    assert name_field(MODELS["project"]) == "name"
    assert name_field(MODELS["publication"]) == "title"  # no name: its title
    assert name_field(MODELS["user"]) == "email"  # no name or title: its unique field
    assert name_field(MODELS["laboratory"]) is None  # named by its group
    assert name_field(MODELS["behavior"]) is None
    assert lookup_fields(MODELS["user"]) == ("email",)
    named = [m for m in MODELS.values() if name_field(m) is not None]
    assert len(named) > 30
    for model in named:  # a name field is always a field of the model, never a relation
        field = name_field(model)
        assert field in model.fields and field not in model.relations


# -- get ---------------------------------------------------------------------------------------


def test_get_by_name_returns_the_one_record(client: BrainstemClient) -> None:
    record = client.get("project", name=VISUAL)
    assert record["name"] == VISUAL
    assert record == client.load("project", id=record["id"]).json()["project"]
    assert client.get("project", name=f"  {VISUAL} ") == record  # surrounding spaces trimmed
    assert client.get("project", id=record["id"]) == record


def test_get_by_the_models_own_name_field(client: BrainstemClient) -> None:
    user = client.load("user", limit=2).json()["users"][1]
    assert client.get("user", email=user["email"])["id"] == user["id"]
    assert client.get("user", name=user["email"])["id"] == user["id"]  # a user's name: email
    paper = client.load("publication", limit=1).json()["publications"][0]
    assert client.get("publication", title=paper["title"])["id"] == paper["id"]
    assert client.get("publication", name=paper["title"])["id"] == paper["id"]


def test_get_with_include_and_on_the_public_portal(client: BrainstemClient) -> None:
    record = client.get("project", name=VISUAL, include=["sessions"])
    assert record["sessions"] and isinstance(record["sessions"][0], dict)
    public = client.load("project", portal="public", limit=1).json()["projects"][0]
    with BrainstemClient.public(client.url) as anonymous:
        assert anonymous.get("project", name=public["name"])["id"] == public["id"]


def test_a_name_in_another_case_is_no_match_and_lists_the_candidates(
    client: BrainstemClient,
) -> None:
    with pytest.raises(NoMatchError) as caught:
        client.get("project", name="visual CORTEX")
    error = caught.value
    assert isinstance(error, NotFoundError) and isinstance(error, NameLookupError)
    visual = client.get("project", name=VISUAL)
    text = str(error)
    assert "no project is named 'visual CORTEX'" in text
    assert f"the private portal of {client.url}" in text
    assert "names match exactly, case included" in text
    assert f"'{VISUAL}' (id {visual['id']})" in text  # the case-insensitive candidate
    assert [c["id"] for c in error.candidates] == [visual["id"]]
    assert error.names == ["visual CORTEX"]


def test_a_name_nothing_contains_says_so(client: BrainstemClient) -> None:
    with pytest.raises(NoMatchError) as caught:
        client.get("project", name="Olfactory bulb")
    assert "no project's name contains it in any case" in str(caught.value)
    assert caught.value.candidates == []


def test_several_records_with_the_name_are_listed(
    writer: BrainstemClient, twins: list[str]
) -> None:
    with pytest.raises(MultipleMatchesError) as caught:
        writer.get("setup", name="Twin rig")
    text = str(caught.value)
    assert "2 setup records have the name 'Twin rig'" in text
    for twin in twins:
        assert f"'Twin rig' (id {twin})" in text
    assert "get('setup', id=...)" in text and "filters=" in text
    assert sorted(r["id"] for r in caught.value.matches) == sorted(twins)
    # narrowed by a filter, one is left
    setup_type = writer.load("setup", id=twins[0]).json()["setup"]["setup_type"]
    assert writer.get("setup", name="Twin rig", filters={"id": twins[0]})["id"] == twins[0]
    assert setup_type


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (dict(model="behavior", name="x"), "behavior records have no name to find them by"),
        (dict(model="laboratory", name="x"), "a laboratory is known by its group"),
        (dict(model="session", description="x"), "a session is found by id= or name="),
        (dict(model="user", first_name="Ada"), "a user is found by id= or name= or email="),
        (dict(model="project", name="a", id="b"), "takes id= or name=, not both"),
        (dict(model="project"), "takes one of id=, name=; got none"),
        (dict(model="user", name="a", email="b"), "got name=, email="),
        (dict(model="project", name=" "), "takes some text"),
        (dict(model="projct", name="x"), "did you mean project"),
    ],
)
def test_get_refuses_what_cannot_name_one_record_before_sending(
    sandbox: Any, client: BrainstemClient, call: dict[str, Any], message: str
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        client.get(**call)
    assert len(sandbox.requests) == before


# -- ByName in write data ----------------------------------------------------------------------


def test_create_with_projects_by_name(writer: BrainstemClient, clean_sandbox: Any) -> None:
    visual, replay = writer.get("project", name=VISUAL), writer.get("project", name=REPLAY)
    clean_sandbox.requests.clear()
    data = {"name": "By name", "projects": [ByName(VISUAL), ByName(REPLAY)]}
    created = writer.save("session", data=data).raise_for_status().json()["session"]
    assert created["projects"] == [visual["id"], replay["id"]]
    methods = [(method, path) for method, path, _ in queries(clean_sandbox)]
    assert methods == [
        ("GET", "/api/private/stem/project/"),
        ("GET", "/api/private/stem/project/"),
        ("POST", "/api/private/stem/session/"),
    ]
    assert sorted(lookups_of(clean_sandbox)) == [("filter{name}", REPLAY), ("filter{name}", VISUAL)]


def test_update_with_a_relation_to_one_and_a_mixed_list(writer: BrainstemClient) -> None:
    subject = writer.load("subject", limit=1).json()["subjects"][0]
    strain = writer.load("strain", limit=3).json()["strains"][2]
    visual = writer.get("project", name=VISUAL)["id"]
    replay = writer.get("project", name=REPLAY)["id"]
    data = {"strain": ByName(strain["name"]), "projects": [visual, ByName(REPLAY)]}
    writer.save("subject", id=subject["id"], data=data).raise_for_status()
    stored = writer.load("subject", id=subject["id"]).json()["subject"]
    assert stored["strain"] == strain["id"]
    assert stored["projects"] == [visual, replay]


def test_rel_name_keys_in_data(writer: BrainstemClient) -> None:
    """The file convention works in Python too: a name, a list, or a JSON array of names."""
    visual = writer.get("project", name=VISUAL)["id"]
    replay = writer.get("project", name=REPLAY)["id"]
    for value, expected in (
        (VISUAL, [visual]),
        ([VISUAL, REPLAY], [visual, replay]),
        (json.dumps([REPLAY, VISUAL]), [replay, visual]),
    ):
        data = {"name": f"Keyed {len(expected)} {value[:3]}", "projects:name": value}
        created = writer.save("session", data=data).raise_for_status().json()["session"]
        assert created["projects"] == expected


def test_unresolved_names_stop_the_write_and_list_every_problem(
    writer: BrainstemClient, clean_sandbox: Any
) -> None:
    clean_sandbox.requests.clear()
    data = {
        "name": "Never sent",
        "projects": [ByName("visual cortex plasticity"), ByName("Nowhere"), ByName(REPLAY)],
        "descripton": "typo",
    }
    with pytest.raises(InvalidDataError) as caught:
        writer.save("session", data=data)
    error = caught.value
    assert set(error.errors) == {"projects", "descripton"}  # the names, and the rest checked
    first, second = error.errors["projects"]
    assert first.startswith("No project is named 'visual cortex plasticity'")
    assert f"'{VISUAL}' (id " in first  # the candidate
    assert second.startswith("No project is named 'Nowhere'")
    assert "nothing was sent" in str(error)
    assert all(method == "GET" for method, _, _ in queries(clean_sandbox))  # lookups only
    assert sorted(lookups_of(clean_sandbox)) == sorted(
        [
            ("filter{name}", "visual cortex plasticity"),
            ("filter{name.icontains}", "visual cortex plasticity"),
            ("filter{name}", "Nowhere"),
            ("filter{name.icontains}", "Nowhere"),
            ("filter{name}", REPLAY),
        ]
    )


def test_several_matches_in_data_are_listed_and_nothing_is_written(
    writer: BrainstemClient, twins: list[str], clean_sandbox: Any
) -> None:
    data = {"name": "Scope 1", "type": "microscope", "setup": ByName("Twin rig")}
    with pytest.raises(InvalidDataError) as caught:
        writer.save("equipment", data=data)
    (message,) = caught.value.errors["setup"]
    assert message.startswith("2 setup records have the name 'Twin rig'")
    assert all(twin in message for twin in twins)
    assert {e.method for e in clean_sandbox.requests.entries()} == {"GET"}


def test_each_distinct_name_is_looked_up_once(writer: BrainstemClient, clean_sandbox: Any) -> None:
    clean_sandbox.requests.clear()
    names = [ByName(VISUAL), ByName(REPLAY), ByName(VISUAL), ByName(f" {REPLAY}")]
    writer.load("session", filters={"projects.id.in": names})
    assert sorted(lookups_of(clean_sandbox)) == [("filter{name}", REPLAY), ("filter{name}", VISUAL)]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": ByName("x")}, "name", "ByName stands for the id of a related record"),
        ({"projects": ByName(VISUAL)}, "projects", f"write [ByName('{VISUAL}')]"),
        ({"extra_fields": {"a": ByName("x")}}, "extra_fields", "'extra_fields' is none"),
        ({"project:name": VISUAL}, "project:name", "session has no relation 'project'"),
        ({"name:name": "x"}, "name:name", "'name' is no relation of session"),
        ({"projects:description": "x"}, "projects:description", "found by name, not"),
        ({"projects:name": []}, "projects:name", "at least one name"),
        ({"projects:name": "[broken"}, "projects:name", "Not a valid JSON array of names"),
        ({"projects": ["x"], "projects:name": VISUAL}, "projects:name", "not both"),
    ],
)
def test_names_where_they_cannot_stand_are_refused_with_nothing_sent(
    sandbox: Any, client: BrainstemClient, data: dict[str, Any], field: str, message: str
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidDataError) as caught:
        client.save("session", data={"name": "x", **data})
    assert message in " ".join(caught.value.errors[field])
    assert len(sandbox.requests) == before


def test_a_relation_to_a_model_without_names(sandbox: Any, client: BrainstemClient) -> None:
    before = len(sandbox.requests)
    with pytest.raises(InvalidDataError) as caught:
        client.save("dataacquisition", data={"procedures": [ByName("Surgery")]})
    assert "procedure records have no name" in caught.value.errors["procedures"][0]
    assert len(sandbox.requests) == before


def test_bynames_own_checks() -> None:
    assert ByName("  Rat  ") == ByName("Rat")
    assert repr(ByName("Rat")) == "ByName('Rat')"
    for bad in ("", "  ", None, 3):
        with pytest.raises(UsageError, match="ByName takes the name of a record"):
            ByName(bad)  # type: ignore[arg-type]


# -- ByName in filters and loaders ----------------------------------------------------------


def test_loader_filter_by_name_becomes_the_id(client: BrainstemClient, sandbox: Any) -> None:
    visual = client.get("project", name=VISUAL)["id"]
    by_id = client.load_session(projects=visual, limit=100).json()["sessions"]
    sandbox.requests.clear()
    by_name = client.load_session(projects=ByName(VISUAL), limit=100).json()["sessions"]
    assert by_name == by_id and by_name
    (lookup, listing) = queries(sandbox)
    assert lookup[2]["filter{name}"] == [VISUAL]
    assert listing[2]["filter{projects.id}"] == [visual]


@pytest.mark.parametrize(
    "filters",
    [
        {"projects": ByName(VISUAL)},
        {"projects.id": ByName(VISUAL)},
        {"projects.id.in": [ByName(VISUAL)]},
    ],
)
def test_filters_on_a_relation_take_names(client: BrainstemClient, filters: Any) -> None:
    visual = client.get("project", name=VISUAL)["id"]
    expected = client.load("session", filters={"projects.id": visual}, load_all=True)
    assert client.load("session", filters=filters, load_all=True) == expected
    assert list(client.iter_records("session", filters=filters)) == expected["sessions"]


def test_filters_across_relations_take_names(client: BrainstemClient) -> None:
    visual = client.get("project", name=VISUAL)["id"]
    by_id = client.load("behavior", filters={"session.projects.id": visual}, load_all=True)
    by_name = client.load(
        "behavior", filters={"session.projects.id": ByName(VISUAL)}, load_all=True
    )
    assert by_name == by_id


def test_an_unresolved_name_in_a_filter_loads_nothing(
    client: BrainstemClient, sandbox: Any
) -> None:
    sandbox.requests.clear()
    with pytest.raises(NoMatchError, match="no project is named 'Nowhere'"):
        client.load_session(projects=ByName("Nowhere"))
    assert {path for _, path, _ in queries(sandbox)} == {"/api/private/stem/project/"}
    with pytest.raises(NameLookupError) as caught:
        client.load("session", filters={"projects.id.in": [ByName("Nowhere"), ByName("No")]})
    assert caught.value.names == ["Nowhere", "No"]
    assert "'Nowhere'" in str(caught.value) and "'No'" in str(caught.value)


def test_several_matches_in_a_filter(writer: BrainstemClient, twins: list[str]) -> None:
    with pytest.raises(MultipleMatchesError, match="2 setup records have the name 'Twin rig'"):
        writer.load("equipment", filters={"setup": ByName("Twin rig")})


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.load_session(name=ByName(VISUAL)),
        lambda c: c.load("session", filters={"projects.name": ByName(VISUAL)}),
        lambda c: c.load("session", filters={"description": ByName(VISUAL)}),
        lambda c: c.load("dataacquisition", filters={"procedures": ByName("x")}),
    ],
)
def test_names_in_filters_that_compare_no_ids_are_refused(
    client: BrainstemClient, sandbox: Any, call: Any
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(UsageError):
        call(client)
    assert len(sandbox.requests) == before


# -- the async client ---------------------------------------------------------------------------


def test_the_async_client_resolves_names_as_the_sync_one(
    writer: BrainstemClient, clean_sandbox: Any
) -> None:
    visual = writer.get("project", name=VISUAL)
    expected = writer.load_session(projects=visual["id"], load_all=True)

    async def main() -> tuple[Any, ...]:
        async with AsyncBrainstemClient(token=TOKEN, url=clean_sandbox.url) as ac:
            got = await ac.get("project", name=VISUAL)
            sessions = await ac.load_session(projects=ByName(VISUAL), load_all=True)
            data = {"name": "Async by name", "projects": [ByName(VISUAL)]}
            created = (await ac.save("session", data=data)).json()["session"]
            with pytest.raises(NoMatchError):
                await ac.get("project", name="visual cortex")
            with pytest.raises(InvalidDataError):
                await ac.save("session", data={"name": "x", "projects": [ByName("Nowhere")]})
            return got, sessions, created

    got, sessions, created = asyncio.run(main())
    assert got == visual
    assert sessions == expected
    assert created["projects"] == [visual["id"]]
