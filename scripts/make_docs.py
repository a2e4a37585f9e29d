"""`make docs`: rewrite the generated parts of README.md and docs/*.md; `--check` fails on drift.

Three kinds of generated parts, each announced by an HTML comment (invisible once rendered):

1. Real output. The comment lists commands; the fenced block right after it is rewritten with
   each shown command and what it printed (stdout and stderr, in the order written):

       <!-- make docs
       $ brainstem load session --limit 3 --format table
       -->
       ```console
       ...
       ```

   - `$ COMMAND` is shown with its output; a line without `$ ` runs unseen (setup), and a blank
     line is kept as a blank line. A trailing `# exit N` (not shown) says the command must
     exit with N; otherwise anything but 0 stops `make docs`.
   - `NAME=$(COMMAND)` (unseen) keeps the command's output as `{NAME}`, which later lines use.
   - `export NAME=VALUE` sets a variable for the later commands (`$NAME` in VALUE is expanded);
     `unset NAME` removes one.
   - `brainstem sandbox ...` starts a sandbox in the background (on a free port), shows what
     it printed on start, exports its token as `$TOKEN`, and runs until the end of the file
     or until another one is started with the same `--port` (8765 when not given), which
     stops it: sandboxes of different ports run side by side (a copy served beside the
     original). Commands talk to each as `http://127.0.0.1:PORT`, PORT as given.

2. Python sessions. `<!-- make docs: python` lists Python; the ```python block after it is
   rewritten as an interactive session, each shown statement followed by what it printed
   (stdout, stderr, warnings as `Category: message`) and the repr of its value:

       <!-- make docs: python
       !brainstem sandbox --records 50
       !export BRAINSTEM_URL=http://127.0.0.1:8765 BRAINSTEM_TOKEN=$TOKEN
       client = BrainstemClient()
       >>> client.get("project", name="Visual cortex plasticity")["id"]
       >>> client.get("project", name="visual cortex")  # raises NoMatchError
       -->
       ```python
       ...
       ```

   - `>>> STATEMENT` (and its `... ` continuation lines) is shown with its output; a Python
     line without a prompt runs unseen (setup; consecutive ones run together), a blank line
     is kept. An exception is shown as its last line (`NoMatchError: no project is ...`); a
     trailing `# raises NAME` (not shown) says the statement must raise NAME, and any other
     exception stops `make docs`.
   - `!LINE` runs LINE as an unseen line of a console block (above): starting a sandbox,
     `export`, `NAME=$(COMMAND)`, creating a file.

   The Python blocks of a file run in one interpreter, started at the first, as in a terminal
   100 columns wide (`COLUMNS`: pandas fits its tables to it), with the environment the
   console lines have set when each block runs; a port in the code is replaced by its
   sandbox's, as in commands.

3. Tables derived from the spec: `<!-- make docs: NAME -->` ... `<!-- end make docs -->` is
   filled by the generator NAME of this script (`models`, `loaders`, `operators`).

The console and Python blocks of a file run in order in one temporary home (`~`, with
`~/.config` for the token cache) and working folder (`.`), in UTC (`TZ`). Output is made
deterministic: each sandbox shows the port it was given, its random token (unless given with
`--token`) and the device-login codes fixed values, a date-time of the run (an export's time) a
fixed one, the temporary home as `~`; the data, and the ids of the records created, come from
the sandbox's fixed seed.

Timings are never generated: measured figures live in the README's Performance section only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BIN = Path(sys.executable).parent
SHOWN_PORT = "8765"
SHOWN_TOKEN = "be01d5d9c11843c89e670ab169f50f7279562923"
SHOWN_CODE = "WXYZ-1234"
SHOWN_TIME = "2026-01-05T09:30:00"
PYTHON_COLUMNS = "100"  # the width of the terminal the Python sessions are shown in
TIMEOUT = 120

BLOCK = re.compile(
    r"^(?P<indent>[ \t]*)<!-- make docs(?P<python>: python)?\n(?P<script>.*?)^(?P=indent)-->\n"
    r"(?P=indent)(?P<fence>```[a-z]*\n)(?P<body>.*?)^(?P=indent)```",
    re.DOTALL | re.MULTILINE,
)
GENERATED = re.compile(
    r"^(?P<indent>[ \t]*)(?P<open><!-- make docs: (?P<name>[\w-]+) -->\n)(?P<body>.*?)"
    r"^(?P=indent)(?P<close><!-- end make docs -->)",
    re.DOTALL | re.MULTILINE,
)
EXIT = re.compile(r"\s+#\s*exit\s+(\d+)\s*$")
RAISES = re.compile(r"\s+#\s*raises\s+(\w+)\s*$")
CAPTURE = re.compile(r"^([A-Z_][A-Z0-9_]*)=\$\((.*)\)$")
PLACEHOLDER = re.compile(r"\{([A-Z_][A-Z0-9_]*)\}")
LISTENING = re.compile(r"listening on http://127\.0\.0\.1:(\d+)")
LOOPBACK = re.compile(r"127\.0\.0\.1([:_])(\d+)(?!\d)")
DATE_TIME = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)")
TOKEN_LINE = re.compile(r"^Token: (\S+)$", re.MULTILINE)
USER_CODE = re.compile(r"(enter the code: )[A-Z]{4}-[0-9]{4}")
PROMPT, MORE = ">>> ", "... "
REPLY = "\x00make docs reply: "  # marks the interpreter's answers among what else it prints


class DocsError(Exception):
    """A command of a doc did not do what its marker says."""


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """The lines the process prints, read by a thread; None once it has stopped printing."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


class Python:
    """The interpreter of one file's Python blocks: a child process running `serve_python`."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        here = str(Path(__file__).resolve().parent)
        start = (
            f"import sys; sys.path.insert(0, {here!r}); import make_docs; del sys.path[0]; "
            "make_docs.serve_python()"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", start],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.lines = _lines(self.process)

    def run(self, code: str, mode: str, env: dict[str, str]) -> tuple[str, str | None]:
        """What the code printed, and the name of the exception it raised (None if none)."""
        assert self.process.stdin is not None
        stray: list[str] = []  # printed below Python's sys.stdout (a C library, a child process)
        try:
            self.process.stdin.write(json.dumps({"code": code, "mode": mode, "env": env}) + "\n")
            self.process.stdin.flush()
            while (line := self.lines.get(timeout=TIMEOUT)) is not None:
                if line.startswith(REPLY):
                    reply = json.loads(line.removeprefix(REPLY))
                    return "".join(stray) + reply["out"], reply["raised"]
                stray.append(line)
        except queue.Empty:
            raise DocsError(f"Python did not finish running:\n{code}") from None
        except BrokenPipeError:
            pass
        raise DocsError(f"Python stopped, running:\n{code}{''.join(stray)}")

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def serve_python() -> None:
    """The child process of `Python`: runs the code of each request, as the interactive
    interpreter would, and answers with what it printed and the exception it raised."""
    import builtins
    import contextlib
    import io
    import time
    import warnings

    namespace: dict[str, object] = {"__name__": "__main__", "__builtins__": builtins}
    answer = sys.stdout

    def show_warning(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: object = None,
        line: str | None = None,
    ) -> None:
        print(f"{category.__name__}: {message}", file=sys.stderr)

    warnings.showwarning = show_warning
    for line in sys.stdin:
        request = json.loads(line)
        os.environ.clear()
        os.environ.update(request["env"])
        time.tzset()  # a TZ exported since
        out, raised = io.StringIO(), None
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                exec(compile(request["code"], "<stdin>", request["mode"]), namespace)
            except BaseException as exc:  # shown, as the interpreter shows it
                raised = type(exc).__name__
                shown = f"{type(exc).__qualname__}: {exc}" if str(exc) else raised
                print("\n".join([shown, *getattr(exc, "__notes__", [])]))
        answer.write(REPLY + json.dumps({"out": out.getvalue(), "raised": raised}) + "\n")
        answer.flush()


@dataclass
class Sandbox:
    process: subprocess.Popen[str]
    port: str  # the real one; the docs show the one given


class Session:
    """The shell state shared by the blocks of one file: home, variables, running sandboxes."""

    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.work = root / "work"
        self.home.mkdir()
        self.work.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
            PYTHONUNBUFFERED="1",
            LC_ALL="C.UTF-8",
            TZ="UTC",
            NO_COLOR="1",
        )
        env.pop("COLUMNS", None)
        self.env = env
        self.values: dict[str, str] = {}
        self.sandboxes: dict[str, Sandbox] = {}  # by the port shown
        self.ports: dict[str, str] = {}  # every real port -> the port shown
        self.tokens: set[str] = set()
        self.started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
        self.python: Python | None = None

    # -- running --------------------------------------------------------------------------

    def real(self, command: str) -> str:
        """The command as run: each shown port replaced by its running sandbox's."""

        def port(m: re.Match[str]) -> str:
            sandbox = self.sandboxes.get(m.group(2)) if m.group(1) == ":" else None
            return f"127.0.0.1:{sandbox.port}" if sandbox else m.group(0)

        return LOOPBACK.sub(port, command)

    def fill(self, command: str) -> str:
        def value(m: re.Match[str]) -> str:
            if m.group(1) not in self.values:
                raise DocsError(f"{{{m.group(1)}}} is used before it is set")
            return self.values[m.group(1)]

        return PLACEHOLDER.sub(value, command)

    def shell(self, command: str, expected: int = 0, *, stdout_only: bool = False) -> str:
        """What the command prints: stdout and stderr in the order written, or stdout only."""
        result = subprocess.run(
            ["bash", "-c", self.real(command)],
            cwd=self.work,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE if stdout_only else subprocess.STDOUT,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if result.returncode != expected:
            printed = result.stdout + (result.stderr or "")
            raise DocsError(
                f"`{command}` exited with {result.returncode}, not {expected}:\n{printed}"
            )
        return result.stdout

    def start_sandbox(self, command: str) -> str:
        argv = [
            part
            for arg in shlex.split(command, comments=True)
            for part in (arg.split("=", 1) if arg.startswith(("--port=", "--token=")) else [arg])
        ]
        shown = SHOWN_PORT
        if "--port" in argv:
            shown = argv[argv.index("--port") + 1]
            argv[argv.index("--port") + 1] = "0"
        else:
            argv += ["--port", "0"]
        self.stop_sandbox(shown)
        process = subprocess.Popen(
            argv,
            cwd=self.work,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.sandboxes[shown] = Sandbox(process, "")
        lines = _lines(process)
        out: list[str] = []
        while True:
            try:
                line = lines.get(timeout=TIMEOUT)
            except queue.Empty:
                raise DocsError(f"`{command}` did not finish starting") from None
            if line is None:
                raise DocsError(f"`{command}` stopped:\n{''.join(out)}")
            out.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        text = "".join(out)
        listening, token = LISTENING.search(text), TOKEN_LINE.search(text)
        if not (listening and token):
            raise DocsError(f"`{command}` printed no URL or token:\n{text}")
        self.sandboxes[shown].port = listening.group(1)
        self.ports[listening.group(1)] = shown
        if "--token" not in argv:  # a given token is shown as given
            self.tokens.add(token.group(1))
        self.env["TOKEN"] = token.group(1)
        return text

    def stop_sandbox(self, shown: str) -> None:
        sandbox = self.sandboxes.pop(shown, None)
        if sandbox is None:
            return
        try:
            os.killpg(sandbox.process.pid, signal.SIGINT)
            sandbox.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(sandbox.process.pid, signal.SIGKILL)
            sandbox.process.wait()
        except ProcessLookupError:
            pass

    def stop_sandboxes(self) -> None:
        for shown in list(self.sandboxes):
            self.stop_sandbox(shown)

    def run_python(self, code: str, mode: str) -> tuple[str, str | None]:
        """Runs code in the file's interpreter (`exec` or `single` mode), with the shell's
        environment; returns what it printed and the exception it raised."""
        env = {**self.env, "COLUMNS": PYTHON_COLUMNS}  # pandas fits its tables to it
        if self.python is None:
            self.python = Python(self.work, env)
        return self.python.run(self.real(code), mode, env)

    def close(self) -> None:
        if self.python is not None:
            self.python.close()
            self.python = None
        self.stop_sandboxes()

    # -- one marker line -------------------------------------------------------------------

    def run(self, line: str) -> str | None:
        """Runs one line of a marker; returns the text to show (None for an unseen line)."""
        shown = line.startswith("$ ")
        command = line[2:] if shown else line
        expected = 0
        if m := EXIT.search(command):
            expected, command = int(m.group(1)), command[: m.start()]
        command = self.fill(command)
        if m := CAPTURE.match(command):
            self.values[m.group(1)] = self.shell(m.group(2), stdout_only=True).strip()
            out = ""
        elif command.startswith("unset "):
            for name in shlex.split(command, comments=True)[1:]:
                self.env.pop(name, None)
            out = ""
        elif command.startswith("export "):
            for assignment in shlex.split(command, comments=True)[1:]:
                name, _, value = assignment.partition("=")
                value = re.sub(r"\$(\w+)", lambda v: self.env.get(v.group(1), ""), value)
                self.env[name] = self.real(value)
            out = ""
        elif re.match(r"(brainstem|python -m brainstem_api_tools) sandbox\b", command):
            out = self.start_sandbox(command)
        else:
            out = self.shell(command, expected)
        return f"$ {command}\n{self.normalise(out)}" if shown else None

    def normalise(self, text: str) -> str:
        def port(m: re.Match[str]) -> str:
            return f"127.0.0.1{m.group(1)}{self.ports.get(m.group(2), m.group(2))}"

        def time(m: re.Match[str]) -> str:
            try:
                when = dt.datetime.fromisoformat(m.group(0).replace("Z", "+00:00"))
            except ValueError:
                return m.group(0)
            now = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
            return f"{SHOWN_TIME}{m.group(2)}" if self.started <= when <= now else m.group(0)

        text = LOOPBACK.sub(port, text)
        for token in self.tokens:
            text = text.replace(token, SHOWN_TOKEN)
        text = text.replace(str(self.home), "~").replace(str(self.work), ".")
        text = DATE_TIME.sub(time, text)
        return USER_CODE.sub(rf"\g<1>{SHOWN_CODE}", text)


@contextmanager
def session() -> Iterator[Session]:
    with tempfile.TemporaryDirectory(prefix="brainstem-docs-") as root:
        state = Session(Path(root))
        try:
            yield state
        finally:
            state.close()


def console_block(state: Session, script: str) -> str:
    shown = []
    for line in script.rstrip("\n").split("\n"):
        if not line.strip():
            shown.append("\n")
        elif (text := state.run(line)) is not None:
            shown.append(text)
    return "".join(shown)


def python_block(state: Session, script: str) -> str:
    """The session a Python marker's script shows: its statements, each with its output."""
    shown: list[str] = []
    unseen: list[str] = []

    def run_unseen() -> None:
        if unseen:
            code = "\n".join(unseen) + "\n"
            out, raised = state.run_python(code, "exec")
            unseen.clear()
            if raised:
                raise DocsError(f"unseen lines raised {raised}:\n{code}{out}")

    lines = script.rstrip("\n").split("\n")
    while lines:
        line = lines.pop(0)
        if line.startswith(PROMPT):
            run_unseen()
            statement = [line]
            while lines and (lines[0].startswith(MORE) or lines[0] == MORE.strip()):
                statement.append(lines.pop(0))
            shown.append(python_statement(state, statement))
        elif not line.strip():
            run_unseen()
            shown.append("\n")
        elif line.startswith("!"):
            run_unseen()
            if line.startswith("!$ "):
                raise DocsError(f"{line}: a shell line of a Python block is not shown (no `$ `)")
            state.run(line[1:])
        else:
            unseen.append(line)
    run_unseen()
    return "".join(shown)


def python_statement(state: Session, statement: list[str]) -> str:
    """The statement (its lines with their prompts) as shown, followed by its output."""
    expected = None
    if m := RAISES.search(statement[0]):
        expected, statement = m.group(1), [statement[0][: m.start()], *statement[1:]]
    code = "".join(line[len(PROMPT) :] + "\n" for line in statement)
    out, raised = state.run_python(code, "single")
    if raised != expected:
        said = f"`{statement[0]}` raised {raised or 'nothing'}"
        raise DocsError(
            f"{said}, not {expected}:\n{out}"
            if expected
            else f"{said} (add `# raises {raised}` if it should):\n{out}"
        )
    out = state.normalise(out)
    if out and not out.endswith("\n"):
        out += "\n"
    return "".join(line + "\n" for line in statement) + out


# -- tables derived from the spec ---------------------------------------------------------------


def _brainstem_json(*args: str) -> object:
    out = subprocess.run(
        [str(BIN / "brainstem"), *args], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def models_table() -> str:
    """Every model: app, whether it is public, operations and custom actions, id type."""
    crud = ["list", "get", "create", "update", "replace", "delete"]
    rows = [
        "| app | model | public portal | operations | custom actions | id |",
        "|---|---|---|---|---|---|",
    ]
    models = _brainstem_json("models", "--format", "json")
    assert isinstance(models, list)
    for m in sorted(models, key=lambda m: (m["app"], m["model"])):
        ops = [op for op in crud if op in m["operations"]]
        actions = sorted(op for op in m["operations"] if op not in crud)
        public = "yes" if "public" in m["portals"] else "-"
        rows.append(
            f"| {m['app']} | `{m['model']}` | {public} | {' '.join(ops)} | "
            f"{' '.join(actions) or '-'} | {m['id_type']} |"
        )
    return "\n".join(rows) + "\n"


def loaders_table() -> str:
    """The convenience loaders: model, keywords and the filter each sends, default includes."""
    from brainstem_api_tools.loaders import LOADERS, NO_SUCH_FIELD

    def keywords(name: str, named: dict[str, str]) -> str:
        sent = [f"`{k}` (`{v}`)" for k, v in named.items() if (name, k) not in NO_SUCH_FIELD]
        return ", ".join(sent) or "-"

    rows = [
        "| loader | model | official keywords (filter sent) | our additions | default include |",
        "|---|---|---|---|---|",
    ]
    for name, loader in LOADERS.items():
        rows.append(
            f"| `{name}` | {loader.model} | {keywords(name, dict(loader.filters))} | "
            f"{keywords(name, dict(loader.extra))} | {', '.join(loader.include) or '-'} |"
        )
    return "\n".join(rows) + "\n"


def operators_list() -> str:
    """The filter operators the spec declares (x-filter-operators of the Filters parameter)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load((ROOT / "openapi.yaml").read_text(), Loader=loader)
    found = [
        p["x-filter-operators"]
        for p in spec["components"]["parameters"].values()
        if "x-filter-operators" in p
    ]
    (operators,) = found
    return " ".join(f"`{op}`" for op in operators) + "\n"


GENERATORS: dict[str, Callable[[], str]] = {
    "models": models_table,
    "loaders": loaders_table,
    "operators": operators_list,
}


# -- files --------------------------------------------------------------------------------------


def indented(text: str, indent: str) -> str:
    """Each line of text with the marker's indentation (blank lines left empty)."""
    return "".join(
        indent + line if line.strip() else line for line in text.splitlines(keepends=True)
    )


def render(text: str, state: Session) -> str:
    def block(m: re.Match[str]) -> str:
        indent, script, python = m.group("indent"), m.group("script"), m.group("python") or ""
        lines = "".join(line.removeprefix(indent) for line in script.splitlines(keepends=True))
        if python and m.group("fence") not in ("```python\n", "```pycon\n"):
            raise DocsError("a `<!-- make docs: python` comment must be followed by a python block")
        body = indented((python_block if python else console_block)(state, lines), indent)
        fence = f"{indent}{m.group('fence')}{body}{indent}```"
        return f"{indent}<!-- make docs{python}\n{script}{indent}-->\n{fence}"

    def generated(m: re.Match[str]) -> str:
        name = m.group("name")
        if name not in GENERATORS:
            raise DocsError(f"no generator {name!r} (known: {', '.join(GENERATORS)})")
        indent = m.group("indent")
        body = indented(GENERATORS[name](), indent)
        return f"{indent}{m.group('open')}{body}{indent}{m.group('close')}"

    markers = text.count("<!-- make docs")
    found = len(BLOCK.findall(text)) + len(GENERATED.findall(text))
    if found != markers:
        raise DocsError(
            f"{markers} markers but {found} well-formed parts: a `<!-- make docs` comment must be "
            "followed by a fenced block, a `<!-- make docs: NAME -->` by `<!-- end make docs -->`"
        )
    return GENERATED.sub(generated, BLOCK.sub(block, text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a doc is not up to date")
    parser.add_argument("files", nargs="*", type=Path, help="default: README.md and docs/*.md")
    args = parser.parse_args(argv)
    stale = []
    for path in [p.resolve() for p in args.files] or DOCS:
        text = path.read_text()
        if "<!-- make docs" not in text:
            continue
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        try:
            with session() as state:
                new = render(text, state)
        except (DocsError, subprocess.SubprocessError) as exc:
            print(f"make docs: {name}: {exc}", file=sys.stderr)
            return 1
        if new == text:
            continue
        if args.check:
            stale.append(name)
            diff = difflib.unified_diff(
                text.splitlines(keepends=True),
                new.splitlines(keepends=True),
                f"{name} (committed)",
                f"{name} (make docs)",
            )
            sys.stderr.writelines(diff)
        else:
            path.write_text(new)
            print(f"make docs: rewrote {name}")
    if stale:
        print(
            f"check-docs: {', '.join(map(str, stale))} not up to date: run `make docs` and commit",
            file=sys.stderr,
        )
        return 1
    if args.check:
        print("check-docs: the generated parts of the docs are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
