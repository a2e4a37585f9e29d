"""Python client and command line for the BrainSTEM API.

Example::

    from brainstem_api_tools import BrainstemClient

    client = BrainstemClient()
    sessions = client.load("session", load_all=True)["sessions"]
"""

from __future__ import annotations

from brainstem_api_tools._version import __version__

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import Any

    from brainstem_api_tools.async_client import AsyncBrainstemClient
    from brainstem_api_tools.client import BrainstemClient, RetryPolicy
    from brainstem_api_tools.dataframes import to_dataframe
    from brainstem_api_tools.errors import (
        APIError,
        AuthenticationError,
        BrainstemConnectionError,
        BrainstemError,
        BrainstemTimeoutError,
        IncompleteResultError,
        InvalidDataError,
        InvalidResponseError,
        MissingDependencyError,
        MultipleMatchesError,
        NameLookupError,
        NoMatchError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        TransportError,
        UsageError,
        ValidationError,
        WriteUncertainError,
    )
    from brainstem_api_tools.fieldnames import UnknownFieldWarning
    from brainstem_api_tools.models import ModelType, PortalType
    from brainstem_api_tools.names import ByName
    from brainstem_api_tools.records import AsyncRecordIterator, RecordIterator, Records
    from brainstem_api_tools.response import Response

__all__ = [
    "APIError",
    "AsyncBrainstemClient",
    "AsyncRecordIterator",
    "AuthenticationError",
    "BrainstemClient",
    "BrainstemConnectionError",
    "BrainstemError",
    "BrainstemTimeoutError",
    "ByName",
    "IncompleteResultError",
    "InvalidDataError",
    "InvalidResponseError",
    "MissingDependencyError",
    "ModelType",
    "MultipleMatchesError",
    "NameLookupError",
    "NoMatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "PortalType",
    "RateLimitError",
    "RecordIterator",
    "Records",
    "Response",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "UnknownFieldWarning",
    "UsageError",
    "ValidationError",
    "WriteUncertainError",
    "__version__",
    "to_dataframe",
]


_WHERE = {
    "AsyncBrainstemClient": "async_client",
    "AsyncRecordIterator": "records",
    "BrainstemClient": "client",
    "ByName": "names",
    "ModelType": "models",
    "PortalType": "models",
    "RecordIterator": "records",
    "Records": "records",
    "Response": "response",
    "RetryPolicy": "client",
    "UnknownFieldWarning": "fieldnames",
    "to_dataframe": "dataframes",
}


def __getattr__(name: str) -> Any:
    # Lazy: `import brainstem_api_tools` (and `brainstem --help`) stays free of httpx.
    if name in __all__ and name != "__version__":
        import importlib

        module = importlib.import_module(f"brainstem_api_tools.{_WHERE.get(name, 'errors')}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'brainstem_api_tools' has no attribute {name!r}")
