"""`brainstem import`: rows checked first (problems by spreadsheet row), the plan of a dry run,
the report (stdout or a file), exit codes, stdin, and a resumed run after a fix."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from .conftest import CLI

SESSIONS = "/api/private/stem/session/"
MISSING = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def a_project(sandbox: Any) -> str:
    return str(sandbox.store.all("project")[0]["id"])


def csv_file(tmp_path: Path, text: str, name: str = "sessions.csv") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def posts(sandbox: Any) -> int:
    return int(sandbox.requests.count("POST", SESSIONS))


def test_invalid_rows_are_listed_by_spreadsheet_row_and_nothing_is_sent(
    cli: CLI, clean: Any, tmp_path: Path
) -> None:
    project = a_project(clean)
    source = csv_file(
        tmp_path,
        "name,projects,date_time,descripton\n"
        f"Fine,{project},,\n"
        f"No date,{project},yesterday,\n"
        f'"Two\nlines",,,typo\n',
    )
    result = cli("import", "session", str(source), "--report", str(tmp_path / "r.csv"))
    assert result.code == 2, result
    assert result.err.splitlines() == [
        "  row 3 invalid: date_time: Datetime has wrong format. Use one of these formats instead: "
        "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
        '  row 4 invalid: descripton: Unknown field (the server would ignore it). Did you mean "d'
        'escription"?; projects: This field is required.',
        f"error: 2 of 3 rows of {source} are invalid, nothing was sent: fix them, or pass "
        "--skip-invalid to send the valid rows",
    ]
    assert posts(clean) == 0
    with (tmp_path / "r.csv").open() as f:
        assert [(e["row"], e["status"]) for e in csv.DictReader(f)] == [
            ("3", "invalid"),
            ("4", "invalid"),
        ]


def test_a_dry_run_prints_the_plan_and_needs_no_login(
    anonymous: CLI, clean: Any, tmp_path: Path
) -> None:
    project = a_project(clean)
    existing = clean.store.all("session")[0]["id"]
    source = csv_file(
        tmp_path, f"id,name,projects\n,New,{project}\n{existing},Renamed,\n,Bad,nope\n"
    )
    result = anonymous("import", "session", str(source), "--dry-run")
    assert result.code == 2, result
    plan = [json.loads(line) for line in result.out.splitlines()]
    assert plan == [
        {"row": 2, "status": "create", "id": None, "error": None},
        {"row": 3, "status": "update", "id": existing, "error": None},
        {
            "row": 4,
            "status": "invalid",
            "id": None,
            "error": "projects: “nope” is not a valid UUID.",
        },
    ]
    assert (
        f"Dry run of {source}: 3 rows: 1 to create, 1 to update, 1 invalid; nothing was sent"
        in (result.err)
    )
    assert len(clean.requests) == 0
    skipping = anonymous("import", "session", str(source), "--dry-run", "--skip-invalid")
    assert skipping.code == 0


def test_an_import_writes_its_report_and_a_summary(cli: CLI, clean: Any, tmp_path: Path) -> None:
    project = a_project(clean)
    existing = clean.store.all("session")[0]["id"]
    source = csv_file(
        tmp_path,
        f'id,name,projects,tags\n,Imported A,{project},"rat, ca1"\n{existing},,,[]\n'
        f",Imported B,{project},\n",
    )
    report = tmp_path / "report.csv"
    result = cli("import", "session", str(source), "--report", str(report))
    assert result.code == 0, result
    assert result.out == ""
    assert result.err == (
        f"Imported sessions from {source}: 3 rows: 2 created, 1 updated (report: {report})\n"
    )
    with report.open() as f:
        entries = list(csv.DictReader(f))
    assert [(e["row"], e["status"]) for e in entries] == [
        ("2", "created"),
        ("3", "updated"),
        ("4", "created"),
    ]
    record = clean.store.get("session", entries[0]["id"])
    assert record["name"] == "Imported A" and record["tags"] == ["rat", "ca1"]
    assert clean.store.get("session", existing)["tags"] == []


def test_the_report_goes_to_stdout_and_the_records_may_come_from_stdin(
    cli: CLI, clean: Any
) -> None:
    project = a_project(clean)
    lines = json.dumps({"name": "From stdin", "projects": [project]}) + "\n"
    result = cli("import", "session", "-", input=lines)
    assert result.code == 0, result
    (entry,) = [json.loads(line) for line in result.out.splitlines()]
    assert entry["row"] == 1 and entry["status"] == "created"
    assert clean.store.get("session", entry["id"])["name"] == "From stdin"
    assert result.err == "Imported sessions from stdin: 1 row: 1 created\n"


def test_failed_rows_exit_1_and_a_resumed_run_sends_only_them(
    cli: CLI, clean: Any, tmp_path: Path
) -> None:
    project = a_project(clean)
    rows = [f"Resumable {n},{project}" for n in range(5)]
    rows[3] = f"Resumable 3,{MISSING}"  # no such project: the server refuses it (400)
    source = csv_file(tmp_path, "name,projects\n" + "\n".join(rows) + "\n")
    report = tmp_path / "report.jsonl"
    first = cli("import", "session", str(source), "--report", str(report), "--concurrency", "2")
    assert first.code == 1, first
    assert f"5 rows: 4 created, 1 failed (report: {report})" in first.err
    assert "  row 5 failed: 400 Bad Request from POST" in first.err
    assert (
        "Failed rows were not saved. Fix what their errors point to, then resume: brainstem "
        f"import session {source} --resume {report}"
    ) in first.err

    source.write_text(source.read_text().replace(MISSING, project))
    clean.requests.clear()
    second = cli("import", "session", str(source), "--resume", str(report))
    assert second.code == 0, second
    assert posts(clean) == 1
    assert "5 rows: 1 created, 4 skipped (done)" in second.err
    statuses = [json.loads(line)["status"] for line in report.read_text().splitlines()]
    assert statuses == ["skipped", "skipped", "skipped", "created", "skipped"]


def test_skip_invalid_sends_the_rest_and_says_which_rows_were_left(
    cli: CLI, clean: Any, tmp_path: Path
) -> None:
    project = a_project(clean)
    source = csv_file(tmp_path, f"name,projects\nKept,{project}\nLeft,\n")
    result = cli(
        "import", "session", str(source), "--skip-invalid", "--report", str(tmp_path / "r.csv")
    )
    assert result.code == 0, result
    assert "2 rows: 1 created, 1 invalid" in result.err
    assert "  row 3 invalid: projects: This field is required." in result.err
    assert posts(clean) == 1


def test_what_would_lose_or_duplicate_work_is_refused(
    cli: CLI, anonymous: CLI, clean: Any, tmp_path: Path
) -> None:
    project = a_project(clean)
    source = csv_file(tmp_path, f"name,projects\nOnce,{project}\n")
    report = tmp_path / "report.csv"
    assert cli("import", "session", str(source), "--report", str(report)).code == 0
    again = cli("import", "session", str(source), "--report", str(report))
    assert again.code == 2
    assert f"error: {report} already exists and holds what an earlier run did" in again.err
    no_login = anonymous("import", "session", str(source))
    assert no_login.code == 4 and "not logged in" in no_login.err
    missing = cli("import", "session", str(tmp_path / "nope.csv"))
    assert missing.code == 2 and "cannot read" in missing.err
    assert posts(clean) == 1


def test_a_csv_gives_related_records_by_name(cli: CLI, clean: Any, tmp_path: Path) -> None:
    project = clean.store.all("project")[0]
    source = csv_file(
        tmp_path,
        "name,projects:name\n"
        f"By name,{project['name']}\n"
        f'By names,"[""{project["name"]}""]"\n'
        "Nowhere,No such project\n",
    )
    plan = cli("import", "session", str(source), "--dry-run")  # names are looked up: a login
    assert plan.code == 2, plan
    assert [json.loads(line)["status"] for line in plan.out.splitlines()] == [
        "create",
        "create",
        "invalid",
    ]
    assert "  row 4 invalid: projects:name: No project is named 'No such project'" in plan.err
    result = cli("import", "session", str(source), "--skip-invalid")
    assert result.code == 0, result
    entries = [json.loads(line) for line in result.out.splitlines()]
    created = [e for e in entries if e["status"] == "created"]
    assert sorted(e["row"] for e in created) == [2, 3]
    for entry in created:
        assert clean.store.get("session", entry["id"])["projects"] == [project["id"]]
