"""`brainstem load` never cuts output short without a word: a page says what it leaves out, in
every format; `--all` writes jsonl, csv and json as pages arrive, says when it stopped early,
and shows done/total on a terminal."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient, InvalidResponseError
from brainstem_api_tools.cli.output import Csv
from brainstem_api_tools.models import MODELS

from .conftest import CLI, start_sandbox
from .test_additions import run_on_terminal

FORMATS = ("json", "jsonl", "csv", "table")
CLI_TOKEN = "cli-test-pages-token-0123456789"


def count(fmt: str, out: str) -> int:
    """The number of records in an output."""
    if fmt == "json":
        return len(json.loads(out)["sessions"])
    lines = out.splitlines()
    return len(lines) - (fmt in ("csv", "table"))


# -- one page -----------------------------------------------------------------------------------


def test_a_page_says_what_it_leaves_out_in_every_format(cli: CLI, cli_sandbox: Any) -> None:
    total = len(cli_sandbox.store.all("session"))
    assert total > 20
    for fmt in FORMATS:
        result = cli("load", "session", "--format", fmt)
        assert result.code == 0, result
        assert count(fmt, result.out) == 20
        if fmt == "json":
            assert result.json()["meta"]["total_results"] == total  # where the total comes from
        assert result.err == (
            f"Showing sessions 1-20 of {total}. Add --all to load all {total}, or --offset 20 "
            "for the next page.\n"
        )
    later = cli("load", "session", "--limit", "10", "--offset", "20", "--format", "csv")
    assert later.err == (
        f"Showing sessions 21-30 of {total}. Add --all (without --offset) to load all {total}, "
        "or --offset 30 for the next page.\n"
    )


def test_a_page_that_ends_the_list_says_nothing(cli: CLI, cli_sandbox: Any) -> None:
    total = len(cli_sandbox.store.all("session"))
    whole = cli("load", "session", "--limit", "100", "--format", "csv")
    assert whole.code == 0 and whole.err == "" and count("csv", whole.out) == total
    record = cli_sandbox.store.all("session")[0]["id"]
    assert cli("load", "session", "--id", record).err == ""
    beyond = cli("load", "session", "--offset", str(total + 20), "--format", "csv")
    assert beyond.err == f"No sessions at offset {total + 20}: there are {total} in all\n"


@pytest.fixture(scope="module")
def styled(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """Sandboxes that give no total: only a `next` link, or nothing."""
    with_next = start_sandbox(request, records=25, token=CLI_TOKEN, pagination="next")
    bare = start_sandbox(request, records=25, token=CLI_TOKEN, pagination="none")
    yield {"next": next(with_next), "none": next(bare)}
    for started in (with_next, bare):
        next(started, None)


def test_without_a_total(styled: dict[str, Any], tmp_path: Any) -> None:
    with_next = CLI(tmp_path / "a", url=styled["next"].url, token=CLI_TOKEN)
    assert with_next("load", "session", "--format", "jsonl").err == (
        "Showing sessions 1-20; more follow. Add --all to load them all, or --offset 20 for the "
        "next page.\n"
    )
    bare = CLI(tmp_path / "b", url=styled["none"].url, token=CLI_TOKEN)
    assert bare("load", "session", "--limit", "5", "--offset", "20").err == (
        "Showing sessions 21-25, a full page; there may be more. Add --all (without --offset) "
        "to load them all, or --offset 25 for the next page.\n"
    )
    assert bare("load", "session", "--offset", "20").err == ""  # 5 of 20: a short page


# -- every page ---------------------------------------------------------------------------------


def test_all_in_every_format(cli: CLI, cli_sandbox: Any) -> None:
    truth = [r["id"] for r in cli_sandbox.store.all("session")]
    whole = cli("load", "session", "--all", "--limit", "7")
    assert [r["id"] for r in whole.json()["sessions"]] == truth
    assert whole.out == json.dumps(whole.json(), ensure_ascii=False, separators=(",", ":")) + "\n"
    lines = cli("load", "session", "--all", "--limit", "7", "--format", "jsonl").out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == truth
    table = cli("load", "session", "--all", "--limit", "7", "--format", "table").out.splitlines()
    assert [line.split()[0] for line in table[1:]] == truth
    result = cli("load", "session", "--all", "--format", "csv")
    assert result.err == ""  # complete: nothing to say
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == list(MODELS["session"].fields)  # the spec's fields, in its order
    assert [row[0] for row in rows[1:]] == truth
    none = cli("load", "session", "--all", "--format", "csv", "--filters", "name=nothing")
    assert none.out.splitlines() == [",".join(MODELS["session"].fields)]  # the same header


@pytest.fixture(scope="module")
def faulty(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A sandbox whose answers may come cut in half (not retried: the body is not JSON)."""
    started = start_sandbox(request, records=40, token=CLI_TOKEN, conform=False)
    sandbox = next(started)
    yield sandbox
    sandbox.faults.off()
    next(started, None)


def a_seed_that_fails_midway(sandbox: Any) -> tuple[int, int]:
    """A fault seed under which paging by 5 fails after some pages, and how many records the
    library yields before it does."""
    with BrainstemClient(token=CLI_TOKEN, url=sandbox.url) as client:
        for seed in range(100):
            sandbox.faults.configure(kinds=("partial",), rate=0.3, seed=seed)
            yielded = 0
            try:
                for _ in client.iter_records("session", page_size=5):
                    yielded += 1
            except InvalidResponseError:
                if yielded:
                    return seed, yielded
    raise AssertionError("no seed fails midway")


def test_all_says_when_it_stopped_early(faulty: Any, tmp_path: Any) -> None:
    cli = CLI(tmp_path, url=faulty.url, token=CLI_TOKEN)
    seed, yielded = a_seed_that_fails_midway(faulty)
    for fmt in ("jsonl", "csv", "json"):
        faulty.faults.configure(kinds=("partial",), rate=0.3, seed=seed)
        result = cli("load", "session", "--all", "--limit", "5", "--format", fmt)
        assert result.code == 1
        # the records of the pages before the failure were written as they arrived
        assert result.out.count('"id"' if fmt != "csv" else "\n") == yielded + (fmt == "csv")
        first, second = result.err.splitlines()
        assert first == f"Stopped after {yielded} of 40 sessions: the output is incomplete"
        assert second.startswith("error: 200 from GET http://")
    with pytest.raises(json.JSONDecodeError):  # a cut json document does not parse
        json.loads(result.out)


def test_all_on_a_terminal_shows_done_of_total(cli: CLI, cli_sandbox: Any) -> None:
    total = len(cli_sandbox.store.all("session"))
    code, out, terminal = run_on_terminal(cli, "load", "session", "--all", "--limit", "5",
                                          "--format", "csv")  # fmt: skip
    assert code == 0
    # a tqdm bar: "Loading sessions:  25%|██▌   | 10/40 [00:00<00:00, 96.30 sessions/s]"
    assert re.search(rf"\rLoading sessions: +\d+%\|.*\| \d+/{total} \[", terminal), terminal
    assert terminal.endswith(f"Loaded {total} sessions\n")
    assert count("csv", out) == total
    # an error before any record: no "Loaded 0 sessions", just the error
    code, out, terminal = run_on_terminal(cli, "load", "session", "--all",
                                          "--filters", "projects=Some project")  # fmt: skip
    assert code == 1 and out == ""
    assert "Loaded" not in terminal and "Stopped" not in terminal
    assert terminal.strip().startswith("error: the server rejected the request (400")


def test_csv_columns_are_fixed_by_the_first_record() -> None:
    out, warnings = io.StringIO(), []
    sink = Csv(out, None, ("id", "name"), warnings.append)
    sink.write({"id": 1, "name": "a", "extra": True})
    sink.write({"id": 2, "name": "b", "later": [1], "extra": False})
    sink.write({"id": 3, "later": [2]})
    sink.close()
    assert out.getvalue() == "id,name,extra\n1,a,true\n2,b,false\n3,,\n"
    assert warnings == [
        "a record has a field that is not in the CSV header, 'later': it is left out "
        "(--format jsonl keeps every field)"
    ]
    chosen: Callable[[str], None] = warnings.append
    out = io.StringIO()
    fields = Csv(out, ["name", "later"], ("id", "name"), chosen)
    fields.write({"id": 1, "name": "a", "extra": True})
    fields.close()
    assert out.getvalue() == "name,later\na,\n"
    assert len(warnings) == 1  # --fields chose the columns: nothing left out to warn about
