"""Writing results to stdout or a file: json, jsonl, csv, table and parquet, with an optional
field selection.

- json: the API's answer as it is (records trimmed to --fields), indented on a terminal and
  compact when piped.
- jsonl: one record per line.
- csv: a header and one row per record, for pandas and spreadsheets; nested values (lists,
  objects) are JSON in their cell, empty values are empty cells. The header is known before
  the first row: the --fields, else the model's fields in the spec's order, then any other
  field of the first record.
  With --flatten, included records become columns as in `to_dataframe()` (`projects.name`
  holds the projects' names, see `brainstem_api_tools.flatten`), so no cell holds a record.
- table: aligned columns that fit the terminal (80 columns when not a terminal); long cells
  are cut with "…".
- parquet: the DataFrame of `to_dataframe()` in a Parquet file (--out), for the `[pandas]`
  extra.

A `Sink` writes records one by one as they arrive (`brainstem load --all`): jsonl, csv and a
json list stream, holding one record at a time; a table and a Parquet file gather every
record first. `--out FILE` is written whole or not at all: to a temporary file beside it,
renamed once the output is complete.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from brainstem_api_tools.cli.common import fail, say, terminal_columns

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any, BinaryIO, TextIO

    from brainstem_api_tools.flatten import Layout

__all__ = [
    "FORMATS",
    "Sink",
    "add_output_options",
    "cell",
    "check_output_options",
    "output_file",
    "pick",
    "records_of",
    "render",
    "sink",
    "table",
]

FORMATS = ("json", "jsonl", "csv", "table", "parquet")
MISSING = object()


def add_output_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("output")
    group.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (default; indented on a terminal), jsonl (a record per line), csv, table, "
        "or parquet (a file for pandas and other data tools: needs --out and the [pandas] extra)",
    )
    group.add_argument(
        "--fields",
        metavar="A,B,C",
        help="only these fields of each record (dots reach into included records: projects.name)",
    )
    group.add_argument(
        "--flatten",
        action="store_true",
        help="csv: a column for each field of the included records (projects.name, ...) instead "
        "of a JSON cell per relation; under a list relation a cell lists one value per record",
    )
    group.add_argument(
        "--out",
        metavar="FILE",
        help="write to FILE instead of stdout; it is written whole or not at all",
    )


def check_output_options(args: argparse.Namespace) -> None:
    """Refuse output options that do not go together, before any request."""
    if args.flatten and args.format not in ("csv", "parquet"):
        fail(f"--flatten applies to --format csv (parquet is always flat), not {args.format}")
    if args.format == "parquet":
        if not args.out or args.out == "-":
            fail("--format parquet writes a file: add --out FILE (e.g. --out sessions.parquet)")
        from brainstem_api_tools.dataframes import pandas, pyarrow

        pandas()
        pyarrow()  # both, before any request


def field_list(raw: str | None, known: Sequence[str], model: str) -> list[str] | None:
    """The --fields names, each checked against the model's fields."""
    if raw is None:
        return None
    names = [name.strip() for name in raw.split(",") if name.strip()]
    if not names:
        fail("--fields takes field names separated by commas, e.g. --fields id,name")
    for name in names:
        head = name.split(".")[0]
        if known and head not in known:
            import difflib

            close = difflib.get_close_matches(head, known, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            fail(f"--fields: {model} has no field {head!r}{hint}")
    return names


def pick(record: Any, path: str) -> Any:
    """The value at a dotted path; through a list it collects the values of its items."""
    value = record
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part, MISSING)
        elif isinstance(value, list) and all(isinstance(item, dict) for item in value):
            value = [item.get(part) for item in value]
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value


def trim(record: Any, fields: Sequence[str] | None) -> Any:
    if fields is None or not isinstance(record, dict):
        return record
    out = {}
    for name in fields:
        value = pick(record, name)
        out[name] = None if value is MISSING else value
    return out


def none(value: Any) -> Any:
    """None for a value `pick` did not find."""
    return None if value is MISSING else value


def cell(value: Any) -> str:
    """A value as the text of a csv or table cell."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return compact(value)


def columns_of(records: Iterable[Any]) -> list[str]:
    """Every key of the records, in order of first appearance."""
    seen: dict[str, None] = {}
    for record in records:
        if isinstance(record, dict):
            seen.update(dict.fromkeys(record))
    return list(seen)


# json is imported by the functions that write it: `brainstem --help` starts without it.


def compact(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def indented(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=2)


def dump_json(value: Any, out: TextIO) -> None:
    if out.isatty():
        out.write(indented(value) + "\n")
    else:
        out.write(compact(value) + "\n")


def records_of(
    body: Any, list_key: str | None, detail_key: str | None
) -> tuple[list[Any], str | None]:
    """The records of an answer (a page, or one record) and the key they are under."""
    if isinstance(body, list):
        return body, None
    if not isinstance(body, dict):
        return ([] if body is None else [body]), None
    if list_key and isinstance(body.get(list_key), list):
        return body[list_key], list_key
    if detail_key and isinstance(body.get(detail_key), dict):
        return [body[detail_key]], detail_key
    lists = [k for k, v in body.items() if isinstance(v, list)]
    if len(lists) == 1:
        return body[lists[0]], lists[0]
    objects = [k for k, v in body.items() if isinstance(v, dict) and k != "meta"]
    if len(objects) == 1:
        return [body[objects[0]]], objects[0]
    return [body], None


class Sink:
    """Writes records to `out` as they come; `close()` ends the output."""

    gathers = False  # True when nothing is written before `close()`

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.written = 0  # records written to `out` so far

    def write(self, record: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class JsonLines(Sink):
    def __init__(self, out: TextIO, fields: Sequence[str] | None) -> None:
        super().__init__(out)
        self.fields = fields

    def write(self, record: Any) -> None:
        self.out.write(compact(trim(record, self.fields)) + "\n")
        self.written += 1


class JsonList(Sink):
    """`{"key": [records]}`, written record by record: the same text as `dump_json` of the
    whole list (indented on a terminal), complete once closed."""

    def __init__(self, out: TextIO, key: str, fields: Sequence[str] | None) -> None:
        super().__init__(out)
        self.key = key
        self.fields = fields
        self.indent = out.isatty()
        if self.indent:
            self.opening, self.separator, self.closing = (
                f"{{\n  {compact(key)}: [\n    ",
                ",\n    ",
                "\n  ]\n}\n",
            )
        else:
            self.opening, self.separator, self.closing = f"{{{compact(key)}:[", ",", "]}\n"

    def write(self, record: Any) -> None:
        value = trim(record, self.fields)
        text = indented(value).replace("\n", "\n    ") if self.indent else compact(value)
        self.out.write((self.separator if self.written else self.opening) + text)
        self.written += 1

    def close(self) -> None:
        if self.written:
            self.out.write(self.closing)
        else:
            dump_json({self.key: []}, self.out)
        super().close()


class Csv(Sink):
    """A header, then a row per record. The columns are fixed by the first record: a field
    that only later records have is left out, and `warn` is told once.

    With a `layout` (--flatten) the rows are its flat rows and the columns its columns (a
    field of --fields that is an included relation stands for all of its columns)."""

    def __init__(
        self,
        out: TextIO,
        fields: Sequence[str] | None,
        model_fields: Sequence[str],
        warn: Callable[[str], None],
        layout: Layout | None = None,
    ) -> None:
        super().__init__(out)
        self.fields = fields
        self.model_fields = model_fields if layout is None else layout.names
        self.warn = warn
        self.layout = layout
        import csv

        self.writer = csv.writer(out, lineterminator="\n")
        self.columns: list[str] | None = None
        self.left_out: dict[str, None] = {}

    def header(self, first: Any) -> list[str]:
        if self.fields is not None:
            return list(self.fields) if self.layout is None else self.layout.select(self.fields)
        names = dict.fromkeys(self.model_fields)
        if isinstance(first, dict):
            names.update(dict.fromkeys(first))
        return list(names) or ["id", "name"]

    def write(self, record: Any) -> None:
        row = record
        if self.layout is not None and isinstance(record, dict):
            row = self.layout.row(record)
        if self.columns is None:
            self.columns = self.header(row)
            self.writer.writerow(self.columns)
        elif self.fields is None and isinstance(row, dict):
            for name in row:
                if name not in self.columns and name not in self.left_out:
                    self.left_out[name] = None
                    self.warn(
                        f"a record has a field that is not in the CSV header, {name!r}: it is "
                        "left out (--format jsonl keeps every field)"
                    )
        self.writer.writerow([cell(self.value(record, row, name)) for name in self.columns])
        self.written += 1

    @staticmethod
    def value(record: Any, row: Any, name: str) -> Any:
        if row is not record and name in row:
            return row[name]  # a column of the flat row (its name may hold dots)
        return pick(record, name)

    def close(self) -> None:
        if self.columns is None:
            self.writer.writerow(self.header(None))
        super().close()


class Table(Sink):
    """Gathers every record, then writes aligned columns that fit the terminal."""

    gathers = True

    def __init__(self, out: TextIO, fields: Sequence[str] | None) -> None:
        super().__init__(out)
        self.fields = fields
        self.records: list[Any] = []

    def write(self, record: Any) -> None:
        self.records.append(record)

    def close(self) -> None:
        names = self.fields or table_columns(self.records, width())
        rows = [[cell(pick(r, n)) for n in names] for r in self.records]
        keep = {names.index("id")} if "id" in names else set()
        for line in table([n.upper() for n in names], rows, width(), keep=keep):
            self.out.write(line + "\n")
        self.written = len(self.records)
        super().close()


class Parquet(Sink):
    """Gathers every record, then writes the DataFrame of `to_dataframe()` to `target` (its
    columns chosen as csv --flatten chooses them)."""

    gathers = True

    def __init__(
        self, out: TextIO, target: BinaryIO, layout: Layout, fields: Sequence[str] | None
    ) -> None:
        super().__init__(out)
        self.target = target
        self.layout = layout
        self.fields = fields
        self.records: list[Any] = []

    def write(self, record: Any) -> None:
        self.records.append(record)

    def close(self) -> None:
        from brainstem_api_tools.dataframes import to_dataframe, write_parquet

        frame = to_dataframe(self.records, self.layout.model.name, include=self.layout.tree)
        if self.fields is not None:
            for name in self.layout.select(self.fields):
                if name not in frame.columns:  # a path into a dict: extra_fields.rig
                    frame[name] = [none(pick(record, name)) for record in self.records]
            frame = frame[self.layout.select(self.fields)]
        write_parquet(frame, self.target)
        self.target.flush()
        self.written = len(self.records)


def sink(
    fmt: str,
    *,
    key: str | None,
    fields: Sequence[str] | None,
    model_fields: Sequence[str] = (),
    out: TextIO | None = None,
    warn: Callable[[str], None] = say,
    layout: Layout | None = None,
    binary: BinaryIO | None = None,
) -> Sink:
    """The `Sink` of an output format; json writes a list under `key` (or a JSON array).

    csv rows are flat with a `layout` (--flatten); parquet needs a `layout` and the `binary`
    file it writes to."""
    out = out or sys.stdout
    if fmt == "parquet":
        assert layout is not None and binary is not None
        return Parquet(out, binary, layout, fields)
    if fmt == "jsonl":
        return JsonLines(out, fields)
    if fmt == "csv":
        return Csv(out, fields, model_fields, warn, layout)
    if fmt == "table":
        return Table(out, fields)
    return JsonList(out, key or "results", fields)


def render(
    body: Any,
    records: list[Any],
    key: str | None,
    *,
    fmt: str,
    fields: list[str] | None,
    default_columns: Sequence[str] = (),
    out: TextIO | None = None,
    layout: Layout | None = None,
    binary: BinaryIO | None = None,
) -> None:
    """Write a result: `body` is the API's answer, `records` the records in it (under `key`);
    `layout` and `binary` as for `sink`."""
    out = out or sys.stdout
    if fmt == "json":
        if fields is not None and key is not None and isinstance(body, dict):
            value = body[key]
            body = {
                **body,
                key: [trim(r, fields) for r in value]
                if isinstance(value, list)
                else trim(value, fields),
            }
        dump_json(body, out)
        out.flush()
        return
    writer = sink(
        fmt,
        key=key,
        fields=fields,
        model_fields=default_columns,
        out=out,
        layout=layout,
        binary=binary,
    )
    for record in records:
        writer.write(record)
    writer.close()


@contextlib.contextmanager
def output_file(path: str | None, *, binary: bool = False) -> Iterator[Any]:
    """None for stdout; else a file (text, or `binary`) that becomes `path` only once the block
    ends without an error: until then it is a hidden `.part` file beside it, removed on error."""
    if path is None or path == "-":
        yield None
        return
    target = os.path.abspath(path)
    part = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.part")
    try:
        handle = (
            open(part, "wb")  # noqa: SIM115
            if binary
            else open(part, "w", encoding="utf-8", newline="")  # noqa: SIM115
        )
    except OSError as exc:
        fail(f"--out {path}: cannot write there ({exc.strerror})")
    try:
        with handle:
            yield handle
        os.replace(part, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(part)


def width() -> int:
    """The terminal's width, or 80 when stdout is not a terminal (honours $COLUMNS)."""
    return max(40, terminal_columns())


def table_columns(records: list[Any], total: int) -> list[str]:
    """Default table columns: id and name first, then short plain fields while they fit."""
    names = columns_of(records)
    if not names:
        return ["id", "name"]

    def plain(name: str) -> bool:
        return all(not isinstance(r.get(name), dict | list) for r in records if isinstance(r, dict))

    def natural(name: str) -> int:
        return max([len(name), *(len(cell(pick(r, name))) for r in records[:50])])

    chosen: list[str] = [n for n in ("id", "name") if n in names]
    used = sum(natural(n) for n in chosen) + 2 * max(0, len(chosen) - 1)
    for name in names:
        if name in chosen or not plain(name):
            continue
        need = min(natural(name), 24) + 2
        if used + need > total:
            continue
        chosen.append(name)
        used += need
    return chosen or names[:1]


def table(
    headers: list[str],
    rows: list[list[str]],
    total: int,
    keep: set[int] | frozenset[int] = frozenset(),
) -> list[str]:
    """Aligned lines no wider than `total`, the widest columns cut first (`keep` ones last)."""
    rows = [[" ".join(text.split()) for text in row] for row in rows]  # one line per row
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    gap = 2
    floor = 6
    while sum(widths) + gap * (len(widths) - 1) > total:
        cuttable = [i for i in range(len(widths)) if widths[i] > floor]
        if not cuttable:
            break
        preferred = [i for i in cuttable if i not in keep] or cuttable
        widths[max(preferred, key=lambda i: widths[i])] -= 1

    def fit(text: str, w: int) -> str:
        return text if len(text) <= w else text[: max(0, w - 1)] + "…"

    lines = []
    for row in [headers, *rows]:
        parts = [fit(text, w).ljust(w) for text, w in zip(row, widths, strict=True)]
        lines.append((" " * gap).join(parts).rstrip())
    return lines
