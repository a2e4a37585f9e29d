"""openapi.yaml is valid and agrees with the reference (its facts in tests/reference.json):
every documented endpoint with its portals and statuses, every example body, every field table."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from openapi_schema_validator import OAS30ReadValidator, OAS30WriteValidator, oas30_format_checker
from openapi_spec_validator import validate

from ..reference_docs import (
    PLACEHOLDER_UUID,
    Endpoint,
    Example,
    endpoints,
    examples,
    field_tables,
)
from ..sandbox_conformance import schema_validator
from ..summary import RunSummary
from .conftest import load_spec

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


def test_reference_facts_are_all_there() -> None:
    # Guards the extraction (scripts/extract_reference.py) the same way.
    tables = field_tables()
    assert (len(tables), sum(map(len, tables.values()))) == (38, 325)
    assert (len(EXAMPLES), len(examples("request"))) == (165, 71)


def test_every_documented_endpoint_is_in_the_spec(summary: RunSummary) -> None:
    missing = [
        f"{ep.method} {ep.path} ({ep.page}: {ep.section})"
        for ep in ENDPOINTS
        if operation(ep) is None
    ]
    summary.add(
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
    assert portal_enum(op) == ep.portals
    for code in ep.statuses:
        assert str(code) in op["responses"], f"documented {code} missing"


def success_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    for status in ("200", "201"):
        if status in op["responses"]:
            response = op["responses"][status]
            return response.get("content", {}).get("application/json", {}).get("schema")
    return None


def validator(schema: dict[str, Any]) -> OAS30ReadValidator:
    return schema_validator(schema, SPEC["components"])


def placeholder_aware_errors(
    check: OAS30ReadValidator | OAS30WriteValidator, body: Any
) -> list[Any]:
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


def test_example_counts(summary: RunSummary) -> None:
    skipped = [ex for ex in EXAMPLES if ex.body is None]
    summary.add(
        f"reference examples: {len(EXAMPLES)} found, {len(EXAMPLES) - len(skipped)} validated, "
        f"{len(skipped)} skipped"
    )
    for ex in skipped:
        summary.add(f"  skipped {ex.endpoint.page} ({ex.endpoint.section}): {ex.error}")
    assert len(skipped) <= 1


def request_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    schema: dict[str, Any] | None = body.get("schema")
    return schema


@pytest.mark.parametrize(
    "example", examples("request"), ids=lambda ex: f"{ex.endpoint.page}:{ex.endpoint.section}"
)
def test_documented_request_body_validates(example: Example) -> None:
    op = operation(example.endpoint)
    assert op is not None
    schema = request_schema(op)
    assert schema is not None, "the reference sends data, the spec takes no JSON body"
    check = OAS30WriteValidator(
        {**schema, "components": SPEC["components"]}, format_checker=oas30_format_checker
    )
    errors = placeholder_aware_errors(check, example.body)
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10]
    )


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def schemas_of_page(page: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The record schema and the create-request schema of the model a reference page is about
    (the model of the page's first endpoint)."""
    first = next(ep for ep in ENDPOINTS if ep.page == page)
    model_path = "/".join(first.path.split("/")[:5]) + "/"
    item = SPEC["paths"][model_path]
    envelope = resolve(success_schema(item["get"]) or {})
    (key,) = (k for k in envelope.get("required", []) if k != "meta")
    prop = envelope["properties"][key]
    record = resolve(prop.get("items", prop))
    create = resolve(request_schema(item["post"]) or {}) if "post" in item else {}
    return record, create


def kind_of(prop: dict[str, Any]) -> str:
    """The spec's property in the vocabulary of tests/reference.json's field types."""
    if "x-related" in prop:
        return "relations" if prop.get("type") == "array" else "relation"
    node = resolve(prop)
    if "oneOf" in node:
        node = resolve(node["oneOf"][0])
    kind = node.get("type")
    fmt = node.get("format")
    if kind == "array":
        items = resolve(node.get("items", {}))
        return "strings" if items.get("type") == "string" and "enum" not in items else "list"
    if kind == "string" and fmt in {"uuid", "date", "date-time", "uri", "binary"}:
        return {"uri": "url", "binary": "file"}.get(fmt, fmt)
    return str(kind)


# (documented, spec): the spec says more precisely what the field table's words allow.
COMPATIBLE = {("string", "url"), ("string", "date"), ("url", "string")}

# Where the spec departs from the field table on purpose, each with a `# reference:` comment in
# openapi.yaml saying why (in short: the examples show otherwise). One place for all of them.
DEVIATIONS = {
    ("personal_attributes/datastorage", "data_organization"): "a list in every example",
    ("personal_attributes/datastorage", "data_protocols"): "a list in every example",
    ("personal_attributes/license", "license_document"): "responses carry the file's URL",
    ("personal_attributes/license", "license_holders"): "user ids, which are integers",
    ("resources/consumable", "external_identifiers"): "a list in every example",
    ("resources/hardwaredevice", "external_identifiers"): "a list in every example",
    ("taxonomies/behavioralparadigm", "species"): "ID(s): a list in every example",
    ("taxonomies/species", "external_identifiers"): "a list in every example",
    ("taxonomies/strain", "external_identifiers"): "a list in every example",
}


def type_differs(field: dict[str, Any], prop: dict[str, Any]) -> bool:
    kind = kind_of(prop)
    return bool(field["type"]) and kind != field["type"] and (field["type"], kind) not in COMPATIBLE


def field_mismatches(page: str, fields: list[dict[str, Any]]) -> list[str]:
    record, create = schemas_of_page(page)
    writable = create.get("properties", {})
    found = []
    for field in fields:
        name = field["name"]
        prop = record.get("properties", {}).get(name) or writable.get(name)
        if prop is None:
            found.append(f"{name}: documented, not in the spec")
            continue
        node = resolve(prop)
        write = resolve(writable.get(name, {}))
        if type_differs(field, prop) and (page, name) not in DEVIATIONS:
            found.append(f"{name}: documented as {field['type']}, the spec says {kind_of(prop)}")
        if field.get("required") and name not in create.get("required", []):
            found.append(f"{name}: documented as required, not required on create")
        if field.get("read_only") and (not prop.get("readOnly") or name in writable):
            found.append(f"{name}: documented as read-only, writable in the spec")
        if field.get("unique") and not (prop.get("x-unique") or write.get("x-unique")):
            found.append(f"{name}: documented as unique, no x-unique in the spec")
        for fact, keyword in (("max_length", "maxLength"), ("min_items", "minItems")):
            spec_value = write.get(keyword, node.get(keyword))
            if field.get(fact) is not None and spec_value != field[fact]:
                found.append(f"{name}: documented {fact} {field[fact]}, the spec says {spec_value}")
        if field.get("choices"):
            enum = write.get("enum") or node.get("enum")
            if set(enum or ()) - {None} != set(field["choices"]):
                found.append(f"{name}: documented choices differ from the spec's {enum}")
    return found


@pytest.mark.parametrize("page", sorted(field_tables()))
def test_field_table_matches_the_spec(page: str) -> None:
    mismatches = field_mismatches(page, field_tables()[page])
    assert not mismatches, "\n".join(mismatches)


@pytest.mark.parametrize("page, name", sorted(DEVIATIONS))
def test_each_deviation_from_a_field_table_is_still_one(page: str, name: str) -> None:
    (field,) = (f for f in field_tables()[page] if f["name"] == name)
    record, create = schemas_of_page(page)
    prop = record["properties"].get(name) or create["properties"][name]
    assert type_differs(field, prop), f"the spec now agrees: drop {page} {name} from DEVIATIONS"
