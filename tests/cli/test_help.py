"""`--help` of every command, `--version`, `python -m brainstem_api_tools`, and a fast start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from brainstem_api_tools import __version__
from brainstem_api_tools.cli.main import COMMANDS, build_parser

from .conftest import CLI


def command_names() -> list[str]:
    """Every command and sub-command, read from the parser itself."""
    import argparse

    names = []

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    names.append(f"{prefix}{name}")
                    walk(sub, f"{prefix}{name} ")

    walk(build_parser(), "")
    return names


def test_every_registered_command_is_in_the_parser() -> None:
    names = command_names()
    assert [m.NAME for m in COMMANDS] == [n for n in names if " " not in n]
    assert set(names) >= {"login", "logout", "load", "save", "delete", "models", "auth status"}
    assert {"sandbox", "completion"} <= set(names)


@pytest.mark.parametrize("command", ["", *command_names()])
def test_help(command: str, tmp_path: Path) -> None:
    result = CLI(tmp_path)(*command.split(), "--help")
    assert result.code == 0, result
    assert result.out.startswith(f"usage: brainstem {command}".rstrip()), result.out[:200]
    assert result.err == ""
    width = max(len(line) for line in result.out.splitlines())
    assert width <= 100, f"help of {command!r} has lines of {width} characters"


def test_version(tmp_path: Path) -> None:
    result = CLI(tmp_path)("--version")
    assert (result.code, result.out) == (0, f"brainstem {__version__}\n")


def test_python_dash_m(tmp_path: Path) -> None:
    result = CLI(tmp_path)("--help", command=(sys.executable, "-m", "brainstem_api_tools"))
    assert result.code == 0
    assert result.out.startswith("usage: brainstem ")


def test_no_command_is_a_usage_error(tmp_path: Path) -> None:
    result = CLI(tmp_path)()
    assert result.code == 2
    assert "usage: brainstem" in result.err and result.out == ""
    result = CLI(tmp_path)("lod", "session")
    assert result.code == 2
    assert "invalid choice: 'lod'" in result.err


HEAVY = ("httpx", "httpcore", "brainstem_api_client", "brainstem_api_tools.client", "starlette")
PROBE = """
import contextlib, io, json, sys
from brainstem_api_tools.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    for argv in (["--help"], ["models"], ["models", "session"], ["completion", "bash"]):
        try:
            main(argv)
        except SystemExit:
            pass
print(json.dumps(sorted(sys.modules)))
"""


def test_fast_start_imports_no_http_stack(tmp_path: Path) -> None:
    """`--help`, `models` and `completion` import neither httpx nor the generated client."""
    env = CLI(tmp_path).environ()
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True
    ).stdout
    loaded = json.loads(out)
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]
    assert heavy == []
    assert "brainstem_api_tools.cli.main" in loaded  # the probe did run the command line


def test_importtime_of_help(tmp_path: Path) -> None:
    """The same, as `python -X importtime -m brainstem_api_tools --help` shows it."""
    env = CLI(tmp_path).environ()
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "brainstem_api_tools", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert "brainstem_api_tools.cli.main" in imported
    assert not imported & {"httpx", "brainstem_api_client", "brainstem_api_tools.client"}
