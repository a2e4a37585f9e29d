"""`brainstem auth status`: which server, which token, and whether the server accepts it."""

from __future__ import annotations

import argparse
import sys

from brainstem_api_tools.cli.common import (
    AUTH_REQUIRED,
    ERROR,
    OK,
    HelpFormatter,
    check_token,
    env_token_for,
    option,
    server_url,
)

__all__ = ["register", "run_status"]

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


def run_status(args: argparse.Namespace) -> int:
    from brainstem_api_tools import tokens
    from brainstem_api_tools.client import BrainstemClient
    from brainstem_api_tools.errors import TransportError

    url = server_url(args)
    path = tokens.token_path(url)
    print(f"Server:  {url}")
    if tokens.choose_token(option(args, "token"), url).token is None:
        print(f"Token:   none (nothing cached at {path})")
        print(f"Status:  not logged in; run {tokens.login_command(url)}")
        return AUTH_REQUIRED
    with BrainstemClient(
        token=option(args, "token"),
        url=url,
        allow_insecure_http=bool(option(args, "allow_insecure_http")),
        interactive=False,
    ) as client:
        source = client.token_source
        where = {
            "argument": "given with --token",
            "environment": f"from the environment variable {env_token_for(url)}",
        }.get(str(source), f"cached in {path}")
        print(f"Token:   {where}")
        if source != "cache" and tokens.load_token(url) is not None:
            print(f"         (a token is also cached in {path}, unused)")
        try:
            accepted, detail = check_token(client)
        except TransportError as exc:
            print(f"Status:  unknown, the server did not answer: {exc}")
            return ERROR
    if accepted:
        print(f"Status:  logged in; the server accepts the token ({detail})")
        return OK
    advice = tokens.token_advice(source, url, given_as="--token")
    print(f"Status:  the server refuses the token ({detail}); {advice}")
    return AUTH_REQUIRED
