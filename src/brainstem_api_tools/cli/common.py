"""What every command shares: global options, exit codes, the server, the client, messages.

Only cheap imports here: `brainstem --help` and `brainstem models` must start without httpx
or the generated client, so the client is imported inside `open_client`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import textwrap

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
    "env_token",
    "fail",
    "global_options",
    "login_hint",
    "open_client",
    "option",
    "say",
    "server_url",
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


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Fills prose paragraphs to the terminal; keeps indented blocks (examples) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
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


def option(args: argparse.Namespace, name: str) -> Any:
    return getattr(args, name, None)


def server_url(args: argparse.Namespace) -> str:
    """The server: --url, else $BRAINSTEM_URL, else the BrainSTEM service (normalized)."""
    from brainstem_api_tools import tokens

    return tokens.server_url(option(args, "url"))


def env_token() -> str | None:
    """The name of the environment variable that provides a token, if any."""
    from brainstem_api_tools import tokens

    found = tokens.env_token()
    return found[0] if found else None


def login_hint(url: str) -> str:
    """`brainstem login` with the --url needed to log in to this server."""
    from brainstem_api_tools.tokens import DEFAULT_URL, URL_ENV, normalize_url

    if url == normalize_url(DEFAULT_URL) or url == normalize_url(os.environ.get(URL_ENV)):
        return "`brainstem login`"
    return f"`brainstem login --url {url}`"


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
    if not token and not env_token() and tokens.load_token(url) is None:
        fail(
            f"not logged in to {url}: run {login_hint(url)} first "
            "(or pass --token, or set BRAINSTEM_TOKEN)",
            AUTH_REQUIRED,
        )
    return BrainstemClient(
        token=token,
        url=url,
        headless=bool(option(args, "headless")),
        allow_insecure_http=insecure,
        out=sys.stderr,
    )
