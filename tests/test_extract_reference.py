"""`make reference` / `make check-reference` (scripts/extract_reference.py) on a small reference
written here in the layout of the BrainSTEM docs."""

from __future__ import annotations

import json
from pathlib import Path

import extract_reference
import pytest

PAGE = """\
# Widget API endpoint

## Fields

| Field        | Description  |
|:-------------|:-------------|
| `id` | UUID identificator formatted as a string |
| `name` | string **[required]** [max length: 100; must be unique]|
| `kind` | string **[required]**. *See options below* [max length: 7]|
| `projects` | list of related project IDs formatted as strings **[required; at least one]** |
| `owner` | related group ID formatted as an integer |
| `created` | string containing creation date and time (ISO 8601, read-only) |
| `tags` | list of strings |

These are the available `kind` options for Widget:

- `A1`: the first kind
- `B2`: the second kind

## List view

- **Allowed portals:** public, private
- **Request method:** GET
- **URL:** <https://www.brainstem.org/api/private/stem/widget>
- **Data:** None
- **Responses:** `200` OK; `403` Not allowed

### Response example

```
{'widgets': [{'id': '<id>', 'name': 'w1', 'tags': [], 'owner': null}]}
```

## Add

- **Allowed portals:** private
- **Request method:** POST
- **URL:** <https://www.brainstem.org/api/private/stem/widget>
- **Data:** JSON dictionary
- **Responses:** `201` OK; `400` Bad request

### Use example (using Python API)

```
resp = client.save("widget", data={"name": "w2", "projects": ["<project-id>"]})
```
"""


@pytest.fixture
def reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "brainstem-docs"
    (root / "docs" / "api" / "stem").mkdir(parents=True)
    (root / "docs" / "api" / "stem" / "widget.md").write_text(PAGE)
    monkeypatch.setenv("BRAINSTEM_REFERENCE_DIR", str(root))
    return root


def test_extracts_endpoints_examples_and_field_table(reference: Path, tmp_path: Path) -> None:
    out = tmp_path / "reference.json"
    assert extract_reference.main(["--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["endpoints"] == [
        {
            "page": "stem/widget",
            "section": "List view",
            "method": "GET",
            "path": "/api/{portal}/stem/widget/",
            "portals": ["private", "public"],
            "statuses": [200, 403],
        },
        {
            "page": "stem/widget",
            "section": "Add",
            "method": "POST",
            "path": "/api/{portal}/stem/widget/",
            "portals": ["private"],
            "statuses": [201, 400],
        },
    ]
    assert [(e["kind"], e["body"]) for e in data["examples"]] == [
        ("response", {"widgets": [{"id": "<id>", "name": "w1", "tags": [], "owner": None}]}),
        ("request", {"name": "w2", "projects": ["<project-id>"]}),
    ]
    assert data["fields"] == {
        "stem/widget": [
            {"name": "id", "type": "uuid"},
            {
                "name": "name",
                "type": "string",
                "required": True,
                "max_length": 100,
                "unique": True,
            },
            {
                "name": "kind",
                "type": "string",
                "required": True,
                "max_length": 7,
                "choices": ["A1", "B2"],
            },
            {
                "name": "projects",
                "type": "relations",
                "id_type": "string",
                "required": True,
                "min_items": 1,
            },
            {"name": "owner", "type": "relation", "id_type": "integer"},
            {"name": "created", "type": "date-time", "read_only": True},
            {"name": "tags", "type": "strings"},
        ]
    }


def test_check_fails_on_drift_and_passes_when_current(
    reference: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reference.json"
    extract_reference.main(["--out", str(out)])
    assert extract_reference.main(["--check", "--out", str(out)]) == 0
    page = reference / "docs" / "api" / "stem" / "widget.md"
    page.write_text(page.read_text().replace("[max length: 100;", "[max length: 120;"))
    assert extract_reference.main(["--check", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is stale" in err and "make reference" in err


def test_without_the_docs_check_skips_and_extract_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRAINSTEM_REFERENCE_DIR", str(tmp_path / "nowhere"))
    out = tmp_path / "reference.json"
    out.write_text("{}")
    assert extract_reference.main(["--check", "--out", str(out)]) == 0
    assert "check-reference: skipped" in capsys.readouterr().out
    assert extract_reference.main(["--out", str(out)]) == 1
    assert "BRAINSTEM_REFERENCE_DIR" in capsys.readouterr().err
    assert out.read_text() == "{}"
