"""Reading an import's records: CSV cells typed by the spec, row numbers as the user sees them,
JSONL and JSON, and files that cannot be read."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient, UsageError
from brainstem_api_tools.rows import ROW_PROBLEM, read_rows

P1 = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
P2 = "027c013f-3801-4399-ae6a-8e2f9c19ed34"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def data(rows: list[Any]) -> dict[int, dict[str, Any]]:
    return {row.number: dict(row.data) for row in rows}


def test_csv_cells_are_typed_by_the_spec(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "sessions.csv",
        "name,projects,tags,extra_fields,download_links,date_time,description\n"
        f'S1,"{P1}, {P2}","rat, ca1","{{""rig"": ""A""}}","[{{""repository"": ""DANDI"", '
        f'""url"": ""https://dandiarchive.org/1""}}]",2024-05-01T10:00:00Z,"first, with a comma"\n'
        f'S2,"[""{P1}""]","[""a,b""]",{{}},[],null,""""""\n'
        f"S3,{P1},,,,,   \n",
    )
    assert data(read_rows(path, "session")) == {
        2: {
            "name": "S1",
            "projects": [P1, P2],
            "tags": ["rat", "ca1"],
            "extra_fields": {"rig": "A"},
            "download_links": [{"repository": "DANDI", "url": "https://dandiarchive.org/1"}],
            "date_time": "2024-05-01T10:00:00Z",
            "description": "first, with a comma",
        },
        # JSON lists keep their commas; {} and [] are sent; null for a nullable field; ""
        3: {
            "name": "S2",
            "projects": [P1],
            "tags": ["a,b"],
            "extra_fields": {},
            "download_links": [],
            "date_time": None,
            "description": "",
        },
        4: {"name": "S3", "projects": [P1]},  # empty cells (and spaces) leave the field out
    }


def test_booleans_integers_and_text_that_is_neither(tmp_path: Path) -> None:
    # project: is_public (boolean); behavior: order (integer)
    path = write(tmp_path, "p.csv", "name,is_public\nA,Yes\nB,0\nC,FALSE\nD,maybe\n")
    values = [row.data["is_public"] for row in read_rows(path, "project")]
    assert values == [True, False, False, "maybe"]  # the check says "Must be a valid boolean."
    path = write(tmp_path, "b.csv", "order,notes\n3,007\n2.5,x\n")
    assert [dict(r.data) for r in read_rows(path, "behavior")] == [
        {"order": 3, "notes": "007"},  # text stays text, even when it looks like a number
        {"order": "2.5", "notes": "x"},  # refused by the check: A valid integer is required.
    ]


def test_null_is_text_for_a_field_that_may_not_be_null(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "name,description,date_time\nnull,null,null\n")
    assert dict(read_rows(path, "session")[0].data) == {
        "name": "null",
        "description": "null",
        "date_time": None,
    }


def test_row_numbers_are_the_spreadsheets(tmp_path: Path) -> None:
    """The header is row 1; a cell over several lines is one row; blank rows count."""
    path = write(
        tmp_path,
        "s.csv",
        f'name,description,projects\nA,"two\nlines",{P1}\n\n,,\nB,x,{P1}\r\n',
    )
    rows = read_rows(path, "session")
    assert [(r.number, r.data["name"]) for r in rows] == [(2, "A"), (5, "B")]
    assert rows[0].data["description"] == "two\nlines"


def test_the_id_column_makes_an_update_typed_by_the_update_schema(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", f"id,name,tags\n{P2},Renamed,a;b\n,New,x\n")
    assert data(read_rows(path, "session")) == {
        2: {"id": P2, "name": "Renamed", "tags": ["a;b"]},
        3: {"name": "New", "tags": ["x"]},
    }


def test_cells_that_must_hold_json_and_do_not_are_problems_of_their_row(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", f"name,projects,extra_fields\nA,[{P1},{{rig: A}}\n")
    (row,) = read_rows(path, "session")
    assert set(row.problems) == {"projects", "extra_fields"}
    assert row.problems["extra_fields"] == [
        "Not valid JSON (Expecting property name enclosed in double quotes, character 2); "
        'write this field as JSON, e.g. {"key": "value"}.'
    ]
    assert "projects" not in row.data and "extra_fields" not in row.data


def test_unknown_columns_and_stray_cells(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", "name,descripton,notes,\nA,typo,,\nB,,,stray\nC,,,,more\n")
    rows = read_rows(path, "session")
    assert [dict(r.data) for r in rows] == [
        {"name": "A", "descripton": "typo"},
        {"name": "B"},
        {"name": "C"},
    ]
    assert rows[0].problems == {}
    assert rows[1].problems == {"column 4": ["This column has no name in the header."]}
    assert rows[2].problems == {ROW_PROBLEM: ["This row has 5 cells; the header names 4 columns."]}


def test_spreadsheet_exports_bom_semicolons_and_tabs(tmp_path: Path) -> None:
    expected = {2: {"name": "A", "tags": ["x", "y"]}}
    bom = write(tmp_path, "a.csv", "\ufeffname;tags\nA;x, y\n")
    tabs = write(tmp_path, "a.tsv", "name\ttags\nA\tx, y\n")
    assert data(read_rows(bom, "session")) == expected
    assert data(read_rows(tabs, "session")) == expected


def test_jsonl_json_arrays_and_what_brainstem_load_writes(tmp_path: Path) -> None:
    lines = write(
        tmp_path, "s.jsonl", '{"name": "A"}\n\n{"name": \n[1]\n{"name": "B", "tags": []}\n'
    )
    rows = read_rows(lines, "session")
    assert [(r.number, dict(r.data), dict(r.problems)) for r in rows] == [
        (1, {"name": "A"}, {}),
        (3, {}, {ROW_PROBLEM: ["Not valid JSON (Expecting value, column 10)."]}),
        (4, {}, {ROW_PROBLEM: ["Invalid data. Expected a dictionary, but got list."]}),
        (5, {"name": "B", "tags": []}, {}),
    ]
    array = write(tmp_path, "s.json", '[\n  {"name": "A"},\n  {"name": "B"}\n]\n')
    envelope = write(tmp_path, "all.json", '{"sessions": [{"name": "A"}, {"name": "B"}]}')
    one = write(tmp_path, "one.json", '{"session": {"name": "A"}}')
    assert data(read_rows(array, "session")) == {1: {"name": "A"}, 2: {"name": "B"}}
    assert data(read_rows(envelope, "session")) == {1: {"name": "A"}, 2: {"name": "B"}}
    assert data(read_rows(one, "session")) == {1: {"name": "A"}}


def test_the_format_from_the_extension_else_the_content() -> None:
    assert data(read_rows(io.StringIO('[{"name": "A"}]'), "session")) == {1: {"name": "A"}}
    assert data(read_rows(io.StringIO('{"name": "A"}\n{"name": "B"}\n'), "session")) == {
        1: {"name": "A"},
        2: {"name": "B"},
    }
    assert data(read_rows(io.StringIO("name\nA\n"), "session")) == {2: {"name": "A"}}
    assert data(read_rows(io.StringIO('{"name": "A"}'), "session", format="jsonl")) == {
        1: {"name": "A"}
    }


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "cannot read"),
        ("latin.csv", "name\nCaf\xe9\n", "is not UTF-8 text (line 2 is not)"),
        ("twice.csv", "name,tags,name\nA,,B\n", "the header names the column 'name' twice"),
        ("empty.csv", "", "is empty: expected a header row"),
        ("bad.json", '[{"name": "A"},', "is not valid JSON"),
        ("number.json", "3", "holds a JSON int: expected an array of session records"),
    ],
)
def test_files_that_cannot_be_read(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        write(tmp_path, name, content, encoding="latin-1")
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_rows(path, "session")


def test_a_csv_of_every_kind_of_cell_is_stored_as_typed(
    writer: BrainstemClient, tmp_path: Path
) -> None:
    """The values a CSV gives arrive at the server with their types."""
    project = writer.load("project", limit=1).json()["projects"][0]["id"]
    path = write(
        tmp_path,
        "s.csv",
        "name,projects,tags,extra_fields,date_time\n"
        f'Typed,{project},"rat, ca1","{{""rig"": ""A"", ""trial"": 3}}",2024-05-01T10:00:00Z\n',
    )
    result = writer.save_many("session", read_rows(path, "session"))
    (outcome,) = result.created
    stored = writer.load("session", id=outcome.id).json()["session"]
    assert stored["projects"] == [project]
    assert stored["tags"] == ["rat", "ca1"]
    assert stored["extra_fields"] == {"rig": "A", "trial": 3}
    assert stored["date_time"].startswith("2024-05-01T10:00:00")
