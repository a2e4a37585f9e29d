"""Who sends a request: Django REST framework's TokenAuthentication, with the `Bearer` keyword
that docs/api.md shows (`Authorization: Bearer <token>`).

DRF authenticates every request of an API view before it checks permissions or even the
method (`APIView.initial`), so a bad token gets 401 on every endpoint, the public portal and
the device flow included. A header of another scheme is not this authenticator's: the request
is anonymous. The messages are rest_framework/authentication.py's.
"""

from __future__ import annotations

from collections.abc import Callable

from .writes import Account, ApiError

KEYWORD = "Bearer"
WWW_AUTHENTICATE = KEYWORD  # TokenAuthentication.authenticate_header
NOT_AUTHENTICATED = "Authentication credentials were not provided."


def authenticate(
    header: str | None, account_for: Callable[[str], Account | None]
) -> Account | None:
    """The account the Authorization header names; None when it names none (no header, or
    another scheme); ApiError 401 when it is malformed or its token unknown."""
    if header is None:
        return None
    parts = header.encode("latin-1").split()
    if not parts or parts[0].lower() != KEYWORD.lower().encode():
        return None
    if len(parts) == 1:
        raise unauthorized("Invalid token header. No credentials provided.")
    if len(parts) > 2:
        raise unauthorized("Invalid token header. Token string should not contain spaces.")
    try:
        token = parts[1].decode()
    except UnicodeError:
        raise unauthorized(
            "Invalid token header. Token string should not contain invalid characters."
        ) from None
    account = account_for(token)
    if account is None:
        raise unauthorized("Invalid token.")
    return account


def unauthorized(message: str = NOT_AUTHENTICATED) -> ApiError:
    return ApiError.detail(401, message)
