"""Every Python snippet of the user guide (docs/api-tools/python-api-tool.md), in order.

The snippets run as written in one namespace against a sandbox that the default server URL
(`BRAINSTEM_URL`) points to, with the login approved automatically. Only placeholders are
replaced: the sandbox's token and URL, and real ids for '<project-uuid>' and the like. Each
snippet's output and effect is checked against what the guide says it does.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ..reference_docs import GUIDE, guide_missing

if reason := guide_missing():
    pytest.skip(reason, allow_module_level=True)


def snippets() -> list[str]:
    return re.findall(r"```python\n(.*?)```", GUIDE.read_text(), re.DOTALL)


@pytest.fixture(scope="module")
def guide_sandbox(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox(records=60, auto_approve=True, device_interval=1)


def test_guide_has_the_snippets_this_test_knows() -> None:
    assert len(snippets()) == 15


def test_every_snippet_runs_as_documented(
    guide_sandbox: Any, isolated_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox = guide_sandbox
    monkeypatch.setenv("BRAINSTEM_URL", sandbox.url)
    from brainstem_api_tools import BrainstemClient, tokens

    admin = BrainstemClient(token=sandbox.token, url=sandbox.url)
    project = admin.load("project", limit=1).json()["projects"][0]
    target = admin.load("session", filters={"projects": project["id"]}, limit=1).json()
    session_id = target["sessions"][0]["id"]
    behavior_session = admin.load("behavior", limit=1).json()["behaviors"][0]["session"]
    placeholders = {
        "<project-uuid>": project["id"],
        "<session-uuid>": behavior_session,
        "your-project-uuid": project["id"],
        "your-session-uuid": session_id,
        "YOUR_PERSONAL_ACCESS_TOKEN": sandbox.token,
        "http://127.0.0.1:8000/": sandbox.url + "/",
    }
    namespace: dict[str, Any] = {"__name__": "guide"}
    total = admin.load("session", limit=1).json()["meta"]["total_results"]

    def names(key: str) -> list[str]:
        return [p["name"] for p in namespace[key]["projects"]]

    # What each snippet does, per the guide (checked right after it runs).
    checks: dict[int, Callable[[str], None]] = {
        # browser login (approved by the sandbox), token cached for this server
        1: lambda out: _check(
            namespace["client"].token_source == "login"
            and tokens.load_token(sandbox.url) is not None
        ),
        2: lambda out: _all_in(out, "enter the code", f"{sandbox.url}/account/authorize/"),
        3: lambda out: _check(namespace["client"].token_source == "argument"),
        4: lambda out: _check(namespace["client"].load("session", limit=1).status_code == 200),
        5: lambda out: _check(namespace["client"].url == sandbox.url + "/"),
        6: lambda out: _check(
            re.search(r"Loaded (\d+) public projects\n.+\n", out) is not None
            and len(namespace["projects"]) > 0
        ),
        7: lambda out: _check(out.strip() == namespace["sessions"][0]["name"]),
        8: lambda out: _check(int(re.findall(r"Matches: (\d+)", out)[0]) > 0),
        9: lambda out: _check(int(re.findall(r"Matches: (\d+)", out)[0]) > 0),
        10: lambda out: _check(
            names("alpha_projects") == sorted(names("alpha_projects"))
            and names("reverse_alpha") == sorted(names("reverse_alpha"), reverse=True)
        ),
        11: lambda out: _check(
            f"Total sessions: {total}" in out and len(namespace["page2"]["sessions"]) == 20
        ),
        12: lambda out: _check(
            bool(namespace["subjects"]["subjects"])
            and bool(namespace["behaviors"]["behaviors"])
            and bool(namespace["sessions"]["sessions"])
            and all("rat" in x["name"].lower() for x in namespace["sessions"]["sessions"])
        ),
        13: lambda out: _all_in(out, "Created session with ID:"),
        14: lambda out: _all_in(out, "Session updated successfully"),
        15: lambda out: _check(
            "Session deleted" in out and admin.load("session", id=session_id).status_code == 404
        ),
    }
    for index, code in enumerate(snippets(), start=1):
        for placeholder, value in placeholders.items():
            code = code.replace(placeholder, value)
        if "headless=True" in code:
            # The guide shows a first run: no token cached yet.
            for path in (isolated_config / "brainstem").rglob("*"):
                if path.is_file():
                    path.unlink()
        if 'os.environ["BRAINSTEM_TOKEN"]' in code:
            monkeypatch.setenv("BRAINSTEM_TOKEN", sandbox.token)
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            exec(compile(code, f"guide snippet {index}", "exec"), namespace)
        assert sandbox.token not in out.getvalue()
        try:
            checks[index](out.getvalue())
        except AssertionError:
            pytest.fail(
                f"snippet {index} did not do what the guide says; it printed:\n"
                f"{out.getvalue()}\n---\n{code}"
            )


def _check(condition: bool) -> None:
    assert condition


def _all_in(text: str, *parts: str) -> None:
    for part in parts:
        assert part in text, part
