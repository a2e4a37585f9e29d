"""Every command of the user guide's "Command-line interface" section, in order, as written.

The guide's commands talk to the default server; here BRAINSTEM_URL points them at the
sandbox (and `--url http://127.0.0.1:8000/` becomes the sandbox's URL). The guide's sections
are independent: after its `brainstem logout` the test logs in again before loading data.
The commands are listed here, so that they run without the guide; when the guide is there,
a test checks that the list is still the guide's.
"""

from __future__ import annotations

import re
import shlex
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..reference_docs import GUIDE, guide_missing
from .conftest import CLI, Result, token_files

CODE = re.compile(r"Open (http://\S+) in a browser and enter the code: ([A-Z]{4}-[0-9]{4})")
GUIDE_COMMANDS = [
    "brainstem login",
    "brainstem login --headless",
    "brainstem login --url http://127.0.0.1:8000/",
    "brainstem logout",
    "brainstem load session",
    "brainstem load session --filters name.icontains=Rat --sort -name --include projects",
    "brainstem load session --id <uuid>",
    "brainstem load session --limit 20 --offset 20",
    "brainstem load project --portal public",
    """brainstem save session --data '{"name":"New session","projects":["<uuid>"]}'""",
    """brainstem save session --id <uuid> --data '{"description":"updated"}'""",
    "brainstem delete session --id <uuid>",
]


def test_the_commands_are_the_guides() -> None:
    if reason := guide_missing():
        pytest.skip(reason)
    section = GUIDE.read_text().split("## Command-line interface", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.DOTALL)
    commands = [line for b in blocks for line in b.splitlines() if line.startswith("brainstem ")]
    assert commands == GUIDE_COMMANDS


def guide_steps() -> Iterator[list[str]]:
    """The guide's commands in order, as argument lists (`brainstem` left out)."""
    for command in GUIDE_COMMANDS:
        argv = shlex.split(command)
        assert argv[0] == "brainstem"
        yield argv[1:]


def fill(argv: list[str], placeholder: str, value: str) -> list[str]:
    return [arg.replace(placeholder, value) for arg in argv]


def logged_in(result: Result, url: str, config: Path) -> Path:
    """Checks the messages of a successful login; returns the token file."""
    assert result.code == 0, result
    assert result.out == ""  # everything goes to stderr; the token nowhere
    assert CODE.search(result.err), result.err
    assert f"Logged in to {url}/." in result.err
    (path,) = token_files(config)
    assert f"Token cached in {path}" in result.err
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    return path


def test_the_guide_in_order(clean: Any, tmp_path: Path) -> None:
    config = tmp_path / "config"
    opened = tmp_path / "browser.txt"
    # A "browser" that records the URL it was asked to open.
    browser = f"sh -c 'echo \"$0\" >> {opened}' %s"
    brainstem = CLI(config, url=clean.url, env={"BROWSER": browser})
    step = guide_steps()

    # brainstem login: shows URL and code, and opens the browser too.
    result = brainstem(*next(step))
    path = logged_in(result, clean.url, config)
    first = path.read_text()
    assert "/account/authorize/" in opened.read_text()
    assert "(or follow http" in result.err

    # brainstem login --headless: runs the flow again although a token is cached.
    result = brainstem(*next(step))
    assert logged_in(result, clean.url, config) == path
    assert path.read_text() != first
    assert len(opened.read_text().splitlines()) == 1  # no browser this time

    # brainstem login --url http://127.0.0.1:8000/ (the sandbox's URL here)
    no_env = CLI(config, env={"BROWSER": browser})
    result = no_env(*fill(next(step), "http://127.0.0.1:8000/", clean.url + "/"))
    assert logged_in(result, clean.url, config) == path

    # brainstem logout
    result = brainstem(*next(step))
    assert result.code == 0 and result.out == ""
    assert f"Logged out of {clean.url}/: removed {path}" in result.err
    assert token_files(config) == []

    assert brainstem("login", "--headless").code == 0

    # brainstem load session
    result = brainstem(*next(step))
    assert result.code == 0, result
    body = result.json()
    assert len(body["sessions"]) == 20
    assert body["meta"]["total_results"] == 40

    # brainstem load session --filters name.icontains=Rat --sort -name --include projects
    result = brainstem(*next(step))
    assert result.code == 0, result
    sessions = result.json()["sessions"]
    names = [s["name"] for s in sessions]
    assert names and all("rat" in n.lower() for n in names)
    assert names == sorted(names, reverse=True)
    assert all(isinstance(p, dict) and "name" in p for s in sessions for p in s["projects"])

    # brainstem load session --id <uuid>
    uuid = sessions[0]["id"]
    result = brainstem(*fill(next(step), "<uuid>", uuid))
    assert result.code == 0, result
    assert result.json()["session"]["id"] == uuid

    # brainstem load session --limit 20 --offset 20
    result = brainstem(*next(step))
    assert result.code == 0, result
    second = [s["id"] for s in result.json()["sessions"]]
    first_page = [s["id"] for s in brainstem("load", "session", "--limit", "20").json()["sessions"]]
    assert len(second) == 20 and not set(second) & set(first_page)

    # brainstem load project --portal public (no login needed)
    result = CLI(tmp_path / "nobody", url=clean.url)(*next(step))
    assert result.code == 0, result
    assert result.json()["projects"]

    # brainstem save session --data '{"name":"New session","projects":["<uuid>"]}'
    project = brainstem("load", "project", "--limit", "1").json()["projects"][0]["id"]
    result = brainstem(*fill(next(step), "<uuid>", project))
    assert result.code == 0, result
    created = result.json()["session"]
    assert created["name"] == "New session" and created["projects"] == [project]
    assert f"Created session {created['id']}" in result.err

    # brainstem save session --id <uuid> --data '{"description":"updated"}'
    result = brainstem(*fill(next(step), "<uuid>", created["id"]))
    assert result.code == 0, result
    assert result.json()["session"]["description"] == "updated"
    assert result.json()["session"]["name"] == "New session"  # a partial update

    # brainstem delete session --id <uuid>
    result = brainstem(*fill(next(step), "<uuid>", created["id"]))
    assert (result.code, result.out) == (0, "")
    assert result.err == f"Deleted session {created['id']}\n"
    assert brainstem("load", "session", "--id", created["id"]).code == 1
    assert next(step, None) is None  # every command of the guide ran


def test_token_headless_and_url_before_or_after_the_command(clean: Any, tmp_path: Path) -> None:
    """All subcommands accept --token, --headless and --url, before or after their name."""
    brainstem = CLI(tmp_path / "config")  # no BRAINSTEM_URL, no BRAINSTEM_TOKEN
    opts = ["--token", clean.token, "--url", clean.url, "--headless"]
    session = clean.store.all("session")[0]["id"]
    runs = [
        [*opts, "load", "session", "--limit", "2"],
        ["load", "session", "--limit", "2", *opts],
        ["load", "session", *opts, "--id", session],
        ["save", "session", "--id", session, "--data", '{"description":"x"}', *opts],
        [*opts, "auth", "status"],
        [*opts, "delete", "session", "--id", session],
        # login with --token caches that token after checking it with the server
        ["login", *opts],
        [*opts, "logout"],
    ]
    for argv in runs:
        result = brainstem(*argv)
        assert result.code == 0, result
