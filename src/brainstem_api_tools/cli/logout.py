"""`brainstem logout`: forget the cached token of one server."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import env_token_for, say, server_url

NAME = "logout"
HELP = "remove the cached token of the server"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Remove the token cached for the server (--url, default the BrainSTEM "
        "service). Tokens cached for other servers are kept. The token stays valid on the "
        "server until it expires or you delete it at "
        "https://www.brainstem.org/private/users/tokens/.",
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools import tokens

    url = server_url(args)
    path = tokens.token_path(url)
    if tokens.delete_token(url):
        say(f"Logged out of {url}: removed {path}")
    else:
        say(f"No token cached for {url} (nothing at {path})")
    variable = env_token_for(url)
    if variable:
        say(f"Note: {variable} is set, so commands still use the token it holds")
    return 0
