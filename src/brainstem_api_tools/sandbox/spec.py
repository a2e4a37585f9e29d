"""Read openapi.yaml into descriptions of the models the sandbox serves.

Everything the sandbox knows about BrainSTEM comes from here: which models exist, their app,
the portals and methods each operation allows, the envelope keys, the record fields (type,
format, enum, maxLength, nullable, readOnly, `x-related`, `x-unique`) and the request schemas.
Nothing is shared with the client package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

JSON = dict[str, Any]

_MODEL_PATH = re.compile(
    r"^/api/\{portal\}/(?P<app>[A-Za-z0-9_]+)/(?P<model>[A-Za-z0-9_]+)/"
    r"(?:\{id\}/(?:(?P<action>[A-Za-z0-9_]+)/)?)?$"
)
_METHODS = ("get", "post", "put", "patch", "delete")
CRUD_VERBS = frozenset({"list", "retrieve", "create", "update", "partial_update", "destroy"})


_SHIPPED: Spec | None = None


class SpecError(ValueError):
    """The spec does not follow the conventions the sandbox relies on."""


def load_document(path: str | Path | None = None) -> JSON:
    """Load the spec: the given file, or the copy shipped as package data."""
    if path is None:
        text = resources.files(__package__).joinpath("openapi.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is 6x faster when present
    doc = yaml.load(text, Loader=loader)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError("not an OpenAPI document (no `paths`)")
    return doc


@dataclass(frozen=True)
class Kind:
    """What a schema describes once references and oneOf wrappers are looked through."""

    type: str | None  # string, integer, number, boolean, array, object or None (anything)
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    nullable: bool = False
    max_length: int | None = None
    item: Kind | None = None  # for arrays


@dataclass(frozen=True)
class Field:
    """One property of a record schema."""

    name: str
    schema: JSON  # the property schema, references kept (siblings merged)
    kind: Kind
    read_only: bool
    related: str | None  # model named by x-related
    unique: bool

    @property
    def many(self) -> bool:
        return self.kind.type == "array"

    @property
    def scalar(self) -> Kind:
        """The kind of one value: the item kind for arrays, else the field kind."""
        return self.kind.item if self.many and self.kind.item is not None else self.kind


@dataclass(frozen=True)
class Operation:
    """One documented method on one path."""

    model: str
    verb: str  # list, retrieve, create, partial_update, update, destroy or an action name
    method: str  # upper case
    path: str
    operation_id: str
    portals: tuple[str, ...]
    statuses: frozenset[int]
    success_status: int
    request_schema: JSON | None
    response_model: str | None  # x-model of the success envelope
    response_key: str | None  # the envelope key of the success body
    response_many: bool

    def documents(self, status: int) -> bool:
        return status in self.statuses


@dataclass(frozen=True)
class QuerySyntax:
    """The list query parameters as the spec names them (`components/parameters`: Limit,
    Offset, Sort, Include, Filters), so that renaming one in the spec renames it here."""

    limit: str
    offset: str
    sort: str
    include: str
    filter_prefix: str  # the wire key of a filter is prefix + "field.op" + suffix
    filter_suffix: str
    operators: tuple[str, ...]
    default_limit: int  # Limit's x-server-default: the page size when limit is omitted
    max_limit: int  # Limit's schema maximum

    def filter_key(self, name: str) -> str | None:
        """`field.op` of a wire key (`filter{field.op}`), or None when it is no filter key."""
        prefix, suffix = self.filter_prefix, self.filter_suffix
        if not name.startswith(prefix) or len(name) < len(prefix) + len(suffix):
            return None
        if name.endswith(suffix):
            return name[len(prefix) : len(name) - len(suffix)]
        if name.endswith(suffix + "[]"):  # dynamic-rest also reads filter{x}[] (for Ember)
            return name[len(prefix) : len(name) - len(suffix) - 2]
        return None


@dataclass
class Model:
    """A model served at /api/{portal}/<app>/<name>/."""

    name: str
    app: str
    record_schema: str  # component name of the record schema
    list_key: str
    detail_key: str
    fields: dict[str, Field]
    required: tuple[str, ...]
    id_type: str  # "uuid" or "integer"
    operations: dict[str, Operation] = field(default_factory=dict)

    @property
    def actions(self) -> dict[str, Operation]:
        return {verb: op for verb, op in self.operations.items() if verb not in CRUD_VERBS}

    def op(self, verb: str) -> Operation | None:
        return self.operations.get(verb)

    @cached_property
    def relations(self) -> dict[str, Field]:
        return {name: f for name, f in self.fields.items() if f.related}


class Spec:
    """The parsed spec: the raw document, schema resolution and the model table."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        self.schemas: JSON = document.get("components", {}).get("schemas", {}) or {}
        self.models: dict[str, Model] = {}
        self.paths: dict[str, dict[str, Operation]] = {}
        self._build()

    @classmethod
    def load(cls, path: str | Path | None = None) -> Spec:
        """The spec at `path`, or the shipped one (parsed once per process: it never changes
        and a Spec is not modified after it is built)."""
        if path is not None:
            return cls(load_document(path))
        global _SHIPPED
        if _SHIPPED is None:
            _SHIPPED = cls(load_document())
        return _SHIPPED

    # -- schema helpers -------------------------------------------------------------------

    def deref(self, schema: Any) -> JSON:
        """Follow `$ref`s; keys next to a `$ref` (x-related, readOnly...) override the target."""
        seen: set[str] = set()
        out: JSON = {}
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in seen:
                raise SpecError(f"circular $ref {ref}")
            seen.add(ref)
            for key, value in schema.items():
                if key != "$ref":
                    out.setdefault(key, value)
            schema = self._lookup(ref)
        if not isinstance(schema, dict):
            return out
        merged = dict(schema)
        merged.update(out)
        return merged

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $ref are supported: {ref}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise SpecError(f"unresolved $ref {ref}")
            node = node[part]
        return node

    def kind(self, schema: Any) -> Kind:
        """Describe a schema as one value kind, looking through $ref, allOf and oneOf."""
        s = self.deref(schema)
        nullable = bool(s.get("nullable"))
        alternatives = s.get("oneOf") or s.get("anyOf")
        if alternatives and "type" not in s:
            kinds = [self.kind(alt) for alt in alternatives]
            nullable = nullable or any(k.nullable for k in kinds)
            # a relation is "id or included record": the scalar alternative describes it
            scalar = [k for k in kinds if k.type not in ("object", None)]
            chosen = scalar[0] if scalar else kinds[0]
            return Kind(
                chosen.type, chosen.format, chosen.enum, nullable, chosen.max_length, chosen.item
            )
        if "allOf" in s and "type" not in s:
            parts = [self.kind(part) for part in s["allOf"]]
            base = next((k for k in parts if k.type), Kind(None))
            return Kind(
                base.type,
                base.format,
                base.enum,
                nullable or any(k.nullable for k in parts),
                base.max_length,
                base.item,
            )
        typ = s.get("type")
        if typ is None and ("properties" in s or "additionalProperties" in s):
            typ = "object"
        enum = tuple(s["enum"]) if isinstance(s.get("enum"), list) else None
        if enum is not None and None in enum:
            nullable = True
        item = self.kind(s.get("items", {})) if typ == "array" else None
        max_length = s.get("maxLength")
        return Kind(
            typ,
            s.get("format"),
            enum,
            nullable,
            max_length if isinstance(max_length, int) else None,
            item,
        )

    # -- building the model table ---------------------------------------------------------

    def _parameters(self, path_item: JSON, operation: JSON) -> list[JSON]:
        params = [self.deref(p) for p in path_item.get("parameters", []) or []]
        params += [self.deref(p) for p in operation.get("parameters", []) or []]
        return params

    def _envelope(self, response: Any) -> tuple[str | None, str | None, bool, JSON | None]:
        """(x-model, envelope key, is list, schema) of a success response, if it has a body."""
        resp = self.deref(response)
        content = resp.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if not isinstance(media, dict) or "schema" not in media:
            return None, None, False, None
        schema = self.deref(media["schema"])
        model = schema.get("x-model")
        required = schema.get("required") or []
        props = schema.get("properties") or {}
        key = required[0] if required else (next(iter(props)) if len(props) == 1 else None)
        many = bool(key and self.deref(props.get(key, {})).get("type") == "array")
        return model, key, many, media["schema"]

    def _build(self) -> None:
        raw_ops: list[tuple[str, str, str, str | None, JSON, JSON]] = []
        for path, item in (self.document.get("paths") or {}).items():
            match = _MODEL_PATH.match(path)
            if not match or not isinstance(item, dict):
                continue
            for method in _METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    raw_ops.append(
                        (
                            path,
                            match["app"],
                            match["model"],
                            match["action"],
                            {"method": method, **operation},
                            item,
                        )
                    )
        for schema_name, schema in self.schemas.items():
            if not isinstance(schema, dict) or "x-model" not in schema:
                continue
            self._register_envelope(schema_name, schema)
        for path, app, model_name, action, operation, item in raw_ops:
            model = self.models.get(model_name)
            if model is None:
                raise SpecError(f"{path}: no envelope schema with `x-model: {model_name}`")
            model.app = app
            op = self._operation(path, model, action, operation, item)
            model.operations[op.verb] = op
            self.paths.setdefault(path, {})[op.method] = op
        for name, model in list(self.models.items()):
            if not model.operations:
                del self.models[name]

    def _register_envelope(self, schema_name: str, schema: JSON) -> None:
        model_name = str(schema["x-model"])
        required = schema.get("required") or []
        props = schema.get("properties") or {}
        if not required or required[0] not in props:
            raise SpecError(f"{schema_name}: envelope without a required key")
        key = required[0]
        prop = props[key]
        resolved = self.deref(prop)
        many = resolved.get("type") == "array"
        record_ref = (resolved.get("items") or {}) if many else prop
        ref = record_ref.get("$ref") if isinstance(record_ref, dict) else None
        if not ref:
            raise SpecError(f"{schema_name}.{key}: the record must be a $ref to a schema")
        record_name = ref.rsplit("/", 1)[-1]
        model = self.models.get(model_name)
        if model is None:
            model = self._model(model_name, record_name)
            self.models[model_name] = model
        if many:
            model.list_key = key
        else:
            model.detail_key = key

    def _model(self, name: str, record_name: str) -> Model:
        record = self.deref(self.schemas.get(record_name, {}))
        fields: dict[str, Field] = {}
        for fname, prop in (record.get("properties") or {}).items():
            merged = self.deref(prop)
            fields[fname] = Field(
                name=fname,
                schema=prop,
                kind=self.kind(prop),
                read_only=bool(merged.get("readOnly")) or fname == "id",
                related=merged.get("x-related"),
                unique=bool(merged.get("x-unique")),
            )
        id_kind = fields["id"].kind if "id" in fields else Kind("string", "uuid")
        return Model(
            name=name,
            app="",
            record_schema=record_name,
            list_key="",
            detail_key="",
            fields=fields,
            required=tuple(record.get("required") or ()),
            id_type="integer" if id_kind.type == "integer" else "uuid",
        )

    def _operation(
        self, path: str, model: Model, action: str | None, operation: JSON, item: JSON
    ) -> Operation:
        method = str(operation["method"]).upper()
        op_id = str(operation.get("operationId") or "")
        if action:
            verb = action
        elif op_id.startswith(model.name + "_"):
            verb = op_id[len(model.name) + 1 :]
        else:
            has_id = path.endswith("{id}/")
            verb = {
                ("GET", False): "list",
                ("POST", False): "create",
                ("GET", True): "retrieve",
                ("PATCH", True): "partial_update",
                ("PUT", True): "update",
                ("DELETE", True): "destroy",
            }.get((method, has_id), method.lower())
        portals: tuple[str, ...] = ("private", "public")
        for param in self._parameters(item, operation):
            if param.get("name") == "portal" and param.get("in") == "path":
                enum = self.deref(param.get("schema", {})).get("enum")
                if enum:
                    portals = tuple(str(p) for p in enum)
        statuses: set[int] = set()
        success: int | None = None
        response_model = response_key = None
        response_many = False
        for code, response in (operation.get("responses") or {}).items():
            if not str(code).isdigit():
                continue
            status = int(code)
            statuses.add(status)
            if 200 <= status < 300 and success is None:
                success = status
                response_model, response_key, response_many, _ = self._envelope(response)
        request_schema = None
        body = self.deref(operation.get("requestBody", {}))
        content = body.get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        if isinstance(media, dict):
            request_schema = media.get("schema")
        return Operation(
            model=model.name,
            verb=verb,
            method=method,
            path=path,
            operation_id=op_id,
            portals=portals,
            statuses=frozenset(statuses),
            success_status=success or (204 if method == "DELETE" else 200),
            request_schema=request_schema,
            response_model=response_model,
            response_key=response_key,
            response_many=response_many,
        )

    # -- query parameters -------------------------------------------------------------------

    @cached_property
    def query_syntax(self) -> QuerySyntax:
        params = (self.document.get("components") or {}).get("parameters") or {}

        def param(role: str) -> JSON:
            found = self.deref(params.get(role) or {})
            if not isinstance(found.get("name"), str):
                raise SpecError(f"components/parameters/{role}: no query parameter with a name")
            return found

        limit = param("Limit")
        limit_schema = self.deref(limit.get("schema") or {})
        default, maximum = limit.get("x-server-default"), limit_schema.get("maximum")
        if not isinstance(default, int) or not isinstance(maximum, int):
            raise SpecError(
                "components/parameters/Limit: needs x-server-default (the page size when "
                "limit is omitted) and a schema maximum, both integers"
            )
        filters = param("Filters")
        key_format, operators = filters.get("x-key-format"), filters.get("x-filter-operators")
        if not isinstance(key_format, str) or key_format.count("%s") != 1:
            raise SpecError(
                "components/parameters/Filters: x-key-format must hold one %s, e.g. filter{%s}"
            )
        if not isinstance(operators, list) or not all(isinstance(o, str) for o in operators):
            raise SpecError("components/parameters/Filters: x-filter-operators must list names")
        prefix, _, suffix = key_format.partition("%s")
        return QuerySyntax(
            limit=limit["name"],
            offset=param("Offset")["name"],
            sort=param("Sort")["name"],
            include=param("Include")["name"],
            filter_prefix=prefix,
            filter_suffix=suffix,
            operators=tuple(operators),
            default_limit=default,
            max_limit=maximum,
        )

    # -- lookups ---------------------------------------------------------------------------

    def model(self, name: str) -> Model | None:
        return self.models.get(name)

    def reverse_of(self, model: Model, field_: Field) -> tuple[str, str] | None:
        """For a read-only relation, the writable relation on the other side that defines it.

        `project.sessions` (read-only) is the set of sessions whose `projects` holds the project.
        """
        if not field_.related or not field_.read_only or field_.name == "id":
            return None
        other = self.models.get(field_.related)
        if other is None:
            return None
        candidates = [
            f for f in other.fields.values() if f.related == model.name and not f.read_only
        ]
        if not candidates:
            return None
        return other.name, candidates[0].name

    def approval_bases(self) -> dict[str, str]:
        """approval model -> the model whose writes become that approval (from the responses)."""
        out: dict[str, str] = {}
        for model in self.models.values():
            for verb in ("create", "partial_update", "update"):
                op = model.op(verb)
                target = op.response_model if op else None
                if target and target != model.name and target in self.models:
                    out.setdefault(target, model.name)
        for name in self.models:
            if name.endswith("approval") and name not in out:
                base = name[: -len("approval")]
                if base in self.models:
                    out[name] = base
        return out
