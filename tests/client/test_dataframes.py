"""DataFrames of what `load_all` and `iter_records` give, against the sandbox: included records
flattened into columns, date-times parsed by the spec's formats, list fields kept as lists,
the columns in the spec's order, also when there are no records."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import pickle
import sys
from typing import Any

import pandas as pd
import pytest

from brainstem_api_tools import (
    AsyncBrainstemClient,
    BrainstemClient,
    InvalidResponseError,
    MissingDependencyError,
    Records,
    UsageError,
    to_dataframe,
)
from brainstem_api_tools.models import MODELS

TOKEN = "sandbox-test-token"


def columns(model: str, include: dict[str, Any] | None = None, prefix: str = "") -> list[str]:
    """The columns the spec gives a model's records, with `include` flattened."""
    include = include or {}
    info = MODELS[model]
    out: list[str] = []
    for name in info.fields:
        if name in include:
            out += columns(info.relations[name], include[name], f"{prefix}{name}.")
        else:
            out.append(prefix + name)
    return out


def utc(text: str | None) -> Any:
    if text is None:
        return pd.NaT
    return pd.Timestamp(dt.datetime.fromisoformat(text)).tz_convert("UTC")


@pytest.fixture(scope="module")
def sessions(sandbox: Any) -> Records:
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        return client.load("session", load_all=True, include=["projects"])


def test_load_all_is_still_the_dict_of_the_official_client(sessions: Records) -> None:
    assert isinstance(sessions, dict)
    assert list(sessions) == ["meta", "sessions"]
    plain = dict(sessions)
    assert sessions == plain
    assert json.loads(json.dumps(sessions)) == plain
    assert pickle.loads(pickle.dumps(sessions)) == plain
    again = copy.deepcopy(sessions)
    assert (again, again.model, again.include) == (plain, "session", ("projects",))


def test_a_list_relation_becomes_columns_of_lists(sessions: Records) -> None:
    frame = sessions.to_dataframe()
    raw = sessions["sessions"]
    assert len(frame) == len(raw)
    assert "projects" not in frame.columns
    several = [i for i, s in enumerate(raw) if len(s["projects"]) > 1]
    assert several, "the sandbox has sessions in several projects"
    for i, record in enumerate(raw):
        projects = record["projects"]
        assert frame["projects.id"][i] == [p["id"] for p in projects]
        assert frame["projects.name"][i] == [p["name"] for p in projects]
        assert frame["projects.tags"][i] == [p["tags"] for p in projects]  # lists of lists
        assert frame["projects.is_public"][i] == [p["is_public"] for p in projects]


def test_columns_follow_the_spec_also_without_records(client: BrainstemClient) -> None:
    frame = client.load("session", load_all=True, include=["projects"]).to_dataframe()
    expected = columns("session", {"projects": {}})
    assert list(frame.columns) == expected
    assert expected[:4] == ["id", "name", "description", "projects.id"]
    empty = client.load(
        "session", load_all=True, include=["projects"], filters={"name": "no such session"}
    )
    assert empty["sessions"] == []
    nothing = empty.to_dataframe()
    assert list(nothing.columns) == expected and len(nothing) == 0
    # typed as they would be with records
    assert nothing.dtypes.to_dict() == frame.dtypes.to_dict()


def test_date_times_are_parsed_to_utc_and_lists_stay_lists(sessions: Records) -> None:
    frame = sessions.to_dataframe()
    assert str(frame["date_time"].dtype) == "datetime64[us, UTC]"
    raw = sessions["sessions"]
    assert any(s["date_time"] is None for s in raw) and any(s["date_time"] for s in raw)
    for i, record in enumerate(raw):
        value = frame["date_time"][i]
        if record["date_time"] is None:
            assert value is pd.NaT
        else:
            assert value == utc(record["date_time"])
        assert frame["tags"][i] == record["tags"]
        assert isinstance(frame["tags"][i], list)
        assert frame["extra_fields"][i] == record["extra_fields"]


def test_dates_and_typed_scalars(client: BrainstemClient) -> None:
    subjects = client.load("subject", load_all=True)
    frame = subjects.to_dataframe()
    assert str(frame["birth_date"].dtype) == "datetime64[us]"  # a date has no timezone
    for i, record in enumerate(subjects["subjects"]):
        if record["birth_date"] is None:
            assert frame["birth_date"][i] is pd.NaT
        else:
            assert frame["birth_date"][i] == pd.Timestamp(record["birth_date"])
    behaviors = client.load("behavior", load_all=True).to_dataframe()
    assert str(behaviors["order"].dtype) == "Int64"  # spec: integer, nullable


def test_a_single_relation_and_nested_includes(client: BrainstemClient) -> None:
    loaded = client.load("behavior", load_all=True, include=["setup", "session.projects"])
    frame = loaded.to_dataframe()
    assert list(frame.columns) == columns("behavior", {"setup": {}, "session": {"projects": {}}})
    assert str(frame["session.date_time"].dtype) == "datetime64[us, UTC]"
    for i, record in enumerate(loaded["behaviors"]):
        assert frame["setup.name"][i] == record["setup"]["name"]
        assert frame["session.name"][i] == record["session"]["name"]
        names = [p["name"] for p in record["session"]["projects"]]
        assert frame["session.projects.name"][i] == names


def test_an_included_record_that_stayed_an_id_fills_the_id_column(sandbox: Any) -> None:
    """The public portal leaves records that are not public as ids, included or not."""
    with BrainstemClient.public(url=sandbox.url) as public:
        loaded = public.load("behavior", load_all=True, include=["setup"])
    frame = loaded.to_dataframe()
    kinds = {type(r["setup"]).__name__ for r in loaded["behaviors"]}
    assert kinds == {"str", "dict"}
    for i, record in enumerate(loaded["behaviors"]):
        setup = record["setup"]
        if isinstance(setup, str):
            assert frame["setup.id"][i] == setup
            assert pd.isna(frame["setup.name"][i])
        else:
            assert frame["setup.name"][i] == setup["name"]


def test_iter_records_and_every_other_source(client: BrainstemClient) -> None:
    expected = client.load("session", load_all=True, include=["projects"]).to_dataframe()
    it = client.iter_records("session", include="projects", page_size=7)
    pd.testing.assert_frame_equal(it.to_dataframe(), expected)
    assert list(it) == []  # it gathered every record
    it = client.iter_records("session", include="projects")
    first = next(it)
    rest = it.to_dataframe()  # the records not yet yielded
    assert len(rest) == len(expected) - 1 and first["id"] == expected["id"][0]
    records = list(client.iter_records("session", include=["projects"]))
    pd.testing.assert_frame_equal(to_dataframe(records, model="session"), expected)
    page = client.load("session", limit=5, include=["projects"])
    pd.testing.assert_frame_equal(to_dataframe(page), expected.head(5))
    pd.testing.assert_frame_equal(to_dataframe(page.json()), expected.head(5))
    one = client.load("session", id=records[3]["id"], include=["projects"])
    pd.testing.assert_frame_equal(to_dataframe(one), expected.iloc[[3]].reset_index(drop=True))


def test_the_async_client_gives_the_same_frames(sandbox: Any, client: BrainstemClient) -> None:
    expected = client.load("session", load_all=True, include=["projects"]).to_dataframe()

    async def run() -> tuple[Any, Any]:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as c:
            loaded = await c.load("session", load_all=True, include=["projects"])
            frame = await c.iter_records("session", include=["projects"]).to_dataframe()
            return loaded.to_dataframe(), frame

    for frame in asyncio.run(run()):
        pd.testing.assert_frame_equal(frame, expected)


def test_fields_the_spec_does_not_know_come_last() -> None:
    records = [
        {"id": "a", "name": "one", "new_field": 1},
        {"id": "b", "name": "two", "other": [1, 2], "new_field": 2},
    ]
    frame = to_dataframe(records, model="project")
    assert list(frame.columns) == [*columns("project"), "new_field", "other"]
    assert frame["other"].tolist() == [None, [1, 2]]


def test_bad_calls_say_what_to_do(sessions: Records) -> None:
    with pytest.raises(UsageError, match=r"model=\.\.\.|model='session'"):
        to_dataframe(sessions["sessions"])
    with pytest.raises(UsageError, match="session records, not project records"):
        to_dataframe(sessions, model="project")
    with pytest.raises(UsageError, match="takes records"):
        to_dataframe("sessions", model="session")
    with pytest.raises(UsageError, match="could not find the records"):
        to_dataframe({"results": []})


def test_a_value_against_the_spec_is_reported_with_its_column() -> None:
    with pytest.raises(
        InvalidResponseError, match=r"'date_time' should hold date-time.*'yesterday'"
    ):
        to_dataframe([{"id": "a", "date_time": "yesterday"}], model="session")


def test_without_pandas_the_error_says_which_extra_to_install(
    sessions: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(MissingDependencyError) as caught:
        sessions.to_dataframe()
    assert "pip install 'brainstem_python_api_tools[pandas]'" in str(caught.value)
    assert isinstance(caught.value, ImportError) and caught.value.name == "pandas"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
