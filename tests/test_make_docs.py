"""`make docs` / `make check-docs` (scripts/make_docs.py): real output (console blocks and
Python sessions) rewritten in place, deterministic, checked for drift; and every real-output
block of the docs is generated."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import make_docs

ROOT = make_docs.ROOT

DOC = """\
# Try it

<!-- make docs
$ brainstem sandbox --port 8765 --records 5
export BRAINSTEM_URL=http://127.0.0.1:8765 BRAINSTEM_TOKEN=$TOKEN
ID=$(brainstem load session --limit 1 --fields id --format csv | tail -1)

$ brainstem load session --id {ID} --fields id,name --format jsonl
$ brainstem load sesion  # exit 2
-->
```console
whatever was here before
```

Operators:
  <!-- make docs: operators -->
  stale
  <!-- end make docs -->
"""


def test_rewrites_blocks_with_real_normalised_output(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(DOC)
    assert make_docs.main([str(doc)]) == 0
    text = doc.read_text()
    block = re.search(r"```console\n(.*?)```", text, re.DOTALL)
    assert block
    lines = block.group(1).splitlines()
    token = make_docs.SHOWN_TOKEN
    assert lines[:7] == [
        "$ brainstem sandbox --port 8765 --records 5",
        "BrainSTEM sandbox listening on http://127.0.0.1:8765",
        f"Token: {token}",
        "Serving 5 demo sessions (seed 0)",
        f"Try: curl -H 'Authorization: Bearer {token}' "
        "'http://127.0.0.1:8765/api/private/stem/session/?limit=5'",
        "Press Ctrl-C to stop.",
        "",  # blank lines are kept, unseen lines are not shown
    ]
    # {ID} is shown as its value
    shown = re.fullmatch(r"\$ brainstem load session --id ([0-9a-f-]{36}) .*", lines[7])
    assert shown
    assert re.fullmatch(rf'\{{"id":"{shown.group(1)}","name":"[^"]+"\}}', lines[8])
    assert lines[9:] == [
        "$ brainstem load sesion",
        "error: unknown model 'sesion'; did you mean session?",
    ]
    assert "whatever was here before" not in text
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load((ROOT / "openapi.yaml").read_text(), Loader=loader)
    operators = spec["components"]["parameters"]["Filters"]["x-filter-operators"]
    assert "  " + " ".join(f"`{op}`" for op in operators) + "\n  <!-- end" in text


PYTHON_DOC = """\
<!-- make docs: python
!brainstem sandbox --records 5
!export BRAINSTEM_URL=http://127.0.0.1:8765 BRAINSTEM_TOKEN=$TOKEN
import warnings
from brainstem_api_tools import BrainstemClient
client = BrainstemClient()
>>> client.get("project", name="Visual cortex plasticity")["name"]
>>> client.load("session", limit=1)
>>> for n in range(2):
...     print(n)

>>> client.get("project", name="visual cortex")  # raises NoMatchError
>>> warnings.warn("careful", UserWarning); print("after")
>>> x = 1
-->
```python
stale
```
"""


def test_python_sessions_show_each_statement_with_what_it_printed(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(PYTHON_DOC)
    assert make_docs.main([str(doc)]) == 0
    text = doc.read_text()
    assert text.startswith(PYTHON_DOC.split("```python")[0])  # the marker is kept
    block = re.search(r"```python\n(.*?)```", text, re.DOTALL)
    assert block
    assert block.group(1).splitlines() == [
        '>>> client.get("project", name="Visual cortex plasticity")["name"]',
        "'Visual cortex plasticity'",  # the repr of a value
        '>>> client.load("session", limit=1)',
        # the shown port, not the sandbox's real one
        "<Response [200] GET http://127.0.0.1:8765/api/private/stem/session/?limit=1>",
        ">>> for n in range(2):",
        "...     print(n)",
        "0",
        "1",
        "",
        '>>> client.get("project", name="visual cortex")',  # `# raises` is not shown
        "NoMatchError: no project is named 'visual cortex' on the private portal of "
        "http://127.0.0.1:8765/ (names match exactly, case included); one project record has "
        "a name containing it in any case: 'Visual cortex plasticity' (id "
        "8323aa0c-9d0f-40e5-be02-0498da0aedfd). Give the name exactly, or the id",
        '>>> warnings.warn("careful", UserWarning); print("after")',
        "UserWarning: careful",
        "after",
        ">>> x = 1",
    ]


def test_python_blocks_share_one_interpreter_and_the_shell_s_environment() -> None:
    with make_docs.session() as state:
        state.run("export GREETING=hello")
        python = make_docs.python_block
        assert python(state, "import os\n>>> os.environ['GREETING']\n") == (
            ">>> os.environ['GREETING']\n'hello'\n"
        )
        state.run("export GREETING=again")
        # later blocks: the same variables, the environment as the shell has it now
        assert python(state, ">>> os.environ['GREETING'], os.getcwd()\n") == (
            ">>> os.environ['GREETING'], os.getcwd()\n('again', '.')\n"
        )
        assert python(state, "!echo shell > made.txt\n>>> open('made.txt').read()\n") == (
            ">>> open('made.txt').read()\n'shell\\n'\n"
        )
        interpreter = state.python
        assert interpreter is not None
    assert interpreter.process.returncode is not None  # stopped with the session


def test_a_value_kept_for_later_lines_is_what_the_command_wrote_to_stdout() -> None:
    with make_docs.session() as state:
        assert state.run("NAME=$(echo kept; echo 'a notice' >&2)") is None
        assert state.run("$ echo {NAME}") == "$ echo kept\nkept\n"


def test_what_changes_from_run_to_run_is_shown_fixed(tmp_path: Path) -> None:
    with make_docs.session() as state:
        state.ports.update({"41234": "8765", "41235": "8766"})
        state.tokens.add("f" * 40)
        home = state.home
    now = dt.datetime.now(dt.UTC)
    printed = (
        f"Open http://127.0.0.1:41234/account/authorize/ in a browser and enter the code: "
        f"QRST-0987\nToken cached in {home}/.config/brainstem/tokens/http_127.0.0.1_41234\n"
        f"Token: {'f' * 40}\n"
        f"Serving export x: from http://127.0.0.1:41235/ at {now.isoformat(timespec='seconds')}"
        f" (session of 2022-01-03T09:00:00Z on 127.0.0.1:412345)\n"
    )
    assert state.normalise(printed) == (
        "Open http://127.0.0.1:8765/account/authorize/ in a browser and enter the code: "
        "WXYZ-1234\nToken cached in ~/.config/brainstem/tokens/http_127.0.0.1_8765\n"
        f"Token: {make_docs.SHOWN_TOKEN}\n"
        f"Serving export x: from http://127.0.0.1:8766/ at {make_docs.SHOWN_TIME}+00:00"
        " (session of 2022-01-03T09:00:00Z on 127.0.0.1:412345)\n"
    )


def test_sandboxes_of_different_ports_run_side_by_side() -> None:
    with make_docs.session() as state:
        first = state.run("$ brainstem sandbox --records 3")
        state.run("ORIGINAL=$(echo $TOKEN)")
        second = state.run("$ brainstem sandbox --port=8766 --records 4 --token copy-token")
        assert first and second
        assert "listening on http://127.0.0.1:8765\n" in first
        assert "Token: copy-token\nServing 4 demo sessions" in second  # shown as given
        assert "listening on http://127.0.0.1:8766\n" in second
        both = [
            state.run(
                f"$ curl -s -H 'Authorization: Bearer {token}' "
                f"'http://127.0.0.1:{port}/api/private/stem/session/?limit=1'"
            )
            for port, token in (("8765", "{ORIGINAL}"), ("8766", "copy-token"))
        ]
        assert ['"total_results":3' in both[0], '"total_results":4' in both[1]] == [True, True]
        state.run("export KEPT=1")
        state.run("unset KEPT")
        assert state.run("$ echo ${KEPT:-unset}") == "$ echo ${KEPT:-unset}\nunset\n"
        # the same port again replaces that sandbox, and only that one
        state.run("brainstem sandbox --port 8766 --records 5 --token copy-token")
        assert len(state.sandboxes) == 2
        out = state.run(
            "$ curl -s -H 'Authorization: Bearer copy-token' "
            "'http://127.0.0.1:8766/api/private/stem/session/?limit=1'"
        )
        assert out and '"total_results":5' in out
    assert not state.sandboxes


def test_check_fails_on_drift_and_leaves_the_doc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- make docs\n$ brainstem load sesion  # exit 2\n-->\n```console\n```\n")
    assert make_docs.main([str(doc)]) == 0
    assert make_docs.main(["--check", str(doc)]) == 0
    stale = doc.read_text().replace("did you mean session?", "did you mean sessions?")
    doc.write_text(stale)
    capsys.readouterr()
    assert make_docs.main(["--check", str(doc)]) == 1
    err = capsys.readouterr().err
    assert "+error: unknown model 'sesion'; did you mean session?" in err
    assert "run `make docs`" in err
    assert doc.read_text() == stale


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("<!-- make docs\n$ brainstem load sesion\n-->\n```console\n```\n", "exited with 2, not 0"),
        ("<!-- make docs\n$ brainstem models  # exit 1\n-->\n```console\n```\n", "not 1"),
        ("<!-- make docs\n$ echo {NOPE}\n-->\n```console\n```\n", "{NOPE} is used before"),
        ("<!-- make docs\n$ brainstem models\n-->\nno block\n", "followed by a fenced block"),
        ("<!-- make docs: nope -->\n<!-- end make docs -->\n", "no generator 'nope'"),
        *[
            (f"<!-- make docs: python\n{script}-->\n```python\n```\n", message)
            for script, message in [
                (">>> int('x')\n", "`>>> int('x')` raised ValueError (add `# raises ValueError`"),
                (">>> 1  # raises ValueError\n", "`>>> 1` raised nothing, not ValueError"),
                (">>> int('x')  # raises KeyError\n", "raised ValueError, not KeyError"),
                ("x = 1 / 0\n>>> 1\n", "unseen lines raised ZeroDivisionError"),
                ("!$ echo shown\n", "a shell line of a Python block is not shown"),
                ("!false\n", "`false` exited with 1, not 0"),
            ]
        ],
        (
            "<!-- make docs: python\n>>> 1\n-->\n```console\n```\n",
            "must be followed by a python block",
        ),
    ],
)
def test_a_doc_that_does_not_run_as_written_stops_make_docs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, message: str
) -> None:
    path = tmp_path / "doc.md"
    path.write_text(doc)
    assert make_docs.main([str(path)]) == 1
    assert message in capsys.readouterr().err
    assert path.read_text() == doc


FENCED = re.compile(r"^[ \t]*```(?P<lang>[a-z]*)\n(?P<body>.*?)^[ \t]*```", re.DOTALL | re.M)
SHOWN_ERROR = re.compile(r"^\w+(Error|Warning): ", re.MULTILINE)


def shows_output(m: re.Match[str]) -> bool:
    """A console block, a Python session (`>>> `), or any block showing an error or warning."""
    body = m.group("body")
    return (
        m.group("lang") == "console"
        or (m.group("lang") in ("python", "pycon") and ">>> " in body)
        or bool(SHOWN_ERROR.search(body))
    )


@pytest.mark.parametrize("name", [p.relative_to(ROOT).as_posix() for p in make_docs.DOCS])
def test_every_block_of_the_docs_that_shows_output_is_generated(name: str) -> None:
    text = (ROOT / name).read_text()
    generated = {m.start("fence") - len(m.group("indent")) for m in make_docs.BLOCK.finditer(text)}
    by_hand = [
        text[: m.start()].count("\n") + 1
        for m in FENCED.finditer(text)
        if shows_output(m) and m.start() not in generated
    ]
    assert not by_hand, f"{name}: blocks showing output without a make docs marker, lines {by_hand}"


def test_the_docs_have_generated_console_and_python_blocks() -> None:
    kinds = {
        name: {bool(m.group("python")) for m in make_docs.BLOCK.finditer((ROOT / name).read_text())}
        for name in ("README.md", "docs/cli.md", "docs/sandbox.md", "docs/client.md")
    }
    assert kinds == {
        "README.md": {False, True},
        "docs/cli.md": {False},
        "docs/sandbox.md": {False},
        "docs/client.md": {True},
    }


def test_model_lists_of_the_docs_are_generated() -> None:
    client = (ROOT / "docs" / "client.md").read_text()
    for name in ("models", "loaders", "operators"):
        assert f"<!-- make docs: {name} -->" in client
    assert "<!-- make docs\n$ brainstem models\n" in (ROOT / "docs" / "cli.md").read_text()


def test_a_block_inside_a_list_item_keeps_its_indentation(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    marker = "- item:\n\n  <!-- make docs\n  $ brainstem load sesion  # exit 2\n  -->\n"
    doc.write_text(marker + "  ```console\n  ```\n")
    assert make_docs.main([str(doc)]) == 0
    assert doc.read_text() == marker + (
        "  ```console\n  $ brainstem load sesion\n"
        "  error: unknown model 'sesion'; did you mean session?\n  ```\n"
    )
