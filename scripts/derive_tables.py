"""Derive the handwritten layer's tables from openapi.yaml.

Usage: python scripts/derive_tables.py openapi.yaml src/brainstem_api_tools

Writes three modules there, so that what the client knows about the API has one source:
- `_spec_tables.py`: the model table (app, envelope keys, operations and the portals they
  allow, custom actions, fields) and the `ModelType` enum;
- `_spec_endpoints.py`: for each kind of operation, the generated endpoint module that
  serves a model, typed as a protocol of `_endpoint_types.py` so that mypy checks every call
  the layer makes through it; each module is imported on first use only;
- `_spec_filters.py`: the filter syntax of the `Filters` query parameter (its key format and
  operators), light enough for the command line's help.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

CRUD = {"list", "create", "retrieve", "partial_update", "destroy", "update"}
# The protocol of `_endpoint_types.py` that each kind of generated endpoint module meets.
KINDS = {
    "list": "ListEndpoint",
    "retrieve": "RetrieveEndpoint",
    "create": "CreateEndpoint",
    "partial_update": "UpdateEndpoint",
    "destroy": "DestroyEndpoint",
}
HEADER = """{what}.

Derived from openapi.yaml by scripts/derive_tables.py: do not edit. Run `make generate` after
changing openapi.yaml; `make check-generated` fails on drift."""
PATH = re.compile(
    r"^/api/\{portal\}/(?P<app>[a-z_]+)/(?P<model>[a-z_]+)/(?P<id>\{id\}/)?(?P<action>[a-z_]+/)?$"
)


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s until a concrete node."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def field_type(spec: dict[str, Any], prop: dict[str, Any]) -> str:
    """What a record field holds, in one word: its JSON type, or for strings the format the
    client reads them by (date-time, date, uuid); "related" for one related record (its id,
    or the record when included); "any" when the spec leaves it open."""
    node = resolve(spec, prop)
    if "x-related" in prop and node.get("type") != "array":
        return "related"
    kind = node.get("type")
    if kind == "string" and node.get("format") in {"date-time", "date", "uuid"}:
        return str(node["format"])
    return str(kind) if kind else "any"


def envelope_key(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, str | None]:
    """The envelope key of the success response, and the record schema name."""
    for status in ("200", "201"):
        resp = op.get("responses", {}).get(status)
        if not resp:
            continue
        schema_ref = resp["content"]["application/json"]["schema"]
        schema = resolve(spec, schema_ref)
        keys = [k for k in schema.get("required", []) if k != "meta"]
        if len(keys) == 1:
            prop = schema["properties"][keys[0]]
            item = prop.get("items", prop)
            return keys[0], item.get("$ref", "").rsplit("/", 1)[-1] or None
    return None, None


def portals_of(spec: dict[str, Any], op: dict[str, Any]) -> tuple[str, ...]:
    for param in op.get("parameters", []):
        param = resolve(spec, param)
        if param["name"] == "portal":
            return tuple(sorted(resolve(spec, param["schema"])["enum"]))
    raise SystemExit(f"{op['operationId']}: no portal parameter")


def read_models(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the paths of the spec say about each model, by model name."""
    models: dict[str, dict[str, Any]] = {}
    for url, item in spec["paths"].items():
        m = PATH.match(url)
        if not m:
            continue
        info = models.setdefault(
            m["model"],
            {
                "app": m["app"],
                "operations": {},
                "actions": {},
                "list_key": None,
                "detail_key": None,
                "schema": None,
                "id_type": "uuid",
            },
        )
        for method, op in item.items():
            if method not in {"get", "post", "patch", "put", "delete"}:
                continue
            prefix = f"{m['model']}_"
            if not op["operationId"].startswith(prefix):
                raise SystemExit(f"{op['operationId']}: operationId must start with {prefix}")
            verb = op["operationId"][len(prefix) :]
            entry = (
                method.upper(),
                portals_of(spec, op),
                op["operationId"],
                op["tags"][0],
                "requestBody" in op,
            )
            if m["action"]:
                info["actions"][verb] = entry
            elif verb in CRUD:
                info["operations"][verb] = entry
            else:
                raise SystemExit(f"{op['operationId']}: unknown verb {verb!r}")
            key, schema_name = envelope_key(spec, op)
            if verb == "list":
                info["list_key"] = key
                info["schema"] = info["schema"] or schema_name
            elif verb == "retrieve":
                info["detail_key"] = key
                info["schema"] = schema_name or info["schema"]
            if m["id"]:
                for param in op.get("parameters", []):
                    param = resolve(spec, param)
                    if (
                        param["name"] == "id"
                        and resolve(spec, param["schema"]).get("type") == "integer"
                    ):
                        info["id_type"] = "integer"
    return models


def model_table(spec: dict[str, Any], models: dict[str, dict[str, Any]]) -> str:
    lines = [
        '"""' + HEADER.format(what="The model table"),
        '"""',
        "",
        "from enum import StrEnum",
        "",
        "from brainstem_api_tools._model_info import ModelInfo, Operation",
        "",
        "",
        "class ModelType(StrEnum):",
        '    """Every model of the API, by its URL name (accepted wherever a model is)."""',
        "",
        *(f"    {name} = {name!r}" for name in sorted(models)),
        "",
        "",
        "MODELS: dict[str, ModelInfo] = {",
    ]
    for name in sorted(models):
        info = models[name]
        record = spec["components"]["schemas"].get(info["schema"] or "", {})
        props: dict[str, Any] = record.get("properties", {})
        read_only = [k for k, v in props.items() if v.get("readOnly")]
        relations = {k: v["x-related"] for k, v in props.items() if "x-related" in v}
        to_many = [k for k in relations if resolve(spec, props[k]).get("type") == "array"]
        unique = [k for k, v in props.items() if resolve(spec, v).get("x-unique")]
        lines.append(f"    {name!r}: ModelInfo(")
        lines.append(f"        name={name!r},")
        lines.append(f"        app={info['app']!r},")
        lines.append(f"        list_key={info['list_key']!r},")
        lines.append(f"        detail_key={info['detail_key']!r},")
        for kind in ("operations", "actions"):
            lines.append(f"        {kind}={{")
            for verb, (method, portals, op_id, tag, body) in sorted(info[kind].items()):
                lines.append(
                    f"            {verb!r}: Operation({method!r}, {portals!r}, {op_id!r}, {tag!r},"
                    f" body={body!r}),"
                )
            lines.append("        },")
        lines.append(f"        fields={tuple(props)!r},")
        lines.append(f"        read_only={tuple(read_only)!r},")
        lines.append(f"        relations={relations!r},")
        lines.append(f"        to_many={tuple(to_many)!r},")
        lines.append(f"        unique={tuple(unique)!r},")
        types = {k: field_type(spec, v) for k, v in props.items()}
        lines.append(f"        types={types!r},")
        lines.append(f"        id_type={info['id_type']!r},")
        lines.append("    ),")
    lines.append("}")
    apps = sorted({m["app"] for m in models.values()})
    lines += ["", f"APPS: tuple[str, ...] = {tuple(apps)!r}", ""]
    version = str(spec["info"]["version"])
    lines += ["# info.version of openapi.yaml", f"SPEC_VERSION = {version!r}", ""]
    return "\n".join(lines)


def endpoint_table(models: dict[str, dict[str, Any]]) -> str:
    """One function per kind of operation: model name (and action) -> its generated module."""
    protocols = sorted({*KINDS.values(), "ActionEndpoint", "BodyActionEndpoint"})
    lines = [
        '"""' + HEADER.format(what="The generated endpoint module of each operation"),
        "",
        "Each function returns the generated module serving one kind of operation of a model,",
        "typed as the protocol the handwritten layer calls it through (`_endpoint_types.py`):",
        "when a spec change breaks a call, mypy (`make lint`) says so. Each module is imported on",
        "first use only.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "TYPE_CHECKING = False",
        "if TYPE_CHECKING:",
        f"    from brainstem_api_tools._endpoint_types import {', '.join(protocols)}",
    ]

    def function(name: str, protocol: str, key: str, cases: list[tuple[str, str, str]]) -> None:
        arg = key.split(":")[0]
        lines.extend(["", "", f"def {name}({key}) -> {protocol}:", f"    match {arg}:"])
        for pattern, tag, op_id in cases:
            lines.append(f"        case {pattern}:")
            lines.append(f"            from brainstem_api_client.api.{tag} import {op_id}")
            lines.append("")
            lines.append(f"            return {op_id}")
        what = name.removesuffix("_endpoint").replace("_", " ")
        lines.append(f'    raise LookupError(f"no {what} operation for {{{arg}!r}}")')

    for verb, protocol in KINDS.items():
        cases = [
            (repr(name), info["operations"][verb][3], info["operations"][verb][2])
            for name, info in sorted(models.items())
            if verb in info["operations"]
        ]
        function(f"{verb}_endpoint", protocol, "model: str", cases)
    for with_body, protocol in ((False, "ActionEndpoint"), (True, "BodyActionEndpoint")):
        cases = [
            (f"({name!r}, {action!r})", op[3], op[2])
            for name, info in sorted(models.items())
            for action, op in sorted(info["actions"].items())
            if op[4] == with_body
        ]
        name = "body_action_endpoint" if with_body else "action_endpoint"
        function(name, protocol, "key: tuple[str, str]", cases)
    lines.append("")
    return "\n".join(lines)


def filter_syntax(spec: dict[str, Any]) -> str:
    """The key format and operators that the `Filters` query parameter declares."""
    param = spec["components"]["parameters"]["Filters"]
    key_format, operators = param["x-key-format"], param["x-filter-operators"]
    if key_format.count("%s") != 1 or len(set(operators)) != len(operators):
        raise SystemExit("Filters: x-key-format needs one %s, x-filter-operators no repeats")
    return "\n".join(
        [
            '"""' + HEADER.format(what="The filter syntax of the `Filters` query parameter"),
            '"""',
            "",
            "# The query parameter of a filter: `%s` is the field path, with `.operator` if any.",
            f"FILTER_KEY_FORMAT = {key_format!r}",
            "",
            "# The operators the API knows, in the spec's order.",
            f"FILTER_OPERATORS: tuple[str, ...] = {tuple(operators)!r}",
            "",
        ]
    )


def main(path: str, dest: str) -> None:
    spec = yaml.safe_load(Path(path).read_text())
    models = read_models(spec)
    out = Path(dest)
    (out / "_spec_tables.py").write_text(model_table(spec, models))
    (out / "_spec_endpoints.py").write_text(endpoint_table(models))
    (out / "_spec_filters.py").write_text(filter_syntax(spec))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
