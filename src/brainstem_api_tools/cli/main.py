"""The `brainstem` command: the parser, the command table and the error wrapper.

Each command is a module with `register(subparsers, parents)`, which adds its parser and
sets `func`, the function that runs it. `COMMANDS` below is the one place they are listed.
A run imports and builds only the command it runs (the top-level help, errors in the command
name and the completion script take them all): start-up time is paid on every run.
Errors the user can act on become one line on stderr and an exit code (see EXIT_CODES);
`--debug` adds the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence

from brainstem_api_tools.cli.common import (
    AUTH_REQUIRED,
    ERROR,
    INTERRUPTED,
    USAGE,
    CLIError,
    HelpFormatter,
    describe_refusal,
    global_options,
    server_url,
)

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from types import ModuleType
    from typing import Any

    from brainstem_api_tools.auth import Clock

__all__ = ["COMMANDS", "build_parser", "command_module", "main"]

# Each command's name and its module in brainstem_api_tools.cli, in the order of the help.
COMMANDS = {
    "login": "login",
    "logout": "logout",
    "auth": "auth",
    "load": "load",
    "get": "get",
    "save": "save",
    "import": "import_",
    "delete": "delete",
    "action": "action",
    "export": "export",
    "models": "models",
    "sandbox": "sandbox",
    "completion": "completion",
}

DESCRIPTION = "The BrainSTEM command line: load, save and delete records of the BrainSTEM API."
EPILOG = """\
examples:
  brainstem login
  brainstem load session --filters name.icontains=Rat --sort -name --include projects
  brainstem load project --portal public --format table
  brainstem get project 'Visual cortex plasticity' --fields id --format csv
  brainstem save session --data '{"name":"New session","projects":["<uuid>"]}'
  brainstem import session sessions.csv --report report.csv
  brainstem delete session --id <uuid>
  brainstem action speciesapproval accept --id <uuid>
  brainstem export project <uuid> --out my-project

environment:
  BRAINSTEM_TOKEN  token for the server of BRAINSTEM_URL (else the default one), before the
                   cached one; --token comes first
  BRAINSTEM_URL    server to use when --url is not given
  XDG_CONFIG_HOME  tokens are cached in $XDG_CONFIG_HOME/brainstem (default ~/.config)

exit codes:
  0 success, 1 API or network error, 2 usage error, 4 authentication required,
  130 interrupted (Ctrl-C)
"""


def command_module(name: str) -> ModuleType:
    """The module of command `name`."""
    # __import__ rather than importlib.import_module, which `python -X importtime` does not see
    __import__(f"brainstem_api_tools.cli.{COMMANDS[name]}")
    return sys.modules[f"brainstem_api_tools.cli.{COMMANDS[name]}"]


def build_parser(
    only: str | None = None, common: argparse.ArgumentParser | None = None
) -> argparse.ArgumentParser:
    """The command line's parser: with every command, or only the command `only`; `common`
    holds the global options (`global_options()`)."""
    from brainstem_api_tools._version import __version__

    common = common or global_options()
    parser = argparse.ArgumentParser(
        prog="brainstem",
        description=DESCRIPTION,
        epilog=EPILOG,
        parents=[common],
        formatter_class=HelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"brainstem {__version__}")

    class CommandParser(argparse.ArgumentParser):
        """A command's parser: the global options, the shared help format, no abbreviations."""

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("parents", [common])
            kwargs.setdefault("formatter_class", HelpFormatter)
            kwargs.setdefault("allow_abbrev", False)
            super().__init__(**kwargs)

    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", parser_class=CommandParser
    )
    for name in COMMANDS if only is None else (only,):
        command_parser = command_module(name).register(sub, [common])
        # `root_parser`: the completion script is made from the whole command line.
        command_parser.set_defaults(command_parser=command_parser, root_parser=parser)
    return parser


def command_word(argv: Sequence[str], common: argparse.ArgumentParser | None = None) -> str | None:
    """The command a command line runs, when it is sure to: the first word that is neither a
    global option (of `common`) nor the value of one, if it names a command, and no --help
    comes first. None otherwise (the whole parser is built)."""
    valued = {
        option
        for action in (common or global_options())._actions
        if action.nargs != 0
        for option in action.option_strings
    }
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--"):
            return None
        if word.startswith("-"):
            if word in valued:
                next(words, None)  # its value
            continue
        return word if word in COMMANDS and word != "completion" else None
    return None


def _is_option(word: str) -> bool:
    return word.startswith("--") or word in {"-h"}


def normalize_argv(argv: Sequence[str]) -> list[str]:
    """`--sort -name date` -> `--sort=-name --sort=date`.

    argparse reads a word starting with `-` as an option, so the descending sort the guide
    writes (`--sort -name`) would fail. Every word after `--sort` up to the next option is a
    sort field.
    """
    out: list[str] = []
    words = list(argv)
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            out.extend(words[i:])
            break
        if word == "--sort":
            j = i + 1
            while j < len(words) and not _is_option(words[j]):
                out.append(f"--sort={words[j]}")
                j += 1
            if j == i + 1:
                out.append(word)  # no value: argparse says so
            i = j
            continue
        out.append(word)
        i += 1
    return out


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run the `brainstem` command; returns the exit code.

    `clock` is the time a login waits by (see `auth.Clock`; the tests' does not sleep).
    """
    words = normalize_argv(sys.argv[1:] if argv is None else argv)
    common = global_options()
    parser = build_parser(command_word(words, common), common)
    args, extra = parser.parse_known_args(words)
    args.clock = clock
    if getattr(args, "passthrough", False):
        args.rest = extra
    elif extra:
        getattr(args, "command_parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return USAGE
    debug = bool(getattr(args, "debug", False))
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning
            return int(args.func(args))
    except KeyboardInterrupt:
        print("\nInterrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (`brainstem load ... | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        message, code = describe_error(exc, args)
        if code is None:
            raise  # a bug: the traceback is what helps
        if debug:
            import traceback

            traceback.print_exc()
        print(f"error: {message}", file=sys.stderr)
        return code


def _one_line_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """The client's warnings (an unknown field name...) as one line on stderr."""
    print(f"warning: {message}", file=sys.stderr, flush=True)


def describe_error(exc: Exception, args: argparse.Namespace) -> tuple[str, int | None]:
    """The one line and the exit code for an expected error; code None for a bug."""
    if isinstance(exc, CLIError):
        return str(exc), exc.code
    from brainstem_api_tools import errors

    if not isinstance(exc, errors.BrainstemError):
        return str(exc), None
    if isinstance(exc, errors.UsageError):
        return str(exc), USAGE
    if isinstance(exc, errors.AuthenticationError):
        if exc.status_code != 401 or exc.token_source is None:  # the login flow failed
            return str(exc), AUTH_REQUIRED
        refusal = describe_refusal(exc.token_source, server_url(args))
        return f"401 Unauthorized from {exc.url}: {refusal}", AUTH_REQUIRED
    if isinstance(exc, errors.ValidationError) and (exc.errors or isinstance(exc.body, list)):
        if set(exc.errors) == {"detail"}:
            fields = " ".join(exc.errors["detail"])
        elif exc.errors:
            fields = "; ".join(f"{k}: {' '.join(v)}" for k, v in exc.errors.items())
        else:  # DRF's ValidationError raised with a message: a list of messages
            fields = " ".join(str(m) for m in exc.body if m)
        if exc.hint:
            fields = f"{fields.rstrip('. ')}; {exc.hint}" if fields else exc.hint
        reason = fields or "no reason given"
        return f"the server rejected the request (400 from {exc.url}): {reason}", ERROR
    return str(exc), ERROR
