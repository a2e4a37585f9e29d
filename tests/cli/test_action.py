"""`brainstem action`: custom actions from the shell, sent once."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import CLI


@pytest.fixture
def pending(clean: Any, cli: CLI) -> str:
    result = cli("load", "speciesapproval", "--filters", "status=Pending", "--format", "jsonl")
    assert result.code == 0, result
    import json

    return str(json.loads(result.out.splitlines()[0])["id"])


def test_accept_an_approval(clean: Any, cli: CLI, pending: str) -> None:
    clean.requests.clear()
    result = cli("action", "speciesapproval", "accept", "--id", pending)
    assert result.code == 0, result
    assert f"Done: accept on speciesapproval {pending}" in result.err
    assert (
        clean.requests.count("PATCH", f"/api/private/taxonomies/speciesapproval/{pending}/accept/")
        == 1
    )
    after = cli("load", "speciesapproval", "--id", pending).json()
    assert after["species_approval"]["status"] == "Accepted"
    # reviewing it twice is refused by the server: exit 1, one line
    again = cli("action", "speciesapproval", "accept", "--id", pending)
    assert again.code == 1 and "403 Forbidden" in again.err and "Traceback" not in again.err


def test_unknown_action_lists_the_known_ones(cli: CLI, cli_sandbox: Any) -> None:
    cli_sandbox.requests.clear()
    result = cli(
        "action", "speciesapproval", "approve", "--id", "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    )
    assert result.code == 2
    assert "has no action 'approve'" in result.err and "accept, reject" in result.err
    assert cli_sandbox.requests.entries() == []


def test_action_with_data(clean: Any, cli: CLI) -> None:
    log = cli("load", "procedurelog", "--limit", "1", "--format", "jsonl")
    import json

    log_id = json.loads(log.out.splitlines()[0])["id"]
    entry = '{"date_time": "2024-05-01T10:00:00Z", "notes": "from the CLI"}'
    result = cli("action", "procedurelog", "add_entry", "--id", log_id, "--data", entry)
    assert result.code == 0, result
    entries = result.json()["procedure_log"]["entries"]
    assert any(e.get("notes") == "from the CLI" for e in entries)
