"""Every expected error: one line on stderr, nothing on stdout, the documented exit code, and no
traceback unless --debug. Also Ctrl-C, failed logins, and where the token may appear."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import (
    BRAINSTEM,
    CLI,
    SECRETS,
    Result,
    check_no_leak,
    start_sandbox,
    token_files,
)

SESSION = "00000000-0000-4000-8000-000000000000"  # a well-formed id no record has

# (arguments, exit code, the start of the message after "error: "), with the sandbox's token.
CASES = [
    (["load", "sesion"], 2, "unknown model 'sesion'; did you mean session?"),
    (["load", "session", "--filters", "name"], 2, "--filters 'name': expected FIELD=VALUE"),
    (["load", "session", "--filters", "name.icontain=x"], 2, "unknown filter operator 'icontain'"),
    (["load", "session", "--filters", "name=a", "name=b"], 2, "--filters name is given twice"),
    (["load", "session", "--sort", "-na me"], 2, "sort '-na me' is not a field name"),
    (["load", "session", "--limit", "500"], 2, "limit must be between 1 and 100, not 500"),
    (["load", "session", "--id", "42"], 2, "id '42' of session is not a UUID"),
    (["load", "session", "--id", SESSION, "--all"], 2, "--all loads a list"),
    (
        ["load", "speciesapproval", "--portal", "public"],
        2,
        "listing speciesapproval is not available on the public portal",
    ),
    (["load", "session", "--id", SESSION], 1, "404 Not Found from GET http://"),
    (["delete", "session", "--id", SESSION], 1, "404 Not Found from DELETE http://"),
    (
        ["save", "session", "--data", "{}", "--no-validate"],
        1,
        "the server rejected the request (400 from http://",
    ),
    (
        ["save", "session", "--data", "{}"],
        2,
        "invalid data for creating a session, nothing was sent: name: This field is required.; "
        "projects: This field is required.",
    ),
    (["save", "session", "--data", "{bad"], 2, "--data is not valid JSON (Expecting property name"),
    (["save", "session", "--data", "[1, 2]"], 2, "--data holds a JSON list, not an object"),
    (
        ["save", "session", "--data", "@/no/such/file.json"],
        2,
        "--data @/no/such/file.json: cannot read '/no/such/file.json': No such file or directory",
    ),
    (["load", "session", "--token", "wrong"], 4, "401 Unauthorized from http://"),
    (
        # (the environment's token is not for this server: the one given is sent)
        ["load", "session", "--url", "http://127.0.0.1:9/", "--token", "a-token-for-port-9"],
        1,
        "could not connect to http://127.0.0.1:9/ (ConnectError); nothing was sent",
    ),
    (["load", "session", "--url", "ftp://x"], 2, "not a server URL: 'ftp://x'"),
    (
        ["load", "session", "--url", "http://example.org/", "--token", "t"],
        2,
        "refusing to send a token over plain http:// to example.org",
    ),
    (["models", "sesion"], 2, "unknown model 'sesion'; did you mean session?"),
]


@pytest.mark.parametrize(("args", "code", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_expected_error(cli: CLI, args: list[str], code: int, message: str) -> None:
    result = cli(*args)
    assert result.code == code, result
    assert result.out == ""
    assert result.err.startswith(f"error: {message}"), result.err
    assert result.err.count("\n") == 1, "one line"
    assert "Traceback" not in result.err


def test_errors_say_what_to_do_next(cli: CLI, cli_sandbox: Any) -> None:
    cli_sandbox.requests.clear()
    limit = cli("load", "session", "--limit", "500")
    assert "(--all on the command line)" in limit.err
    name = cli("load", "session", "--id", "rat-V1-0043")
    assert name.err.endswith(
        "; to find the session with this name: get('session', name='rat-V1-0043') "
        "(brainstem get session rat-V1-0043 on the command line)\n"
    ), name.err
    spaced = cli("delete", "session", "--id", "My session")
    assert "(brainstem get session 'My session' on the command line)" in spaced.err
    assert cli_sandbox.requests.entries() == []  # all three refused before sending
    project = cli_sandbox.store.all("project")[0]["name"]
    relation = cli("load", "session", "--filters", f"projects={project}")
    assert relation.code == 1 and relation.err.count("\n") == 1
    assert relation.err.startswith("error: the server rejected the request (400 from http://")
    assert (
        "; projects is matched by project id, not by name; to match by name, filter on "
        f"projects.name: filters={{'projects.name': {project!r}}} "
        f"(--filters 'projects.name={project}' on the command line)\n"
    ) in relation.err
    by_name = cli("load", "session", "--filters", f"projects.name={project}", "--format", "jsonl")
    assert by_name.code == 0 and by_name.out


def test_an_approval_reviewed_twice(clean: Any, cli: CLI) -> None:
    pending = cli("load", "speciesapproval", "--filters", "status=Pending", "--format", "jsonl")
    approval = json.loads(pending.out.splitlines()[0])["id"]
    assert cli("action", "speciesapproval", "reject", "--id", approval).code == 0
    again = cli("action", "speciesapproval", "accept", "--id", approval)
    assert again.code == 1 and again.err.count("\n") == 1
    assert again.err.startswith("error: 403 Forbidden from PATCH http://")
    assert again.err.endswith(
        "This approval was already reviewed (Rejected); an approval is accepted or rejected "
        f"only once; load it to see its status (client.load('speciesapproval', id='{approval}'), "
        f"`brainstem load speciesapproval --id {approval}`)\n"
    ), again.err


def test_field_messages_of_a_400(cli: CLI) -> None:
    result = cli("save", "session", "--data", '{"description": "no name"}', "--no-validate")
    assert result.code == 1
    assert result.err.endswith(
        "name: This field is required.; projects: This field is required.\n"
    ), result.err


def test_401_says_to_log_in(anonymous: CLI, cli_sandbox: Any) -> None:
    # a cached token the server does not know
    anonymous("login", "--token", cli_sandbox.token)
    (path,) = token_files(anonymous.config)
    path.write_text("revoked-token\n")
    SECRETS.add("revoked-token")
    result = anonymous("load", "session")
    assert result.code == 4
    assert result.err.endswith(
        "the server refused the cached token (expired or revoked); run `brainstem login` to "
        "log in again\n"
    )
    other = CLI(anonymous.config)("load", "session", "--url", cli_sandbox.url)
    assert other.code == 4
    assert f"run `brainstem login --url {cli_sandbox.url}/`" in other.err
    env = anonymous("load", "session", env={"BRAINSTEM_TOKEN": "wrong"})
    assert env.err.endswith("fix or unset BRAINSTEM_TOKEN\n")


def test_not_logged_in_is_exit_4(anonymous: CLI) -> None:
    valid = f'{{"name": "x", "projects": ["{SESSION}"]}}'
    for args in (["load", "session"], ["save", "session", "--data", valid],
                 ["delete", "session", "--id", SESSION]):  # fmt: skip
        result = anonymous(*args)
        assert result.code == 4
        assert result.err.startswith("error: not logged in to http://127.0.0.1:")
        assert "run `brainstem login` first (or pass --token, or set BRAINSTEM_TOKEN)" in result.err


def test_usage_errors_of_argparse_are_exit_2(cli: CLI) -> None:
    for args in (["load"], ["load", "session", "--bogus"], ["save", "session"],
                 ["delete", "session"], ["load", "session", "--limit", "x"],
                 ["load", "session", "--format", "xml"], ["completion", "fish"]):  # fmt: skip
        result = cli(*args)
        assert result.code == 2, result
        assert result.out == ""
        assert f"brainstem {args[0]}: error: " in result.err
        assert "Traceback" not in result.err


def test_debug_shows_the_traceback(cli: CLI) -> None:
    for args in (["--debug", "load", "sesion"], ["load", "session", "--id", SESSION, "--debug"]):
        result = cli(*args)
        assert result.code in (1, 2)
        assert result.err.startswith("Traceback (most recent call last):")
        assert result.err.splitlines()[-1].startswith("error: ")


class HoldPolls:
    """ASGI middleware: holds each poll of the device login at the server until released,
    so a test knows the client is inside that request."""

    def __init__(self, app: Any, arrived: threading.Event, release: threading.Event) -> None:
        self.app, self.arrived, self.release = app, arrived, release

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"] == "/api/auth/device/token/":
            self.arrived.set()
            if not self.release.is_set():
                while not self.release.is_set():
                    await asyncio.sleep(0.01)
                # The client is gone: answer what the sandbox would (no one approves), without
                # reading a body that will never come.
                from starlette.responses import JSONResponse

                pending = JSONResponse({"status": "authorization_pending"})
                await pending(scope, receive, send)
                return
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def holding(
    request: pytest.FixtureRequest,
) -> Iterator[tuple[Any, threading.Event, threading.Event]]:
    """A sandbox whose logins are never approved (nor expire in a test's time), and that
    holds every poll until the test releases it."""
    from starlette.middleware import Middleware

    arrived, release = threading.Event(), threading.Event()
    release.set()
    for sandbox in start_sandbox(
        request,
        records=1,
        device_interval=1,
        middleware=[Middleware(HoldPolls, arrived=arrived, release=release)],
    ):
        yield sandbox, arrived, release


def interrupted_login(url: str, tmp_path: Path, when: Callable[[list[str]], None]) -> None:
    """`brainstem login`, interrupted (SIGINT, as Ctrl-C sends) once `when` returns: exit
    130, "Interrupted" alone on stderr, and no token cached."""
    cli = CLI(tmp_path / "config", url=url)
    proc = subprocess.Popen(
        [BRAINSTEM, "login", "--headless"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli.environ({"PYTHONFAULTHANDLER": "1"}),
    )
    assert proc.stderr is not None
    lines: list[str] = []
    while not any("Waiting for authorization" in line for line in lines):
        lines.append(proc.stderr.readline())
    when(lines)
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)  # faulthandler writes where each thread is
        out, err = proc.communicate()
        pytest.fail(f"still running 30 s after Ctrl-C: {lines}\n{err}", pytrace=False)
    assert proc.returncode == 130, (lines, err)
    assert (out, err.strip()) == ("", "Interrupted")
    assert token_files(cli.config) == []


def test_ctrl_c_is_exit_130(holding: Any, tmp_path: Path) -> None:
    """Interrupted while waiting for the login to be approved. (The code lives 15 minutes:
    however late the signal comes on a busy machine, the login is still waiting.)"""
    interrupted_login(holding[0].url, tmp_path, lambda lines: None)


def test_ctrl_c_during_a_poll_is_exit_130(holding: Any, tmp_path: Path) -> None:
    """Interrupted while a poll request is in flight: still an interruption, not a failed
    login."""
    sandbox, arrived, release = holding
    arrived.clear()
    release.clear()
    try:
        interrupted_login(sandbox.url, tmp_path, lambda lines: arrived.wait(30))
    finally:
        release.set()


def test_login_with_a_stale_token_at_hand(anonymous: CLI, cli_sandbox: Any) -> None:
    """The login's requests carry no Authorization header: a stale cached or environment
    token cannot make the server refuse the login meant to replace it."""
    anonymous("login", "--token", cli_sandbox.token)
    (path,) = token_files(anonymous.config)
    path.write_text("revoked-token\n")
    cli_sandbox.requests.clear()
    cached = anonymous("login", "--headless")
    env = anonymous("login", "--headless", env={"BRAINSTEM_TOKEN": "stale-env-token"})
    assert (cached.code, env.code) == (0, 0), (cached, env)
    assert "Note: BRAINSTEM_TOKEN is set and comes before the cached token" in env.err
    device = [e for e in cli_sandbox.requests.entries() if e.path.startswith("/api/auth/")]
    assert len(device) == 4 and not any(e.authorized for e in device)
    assert path.read_text().strip() not in ("revoked-token", cli_sandbox.token)


def test_login_that_expires_is_exit_4(waiting_sandbox: Any, tmp_path: Path) -> None:
    cli = CLI(tmp_path / "config", url=waiting_sandbox.url)
    result = cli("login", "--headless")
    assert result.code == 4
    assert result.err.splitlines()[-1].startswith("error: the login code expired")
    assert token_files(cli.config) == []


def test_login_to_a_server_that_is_not_there(tmp_path: Path) -> None:
    cli = CLI(tmp_path / "config")
    result = cli("login", "--headless", "--url", "http://127.0.0.1:9/")
    assert result.code == 1
    assert result.err.splitlines()[-1].startswith("error: could not connect to http://127.0.0.1:9/")


def test_broken_pipe_is_quiet(cli: CLI) -> None:
    proc = subprocess.run(
        f"{BRAINSTEM} load session --all --format jsonl | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        env=cli.environ(),
    )
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr == ""


def test_the_token_is_only_in_the_token_file(clean: Any, tmp_path: Path) -> None:
    """Log in, use every command, fail in every way: no output and no file but the token file
    holds the token (each run's output is also checked by the CLI fixture)."""
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "config"
    cli = CLI(config, url=clean.url, env={"HOME": str(home)})
    outputs: list[Result] = [cli("login", "--headless")]
    (path,) = token_files(config)
    token = path.read_text().strip()
    session = clean.store.all("session")[0]["id"]
    for args in (
        ["auth", "status"],
        ["load", "session", "--all", "--format", "csv"],
        ["load", "session", "--id", session, "--format", "table"],
        ["save", "session", "--id", session, "--data", '{"description":"x"}'],
        ["save", "session", "--data", "{}", "--debug"],
        ["load", "session", "--id", SESSION, "--debug"],
        ["delete", "session", "--id", session, "--debug"],
        ["completion", "bash"],
        ["models"],
    ):
        outputs.append(cli(*args, env={"PWD": str(tmp_path)}))
    for result in outputs:
        assert token not in result.out and token not in result.err
    for file in tmp_path.rglob("*"):
        if file.is_file() and file != path:
            assert token.encode() not in file.read_bytes(), f"token in {file}"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    check_no_leak(outputs[0], config)
    # and it never went to another server: the default server's token file does not exist
    assert not (config / "brainstem" / "token").exists()
    assert os.environ.get("BRAINSTEM_TOKEN") != token
    time.sleep(0)  # keep the import used on every platform
