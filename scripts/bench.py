"""`make bench`: how fast the client pages, starts and iterates, against local sandboxes.

Each sandbox runs in its own process (so its memory and CPU are not the client's), on a free
loopback port with a set latency. Every figure is the median of several runs in this one
invocation; the tables go to stdout. This is a benchmark, not a test: nothing here fails on
a slow machine.

The first table sets our command line and import side by side with the official
`brainstem_python_api_tools` 2.0.0 (installed from PyPI into a throwaway virtualenv under
.bench-cache/, reused by later runs) and with the floors they aim at, as ratios. The commands
run in turns, round after round, so that a busy moment of a shared machine slows them all
alike; `--only startup` runs this table alone.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TOKEN = "bench-token"
PY = sys.executable
BIN = os.path.dirname(PY)
ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = "brainstem_python_api_tools==2.0.0"
CACHE = ROOT / ".bench-cache"


@contextmanager
def sandbox(records: int, latency_ms: float, data: str | None = None) -> Iterator[str]:
    proc = subprocess.Popen(
        [
            PY,
            "-m",
            "brainstem_api_tools.sandbox",
            "--port",
            "0",
            "--records",
            str(records),
            "--latency-ms",
            str(latency_ms),
            "--token",
            TOKEN,
            *(["--data", data] if data else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "listening on" not in line:
            raise SystemExit(f"sandbox did not start: {line!r}")
        yield line.rsplit(" ", 1)[1].strip()
    finally:
        proc.terminate()
        proc.wait(10)


def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def load_all(url: str, concurrency: int) -> list[dict[str, Any]]:
    from brainstem_api_tools import BrainstemClient

    with BrainstemClient(token=TOKEN, url=url, concurrency=concurrency) as client:
        return client.load("session", load_all=True)["sessions"]  # type: ignore[no-any-return]


# Side by side with the official client ---------------------------------------------------

BARE_HTTPX = """
import json, sys
import httpx
url, token = sys.argv[1:]
response = httpx.get(
    url.rstrip("/") + "/api/private/stem/session/",
    params={"limit": 5},
    headers={"Authorization": f"Bearer {token}"},
)
print(json.dumps(response.json(), indent=2))
"""


def throwaway_venv(name: str, requirement: str) -> Path | None:
    """A virtualenv under .bench-cache/ holding `requirement` (made once, then reused), on the
    Python running this script; None when it cannot be installed (offline)."""
    venv = CACHE / f"{name}-py{sys.version_info[0]}{sys.version_info[1]}"
    done = venv / "bench-installed"
    if done.exists():
        return venv
    shutil.rmtree(venv, ignore_errors=True)
    print(f"installing {requirement} into {venv} (once)", file=sys.stderr)
    steps = [
        [PY, "-m", "venv", str(venv)],
        [
            str(venv / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            requirement,
        ],
    ]
    for step in steps:
        proc = subprocess.run(step, capture_output=True, text=True)
        if proc.returncode:
            print(f"could not install {requirement}: {proc.stderr.strip()[-500:]}", file=sys.stderr)
            return None
    done.write_text(requirement + "\n")
    return venv


def command_env(home: str) -> dict[str, str]:
    """The environment of the timed commands: no PYTHON* or BRAINSTEM_* settings (bytecode
    is written and read as on a user's machine), an empty HOME."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "BRAINSTEM_", "XDG_"))
    }
    env["HOME"] = home
    return env


def interleaved(
    commands: dict[str, list[str]], rounds: int, env: dict[str, str]
) -> dict[str, float]:
    """The median wall time of each command, run in turns (a rotating order) for `rounds`."""
    for argv in commands.values():  # warm the file cache, write any missing bytecode, check
        subprocess.run(argv, capture_output=True, check=True, env=env)
    names = list(commands)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            subprocess.run(commands[name], capture_output=True, check=True, env=env)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def startup_rows(url: str, rounds: int) -> list[tuple[str, ...]]:
    """Our command line and import against the official 2.0.0's and the floors they aim at."""
    import httpx

    official = throwaway_venv("official-2.0.0", OFFICIAL)
    plain = throwaway_venv(f"httpx-{httpx.__version__}", f"httpx=={httpx.__version__}")
    # an editable install has no bytecode until it runs once; a user's install has it
    for folder in ("src", "generated"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    brainstem = os.path.join(BIN, "brainstem")
    load = ["load", "session", "--limit", "5", "--url", url, "--token", TOKEN]
    importing = "from brainstem_api_tools import BrainstemClient"
    commands = {
        "load": [brainstem, *load],
        "help": [brainstem, "--help"],
        "models": [brainstem, "models"],
        "import": [PY, "-c", importing],
        "import package": [PY, "-c", "import brainstem_api_tools"],
        "pass": [PY, "-c", "pass"],
    }
    if official:
        commands |= {
            "official load": [str(official / "bin" / "brainstem"), *load],
            "official help": [str(official / "bin" / "brainstem"), "--help"],
            "official import": [str(official / "bin" / "python"), "-c", importing],
        }
    if plain:
        commands |= {
            "httpx script": [str(plain / "bin" / "python"), "-c", BARE_HTTPX, url, TOKEN],
            "import httpx": [str(plain / "bin" / "python"), "-c", "import httpx"],
        }
    with tempfile.TemporaryDirectory() as home:
        t = interleaved(commands, rounds, command_env(home))

    def row(measure: str, ours: str, against: str, target: str = "") -> tuple[str, ...]:
        if against not in t:
            return (measure, ms(t[ours]), "(not installed)", "", "", target)
        return (
            measure,
            ms(t[ours]),
            NAMES[against],
            ms(t[against]),
            f"{t[ours] / t[against]:.2f}x",
            target,
        )

    return [
        row("`brainstem load session --limit 5`", "load", "official load", "<= 1.00x"),
        row("", "load", "httpx script", "aim: 1.00x"),
        row("`brainstem --help`", "help", "pass", "<= 3.50x"),
        row("", "help", "official help"),
        row("`brainstem models`", "models", "pass"),
        row(f'`python -c "{importing}"`', "import", "import httpx", "<= 1.20x"),
        row("", "import", "official import"),
        row('`python -c "import brainstem_api_tools"`', "import package", "pass"),
    ]


NAMES = {
    "official load": "official 2.0.0, the same request",
    "httpx script": "a bare httpx script, the same request",
    "pass": "`python -c pass`",
    "official help": "official 2.0.0 `brainstem --help`",
    "import httpx": '`python -c "import httpx"` (httpx alone installed)',
    "official import": "official 2.0.0, the same import",
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork and exec.
RSS_CHILD = """
import sys
from brainstem_api_tools import BrainstemClient
limit = int(sys.argv[2])
with BrainstemClient(token=sys.argv[3], url=sys.argv[1]) as client:
    n = 0
    for record in client.iter_records("session"):
        n += 1
        if n >= limit:
            break
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(n, hwm.split()[1])
"""


def peak_rss_mb(url: str, records: int) -> float:
    out = subprocess.run(
        [PY, "-c", RSS_CHILD, url, str(records), TOKEN], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(out[0]) == records, out
    return int(out[1]) / 1024


RSS_CLI = """
import sys
from brainstem_api_tools.cli.main import main
code = main(sys.argv[1:])
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(code, hwm.split()[1], file=sys.stderr)
"""


def cli_peak_rss_mb(url: str, records: int, skip: int, fmt: str) -> float:
    """Peak RSS of `brainstem load session --all` writing the last `records` sessions."""
    argv = ["--url", url, "--token", TOKEN, "load", "session", "--all", "--format", fmt]
    proc = subprocess.run(
        [PY, "-c", RSS_CLI, *argv, "--offset", str(skip)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    code, hwm = proc.stderr.splitlines()[-1].split()
    assert code == "0", proc.stderr
    return int(hwm) / 1024


ASYNC_MODELS = [
    "session",
    "project",
    "subject",
    "behavior",
    "dataacquisition",
    "manipulation",
    "procedure",
    "subjectlog",
    "cohort",
    "collection",
]


def async_loads(url: str, together: bool) -> int:
    from brainstem_api_tools import AsyncBrainstemClient

    async def main() -> int:
        async with AsyncBrainstemClient(token=TOKEN, url=url) as client:
            if together:
                results = await asyncio.gather(
                    *(client.load(m, load_all=True) for m in ASYNC_MODELS)
                )
            else:
                results = [await client.load(m, load_all=True) for m in ASYNC_MODELS]
        return sum(len(next(v for v in r.values() if isinstance(v, list))) for r in results)

    return asyncio.run(main())


def save_sessions(url: str, count: int, prefix: str, bulk: bool) -> int:
    """Create `count` sessions: one `save` after another, or one `save_many`. The records saved."""
    from brainstem_api_tools import BrainstemClient

    with BrainstemClient(token=TOKEN, url=url) as client:
        project = client.load("project", limit=1).json()["projects"][0]["id"]
        rows = [{"name": f"{prefix} {i}", "projects": [project]} for i in range(count)]
        if bulk:
            return len(client.save_many("session", rows).created)
        return sum(client.save("session", data=row).status_code == 201 for row in rows)


def import_rows(runs: int, count: int = 1_000) -> list[tuple[str, str]]:
    """A loop of single saves against save_many (8 at a time), `count` sessions each, every run
    on a fresh sandbox (its checks of unique names take longer as records pile up)."""

    def timed(bulk: bool) -> float:
        times = []
        for _ in range(runs):
            with sandbox(10, 20) as url:
                start = time.perf_counter()
                saved = save_sessions(url, count, "Bench", bulk)
                times.append(time.perf_counter() - start)
            assert saved == count, saved
        return statistics.median(times)

    loop, bulk = timed(False), timed(True)
    return [
        (f"save() in a loop, {count:,} sessions, 20 ms latency", f"{loop:.2f} s"),
        (f"save_many, {count:,} sessions, 20 ms latency, concurrency 8", f"{bulk:.2f} s"),
        ("  speed-up", f"{loop / bulk:.1f}x"),
    ]


def check_rows(count: int) -> int:
    """Write validation of `count` session rows as an import would check them: problems found."""
    import datetime as dt
    import uuid

    from brainstem_api_tools.validation import problems

    project = uuid.uuid4()
    start = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)
    rows = [
        {
            "name": f"Session {i}",
            "projects": [project],
            "description": "imported",
            "date_time": start + dt.timedelta(hours=i),
            "tags": ("rat", "ca1"),
            "extra_fields": {"rig": "A", "trial": i},
            "download_links": [{"repository": "DANDI", "url": f"https://dandiarchive.org/{i}"}],
        }
        for i in range(count)
    ]
    return sum(bool(problems("session", row)) for row in rows)


def big_project(sessions: int, folder: Path) -> tuple[str, Path]:
    """An export of one project holding `sessions` sessions (and, in proportion, subjects,
    behaviors, data acquisitions, procedures, logs...), made from a seeded sandbox whose
    sessions and subjects all belong to its first project."""
    from brainstem_api_tools import BrainstemClient
    from brainstem_api_tools.sandbox import run_sandbox

    with run_sandbox(records=sessions, token=TOKEN) as box:
        project = box.store.all("project")[0]["id"]
        for model in ("session", "subject"):
            for record in box.store.all(model):
                box.store.update(model, record["id"], {"projects": [project]})
        with BrainstemClient(token=TOKEN, url=box.url) as client:
            client.export_project(project, folder / "source")
    return str(project), folder / "source"


def export_rows(runs: int, sessions: int = 1_000) -> list[tuple[str, str]]:
    """The export of a `sessions`-session project at 20 ms latency, by fetch strategy."""
    import tempfile

    from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient
    from brainstem_api_tools.export import ExportPlan

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project, source = big_project(sessions, folder)
        counts = json.loads((source / "manifest.json").read_text())["counts"]
        runs_done = iter(range(1_000_000))

        def export(by_parent: bool = True, embed: bool = True, concurrency: int = 8) -> int:
            out = folder / f"run{next(runs_done)}"
            with BrainstemClient(token=TOKEN, url=url, concurrency=concurrency) as client:
                plan = ExportPlan(project, out, server=client.url, portal="private")
                plan.by_parent, plan.embed = by_parent, embed
                client._run_export(plan)
            return same_files(source, out)

        def export_async() -> int:
            async def main() -> None:
                async with AsyncBrainstemClient(token=TOKEN, url=url) as client:
                    await client.export_project(project, out)

            out = folder / f"run{next(runs_done)}"
            asyncio.run(main())
            return same_files(source, out)

        with sandbox(0, 20, data=str(source)) as url:
            what = (
                f"export of a {counts['session']:,}-session project "
                f"({sum(counts.values()):,} records), 20 ms latency"
            )
            default, n = median_time(export, runs)
            no_embed, _ = median_time(lambda: export(embed=False), runs)
            by_id, _ = median_time(lambda: export(by_parent=False, embed=False), runs)
            in_async, _ = median_time(export_async, runs)
            sequential, _ = median_time(lambda: export(concurrency=1), max(1, runs // 2))
            rows += [
                (f"{what}: default", f"{default:.2f} s"),
                ("  without include[] (children asked by id)", f"{no_embed:.2f} s"),
                ("  every record by id (filter{id.in} batches)", f"{by_id:.2f} s"),
                ("  default, async client", f"{in_async:.2f} s"),
                ("  default, concurrency 1", f"{sequential:.2f} s"),
            ]
            assert n == sum(counts.values())
    return rows


def same_files(a: Path, b: Path) -> int:
    """The records of export `b`, which must equal export `a` apart from the manifest."""
    for path in a.iterdir():
        if path.name != "manifest.json":
            assert path.read_bytes() == (b / path.name).read_bytes(), f"{path.name} differs"
    return int(sum(json.loads((b / "manifest.json").read_text())["counts"].values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000, help="records for the memory row")
    parser.add_argument(
        "--rounds", type=int, default=50, help="rounds of the side-by-side commands (50)"
    )
    parser.add_argument("--only", choices=("export", "startup"), help="run only these rows")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    if args.only == "export":
        table(export_rows(args.runs))
        return
    if args.only != "startup":
        print(
            f"Benchmarks, median of {args.runs} runs; Python {sys.version.split()[0]}, "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}",
            file=sys.stderr,
        )
    with sandbox(args.records, 0) as url:
        startup = startup_rows(url, args.rounds)
    print(
        f"Side by side, median of {args.rounds} interleaved rounds "
        f"(load average {os.getloadavg()[0]:.2f} at the end):",
        file=sys.stderr,
    )
    table(startup, STARTUP_HEADER)
    if args.only == "startup":
        return
    with sandbox(args.records, 20) as url:
        seq, records_seq = median_time(lambda: load_all(url, 1), args.runs)
        con, records_con = median_time(lambda: load_all(url, 8), args.runs)
        assert records_seq == records_con, "concurrent and sequential results differ"
        rows += [
            (f"load_all {args.records:,} sessions, 20 ms latency, sequential", f"{seq:.2f} s"),
            (f"load_all {args.records:,} sessions, 20 ms latency, concurrency 8", f"{con:.2f} s"),
            ("  speed-up (identical records)", f"{seq / con:.1f}x"),
        ]
        t_async_seq, n1 = median_time(lambda: async_loads(url, False), args.runs)
        t_async_con, n2 = median_time(lambda: async_loads(url, True), args.runs)
        assert n1 == n2
        rows += [
            (
                f"async: load_all of 10 models one after another ({n1:,} records)",
                f"{t_async_seq:.2f} s",
            ),
            ("async: the same 10 models at once", f"{t_async_con:.2f} s"),
            ("  speed-up", f"{t_async_seq / t_async_con:.1f}x"),
        ]
    with sandbox(args.records, 0) as url:
        seq, _ = median_time(lambda: load_all(url, 1), args.runs)
        con, _ = median_time(lambda: load_all(url, 8), args.runs)
        rows += [
            ("load_all, 0 ms latency, sequential", f"{args.records / seq:,.0f} records/s"),
            ("load_all, 0 ms latency, concurrency 8", f"{args.records / con:,.0f} records/s"),
        ]
    rows += import_rows(min(args.runs, 3))
    checked, bad = median_time(lambda: check_rows(1_000), args.runs)
    assert bad == 0
    rows.append(("write validation of 1,000 session records", f"{checked * 1000:.0f} ms"))
    with sandbox(args.big, 0) as url:
        small = statistics.median(peak_rss_mb(url, 1_000) for _ in range(3))
        big = statistics.median(peak_rss_mb(url, args.big) for _ in range(3))
        rows += [
            ("peak RSS iterating 1,000 sessions", f"{small:.1f} MB"),
            (f"peak RSS iterating {args.big:,} sessions", f"{big:.1f} MB"),
            ("  difference", f"{big - small:+.1f} MB"),
        ]
        for fmt in ("csv", "jsonl", "json"):
            few = cli_peak_rss_mb(url, 1_000, args.big - 1_000, fmt)
            every = cli_peak_rss_mb(url, args.big, 0, fmt)
            rows += [
                (
                    f"peak RSS of brainstem load session --all --format {fmt}, 1,000 sessions",
                    f"{few:.1f} MB",
                ),
                (f"  the same, {args.big:,} sessions (streamed)", f"{every:.1f} MB"),
            ]
    rows += export_rows(args.runs)
    table(rows)


STARTUP_HEADER = ("measure", "ours", "against", "theirs", "ratio", "target")


def table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...] = ("measure", "result")) -> None:
    """A Markdown table, the columns padded to their widest cell."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for cells in (header, tuple("-" * w for w in widths), *rows):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |")
    print()


if __name__ == "__main__":
    main()
