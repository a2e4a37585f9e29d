"""`brainstem get MODEL NAME`, and `REL:name` keys in `brainstem save --data`."""

from __future__ import annotations

import json
from typing import Any

from .conftest import CLI

VISUAL = "Visual cortex plasticity"  # a seeded project


def project_id(sandbox: Any, name: str) -> str:
    return next(str(p["id"]) for p in sandbox.store.all("project") if p["name"] == name)


def test_get_prints_the_one_record(cli: CLI, cli_sandbox: Any) -> None:
    result = cli("get", "project", VISUAL, "--fields", "id,name", "--format", "jsonl")
    assert result.code == 0, result
    assert result.json() == {"id": project_id(cli_sandbox, VISUAL), "name": VISUAL}
    record = cli("get", "project", VISUAL).json()["project"]
    assert record == cli("load", "project", "--id", record["id"]).json()["project"]


def test_get_without_a_match_lists_the_candidates(cli: CLI, cli_sandbox: Any) -> None:
    result = cli("get", "project", "visual cortex")
    assert result.code == 1 and result.out == ""
    assert result.err == (
        f"error: no project is named 'visual cortex' on the private portal of {cli_sandbox.url}/ "
        "(names match exactly, case included); one project record has a name containing it in "
        f"any case: '{VISUAL}' (id {project_id(cli_sandbox, VISUAL)}); give the name exactly\n"
    )


def test_get_with_several_matches_says_how_to_pick_one(clean: Any, cli: CLI) -> None:
    setup_type = str(clean.store.all("setuptype")[0]["id"])
    data = json.dumps({"name": "Twin rig", "setup_type": setup_type})
    made = [cli("save", "setup", "--data", data).json()["setup"]["id"] for _ in range(2)]
    result = cli("get", "setup", "Twin rig")
    assert result.code == 1, result
    assert result.err.startswith("error: 2 setup records have the name 'Twin rig'")
    assert all(f"'Twin rig' (id {i})" in result.err for i in made)
    assert result.err.endswith("; pick one by its id (brainstem load setup --id ID)\n")


def test_get_of_a_model_without_names_is_a_usage_error(cli: CLI, cli_sandbox: Any) -> None:
    cli_sandbox.requests.clear()
    result = cli("get", "behavior", "x")
    assert result.code == 2
    assert "behavior records have no name to find them by" in result.err
    assert cli_sandbox.requests.entries() == []


def test_save_with_projects_by_name(clean: Any, cli: CLI) -> None:
    visual, replay = project_id(clean, VISUAL), project_id(clean, "Hippocampal replay")
    data = {"name": "By name", "projects:name": [VISUAL, "Hippocampal replay"]}
    clean.requests.clear()
    planned = cli("save", "session", "--data", json.dumps(data), "--dry-run")
    assert planned.code == 0, planned
    assert json.loads(planned.out.split("\n", 1)[1])["projects"] == [visual, replay]
    assert f"projects:name '{VISUAL}': {visual}\n" in planned.err  # the ids found, said
    assert {e.method for e in clean.requests.entries()} == {"GET"}
    saved = cli("save", "session", "--data", json.dumps(data), "--fields", "projects")
    assert saved.code == 0, saved
    assert saved.json()["session"]["projects"] == [visual, replay]


def test_save_with_an_unresolved_name_sends_nothing(clean: Any, cli: CLI) -> None:
    clean.requests.clear()
    data = {"name": "Never", "projects:name": "visual cortex plasticity"}
    result = cli("save", "session", "--data", json.dumps(data))
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1
    assert "projects:name: No project is named 'visual cortex plasticity'" in result.err
    assert {e.method for e in clean.requests.entries()} == {"GET"}
