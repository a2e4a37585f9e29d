"""What the command line adds to the guide: --all, formats, --fields, --data @file and -,
models, auth status, logout of one server, sandbox, completion."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import tokens
from brainstem_api_tools.models import MODELS

from .conftest import BRAINSTEM, CLI, Result, check_no_leak

# -- load --all and terminals ------------------------------------------------------------------


def test_all_loads_every_page(cli: CLI, cli_sandbox: Any) -> None:
    result = cli("load", "session", "--all", "--limit", "7")
    assert result.code == 0, result
    ids = [s["id"] for s in result.json()["sessions"]]
    assert ids == [s["id"] for s in cli_sandbox.store.all("session")]
    assert len(set(ids)) == 40
    assert result.err == ""  # no progress when stderr is not a terminal
    filtered = cli(
        "load", "session", "--all", "--filters", "name.icontains=rat", "--fields", "name"
    )
    names = [s["name"] for s in filtered.json()["sessions"]]
    assert names and all(
        "rat" in n.lower() and list(s) == ["name"]
        for n, s in zip(names, filtered.json()["sessions"], strict=True)
    )


def run_on_terminal(cli: CLI, *args: str, stdout_tty: bool = False) -> tuple[int, str, str]:
    """Run with stderr (and optionally stdout) on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [BRAINSTEM, *args],
        stdout=slave if stdout_tty else subprocess.PIPE,
        stderr=slave,
        env=cli.environ({"COLUMNS": "80"}),
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 10)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not data:
            break
        chunks.append(data)
    out = proc.stdout.read().decode() if proc.stdout else ""
    code = proc.wait(10)
    os.close(master)
    terminal = b"".join(chunks).decode().replace("\r\n", "\n")
    check_no_leak(Result(list(args), code, out, terminal), cli.config)
    return code, out, terminal


def test_json_is_indented_on_a_terminal_and_compact_in_a_pipe(cli: CLI) -> None:
    code, _, terminal = run_on_terminal(cli, "load", "session", "--limit", "2", stdout_tty=True)
    assert code == 0
    assert terminal.startswith('{\n  "sessions": [\n')
    piped = cli("load", "session", "--limit", "2").out
    assert piped.count("\n") == 1 and ", " not in piped[:50]
    document, note = terminal.rstrip("\n").rsplit("\n", 1)
    assert note.startswith("Showing sessions 1-2 of ")  # on stderr, after the document
    assert json.loads(piped) == json.loads(document)


# -- formats and fields ------------------------------------------------------------------------


def test_jsonl(cli: CLI) -> None:
    result = cli("load", "session", "--limit", "5", "--format", "jsonl")
    records = [json.loads(line) for line in result.out.splitlines()]
    assert len(records) == 5 and all("id" in r for r in records)
    one = cli("load", "session", "--id", records[0]["id"], "--format", "jsonl")
    assert [json.loads(line) for line in one.out.splitlines()] == [records[0]]


def test_csv_is_loadable_with_nested_values_as_json(cli: CLI) -> None:
    body = cli("load", "session", "--limit", "10").json()["sessions"]
    result = cli("load", "session", "--limit", "10", "--format", "csv")
    assert result.code == 0
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 10
    assert list(rows[0]) == list(body[0])  # every field, in the API's order
    for row, record in zip(rows, body, strict=True):
        assert row["name"] == record["name"]
        assert json.loads(row["projects"]) == record["projects"]
        assert json.loads(row["extra_fields"]) == record["extra_fields"]
        assert row["date_time"] == (record["date_time"] or "")
    chosen = cli("load", "session", "--limit", "3", "--format", "csv", "--fields", "id,name")
    assert chosen.out.splitlines()[0] == "id,name"
    assert len(chosen.out.splitlines()) == 4
    # an empty result still has its header
    empty = cli("load", "session", "--filters", "name=nothing", "--format", "csv")
    assert empty.out.startswith("id,name,")


def test_table_fits_80_columns(cli: CLI) -> None:
    for args in (
        ["load", "session", "--limit", "20"],
        ["load", "session", "--limit", "5", "--fields", "id,name,description,projects,tags"],
        ["load", "project", "--portal", "public"],
    ):
        result = cli(*args, "--format", "table")
        assert result.code == 0, result
        lines = result.out.splitlines()
        assert max(len(line) for line in lines) <= 80, result.out
        assert lines[0].split()[:2] == ["ID", "NAME"]
    ids = [line.split()[0] for line in cli("load", "session", "--format", "table").out.splitlines()]
    assert all(len(i) == 36 for i in ids[1:])  # ids are never cut


def test_fields(cli: CLI) -> None:
    result = cli("load", "session", "--limit", "3", "--fields", "id,name,projects.name",
                 "--include", "projects")  # fmt: skip
    sessions = result.json()["sessions"]
    assert [list(s) for s in sessions] == [["id", "name", "projects.name"]] * 3
    assert all(isinstance(s["projects.name"], list) for s in sessions)
    bad = cli("load", "session", "--fields", "id,nmae")
    assert bad.code == 2
    assert bad.err == "error: --fields: session has no field 'nmae'; did you mean name?\n"


# -- save --data @file and - ------------------------------------------------------------------


def test_save_data_from_file_and_stdin(cli: CLI, clean: Any, tmp_path: Path) -> None:
    project = clean.store.all("project")[0]["id"]
    path = tmp_path / "session.json"
    path.write_text(json.dumps({"name": "From a file", "projects": [project]}))
    created = cli("save", "session", "--data", f"@{path}")
    assert created.code == 0, created
    record = created.json()["session"]
    assert record["name"] == "From a file"
    changed = cli("save", "session", "--id", record["id"], "--data", "-",
                  input='{"description": "from stdin"}')  # fmt: skip
    assert changed.code == 0, changed
    assert changed.json()["session"]["description"] == "from stdin"


# -- models ------------------------------------------------------------------------------------


def test_models_lists_every_model(anonymous: CLI) -> None:
    result = anonymous("models")
    assert result.code == 0
    lines = result.out.splitlines()
    assert max(len(line) for line in lines) <= 80
    listed = {line.split()[0] for line in lines if line.startswith("  ") and line[2] != " "}
    assert listed == set(MODELS)
    apps = {line for line in lines if not line.startswith(" ")} - {lines[0]}
    assert apps == {m.app for m in MODELS.values()}
    session = next(line for line in lines if line.split()[0] == "session")
    assert session.split()[1:] == ["yes", "list", "get", "create", "update", "delete"]
    approval = next(line for line in lines if line.split()[0] == "speciesapproval")
    assert approval.split()[1:] == ["-", "list", "get", "accept", "reject"]

    as_json = anonymous("models", "--format", "json").json()
    assert [m["model"] for m in as_json] == sorted(MODELS, key=lambda n: (MODELS[n].app, n))
    detail = anonymous("models", "session")
    assert detail.out.startswith("session (app: stem, id: uuid)\n")
    assert "relations:  projects -> project" in detail.out
    unknown = anonymous("models", "sesion")
    assert (unknown.code, unknown.err) == (
        2,
        "error: unknown model 'sesion'; did you mean session?\n",
    )


# -- auth status, login --token, logout -----------------------------------------------------------


def test_auth_status(anonymous: CLI, cli_sandbox: Any) -> None:
    url = cli_sandbox.url + "/"
    path = tokens.token_path(url)  # under this process's config: only for the file name
    result = anonymous("auth", "status")
    assert result.code == 4
    assert result.out.splitlines()[0] == f"Server:  {url}"
    assert "Token:   none" in result.out and "run `brainstem login`" in result.out

    login = anonymous("login", "--token", cli_sandbox.token)
    assert login.code == 0, login
    result = anonymous("auth", "status")
    assert result.code == 0, result
    assert f"cached in {anonymous.config}/brainstem/tokens/{path.name}" in result.out
    assert "Status:  logged in; the server accepts the token (200 OK)" in result.out

    result = anonymous("auth", "status", env={"BRAINSTEM_TOKEN": "not-the-token"})
    assert result.code == 4
    assert "Token:   from the environment variable BRAINSTEM_TOKEN" in result.out
    assert "(a token is also cached in" in result.out
    assert "refuses the token" in result.out

    refused = anonymous("login", "--token", "not-the-token")
    assert refused.code == 4
    assert "does not accept this token" in refused.err


def test_logout_removes_only_that_servers_token(anonymous: CLI, cli_sandbox: Any) -> None:
    env = anonymous.environ()
    keep = {"https://www.brainstem.org/": "prod-token", "http://127.0.0.1:9/": "other-token"}
    for url, token in keep.items():
        subprocess.run(
            [sys.executable, "-c", f"from brainstem_api_tools import tokens; "
             f"tokens.save_token({token!r}, {url!r})"],
            env=env, check=True,
        )  # fmt: skip
    assert anonymous("login", "--headless").code == 0
    files = {p.name for p in (anonymous.config / "brainstem").rglob("*") if p.is_file()}
    assert len(files) == 3
    result = anonymous("logout")
    assert result.code == 0
    left = sorted(p.read_text().strip() for p in (anonymous.config / "brainstem").rglob("*")
                  if p.is_file())  # fmt: skip
    assert left == ["other-token", "prod-token"]
    again = anonymous("logout")
    assert again.code == 0 and "No token cached for" in again.err


# -- sandbox -----------------------------------------------------------------------------------


def test_sandbox_command(tmp_path: Path) -> None:
    """`brainstem sandbox` serves until Ctrl-C, and the other commands can use it."""
    cli = CLI(tmp_path / "config")
    token = "sandbox-command-token"
    proc = subprocess.Popen(
        [BRAINSTEM, "sandbox", "--port", "0", "--records", "5", "--token", token],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli.environ(),
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("BrainSTEM sandbox listening on http://127.0.0.1:")
        url = first.split()[-1]
        result = cli("load", "session", "--url", url, "--token", token, "--format", "jsonl")
        assert result.code == 0, result
        assert len(result.out.splitlines()) == 5
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "Sandbox stopped." in out
    usage = cli("sandbox", "--help")
    assert usage.code == 0 and usage.out.startswith("usage: brainstem sandbox")
    assert "--records" in usage.out


# -- completion --------------------------------------------------------------------------------


def complete(script: str, line: str) -> list[str]:
    """What bash completes for `line` (the cursor at its end) with the script loaded."""
    words = line.split(" ")
    program = f"""
{script}
COMP_WORDS=({" ".join(f"'{w}'" for w in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE='{line}'
_brainstem
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    out = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
    return [w for w in out.stdout.splitlines() if w]


def test_bash_completion(anonymous: CLI) -> None:
    result = anonymous("completion", "bash")
    assert result.code == 0
    script = result.out
    assert "complete -F _brainstem brainstem" in script
    assert complete(script, "brainstem lo") == ["login", "logout", "load"]
    assert complete(script, "brainstem load sess") == ["session", "sessiondatastorage"]
    assert set(complete(script, "brainstem load ")) == set(MODELS)
    assert complete(script, "brainstem load session --por") == ["--portal"]
    assert complete(script, "brainstem load session --portal ") == ["private", "public"]
    assert complete(script, "brainstem load session --format c") == ["csv"]
    assert "--all" in complete(script, "brainstem load session --")
    assert "--token" in complete(script, "brainstem load session --")
    assert complete(script, "brainstem --url http://x load session --i") == ["--id", "--include"]
    assert complete(script, "brainstem delete session --id ") == []
    assert complete(script, "brainstem auth ") == ["status"]
    assert complete(script, "brainstem completion ") == ["bash", "zsh"]
    assert complete(script, "brainstem models spe") == ["species", "speciesapproval"]
    assert complete(script, "brainstem sandbox --pag") == ["--pagination"]
    assert "--help" in complete(script, "brainstem --")


def test_completion_knows_the_sandbox_options() -> None:
    from brainstem_api_tools.cli.completion_script import (
        SANDBOX_FLAGS,
        SANDBOX_VALUED,
        describe_parser,
    )
    from brainstem_api_tools.cli.sandbox import sandbox_parser

    real = describe_parser("sandbox", "", sandbox_parser())
    assert (real.flags, real.valued) == (SANDBOX_FLAGS, SANDBOX_VALUED)


ZSH_PROBE = """
compdef() { :; }
compadd() { [[ $1 == -- ]] && shift; print -r -- "$@"; }
_describe() { print -r -- "${(@)${(P)4}%%:*}"; }
_message() { print -r -- "(a value)"; }
source %s
t() { words=("$@"); CURRENT=$#words; _brainstem; }
t brainstem ""
t brainstem load session --portal ""
t brainstem models --format ""
t brainstem --url x auth ""
t brainstem load session --id ""
t brainstem completion ""
t brainstem load s
"""


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completion(anonymous: CLI, tmp_path: Path) -> None:
    """The script is valid zsh, registers itself, and offers the right words (compadd and
    _describe stubbed to print what they are given: zsh filters by the prefix itself)."""
    path = tmp_path / "_brainstem"
    path.write_text(anonymous("completion", "zsh").out)
    check = subprocess.run(["zsh", "-n", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    loaded = subprocess.run(
        ["zsh", "-f", "-c", f"autoload -Uz compinit && compinit -u -D; source {path}; "
         "print -r -- ${_comps[brainstem]}"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert loaded.stdout.strip() == "_brainstem", loaded.stderr
    probe = subprocess.run(
        ["zsh", "-f", "-c", ZSH_PROBE % path], capture_output=True, text=True, timeout=30
    )
    assert probe.stdout.splitlines() == [
        "login logout auth load save delete action models sandbox completion",
        "private public",
        "table json",
        "status",
        "(a value)",
        "bash zsh",
        " ".join(sorted(MODELS)),
    ], probe.stderr


def test_zsh_completion_script(anonymous: CLI) -> None:
    script = anonymous("completion", "zsh").out
    assert script.startswith("#compdef brainstem\n")
    assert "compdef _brainstem brainstem" in script
    assert "'load:load records of a model'" in script
    assert all(name in script for name in MODELS)


def test_python_dash_m_runs_commands(cli: CLI) -> None:
    start = time.monotonic()
    result = cli("load", "session", "--limit", "1", "--format", "jsonl",
                 command=(sys.executable, "-m", "brainstem_api_tools"))  # fmt: skip
    assert result.code == 0, result
    assert len(result.out.splitlines()) == 1
    assert time.monotonic() - start < 10
