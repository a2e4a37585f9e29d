"""Saving many records: the plan, each row's outcome, the report, and re-runs.

What `save_many` does on both clients, decided here without network I/O; the clients only send
the planned calls, `concurrency` at a time, and hand each answer back (`BulkRun.answered`).

1. Rows are numbered (`Row.number`: as in the file for `rows.read_rows`, else the position
   from 0), and rows a resumed report shows done are set aside.
2. Every other row is checked against the spec and made into its call: with an `id`, an update
   (PATCH) of the other fields; without, a create (POST). If any row is invalid, nothing is
   sent (`InvalidDataError` lists the rows), unless invalid rows are to be skipped.
3. Each answer becomes the row's outcome (`RowOutcome`), written to the report as it comes:

   created, updated   done (the record's id)
   invalid            not sent: the data does not fit the API (`error` says why)
   failed             not done, safe to send again: the API refused it (4xx), the server could
                      not be reached, or the run stopped before sending it
   uncertain          sent, but no answer says whether it was applied: a lost connection, or
                      a 5xx/429 that a gateway may give after the server made the change.
                      Never sent again without a check
   skipped            not sent: a resumed report shows it done (its id is kept)

A resumed run (`resume=`) sends the failed and invalid rows and those the report does not have,
skips the done ones and keeps the uncertain ones as they are: whoever checks such a row marks
it in the report (created with its id, or failed) and resumes again.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from brainstem_api_tools._calls import Call, save_call
from brainstem_api_tools._encode import Unencodable
from brainstem_api_tools._model_info import ModelInfo
from brainstem_api_tools.errors import (
    APIError,
    BrainstemConnectionError,
    InvalidDataError,
    InvalidResponseError,
    TransportError,
    UsageError,
    WriteUncertainError,
)
from brainstem_api_tools.models import get_model
from brainstem_api_tools.names import SEPARATOR, Resolved
from brainstem_api_tools.progress import Progress
from brainstem_api_tools.query import check_id
from brainstem_api_tools.rows import ROW_PROBLEM, Row
from brainstem_api_tools.validation import problems as data_problems

if TYPE_CHECKING:
    from brainstem_api_tools.response import Response

__all__ = [
    "DONE",
    "STATUSES",
    "BulkRun",
    "Row",
    "RowOutcome",
    "SaveManyResult",
    "read_report",
]

STATUSES = ("created", "updated", "invalid", "failed", "uncertain", "skipped")
DONE = frozenset({"created", "updated", "skipped"})
PLANNED = ("create", "update")  # the statuses of a dry run's rows that would be sent
REPORT_FIELDS = ("row", "status", "id", "error")
IN_FLIGHT_SUFFIX = ".inflight"
SKIP_INVALID_HINT = "pass skip_invalid=True to send the valid rows"  # the CLI: --skip-invalid


@dataclass(frozen=True)
class RowOutcome:
    """What became of one row: `status` (see the module doc), the record's `id`, and `error`
    (why it was not done, or a note)."""

    row: int
    status: str
    id: str | None = None
    error: str | None = None

    @property
    def done(self) -> bool:
        return self.status in DONE


class SaveManyResult:
    """The outcome of every row of a `save_many`, in row order.

    `rows` lists the `RowOutcome`s; `created`, `updated`, `invalid`, `failed`, `uncertain` and
    `skipped` those with that status; `counts` how many have each; `ok` is True when every row
    is done. A dry run's rows are `create`, `update` (what would be sent), `invalid`,
    `skipped` or `uncertain`; its `ok` says that nothing stands in the way.
    """

    def __init__(self, outcomes: Iterable[RowOutcome], *, dry_run: bool = False) -> None:
        self.rows = sorted(outcomes, key=lambda o: o.row)
        self.dry_run = dry_run

    def _with(self, status: str) -> list[RowOutcome]:
        return [o for o in self.rows if o.status == status]

    @property
    def created(self) -> list[RowOutcome]:
        return self._with("created")

    @property
    def updated(self) -> list[RowOutcome]:
        return self._with("updated")

    @property
    def invalid(self) -> list[RowOutcome]:
        return self._with("invalid")

    @property
    def failed(self) -> list[RowOutcome]:
        return self._with("failed")

    @property
    def uncertain(self) -> list[RowOutcome]:
        return self._with("uncertain")

    @property
    def skipped(self) -> list[RowOutcome]:
        return self._with("skipped")

    @property
    def counts(self) -> dict[str, int]:
        """How many rows have each status (statuses no row has are left out)."""
        order = (*PLANNED, *STATUSES) if self.dry_run else STATUSES
        return {s: n for s in order if (n := sum(o.status == s for o in self.rows))}

    @property
    def ok(self) -> bool:
        fine = {*PLANNED, "skipped"} if self.dry_run else DONE
        return all(o.status in fine for o in self.rows)

    def summary(self) -> str:
        """`1,000 rows: 990 created, 8 updated, 2 failed` (a dry run: `990 to create`...)."""
        words = {"create": "to create", "update": "to update", "skipped": "skipped (done)"}
        parts = [f"{n:,} {words.get(s, s)}" for s, n in self.counts.items()]
        rows = f"{len(self.rows):,} row{'s' if len(self.rows) != 1 else ''}"
        return f"{rows}: {', '.join(parts)}" if parts else rows

    def __repr__(self) -> str:
        return f"<SaveManyResult {self.summary()}>"


# -- numbering and planning ------------------------------------------------------------------


def numbered(records: Iterable[Mapping[str, Any]] | Iterable[Row]) -> list[Row]:
    """The records as `Row`s: a `Row` keeps its number, any other record is numbered by its
    position from 0."""
    if isinstance(records, Mapping | str | bytes):
        raise UsageError(
            "records must be a list (or other iterable) of dicts, one per record, not a "
            f"{type(records).__name__}"
        )
    rows: list[Row] = []
    seen: set[int] = set()
    for index, record in enumerate(records):
        if isinstance(record, Row):
            row = record
        elif isinstance(record, Mapping):
            row = Row(index, record)
        else:
            kind = type(record).__name__
            row = Row(
                index, {}, {ROW_PROBLEM: [f"Invalid data. Expected a dictionary, but got {kind}."]}
            )
        if row.number in seen:
            raise UsageError(f"two records are numbered {row.number}: each row needs its own")
        seen.add(row.number)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Prepared:
    """The rows of a `save_many`, numbered, and what the run it resumes did."""

    info: ModelInfo
    rows: list[Row]
    previous: Previous | None

    @property
    def unsettled(self) -> list[Row]:
        """The rows this run may send: all but those the resumed run settled."""
        if self.previous is None:
            return self.rows
        previous = self.previous
        return [row for row in self.rows if carried(previous, row.number) is None]

    def named(self, resolved: list[Resolved | None]) -> Prepared:
        """The rows with ids for their names (`resolved`: one for each unsettled row, None
        for a row that gives none); a name that did not resolve is a problem of its row."""
        by_number = {
            row.number: result
            for row, result in zip(self.unsettled, resolved, strict=True)
            if result is not None
        }
        rows = []
        for row in self.rows:
            result = by_number.get(row.number)
            if result is not None:
                row = Row(row.number, result.value, {**row.problems, **result.problems})
            rows.append(row)
        return Prepared(self.info, rows, self.previous)


def prepare(
    model: object,
    records: Iterable[Mapping[str, Any]] | Iterable[Row],
    resume: str | os.PathLike[str] | SaveManyResult | None,
) -> Prepared:
    """The numbered rows and the resumed run's outcomes: all `save_many` needs before the
    names in the rows are looked up."""
    previous = previous_of(resume) if resume is not None else None
    prepared = Prepared(get_model(model), numbered(records), previous)
    if previous is not None:
        check_resume(previous, prepared.rows)
    return prepared


@dataclass(frozen=True)
class Planned:
    """A row to send: its call, and whether it creates or updates."""

    row: int
    call: Call[object]

    @property
    def action(self) -> str:
        return "update" if self.call.id is not None else "create"


def plan_row(
    info: ModelInfo, portal: str, row: Row, validate: bool
) -> Planned | dict[str, list[str]]:
    """The call that saves `row`, or every problem that keeps it from being sent."""
    data = dict(row.data)
    found = {key: list(messages) for key, messages in row.problems.items()}
    if found and not data:
        return found  # no record could be read: that is all there is to say
    raw_id = data.pop("id", None)
    record_id = None if raw_id is None or str(raw_id).strip() == "" else raw_id
    call: Call[object] | None = None
    try:
        if record_id is not None:
            record_id = check_id(info, record_id)
        call = save_call(info, portal, record_id, data, None, validate)
    except InvalidDataError as exc:
        found.update(_unless_read(exc.errors, found))
    except Unencodable as exc:
        found[exc.path[0] if exc.path else ROW_PROBLEM] = [exc.reason]
    except UsageError as exc:
        if record_id is not None and str(exc).startswith("id "):
            found["id"] = [str(exc)]
            if validate and "partial_update" in info.operations:
                found.update(_unless_read(data_problems(info, data, "update"), found))
        else:  # the model takes no such write
            found[ROW_PROBLEM] = [str(exc)]
    if found or call is None:
        return found
    return Planned(row.number, call)


def _unless_read(checked: Mapping[str, list[str]], read: Mapping[str, list[str]]) -> dict[str, Any]:
    """The spec's problems but those of fields whose value could not be read (a cell that is no
    JSON, a `REL:name` whose name did not resolve): those say it better."""
    unread = {key.partition(SEPARATOR)[0] for key in read}
    return {key: messages for key, messages in checked.items() if key not in unread}


def problem_text(found: Mapping[str, list[str]]) -> str:
    """`projects: This field is required.; name: ...`: the problems of one row on one line."""
    return "; ".join(
        " ".join(messages) if key == ROW_PROBLEM else f"{key}: {' '.join(messages)}"
        for key, messages in found.items()
    )


@dataclass(frozen=True)
class Previous:
    """What an earlier run did: the outcome of each row it reported, and the rows it was
    sending when it stopped without a word (its in-flight file)."""

    outcomes: Mapping[int, RowOutcome]
    in_flight: frozenset[int]
    source: str


def carried(previous: Previous, number: int) -> RowOutcome | None:
    """The outcome of row `number` set by an earlier run, or None to send it (again)."""
    before = previous.outcomes.get(number)
    if before is None:
        if number in previous.in_flight:
            return RowOutcome(
                number,
                "uncertain",
                None,
                "the run that was sending this row stopped before its answer came (it was "
                "killed?), so it may or may not have been saved. Look for the record, then mark "
                "the row created or updated (with its id) or failed in the report",
            )
        return None
    if before.status in DONE:
        note = before.error if before.status == "skipped" else f"{before.status} in an earlier run"
        return RowOutcome(number, "skipped", before.id, note)
    if before.status == "uncertain":
        return before
    return None  # invalid or failed: check and send again


def check_resume(previous: Previous, rows: list[Row]) -> None:
    numbers = {row.number for row in rows}
    strangers = sorted(set(previous.outcomes) - numbers)
    if strangers:
        shown = ", ".join(map(str, strangers[:5])) + (", ..." if len(strangers) > 5 else "")
        raise UsageError(
            f"{previous.source} reports rows these records do not have ({shown}): is it the "
            "report of another file? Resume with the same file as the run that wrote it"
        )


# -- the report --------------------------------------------------------------------------------


def report_format(name: str) -> str:
    return "csv" if Path(name).suffix.lower() in (".csv", ".tsv") else "jsonl"


class Report:
    """The per-row report: JSONL, or CSV for a path ending in .csv; one line per row,
    written (and flushed) as each row's outcome is known.

    A file report starts with the rows settled before sending (atomically replacing the report
    being resumed, if it is that file) and ends sorted by row. While rows are being sent, an
    in-flight file beside it (`REPORT.inflight`) lists them: if the process is killed, a
    resumed run reads it and treats those rows as uncertain rather than sending them again.
    """

    def __init__(self, target: str | os.PathLike[str] | TextIO) -> None:
        if isinstance(target, str | os.PathLike):
            self.path: Path | None = Path(target)
            self.stream: TextIO | None = None
            self.format = report_format(self.path.name)
        else:
            self.path = None
            self.stream = target
            self.format = report_format(str(getattr(target, "name", "")))
        self._file: TextIO | None = None
        self._in_flight: TextIO | None = None

    @property
    def name(self) -> str:
        return str(self.path) if self.path else str(getattr(self.stream, "name", "the report"))

    def start(self, outcomes: Iterable[RowOutcome], sending: bool) -> None:
        """Write the settled rows; with `sending`, open the in-flight file too."""
        outcomes = sorted(outcomes, key=lambda o: o.row)
        if self.path is None:
            assert self.stream is not None
            self._file = self.stream
            self._write(self.stream, outcomes, header=True)
            return
        self._replace(outcomes)
        self._file = self.path.open("a", encoding="utf-8", newline="")
        flight = in_flight_path(self.path)
        if sending:
            self._in_flight = flight.open("w", encoding="utf-8")
        else:  # what an earlier run's in-flight file said is in the report now
            flight.unlink(missing_ok=True)

    def sending(self, row: int) -> None:
        if self._in_flight is not None:
            self._in_flight.write(f"{row}\n")
            self._in_flight.flush()

    def write(self, outcome: RowOutcome) -> None:
        assert self._file is not None
        self._write(self._file, [outcome], header=False)

    def finish(self, outcomes: Iterable[RowOutcome]) -> None:
        """Close the report; a file is rewritten in row order and its in-flight file removed
        (every row sent has its line)."""
        if self.path is None:
            return
        if self._file is not None:
            self._file.close()
        self._replace(sorted(outcomes, key=lambda o: o.row))
        if self._in_flight is not None:
            self._in_flight.close()
            in_flight_path(self.path).unlink(missing_ok=True)

    def _replace(self, outcomes: Iterable[RowOutcome]) -> None:
        assert self.path is not None
        temporary = self.path.with_name(f".{self.path.name}.part")
        with temporary.open("w", encoding="utf-8", newline="") as out:
            self._write(out, outcomes, header=True)
            os.fsync(out.fileno())
        os.replace(temporary, self.path)

    def _write(self, out: TextIO, outcomes: Iterable[RowOutcome], *, header: bool) -> None:
        if self.format == "csv":
            writer = csv.writer(out, lineterminator="\n")
            if header:
                writer.writerow(REPORT_FIELDS)
            writer.writerows([o.row, o.status, o.id or "", o.error or ""] for o in outcomes)
        else:
            for outcome in outcomes:
                out.write(json.dumps(asdict(outcome), ensure_ascii=False) + "\n")
        out.flush()


def in_flight_path(report: Path) -> Path:
    return report.with_name(report.name + IN_FLIGHT_SUFFIX)


def check_report_target(
    report: str | os.PathLike[str] | TextIO | None, resume: object, *, dry_run: bool
) -> None:
    """Refuse to write over a file worth keeping (see `_worth_keeping`), unless a real run
    resumes it."""
    if not isinstance(report, str | os.PathLike):
        return
    path = Path(report)
    resumed = isinstance(resume, str | os.PathLike) and Path(resume).resolve() == path.resolve()
    if resumed and dry_run:
        raise UsageError(
            f"a dry run does not write its plan over the report it resumes ({path}): name "
            "another report, or none"
        )
    if resumed or not _worth_keeping(path):
        return
    raise UsageError(
        f"{path} already exists and holds what an earlier run did (or is not a report): to go "
        f"on with that run, resume from it ({path} is then updated); to start afresh, remove "
        "it or name another report"
    )


def _worth_keeping(path: Path) -> bool:
    """Whether `path` holds something a new report would lose: rows an earlier run did (or may
    have done), or anything that is not a report. A report of rows that were all invalid or
    failed, or a dry run's plan, is not."""
    if in_flight_path(path).exists():
        return True
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        text = path.read_text(encoding="utf-8-sig")
        csv_like = report_format(path.name) == "csv" or not text.lstrip().startswith("{")
        statuses = {
            str(entry.get("status") or "").strip().lower()
            for _, entry in (_csv_entries(text) if csv_like else _jsonl_entries(text))
        }
    except (OSError, UnicodeDecodeError, UsageError, csv.Error):
        return True
    if not statuses <= {*STATUSES, *PLANNED}:
        return True
    return not statuses & set(PLANNED) and bool(statuses - {"invalid", "failed"})


def read_report(source: str | os.PathLike[str]) -> Previous:
    """The outcomes a report holds (and its in-flight file, if a run was killed)."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read the report {str(path)!r}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not a report (not UTF-8 text)") from None
    csv_like = report_format(path.name) == "csv" or not text.lstrip().startswith("{")
    entries = _csv_entries(text) if csv_like else _jsonl_entries(text)
    outcomes: dict[int, RowOutcome] = {}
    for line, entry in entries:
        outcome = _outcome_entry(entry, f"{path}, line {line}")
        outcomes[outcome.row] = outcome  # a later line for the same row wins
    flight = in_flight_path(path)
    in_flight: frozenset[int] = frozenset()
    if flight.exists():
        words = flight.read_text(encoding="utf-8").split()
        in_flight = frozenset(int(word) for word in words if word.lstrip("-").isdigit())
    return Previous(outcomes, in_flight, str(path))


def previous_of(resume: str | os.PathLike[str] | SaveManyResult) -> Previous:
    if isinstance(resume, SaveManyResult):
        if resume.dry_run:
            raise UsageError("resume from the result of a run, not of a dry run")
        return Previous({o.row: o for o in resume.rows}, frozenset(), "the earlier result")
    if isinstance(resume, str | os.PathLike):
        return read_report(resume)
    raise UsageError(
        f"resume takes a report's path or an earlier SaveManyResult, not {type(resume).__name__}"
    )


def _csv_entries(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = [name.strip() for name in reader.fieldnames or ()]
    if "row" not in columns or "status" not in columns:
        raise UsageError(
            "a report's first line names its columns: row,status,id,error (this one has "
            f"{','.join(columns) or 'nothing'})"
        )
    for entry in reader:
        yield reader.line_num, {(k or "").strip(): v for k, v in entry.items()}


def _jsonl_entries(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line {number} of the report is not JSON ({exc.msg})") from None
        if not isinstance(entry, dict):
            raise UsageError(f"line {number} of the report is not a JSON object")
        yield number, entry


def _outcome_entry(entry: Mapping[str, Any], where: str) -> RowOutcome:
    status = str(entry.get("status") or "").strip().lower()
    if status in PLANNED:
        raise UsageError(f"{where}: this is the plan of a dry run; resume from a run's report")
    if status not in STATUSES:
        raise UsageError(
            f"{where}: status {status!r} is none of {', '.join(STATUSES)} (mark a row you "
            "checked as created, with its id, or as failed)"
        )
    try:
        row = int(str(entry.get("row")).strip())
    except ValueError:
        raise UsageError(f"{where}: row {entry.get('row')!r} is not a row number") from None
    record_id = str(entry.get("id") or "").strip() or None
    error = str(entry.get("error") or "").strip() or None
    return RowOutcome(row, status, record_id, error)


# -- answers -----------------------------------------------------------------------------------


def _done(planned: Planned) -> str:
    return "updated" if planned.action == "update" else "created"


def _check(planned: Planned) -> str:
    """How a person finds out what became of an uncertain row, and what to do then."""
    model, record_id = planned.call.model.name, planned.call.id
    if record_id is None:
        return (
            f"Look for it (load {model} records filtered on a field it sets, e.g. name), then "
            "mark the row created (with its id) or failed in the report"
        )
    return (
        f"Load {model} {record_id} to see whether it has the new values, then mark the row "
        "updated or failed in the report (sending the same fields again is harmless)"
    )


def _uncertain(planned: Planned, what: str) -> RowOutcome:
    return RowOutcome(planned.row, "uncertain", planned.call.id, f"{what}. {_check(planned)}")


def outcome_of(
    planned: Planned, response: Response[object] | None, error: BaseException | None
) -> tuple[RowOutcome, str | None]:
    """The outcome of a sent row, and why the run must stop (None to go on).

    A run stops when no other row can succeed: the token was refused (401), or the server
    cannot be reached.
    """
    number, call = planned.row, planned.call
    if error is not None:
        if isinstance(error, WriteUncertainError):
            where = f"{error.method} {error.url}"
            lost = f"the connection failed after the request was sent, so the {call.model.name}"
            return _uncertain(
                planned,
                f"{where}: {lost} may or may not have been {_done(planned)}; not sent again",
            ), None
        if isinstance(error, TransportError):  # nothing was sent
            stop = str(error) if isinstance(error, BrainstemConnectionError) else None
            return RowOutcome(number, "failed", call.id, str(error)), stop
        raise error
    assert response is not None
    status = response.status_code
    if 200 <= status < 300:
        return _saved(planned, response), None
    if 400 <= status < 500 and status not in (408, 429):
        try:
            response.raise_for_status()
        except APIError as exc:
            text = str(exc)
        return RowOutcome(number, "failed", call.id, text), text if status == 401 else None
    http = response.http
    answer = f"{status} {http.reason_phrase} from {http.request.method} {http.request.url}"
    return _uncertain(
        planned,
        f"{answer}: this answer does not say whether the {call.model.name} was {_done(planned)} "
        f"(a gateway may give it after the server saved it); not sent again",
    ), None


def _saved(planned: Planned, response: Response[object]) -> RowOutcome:
    call = planned.call
    status = "updated" if planned.action == "update" else "created"
    if call.id is not None:
        return RowOutcome(planned.row, status, call.id)
    try:
        body = response.json()
    except InvalidResponseError:
        body = None
    record = body.get(call.model.detail_key or "", body) if isinstance(body, dict) else None
    record_id = record.get("id") if isinstance(record, dict) else None
    if record_id is None:
        return RowOutcome(
            planned.row,
            status,
            None,
            f"{response.status_code}: created, but the answer was cut off or unreadable, so its "
            "id is unknown: find it by a field you set (e.g. name)",
        )
    return RowOutcome(planned.row, status, str(record_id))


# -- one run -----------------------------------------------------------------------------------


class BulkRun:
    """One `save_many`: the rows to send and the outcomes so far.

    The client enters it (the report starts; invalid rows raise `InvalidDataError` here unless
    skipped), calls `started` as each row goes out and `answered` with each answer, and leaves
    it (rows still out are uncertain, rows never sent failed; the report ends).
    """

    def __init__(
        self,
        info: ModelInfo,
        portal: str,
        rows: list[Row],
        *,
        validate: bool,
        skip_invalid: bool,
        dry_run: bool,
        width: int,
        progress: Progress | None,
        report: str | os.PathLike[str] | TextIO | None,
        previous: Previous | None,
    ) -> None:
        self.info = info
        self.width = width
        self.dry_run = dry_run
        self.skip_invalid = skip_invalid
        self._progress = progress
        self._report = Report(report) if report is not None else None
        self.outcomes: dict[int, RowOutcome] = {}
        self.problems: dict[int, dict[str, list[str]]] = {}  # of the invalid rows
        self.to_send: list[Planned] = []
        for row in rows:
            settled = carried(previous, row.number) if previous is not None else None
            if settled is not None:
                self.outcomes[row.number] = settled
                continue
            plan = plan_row(info, portal, row, validate)
            if isinstance(plan, Planned):
                self.to_send.append(plan)
            else:
                self.problems[row.number] = plan
                self.outcomes[row.number] = RowOutcome(
                    row.number, "invalid", None, problem_text(plan)
                )
        self.total = len(rows)
        if dry_run:
            for planned in self.to_send:
                self.outcomes[planned.row] = RowOutcome(
                    planned.row, planned.action, planned.call.id
                )
            self.to_send = []
        self._out: dict[int, Planned] = {}
        self._answered = 0
        self.stopped: str | None = None

    @classmethod
    def plan(
        cls,
        prepared: Prepared,
        *,
        portal: str,
        width: int,
        validate: bool = True,
        skip_invalid: bool = False,
        dry_run: bool = False,
        progress: Progress | None = None,
        report: str | os.PathLike[str] | TextIO | None = None,
        resume: str | os.PathLike[str] | SaveManyResult | None = None,
    ) -> BulkRun:
        """The run that saves the prepared rows (see `save_many`), planned and checked;
        nothing is sent. Without `report`, a resumed report file (not a dry run's) is the
        report."""
        if report is None and isinstance(resume, str | os.PathLike) and not dry_run:
            report = resume  # the report goes on recording what is done
        check_report_target(report, resume, dry_run=dry_run)
        return cls(
            prepared.info,
            portal,
            prepared.rows,
            validate=validate,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            width=width,
            progress=progress,
            report=report,
            previous=prepared.previous,
        )

    @property
    def invalid(self) -> list[RowOutcome]:
        return sorted(
            (o for o in self.outcomes.values() if o.status == "invalid"), key=lambda o: o.row
        )

    def result(self) -> SaveManyResult:
        return SaveManyResult(self.outcomes.values(), dry_run=self.dry_run)

    def __enter__(self) -> BulkRun:
        invalid = self.invalid
        refused = bool(invalid) and not self.skip_invalid and not self.dry_run
        if refused:
            self.to_send = []
        if self._report is not None:
            self._report.start(self.outcomes.values(), sending=bool(self.to_send))
        if refused:
            if self._report is not None:
                self._report.finish(self.outcomes.values())
            raise _invalid_rows(self.info, invalid, self.problems, self.total)
        if self.to_send and self._progress is not None:
            self._progress(0, len(self.to_send))
        return self

    def started(self, planned: Planned) -> None:
        self._out[planned.row] = planned
        if self._report is not None:
            self._report.sending(planned.row)

    def not_sent(self, planned: Planned) -> None:
        """A row `started` whose request never left: it is not sent, not uncertain."""
        self._out.pop(planned.row, None)

    def answered(
        self, planned: Planned, response: Response[object] | None, error: BaseException | None
    ) -> None:
        try:
            outcome, stop = outcome_of(planned, response, error)
        except BaseException as exc:  # not an outcome the client foresees: say so, and stop
            self._record(RowOutcome(planned.row, "uncertain", planned.call.id, _unforeseen(exc)))
            self.stop(f"stopped after row {planned.row} failed unexpectedly")
            raise
        self._record(outcome)
        if stop is not None:
            self.stop(f"stopped after row {planned.row} failed: {stop}")

    def stop(self, reason: str) -> None:
        """Send no more rows; `reason` completes "the run ..." ("was interrupted")."""
        if self.stopped is None:
            self.stopped = reason

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if kind is not None:
            interrupted = isinstance(exc, KeyboardInterrupt)  # the clients say so on cancel
            self.stop("was interrupted" if interrupted else f"stopped ({kind.__name__})")
        for planned in list(self._out.values()):
            self._record(
                _uncertain(
                    planned,
                    f"the run {self.stopped} while this row was being sent, so it may or may "
                    f"not have been {_done(planned)}",
                )
            )
        for planned in self.to_send:
            if planned.row not in self.outcomes:
                self._record(
                    RowOutcome(
                        planned.row, "failed", planned.call.id, f"not sent: the run {self.stopped}"
                    ),
                    count=False,
                )
        if self._report is not None:
            self._report.finish(self.outcomes.values())

    def _record(self, outcome: RowOutcome, *, count: bool = True) -> None:
        self._out.pop(outcome.row, None)
        self.outcomes[outcome.row] = outcome
        if self._report is not None:
            self._report.write(outcome)
        if count:
            self._answered += 1
            if self._progress is not None:
                self._progress(self._answered, len(self.to_send))


def _unforeseen(exc: BaseException) -> str:
    return (
        f"the client failed while sending this row ({type(exc).__name__}: {exc}), so it may or "
        "may not have been applied"
    )


def _invalid_rows(
    info: ModelInfo,
    invalid: list[RowOutcome],
    problems: Mapping[int, Mapping[str, list[str]]],
    total: int,
) -> InvalidDataError:
    """Every invalid row in one error: `.body` (and `.errors`, flattened) by row number."""
    shown = "; ".join(f"row {o.row}: {o.error}" for o in invalid[:10])
    more = f"; and {len(invalid) - 10} more rows" if len(invalid) > 10 else ""
    return InvalidDataError(
        f"invalid data in {len(invalid)} of {total} {info.name} rows, nothing was sent: "
        f"{shown}{more} (fix them, or {SKIP_INVALID_HINT})",
        body={str(o.row): problems.get(o.row, {ROW_PROBLEM: [o.error or ""]}) for o in invalid},
    )
