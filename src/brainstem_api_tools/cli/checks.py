"""What `save` and `action` share: --dry-run, --no-validate, and --data checked before sending."""

from __future__ import annotations

import argparse
import json

from brainstem_api_tools.cli.common import USAGE, CLIError, say, server_url

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from collections.abc import Callable

    from brainstem_api_tools._calls import Call

__all__ = ["add_write_options", "planned", "print_request"]


def add_write_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("checking")
    group.add_argument(
        "--dry-run",
        action="store_true",
        help="check --data and print the request (method, URL, JSON body) instead of sending "
        "it; exit 0 if it is valid, 2 if not",
    )
    group.add_argument(
        "--no-validate",
        dest="validate",
        action="store_false",
        help="send --data without checking it against the API's description (for a field "
        "newer than this client)",
    )


def planned(args: argparse.Namespace, plan: Callable[[], Call[object]]) -> bool:
    """Check a write's data; True when it is to be sent, False when --dry-run printed it.

    Invalid data is one line with every problem, and exit 2.
    """
    from brainstem_api_tools.errors import InvalidDataError
    from brainstem_api_tools.validation import NO_VALIDATE_HINT

    try:
        call = plan()
    except InvalidDataError as exc:
        raise CLIError(str(exc).replace(NO_VALIDATE_HINT, "use --no-validate"), USAGE) from None
    if not args.dry_run:
        return True
    print_request(call, server_url(args))
    say("Dry run: nothing was sent" + ("" if args.validate else " (--data was not checked)"))
    return False


def print_request(call: Call[object], server: str) -> None:
    """Method and URL on one line, then the JSON body (never a header, so never the token)."""
    import httpx

    kwargs = call.request()
    url = server.rstrip("/") + "/" + str(kwargs["url"]).lstrip("/")  # as httpx's base_url does
    request = httpx.Request(
        kwargs["method"], url, params=kwargs.get("params"), json=kwargs.get("json")
    )
    print(f"{request.method} {request.url}")
    if request.content:
        print(json.dumps(json.loads(request.content), indent=2, ensure_ascii=False))
