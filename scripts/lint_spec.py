"""Lint openapi.yaml: structural validity plus this project's rules (docs/openapi-conventions.md).

Usage: python scripts/lint_spec.py [openapi.yaml]

Prints one line per broken rule, `FILE:LINE: JSONPATH: what is wrong; the fix [rule]`, and exits
1 if there is any. Every rule is a function below, listed in RULES; a rule that needs an
exception says so in its docstring and keeps the exception next to it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from derive_tables import PATH, resolve
from spec_diff import METHODS, TOKEN_OPTIONAL, ref_name

PARAMETERS = "#/components/parameters/"
CRUD = {
    ("get", False): "list",
    ("post", False): "create",
    ("get", True): "retrieve",
    ("patch", True): "partial_update",
    ("put", True): "update",
    ("delete", True): "destroy",
}
RELATED = ("RelatedId", "RelatedIntId", "NullableRelatedId", "NullableRelatedIntId")
LIST_PARAMETERS = ("Limit", "Offset", "Sort", "Include", "Filters")
RETRIEVE_PARAMETERS = ("Include", "Filters")
# Models a relation may name although the API serves no endpoint for them (reason given).
UNSERVED_RELATED = {"epoch": "sessions list their epochs' ids; the API has no epoch endpoint"}

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    path: Path_
    message: str
    rule: str

    def json_path(self) -> str:
        out = "$"
        for part in self.path:
            if isinstance(part, int):
                out += f"[{part}]"
            elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", part):
                out += f".{part}"
            else:
                out += f"[{part!r}]"
        return out


@dataclass
class Operation:
    path: Path_  # ("paths", url, method)
    url: str
    method: str
    node: dict[str, Any]
    app: str | None = None
    model: str | None = None
    verb: str | None = None  # list, retrieve, ..., or the action name


@dataclass
class Spec:
    """The spec with the facts the rules share: operations, served models, their record names."""

    data: dict[str, Any]
    operations: list[Operation] = field(default_factory=list)
    models: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # model segment -> CamelCase name

    @classmethod
    def of(cls, data: dict[str, Any]) -> Spec:
        spec = cls(data)
        for url, item in (data.get("paths") or {}).items():
            m = PATH.match(url)
            for method in METHODS:
                if method not in (item or {}):
                    continue
                op = Operation(("paths", url, method), url, method, item[method])
                if m:
                    op.app, op.model = m["app"], m["model"]
                    if m["action"]:
                        op.verb = m["action"].rstrip("/")
                    else:
                        op.verb = CRUD.get((method, bool(m["id"])))
                    spec.models.add(m["model"])
                spec.operations.append(op)
        for op in spec.operations:
            if op.verb in ("list", "retrieve") and op.model:
                ref = success_ref(op)
                suffix = "List" if op.verb == "list" else "Detail"
                if ref and ref.endswith(suffix):
                    spec.names.setdefault(op.model, ref.removesuffix(suffix))
        return spec

    def schemas(self) -> dict[str, Any]:
        schemas: dict[str, Any] = (self.data.get("components") or {}).get("schemas") or {}
        return schemas

    def resolve(self, node: Any) -> Any:
        try:
            return resolve(self.data, node) if isinstance(node, dict) else node
        except (KeyError, TypeError):
            return {}


def success_status(op: Operation) -> str | None:
    return next((s for s in ("200", "201") if s in (op.node.get("responses") or {})), None)


def success_ref(op: Operation) -> str | None:
    status = success_status(op)
    if status is None:
        return None
    response = op.node["responses"][status]
    return ref_name(((response.get("content") or {}).get("application/json") or {}).get("schema"))


def schema_path(name: str, *rest: str | int) -> Path_:
    return ("components", "schemas", name, *rest)


# --- rules -------------------------------------------------------------------------------------

Rule = Callable[[Spec], Iterator[Problem]]


def refs_resolve(spec: Spec) -> Iterator[Problem]:
    """Every local `$ref` points at something."""

    def walk(node: Any, path: Path_) -> Iterator[Problem]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                target: Any = spec.data
                for part in ref.removeprefix("#/").split("/"):
                    target = target.get(part) if isinstance(target, dict) else None
                if not ref.startswith("#/") or target is None:
                    yield Problem(
                        (*path, "$ref"),
                        f"{ref} does not exist; point it at an existing component or add one",
                        "ref-resolves",
                    )
            for key, value in node.items():
                yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, (*path, i))

    yield from walk(spec.data, ())


def valid_openapi(spec: Spec) -> Iterator[Problem]:
    """openapi-spec-validator's structural validation (OpenAPI 3.0)."""
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
    from openapi_spec_validator import OpenAPIV30SpecValidator

    if any(refs_resolve(spec)):
        return  # the validator cannot walk a spec with dangling refs; ref-resolves says where
    errors = OpenAPIV30SpecValidator(spec.data).iter_errors()
    found: list[tuple[Path_, str]] = []
    while True:
        try:
            error = next(errors)
        except StopIteration:
            break
        except Exception as exc:  # the validator trips over some malformed nodes
            found.append(((), f"the validator stopped ({exc!r})"))
            break
        path = tuple(error.absolute_path)
        message = best_match(error.context).message if error.context else error.message
        message = re.sub(r"^[\[{].*[\]}] (is .*)$", r"\1", message.splitlines()[0])
        if path and path[0] not in spec.data and found:
            # inside a schema, paths are relative to it: the error before is that schema's
            parent, _ = found.pop()
            path = parent + path
        found.append((path, message if len(message) < 160 else message[:157] + "..."))
    for path, message in found:
        fix = "fix the problems above" if not path else "make it valid OpenAPI 3.0"
        yield Problem(normalize(spec.data, path), f"{message}; {fix}", "valid-openapi")


def normalize(data: Any, path: Path_) -> Path_:
    """The validator gives some mapping keys as ints (`responses[200]`): use the real keys."""
    out: list[str | int] = []
    node = data
    for part in path:
        if isinstance(node, dict):
            part = str(part) if part not in node and str(part) in node else part
            node = node.get(part)
        else:
            ok = isinstance(node, list) and isinstance(part, int) and part < len(node)
            node = node[part] if ok else None
        out.append(part)
    return tuple(out)


def path_shape(spec: Spec) -> Iterator[Problem]:
    """Model paths are `/api/{portal}/<app>/<model>/`, `.../{id}/` or `.../{id}/<action>/`."""
    for url in spec.data.get("paths") or {}:
        if url.startswith("/api/{portal}/") and not PATH.match(url):
            yield Problem(
                ("paths", url),
                "not a model path; write /api/{portal}/<app>/<model>/ (lower case, one trailing"
                " slash), with {id}/ and <action>/ for a record and its actions",
                "path-shape",
            )


def operation_ids(spec: Spec) -> Iterator[Problem]:
    """operationId is `<model>_<verb>` (verb: list, retrieve, create, ... or the action), unique."""
    seen: dict[str, Operation] = {}
    for op in spec.operations:
        op_id = op.node.get("operationId")
        path = (*op.path, "operationId")
        if not op_id:
            want = f"{op.model}_{op.verb}" if op.model and op.verb else "a snake_case name"
            yield Problem(path, f"missing; add `operationId: {want}`", "operation-id")
            continue
        if op.model and op.verb and op_id != f"{op.model}_{op.verb}":
            yield Problem(
                path,
                f"{op_id!r} does not say what the operation is; rename it {op.model}_{op.verb}",
                "operation-id",
            )
        elif op.model and not op.verb:
            yield Problem(
                op.path,
                f"{op.method.upper()} on this path is none of list, retrieve, create,"
                " partial_update, update, destroy; use the documented method",
                "operation-id",
            )
        if op_id in seen:
            yield Problem(
                path, f"{op_id!r} is used twice; give each operation its own", "operation-id"
            )
        seen[op_id] = op


def one_tag(spec: Spec) -> Iterator[Problem]:
    """One tag per operation: the app of its path, declared in the top-level `tags`."""
    declared = {t.get("name") for t in spec.data.get("tags") or []}
    for op in spec.operations:
        tags = op.node.get("tags") or []
        want = op.app or (tags[0] if tags else None)
        path = (*op.path, "tags")
        if len(tags) != 1 or (op.app and tags[0] != op.app):
            yield Problem(path, f"{tags!r}; write `tags: [{want or '<app>'}]`", "one-tag")
        elif tags[0] not in declared:
            yield Problem(
                path, f"tag {tags[0]!r} is not declared; add it to the top-level tags", "one-tag"
            )


def portals(spec: Spec) -> Iterator[Problem]:
    """Model operations take Portal (public + private, token optional) or PrivatePortal (no
    `security` key); writes are private only."""
    for op in spec.operations:
        if not op.model:
            continue
        params = op.node.get("parameters") or []
        first = ref_name(params[0], PARAMETERS) if params else None
        path = (*op.path, "parameters", 0)
        if first not in ("Portal", "PrivatePortal"):
            yield Problem(
                path,
                'the first parameter is not the portal; add `$ref: "#/components/parameters/'
                'PrivatePortal"` (or Portal when the reference allows the public portal)',
                "portal",
            )
            continue
        security = op.node.get("security")
        if first == "Portal" and op.method != "get":
            yield Problem(path, "writes are private only; use PrivatePortal", "portal")
        elif first == "Portal" and security != TOKEN_OPTIONAL:
            yield Problem(
                (*op.path, "security"),
                "the public portal needs no token; write `security: [{BearerAuth: []}, {}]`",
                "portal",
            )
        elif first == "PrivatePortal" and "security" in op.node:
            yield Problem(
                (*op.path, "security"),
                "the private portal needs the token; remove `security` (the global one applies)",
                "portal",
            )


def parameters(spec: Spec) -> Iterator[Problem]:
    """list: portal, Limit, Offset, Sort, Include, Filters; retrieve: portal, id, Include,
    Filters, in that order."""
    for op in spec.operations:
        want: tuple[str, ...]
        if op.verb == "list":
            want = LIST_PARAMETERS
            got = tuple(ref_name(p, PARAMETERS) for p in (op.node.get("parameters") or [])[1:])
        elif op.verb == "retrieve":
            want = RETRIEVE_PARAMETERS
            got = tuple(ref_name(p, PARAMETERS) for p in (op.node.get("parameters") or [])[2:])
        else:
            continue
        if got != want:
            after = "portal" if op.verb == "list" else "portal, id"
            yield Problem(
                (*op.path, "parameters"),
                f"{[g or 'inline' for g in got]} after the {after}; use the component parameters"
                f" {', '.join(want)} in that order",
                "parameters",
            )


def responses_401(spec: Spec) -> Iterator[Problem]:
    """Every operation that can take a token answers 401; lists also answer 400."""
    for op in spec.operations:
        responses = op.node.get("responses") or {}
        if op.node.get("security") != [] and "401" not in responses:
            yield Problem(
                (*op.path, "responses"),
                'no 401; add `"401": {$ref: "#/components/responses/Unauthorized"}`',
                "responses-401",
            )
        if op.verb == "list" and "400" not in responses:
            yield Problem(
                (*op.path, "responses"),
                'a list answers 400 on a bad filter or sort; add `"400": {$ref: "'
                '#/components/responses/BadRequest"}`',
                "responses-401",
            )


def list_envelope(spec: Spec) -> Iterator[Problem]:
    """A list answers `<Name>List`: the plural key (required) an array of `<Name>`, and `meta`."""
    for op in spec.operations:
        if op.verb != "list" or not op.model:
            continue
        status = success_status(op) or "200"
        ref = success_ref(op)
        where = (*op.path, "responses", status)
        if not ref or not ref.endswith("List"):
            yield Problem(
                where,
                'a list answers its envelope; write `schema: {$ref: "#/components/schemas/'
                '<Name>List"}`',
                "list-envelope",
            )
            continue
        schema = spec.schemas().get(ref) or {}
        name = ref.removesuffix("List")
        keys = [k for k in schema.get("required") or [] if k != "meta"]
        props = schema.get("properties") or {}
        if len(keys) != 1 or keys[0] not in props:
            yield Problem(
                schema_path(ref, "required"),
                "the envelope requires exactly its plural key (as in the example responses);"
                " write `required: [<plural key>]`",
                "list-envelope",
            )
        else:
            items = props[keys[0]]
            if items.get("type") != "array" or ref_name(items.get("items")) != name:
                yield Problem(
                    schema_path(ref, "properties", keys[0]),
                    f'the plural key holds the records; write `type: array, items: {{$ref: "'
                    f'#/components/schemas/{name}"}}`',
                    "list-envelope",
                )
        if ref_name(props.get("meta")) != "Meta":
            yield Problem(
                schema_path(ref, "properties"),
                'no pagination totals; add `meta: {$ref: "#/components/schemas/Meta"}`',
                "list-envelope",
            )


def detail_envelope(spec: Spec) -> Iterator[Problem]:
    """retrieve, create and partial_update answer an envelope (`<Name>Detail`, or the one the
    example shows): one required key holding a record."""
    for op in spec.operations:
        if op.verb not in ("retrieve", "create", "partial_update", "update") or not op.model:
            continue
        status = success_status(op) or "200"
        ref = success_ref(op)
        where = (*op.path, "responses", status)
        name = spec.names.get(op.model, "<Name>")
        if not ref or (op.verb == "retrieve" and not ref.endswith("Detail")):
            yield Problem(
                where,
                f'answer the record envelope; write `schema: {{$ref: "#/components/schemas/'
                f'{name}Detail"}}`',
                "detail-envelope",
            )
            continue
        schema = spec.schemas().get(ref) or {}
        keys = schema.get("required") or []
        props = schema.get("properties") or {}
        if len(keys) != 1 or not ref_name(props.get(keys[0])):
            yield Problem(
                schema_path(ref),
                "a detail envelope requires one key holding the record; write `required: [<key>]`"
                ' and `<key>: {$ref: "#/components/schemas/<Name>"}`',
                "detail-envelope",
            )


def x_model(spec: Spec) -> Iterator[Problem]:
    """Every envelope (`*List`, `*Detail`) carries `x-model`, the URL segment of its model."""
    for name, schema in spec.schemas().items():
        if not name.endswith(("List", "Detail")) or not isinstance(schema, dict):
            continue
        model = schema.get("x-model")
        if model is None:
            yield Problem(
                schema_path(name),
                "an envelope says which model it carries; add `x-model: <model URL segment>`",
                "x-model",
            )
        elif model not in spec.models:
            yield Problem(
                schema_path(name, "x-model"),
                f"{model!r} is no model of the spec; name the URL segment of the model's paths",
                "x-model",
            )


def request_schemas(spec: Spec) -> Iterator[Problem]:
    """create takes `<Name>Request`, partial_update `Patched<Name>Request` (nothing required);
    request schemas hold writable fields only (no readOnly, no id)."""
    checked: set[str] = set()
    for op in spec.operations:
        if op.verb not in ("create", "partial_update") or not op.model:
            continue
        name = spec.names.get(op.model)
        want = f"{name}Request" if op.verb == "create" else f"Patched{name}Request"
        body = (op.node.get("requestBody") or {}).get("content", {}).get("application/json", {})
        got = ref_name(body.get("schema"))
        if name and got != want:
            yield Problem(
                (*op.path, "requestBody"),
                f'{op.verb} takes {want}; write `content: {{application/json: {{schema: {{$ref: "'
                f'#/components/schemas/{want}"}}}}}}` (and define {want})',
                "request-schemas",
            )
        if got and got not in checked and got in spec.schemas():
            checked.add(got)
            schema = spec.schemas()[got]
            if op.verb == "partial_update" and schema.get("required"):
                yield Problem(
                    schema_path(got, "required"),
                    "a partial update requires nothing; remove `required`",
                    "request-schemas",
                )
            for prop, node in (schema.get("properties") or {}).items():
                if prop == "id" or (isinstance(node, dict) and node.get("readOnly")):
                    yield Problem(
                        schema_path(got, "properties", prop),
                        "read-only fields are not sent; remove it from the request schema",
                        "request-schemas",
                    )


def is_relation(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    if ref_name(node) in RELATED:
        return True
    if node.get("type") == "array" and ref_name(node.get("items")) in RELATED:
        return True
    return any(is_relation(n) for k in ("oneOf", "anyOf", "allOf") for n in node.get(k) or [])


def x_related(spec: Spec) -> Iterator[Problem]:
    """Relation fields (RelatedId & co, or arrays of them) carry `x-related: <model>`, naming a
    model the spec serves (or one in UNSERVED_RELATED); `x-related` is on relations only."""
    for name, schema in spec.schemas().items():
        if not isinstance(schema, dict):
            continue
        for prop, node in (schema.get("properties") or {}).items():
            path = schema_path(name, "properties", prop)
            related = node.get("x-related") if isinstance(node, dict) else None
            if is_relation(node) and related is None:
                yield Problem(
                    path,
                    "a relation says what it points to; add `x-related: <model URL segment>`",
                    "x-related",
                )
            elif related is not None and not is_relation(node):
                yield Problem(
                    (*path, "x-related"),
                    'only relations carry x-related; use `$ref: "#/components/schemas/RelatedId"`'
                    " (or an array of them) or remove x-related",
                    "x-related",
                )
            elif related is not None and related not in spec.models | set(UNSERVED_RELATED):
                yield Problem(
                    (*path, "x-related"),
                    f"{related!r} is no model of the spec; name the URL segment of its paths",
                    "x-related",
                )


def record_ids(spec: Spec) -> Iterator[Problem]:
    """A record (`<Name>`) requires `id` and marks it readOnly."""
    for model, name in sorted(spec.names.items()):
        schema = spec.schemas().get(name)
        if not isinstance(schema, dict):
            continue
        id_node = (schema.get("properties") or {}).get("id")
        if "id" not in (schema.get("required") or []) or not isinstance(id_node, dict):
            yield Problem(
                schema_path(name),
                f"the {model} record has no required id; add `id` to properties and required",
                "record-id",
            )
        elif not id_node.get("readOnly"):
            yield Problem(
                schema_path(name, "properties", "id"), "add `readOnly: true`", "record-id"
            )


RULES: tuple[Rule, ...] = (
    refs_resolve,
    valid_openapi,
    path_shape,
    operation_ids,
    one_tag,
    portals,
    parameters,
    responses_401,
    list_envelope,
    detail_envelope,
    x_model,
    request_schemas,
    x_related,
    record_ids,
)


def lint(data: dict[str, Any]) -> list[Problem]:
    """Every broken rule of the spec `data`, in rule order."""
    spec = Spec.of(data)
    return [problem for rule in RULES for problem in rule(spec)]


def line_numbers(text: str) -> dict[Path_, int]:
    """1-based line of every node of the YAML text, by its path."""
    lines: dict[Path_, int] = {}

    def walk(node: yaml.Node, path: Path_) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                walk(value, (*path, key.value))
                lines[(*path, key.value)] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                walk(value, (*path, i))

    root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if root is not None:
        walk(root, ())
    return lines


def report(path: Path, problems: list[Problem], text: str) -> list[str]:
    lines = line_numbers(text) if problems else {}
    out = []
    for p in problems:
        prefix = p.path
        while prefix and prefix not in lines:  # a missing key: point at its parent
            prefix = prefix[:-1]
        out.append(f"{path}:{lines.get(prefix, 1)}: {p.json_path()}: {p.message} [{p.rule}]")
    return out


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "openapi.yaml")
    text = path.read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    problems = lint(data)
    for line in report(path, problems, text):
        print(line)
    if problems:
        print(f"{len(problems)} problem(s); the rules are in docs/openapi-conventions.md")
    else:
        print(f"{path}: no problems ({len(RULES)} rules)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
