"""schemathesis against the sandbox: generated requests for every operation of openapi.yaml,
bounded and derandomized; no 500, every response conforms (status, content type, schema).

The sandbox here is its own (writes from generated data stay in it) and is also wrapped by the
conformance middleware of conftest.py, a second check with another validator.
"""

from __future__ import annotations

import os
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
CALLS: dict[str, int] = {"requests": 0}

schema = schemathesis.openapi.from_path(SPEC_PATH)


@pytest.fixture(scope="module")
def fuzz_sandbox(make_sandbox: Any) -> Any:
    return make_sandbox(records=20, auto_approve=True)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
)
def test_sandbox_conforms_to_the_spec(case: Any, fuzz_sandbox: Any) -> None:
    CALLS["requests"] += 1
    case.call_and_validate(
        base_url=fuzz_sandbox.url,
        headers={"Authorization": f"Bearer {fuzz_sandbox.token}"},
        checks=CHECKS,
        timeout=10,
    )


def test_schemathesis_ran(request: pytest.FixtureRequest) -> None:
    """Reports how many generated requests reached the sandbox (runs after the fuzz tests)."""
    if CALLS["requests"] == 0:
        pytest.skip("the schemathesis tests were deselected")
    lines = getattr(request.config, "_sandbox_summary", [])
    lines.append(
        f"schemathesis: {CALLS['requests']} generated requests "
        f"(max_examples={MAX_EXAMPLES} per operation and phase, derandomized)"
    )
    request.config._sandbox_summary = lines  # type: ignore[attr-defined]
