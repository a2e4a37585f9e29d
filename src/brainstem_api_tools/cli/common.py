"""What every command shares: global options, exit codes, the server, the client, messages.

Only cheap imports here: `brainstem --help` and `brainstem models` must start without httpx
or the generated client, so the client is imported inside `open_client`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any, NoReturn

    from brainstem_api_tools.client import BrainstemClient


__all__ = [
    "AUTH_REQUIRED",
    "ERROR",
    "INTERRUPTED",
    "OK",
    "USAGE",
    "CLIError",
    "HelpFormatter",
    "add_include_option",
    "add_portal_option",
    "check_token",
    "describe_refusal",
    "env_token_for",
    "fail",
    "global_options",
    "open_client",
    "option",
    "read_data",
    "say",
    "server_url",
    "terminal_columns",
]

# Exit codes, as the GitHub CLI uses them.
OK = 0
ERROR = 1  # the API answered with an error, or the network failed
USAGE = 2  # the command line is wrong; nothing was sent
AUTH_REQUIRED = 4  # no token, or the server refused it
INTERRUPTED = 130  # Ctrl-C


class CLIError(Exception):
    """An expected failure: one line for stderr and an exit code."""

    def __init__(self, message: str, code: int = ERROR) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = USAGE) -> NoReturn:
    raise CLIError(message, code)


def say(message: str) -> None:
    """A message for the user: always on stderr, so stdout stays clean for pipes."""
    print(message, file=sys.stderr, flush=True)


def terminal_columns() -> int:
    """The terminal's width as `shutil.get_terminal_size()` gives it ($COLUMNS, else the
    terminal on stdout, else 80), without importing shutil, which imports the compression
    modules: argparse would import it on every `brainstem --help`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Fills prose paragraphs to the terminal; keeps indented blocks (examples) as written."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        paragraphs = []
        for para in re.split(r"\n\s*\n", text.strip("\n")):
            if any(line.startswith(" ") for line in para.splitlines()):
                paragraphs.append(textwrap.indent(para, indent))
            else:
                paragraphs.append(
                    textwrap.fill(
                        " ".join(para.split()),
                        width,
                        initial_indent=indent,
                        subsequent_indent=indent,
                    )
                )
        return "\n\n".join(paragraphs) + "\n"


def global_options() -> argparse.ArgumentParser:
    """Options every command accepts, before or after the command name.

    Their defaults are SUPPRESS, so a value given before the command is not overwritten by
    the command's own (absent) copy of the option; read them with `getattr(args, name, None)`.
    """
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("global options")
    group.add_argument(
        "--token",
        default=argparse.SUPPRESS,
        help="API token to use instead of BRAINSTEM_TOKEN or the cached one",
    )
    group.add_argument(
        "--url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="BrainSTEM server (default: $BRAINSTEM_URL, else https://www.brainstem.org/)",
    )
    group.add_argument(
        "--headless",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log in without opening a browser: print the URL and code to enter anywhere",
    )
    group.add_argument(
        "--allow-insecure-http",
        action="store_true",
        default=argparse.SUPPRESS,
        help="allow sending the token over plain http:// to a host other than this machine",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the full traceback of errors",
    )
    return parent


def add_portal_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--portal",
        choices=("private", "public"),
        default="private",
        help="private (default: your data, needs a login) or public (open data, no login)",
    )


def add_include_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include",
        nargs="+",
        action="extend",
        metavar="REL",
        help="embed these related records (e.g. projects) instead of their ids",
    )


def option(args: argparse.Namespace, name: str) -> Any:
    return getattr(args, name, None)


def server_url(args: argparse.Namespace) -> str:
    """The server: --url, else $BRAINSTEM_URL, else the BrainSTEM service (normalized)."""
    from brainstem_api_tools import tokens

    return tokens.server_url(option(args, "url"))


def env_token_for(url: str) -> str | None:
    """The environment variable whose token a client for `url` would use, if any (the
    environment's token is only for its own server)."""
    from brainstem_api_tools import tokens

    return tokens.choose_token(None, url).variable


def describe_refusal(source: str | None, url: str) -> str:
    """What a 401 means for the token from `source`, in the command line's words."""
    from brainstem_api_tools.tokens import refused_token

    return refused_token(source, url, given_as="--token")


def check_token(client: BrainstemClient) -> tuple[bool, str]:
    """Whether the server accepts the client's token, by loading one private record."""
    response = client.load("project", portal="private", limit=1)
    status = response.status_code
    if status == 401:
        return False, "401 Unauthorized: expired, revoked or unknown"
    if status < 400 or status in (403, 404):
        return True, f"{status} {response.http.reason_phrase}"
    response.raise_for_status()
    return True, str(status)  # pragma: no cover - raise_for_status raised


def read_data(raw: str) -> dict[str, Any]:
    """The JSON object given as text, @file or - (stdin)."""
    import json
    from pathlib import Path

    if raw == "-":
        where = "stdin"
        text = sys.stdin.read()
    elif raw.startswith("@"):
        where = raw[1:]
        try:
            text = Path(where).read_text(encoding="utf-8")
        except OSError as exc:
            fail(f"--data {raw}: cannot read {where!r}: {exc.strerror or exc}")
        except UnicodeDecodeError:
            fail(f"--data {raw}: {where!r} is not UTF-8 text")
    else:
        where = "--data"
        text = raw
    example = """expected a JSON object like '{"name": "New session"}'"""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        fail(
            f"{where} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno}); "
            f"{example}"
        )
    if not isinstance(data, dict):
        fail(f"{where} holds a JSON {type(data).__name__}, not an object; {example}")
    return data


def open_client(args: argparse.Namespace, portal: str = "private") -> BrainstemClient:
    """A client for this command line's server and token.

    The public portal needs no token. For the private portal a missing token is an
    "authentication required" error (exit 4) rather than a login prompt, so that a script
    never hangs waiting for a browser: `brainstem login` is the one command that logs in.
    """
    from brainstem_api_tools import tokens
    from brainstem_api_tools.client import BrainstemClient

    url = server_url(args)
    token = option(args, "token")
    insecure = bool(option(args, "allow_insecure_http"))
    if portal == "public":
        return BrainstemClient(token=token, url=url, public=True, allow_insecure_http=insecure)
    if tokens.choose_token(token, url).token is None:
        env = "BRAINSTEM_TOKEN" + (
            "" if tokens.environment_server(url) else f" with BRAINSTEM_URL={url}"
        )
        fail(
            f"not logged in to {url}: run {tokens.login_command(url)} first "
            f"(or pass --token, or set {env})",
            AUTH_REQUIRED,
        )
    return BrainstemClient(
        token=token,
        url=url,
        headless=bool(option(args, "headless")),
        allow_insecure_http=insecure,
        out=sys.stderr,
        interactive=False,
    )
