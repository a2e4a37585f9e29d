"""openapi.yaml is valid, covers every documented endpoint and accepts every documented example."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from conftest import SUMMARY, load_spec
from openapi_schema_validator import OAS30ReadValidator
from openapi_spec_validator import validate
from reference_docs import PLACEHOLDER_UUID, Endpoint, Example, endpoints, examples
from sandbox_conformance import schema_validator

SPEC = load_spec()
ENDPOINTS = endpoints()
EXAMPLES = examples()


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


def operation(ep: Endpoint) -> dict[str, Any] | None:
    item = SPEC["paths"].get(ep.path)
    return None if item is None else item.get(ep.method.lower())


def test_reference_lists_237_endpoints() -> None:
    # Guards the parser: a change in the reference's layout must not shrink the check.
    assert len(ENDPOINTS) == 237
    assert Counter(ep.method for ep in ENDPOINTS) == {
        "GET": 110,
        "PATCH": 60,
        "POST": 33,
        "DELETE": 34,
    }


def test_every_documented_endpoint_is_in_the_spec() -> None:
    missing = [
        f"{ep.method} {ep.path} ({ep.page}: {ep.section})"
        for ep in ENDPOINTS
        if operation(ep) is None
    ]
    SUMMARY.append(
        f"spec coverage: {len(ENDPOINTS) - len(missing)}/{len(ENDPOINTS)} "
        "documented method + path pairs"
    )
    assert not missing, "\n".join(missing)


def portal_enum(op: dict[str, Any]) -> set[str]:
    for param in op["parameters"]:
        ref = param.get("$ref", "")
        if ref.endswith("/PrivatePortal"):
            return {"private"}
        if ref.endswith("/Portal"):
            return {"private", "public"}
    raise AssertionError(f"{op['operationId']} has no portal parameter")


@pytest.mark.parametrize("ep", ENDPOINTS, ids=lambda ep: f"{ep.method} {ep.path}")
def test_portals_and_statuses_match_the_reference(ep: Endpoint) -> None:
    op = operation(ep)
    assert op is not None
    portals = re.search(r"Allowed portals:\*\*\s*([^\n]+)", ep.text)
    assert portals
    documented = {p.strip() for p in portals.group(1).split(",")}
    assert portal_enum(op) == documented
    statuses = re.search(r"Responses:\*\*\s*([^\n]+)", ep.text)
    assert statuses
    for code in re.findall(r"`(\d{3})`", statuses.group(1)):
        assert code in op["responses"], f"documented {code} missing"


def success_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    for status in ("200", "201"):
        if status in op["responses"]:
            response = op["responses"][status]
            return response.get("content", {}).get("application/json", {}).get("schema")
    return None


def validator(schema: dict[str, Any]) -> OAS30ReadValidator:
    return schema_validator(schema, SPEC["components"])


def placeholder_aware_errors(check: OAS30ReadValidator, body: Any) -> list[Any]:
    """Validation errors, where a placeholder such as "<user-id>" may stand for an integer id."""
    for _ in range(50):
        errors = sorted(check.iter_errors(body), key=str)
        retry = [e for e in errors if e.instance == PLACEHOLDER_UUID and e.absolute_path]
        if not retry:
            return errors
        for error in retry:
            *parents, last = error.absolute_path
            node = body
            for key in parents:
                node = node[key]
            node[last] = 1
    return errors


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=lambda ex: f"{ex.endpoint.page}:{ex.endpoint.section}"
)
def test_documented_example_validates(example: Example) -> None:
    if example.body is None:
        pytest.skip(f"unparseable in the reference: {example.error}")
    op = operation(example.endpoint)
    assert op is not None
    schema = success_schema(op)
    assert schema is not None, "no JSON success response in the spec"
    errors = placeholder_aware_errors(validator(schema), example.body)
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10]
    )


def test_example_counts() -> None:
    skipped = [ex for ex in EXAMPLES if ex.body is None]
    SUMMARY.append(
        f"reference examples: {len(EXAMPLES)} found, {len(EXAMPLES) - len(skipped)} validated, "
        f"{len(skipped)} skipped"
    )
    SUMMARY.extend(
        f"  skipped {ex.endpoint.page} ({ex.endpoint.section}): {ex.error}" for ex in skipped
    )
    assert len(skipped) <= 1
