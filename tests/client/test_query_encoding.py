"""How the client encodes a query, and what the sandbox (answering as dynamic-rest, Django REST
framework and Django do) makes of it: each case shows the request sent and the answer.
docs/client.md, "How requests are encoded", gives the sources."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
import warnings
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import pytest

from brainstem_api_tools import BrainstemClient, UnknownFieldWarning, UsageError, ValidationError


def sent(sandbox: Any) -> list[tuple[str, str]]:
    """The query of the last request the sandbox received, decoded."""
    return parse_qsl(sandbox.requests.entries()[-1].query, keep_blank_values=True)


def filters_sent(sandbox: Any) -> list[tuple[str, str]]:
    return [(k, v) for k, v in sent(sandbox) if k.startswith("filter{")]


def ids(response: Any, key: str = "sessions") -> list[str]:
    return [r["id"] for r in response.json()[key]]


# -- lists: in ---------------------------------------------------------------------------------


def test_in_sends_the_parameter_repeated_and_matches(client: BrainstemClient, sandbox: Any) -> None:
    sessions = sandbox.store.all("session")
    wanted = [sessions[2]["id"], sessions[5]["id"]]
    response = client.load("session", filters={"id.in": wanted})
    assert filters_sent(sandbox) == [("filter{id.in}", wanted[0]), ("filter{id.in}", wanted[1])]
    assert ids(response) == wanted


@pytest.mark.parametrize("container", [tuple, set, frozenset])
def test_in_takes_any_collection(client: BrainstemClient, sandbox: Any, container: Any) -> None:
    names = [s["name"] for s in sandbox.store.all("session")[:3]]
    response = client.load("session", filters={"name.in": container(names)})
    assert sorted(v for _, v in filters_sent(sandbox)) == sorted(names)
    assert sorted(s["name"] for s in response.json()["sessions"]) == sorted(names)


def test_a_comma_joined_string_is_one_value_as_on_the_server(
    client: BrainstemClient, sandbox: Any
) -> None:
    names = [s["name"] for s in sandbox.store.all("session")[:2]]
    response = client.load("session", filters={"name.in": ",".join(names)})
    assert filters_sent(sandbox) == [("filter{name.in}", ",".join(names))]
    assert response.json()["sessions"] == []


def test_in_refuses_an_empty_list_and_other_operators_refuse_lists(
    client: BrainstemClient, sandbox: Any
) -> None:
    sandbox.requests.clear()
    with pytest.raises(UsageError, match="empty list, which matches nothing"):
        client.load("session", filters={"id.in": []})
    with pytest.raises(UsageError, match=r"only `in` takes \(use name.in\)"):
        client.load("session", filters={"name": ["a", "b"]})
    assert len(sandbox.requests) == 0


# -- values ------------------------------------------------------------------------------------


def test_booleans_go_out_as_django_spells_them(client: BrainstemClient, sandbox: Any) -> None:
    projects = client.load("project", limit=100).json()["projects"]
    for value, wire in ((True, "True"), (False, "False")):
        found = client.load("project", filters={"is_public": value}, limit=100)
        assert filters_sent(sandbox) == [("filter{is_public}", wire)]
        assert ids(found, "projects") == [p["id"] for p in projects if p["is_public"] is value]


def test_dates_datetimes_uuids_enums_and_numbers_go_out_as_text(
    client: BrainstemClient, sandbox: Any
) -> None:
    class Sex(enum.Enum):
        MALE = "M"

    moment = dt.datetime(2023, 6, 15, 12, 30, tzinfo=dt.UTC)
    session = sandbox.store.all("session")[0]
    client.load(
        "session",
        filters={
            "date_time.gte": moment,
            "date_time.lt": dt.date(2025, 1, 1),
            "id": uuid.UUID(session["id"]),
        },
    )
    assert filters_sent(sandbox) == [
        ("filter{date_time.gte}", "2023-06-15T12:30:00+00:00"),
        ("filter{date_time.lt}", "2025-01-01"),
        ("filter{id}", session["id"]),
    ]
    client.load("subject", filters={"sex": Sex.MALE})
    assert filters_sent(sandbox) == [("filter{sex}", "M")]
    client.load("behavior", filters={"order.gte": Decimal("2.0"), "order.lt": 9})
    assert filters_sent(sandbox) == [("filter{order.gte}", "2.0"), ("filter{order.lt}", "9")]


def test_a_naive_datetime_is_local_time_as_in_write_data(
    client: BrainstemClient, sandbox: Any
) -> None:
    naive = dt.datetime(2023, 6, 15, 12, 30)
    client.load("session", filters={"date_time.gte": naive})
    assert filters_sent(sandbox) == [("filter{date_time.gte}", naive.astimezone().isoformat())]


def test_datetimes_select_what_the_server_selects(client: BrainstemClient, sandbox: Any) -> None:
    everything = client.load("session", load_all=True)["sessions"]
    since = dt.datetime(2023, 6, 15, 12, tzinfo=dt.UTC)
    found = client.load("session", filters={"date_time.gte": since}, load_all=True)["sessions"]
    expected = [
        s["id"]
        for s in everything
        if s["date_time"] and dt.datetime.fromisoformat(s["date_time"]) >= since
    ]
    assert [s["id"] for s in found] == expected and 0 < len(expected) < len(everything)


def test_none_is_isnull_as_in_django(client: BrainstemClient, sandbox: Any) -> None:
    everything = client.load("session", load_all=True)["sessions"]
    empty = client.load("session", filters={"date_time": None}, load_all=True)["sessions"]
    assert filters_sent(sandbox) == [("filter{date_time.isnull}", "True")]
    assert [s["id"] for s in empty] == [s["id"] for s in everything if s["date_time"] is None]
    filled = client.load("session", filters={"-date_time": None}, load_all=True)["sessions"]
    assert filters_sent(sandbox) == [("filter{-date_time.isnull}", "True")]
    assert len(empty) + len(filled) == len(everything) and empty and filled
    with pytest.raises(UsageError, match="None, which only an exact match takes"):
        client.load("session", filters={"date_time.gte": None})


def test_a_value_of_no_query_type_is_refused(client: BrainstemClient) -> None:
    with pytest.raises(UsageError, match="type dict"):
        client.load("session", filters={"name": {"a": 1}})


# -- field names the spec does not know --------------------------------------------------------


def test_an_unknown_filter_field_is_sent_with_a_warning_and_the_400_carries_the_hint(
    client: BrainstemClient, sandbox: Any
) -> None:
    with pytest.warns(UnknownFieldWarning) as caught:
        response = client.load("session", filters={"descripton.icontains": "CA1"})
    (warning,) = caught
    assert str(warning.message) == (
        "filter 'descripton.icontains': openapi.yaml knows no field 'descripton' of session "
        "(did you mean 'description'?); sent as given, in case the server knows it"
    )
    assert warning.filename == __file__  # it points at the caller's line
    assert filters_sent(sandbox) == [("filter{descripton.icontains}", "CA1")]
    assert response.status_code == 400
    assert response.json() == ["Invalid filter field: descripton"]
    with pytest.raises(ValidationError) as info:
        response.raise_for_status()
    assert info.value.hint == (
        "openapi.yaml knows no field 'descripton' of session (did you mean 'description'?)"
    )
    assert str(info.value).endswith(info.value.hint)


def test_the_references_sort_example_is_sent(client: BrainstemClient, sandbox: Any) -> None:
    """docs/api.md sorts by created_date, which the spec does not list: the client sends it
    (the server may know the field); the sandbox, which knows what the spec knows, refuses it
    as dynamic-rest does, and the error carries the hint."""
    with pytest.warns(UnknownFieldWarning, match="knows no field 'created_date' of project"):
        response = client.load("project", sort=["-created_date", "name"])
    assert [v for k, v in sent(sandbox) if k == "sort[]"] == ["-created_date", "name"]
    assert response.json() == ["Invalid filter field: ['-created_date']"]
    with pytest.raises(ValidationError, match="knows no field 'created_date' of project"):
        response.raise_for_status()


def test_an_unknown_include_is_sent_with_a_warning(client: BrainstemClient, sandbox: Any) -> None:
    with pytest.warns(UnknownFieldWarning, match="knows no field 'projets' of session"):
        response = client.load("session", include=["projets"])
    assert response.json() == {"detail": '"projets" is not a valid field name for "session".'}
    with pytest.raises(ValidationError, match=r"did you mean 'projects'\?"):
        response.raise_for_status()


def test_fields_across_relations_are_checked_in_the_related_model(
    client: BrainstemClient, sandbox: Any
) -> None:
    with pytest.warns(UnknownFieldWarning, match="knows no field 'nmae' of project"):
        response = client.load("session", filters={"projects.nmae": "x"})
    assert response.json() == ["Invalid filter field: nmae"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # known names: no warning
        client.load("session", filters={"projects.name.icontains": "fear"}, sort=["-name"])


def test_unknown_operators_are_refused_before_sending(
    client: BrainstemClient, sandbox: Any
) -> None:
    sandbox.requests.clear()
    with pytest.raises(UsageError, match=r"unknown filter operator 'icontainz'.*'icontains'"):
        client.load("session", filters={"name.icontainz": "rat"})
    with pytest.raises(UsageError, match="unknown filter operator 'range'"):
        client.load("session", filters={"date_time.range": ["2023-01-01", "2024-01-01"]})
    assert len(sandbox.requests) == 0


def test_a_misspelt_operator_after_a_relation_gets_the_operator_as_hint(
    client: BrainstemClient,
) -> None:
    with pytest.warns(UnknownFieldWarning, match=r"did you mean 'in'\?|'in'"):
        response = client.load("session", filters={"projects.inn": "x"})
    assert response.status_code == 400


def test_warnings_can_be_made_errors(client: BrainstemClient, sandbox: Any) -> None:
    sandbox.requests.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownFieldWarning)
        with pytest.raises(UnknownFieldWarning):
            client.load("session", filters={"nmae": "x"})
    assert len(sandbox.requests) == 0
