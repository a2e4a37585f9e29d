"""`brainstem load --format parquet --out FILE`, `--format csv --flatten` and `--out`: the
DataFrame's columns in a file, flat rows for spreadsheets that still stream with `--all`, and
files that are written whole or not at all."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.models import MODELS

from .conftest import CLI
from .test_pages import CLI_TOKEN, a_seed_that_fails_midway, faulty  # noqa: F401

FLAT_SESSION = [
    *MODELS["session"].fields[:3],
    *(f"projects.{name}" for name in MODELS["project"].fields),
    *MODELS["session"].fields[4:],
]


def truth(sandbox: Any, **query: Any) -> dict[str, Any]:
    with BrainstemClient(token=sandbox.token, url=sandbox.url) as client:
        return client.load("session", load_all=True, **query)


def test_parquet_round_trip(cli: CLI, cli_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "sessions.parquet"
    result = cli(
        "load", "session", "--all", "--limit", "15", "--include", "projects",
        "--format", "parquet", "--out", str(path),
    )  # fmt: skip
    assert result.code == 0 and result.out == "" and result.err == "", result
    expected = truth(cli_sandbox, include=["projects"]).to_dataframe()
    back = pd.read_parquet(path)
    assert list(back.columns) == list(expected.columns) == FLAT_SESSION
    assert len(back) == len(expected) == len(cli_sandbox.store.all("session"))
    # the columns holding dicts are JSON text in the file; the others keep their types
    as_json = {"extra_fields", "download_links", "links"}
    as_json |= {f"projects.{name}" for name in ("extra_fields", "links", "users", "groups")}
    for name in expected.columns:
        for ours, theirs in zip(back[name], expected[name], strict=True):
            if name in as_json:
                assert json.loads(ours) == theirs, name
            elif isinstance(theirs, list):
                assert _plain(ours) == theirs, name
            else:
                assert ours == theirs or (pd.isna(ours) and pd.isna(theirs)), name
    assert str(back["date_time"].dtype) == "datetime64[us, UTC]"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def _plain(value: Any) -> Any:
    """Parquet reads lists back as numpy arrays."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def test_parquet_of_chosen_fields(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "s.parquet"
    result = cli(
        "load", "session", "--limit", "5", "--include", "projects", "--format", "parquet",
        "--out", str(path), "--fields", "id,date_time,projects.name,extra_fields.rig",
    )  # fmt: skip
    assert result.code == 0, result
    assert result.err.startswith("Showing sessions 1-5 of ")  # the page note, as ever
    back = pd.read_parquet(path)
    assert list(back.columns) == ["id", "date_time", "projects.name", "extra_fields.rig"]
    assert len(back) == 5


def test_csv_flatten_with_all_is_flat_and_streams(cli: CLI, cli_sandbox: Any) -> None:
    result = cli(
        "load", "session", "--all", "--limit", "9", "--include", "projects",
        "--format", "csv", "--flatten",
    )  # fmt: skip
    assert result.code == 0 and result.err == "", result
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert list(rows[0]) == FLAT_SESSION
    records = truth(cli_sandbox, include=["projects"])["sessions"]
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["id"] == record["id"]
        assert json.loads(row["projects.name"]) == [p["name"] for p in record["projects"]]
        assert row["date_time"] == (record["date_time"] or "")  # the server's text
        assert json.loads(row["tags"]) == record["tags"]
        assert not any('{"id":' in cell for cell in row.values())  # no record in a cell
    fields = cli(
        "load", "session", "--limit", "3", "--include", "projects", "--format", "csv",
        "--flatten", "--fields", "name,projects",
    )  # fmt: skip
    header = fields.out.splitlines()[0].split(",")
    assert header == ["name", *(f"projects.{n}" for n in MODELS["project"].fields)]
    assert fields.err.startswith("Showing sessions 1-3 of ")


def test_flatten_and_out_keep_the_notes_when_paging_fails(faulty: Any, tmp_path: Path) -> None:  # noqa: F811
    cli = CLI(tmp_path / "config", url=faulty.url, token=CLI_TOKEN)
    seed, yielded = a_seed_that_fails_midway(faulty)
    faulty.faults.configure(kinds=("partial",), rate=0.3, seed=seed)
    streamed = cli("load", "session", "--all", "--limit", "5", "--format", "csv", "--flatten")
    assert streamed.code == 1
    assert len(streamed.out.splitlines()) == yielded + 1  # written as the pages arrived
    assert streamed.err.startswith(
        f"Stopped after {yielded} of 40 sessions: the output is incomplete\n"
    )
    target = tmp_path / "out" / "sessions.csv"
    target.parent.mkdir()
    faulty.faults.configure(kinds=("partial",), rate=0.3, seed=seed)
    to_file = cli(
        "load", "session", "--all", "--limit", "5", "--format", "csv", "--out", str(target)
    )
    assert to_file.code == 1 and to_file.out == ""
    assert to_file.err.startswith(
        f"Stopped after {yielded} of 40 sessions: {target} was not written\n"
    )
    assert list(target.parent.iterdir()) == []  # nothing passed off as complete


def test_out_writes_any_format_to_a_file(cli: CLI, cli_sandbox: Any, tmp_path: Path) -> None:
    target = tmp_path / "s.jsonl"
    result = cli("load", "session", "--all", "--format", "jsonl", "--out", str(target))
    assert result.code == 0 and result.out == ""
    lines = target.read_text().splitlines()
    assert [json.loads(line) for line in lines] == truth(cli_sandbox)["sessions"]
    missing = cli("load", "session", "--out", str(tmp_path / "no" / "such" / "dir" / "f.json"))
    assert missing.code == 2 and "--out" in missing.err and "Traceback" not in missing.err


def test_bad_combinations_are_refused_before_any_request(
    cli: CLI, cli_sandbox: Any, tmp_path: Path
) -> None:
    before = len(cli_sandbox.requests)
    no_file = cli("load", "session", "--format", "parquet")
    assert no_file.code == 2
    assert no_file.err == (
        "error: --format parquet writes a file: add --out FILE (e.g. --out sessions.parquet)\n"
    )
    json_flat = cli("load", "session", "--flatten")
    assert json_flat.code == 2 and "--flatten applies to --format csv" in json_flat.err
    assert len(cli_sandbox.requests) == before


def test_without_the_extra_parquet_says_what_to_install(
    cli: CLI, cli_sandbox: Any, tmp_path: Path
) -> None:
    """pandas and pyarrow made unimportable in the process, as if they were not installed."""
    code = (
        "import sys; sys.modules['pandas'] = sys.modules['pyarrow'] = None;"
        "from brainstem_api_tools.cli import main; sys.exit(main())"
    )
    before = len(cli_sandbox.requests)
    path = tmp_path / "s.parquet"
    result = cli(
        "load", "session", "--format", "parquet", "--out", str(path),
        command=(sys.executable, "-c", code),
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "error: DataFrames need pandas, which is not installed: "
        "pip install 'brainstem_python_api_tools[pandas]'\n"
    )
    assert not path.exists() and len(cli_sandbox.requests) == before
