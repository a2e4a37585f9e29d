"""Run the `brainstem` command line inside the test process, as a subprocess would see it.

`run_in_process(argv, env, input)` calls `brainstem_api_tools.cli.main.main(argv)` with:

* `os.environ` replaced by `env` for the run (and restored after), so the config folder,
  server and token come from the same variables a subprocess would get;
* stdin, stdout and stderr replaced by pipes that are no terminals (stdin holds `input`),
  and the terminal size of a pipe (80 columns, unless COLUMNS says otherwise);
* SystemExit (argparse's exits) turned into the exit code, and an unexpected exception into
  its traceback on stderr and exit 1, as the interpreter does;
* the output decoded as `subprocess.run(..., text=True)` decodes it (universal newlines).

A subprocess costs 100-300 ms of start-up per call; this costs a few milliseconds. What only a
real process shows (the installed entry point, signals, terminals, broken pipes, start-up
imports) is tested with real subprocesses.
"""

from __future__ import annotations

import io
import os
import sys
import traceback
import webbrowser
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SECRETS: set[str] = set()


@dataclass
class Result:
    args: list[str]
    code: int
    out: str
    err: str

    def json(self) -> Any:
        import json

        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Result({self.args}, code={self.code}, out={self.out[:300]!r}, err={self.err!r})"


def token_files(config: Path) -> list[Path]:
    root = config / "brainstem"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def check_no_leak(result: Result, config: Path | None, secrets: set[str] | None = None) -> None:
    """No known token on stdout or stderr; remembers the tokens of the token files."""
    if config is not None:
        for path in token_files(config):
            SECRETS.add(path.read_text().strip())
    for secret in SECRETS | (secrets or set()):
        assert secret not in result.out, f"token on stdout of brainstem {result.args}"
        assert secret not in result.err, f"token on stderr of brainstem {result.args}"


def _pipe(data: bytes = b"") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _forget_browsers() -> None:
    # webbrowser reads $BROWSER once, when it first opens something; each run has its own.
    with webbrowser._lock:  # type: ignore[attr-defined]
        webbrowser._tryorder = None  # type: ignore[attr-defined]
        webbrowser._browsers.clear()  # type: ignore[attr-defined]


def run_in_process(
    argv: Sequence[str],
    env: Mapping[str, str],
    input: str | None = None,
    clock: Any = None,
) -> tuple[int, str, str]:
    """Run `brainstem argv` here; (exit code, stdout, stderr). `clock` is the login's time."""
    from brainstem_api_tools.cli.main import main

    saved_env = dict(os.environ)
    saved = (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__)
    stdin, stdout, stderr = _pipe((input or "").encode()), _pipe(), _pipe()
    os.environ.clear()
    os.environ.update(env)
    _forget_browsers()
    # shutil.get_terminal_size() asks sys.__stdout__: a pipe has no size, so 80 columns.
    sys.stdin, sys.stdout, sys.stderr, sys.__stdout__ = stdin, stdout, stderr, stdout
    try:
        try:
            code = main(list(argv), clock=clock)
        except SystemExit as exc:
            if exc.code is None or isinstance(exc.code, int):
                code = exc.code or 0
            else:
                print(exc.code, file=stderr)
                code = 1
        except Exception:
            traceback.print_exc(file=stderr)
            code = 1
        return code, _text(stdout), _text(stderr)
    finally:
        sys.stdin, sys.stdout, sys.stderr, sys.__stdout__ = saved
        os.environ.clear()
        os.environ.update(saved_env)
        _forget_browsers()
