"""schemathesis against the sandbox: generated requests for every operation of openapi.yaml,
bounded and derandomized; no 500, every response conforms (status, content type, schema).

The sandbox here is its own (writes from generated data stay in it) and is also wrapped by the
conformance middleware of conftest.py, a second check with another validator.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ..summary import RunSummary

# About 15,000 requests (schemathesis's coverage cases and the generated ones).
pytestmark = pytest.mark.slow

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
MAX_EXAMPLES = int(os.environ.get("SANDBOX_SCHEMATHESIS_EXAMPLES", "6"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

schema = schemathesis.openapi.from_path(SPEC_PATH)


@pytest.fixture(scope="module")
def fuzz_sandbox(make_sandbox: Any) -> Any:
    return make_sandbox(records=20, auto_approve=True)


@pytest.fixture(scope="module")
def http(summary: RunSummary) -> Iterator[Any]:
    """One HTTP session for every case: kept-alive connections, response cookies dropped after
    each case (as schemathesis's own session per case drops them), no proxy from the
    environment. Reports the number of cases sent at the end of the module."""
    from schemathesis.transport.requests import ManagedCookiesSession

    calls = {"requests": 0}
    with ManagedCookiesSession() as session:
        session.trust_env = False
        yield session, calls
    if calls["requests"]:
        summary.add(
            "schemathesis: {requests} generated requests "
            f"(max_examples={MAX_EXAMPLES} per operation and phase, derandomized)",
            **calls,
        )


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
def test_sandbox_conforms_to_the_spec(case: Any, fuzz_sandbox: Any, http: Any) -> None:
    session, calls = http
    calls["requests"] += 1
    case.call_and_validate(
        base_url=fuzz_sandbox.url,
        headers={"Authorization": f"Bearer {fuzz_sandbox.token}"},
        checks=CHECKS,
        timeout=10,
        session=session,
    )
