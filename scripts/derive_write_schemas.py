"""Derive the request schemas the client checks write data against, from openapi.yaml.

Usage:
  python scripts/derive_write_schemas.py openapi.yaml > src/brainstem_api_tools/_write_schemas.json

The client does not read YAML at run time: this keeps, for every operation with a JSON request
body, the schema keywords `brainstem_api_tools.validation` understands (descriptions, examples
and `x-` extensions dropped) and the components they refer to, in one compact JSON file. A
keyword the validator does not know fails the derivation, so that a spec change cannot be
silently ignored by the client's checks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

# What brainstem_api_tools.validation checks; `$ref`s are rewritten to {"$ref": "<Name>"}.
KEPT = {
    "type",
    "format",
    "nullable",
    "enum",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "oneOf",
    "anyOf",
}
# Words that say nothing the server checks.
IGNORED = {"description", "default", "example", "examples", "title", "readOnly", "writeOnly"}
FORMATS = {None, "uuid", "date", "date-time"}
SCHEMAS = "#/components/schemas/"


class Deriver:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.components: dict[str, Any] = spec["components"]["schemas"]
        self.defs: dict[str, Any] = {}

    def ref(self, target: str, where: str) -> dict[str, str]:
        if not target.startswith(SCHEMAS):
            raise SystemExit(f"{where}: only local schema $refs are supported, not {target}")
        name = target.removeprefix(SCHEMAS)
        if name not in self.defs:
            self.defs[name] = {}  # placeholder first: a schema may refer to itself
            self.defs[name] = self.trim(self.components[name], name)
        return {"$ref": name}

    def trim(self, node: Any, where: str) -> Any:
        if not isinstance(node, dict):
            raise SystemExit(f"{where}: a schema must be an object, not {node!r}")
        if "$ref" in node:
            return self.ref(node["$ref"], where)
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in IGNORED or key.startswith("x-"):
                continue
            if key not in KEPT:
                raise SystemExit(
                    f"{where}: schema keyword {key!r} is not checked by the client's write "
                    "validation; teach src/brainstem_api_tools/validation.py about it"
                )
            if key == "format" and value not in FORMATS:
                raise SystemExit(f"{where}: format {value!r} is not checked by the client")
            if key == "properties":
                out[key] = {name: self.trim(sub, f"{where}.{name}") for name, sub in value.items()}
            elif key in {"items"} or (key == "additionalProperties" and isinstance(value, dict)):
                out[key] = self.trim(value, f"{where}/{key}")
            elif key in {"oneOf", "anyOf"}:
                out[key] = [self.trim(sub, f"{where}/{key}") for sub in value]
            else:
                out[key] = value
        return out


def main(path: str) -> str:
    spec = yaml.safe_load(Path(path).read_text())
    deriver = Deriver(spec)
    operations: dict[str, Any] = {}
    for url, item in spec["paths"].items():
        for method, op in item.items():
            body = op.get("requestBody") if isinstance(op, dict) else None
            if not body:
                continue
            schema = body["content"]["application/json"]["schema"]
            operations[op["operationId"]] = deriver.trim(schema, f"{method.upper()} {url}")
    lines = ["{", '"operations": {']
    lines += _entries(operations)
    lines += ["},", '"defs": {']
    lines += _entries(deriver.defs)
    lines += ["}", "}", ""]
    return "\n".join(lines)


def _entries(table: dict[str, Any]) -> list[str]:
    """One compact line per entry, sorted: small files, readable diffs."""
    names = sorted(table)
    return [
        f"{json.dumps(name)}: {json.dumps(table[name], separators=(',', ':'), sort_keys=True)}"
        + ("," if i < len(names) - 1 else "")
        for i, name in enumerate(names)
    ]


if __name__ == "__main__":
    sys.stdout.write(main(sys.argv[1]))
