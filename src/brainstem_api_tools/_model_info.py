"""Types of the model table that `make generate` derives from openapi.yaml.

Named tuples: immutable values, and a tenth of a dataclass's cost to define (the dataclass
decorator compiles each method it writes, on every start of every script).
"""

from __future__ import annotations

from typing import NamedTuple


class Operation(NamedTuple):
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


class ModelInfo(NamedTuple):
    """What the spec says about one model (its URL segment is `name`); the derived table
    gives every field."""

    name: str
    app: str
    list_key: str | None
    detail_key: str | None
    operations: dict[str, Operation]
    actions: dict[str, Operation]
    fields: tuple[str, ...]
    read_only: tuple[str, ...]
    relations: dict[str, str]  # field -> related model
    to_many: tuple[str, ...]  # the relations that hold a list of ids
    unique: tuple[str, ...]  # fields whose value no two records share (x-unique)
    # field -> what it holds: string, uuid, date-time, date, integer, number, boolean, array,
    # object, related (one related record) or any; list relations are arrays named in relations
    types: dict[str, str]
    id_type: str = "uuid"

    @property
    def portals(self) -> tuple[str, ...]:
        """Portals on which any operation of the model is served."""
        seen: dict[str, None] = {}
        for op in (*self.operations.values(), *self.actions.values()):
            seen.update(dict.fromkeys(op.portals))
        return tuple(sorted(seen))
