"""Creating, changing and deleting records, as the reference describes writes.

Request bodies are checked against the operation's request schema (`<Name>Request` for POST,
`Patched<Name>Request` for PATCH): required fields, types, enums, lengths and formats, then
related ids (each must name an existing record) and unique names. Fields that are not in the
request schema (read-only ones such as `id`, or unknown names) are ignored, as DRF does.
Models whose writes the spec answers with another envelope (species -> species_approval) get
a pending approval instead of a change. A PATCH of a member object (`users`, `groups`) whose
request schema offers `remove` merges into the members instead of replacing them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .spec import Field, Model, Operation, Spec
from .store import Record, RecordId, Store
from .validate import Cleaner, Errors, Invalid, format_date_time


class ApiError(Exception):
    """An answer other than success: status and JSON body."""

    def __init__(self, status: int, payload: dict[str, Any] | list[str]) -> None:
        super().__init__(status, payload)
        self.status = status
        self.payload = payload

    @classmethod
    def detail(cls, status: int, message: str) -> ApiError:
        return cls(status, {"detail": message})


@dataclass(frozen=True)
class Account:
    """The user a token belongs to."""

    id: int
    email: str


class Writer:
    def __init__(self, spec: Spec, store: Store, cleaner: Cleaner) -> None:
        self.spec = spec
        self.store = store
        self.cleaner = cleaner
        self.approval_bases = spec.approval_bases()

    # -- validation ---------------------------------------------------------------------------

    def clean(self, model: Model, op: Operation, data: Any, *, partial: bool) -> Record:
        schema = op.request_schema or {"type": "object"}
        try:
            cleaned = self.cleaner.clean_object(schema, data, partial=partial)
        except Invalid as exc:
            raise ApiError(400, dict(exc.messages)) from None
        return cleaned

    def check_relations(self, model: Model, values: Record) -> None:
        errors: Errors = {}
        for name, value in values.items():
            f = model.fields.get(name)
            if f is None or not f.related or f.related not in self.spec.models:
                continue
            for rid in value if isinstance(value, list) else [value]:
                if rid is not None and not self.store.exists(f.related, rid):
                    errors.setdefault(name, []).append(
                        f'Invalid pk "{rid}" - object does not exist.'
                    )
        if errors:
            raise ApiError(400, dict(errors))

    def check_unique(self, model: Model, values: Record, exclude: RecordId | None = None) -> None:
        errors: Errors = {}
        for name, value in values.items():
            f = model.fields.get(name)
            if f is None or not f.unique or value is None:
                continue
            for other in self.store.all(model.name):
                if other.get(name) == value and other["id"] != exclude:
                    errors.setdefault(name, []).append(
                        f"{model.name} with this {name} already exists."
                    )
                    break
        if errors:
            raise ApiError(400, dict(errors))

    # -- building records ---------------------------------------------------------------------

    def build(self, model: Model, values: Record, user: Account) -> Record:
        """A new record of `model` from cleaned values, other fields at their defaults."""
        record: Record = {"id": self.store.new_id(model)}
        for name, f in model.fields.items():
            if name == "id" or (model.name, name) in self.store.computed:
                continue
            if name in values:
                record[name] = values[name]
                continue
            default = self.default(model, f, user)
            if default is not _OMIT:
                record[name] = default
        return record

    def default(self, model: Model, f: Field, user: Account) -> Any:
        kind = f.kind
        value: Any
        if f.related == "user" and not f.many:
            value = None if kind.nullable else user.id
        elif f.name == "users" and kind.type == "object" and not f.related:
            value = self._owner_entry(f, user)
        elif kind.type == "array":
            value = []
        elif kind.nullable:
            value = None
        elif kind.type == "object":
            value = {}
        elif kind.format == "date-time":
            value = format_date_time(dt.datetime.now(dt.UTC).replace(microsecond=0))
        elif kind.format == "date":
            value = dt.date.today().isoformat()
        elif kind.enum:
            value = kind.enum[0]
        elif kind.type == "string" and kind.format is None:
            value = ""
        elif kind.type == "boolean":
            value = False
        elif kind.type in ("integer", "number"):
            value = 0
        else:
            return _OMIT
        schema = f.schema if not f.related else None
        if schema is not None:
            try:
                self.cleaner.clean(schema, value)
            except Invalid:
                return _OMIT
        return value

    def _owner_entry(self, f: Field, user: Account) -> dict[str, Any]:
        """The creator as the only member, with every permission (group/project creation)."""
        value_schema = self.spec.deref(self.spec.deref(f.schema).get("additionalProperties", {}))
        perms = [p for p in (value_schema.get("properties") or {}) if p != "remove"]
        return {user.email: {p: True for p in perms}}

    def _merge(self, model: Model, op: Operation, record: Record, values: Record) -> Record:
        """Member objects with a `remove` flag are merged into; other values replace."""
        request = self.spec.deref(op.request_schema or {})
        props = request.get("properties") or {}
        out = dict(values)
        for name, value in values.items():
            f = model.fields.get(name)
            if f is None or not isinstance(value, dict):
                continue
            item = self.spec.deref(self.spec.deref(props.get(name, {})).get("additionalProperties"))
            if "remove" not in (item.get("properties") or {}):
                continue
            stored = self.spec.deref(self.spec.deref(f.schema).get("additionalProperties"))
            perms = [p for p in (stored.get("properties") or {}) if p != "remove"]
            members = dict(record.get(name) or {})
            for key, change in value.items():
                if not isinstance(change, dict):
                    continue
                if change.get("remove"):
                    members.pop(key, None)
                else:
                    members[key] = {p: bool(change.get(p, False)) for p in perms}
            out[name] = members
        return out

    def _touch(self, model: Model, values: Record) -> None:
        now = format_date_time(dt.datetime.now(dt.UTC).replace(microsecond=0))
        for name, f in model.fields.items():
            if f.read_only and f.kind.format == "date-time" and "updated" in name:
                values[name] = now

    # -- operations ---------------------------------------------------------------------------

    def check_complete(self, model: Model, values: Record, user: Account) -> None:
        """A field every record has (per the record schema) that has no default must be given,
        even where the request schema does not mark it required."""
        errors: Errors = {}
        for name in model.required:
            f = model.fields.get(name)
            if (
                f is None
                or name in values
                or f.read_only
                or (model.name, name) in self.store.computed
            ):
                continue
            if self.default(model, f, user) is _OMIT:
                errors[name] = ["This field is required."]
        if errors:
            raise ApiError(400, dict(errors))

    def create(self, model: Model, op: Operation, data: Any, user: Account) -> tuple[Model, Record]:
        values = self.clean(model, op, data, partial=False)
        self.check_relations(model, values)
        self.check_unique(model, values)
        target = self._approval_target(model, op)
        self.check_complete(target or model, values, user)
        if target is not None:
            return target, self._propose(target, values, None, user)
        record = self.build(model, values, user)
        public = bool(values.get("is_public")) if "is_public" in model.fields else False
        self.store.insert(model.name, record, public=public)
        return model, record

    def update(
        self, model: Model, op: Operation, rid: RecordId, data: Any, user: Account
    ) -> tuple[Model, Record]:
        record = self.store.get(model.name, rid)
        if record is None:
            raise ApiError.detail(404, "Not found.")
        values = self.clean(model, op, data, partial=True)
        self.check_relations(model, values)
        self.check_unique(model, values, exclude=rid)
        values = self._merge(model, op, record, values)
        target = self._approval_target(model, op)
        if target is not None:
            return target, self._propose(target, values, record, user)
        self._touch(model, values)
        record = self.store.update(model.name, rid, values)
        if "is_public" in values and isinstance(values["is_public"], bool):
            self.store.set_public(model.name, rid, values["is_public"])
        return model, record

    def delete(self, model: Model, rid: RecordId) -> None:
        if self.store.get(model.name, rid) is None:
            raise ApiError.detail(404, "Not found.")
        self.store.delete(model.name, rid)

    # -- approvals ----------------------------------------------------------------------------

    def _approval_target(self, model: Model, op: Operation) -> Model | None:
        name = op.response_model
        if name and name != model.name and self.approval_bases.get(name) == model.name:
            return self.spec.models[name]
        return None

    def _propose(
        self, approval: Model, values: Record, original: Record | None, user: Account
    ) -> Record:
        merged: Record = {}
        if original is not None:
            merged.update({k: v for k, v in original.items() if k != "id"})
        merged.update(values)
        record: Record = {"id": self.store.new_id(approval)}
        for name, f in approval.fields.items():
            if name == "id":
                continue
            if name == "instance_id":
                record[name] = original["id"] if original is not None else None
            elif name == "action":
                record[name] = choice(f, "Change" if original is not None else "Add")
            elif name == "status":
                record[name] = choice(f, "Pending")
            elif name == "reviewer":
                record[name] = None
            elif name in merged:
                record[name] = merged[name]
            else:
                default = self.default(approval, f, user)
                if default is not _OMIT:
                    record[name] = default
        self.store.insert(approval.name, record)
        return record


class _Omit:
    """No default: the field is left out of a new record."""


_OMIT = _Omit()
NO_DEFAULT: Any = _OMIT


def choice(f: Field, wanted: str) -> str:
    """`wanted`, or the enum value of `f` that starts like it."""
    enum = [c for c in f.kind.enum or () if isinstance(c, str)]
    for c in enum:
        if c.lower().startswith(wanted.lower()[:5]):
            return c
    return enum[0] if enum else wanted
