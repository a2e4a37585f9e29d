"""Types of the model table that `make generate` derives from openapi.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Operation:
    """One documented operation on a model: HTTP method, portals and generated module."""

    method: str
    portals: tuple[str, ...]
    operation_id: str
    tag: str
    body: bool = False

    @property
    def module(self) -> str:
        """Dotted name of the generated endpoint module."""
        return f"brainstem_api_client.api.{self.tag}.{self.operation_id}"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the spec says about one model (its URL segment is `name`)."""

    name: str
    app: str
    list_key: str | None
    detail_key: str | None
    operations: dict[str, Operation]
    actions: dict[str, Operation] = field(default_factory=dict)
    fields: tuple[str, ...] = ()
    read_only: tuple[str, ...] = ()
    relations: dict[str, str] = field(default_factory=dict)  # field -> related model
    to_many: tuple[str, ...] = ()  # the relations that hold a list of ids
    unique: tuple[str, ...] = ()  # fields whose value no two records share (x-unique)
    # field -> what it holds: string, uuid, date-time, date, integer, number, boolean, array,
    # object, related (one related record) or any; list relations are arrays named in relations
    types: dict[str, str] = field(default_factory=dict)
    id_type: str = "uuid"

    @property
    def portals(self) -> tuple[str, ...]:
        """Portals on which any operation of the model is served."""
        seen: dict[str, None] = {}
        for op in (*self.operations.values(), *self.actions.values()):
            seen.update(dict.fromkeys(op.portals))
        return tuple(sorted(seen))
