"""Reading the records of an import: CSV (or TSV), JSONL, or JSON, numbered as in the file.

    rows = read_rows("sessions.csv", "session")
    result = client.save_many("session", rows)

Each `Row` carries the number its user sees: in a CSV file the spreadsheet's row number (the
header is row 1, so the first record is row 2; a cell over several lines is still one row), in
a JSONL file the line number, in a JSON array the position from 1. A file that cannot be read
at all (missing, not UTF-8, a header naming a column twice) raises `UsageError`; a row that
cannot be read (a line of bad JSON, a cell that should hold JSON and does not) carries its
problems, reported with the rows that fail the spec, before anything is sent.

JSON values are taken as they are. A CSV cell is text, so it is read by its field's type in the
API's request schema (openapi.yaml): the create schema, or with an `id` the update schema.

- text, choice, id, date, date-time: the text as written;
- integer, number: `3`, `2.5`;
- boolean: `true`/`false`, `yes`/`no`, `1`/`0`, `t`/`f`, `y`/`n`, `on`/`off`, in any case;
- a list of ids, text or integers: a JSON array (`["a", "b"]`, as `brainstem load --format
  csv` writes it), or the values separated by commas (`a, b`);
- a JSON object, a list of objects: JSON (`{"rig": "A"}`).

An empty cell (or one holding only spaces) means the field is not given: a create leaves it to
the server's default, an update leaves it unchanged. To send an empty or null value, write it as
JSON: `""` (empty text), `[]`, `{}`, or `null` (for a field that may be null). Text that does
not read as its field's type is kept as text, and the check against the spec says what is
wrong with it. A column the model does not have is kept as text and reported as an unknown
field, unless all of its cells are empty.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools.errors import UsageError
from brainstem_api_tools.models import get_model
from brainstem_api_tools.validation import field_schemas

__all__ = ["FORMATS", "Row", "read_rows"]

FORMATS = ("csv", "tsv", "jsonl", "json")
_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_TRUE = frozenset({"true", "t", "yes", "y", "1", "on"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "off"})
_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
_SCALARS = frozenset({"string", "integer", "number", "boolean"})
ROW_PROBLEM = "non_field_errors"  # DRF's key for a problem of the whole record


@dataclass(frozen=True)
class Row:
    """One record to save, with the number its user knows it by and the problems found while
    reading it (a cell that should hold JSON and does not...)."""

    number: int
    data: Mapping[str, Any]
    problems: Mapping[str, list[str]] = field(default_factory=dict)


def read_rows(
    source: str | os.PathLike[str] | TextIO, model: object, *, format: str | None = None
) -> list[Row]:
    """The records of a file (a path, or an open text file such as `sys.stdin`) as `Row`s.

    `format` is "csv", "tsv", "jsonl" or "json"; by default the file's extension says, else
    its first character (`[` a JSON array, `{` JSON or JSONL, anything else CSV). JSON may be
    an array of records or, as `brainstem load --all --format json` writes it, an object with
    the records under the model's plural key (`{"sessions": [...]}`).
    """
    info = get_model(model)
    if format is not None and format not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    text, name = _read_text(source)
    kind = format or _EXTENSIONS.get(Path(name).suffix.lower()) or _sniff(text)
    if kind in ("csv", "tsv"):
        return _csv_rows(text, info, name, "\t" if kind == "tsv" else None)
    if kind == "jsonl":
        return _jsonl_rows(text)
    return _json_rows(text, info, name)


def _read_text(source: str | os.PathLike[str] | TextIO) -> tuple[str, str]:
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        try:
            raw = Path(name).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {name!r}: {exc.strerror or exc}") from None
    else:
        name = str(getattr(source, "name", "the input"))
        content = source.read()
        if isinstance(content, str):
            return content.removeprefix("\ufeff"), name
        raw = content
    try:
        return raw.decode("utf-8-sig"), name
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UsageError(
            f"{name} is not UTF-8 text (line {line} is not): save it as UTF-8 (in a "
            "spreadsheet program: 'CSV UTF-8')"
        ) from None


def _sniff(text: str) -> str:
    start = text.lstrip()[:1]
    if start == "[":
        return "json"
    if start == "{":
        return "json"  # or JSONL: _json_rows tells them apart
    return "csv"


# -- JSON ------------------------------------------------------------------------------------


def _jsonl_rows(text: str) -> list[Row]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append(_unreadable(number, f"Not valid JSON ({exc.msg}, column {exc.colno})."))
            continue
        rows.append(_record(number, value))
    return rows


def _json_rows(text: str, info: ModelInfo, name: str) -> list[Row]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one JSON value per line: JSONL
            return _jsonl_rows(text)
        raise UsageError(
            f"{name} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    if isinstance(value, Mapping):
        records = value.get(info.list_key) if info.list_key else None
        if isinstance(records, list):
            value = records
        elif info.detail_key and isinstance(value.get(info.detail_key), Mapping):
            value = [value[info.detail_key]]
        else:
            value = [value]
    if not isinstance(value, list):
        raise UsageError(
            f"{name} holds a JSON {type(value).__name__}: expected an array of {info.name} "
            "records (or one record per line: JSONL)"
        )
    return [_record(number, item) for number, item in enumerate(value, 1)]


def _record(number: int, value: Any) -> Row:
    if isinstance(value, Mapping):
        return Row(number, dict(value))
    kind = type(value).__name__
    return _unreadable(number, f"Invalid data. Expected a dictionary, but got {kind}.")


def _unreadable(number: int, message: str) -> Row:
    return Row(number, {}, {ROW_PROBLEM: [message]})


# -- CSV -------------------------------------------------------------------------------------


def _csv_rows(text: str, info: ModelInfo, name: str, delimiter: str | None) -> list[Row]:
    if delimiter is None:
        delimiter = _delimiter(text.partition("\n")[0])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [cell.strip() for cell in next(reader, [])]
    if not any(header):
        raise UsageError(f"{name} is empty: expected a header row naming the fields")
    seen = set()
    for column in header:
        if column and column in seen:
            raise UsageError(f"{name}: the header names the column {column!r} twice")
        seen.add(column)
    schemas: dict[bool, dict[str, dict[str, Any]]] = {}
    rows = []
    for number, cells in enumerate(reader, 2):
        if not any(cell.strip() for cell in cells):
            continue  # a blank row
        update = "id" in header and bool(_cell_at(cells, header.index("id")).strip())
        if update not in schemas:
            schemas[update] = _schemas(info, "partial_update" if update else "create")
        rows.append(_csv_row(number, header, cells, schemas[update]))
    return rows


def _delimiter(first_line: str) -> str:
    """Comma, unless the header has none and has tabs or semicolons (a spreadsheet saving in
    a locale whose decimal mark is the comma writes those)."""
    if "," not in first_line:
        for other in ("\t", ";"):
            if other in first_line:
                return other
    return ","


def _schemas(info: ModelInfo, operation: str) -> dict[str, dict[str, Any]]:
    if operation not in info.operations:
        return {}  # the model takes no such write: each row will say so
    return field_schemas(info, operation)


def _cell_at(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _csv_row(
    number: int, header: list[str], cells: list[str], schemas: Mapping[str, dict[str, Any]]
) -> Row:
    data: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    extra = [cell for cell in cells[len(header) :] if cell.strip()]
    if extra:
        problems[ROW_PROBLEM] = [
            f"This row has {len(header) + len(extra)} cells; the header names {len(header)} "
            "columns."
        ]
    for index, column in enumerate(header):
        text = _cell_at(cells, index)
        if not text.strip():
            continue
        if not column:
            problems[f"column {index + 1}"] = ["This column has no name in the header."]
            continue
        if column == "id":
            data["id"] = text.strip()
            continue
        try:
            data[column] = typed_cell(schemas.get(column), text)
        except ValueError as exc:
            problems[column] = [str(exc)]
    return Row(number, data, problems)


def typed_cell(schema: Mapping[str, Any] | None, text: str) -> Any:
    """The value of a non-empty CSV cell for a field of this schema (None: a field the spec
    does not know, kept as text). Raises ValueError for a cell that must hold JSON and does
    not."""
    stripped = text.strip()
    if schema is None:
        return text
    if stripped == "null" and schema.get("nullable"):
        return None
    if stripped == '""':
        return ""
    kind = schema.get("type")
    items = schema.get("items") or {}
    if kind in _SCALARS and not ("oneOf" in schema or "anyOf" in schema):
        return _scalar(kind, text)
    if kind == "array" and items.get("type") in _SCALARS:
        if stripped.startswith("["):
            return _json_cell(stripped, '["a", "b"] (or without brackets: a, b)')
        values = [part.strip() for part in stripped.split(",")]
        return [_scalar(items["type"], value) for value in values if value]
    if kind == "array":
        return _json_cell(stripped, '[{"key": "value"}]')
    return _json_cell(stripped, '{"key": "value"}')


def _scalar(kind: str, text: str) -> Any:
    """Text as an integer, number or boolean field's value; text that is none is kept (the
    check against the spec refuses it with the server's message)."""
    if kind == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if kind == "number":
        if _INTEGER.fullmatch(text):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            return text
        return number if number - number == 0 else text  # NaN and infinity are no JSON
    if kind == "boolean":
        word = text.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return text


def _json_cell(text: str, example: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"Not valid JSON ({exc.msg}, character {exc.pos + 1}); write this field as JSON, "
            f"e.g. {example}."
        ) from None
