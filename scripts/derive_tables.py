"""Derive the handwritten layer's model table from openapi.yaml.

Usage: python scripts/derive_tables.py openapi.yaml > src/brainstem_api_tools/_spec_tables.py

Everything the client needs to know about models (app, envelope keys, operations and the
portals they allow, custom actions, fields) comes from the spec, so there is one source.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

CRUD = {"list", "create", "retrieve", "partial_update", "destroy", "update"}
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


def main(path: str) -> str:
    spec = yaml.safe_load(Path(path).read_text())
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
    lines = [
        '"""Model table derived from openapi.yaml by scripts/derive_tables.py. Do not edit.',
        "",
        "Run `make generate` after changing openapi.yaml; `make check-generated` fails on drift.",
        '"""',
        "",
        "from brainstem_api_tools._model_info import ModelInfo, Operation",
        "",
        "MODELS: dict[str, ModelInfo] = {",
    ]
    for name in sorted(models):
        info = models[name]
        record = spec["components"]["schemas"].get(info["schema"] or "", {})
        props: dict[str, Any] = record.get("properties", {})
        read_only = [k for k, v in props.items() if v.get("readOnly")]
        relations = {k: v["x-related"] for k, v in props.items() if "x-related" in v}
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
        lines.append(f"        id_type={info['id_type']!r},")
        lines.append("    ),")
    lines.append("}")
    apps = sorted({m["app"] for m in models.values()})
    lines += ["", f"APPS: tuple[str, ...] = {tuple(apps)!r}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(main(sys.argv[1]))
