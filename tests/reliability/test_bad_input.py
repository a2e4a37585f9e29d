"""Bad input is refused with a clear error before any request; whatever a filter holds reaches
the server intact and cannot add or change another query parameter (property-based)."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brainstem_api_tools import BrainstemClient, UnknownFieldWarning, UsageError
from brainstem_api_tools.models import get_model
from brainstem_api_tools.query import FILTER_OPERATORS

from ..summary import RunSummary
from .conftest import TOKEN, brainstem

MAX_EXAMPLES = 150
SESSION = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BAD_IDS = [
    "../",
    "..",
    "?",
    "%2F",
    " ",
    "",
    "a b",
    "../../etc/passwd",
    f"{SESSION}/../x",
    f"{SESSION}?limit=1",
    f"{SESSION}#x",
    "3fa85f64 5717 4562 b3fc 2c963f66afa6",
    "1",
]


@pytest.fixture(scope="module")
def plain(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(conform=False, records=5, token=TOKEN)


@pytest.fixture(scope="module")
def examples(summary: RunSummary) -> Iterator[dict[str, int]]:
    """Counts the property tests' examples, and reports them at the end of the module."""
    counts = {"values": 0, "keys": 0, "accepted": 0}
    yield counts
    if any(counts.values()):
        summary.add(
            "hypothesis: {values} filter values and {keys} filter keys ({accepted} accepted, "
            f"the rest refused before any request), max_examples={MAX_EXAMPLES}, derandomized",
            **counts,
        )


@pytest.fixture(scope="module")
def client(plain: Any) -> Iterator[BrainstemClient]:
    with BrainstemClient(token=TOKEN, url=plain.url) as c:
        yield c


def refused(plain: Any, call: Callable[[], Any], match: str) -> UsageError:
    plain.requests.clear()
    with pytest.raises(UsageError, match=match) as info:
        call()
    assert plain.requests.entries() == [], "a request was sent"
    return info.value


@pytest.mark.parametrize("bad", BAD_IDS)
def test_an_id_that_is_not_a_uuid_never_reaches_a_url(
    plain: Any, client: BrainstemClient, bad: str
) -> None:
    for call in (
        lambda: client.load("session", id=bad),
        lambda: client.save("session", id=bad, data={"name": "x"}),
        lambda: client.delete("session", id=bad),
        lambda: client.action("projectmembershipinvitation", bad, "accept"),
        lambda: client.load_session(id=bad),
    ):
        message = str(refused(plain, call, "is not a UUID|is required"))
        assert "3fa85f64-5717-4562-b3fc-2c963f66afa6" in message or "required" in message


def test_integer_ids_too(plain: Any, client: BrainstemClient) -> None:
    for bad in ("1/../2", "1.5", "-1", "0x1", "1 2", "\uff11"):  # the last: a full-width 1
        refused(plain, lambda bad=bad: client.load("group", id=bad), "not a whole number")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.load("sesion"), r"unknown model 'sesion'; did you mean session\?"),
        (lambda c: c.load("projekt"), "did you mean project"),
        (lambda c: c.load("xyzzy"), "unknown model 'xyzzy'; `brainstem models` lists them"),
        (lambda c: c.load("session", portal="privat"), "did you mean 'private'"),
        (lambda c: c.load("session", portal="open"), "unknown portal 'open'"),
        (lambda c: c.save("session", data=["name", "x"]), "data must be a dict.*not list"),
        (lambda c: c.save("session", data="name=x"), "data must be a dict.*not str"),
        (lambda c: c.save("session", id=SESSION, data=42), "data must be a dict"),
        (lambda c: c.load("session", limit=0), "limit must be between 1 and 100, not 0"),
        (lambda c: c.load("session", limit=101), "limit must be between 1 and 100"),
        (lambda c: c.load("session", limit=-5), "limit must be between 1 and 100"),
        (lambda c: c.load("session", limit="ten"), "limit must be a whole number"),
        (lambda c: c.load("session", limit=2.5), "limit must be a whole number"),
        (lambda c: c.load("session", limit=True), "limit must be a whole number"),
        (lambda c: c.load("session", offset=-1), "offset must be at least 0"),
        (lambda c: c.load("session", load_all=True, limit=500), "limit must be between"),
        (lambda c: c.load("session", load_all=True, offset=-1), "offset must be at least 0"),
        (
            lambda c: c.load("session", filters={"name.icontain": "x"}),
            "unknown filter operator 'icontain'.*did you mean 'icontains'",
        ),
        (lambda c: c.load("session", filters={"name.like": "x"}), "unknown filter operator"),
        (lambda c: c.load("session", filters={"name&limit=1": "x"}), "not of the form field"),
        (lambda c: c.load("session", filters={"name}": "x"}), "not of the form field"),
        (lambda c: c.load("session", filters=["name", "x"]), "filters must be a dict"),
        (lambda c: c.load("session", filters={"name.gte": None}), "only an exact match takes"),
        (lambda c: c.load("session", sort="name;drop"), "is not a field name"),
        (lambda c: c.load("session", include=["projects&x=1"]), "is not a field name"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    plain: Any, client: BrainstemClient, call: Callable[[BrainstemClient], Any], message: str
) -> None:
    refused(plain, lambda: call(client), message)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["save", "session", "--data", "{name: 1}"], "--data is not valid JSON (Expecting"),
        (["save", "session", "--data", '["a"]'], "--data holds a JSON list, not an object"),
        (["save", "session", "--data", "{"], "--data is not valid JSON"),
        (
            ["load", "session", "--filters", "name.icontains"],
            "--filters 'name.icontains': expected FIELD=VALUE",
        ),
        (["load", "session", "--filters", "=rat"], "expected FIELD=VALUE"),
        (["load", "session", "--id", "../"], "id '../' of session is not a UUID"),
        (["load", "session", "--id", "%2F"], "is not a UUID"),
        (["load", "sesion"], "unknown model 'sesion'; did you mean session?"),
        (["load", "session", "--limit", "0"], "limit must be between 1 and 100, not 0"),
        (["load", "session", "--offset", "-1"], "offset must be at least 0"),
        (["load", "session", "--filters", "name.icontain=x"], "unknown filter operator"),
        (["delete", "session", "--id", "?"], "is not a UUID"),
    ],
)
def test_command_line_usage_errors_exit_2_before_any_request(
    plain: Any, tmp_path: Path, args: list[str], message: str
) -> None:
    plain.requests.clear()
    run = brainstem(*args, url=plain.url, config=tmp_path)
    assert run.code == 2, run
    assert run.err.startswith("error: ") and message in run.err, run.err
    assert "Traceback" not in run.err
    assert plain.requests.entries() == []


# -- property-based: filters reach the server intact ----------------------------------------------

FIELDS = get_model("session").fields
OPERATORS = sorted(FILTER_OPERATORS)


def logged_params(plain: Any) -> list[tuple[str, str]]:
    (entry,) = plain.requests.entries()
    return sorted(parse_qsl(entry.query, keep_blank_values=True, strict_parsing=True))


@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    value=st.text(),
    field=st.sampled_from(FIELDS),
    operator=st.sampled_from(["", *OPERATORS]),
    one_record=st.booleans(),
)
def test_any_filter_value_arrives_intact_and_alone(
    plain: Any,
    client: BrainstemClient,
    examples: dict[str, int],
    value: str,
    field: str,
    operator: str,
    one_record: bool,
) -> None:
    examples["values"] += 1
    key = f"{field}.{operator}" if operator else field
    plain.requests.clear()
    if one_record:
        client.load("session", id=SESSION, filters={key: value}, include=["projects"])
        path = f"/api/private/stem/session/{SESSION}/"
        expected = [("include[]", "projects.*")]
    else:
        client.load("session", filters={key: value}, sort=["-name"], limit=3, offset=1)
        path = "/api/private/stem/session/"
        expected = [("limit", "3"), ("offset", "1"), ("sort[]", "-name")]
    (entry,) = plain.requests.entries()
    assert entry.path == path
    assert logged_params(plain) == sorted([*expected, (f"filter{{{key}}}", value)])


def _keys() -> st.SearchStrategy[str]:
    structured = st.builds(
        lambda before, field, op, after: f"{before}{field}.{op}{after}",
        st.text(max_size=2),
        st.sampled_from(FIELDS),
        st.sampled_from(OPERATORS),
        st.text(max_size=2),
    )
    wrapped = st.builds(lambda k: f"filter{{{k}}}", st.one_of(structured, st.text(max_size=8)))
    return st.one_of(st.text(), structured, wrapped)


@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(key=_keys(), value=st.text(max_size=10))
def test_any_filter_key_is_refused_or_arrives_intact_and_alone(
    plain: Any, client: BrainstemClient, examples: dict[str, int], key: str, value: str
) -> None:
    examples["keys"] += 1
    plain.requests.clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.load("session", filters={key: value}, limit=2)
    except UsageError as exc:
        assert "filter" in str(exc) or "field" in str(exc)
        assert plain.requests.entries() == []
        return
    examples["accepted"] += 1
    inner = key.strip()
    if inner.startswith("filter{") and inner.endswith("}"):
        inner = inner[len("filter{") : -1]
    assert inner.isascii() and "{" not in inner and "&" not in inner and "=" not in inner
    assert logged_params(plain) == sorted([("limit", "2"), (f"filter{{{inner}}}", value)])
    # a field name the spec does not know is sent, with a warning that names it
    assert all(w.category is UnknownFieldWarning for w in caught)
    if inner.lstrip("-").split(".")[0] not in FIELDS:
        assert len(caught) == 1 and repr(inner.lstrip("-").split(".")[0]) in str(caught[0].message)


def test_command_line_filter_values_arrive_intact(plain: Any, tmp_path: Path) -> None:
    values = {
        "name.icontains": "a&limit=1000#x",
        "description.icontains": "+%2F?=é 日本 🐀 \t;'\"",
        "name.startswith": "=",
    }
    plain.requests.clear()
    args = [f"{k}={v}" for k, v in values.items()]
    run = brainstem(
        "load", "session", "--limit", "1", "--filters", *args, url=plain.url, config=tmp_path
    )
    assert run.code == 0, run
    expected = sorted([("limit", "1"), *((f"filter{{{k}}}", v) for k, v in values.items())])
    assert logged_params(plain) == expected
