"""Imports under the sandbox's seeded faults: no row is written twice, rows whose answer was
lost are reported uncertain, and resumed runs (after the uncertain rows are checked and marked,
as a person would) complete the import without a duplicate; also after the importing process is
killed outright."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.sandbox.faults import FAULT_KINDS

from .conftest import FAST_RETRIES, TOKEN, brainstem

COLLECTIONS = "/api/private/stem/collection/"
WRITES = ("writes-before", "writes-after")

BRAINSTEM = str(Path(sys.executable).parent / "brainstem")  # a real process: kill -9


def read_report(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as f:
        return list(csv.DictReader(f))


def write_report(path: Path, entries: list[dict[str, str]]) -> None:
    with path.open("w", newline="") as f:
        out = csv.DictWriter(f, ["row", "status", "id", "error"], lineterminator="\n")
        out.writeheader()
        out.writerows(entries)


def check_and_mark(client: BrainstemClient, report: Path, names: dict[int, str], model: str) -> int:
    """What the report asks of a person for each uncertain row: look for the record, then mark
    the row created (with its id) or failed. Returns how many rows were marked."""
    entries = read_report(report)
    marked = 0
    for entry in entries:
        if entry["status"] != "uncertain":
            continue
        found = client.load(model, filters={"name": names[int(entry["row"])]}).json()
        records = found[f"{model}s"]
        assert len(records) <= 1, f"row {entry['row']} was written twice"
        if records:
            entry.update(status="created", id=records[0]["id"])
        else:
            entry.update(status="failed")
        marked += 1
    write_report(report, entries)
    return marked


def collections(client: BrainstemClient, count: int) -> tuple[list[dict[str, Any]], dict[int, str]]:
    project = client.load("project", limit=1).json()["projects"][0]["id"]
    rows = [
        {"name": f"Imported collection {i}", "project": project, "tags": ["import"]}
        for i in range(count)
    ]
    return rows, {i: row["name"] for i, row in enumerate(rows)}


def test_an_import_under_every_fault_writes_no_row_twice_and_resumes_to_the_end(
    faulty: Any, tmp_path: Path, report: Callable[[str], None]
) -> None:
    count = 200
    path = tmp_path / "report.csv"
    before = len(faulty.store.all("collection"))
    # `slow` answers after 5 s, or when the client hangs up: the client gives up after 1 s, long
    # enough for any other answer on a busy machine (pauses of 0.2 s happen there)
    with BrainstemClient(token=TOKEN, url=faulty.url, timeout=1, retries=FAST_RETRIES) as client:
        rows, names = collections(client, count)
        faulty.faults.configure(kinds=FAULT_KINDS, rate=0.25, seed=15, on=WRITES, delay=5)
        first = client.save_many("collection", rows, report=path)
        faulted = [e for e in faulty.requests.matching("POST", COLLECTIONS) if e.fault]
        # A 201 cut in half: created, but its id is unknown; any other fault leaves it uncertain.
        cut = [e for e in faulted if (e.fault, e.fault_on) == ("partial", "writes-after")]
        applied = Counter(r["name"] for r in faulty.store.all("collection"))

        assert faulty.requests.count("POST", COLLECTIONS) == count  # every row sent once
        assert cut and len(faulted) > 30
        assert first.counts == {
            "created": count - len(faulted) + len(cut),
            "uncertain": len(faulted) - len(cut),
        }
        assert max(applied.values()) == 1
        unknown = [o for o in first.created if o.id is None]
        assert len(unknown) == len(cut)
        assert all("its id is unknown" in (o.error or "") for o in unknown)
        for outcome in first.created:
            if outcome.id is not None:
                assert faulty.store.get("collection", outcome.id)["name"] == names[outcome.row]
        lost = sum(e.fault_on == "writes-after" for e in faulted)
        assert len(applied) - before == count - len(faulted) + lost

        runs, faults, uncertain = 1, len(faulted), len(first.uncertain)
        result = first
        while not result.ok:
            assert runs < 10, result.summary()
            faulty.faults.off()
            marked = check_and_mark(client, path, names, "collection")
            assert marked == len(result.uncertain)
            faulty.faults.configure(
                kinds=FAULT_KINDS, rate=0.25, seed=14 + runs, on=WRITES, delay=5
            )
            to_send = sum(e["status"] == "failed" for e in read_report(path))
            sent_before = faulty.requests.count("POST", COLLECTIONS)
            result = client.save_many("collection", rows, resume=path)
            posts = faulty.requests.matching("POST", COLLECTIONS)[sent_before:]
            assert len(posts) == to_send  # only the rows marked failed
            faults += sum(1 for e in posts if e.fault)
            uncertain += len(result.uncertain)
            runs += 1
        faulty.faults.off()

    stored = Counter(r["name"] for r in faulty.store.all("collection"))
    assert all(stored[name] == 1 for name in names.values())
    assert len(faulty.store.all("collection")) == before + count
    final = read_report(path)
    assert {e["status"] for e in final} <= {"created", "skipped"}
    by_id = {r["id"]: r["name"] for r in faulty.store.all("collection")}
    assert all(by_id[e["id"]] == names[int(e["row"])] for e in final if e["id"])
    report(
        f"import under faults: {count} rows, {faults} faults injected ({', '.join(FAULT_KINDS)} "
        f"on writes before and after they are applied), {uncertain} rows reported uncertain, "
        f"{runs} runs (resumed after checking and marking them), duplicates found: 0"
    )


def test_updates_under_faults_are_reported_uncertain_and_resume_cleanly(
    faulty: Any, tmp_path: Path
) -> None:
    path = tmp_path / "report.csv"
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        ids = [s["id"] for s in client.load("session", limit=30).json()["sessions"]]
        rows = [{"id": i, "description": f"updated {n}"} for n, i in enumerate(ids)]
        faulty.faults.configure(kinds=("502", "reset", "truncate"), rate=0.3, seed=3, on=WRITES)
        first = client.save_many("session", rows, report=path)
        faulted = [e for e in faulty.requests.matching("PATCH") if e.fault]
        assert len(faulty.requests.matching("PATCH")) == 30
        assert len(first.uncertain) == len(faulted) > 0
        assert all("Load session" in (o.error or "") for o in first.uncertain)
        faulty.faults.off()
        # Re-sending the same fields is harmless: mark every uncertain row failed, resume.
        entries = read_report(path)
        for entry in entries:
            if entry["status"] == "uncertain":
                entry["status"] = "failed"
        write_report(path, entries)
        second = client.save_many("session", rows, resume=path)
        assert second.counts == {"updated": len(faulted), "skipped": 30 - len(faulted)}
        for n, record_id in enumerate(ids):
            assert faulty.store.get("session", record_id)["description"] == f"updated {n}"


def test_the_command_reports_uncertain_rows_and_resumes_after_they_are_marked(
    faulty: Any, tmp_path: Path
) -> None:
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        project = client.load("project", limit=1).json()["projects"][0]["id"]
    source = tmp_path / "sessions.csv"
    names = {n + 2: f"From the shell {n}" for n in range(40)}  # row 1 is the header
    source.write_text("name,projects\n" + "".join(f"{name},{project}\n" for name in names.values()))
    path = tmp_path / "report.csv"
    config = tmp_path / "config"
    faulty.faults.configure(kinds=("503", "reset", "partial"), rate=0.3, seed=5, on=WRITES)
    run = brainstem(
        "import", "session", str(source), "--report", str(path), url=faulty.url, config=config
    )
    assert run.code == 1, run.err
    assert (
        "uncertain" in run.err
        and "mark it in the report as created (with its id) or failed" in run.err
    )
    assert f"brainstem import session {source} --resume {path}" in run.err
    assert run.out == ""
    faulty.faults.off()
    refused = brainstem(
        "import", "session", str(source), "--resume", str(path), url=faulty.url, config=config
    )
    assert refused.code == 1  # the uncertain rows are still there, and were not sent
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        check_and_mark(client, path, names, "session")
    done = brainstem(
        "import", "session", str(source), "--resume", str(path), url=faulty.url, config=config
    )
    assert done.code == 0, done.err
    stored = Counter(r["name"] for r in faulty.store.all("session"))
    assert all(stored[name] == 1 for name in names.values())
    assert {e["status"] for e in read_report(path)} <= {"created", "skipped"}


def start_import(
    faulty: Any, tmp_path: Path, count: int
) -> tuple[subprocess.Popen[str], Path, dict[int, str]]:
    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        project = client.load("project", limit=1).json()["projects"][0]["id"]
    source = tmp_path / "collections.jsonl"
    names = {n + 1: f"Killed import {n}" for n in range(count)}
    source.write_text(
        "".join(json.dumps({"name": name, "project": project}) + "\n" for name in names.values())
    )
    report = tmp_path / "report.csv"
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
    env.update(BRAINSTEM_URL=faulty.url, BRAINSTEM_TOKEN=TOKEN, XDG_CONFIG_HOME=str(tmp_path / "c"))
    proc = subprocess.Popen(
        [BRAINSTEM, "import", "collection", str(source), "--report", str(report)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return proc, report, names


def wait_for(condition: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def reported_and_in_flight(report: Path) -> tuple[set[int], set[int]]:
    reported = {int(e["row"]) for e in read_report(report)} if report.exists() else set()
    flight = report.with_name(report.name + ".inflight")
    sent = {int(w) for w in flight.read_text().split()} if flight.exists() else set()
    return reported, sent


def test_after_the_import_is_killed_its_rows_in_flight_are_not_sent_again(
    faulty: Any, tmp_path: Path
) -> None:
    """kill -9 leaves no chance to write anything: the in-flight file says which rows were out."""
    faulty.faults.configure(kinds=("slow",), rate=0.15, seed=2, on=("writes-after",), delay=30)
    proc, report, names = start_import(faulty, tmp_path, 120)
    try:

        def stuck() -> bool:  # every one of the 8 rows out hangs on a slow answer
            reported, sent = reported_and_in_flight(report)
            # ...and has reached the sandbox (a row is marked in flight just before it is
            # sent: killed then, its request may never arrive, or arrive during the resume)
            arrived = faulty.requests.count("POST", COLLECTIONS) == len(sent)
            return len(sent - reported) == 8 and arrived

        wait_for(stuck)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    faulty.faults.off()
    reported, sent = reported_and_in_flight(report)
    out = sent - reported
    assert len(out) == 8 and report.with_name("report.csv.inflight").exists()

    config = tmp_path / "config"
    source = tmp_path / "collections.jsonl"
    posts = faulty.requests.count("POST", COLLECTIONS)
    resumed = brainstem(
        "import", "collection", str(source), "--resume", str(report), url=faulty.url, config=config
    )
    assert resumed.code == 1, resumed.err  # the rows that were out are uncertain
    assert faulty.requests.count("POST", COLLECTIONS) - posts == 120 - len(sent)
    entries = {int(e["row"]): e for e in read_report(report)}
    assert {r for r, e in entries.items() if e["status"] == "uncertain"} == out
    assert all("(it was killed?)" in entries[r]["error"] for r in out)
    assert not report.with_name("report.csv.inflight").exists()

    with BrainstemClient(token=TOKEN, url=faulty.url) as client:
        check_and_mark(client, report, names, "collection")
    done = brainstem(
        "import", "collection", str(source), "--resume", str(report), url=faulty.url, config=config
    )
    assert done.code == 0, done.err
    stored = Counter(r["name"] for r in faulty.store.all("collection"))
    assert all(stored[name] == 1 for name in names.values())


def test_sigterm_ends_the_report_like_ctrl_c(faulty: Any, tmp_path: Path) -> None:
    faulty.faults.configure(kinds=("slow",), rate=0.2, seed=4, on=("writes-after",), delay=0.3)
    proc, report, _ = start_import(faulty, tmp_path, 300)
    wait_for(lambda: len(reported_and_in_flight(report)[0]) >= 20)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert f"The report {report} says what was done; go on with --resume {report}" in err
    entries = read_report(report)
    assert sorted(int(e["row"]) for e in entries) == list(range(1, 301))
    assert {e["status"] for e in entries} == {"created", "failed"}
    assert not report.with_name("report.csv.inflight").exists()
    created = sum(e["status"] == "created" for e in entries)
    assert faulty.requests.count("POST", COLLECTIONS) == created
