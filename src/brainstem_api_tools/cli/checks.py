"""What the writing commands share: --dry-run, --no-validate, --data checked before sending,
and related records given by name (`REL:name` keys) looked up first."""

from __future__ import annotations

import argparse

from brainstem_api_tools.cli.common import USAGE, CLIError, say, server_url

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from brainstem_api_tools._calls import Call
    from brainstem_api_tools.client import BrainstemClient
    from brainstem_api_tools.models import ModelInfo

__all__ = ["add_write_options", "planned", "print_request", "with_ids"]


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
    import json

    from brainstem_api_tools._httpx import httpx

    kwargs = call.request()
    url = server.rstrip("/") + "/" + str(kwargs["url"]).lstrip("/")  # as httpx's base_url does
    request = httpx.Request(
        kwargs["method"], url, params=kwargs.get("params"), json=kwargs.get("json")
    )
    print(f"{request.method} {request.url}")
    if request.content:
        print(json.dumps(json.loads(request.content), indent=2, ensure_ascii=False))


def with_ids(
    client: BrainstemClient, info: ModelInfo, data: dict[str, Any], args: argparse.Namespace
) -> dict[str, Any]:
    """`data` with the id of each record its `REL:name` keys name, each resolved name said on
    stderr (`projects:name 'Visual cortex plasticity': <id>`); a name that matches no record
    or several is an error (exit 2) listing them, with every other problem of the data."""
    (resolved,) = client._named_rows(info.name, "private", [data])
    checked: dict[str, Any] = client._resolved_data(
        info, resolved, data, args.id, None, args.validate
    )
    for label, name, record_id in resolved.names if resolved else ():
        say(f"{label} {name!r}: {record_id}")
    return checked
