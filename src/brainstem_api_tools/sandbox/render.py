"""Records as the API returns them: schema fields in schema order, computed relations filled in,
included relations replaced by the related records (rendered the same way). On the public
portal, list relations keep only the ids of public records, and an included relation that is
not public stays an id. The hidden public flag lives in the store, so it is never part of a
response."""

from __future__ import annotations

from typing import Any

from .query import IncludeTree
from .spec import Field, Model, Spec
from .store import Record, Store


class Renderer:
    def __init__(self, spec: Spec, store: Store) -> None:
        self.spec = spec
        self.store = store
        self._layouts: dict[str, list[tuple[str, bool]]] = {}

    def record(
        self, model: Model, record: Record, portal: str, include: IncludeTree | None = None
    ) -> dict[str, Any]:
        store = self.store
        out: dict[str, Any] = {}
        for name, computed in self._layout(model):
            if computed:
                out[name] = store.value(model.name, record, name)
            elif name in record:
                out[name] = record[name]
        if portal != "public" and not include:
            return out  # the common case: nothing to hide or embed
        models = self.spec.models
        for name, value in out.items():
            f = model.fields[name]
            if portal == "public" and f.many and f.related in models:
                value = self._visible(f.related or "", value)
            if include and name in include and f.related in models:
                value = self._embed(f, value, portal, include[name])
            out[name] = value
        return out

    def _layout(self, model: Model) -> list[tuple[str, bool]]:
        """The model's fields in schema order, and whether each is computed by the store."""
        layout = self._layouts.get(model.name)
        if layout is None:
            computed = self.store.computed
            layout = [(name, (model.name, name) in computed) for name in model.fields]
            self._layouts[model.name] = layout
        return layout

    def _visible(self, model: str, ids: Any) -> Any:
        """On the public portal a list relation names only public records."""
        if not isinstance(ids, list):
            return ids
        return [i for i in ids if isinstance(i, dict | list) or self.store.is_public(model, i)]

    def _embed(self, f: Field, value: Any, portal: str, include: IncludeTree) -> Any:
        related = self.spec.models[f.related or ""]
        if isinstance(value, list):
            return [self._one(related, v, portal, include) for v in value]
        return self._one(related, value, portal, include)

    def _one(self, model: Model, rid: Any, portal: str, include: IncludeTree) -> Any:
        if rid is None or isinstance(rid, dict | list):
            return rid
        record = self.store.get(model.name, rid)
        if record is None or (portal == "public" and not self.store.is_public(model.name, rid)):
            return rid  # not visible here: the id stays
        return self.record(model, record, portal, include)
