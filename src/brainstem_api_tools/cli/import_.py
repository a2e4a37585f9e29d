"""`brainstem import`: create and update many records from a CSV, JSONL or JSON file."""

from __future__ import annotations

import argparse
import contextlib
import sys

from brainstem_api_tools.cli.common import ERROR, OK, USAGE, CLIError, open_client, say

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, NoReturn, TextIO

    from brainstem_api_tools._model_info import ModelInfo
    from brainstem_api_tools.bulk import RowOutcome, SaveManyResult
    from brainstem_api_tools.rows import Row

NAME = "import"
HELP = "create and update many records from a CSV, JSONL or JSON file"
DESCRIPTION = """\
Save every record of FILE: a row with an id updates that MODEL record (PATCH with its other
fields), a row without one creates a record (POST). Rows go out --concurrency at a time.

Every row is checked against the API's description first. If any is invalid, each problem is
listed with its row number (in a CSV file, the row number a spreadsheet shows; in JSONL, the
line) and nothing is sent (exit 2); --skip-invalid sends the valid rows.

Each row's outcome (row, status, id, error) goes to the report as it is known: --report
FILE.csv or FILE.jsonl, else JSONL on stdout. Statuses: created, updated, invalid, failed (not
saved; a resumed run sends it again), uncertain (sent, but no answer says whether it was
saved: check it and mark it in the report as created, with its id, or failed), skipped (done in
the run resumed). --resume REPORT sends only what that report does not show done, and updates
it. A summary goes to stderr. Exit codes: 0 every row done, 1 some failed or uncertain, 2
invalid input (nothing sent).
"""
EXAMPLES = """\
examples:
  brainstem import session sessions.csv --dry-run
  brainstem import session sessions.csv --report report.csv
  brainstem import session sessions.csv --resume report.csv
  brainstem import subject subjects.jsonl --skip-invalid --report subjects-report.jsonl
  brainstem load session --all --format jsonl --fields id,description | brainstem import session -

CSV cells are read by the field's type: lists as JSON (["a", "b"]) or comma-separated (a, b),
JSON fields as JSON, booleans as true/false, yes/no, 1/0. An empty cell leaves the field out;
"" sends empty text, null sends null. docs/cli.md has the details.
"""


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(NAME, help=HELP, description=DESCRIPTION, epilog=EXAMPLES)
    parser.add_argument("model", metavar="MODEL", help="model name (`brainstem models` lists them)")
    parser.add_argument("file", metavar="FILE", help="CSV, TSV, JSONL or JSON file, or - for stdin")
    parser.add_argument(
        "--format",
        metavar="FORMAT",
        help="csv, tsv, jsonl or json: the format of FILE (default: from its extension, else "
        "from its first character)",
    )
    parser.add_argument(
        "--report",
        metavar="REPORT",
        help="write each row's outcome to REPORT: CSV if it ends in .csv, else JSONL; - for "
        "stdout (the default, unless resuming)",
    )
    parser.add_argument(
        "--resume",
        metavar="REPORT",
        help="go on with the run that wrote REPORT: skip the rows it shows done, keep its "
        "uncertain ones, send the rest; REPORT is updated unless --report names another",
    )
    parser.add_argument(
        "--concurrency",
        type=_width,
        default=8,
        metavar="N",
        help="rows sent at once (default 8)",
    )
    group = parser.add_argument_group("checking")
    group.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and write the plan (each row create, update or invalid) as the "
        "report; send nothing. Exit 0 if all rows are valid, 2 if not. Needs no login",
    )
    group.add_argument(
        "--skip-invalid",
        action="store_true",
        help="send the valid rows even if some are invalid (reported as invalid)",
    )
    group.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="send the rows without checking them against the API's description (for a field "
        "newer than this client)",
    )
    parser.set_defaults(func=run)
    return parser


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, not {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools.errors import InvalidDataError
    from brainstem_api_tools.models import get_model
    from brainstem_api_tools.rows import read_rows

    info = get_model(args.model)
    name = "stdin" if args.file == "-" else args.file
    rows = read_rows(sys.stdin if args.file == "-" else args.file, info, format=args.format)
    report = _report_target(args)
    options: dict[str, Any] = {
        "validate": args.validate,
        "skip_invalid": args.skip_invalid,
        "report": report,
        "resume": args.resume,
    }
    if args.dry_run:
        result = _plan(args, info, rows, options)
        say(f"Dry run of {name}: {result.summary()}; nothing was sent")
        _list(result.invalid, "invalid", report)
        return USAGE if result.invalid and not args.skip_invalid else OK
    try:
        with open_client(args) as client, _terminated_is_interrupted():
            result = client.save_many(
                info.name,
                rows,
                concurrency=args.concurrency,
                progress=_progress_line(info, report),
                **options,
            )
    except InvalidDataError as exc:
        _list(_invalid_outcomes(exc), "invalid", report)
        raise CLIError(
            f"{len(exc.body)} of {len(rows)} rows of {name} are invalid, nothing was sent: fix "
            "them, or pass --skip-invalid to send the valid rows",
            USAGE,
        ) from None
    except KeyboardInterrupt:
        kept = _kept_in(report, args)
        if kept:
            say(f"The report {kept} says what was done; go on with --resume {kept}")
        raise
    _summarize(result, info, name, report, args)
    return ERROR if result.failed or result.uncertain else OK


def _plan(
    args: argparse.Namespace, info: ModelInfo, rows: list[Row], options: dict[str, Any]
) -> SaveManyResult:
    """The plan of a dry run. Without records given by name it needs no server, so no login;
    with some, the names are looked up."""
    from brainstem_api_tools import bulk, names

    if any(names.mentions_names(row.data) for row in rows):
        with open_client(args) as client:
            return client.save_many(info.name, rows, dry_run=True, **options)
    prepared = bulk.prepare(info, rows, args.resume)
    plan = bulk.BulkRun.plan(
        prepared, portal="private", width=args.concurrency, dry_run=True, **options
    )
    with plan:
        pass
    return plan.result()


def _report_target(args: argparse.Namespace) -> str | TextIO | None:
    """Where the report goes: --report, else the resumed report (a real run), else stdout."""
    if args.report == "-":
        return sys.stdout
    if args.report:
        return str(args.report)
    if args.resume and not args.dry_run:
        return None  # save_many updates the resumed report
    return sys.stdout


def _kept_in(report: str | TextIO | None, args: argparse.Namespace) -> str | None:
    """The report file a later run can resume from, if the report is a file."""
    if isinstance(report, str):
        return report
    return str(args.resume) if report is None and args.resume else None


def _summarize(
    result: SaveManyResult, info: ModelInfo, name: str, report: str | TextIO | None, args: Any
) -> None:
    kept = _kept_in(report, args)
    where = f" (report: {kept})" if kept else ""
    say(f"Imported {info.list_key or info.name} from {name}: {result.summary()}{where}")
    for status in ("invalid", "failed", "uncertain"):
        _list([o for o in result.rows if o.status == status], status, report)
    if not (result.failed or result.uncertain):
        return
    resume = f"brainstem import {info.name} {args.file} --resume {kept or 'REPORT'}"
    if result.uncertain:
        say(
            "Uncertain rows were sent, but no answer says whether they were saved: look for "
            f"each (e.g. brainstem load {info.name} --filters name=...), then mark it in the "
            "report as created (with its id) or failed. Only then resume: " + resume
        )
    else:
        say(f"Failed rows were not saved. Fix what their errors point to, then resume: {resume}")
    if kept is None:
        say("(to resume, keep the report in a file: --report FILE, or redirect stdout)")


def _list(
    outcomes: list[RowOutcome], status: str, report: str | TextIO | None, limit: int = 20
) -> None:
    """The rows that need a look, on stderr (unless the report shows them on this terminal)."""
    if _on_terminal(report):
        return
    for outcome in outcomes[:limit]:
        error = outcome.error or ""
        if status == "uncertain":  # what to do about them follows, once
            error = error.split(". ", 1)[0]
        say(f"  row {outcome.row} {status}: {error}".rstrip())
    if len(outcomes) > limit:
        say(f"  ... and {len(outcomes) - limit} more {status} rows (all are in the report)")


def _invalid_outcomes(exc: Any) -> list[RowOutcome]:
    from brainstem_api_tools.bulk import RowOutcome, problem_text

    return [
        RowOutcome(int(row), "invalid", None, problem_text(found))
        for row, found in exc.body.items()
    ]


class _ProgressLine:
    """`Saving sessions... 120/1000` on one terminal line, redrawn at most 10 times a second."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        import time

        now = time.monotonic()
        if now - self.last >= 0.1 or done == total:
            self.last = now
            end = "\r\033[K" if done == total else ""
            sys.stderr.write(f"\rSaving {self.what}... {done}/{total}{end}")
            sys.stderr.flush()


def _progress_line(info: ModelInfo, report: str | TextIO | None) -> _ProgressLine | None:
    """A progress line when stderr is a terminal that the report does not write to."""
    if not sys.stderr.isatty() or _on_terminal(report):
        return None  # the report's lines would break the progress line
    return _ProgressLine(info.list_key or f"{info.name} records")


def _on_terminal(report: str | TextIO | None) -> bool:
    """Whether the report is written to a terminal (stdout)."""
    return report is not None and not isinstance(report, str) and report.isatty()


@contextlib.contextmanager
def _terminated_is_interrupted() -> Iterator[None]:
    """While rows are sent, SIGTERM is taken as Ctrl-C: the run ends its report either way."""
    import signal

    before = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def _interrupt(signum: int, frame: object) -> NoReturn:
    raise KeyboardInterrupt
