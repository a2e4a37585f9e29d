"""The package's public names: a deliberate, sorted surface that resolves lazily."""

from __future__ import annotations

import subprocess
import sys

import brainstem_api_tools

PUBLIC = [
    "APIError",
    "AsyncBrainstemClient",
    "AuthenticationError",
    "BrainstemClient",
    "BrainstemError",
    "IncompleteResultError",
    "ModelType",
    "NotFoundError",
    "PermissionDeniedError",
    "PortalType",
    "Response",
    "RetryPolicy",
    "ServerError",
    "UsageError",
    "ValidationError",
    "__version__",
]


def test_public_names_are_pinned_and_resolve() -> None:
    assert brainstem_api_tools.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(brainstem_api_tools, name) is not None


def test_import_is_light() -> None:
    code = (
        "import sys, brainstem_api_tools;"
        "heavy = [m for m in ('httpx', 'brainstem_api_client', 'typing') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
