"""Records as flat rows, included related records as dotted columns (`projects.name`).

The rows of `to_dataframe()` and of `brainstem load --format csv --flatten`. The columns come
from the spec, in its field order, so they are the same whatever the records hold, and there
are columns even when there are no records:

- a field is a column of its name, holding the field's value; a list field holds its list, an
  object field (extra_fields) its dict;
- an included relation is replaced by a column for each field of the related model, in that
  model's field order (`setup.id`, `setup.name`, ...); relations included within it nest the
  same way (`behaviors.setup.name`);
- under a list relation (`projects`), each of those columns holds a list with one value per
  related record, in the relation's order: `projects.name` is `["Visual cortex", "Motor"]`.
  The lists of one row have the same length, so `projects.id[i]` and `projects.name[i]` belong
  to one project; a list field under a list relation is a list of lists;
- a related record that stayed an id although its relation was included (the public portal
  leaves records that are not public as ids) fills the `.id` column, and None the others;
- a field the spec does not know comes after the spec's columns, in order of first appearance.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from brainstem_api_tools.models import MODELS, ModelInfo
from brainstem_api_tools.query import name_list

__all__ = ["Column", "IncludeTree", "Layout", "include_tree"]

IncludeTree = dict[str, "IncludeTree"]
"""Included relations by name, each with the relations included within it."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the flat rows."""

    name: str  # dotted path: `date_time`, `projects.name`
    type: str  # what each value is, in the words of `ModelInfo.types` ("any" when unknown)
    many: bool = False  # under a list relation: a list of such values


def include_tree(include: str | Iterable[str] | IncludeTree | None) -> IncludeTree:
    """The tree of `include=` names as the API reads them: `"projects"`, `"projects.*"`,
    `"behaviors.setup"` (setup within behaviors); several in a list or separated by commas.
    A tree is copied."""
    if isinstance(include, dict):
        return copy.deepcopy(include)
    tree: IncludeTree = {}
    for raw in name_list(include, "include") or ():
        node = tree
        for part in str(raw).strip().removesuffix(".*").split("."):
            if part and part != "*":
                node = node.setdefault(part, {})
    return tree


class Layout:
    """The columns of a model's records with some relations included, and their flat rows."""

    def __init__(self, model: ModelInfo, include: str | Iterable[str] | IncludeTree | None = None):
        self.model = model
        self.tree = include_tree(include)
        self.columns = list(_plan(model, self.tree, "", many=False))
        self.names = [column.name for column in self.columns]
        # the planned columns under each included relation (by its path, "projects."),
        # relative to it: a list relation holds them all, even with no related record
        self._under: dict[str, list[str]] = {}
        for name in self.names:
            parts = name.split(".")
            for depth in range(1, len(parts)):
                prefix = ".".join(parts[:depth]) + "."
                self._under.setdefault(prefix, []).append(".".join(parts[depth:]))

    @classmethod
    def of(
        cls,
        model: ModelInfo,
        records: Iterable[Any],
        include: str | Iterable[str] | IncludeTree | None = None,
    ) -> Layout:
        """The layout of these records: the relations `include` names, and any relation a
        record holds included records in."""
        tree = include_tree(include)
        for record in records:
            if isinstance(record, Mapping):
                _observe(record, model, tree)
        return cls(model, tree)

    def select(self, fields: Iterable[str]) -> list[str]:
        """The columns of a field selection: an included relation stands for all its columns
        (`projects` -> `projects.id`, `projects.name`, ...), any other name for itself."""
        return [
            name
            for field in fields
            for name in (
                [field]
                if field in self.names
                else [n for n in self.names if n.startswith(f"{field}.")] or [field]
            )
        ]

    def row(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """The record as {column name: value}; a column missing from it means None."""
        return self._flat(record, self.model, self.tree, "")

    def _flat(
        self, record: Mapping[str, Any], model: ModelInfo, tree: IncludeTree, path: str
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in record.items():
            sub = tree.get(name)
            target = MODELS.get(model.relations.get(name, ""))
            if sub is None or target is None:
                out[name] = value
                continue
            where = f"{path}{name}."
            if isinstance(value, list):
                parts = [self._item(item, target, sub, where) for item in value]
                names = dict.fromkeys(self._under.get(where, ()))
                for part in parts:
                    names.update(dict.fromkeys(part))
                for rel in names:
                    out[f"{name}.{rel}"] = [part.get(rel) for part in parts]
            else:
                for rel, item in self._item(value, target, sub, where).items():
                    out[f"{name}.{rel}"] = item
        return out

    def _item(self, value: Any, model: ModelInfo, tree: IncludeTree, path: str) -> dict[str, Any]:
        if isinstance(value, Mapping):
            return self._flat(value, model, tree, path)
        return {} if value is None else {"id": value}


def _plan(model: ModelInfo, tree: IncludeTree, prefix: str, *, many: bool) -> Iterable[Column]:
    for name in model.fields:
        kind = model.types.get(name, "any")
        target = MODELS.get(model.relations.get(name, ""))
        if target is not None and name in tree:
            yield from _plan(target, tree[name], f"{prefix}{name}.", many=many or kind == "array")
            continue
        if kind == "related":  # the id of one related record
            kind = "any" if target is None else target.types.get("id", target.id_type)
        yield Column(prefix + name, kind, many)


def _observe(record: Mapping[str, Any], model: ModelInfo, tree: IncludeTree) -> None:
    """Add to `tree` the relations that hold included (dict) records in `record`."""
    for name, related in model.relations.items():
        value = record.get(name)
        target = MODELS.get(related)
        if target is None or value is None:
            continue
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, Mapping):
                _observe(item, target, tree.setdefault(name, {}))
