"""save_many over HTTP: creates and updates, every row checked before anything is sent, bounded
concurrency, the per-row report (written as rows complete), resumed runs, and runs that stop."""

from __future__ import annotations

import asyncio
import csv
import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, InvalidDataError, UsageError
from brainstem_api_tools.bulk import SaveManyResult
from brainstem_api_tools.names import ByName
from brainstem_api_tools.rows import Row

TOKEN = "sandbox-test-token"  # tests/conftest.py's SANDBOX_TOKEN

SESSIONS = "/api/private/stem/session/"
MISSING = "3fa85f64-5717-4562-b3fc-2c963f66afa6"  # a well-formed id no record has


@pytest.fixture
def project(writer: BrainstemClient) -> str:
    return str(writer.load("project", limit=1).json()["projects"][0]["id"])


def sessions(project: str, count: int, prefix: str = "Imported") -> list[dict[str, Any]]:
    return [{"name": f"{prefix} {i}", "projects": [project]} for i in range(count)]


def stored_names(sandbox: Any) -> list[str]:
    return [record["name"] for record in sandbox.store.all("session")]


def writes(sandbox: Any) -> int:
    return sandbox.requests.count("POST", SESSIONS) + sandbox.requests.count(
        "PATCH", SESSIONS + "*"
    )


def read_report(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        with path.open(newline="") as f:
            return list(csv.DictReader(f))
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_rows_with_an_id_update_the_others_create(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    existing = writer.load("session", limit=2).json()["sessions"]
    rows = [
        {"name": "New A", "projects": [project], "tags": ("rat",)},
        {"id": existing[0]["id"], "description": "changed by save_many"},
        {"name": "New B", "projects": [project]},
        {"id": existing[1]["id"], "name": "Renamed"},
    ]
    result = writer.save_many("session", rows)
    assert isinstance(result, SaveManyResult) and result.ok
    assert [(o.row, o.status) for o in result.rows] == [
        (0, "created"),
        (1, "updated"),
        (2, "created"),
        (3, "updated"),
    ]
    assert result.counts == {"created": 2, "updated": 2}
    assert result.summary() == "4 rows: 2 created, 2 updated"
    assert [o.id for o in result.updated] == [existing[0]["id"], existing[1]["id"]]
    for outcome, row in zip(result.created, (rows[0], rows[2]), strict=True):
        stored = clean_sandbox.store.get("session", outcome.id)
        assert stored is not None and stored["name"] == row["name"]
    assert writer.load("session", id=existing[0]["id"]).json()["session"]["description"] == (
        "changed by save_many"
    )
    assert writer.load("session", id=existing[1]["id"]).json()["session"]["name"] == "Renamed"
    assert clean_sandbox.requests.count("POST", SESSIONS) == 2
    assert clean_sandbox.requests.count("PATCH", SESSIONS + "*") == 2


def test_the_async_client_saves_the_same_way(clean_sandbox: Any, project: str) -> None:
    async def main() -> SaveManyResult:
        async with AsyncBrainstemClient(token=TOKEN, url=clean_sandbox.url) as client:
            return await client.save_many("session", sessions(project, 20, "Async"))

    result = asyncio.run(main())
    assert result.counts == {"created": 20}
    assert sorted(stored_names(clean_sandbox)).count("Async 7") == 1
    assert {o.id for o in result.created} <= {r["id"] for r in clean_sandbox.store.all("session")}


def test_every_invalid_row_is_reported_and_nothing_is_sent(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    rows = [
        *sessions(project, 3),
        {"name": "No project"},
        {"name": "Typo", "projects": [project], "descripton": "x"},
        {"id": "rat-01", "name": ""},
        "not a dict",
    ]
    with pytest.raises(InvalidDataError) as info:
        writer.save_many("session", rows)
    assert info.value.errors == {
        "3": ["projects: This field is required."],
        "4": [
            'descripton: Unknown field (the server would ignore it). Did you mean "description"?'
        ],
        "5": [
            "id: id 'rat-01' of session is not a UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6); "
            "to find the session with this name: get('session', name='rat-01') (brainstem get "
            "session rat-01 on the command line)",
            "name: This field may not be blank.",
        ],
        "6": ["non_field_errors: Invalid data. Expected a dictionary, but got str."],
    }
    message = str(info.value)
    assert message.startswith("invalid data in 4 of 7 session rows, nothing was sent: row 3: ")
    assert message.endswith("(fix them, or pass skip_invalid=True to send the valid rows)")
    assert writes(clean_sandbox) == 0


def test_skip_invalid_sends_the_valid_rows(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    rows = [*sessions(project, 2), {"name": "No project"}]
    result = writer.save_many("session", rows, skip_invalid=True)
    assert [(o.row, o.status) for o in result.rows] == [
        (0, "created"),
        (1, "created"),
        (2, "invalid"),
    ]
    assert result.invalid[0].error == "projects: This field is required."
    assert not result.ok
    assert clean_sandbox.requests.count("POST", SESSIONS) == 2


def test_a_dry_run_plans_and_sends_nothing(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    rows = [*sessions(project, 1), {"id": MISSING, "description": "x"}, {"name": "No project"}]
    result = writer.save_many("session", rows, dry_run=True)
    assert [(o.row, o.status, o.id) for o in result.rows] == [
        (0, "create", None),
        (1, "update", MISSING),
        (2, "invalid", None),
    ]
    assert result.summary() == "3 rows: 1 to create, 1 to update, 1 invalid"
    assert not result.ok and writes(clean_sandbox) == 0


def test_validate_false_sends_what_the_spec_does_not_know(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    rows = [{"name": "Newer", "projects": [project], "field_from_the_future": 1}]
    with pytest.raises(InvalidDataError):
        writer.save_many("session", rows)
    result = writer.save_many("session", rows, validate=False)
    assert result.counts == {"created": 1}  # the sandbox, as DRF, drops the unknown field


def test_rows_go_out_concurrently_up_to_the_limit(make_sandbox: Callable[..., Any]) -> None:
    slow = make_sandbox(records=5, latency_ms=30)

    class Counting(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self.now = self.most = 0
            self.lock = threading.Lock()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
            try:
                return super().handle_request(request)
            finally:
                with self.lock:
                    self.now -= 1

    transport = Counting()
    with BrainstemClient(token=TOKEN, url=slow.url, transport=transport) as client:
        project_id = client.load("project", limit=1).json()["projects"][0]["id"]
        result = client.save_many("session", sessions(project_id, 24), concurrency=3)
        assert result.counts == {"created": 24}
        assert transport.most == 3
        result = client.save_many("session", sessions(project_id, 24, "Default"))
        assert transport.most == 8  # the client's concurrency, 8 by default


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_the_report_is_written_as_rows_complete(
    writer: BrainstemClient, project: str, tmp_path: Path, suffix: str
) -> None:
    report = tmp_path / f"report{suffix}"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int | None) -> None:
        if done:  # every answered row is on disk before the next is reported
            lines = report.read_text().splitlines()
            seen.append((done, len(lines) - (suffix == ".csv")))
        assert total == 5  # the rows to send

    rows = [*sessions(project, 5), {"name": "No project"}]
    result = writer.save_many("session", rows, skip_invalid=True, report=report, progress=progress)
    assert seen == [(n, n + 1) for n in range(1, 6)]  # the invalid row is written first
    entries = read_report(report)
    assert [e["row"] for e in entries] == (
        ["0", "1", "2", "3", "4", "5"] if suffix == ".csv" else list(range(6))
    )
    by_row = {int(e["row"]): e for e in entries}
    assert by_row[5]["status"] == "invalid"
    assert by_row[5]["error"] == "projects: This field is required."
    assert {by_row[o.row]["id"] for o in result.created} == {o.id for o in result.created}
    assert not (tmp_path / f"report{suffix}.inflight").exists()


@pytest.mark.parametrize(
    "content",
    [
        "row,status,id,error\n0,created,x,\n",  # what a run did
        "row,status,id,error\n0,uncertain,,\n",  # what it may have done
        "name,projects\nS1,x\n",  # not a report at all: someone's data
    ],
)
def test_a_file_worth_keeping_is_never_overwritten(
    writer: BrainstemClient, clean_sandbox: Any, project: str, tmp_path: Path, content: str
) -> None:
    report = tmp_path / "report.csv"
    report.write_text(content)
    with pytest.raises(UsageError, match=r"report\.csv already exists and holds what an earlier"):
        writer.save_many("session", sessions(project, 2), report=report)
    assert report.read_text() == content
    assert writes(clean_sandbox) == 0


def test_a_report_of_nothing_done_is_written_over(
    writer: BrainstemClient, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.jsonl"
    rows = [*sessions(project, 2), {"name": "No project"}]
    with pytest.raises(InvalidDataError):
        writer.save_many("session", rows, report=report)
    assert [json.loads(line)["status"] for line in report.read_text().splitlines()] == ["invalid"]
    rows[2]["projects"] = [project]
    assert writer.save_many("session", rows, report=report).counts == {"created": 3}
    (report.parent / "plan.csv").write_text("row,status,id,error\n0,create,,\n")
    writer.save_many("session", rows, report=report.parent / "plan.csv", dry_run=True)


def test_a_resumed_run_sends_only_what_is_not_done(
    writer: BrainstemClient, clean_sandbox: Any, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    rows = sessions(project, 4)
    rows[2] = {"name": "Bad project", "projects": [MISSING]}  # the server refuses it: 400
    first = writer.save_many("session", rows, report=report)
    assert first.counts == {"created": 3, "failed": 1}
    assert "projects" in (first.failed[0].error or "") and "400" in (first.failed[0].error or "")

    rows[2] = {"name": "Fixed project", "projects": [project]}
    clean_sandbox.requests.clear()
    second = writer.save_many("session", rows, resume=report)  # the report is updated
    assert clean_sandbox.requests.count("POST", SESSIONS) == 1
    assert [(o.row, o.status) for o in second.rows] == [
        (0, "skipped"),
        (1, "skipped"),
        (2, "created"),
        (3, "skipped"),
    ]
    assert second.skipped[0].id == first.created[0].id
    assert second.skipped[0].error == "created in an earlier run"
    assert [e["status"] for e in read_report(report)] == [
        "skipped",
        "skipped",
        "created",
        "skipped",
    ]

    clean_sandbox.requests.clear()
    third = writer.save_many("session", rows, resume=report)
    assert third.counts == {"skipped": 4} and third.ok
    assert len(clean_sandbox.requests) == 0
    assert sorted(
        n for n in stored_names(clean_sandbox) if n.startswith(("Imported", "Fixed"))
    ) == [
        "Fixed project",
        "Imported 0",
        "Imported 1",
        "Imported 3",
    ]


def test_uncertain_rows_are_never_sent_again_until_marked(
    writer: BrainstemClient, clean_sandbox: Any, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.jsonl"
    rows = sessions(project, 3)
    lines = [
        {"row": 0, "status": "created", "id": MISSING, "error": None},
        {"row": 1, "status": "uncertain", "id": None, "error": "502 Bad Gateway ..."},
    ]
    report.write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = writer.save_many("session", rows, resume=report)
    assert [(o.row, o.status) for o in result.rows] == [
        (0, "skipped"),
        (1, "uncertain"),
        (2, "created"),
    ]
    assert result.uncertain[0].error == "502 Bad Gateway ..."  # kept as it was
    assert clean_sandbox.requests.count("POST", SESSIONS) == 1

    # Checked: row 1 was not saved. Marked failed, the next run sends it.
    entries = read_report(report)
    entries[1]["status"] = "failed"
    report.write_text("".join(json.dumps(e) + "\n" for e in entries))
    result = writer.save_many("session", rows, resume=report)
    assert [(o.row, o.status) for o in result.rows] == [
        (0, "skipped"),
        (1, "created"),
        (2, "skipped"),
    ]
    assert stored_names(clean_sandbox).count("Imported 1") == 1


def test_resume_from_a_result(writer: BrainstemClient, clean_sandbox: Any, project: str) -> None:
    rows = sessions(project, 3)
    rows[1]["projects"] = [MISSING]
    first = writer.save_many("session", rows)
    assert first.counts == {"created": 2, "failed": 1}
    rows[1]["projects"] = [project]
    second = writer.save_many("session", rows, resume=first)
    assert second.counts == {"created": 1, "skipped": 2}
    assert clean_sandbox.requests.count("POST", SESSIONS) == 4


@pytest.mark.parametrize(
    ("report", "message"),
    [
        ("row,status,id,error\n9,created,x,\n", "reports rows these records do not have (9)"),
        ("row,status,id,error\n0,create,,\n", "this is the plan of a dry run"),
        ("row,status,id,error\n0,done,,\n", "status 'done' is none of created, updated"),
        ("row,status,id,error\nfirst,created,,\n", "row 'first' is not a row number"),
        ("name,projects\nA,x\n", "a report's first line names its columns: row,status,id,error"),
        ('{"row": 0, "status": "created"}\n{"row": 1,\n', "line 2 of the report is not JSON"),
    ],
)
def test_a_report_that_does_not_fit_is_refused(
    writer: BrainstemClient,
    clean_sandbox: Any,
    project: str,
    tmp_path: Path,
    report: str,
    message: str,
) -> None:
    path = tmp_path / ("report.jsonl" if report.startswith("{") else "report.csv")
    path.write_text(report)
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        writer.save_many("session", sessions(project, 2), resume=path)
    assert path.read_text() == report and writes(clean_sandbox) == 0


def test_a_dry_run_does_not_write_over_the_report_it_resumes(
    writer: BrainstemClient, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    writer.save_many("session", sessions(project, 2), report=report)
    before = report.read_text()
    plan = writer.save_many("session", sessions(project, 3), resume=report, dry_run=True)
    assert [o.status for o in plan.rows] == ["skipped", "skipped", "create"]
    assert report.read_text() == before
    with pytest.raises(UsageError, match="a dry run does not write its plan over the report"):
        writer.save_many(
            "session", sessions(project, 3), resume=report, report=report, dry_run=True
        )


def test_a_refused_token_stops_the_run(clean_sandbox: Any, project: str) -> None:
    with BrainstemClient(token="not-the-token", url=clean_sandbox.url) as client:
        result = client.save_many("session", sessions(project, 40), concurrency=4)
    assert result.counts == {"failed": 40}
    sent = clean_sandbox.requests.count("POST", SESSIONS)
    assert 1 <= sent <= 4  # the rows already in flight; the rest were never sent
    not_sent = [o for o in result.failed if (o.error or "").startswith("not sent: the run stopped")]
    assert len(not_sent) == 40 - sent
    assert "401 Unauthorized" in (not_sent[0].error or "")


def test_an_unreachable_server_stops_the_run() -> None:
    with BrainstemClient(token=TOKEN, url="http://127.0.0.1:9", retries=0) as client:
        result = client.save_many("session", sessions(MISSING, 20), concurrency=2)
    assert result.counts == {"failed": 20}
    assert "could not connect" in (result.failed[0].error or "")
    assert (
        sum("not sent: the run stopped after row" in (o.error or "") for o in result.failed) >= 18
    )


def test_after_ctrl_c_the_rows_in_flight_are_waited_for_and_the_rest_not_sent(
    writer: BrainstemClient, clean_sandbox: Any, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.csv"
    rows = sessions(project, 60)
    interrupted = []

    def ctrl_c_at_ten(done: int, total: int | None) -> None:
        if done == 10 and not interrupted:
            interrupted.append(done)
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        writer.save_many("session", rows, report=report, progress=ctrl_c_at_ten)
    entries = read_report(report)
    assert [int(e["row"]) for e in entries] == list(range(60))  # every row has its line
    created = [e for e in entries if e["status"] == "created"]
    assert 10 <= len(created) <= 10 + 8  # and those in flight, waited for
    assert {e["status"] for e in entries} == {"created", "failed"}
    assert all(
        e["error"] == "not sent: the run was interrupted"
        for e in entries
        if e["status"] == "failed"
    )
    assert len(stored_names(clean_sandbox)) == len(set(stored_names(clean_sandbox)))
    assert clean_sandbox.requests.count("POST", SESSIONS) == len(created)

    result = writer.save_many("session", rows, resume=report)
    assert result.counts == {"created": 60 - len(created), "skipped": len(created)}
    names = stored_names(clean_sandbox)
    assert all(names.count(f"Imported {i}") == 1 for i in range(60))


def test_a_cancelled_async_run_waits_for_its_rows_in_flight(
    clean_sandbox: Any, project: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.jsonl"

    async def main() -> None:
        async with AsyncBrainstemClient(token=TOKEN, url=clean_sandbox.url) as client:
            started = asyncio.Event()

            def progress(done: int, total: int | None) -> None:
                if done >= 5:
                    started.set()

            task = asyncio.ensure_future(
                client.save_many("session", sessions(project, 80), report=report, progress=progress)
            )
            await started.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    entries = read_report(report)
    assert sorted(e["row"] for e in entries) == list(range(80))
    statuses = {e["status"] for e in entries}
    assert statuses <= {"created", "failed"}
    created = sum(e["status"] == "created" for e in entries)
    assert clean_sandbox.requests.count("POST", SESSIONS) == created


def test_records_are_rows_or_dicts(writer: BrainstemClient, project: str) -> None:
    rows = [Row(7, {"name": "Seventh", "projects": [project]}), Row(9, {"name": ""})]
    with pytest.raises(InvalidDataError) as info:
        writer.save_many("session", rows)
    assert list(info.value.errors) == ["9"]
    with pytest.raises(UsageError, match=r"records must be a list .* not a dict"):
        writer.save_many("session", {"name": "One", "projects": [project]})
    with pytest.raises(UsageError, match="two records are numbered 1"):
        writer.save_many("session", [Row(1, {}), {"name": "x"}])
    with pytest.raises(UsageError, match="concurrency must be a whole number >= 1"):
        writer.save_many("session", [], concurrency=0)


def test_related_records_by_name_are_looked_up_once_for_all_rows(
    writer: BrainstemClient, clean_sandbox: Any, project: str, tmp_path: Path
) -> None:
    name = clean_sandbox.store.get("project", project)["name"]
    rows: list[dict[str, Any]] = [
        {"name": "By marker", "projects": [ByName(name)]},
        {"name": "By key", "projects:name": [name]},
        *({"name": f"By key {i}", "projects:name": name} for i in range(10)),
    ]
    result = writer.save_many("session", rows, report=tmp_path / "report.csv")
    assert result.counts == {"created": 12}
    for outcome in result.created:
        assert clean_sandbox.store.get("session", outcome.id)["projects"] == [project]
    assert clean_sandbox.requests.count("GET", "/api/private/stem/project/") == 1 + 1  # + fixture

    clean_sandbox.requests.clear()  # a resumed run looks up no name of a row it skips
    again = writer.save_many("session", rows, resume=tmp_path / "report.csv")
    assert again.counts == {"skipped": 12} and len(clean_sandbox.requests) == 0


def test_a_name_that_does_not_resolve_makes_its_row_invalid(
    writer: BrainstemClient, clean_sandbox: Any, project: str
) -> None:
    rows = [
        {"name": "Fine", "projects": [project]},
        {"name": "Nowhere", "projects:name": "No such project"},
    ]
    with pytest.raises(InvalidDataError) as info:
        writer.save_many("session", rows)
    (messages,) = info.value.errors.values()
    assert list(info.value.errors) == ["1"]
    assert messages[0].startswith("projects:name: No project is named 'No such project'")
    assert not any(m.startswith("projects: ") for m in messages)  # not "required" as well
    assert writes(clean_sandbox) == 0
    plan = writer.save_many("session", rows, dry_run=True)
    assert [o.status for o in plan.rows] == ["create", "invalid"]
