"""`brainstem save` / `brainstem action`: --data is checked first; --dry-run; --no-validate."""

from __future__ import annotations

import json
from typing import Any

from .conftest import CLI

UNKNOWN = (
    'descripton: Unknown field (the server would ignore it). Did you mean "description"? '
    "(for a field this client does not know yet, use --no-validate)"
)


def project_of(sandbox: Any) -> str:
    return str(sandbox.store.all("project")[0]["id"])


def test_invalid_data_is_one_line_exit_2_and_nothing_sent(cli: CLI, cli_sandbox: Any) -> None:
    cli_sandbox.requests.clear()
    data = {"name": "x", "projects": [project_of(cli_sandbox)], "descripton": "oops"}
    for extra in ([], ["--dry-run"]):
        result = cli("save", "session", "--data", json.dumps(data), *extra)
        assert result.code == 2, result
        assert result.out == ""
        assert result.err == (
            f"error: invalid data for creating a session, nothing was sent: {UNKNOWN}\n"
        )
    assert cli_sandbox.requests.entries() == []


def test_dry_run_prints_the_request_and_sends_nothing(cli: CLI, cli_sandbox: Any) -> None:
    project = project_of(cli_sandbox)
    cli_sandbox.requests.clear()
    data = {"name": "Planned", "projects": [project], "date_time": "2024-05-01T10:00:00Z"}
    result = cli("save", "session", "--data", json.dumps(data), "--dry-run")
    assert result.code == 0, result
    method_url, body = result.out.split("\n", 1)
    assert method_url == f"POST {cli_sandbox.url}/api/private/stem/session/"
    assert json.loads(body) == data
    assert result.err == "Dry run: nothing was sent\n"
    session = str(cli_sandbox.store.all("session")[0]["id"])
    update = cli("save", "session", "--id", session, "--data", '{"tags": ["a"]}', "--dry-run")
    assert update.code == 0, update
    assert update.out.startswith(f"PATCH {cli_sandbox.url}/api/private/stem/session/{session}/\n")
    assert cli_sandbox.requests.entries() == []


def test_dry_run_needs_no_login(anonymous: CLI, cli_sandbox: Any) -> None:
    result = anonymous(
        "save", "session", "--data", f'{{"name": "x", "projects": ["{project_of(cli_sandbox)}"]}}',
        "--dry-run",
    )  # fmt: skip
    assert result.code == 0, result
    assert "Authorization" not in result.out and "Bearer" not in result.out


def test_no_validate_sends_the_unknown_field(cli: CLI, clean: Any) -> None:
    data = {"name": "Newer", "projects": [project_of(clean)], "descripton": "dropped"}
    planned = cli("save", "session", "--data", json.dumps(data), "--dry-run", "--no-validate")
    assert planned.code == 0 and json.loads(planned.out.split("\n", 1)[1]) == data
    assert planned.err == "Dry run: nothing was sent (--data was not checked)\n"
    clean.requests.clear()
    result = cli("save", "session", "--data", json.dumps(data), "--no-validate")
    assert result.code == 0, result
    assert clean.requests.count("POST", "/api/private/stem/session/") == 1
    record = result.json()["session"]
    assert record["description"] == "" and "descripton" not in record  # DRF drops it


def test_action_data_is_checked(cli: CLI, clean: Any) -> None:
    log = str(clean.store.all("procedurelog")[0]["id"])
    clean.requests.clear()
    bad = cli("action", "procedurelog", "add_entry", "--id", log, "--data", '{"notes": "x"}')
    assert bad.code == 2 and bad.err == (
        "error: invalid data for the add_entry action of procedurelog, nothing was sent: "
        "date_time: This field is required.\n"
    )
    entry = '{"date_time": "2024-05-01T10:00:00Z", "notes": "planned"}'
    planned = cli("action", "procedurelog", "add_entry", "--id", log, "--data", entry, "--dry-run")
    assert planned.code == 0, planned
    assert planned.out.startswith(
        f"PATCH {clean.url}/api/private/modules/procedurelog/{log}/add_entry/\n"
    )
    assert clean.requests.entries() == []
    sent = cli(
        "action", "procedurelog", "add_entry", "--id", log, "--data", '{"notes": "x"}',
        "--no-validate",
    )  # fmt: skip
    assert sent.code == 1 and "400" in sent.err and "date_time: This field is required." in sent.err
    assert "Traceback" not in sent.err
