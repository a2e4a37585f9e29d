"""The client's write validation and the sandbox agree on every model's create schema.

For each model, hypothesis draws bodies from the request schema in openapi.yaml: mostly valid
values (related ids that exist, unique names), some wrong ones (types, blanks, bad formats,
null, lists where a value is expected...). Each body is checked by `problems(...)` and sent
with `validate=False`: the fields the client refuses are exactly the fields the sandbox answers
400 about, and a body the client accepts is created. Only the server can know whether a related
record exists or a unique name is taken, so those answers are left out (the bodies avoid them).
Bounded and derandomized: the same examples every run.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.models import MODELS
from brainstem_api_tools.sandbox.spec import load_document
from brainstem_api_tools.validation import problems

SPEC = load_document()  # the copy of openapi.yaml `make generate` ships with the sandbox
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
TOKEN = "sandbox-test-token"
CREATABLE = sorted(name for name, info in MODELS.items() if "create" in info.operations)
ONLY_THE_SERVER_KNOWS = ("object does not exist.", "already exists.")
NUMBERS = itertools.count()

WRONG = st.sampled_from(
    [None, True, 0, -1, 1.5, "", "   ", " padded ", "not-a-uuid", "2024-13-45", "2024-05-01",
     "20240501", "2024-05-01T10:00", [], {}, ["x"], {"a": 1}, "x" * 300, "a\x00b"]
)  # fmt: skip


def deref(schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema or {}


def request_schema(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return deref(op["requestBody"]["content"]["application/json"]["schema"])
    raise KeyError(operation_id)


def values(schema: Any, ids: list[Any] | None = None) -> st.SearchStrategy[Any]:
    """Valid JSON values of a schema; `ids` are the existing records a relation may name."""
    s = deref(schema)
    kind = s.get("type") or ("object" if "properties" in s or "additionalProperties" in s else None)
    fmt = s.get("format")
    base: st.SearchStrategy[Any]
    if s.get("oneOf") or s.get("anyOf"):
        base = st.one_of([values(a) for a in s.get("oneOf") or s["anyOf"]])
    elif "enum" in s:
        base = st.sampled_from(s["enum"])
    elif ids is not None and kind in ("string", "integer"):
        base = st.sampled_from(ids)
    elif kind == "string" and fmt == "uuid":
        base = st.uuids().map(str)
    elif kind == "string" and fmt == "date":
        base = st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)).map(dt.date.isoformat)
    elif kind == "string" and fmt == "date-time":
        moments = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2030, 1, 1))
        base = moments.map(lambda m: m.replace(tzinfo=dt.UTC).isoformat())
    elif kind == "string" and "pattern" in s:
        base = st.from_regex(s["pattern"], fullmatch=True)
    elif kind == "string":
        letters = st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])
        base = st.text(
            letters, min_size=s.get("minLength", 0), max_size=min(s.get("maxLength", 30), 30)
        )
    elif kind == "integer":
        base = st.integers(s.get("minimum", -1000), s.get("maximum", 10**6))
    elif kind == "number":
        base = st.floats(-1e6, 1e6, allow_nan=False)
    elif kind == "boolean":
        base = st.booleans()
    elif kind == "array":
        base = st.lists(values(s.get("items", {}), ids), min_size=s.get("minItems", 0), max_size=3)
    elif kind == "object":
        props: dict[str, Any] = s.get("properties") or {}
        extra = s.get("additionalProperties", True)
        if props:
            required = set(s.get("required") or ())
            base = st.fixed_dictionaries(
                {k: values(v) for k, v in props.items() if k in required},
                optional={k: values(v) for k, v in props.items() if k not in required},
            )
        else:
            keys = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
            item = (
                values(extra)
                if isinstance(extra, dict)
                else st.one_of(st.text(max_size=5), st.integers())
            )
            base = st.dictionaries(keys, item, max_size=3)
    else:
        base = st.one_of(st.text(max_size=5), st.integers(), st.booleans())
    return st.one_of(st.none(), base) if s.get("nullable") else base


def bodies(model: str, sandbox: Any) -> st.SearchStrategy[dict[str, Any]]:
    info = MODELS[model]
    schema = request_schema(info.operations["create"].operation_id)
    fields = {}
    for name, sub in (schema.get("properties") or {}).items():
        related = info.relations.get(name)
        ids = [r["id"] for r in sandbox.store.all(related)][:5] if related else None
        good = values(sub, ids)
        fields[name] = st.one_of(good, good, good, WRONG)
    required = set(schema.get("required") or ())
    return st.fixed_dictionaries(
        {k: v for k, v in fields.items() if k in required},
        optional={k: v for k, v in fields.items() if k not in required},
    )


def unique(model: str, sandbox: Any, body: dict[str, Any]) -> dict[str, Any]:
    """Names that must be unique made so (the server alone knows which are taken)."""
    spec_fields = sandbox.state.spec.models[model].fields
    out = dict(body)
    for name, value in body.items():
        if (
            name in spec_fields
            and spec_fields[name].unique
            and isinstance(value, str)
            and value.strip()
            and "\x00" not in value
            and len(value) < 100
        ):
            out[name] = f"{value[:80]} #{next(NUMBERS)}"
    return out


@pytest.fixture(scope="module")
def box(sandbox: Any) -> Iterator[Any]:
    """The session sandbox, its seed data restored after the module (the bodies only add
    records with names of their own, so the models' tests need no reset in between)."""
    sandbox.reset()
    yield sandbox
    sandbox.reset()


@pytest.mark.parametrize("model", CREATABLE)
def test_the_client_refuses_what_the_sandbox_refuses(box: Any, model: str) -> None:
    client = BrainstemClient(token=TOKEN, url=box.url)

    @settings(
        max_examples=8,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(bodies(model, box))
    def agree(drawn: dict[str, Any]) -> None:
        body = unique(model, box, drawn)
        refused = problems(model, body)
        response = client.save(model, data=body, validate=False)
        assert response.status_code in (200, 201, 400), response.text
        answer = response.json() if response.status_code == 400 else {}
        server_only = {
            k for k, v in answer.items() if all(str(m).endswith(ONLY_THE_SERVER_KNOWS) for m in v)
        }
        assert set(refused) == set(answer) - server_only, (body, refused, answer)

    with client:
        agree()
