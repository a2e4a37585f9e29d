"""Custom actions at /api/{portal}/<app>/<model>/{id}/<action>/, by action name.

* approvals (`<model>approval`): `accept` applies the pending addition or change to the base
  model and marks the approval Accepted; `reject` marks it Rejected. A reviewed approval cannot
  be reviewed again.
* invitations and membership requests: `accept` grants the membership (the invitee or
  requester becomes a member of the project or group, with the permissions the invitation
  carries), `reject` and `cancel` drop it; each answers with the record and deletes it.
* groups: `join` files a membership request for the caller, `leave` removes the caller.
* logs: `add_entry`, `change_entry` and `remove_entry` edit `entries`, each entry found by its
  `date_time` (or `start_date_time` for interval entries); entries are kept newest first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .spec import Field, Model, Operation
from .store import Record, RecordId
from .writes import Account, ApiError, Writer, choice


class Actions:
    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.spec = writer.spec
        self.store = writer.store

    def run(
        self, model: Model, op: Operation, rid: RecordId, body: Any, user: Account
    ) -> tuple[Model, Record]:
        record = self.store.get(model.name, rid)
        if record is None:
            raise ApiError.detail(404, "Not found.")
        verb = op.verb
        if model.name in self.writer.approval_bases and verb in ("accept", "reject"):
            return model, self._review(model, record, verb == "accept", user)
        if verb in ("accept", "reject", "cancel"):
            return model, self._invitation(model, record, verb == "accept")
        if verb == "join":
            return model, self._join(model, record, user)
        if verb == "leave":
            return model, self._leave(model, record, user)
        if verb in ("add_entry", "change_entry", "remove_entry"):
            return model, self._entry(model, op, record, verb, body)
        return model, record

    # -- approvals ----------------------------------------------------------------------------

    def _review(self, model: Model, record: Record, accept: bool, user: Account) -> Record:
        status = str(record.get("status") or "Pending")
        if not status.lower().startswith("pend"):
            raise ApiError.detail(400, f"This approval was already reviewed ({status}).")
        base = self.spec.models[self.writer.approval_bases[model.name]]
        changes: Record = {}
        if accept:
            values = {
                k: v
                for k, v in record.items()
                if k in base.fields
                and k != "id"
                and not base.fields[k].read_only
                and (base.name, k) not in self.store.computed
            }
            action = str(record.get("action") or "Add").lower()
            target = record.get("instance_id")
            if action.startswith(("change", "update", "edit", "modif")):
                if target is None or self.store.get(base.name, target) is None:
                    raise ApiError.detail(400, f"The {base.name} this approval changes is gone.")
                self.writer.check_unique(base, values, exclude=target)
                self.store.update(base.name, target, values)
            elif action.startswith(("delete", "remov")):
                if target is not None:
                    self.store.delete(base.name, target)
            else:
                self.writer.check_unique(base, values)
                created = self.writer.build(base, values, user)
                self.store.insert(base.name, created)
                changes["instance_id"] = created["id"]
        if "status" in model.fields:
            changes["status"] = choice(model.fields["status"], "Accepted" if accept else "Rejected")
        if "reviewer" in model.fields:
            changes["reviewer"] = user.id
        return self.store.update(model.name, record["id"], changes)

    # -- invitations and membership requests --------------------------------------------------

    def _invitation(self, model: Model, record: Record, accept: bool) -> Record:
        answer = dict(record)
        if accept:
            self._grant(model, record)
        self.store.delete(model.name, record["id"])
        return answer

    def _grant(self, model: Model, record: Record) -> None:
        relations = [f for f in model.relations.values() if not f.many]
        containers = [
            f
            for f in relations
            if f.related in self.spec.models
            and {"users", "groups"} & set(self.spec.models[f.related].fields)
        ]
        containers.sort(key=lambda f: f.related in ("user", "group"))
        if not containers:
            return
        container_f = containers[0]
        members = [f for f in relations if f is not container_f and f.related in ("user", "group")]
        if not members:
            return
        member_f = members[0]
        container_model = self.spec.models[container_f.related or ""]
        field_name = "users" if member_f.related == "user" else "groups"
        target = container_model.fields.get(field_name)
        container = self.store.get(container_model.name, record.get(container_f.name))
        member = self.store.get(member_f.related or "", record.get(member_f.name))
        if target is None or container is None or member is None:
            return
        key = member.get("email") if member_f.related == "user" else member.get("name")
        if not isinstance(key, str):
            return
        grant = {p: self._permission(model, record, p) for p in _permissions(self, target)}
        value = dict(container.get(field_name) or {})
        value[key] = grant
        self.store.update(container_model.name, container["id"], {field_name: value})

    @staticmethod
    def _permission(model: Model, record: Record, permission: str) -> bool:
        flags = [f.name for f in model.fields.values() if f.kind.type == "boolean"]
        if permission in flags:
            return bool(record.get(permission))
        stem = permission.removeprefix("is_").removeprefix("can_")[:3]
        for name in flags:
            if stem in name:
                return bool(record.get(name))
        return False

    # -- groups ---------------------------------------------------------------------------------

    def _join(self, model: Model, record: Record, user: Account) -> Record:
        if user.email in (record.get("users") or {}):
            raise ApiError.detail(400, "You are already a member of this group.")
        for candidate in self.spec.models.values():
            if not candidate.name.endswith("request"):
                continue
            to_user = [f for f in candidate.relations.values() if f.related == "user"]
            to_group = [f for f in candidate.relations.values() if f.related == model.name]
            if not to_user or not to_group:
                continue
            for existing in self.store.all(candidate.name):
                if (
                    existing.get(to_user[0].name) == user.id
                    and existing.get(to_group[0].name) == record["id"]
                ):
                    raise ApiError.detail(400, "A request to join this group is already pending.")
            request = {"id": self.store.new_id(candidate)}
            request[to_user[0].name] = user.id
            request[to_group[0].name] = record["id"]
            self.store.insert(candidate.name, request)
            break
        return record

    def _leave(self, model: Model, record: Record, user: Account) -> Record:
        members = dict(record.get("users") or {})
        if user.email not in members:
            raise ApiError.detail(400, "You are not a member of this group.")
        del members[user.email]
        return self.store.update(model.name, record["id"], {"users": members})

    # -- log entries ------------------------------------------------------------------------------

    def _entry(self, model: Model, op: Operation, record: Record, verb: str, body: Any) -> Record:
        field_ = model.fields.get("entries") or next(
            (f for f in model.fields.values() if f.many and f.scalar.type == "object"), None
        )
        if field_ is None:
            raise ApiError.detail(400, f"{model.name} has no entries.")
        schema = op.request_schema or self.spec.deref(field_.schema).get("items", {})
        values = self.writer.clean(model, _with_schema(op, schema), body, partial=False)
        key = next((k for k in ("date_time", "start_date_time") if k in values), None)
        if key is None:
            raise ApiError(400, {"date_time": ["This field is required."]})
        entries = [dict(e) for e in record.get(field_.name) or [] if isinstance(e, dict)]
        index = next((i for i, e in enumerate(entries) if e.get(key) == values[key]), None)
        if verb == "add_entry":
            if index is not None:
                raise ApiError(400, {key: ["An entry with this date and time already exists."]})
            entries.append(values)
        elif index is None:
            raise ApiError(400, {key: ["No entry with this date and time."]})
        elif verb == "change_entry":
            entries[index].update({k: v for k, v in values.items() if k != key})
        else:
            del entries[index]
        entries.sort(key=lambda e: str(e.get("date_time") or e.get("start_date_time") or ""))
        entries.reverse()
        return self.store.update(model.name, record["id"], {field_.name: entries})


def _permissions(actions: Actions, target: Field) -> list[str]:
    spec = actions.spec
    value_schema = spec.deref(spec.deref(target.schema).get("additionalProperties", {}))
    return [p for p in (value_schema.get("properties") or {}) if p != "remove"]


def _with_schema(op: Operation, schema: Any) -> Operation:
    if op.request_schema is schema:
        return op
    return replace(op, request_schema=schema)
