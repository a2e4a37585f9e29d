"""`brainstem auth status`: which server, which token, and whether the server accepts it."""

from __future__ import annotations

import argparse
import sys

from brainstem_api_tools.cli.common import (
    AUTH_REQUIRED,
    ERROR,
    OK,
    HelpFormatter,
    env_token,
    login_hint,
    option,
    server_url,
)

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from brainstem_api_tools.client import BrainstemClient


__all__ = ["check_token", "register", "run_status"]

NAME = "auth"
HELP = "show the login state (auth status)"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Authentication commands (`brainstem login` and `brainstem logout` log "
        "in and out).",
    )
    commands = parser.add_subparsers(dest="auth_command", metavar="COMMAND", title="commands")
    status = commands.add_parser(
        "status",
        help="show the server, where the token comes from and whether the server accepts it",
        description="Show the server, whether a token is cached (and where) or given by "
        "--token or BRAINSTEM_TOKEN, and whether the server accepts it. The token itself is "
        "never shown. Exit code: 0 logged in, 4 no token or token refused, 1 server "
        "unreachable.",
        parents=parents,
        formatter_class=HelpFormatter,
        allow_abbrev=False,
    )
    status.set_defaults(func=run_status)
    parser.set_defaults(func=lambda args: usage(parser))
    return parser


def usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def check_token(client: BrainstemClient) -> tuple[bool, str]:
    """Whether the server accepts the client's token, by loading one private record."""
    response = client.load("project", limit=1)
    status = response.status_code
    if status == 401:
        return False, "401 Unauthorized: expired, revoked or unknown"
    if status < 400 or status in (403, 404):
        return True, f"{status} {response.http.reason_phrase}"
    response.raise_for_status()
    return True, str(status)  # pragma: no cover - raise_for_status raised


def run_status(args: argparse.Namespace) -> int:
    from brainstem_api_tools import tokens
    from brainstem_api_tools.client import BrainstemClient
    from brainstem_api_tools.errors import TransportError

    url = server_url(args)
    path = tokens.token_path(url)
    cached = tokens.load_token(url) is not None
    variable = env_token()
    print(f"Server:  {url}")
    if option(args, "token"):
        source = "given with --token"
    elif variable:
        source = f"from the environment variable {variable}"
    elif cached:
        source = f"cached in {path}"
    else:
        print(f"Token:   none (nothing cached at {path})")
        print(f"Status:  not logged in; run {login_hint(url)}")
        return AUTH_REQUIRED
    print(f"Token:   {source}")
    if cached and not source.startswith("cached"):
        print(f"         (a token is also cached in {path}, unused)")
    with BrainstemClient(
        token=option(args, "token"),
        url=url,
        allow_insecure_http=bool(option(args, "allow_insecure_http")),
    ) as client:
        try:
            accepted, detail = check_token(client)
        except TransportError as exc:
            print(f"Status:  unknown, the server did not answer: {exc}")
            return ERROR
    if accepted:
        print(f"Status:  logged in; the server accepts the token ({detail})")
        return OK
    print(f"Status:  the server refuses the token ({detail}); run {login_hint(url)}")
    return AUTH_REQUIRED
