"""`brainstem load`'s query over HTTP: `in` lists, unknown field names (one warning line), and
the sandbox's answers as the server gives them."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from .conftest import CLI


def test_an_in_list_goes_out_as_repeated_values(cli: CLI, cli_sandbox: Any) -> None:
    sessions = cli_sandbox.store.all("session")
    wanted = [sessions[1]["id"], sessions[3]["id"]]
    cli_sandbox.requests.clear()
    result = cli("load", "session", "--filters", f"id.in={','.join(wanted)}")
    assert result.code == 0, result
    assert [s["id"] for s in result.json()["sessions"]] == wanted
    (entry,) = cli_sandbox.requests.entries()
    assert parse_qsl(entry.query) == [("filter{id.in}", wanted[0]), ("filter{id.in}", wanted[1])]


def test_an_unknown_field_is_one_warning_line_then_the_servers_answer(cli: CLI) -> None:
    result = cli("load", "session", "--filters", "descripton.icontains=CA1")
    hint = "openapi.yaml knows no field 'descripton' of session (did you mean 'description'?)"
    warning, error = result.err.splitlines()
    assert warning == (
        f"warning: filter 'descripton.icontains': {hint}; sent as given, in case the server "
        "knows it"
    )
    assert error.startswith("error: the server rejected the request (400 from http://")
    assert error.endswith(f"Invalid filter field: descripton; {hint}"), error
    assert result.code == 1


def test_a_known_sort_sends_no_warning(cli: CLI) -> None:
    result = cli("load", "session", "--sort", "-name", "--limit", "2")
    assert result.code == 0 and "warning" not in result.err


def test_unknown_sort_and_include_names_are_sent_after_a_warning(cli: CLI) -> None:
    sort = cli("load", "session", "--sort", "-nmae")
    assert sort.code == 1
    warning, error = sort.err.splitlines()
    hint = "openapi.yaml knows no field 'nmae' of session (did you mean 'name'?)"
    assert warning == f"warning: sort '-nmae': {hint}; sent as given, in case the server knows it"
    assert error.startswith("error: the server rejected the request (400 from http://")
    assert error.endswith(f"): Invalid filter field: ['-nmae']; {hint}"), error
    include = cli("load", "session", "--include", "projcts")
    assert include.code == 1
    warning, error = include.err.splitlines()
    assert warning.startswith("warning: include 'projcts': openapi.yaml knows no field 'projcts'")
    assert error.endswith(
        '): "projcts" is not a valid field name for "session"; openapi.yaml knows no field '
        "'projcts' of session (did you mean 'projects' or 'epochs'?)"
    ), error
