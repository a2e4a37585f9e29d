"""`brainstem login`: get a token with the device flow and cache it for the server."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import (
    AUTH_REQUIRED,
    check_token,
    env_token_for,
    fail,
    option,
    say,
    server_url,
)

NAME = "login"
HELP = "log in with the browser (device flow) and cache the token"


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        NAME,
        help=HELP,
        description="Log in to the server with the device authorization flow: open the "
        "printed URL (a browser opens it too, unless --headless), enter the code and approve. "
        "The token is cached for this server, readable only by you; any token cached before "
        "is replaced. With --token, checks that token and caches it instead.",
        epilog="examples:\n"
        "  brainstem login\n"
        "  brainstem login --headless\n"
        "  brainstem login --url http://127.0.0.1:8000/\n",
    )
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from brainstem_api_tools import tokens
    from brainstem_api_tools.client import BrainstemClient

    url = server_url(args)
    insecure = bool(option(args, "allow_insecure_http"))
    token = option(args, "token")
    if token:
        with BrainstemClient(token=token, url=url, allow_insecure_http=insecure) as client:
            accepted, detail = check_token(client)
        if not accepted:
            fail(f"{url} does not accept this token ({detail}); it was not cached", AUTH_REQUIRED)
        path = tokens.save_token(token, url)
    else:
        say(f"Logging in to {url}")
        with BrainstemClient(
            url=url,
            public=True,  # no token of its own: this command always logs in anew
            headless=bool(option(args, "headless")),
            allow_insecure_http=insecure,
            clock=option(args, "clock"),
        ) as client:
            path = client.login()
    say(f"Logged in to {url}. Token cached in {path}")
    variable = env_token_for(url)
    if variable:
        say(
            f"Note: {variable} is set and comes before the cached token; unset it to use this login"
        )
    return 0
