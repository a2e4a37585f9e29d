"""`--help` of every command, `--version`, `python -m brainstem_api_tools`, and a fast start."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import __version__
from brainstem_api_tools.cli.main import COMMANDS, build_parser, command_module, command_word

from ..test_public_api import NOT_WITH_THE_CLIENT
from .conftest import BRAINSTEM, CLI


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
    assert list(COMMANDS) == [n for n in names if " " not in n]
    assert [command_module(name).NAME for name in COMMANDS] == list(COMMANDS)
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
    assert "brainstem_api_tools.cli.load" in imported  # every command, for the list of them
    assert not imported & {"httpx", "brainstem_api_client", "brainstem_api_tools.client"}
    # nor what only some commands use, or only errors: each cost milliseconds of every start
    assert not imported & NOT_AT_START, sorted(imported & NOT_AT_START)


# What `brainstem --help` never imports (the commands import them when they run).
NOT_AT_START = {
    "typing",
    "dataclasses",  # and inspect, ast, dis with it
    "json",
    "pathlib",
    "traceback",  # only for --debug
    "csv",
    "difflib",  # suggestions in error messages
    "shutil",  # and bz2, lzma with it: the terminal's width is read without it
    "signal",
    "brainstem_api_tools.cli.completion_script",
}

# What `brainstem load MODEL --limit N` never imports: what the client's import leaves out
# (but the transport and the model table, which it uses), the other commands, and the
# generated models (the body is parsed into them only when `.parsed` is asked for).
NOT_FOR_A_LOAD = (NOT_WITH_THE_CLIENT - {"httpcore", "brainstem_api_tools._spec_tables"}) | {
    "attr",
    "brainstem_api_tools.cli.completion",
    "brainstem_api_tools.cli.models",
    "brainstem_api_tools.cli.save",
    "brainstem_api_client.models.session_list",
}


def test_a_load_imports_only_what_it_uses(cli_sandbox: Any, tmp_path: Path) -> None:
    probe = (
        "import contextlib, io, json, sys\n"
        "from brainstem_api_tools.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(sys.argv[1:])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    argv = ["load", "session", "--limit", "5"]
    env = CLI(tmp_path, url=cli_sandbox.url, token=cli_sandbox.token).environ()
    out = subprocess.run(
        [sys.executable, "-c", probe, *argv], capture_output=True, text=True, env=env, check=True
    ).stdout
    code, loaded = json.loads(out)
    assert code == 0
    assert "brainstem_api_tools.client" in loaded  # the probe did load
    assert not NOT_FOR_A_LOAD & {*loaded}, sorted(NOT_FOR_A_LOAD & {*loaded})


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["load", "session"], "load"),
        (["--token", "load", "save", "session"], "save"),  # "load" is the token
        (["--url=http://x", "--debug", "get", "project", "P"], "get"),
        (["auth", "status"], "auth"),
        (["load", "--help"], "load"),
        (["--help", "load"], None),  # the top-level help lists every command
        (["-h"], None),
        (["lod", "session"], None),  # an unknown command: argparse names the choices
        (["completion", "bash"], None),  # the script describes every command
        (["--token"], None),
        ([], None),
    ],
)
def test_only_the_command_run_is_built(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word
    parser = build_parser(only=word)
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == ([word] if word else list(COMMANDS))


def test_top_level_help_before_a_command_lists_every_command(tmp_path: Path) -> None:
    result = CLI(tmp_path)("--help", "load")
    assert result.code == 0
    assert all(f"    {name} " in result.out for name in COMMANDS)


def test_the_installed_command_prints_its_help(tmp_path: Path) -> None:
    """`brainstem --help` as installed: the width of the terminal is read as shutil would."""
    from brainstem_api_tools.cli.main import DESCRIPTION

    narrow = CLI(tmp_path)("--help", command=(BRAINSTEM,), env={"COLUMNS": "60"})
    assert narrow.code == 0
    assert DESCRIPTION not in narrow.out  # filled to 58 columns
    assert " ".join(narrow.out.split()).count(DESCRIPTION) == 1
    wide = CLI(tmp_path)("--help", command=(BRAINSTEM,), env={"COLUMNS": "200"})
    assert DESCRIPTION in wide.out


def test_the_executable_freezes_what_the_exit_would_scan(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`brainstem` (`cli.console`) exits with the command's code, and freezes the objects
    left: the interpreter's last garbage collections at exit pass them over."""
    import gc

    from brainstem_api_tools.cli import console

    monkeypatch.setattr(sys, "argv", ["brainstem", "models", "nosuchmodel"])
    try:
        with pytest.raises(SystemExit) as exited:
            console()
        frozen = gc.get_freeze_count()
    finally:
        gc.unfreeze()
    assert exited.value.code == 2  # the command's own code
    assert "unknown model 'nosuchmodel'" in capsys.readouterr().err
    assert frozen > 0
