"""pytest fixtures for testing your own scripts against a local sandbox.

Installed with the package as a pytest plugin. In a test:

    def test_my_analysis(brainstem_sandbox):
        client = BrainstemClient(token=brainstem_sandbox.token, url=brainstem_sandbox.url)
        ...

One sandbox runs per test session (`brainstem_sandbox_server`); `brainstem_sandbox` resets
its data before each test, so tests do not see each other's writes. ini options:
`brainstem_sandbox_records` (default 50) and `brainstem_sandbox_seed` (default 0).
Starlette and uvicorn are imported only when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import Sandbox


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "brainstem_sandbox_records", "sessions seeded in the BrainSTEM sandbox", default="50"
    )
    parser.addini("brainstem_sandbox_seed", "seed of the BrainSTEM sandbox data", default="0")


@pytest.fixture(scope="session")
def brainstem_sandbox_server(pytestconfig: pytest.Config) -> Iterator[Sandbox]:
    """A sandbox for the whole test session (data shared by every test)."""
    try:
        from .server import run_sandbox
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        pytest.skip(f"the BrainSTEM sandbox needs its extra (starlette, uvicorn): {exc}")
    records = int(str(pytestconfig.getini("brainstem_sandbox_records")))
    seed = int(str(pytestconfig.getini("brainstem_sandbox_seed")))
    with run_sandbox(records=records, seed=seed, auto_approve=True) as sandbox:
        yield sandbox


@pytest.fixture
def brainstem_sandbox(brainstem_sandbox_server: Sandbox) -> Sandbox:
    """The session's sandbox, with its initial data restored for this test."""
    brainstem_sandbox_server.reset()
    return brainstem_sandbox_server
