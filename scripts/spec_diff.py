"""Compare two versions of openapi.yaml: every change, marked breaking or not, with its effect on
the generated client. `scripts/api_changes.py` presents the result.

Which direction breaks depends on who sends the data. A request (body or parameter) breaks
callers when it asks for more: a new required field, optional -> required, an enum choice or
null no longer accepted. A response breaks readers when it promises less: a field that may now be
missing (required -> optional), null, or an enum choice they cannot parse (the generated enums
raise on unknown values). Removing anything, or changing a type or format, breaks both. A schema
used both ways is judged both ways.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from derive_tables import PATH, resolve

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = "#/components/schemas/"
METHODS = ("get", "post", "put", "patch", "delete")
TOKEN_OPTIONAL: list[dict[str, list[str]]] = [{"BearerAuth": []}, {}]
SHARED = "shared"  # the group of what several models use
REQUEST, RESPONSE = "request", "response"
Name = tuple[str, str]  # a generated name and its type: ("models.Session.name", "str")


@dataclass(frozen=True)
class Change:
    """One change: `subject` names it in spec terms, `client` in the generated package's."""

    group: str  # the model (URL segment); the tag of other operations; SHARED
    kind: str  # "field removed", "parameter added", ...: the short form counts by kind
    subject: str
    breaking: bool
    detail: str = ""
    client: str = ""
    where: tuple[str, ...] = ()  # the operations a parameter change applies to

    def line(self) -> str:
        text = f"{self.kind}: {self.subject}"
        if self.detail:
            text += f" ({self.detail})"
        if len(self.where) > 1:
            shown = ", ".join(self.where[:4])
            more = f" and {len(self.where) - 4} more" if len(self.where) > 4 else ""
            text += f" in {len(self.where)} operations: {shown}{more}"
        elif self.where:
            text += f" in {self.where[0]}"
        return text


# --- reading a spec ----------------------------------------------------------------------------


def deref(spec: dict[str, Any], node: Any) -> Any:
    try:
        return resolve(spec, node) if isinstance(node, dict) else node
    except (KeyError, TypeError):
        return {}


def ref_name(node: Any, prefix: str = SCHEMAS) -> str | None:
    """`Session` for `{$ref: "#/components/schemas/Session"}`, else None."""
    if isinstance(node, dict) and str(node.get("$ref", "")).startswith(prefix):
        return str(node["$ref"]).removeprefix(prefix)
    return None


def components(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    return schemas


def body_schema(node: Any) -> Any:
    return ((node or {}).get("content") or {}).get("application/json", {}).get("schema")


@dataclass
class Op:
    op_id: str
    method: str
    url: str
    node: dict[str, Any]
    group: str


def operations(spec: dict[str, Any]) -> dict[str, Op]:
    ops: dict[str, Op] = {}
    for url, item in (spec.get("paths") or {}).items():
        m = PATH.match(url)
        for method in METHODS:
            node = (item or {}).get(method)
            if isinstance(node, dict):
                op_id = node.get("operationId") or f"{method.upper()} {url}"
                group = m["model"] if m else (node.get("tags") or ["other"])[0]
                ops[op_id] = Op(op_id, method, url, node, group)
    return ops


def models(spec: dict[str, Any]) -> set[str]:
    return {m["model"] for url in spec.get("paths") or {} if (m := PATH.match(url))}


def schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas a node refers to directly."""
    if isinstance(node, dict):
        if name := ref_name(node):
            yield name
        for key, value in node.items():
            if key != "$ref":
                yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def reach(refs: dict[str, set[str]], roots: list[str]) -> set[str]:
    """Every schema reachable from `roots` through `$ref`s (`refs`: each schema's own refs)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen and name in refs:
            seen.add(name)
            todo.extend(refs[name])
    return seen


@dataclass
class Usage:
    """Which way each schema travels (request, response) and which model it belongs to."""

    ways: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    group: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, *specs: dict[str, Any]) -> Usage:
        usage = cls()
        for spec in specs:
            usage.add(spec)
        return usage

    def add(self, spec: dict[str, Any]) -> None:
        reached_by: dict[str, set[str]] = defaultdict(set)
        refs = {name: set(schema_refs(node)) for name, node in components(spec).items()}
        for op in operations(spec).values():
            sent = list(schema_refs(body_schema(op.node.get("requestBody"))))
            for param in op.node.get("parameters") or []:
                sent += schema_refs(deref(spec, param))
            received = [
                name
                for response in (op.node.get("responses") or {}).values()
                for name in schema_refs(deref(spec, response))
            ]
            for way, roots in ((REQUEST, sent), (RESPONSE, received)):
                for name in reach(refs, roots):
                    self.ways[name].add(way)
                    reached_by[name].add(op.group)
            for name in schema_refs(body_schema(op.node.get("requestBody"))):
                self.group.setdefault(name, op.group)  # a model's request schemas
        for name, schema in components(spec).items():
            if isinstance(schema, dict) and schema.get("x-model"):  # an envelope and its record
                self.group.setdefault(name, schema["x-model"])
                for record in schema_refs(schema.get("properties")):
                    if record != "Meta":
                        self.group.setdefault(record, schema["x-model"])
        for name, groups in reached_by.items():
            self.group.setdefault(name, next(iter(groups)) if len(groups) == 1 else SHARED)


# --- describing a schema node ------------------------------------------------------------------


def shape(spec: dict[str, Any], node: Any) -> str:
    """The type of a schema node in a few words, leaving out enum choices and nullability."""
    if not isinstance(node, dict):
        return "any"
    if name := ref_name(node):
        # `NullableRelatedId` is `RelatedId` that may be null: nullability is reported apart
        twin = name.removeprefix("Nullable")
        return twin if twin != name and twin in components(spec) else name
    for key in ("oneOf", "anyOf", "allOf"):
        if node.get(key):
            return "(" + f" {key} ".join(shape(spec, n) for n in node[key]) + ")"
    kind = str(node.get("type", "any"))
    if kind == "array":
        return f"array of {shape(spec, node.get('items'))}"
    extra = node.get("additionalProperties")
    if kind == "object" and isinstance(extra, dict) and "properties" not in extra:
        return f"object of {shape(spec, extra)}"
    return f"{kind} ({node['format']})" if node.get("format") else kind


def nullable(spec: dict[str, Any], node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    if node.get("nullable"):
        return True
    if "$ref" in node:
        target = deref(spec, node)
        return target is not node and nullable(spec, target)
    return any(nullable(spec, n) for n in node.get("oneOf") or node.get("anyOf") or [])


def choices(node: Any) -> list[Any] | None:
    """The enum choices of a node (or of its inline items), None when it is no enum."""
    if not isinstance(node, dict):
        return None
    if "enum" in node:
        return [c for c in node["enum"] if c is not None]
    items = node.get("items")
    return choices(items) if isinstance(items, dict) and "$ref" not in items else None


def fields(node: Any, prefix: str = "") -> dict[str, tuple[Any, bool]]:
    """Every field of a schema with whether it is required; fields of inline objects too, as
    `users{}.is_owner` (in a mapping) or `groups_own_json[].id` (in an array)."""
    out: dict[str, tuple[Any, bool]] = {}
    if not isinstance(node, dict) or "$ref" in node:
        return out
    required = set(node.get("required") or [])
    for name, prop in (node.get("properties") or {}).items():
        path = f"{prefix}{name}"
        out[path] = (prop, name in required)
        if isinstance(prop, dict):
            out.update(fields(prop, f"{path}."))
            out.update(fields(prop.get("items"), f"{path}[]."))
            out.update(fields(prop.get("additionalProperties"), f"{path}{{}}."))
    return out


# --- the generated client's names --------------------------------------------------------------


@dataclass
class Surface:
    """What openapi-python-client makes of a spec: endpoint modules and their keyword arguments,
    model classes and their attributes, enums and their members, and what it cannot read."""

    modules: dict[str, str] = field(default_factory=dict)  # operationId -> api.<tag>.<module>
    kwargs: dict[tuple[str, str], Name] = field(default_factory=dict)  # (op, param) -> kw, T
    classes: dict[str, str] = field(default_factory=dict)  # schema -> class
    attrs: dict[tuple[str, str], Name] = field(default_factory=dict)  # (schema, field) -> a, T
    enums: dict[tuple[str, str], tuple[str, dict[str, Any]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, spec: dict[str, Any]) -> Surface:
        from openapi_python_client.config import Config, ConfigFile, MetaType
        from openapi_python_client.parser import GeneratorData
        from openapi_python_client.parser.properties import EnumProperty
        from openapi_python_client.strings import snake_case

        surface = cls()
        if not spec:
            return surface
        config = Config.from_sources(
            ConfigFile.load_from_path(ROOT / "generator-config.yaml"),
            MetaType.NONE,
            "openapi.yaml",
            "utf-8",
            False,
            None,
        )
        data = GeneratorData.from_dict(copy.deepcopy(spec), config=config)
        if not isinstance(data, GeneratorData):
            surface.warnings.append(readable(f"{data.header}: {data.detail}"))
            return surface
        surface.warnings += [readable(f"{e.header} {e.detail or ''}") for e in data.errors]
        for tag, collection in data.endpoint_collections_by_tag.items():
            surface.warnings += [
                readable(f"{e.header} {e.detail}") for e in collection.parse_errors
            ]
            for endpoint in collection.endpoints:
                op_id = str(endpoint.name)
                surface.modules[op_id] = f"api.{tag}.{snake_case(op_id)}"
                for prop in endpoint.list_all_parameters():
                    kind = prop.get_type_string().as_unembedded_code()
                    surface.kwargs[(op_id, prop.name.get_untrusted_value())] = (
                        str(prop.python_name),
                        kind,
                    )
        for model in data.models:
            name = model.name.get_untrusted_value().removeprefix("/components/schemas/")
            surface.classes[name] = model.class_info.name
            for prop in (model.required_properties or []) + (model.optional_properties or []):
                key = (name, prop.name.get_untrusted_value())
                kind = prop.get_type_string().as_unembedded_code()
                surface.attrs[key] = (str(prop.python_name), kind)
                for enum in (prop, getattr(prop, "inner_property", None)):
                    if isinstance(enum, EnumProperty):
                        surface.enums[key] = (enum.class_info.name, dict(enum.values))
        return surface


def readable(warning: str) -> str:
    """A generator warning without the reprs of its internal objects."""
    return re.sub(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>", "?", warning).strip()


def client_change(before: Name | None, after: Name | None) -> str:
    """`models.Session.name: str -> None | str`, `models.Session.notes: str | Unset added`,
    `api.stem.session_list(limit=) removed`."""
    if before and after:
        if before == after:
            return ""
        if before[0] == after[0]:
            return f"{before[0]}: {before[1]} -> {after[1]}"
        return f"{before[0]} -> {after[0]}"
    if before:
        return f"{before[0]} removed"
    if after:
        return f"{after[0]}: {after[1]} added" if after[1] else f"{after[0]} added"
    return ""


# --- comparing ---------------------------------------------------------------------------------


class Diff:
    """The changes from `old` to `new`; `surfaces` (old, new) adds the client's names."""

    def __init__(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        surfaces: tuple[Surface, Surface] | None = None,
    ) -> None:
        self.old, self.new = old, new
        self.surfaces = surfaces or (Surface(), Surface())
        self.usage = Usage.of(new, old)
        self.changes: list[Change] = []

    def add(
        self,
        group: str,
        kind: str,
        subject: str,
        breaking: bool,
        detail: str = "",
        client: str = "",
        where: tuple[str, ...] = (),
    ) -> None:
        self.changes.append(Change(group, kind, subject, breaking, detail, client, where))

    def module(self, side: int, op_id: str) -> Name | None:
        """`api.stem.session_list`."""
        module = self.surfaces[side].modules.get(op_id)
        return (module, "") if module else None

    def kwarg(self, side: int, op_id: str, param: str) -> Name | None:
        """`api.stem.session_list(limit=)` and its type."""
        found = self.surfaces[side].kwargs.get((op_id, param))
        module = self.surfaces[side].modules.get(op_id)
        return (f"{module}({found[0]}=)", found[1]) if found and module else None

    def attr(self, side: int, schema: str, name: str) -> Name | None:
        """`models.Session.name` and its type."""
        cls = self.surfaces[side].classes.get(schema)
        attr = self.surfaces[side].attrs.get((schema, name))
        return (f"models.{cls}.{attr[0]}", attr[1]) if cls and attr else None

    def member(self, side: int, key: tuple[str, str] | None, value: Any) -> str:
        """`models.DownloadLinkRepository.OSF`."""
        cls, members = self.surfaces[side].enums.get(key or ("", ""), ("", {}))
        return next((f"models.{cls}.{k}" for k, v in members.items() if v == value), "")

    def run(self) -> list[Change]:
        old_ops, new_ops = operations(self.old), operations(self.new)
        for op_id in sorted(old_ops.keys() - new_ops.keys()):
            op = old_ops[op_id]
            client = client_change(self.module(0, op_id), None)
            self.add(op.group, "operation removed", op_id, True, self.route(op), client)
        for op_id in sorted(new_ops.keys() - old_ops.keys()):
            op = new_ops[op_id]
            client = client_change(None, self.module(1, op_id))
            self.add(op.group, "operation added", op_id, False, self.route(op), client)
        for op_id in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(old_ops[op_id], new_ops[op_id])
        self.schemas()
        return self.changes

    @staticmethod
    def route(op: Op) -> str:
        return f"{op.method.upper()} {op.url}"

    # operations

    def operation(self, old: Op, new: Op) -> None:
        op_id, group = new.op_id, new.group
        if self.route(old) != self.route(new):
            self.add(
                group, "operation moved", op_id, True, f"{self.route(old)} -> {self.route(new)}"
            )
        was, now = token(old.node), token(new.node)
        if was != now:
            breaking = now == "required" or (was == "none" and now == "optional")
            self.add(group, "authentication changed", op_id, breaking, f"token {was} -> {now}")
        self.parameters(old, new)
        self.request_body(old, new)
        self.responses(old, new)

    def parameters(self, old: Op, new: Op) -> None:
        op_id, group, where = new.op_id, new.group, (new.op_id,)
        before, after = params(self.old, old), params(self.new, new)
        for key in sorted(before.keys() - after.keys()):
            client = client_change(self.kwarg(0, op_id, key[0]), None)
            self.add(group, "parameter removed", label(key), True, "", client, where)
        for key in sorted(after.keys() - before.keys()):
            required = bool(after[key].get("required"))
            client = client_change(None, self.kwarg(1, op_id, key[0]))
            detail = "required" if required else "optional"
            self.add(group, "parameter added", label(key), required, detail, client, where)
        for key in sorted(before.keys() & after.keys()):
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            client = client_change(self.kwarg(0, op_id, key[0]), self.kwarg(1, op_id, key[0]))
            if was != now:
                kind = "parameter required" if now else "parameter optional"
                detail = "optional -> required" if now else "required -> optional"
                self.add(group, kind, label(key), now, detail, client, where)
                client = ""
            old_schema, new_schema = before[key].get("schema"), after[key].get("schema")
            self.compare(
                group, label(key), old_schema, new_schema, {REQUEST}, "parameter", client, where
            )
            # the filter operators the API knows (the client and the sandbox derive theirs)
            was_ops = before[key].get("x-filter-operators") or []
            now_ops = after[key].get("x-filter-operators") or []
            for op in [o for o in was_ops if o not in now_ops]:
                self.add(
                    group, "filter operator removed", f"{label(key)} {op}", True, "", "", where
                )
            for op in [o for o in now_ops if o not in was_ops]:
                self.add(group, "filter operator added", f"{label(key)} {op}", False, "", "", where)

    def request_body(self, old: Op, new: Op) -> None:
        op_id, group = new.op_id, new.group
        before, after = old.node.get("requestBody"), new.node.get("requestBody")
        client = client_change(self.kwarg(0, op_id, "body"), self.kwarg(1, op_id, "body"))
        if before and not after:
            self.add(group, "request body removed", op_id, True, "", client)
        elif after and not before:
            required = bool(after.get("required"))
            detail = "required" if required else "optional"
            self.add(group, "request body added", op_id, required, detail, client)
        elif before and after:
            was, now = shape(self.old, body_schema(before)), shape(self.new, body_schema(after))
            if was != now:
                self.add(group, "request body changed", op_id, True, f"{was} -> {now}", client)
            elif not before.get("required") and after.get("required"):
                self.add(group, "request body required", op_id, True, "", client)

    def responses(self, old: Op, new: Op) -> None:
        op_id, group = new.op_id, new.group
        before, after = old.node.get("responses") or {}, new.node.get("responses") or {}
        # a client only parses the success statuses; other statuses become errors either way
        for status in sorted(before.keys() - after.keys()):
            self.add(group, "response removed", f"{op_id} {status}", str(status)[0] == "2")
        for status in sorted(after.keys() - before.keys()):
            self.add(group, "response added", f"{op_id} {status}", str(status)[0] == "2")
        for status in sorted(before.keys() & after.keys()):
            was = shape(self.old, body_schema(deref(self.old, before[status])))
            now = shape(self.new, body_schema(deref(self.new, after[status])))
            if was != now:
                detail = f"{was} -> {now}"
                breaking = str(status)[0] == "2"
                self.add(group, "response changed", f"{op_id} {status}", breaking, detail)

    # schemas

    def schemas(self) -> None:
        old, new = components(self.old), components(self.new)
        for name in sorted(old.keys() - new.keys()):
            cls = self.surfaces[0].classes.get(name)
            client = f"models.{cls} removed" if cls else ""
            self.add(self.usage.group.get(name, SHARED), "schema removed", name, True, "", client)
        for name in sorted(new.keys() - old.keys()):
            cls = self.surfaces[1].classes.get(name)
            client = f"models.{cls} added" if cls else ""
            self.add(self.usage.group.get(name, SHARED), "schema added", name, False, "", client)
        for name in sorted(old.keys() & new.keys()):
            ways = self.usage.ways.get(name) or {REQUEST, RESPONSE}
            group = self.usage.group.get(name, SHARED)
            self.compare(group, name, old[name], new[name], ways, "schema")
            self.fields(group, name, old[name], new[name], ways)

    def fields(self, group: str, schema: str, old: Any, new: Any, ways: set[str]) -> None:
        before, after = fields(old), fields(new)
        side = " and ".join(sorted(ways))
        for name in sorted(before.keys() - after.keys()):
            client = client_change(self.attr(0, schema, name), None)
            self.add(group, "field removed", f"{schema}.{name}", True, side, client)
        for name in sorted(after.keys() - before.keys()):
            required = after[name][1]
            detail = f"{'required' if required else 'optional'}, {side}"
            client = client_change(None, self.attr(1, schema, name))
            breaking = required and REQUEST in ways
            self.add(group, "field added", f"{schema}.{name}", breaking, detail, client)
        for name in sorted(before.keys() & after.keys()):
            (old_node, was), (new_node, now) = before[name], after[name]
            subject = f"{schema}.{name}"
            client = client_change(self.attr(0, schema, name), self.attr(1, schema, name))
            if was != now:
                kind = "field required" if now else "field optional"
                detail = f"{'optional -> required' if now else 'required -> optional'}, {side}"
                breaking = REQUEST in ways if now else RESPONSE in ways
                self.add(group, kind, subject, breaking, detail, client)
                client = ""  # said once
            enum = (schema, name)
            self.compare(group, subject, old_node, new_node, ways, "field", client, enum=enum)

    def compare(
        self,
        group: str,
        subject: str,
        old: Any,
        new: Any,
        ways: set[str],
        what: str,
        client: str = "",
        where: tuple[str, ...] = (),
        enum: tuple[str, str] | None = None,
    ) -> None:
        """Type and format, nullability and enum choices of one schema node."""
        side = " and ".join(sorted(ways))
        was, now = shape(self.old, old), shape(self.new, new)
        if was != now:
            detail = f"{was} -> {now}, {side}"
            self.add(group, f"{what} type changed", subject, True, detail, client, where)
            return
        if nullable(self.old, old) != nullable(self.new, new):
            now_null = nullable(self.new, new)
            kind = f"{what} nullable" if now_null else f"{what} not nullable"
            detail = f"{'null now allowed' if now_null else 'null no longer allowed'}, {side}"
            breaking = RESPONSE in ways if now_null else REQUEST in ways
            self.add(group, kind, subject, breaking, detail, client, where)
        was_choices, now_choices = choices(old), choices(new)
        if was_choices is None and now_choices is None:
            return
        if was_choices is None or now_choices is None:
            detail = f"{'now an enum' if was_choices is None else 'no longer an enum'}, {side}"
            self.add(group, f"{what} type changed", subject, True, detail, client, where)
            return
        changed = [(0, "removed", REQUEST, c) for c in was_choices if c not in now_choices]
        changed += [(1, "added", RESPONSE, c) for c in now_choices if c not in was_choices]
        for side_of, verb, breaks_in, value in changed:
            member = self.member(side_of, enum, value)
            client = f"{member} {verb}" if member else ""
            kind, choice = f"enum choice {verb}", f"{subject} = {value!r}"
            self.add(group, kind, choice, breaks_in in ways, side, client, where)


def token(op: dict[str, Any]) -> str:
    security = op.get("security")
    return "none" if security == [] else "optional" if security == TOKEN_OPTIONAL else "required"


def params(spec: dict[str, Any], op: Op) -> dict[tuple[str, str], dict[str, Any]]:
    """The operation's parameters by (name, in)."""
    out = {}
    for node in op.node.get("parameters") or []:
        param = deref(spec, node)
        if isinstance(param, dict) and "name" in param:
            out[(str(param["name"]), str(param.get("in", "?")))] = param
    return out


def label(key: tuple[str, str]) -> str:
    return f"{key[1]} {key[0]}"  # "query limit"


def collapse(changes: list[Change]) -> list[Change]:
    """A parameter change made in many operations (a shared component) is one change."""
    merged: dict[tuple[Any, ...], Change] = {}
    order: list[tuple[Any, ...] | Change] = []
    for c in changes:
        if not c.where:
            order.append(c)
            continue
        key = (c.kind, c.subject, c.breaking, c.detail)
        if key not in merged:
            merged[key] = c
            order.append(key)
            continue
        prev = merged[key]
        group = prev.group if prev.group == c.group else SHARED
        client = prev.client if prev.client == c.client else generic(prev.client)
        merged[key] = replace(prev, group=group, client=client, where=prev.where + c.where)
    return [merged[item] if isinstance(item, tuple) else item for item in order]


def generic(client: str) -> str:
    """`api.stem.session_list(limit=) removed` said of many modules: `api.*(limit=) removed`."""
    return (
        f"api.*{client[client.index('(') :]}"
        if client.startswith("api.") and "(" in client
        else client
    )


def compare(
    old: dict[str, Any], new: dict[str, Any], surfaces: tuple[Surface, Surface] | None = None
) -> list[Change]:
    """Every change from `old` to `new`, grouped by model (shared ones last), breaking first.
    With the `surfaces` of both (`Surface.of`), each change says what it does to the client."""
    changes = collapse(Diff(old, new, surfaces).run())
    return sorted(changes, key=lambda c: (c.group == SHARED, c.group, not c.breaking))
