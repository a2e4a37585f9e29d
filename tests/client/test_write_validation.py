"""Write data is checked against the spec before anything is sent, and sent as JSON.

Every kind of problem is reported in DRF's words with nothing reaching the sandbox; a valid
body goes through; `validate=False` sends what the spec does not know (and the sandbox drops
it, as DRF does); Python values (datetime, date, UUID, Enum, tuples, sets) arrive as strings.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, UsageError
from brainstem_api_tools.errors import APIError, InvalidDataError, ValidationError
from brainstem_api_tools.validation import problems, validate

TOKEN = "sandbox-test-token"
P = "3fa85f64-5717-4562-b3fc-2c963f66afa6"  # a well-formed id: whether it exists is not checked
IGNORED = "(the server would ignore it)"
SESSION_OK = {"name": "x", "projects": [P]}

# (model, id or None for a create, options, data, field, the one message for that field)
CASES: list[tuple[str, str | None, str | None, dict[str, Any], str, str]] = [
    (
        "session",
        None,
        None,
        {**SESSION_OK, "descripton": "oops"},
        "descripton",
        f'Unknown field {IGNORED}. Did you mean "description"?',
    ),
    (
        "session",
        None,
        None,
        {**SESSION_OK, "zzz": 1},
        "zzz",
        f"Unknown field {IGNORED}. Fields: datastorage, date_time, description, download_links, "
        "extra_fields, name, projects, tags.",
    ),
    (
        "project",
        None,
        None,
        {"name": "x", "sessions": []},
        "sessions",
        f"This field is read-only {IGNORED}.",
    ),
    (
        "session",
        P,
        None,
        {"id": P, "description": "x"},
        "id",
        "The id is read-only and never taken from data. To change a record, give its id as the "
        "id argument (--id on the command line).",
    ),
    (
        "project",
        None,
        None,
        {"name": "x", "users": {}},
        "users",
        f"This field cannot be set when creating a project {IGNORED}. Set it with an update "
        "afterwards.",
    ),
    (
        "procedurelog",
        P,
        None,
        {"type": "Anesthesia"},
        "type",
        f"This field can only be set when the procedurelog is created {IGNORED}.",
    ),
    ("session", None, None, {"name": "x"}, "projects", "This field is required."),
    ("session", None, None, {**SESSION_OK, "name": None}, "name", "This field may not be null."),
    ("session", None, None, {**SESSION_OK, "name": " "}, "name", "This field may not be blank."),
    ("session", None, None, {**SESSION_OK, "name": ["x"]}, "name", "Not a valid string."),
    (
        "session",
        None,
        None,
        {**SESSION_OK, "name": "x" * 101},
        "name",
        "Ensure this field has no more than 100 characters.",
    ),
    (
        "session",
        None,
        None,
        {**SESSION_OK, "name": "a\x00b"},
        "name",
        "Null characters are not allowed.",
    ),
    ("behavior", P, None, {"order": "first"}, "order", "A valid integer is required."),
    (
        "behavior",
        P,
        None,
        {"order": -1},
        "order",
        "Ensure this value is greater than or equal to 0.",
    ),
    ("project", P, None, {"is_public": "maybe"}, "is_public", "Must be a valid boolean."),
    ("subject", P, None, {"sex": "X"}, "sex", '"X" is not a valid choice.'),
    (
        "license",
        P,
        None,
        {"country": "fr"},
        "country",
        "This value does not match the required pattern.",
    ),
    (
        "session",
        None,
        None,
        {"name": "x", "projects": ["nope"]},
        "projects",
        "“nope” is not a valid UUID.",
    ),
    (
        "subject",
        P,
        None,
        {"strain": 5},
        "strain",
        "Incorrect type. Expected pk value, received int.",
    ),
    (
        "session",
        None,
        None,
        {"name": "x", "projects": P},
        "projects",
        'Expected a list of items but got type "str".',
    ),
    (
        "session",
        None,
        None,
        {"name": "x", "projects": []},
        "projects",
        "This list may not be empty.",
    ),
    ("session", P, None, {"tags": ["a", ["b"]]}, "tags", "1: Not a valid string."),
    (
        "subject",
        P,
        None,
        {"birth_date": "2024-13-01"},
        "birth_date",
        "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
    ),
    (
        "session",
        P,
        None,
        {"date_time": "yesterday"},
        "date_time",
        "Datetime has wrong format. Use one of these formats instead: "
        "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
    ),
    (
        "session",
        P,
        None,
        {"extra_fields": "rig A"},
        "extra_fields",
        'Expected a dictionary of items but got type "str".',
    ),
    (
        "session",
        P,
        None,
        {"download_links": [{"repository": "DANDI"}]},
        "download_links",
        "0.url: This field is required.",
    ),
    ("procedurelog", P, "add_entry", {"notes": "x"}, "date_time", "This field is required."),
    (
        "procedurelog",
        P,
        "add_entry",
        {"date_time": "2024-05-01T10:00:00Z", "note": "x"},
        "note",
        f'The add_entry action does not take this field {IGNORED}. Did you mean "notes"?',
    ),
]


@pytest.fixture
def quiet(sandbox: Any) -> Iterator[Any]:
    """The session sandbox; the test fails if any request reaches it."""
    before = len(sandbox.requests)
    yield sandbox
    assert len(sandbox.requests) == before, "a request reached the sandbox"


@pytest.mark.parametrize(
    ("model", "id", "options", "data", "field", "message"),
    CASES,
    ids=[f"{c[0]}-{c[4]}-{c[5][:30]}" for c in CASES],
)
def test_each_problem_is_reported_and_nothing_is_sent(
    quiet: Any,
    client: BrainstemClient,
    model: str,
    id: str | None,
    options: str | None,
    data: dict[str, Any],
    field: str,
    message: str,
) -> None:
    with pytest.raises(InvalidDataError) as caught:
        client.save(model, id=id, data=data, options=options)
    assert caught.value.errors == {field: [message]}
    operation = options or ("update" if id else "create")
    assert problems(model, data, operation) == {field: [message]}


def test_every_problem_in_one_error(quiet: Any, client: BrainstemClient) -> None:
    data = {
        "name": "",
        "projects": ["nope", True],
        "descripton": "oops",
        "download_links": [{"repository": "Nope", "url": "ftp://ok"}, {"url": "x"}],
    }
    with pytest.raises(ValidationError) as caught:  # the same except clause as a 400
        client.save("session", data=data)
    error = caught.value
    assert isinstance(error, InvalidDataError) and isinstance(error, UsageError)
    assert isinstance(error, APIError) and error.status_code is None and error.response is None
    assert error.errors == {
        "name": ["This field may not be blank."],
        "projects": [
            "“nope” is not a valid UUID.",
            "Incorrect type. Expected pk value, received bool.",
        ],
        "descripton": [f'Unknown field {IGNORED}. Did you mean "description"?'],
        "download_links": [
            '0.repository: "Nope" is not a valid choice.',
            "1.repository: This field is required.",
            "1.url: This value does not match the required pattern.",
        ],
    }
    # the server's shape: nested by list index and sub-field where DRF nests
    assert error.body["download_links"]["1"] == {
        "repository": ["This field is required."],
        "url": ["This value does not match the required pattern."],
    }
    text = str(error)
    assert "\n" not in text and "Traceback" not in text
    assert text.startswith("invalid data for creating a session, nothing was sent: name: ")
    assert text.endswith("(for a field this client does not know yet, pass validate=False)")


@pytest.mark.parametrize(
    "data",
    [
        {"name": "x"},
        {"name": "", "projects": []},
        {"name": "x" * 101, "projects": [P], "tags": "a", "date_time": "soon"},
        {"name": "x", "projects": [P], "extra_fields": {"rig": ["A"]}},
    ],
)
def test_local_errors_are_the_server_errors(
    clean_sandbox: Any, client: BrainstemClient, data: dict[str, Any]
) -> None:
    """For the same bad body the sandbox (sent with validate=False) answers 400 with the same
    `errors` the client finds before sending."""
    with pytest.raises(InvalidDataError) as local:
        client.save("session", data=data)
    response = client.save("session", data=data, validate=False)
    assert response.status_code == 400
    with pytest.raises(ValidationError) as remote:
        response.raise_for_status()
    assert not isinstance(remote.value, InvalidDataError)
    assert remote.value.errors == local.value.errors


def test_a_valid_body_goes_through(writer: BrainstemClient, clean_sandbox: Any) -> None:
    project = clean_sandbox.store.all("project")[0]["id"]
    clean_sandbox.requests.clear()
    response = writer.save(
        "session", data={"name": " Checked ", "projects": [project], "description": 7}
    )
    assert response.status_code == 201, response.text
    record = response.json()["session"]
    assert record["name"] == "Checked" and record["description"] == "7"  # as DRF stores them
    assert clean_sandbox.requests.count("POST", "/api/private/stem/session/") == 1
    assert writer.save("session", id=record["id"], data={"description": "v2"}).status_code == 200


def test_validate_false_sends_what_the_spec_does_not_know(
    writer: BrainstemClient, clean_sandbox: Any
) -> None:
    project = clean_sandbox.store.all("project")[0]["id"]
    data = {"name": "Newer field", "projects": [project], "descripton": "lost"}
    with pytest.raises(InvalidDataError):
        writer.save("session", data=data)
    clean_sandbox.requests.clear()
    response = writer.save("session", data=data, validate=False)
    assert response.status_code == 201, response.text
    assert clean_sandbox.requests.count("POST", "/api/private/stem/session/") == 1
    stored = writer.load("session", id=response.json()["session"]["id"]).json()["session"]
    assert "descripton" not in stored and stored["description"] == ""  # dropped, as DRF does


class Repository(Enum):
    DANDI = "DANDI"


def test_python_values_are_sent_as_strings_and_stored(
    writer: BrainstemClient, clean_sandbox: Any
) -> None:
    project = uuid.UUID(clean_sandbox.store.all("project")[0]["id"])
    when = dt.datetime(2024, 5, 1, 10, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    data = {
        "name": "From Python",
        "projects": (project,),
        "date_time": when,
        "tags": {"b", "a"},
        "download_links": [{"repository": Repository.DANDI, "url": "https://dandiarchive.org/1"}],
    }
    assert validate("session", data)["date_time"] == "2024-05-01T10:30:05+02:00"
    response = writer.save("session", data=data)
    assert response.status_code == 201, response.text
    stored = writer.load("session", id=response.json()["session"]["id"]).json()["session"]
    assert stored["projects"] == [str(project)]
    assert dt.datetime.fromisoformat(stored["date_time"]) == when
    assert stored["tags"] == ["a", "b"]
    assert stored["download_links"][0]["repository"] == "DANDI"
    entry = writer.action(
        "procedurelog",
        clean_sandbox.store.all("procedurelog")[0]["id"],
        "add_entry",
        {"date_time": dt.date(2024, 5, 2), "notes": "a date is midnight"},
    )
    assert entry.status_code == 200, entry.text


@pytest.fixture
def new_york() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_naive_datetime_is_local_time(
    new_york: None, writer: BrainstemClient, clean_sandbox: Any
) -> None:
    project = clean_sandbox.store.all("project")[0]["id"]
    naive = dt.datetime(2024, 5, 1, 10, 0)
    assert validate("session", {"date_time": naive}, "update")["date_time"] == (
        "2024-05-01T10:00:00-04:00"
    )
    response = writer.save(
        "session", data={"name": "Local", "projects": [project], "date_time": naive}
    )
    assert response.json()["session"]["date_time"] == "2024-05-01T14:00:00Z"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (math.nan, "n: NaN and infinity cannot be sent as JSON"),
        (Decimal("1.5"), "n: a Decimal cannot be sent as JSON"),
    ],
)
def test_values_json_cannot_carry(
    quiet: Any, client: BrainstemClient, value: object, message: str
) -> None:
    data = {**SESSION_OK, "extra_fields": {"n": value}}
    with pytest.raises(InvalidDataError) as caught:
        client.save("session", data=data)
    assert caught.value.errors["extra_fields"][0].startswith(message)
    with pytest.raises(UsageError, match=r"data\['extra_fields'\]\['n'\]: "):
        client.save("session", data=data, validate=False)


def test_rows_for_a_bulk_import(quiet: Any) -> None:
    """`problems` checks one record without raising; `validate` returns the body."""
    assert problems("session", SESSION_OK) == {}
    assert problems("session", {"description": "x"}, "update") == {}
    assert problems("session", ["x"]) == {
        "non_field_errors": ["Invalid data. Expected a dictionary, but got list."]
    }
    assert validate("session", {**SESSION_OK, "tags": ("a",)}) == {**SESSION_OK, "tags": ["a"]}
    with pytest.raises(UsageError, match="unknown model 'sesion'"):
        problems("sesion", {})
    with pytest.raises(
        UsageError, match=r"procedurelog has no write 'accept' with data .*add_entry"
    ):
        problems("procedurelog", {}, "accept")


def test_async_client_checks_too(clean_sandbox: Any) -> None:
    project = clean_sandbox.store.all("project")[0]["id"]

    async def main() -> int:
        async with AsyncBrainstemClient(token=TOKEN, url=clean_sandbox.url) as ac:
            with pytest.raises(InvalidDataError):
                await ac.save("session", data={"name": "x", "projects": [project], "nmae": "y"})
            log = clean_sandbox.store.all("procedurelog")[0]["id"]
            with pytest.raises(InvalidDataError):
                await ac.action("procedurelog", log, "add_entry", {"notes": "no date"})
            assert len(clean_sandbox.requests) == 0
            sent = await ac.save(
                "session", data={"name": "x", "projects": [project], "nmae": "y"}, validate=False
            )
            return sent.status_code

    clean_sandbox.requests.clear()
    assert asyncio.run(main()) == 201
