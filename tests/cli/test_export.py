"""`brainstem export project ID --out DIR`, and `brainstem sandbox --data DIR` serving it."""

from __future__ import annotations

import json
import signal
import subprocess
import uuid
from pathlib import Path
from typing import Any

from ..export_checks import assert_same_export
from .conftest import BRAINSTEM, CLI


def test_export_then_serve_then_export_again(cli: CLI, cli_sandbox: Any, tmp_path: Path) -> None:
    project = cli("load", "project", "--limit", "1", "--fields", "id").json()["projects"][0]["id"]
    out = tmp_path / "visual-cortex"
    result = cli("export", "project", project, "--out", str(out))
    assert result.code == 0, result
    assert result.out == ""
    manifest = json.loads((out / "manifest.json").read_text())
    total = sum(manifest["counts"].values())
    first, *rest = result.err.splitlines()
    assert first == (
        f"Exported project {project} to {out}: {total} records in {len(manifest['counts'])} "
        "files and manifest.json"
    )
    counts, shown = manifest["counts"], " ".join(line.strip() for line in rest)
    assert shown.startswith(f"1 project, {counts['session']} sessions, {counts['subject']} ")
    assert f", {counts['dataacquisition']} data acquisitions, " in shown
    assert all(len(line) <= 100 for line in rest)

    token = "export-cli-token"
    proc = subprocess.Popen(
        [BRAINSTEM, "sandbox", "--port", "0", "--token", token, "--data", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli.environ(),
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[-1]
        assert proc.stdout.readline() == f"Token: {token}\n"
        serving = proc.stdout.readline()
        assert serving.startswith(f"Serving export {out}: project {project} from ")
        assert serving.endswith(f", {total} records\n")
        again = cli(
            "export", "project", project, "--out", str(tmp_path / "again"),
            env={"BRAINSTEM_URL": url, "BRAINSTEM_TOKEN": token},
        )  # fmt: skip
        assert again.code == 0, again
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
    assert_same_export(out, tmp_path / "again")


def test_errors_leave_no_directory(cli: CLI, tmp_path: Path) -> None:
    missing = str(uuid.uuid4())
    out = tmp_path / "out"
    result = cli("export", "project", missing, "--out", str(out))
    assert result.code == 1, result
    assert result.err.startswith(f"error: no project {missing} on the private portal of ")
    assert not out.exists()
    named = cli("export", "project", "Visual cortex plasticity", "--out", str(out))
    assert named.code == 2 and "brainstem get project" in named.err, named
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x").write_text("")
    taken = cli("export", "project", missing, "--out", str(tmp_path / "taken"))
    assert taken.code == 2 and "already exists and is not empty" in taken.err, taken
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == ["taken"]
    usage = cli("export", "session", missing, "--out", str(out))
    assert usage.code == 2 and "invalid choice: 'session'" in usage.err


def test_the_sandbox_refuses_a_broken_export(cli: CLI, tmp_path: Path) -> None:
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "session.json").write_text("[]")
    result = cli("sandbox", "--port", "0", "--data", str(tmp_path / "half"))
    assert result.code == 1
    assert result.err == (
        f"brainstem sandbox: {tmp_path / 'half'} is not a project export: it has no "
        "manifest.json (an export that failed part-way has none; export again)\n"
    )
