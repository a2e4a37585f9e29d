"""A client library for accessing BrainSTEM API"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


if not TYPE_CHECKING:  # type checkers see the import above, and no catch-all

    def __getattr__(name: str) -> object:
        # Lazy (PEP 562): building a request needs neither the clients nor attrs.
        if name in __all__:
            from . import client

            value = getattr(client, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
