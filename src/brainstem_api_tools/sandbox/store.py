"""In-memory records of every model, with relation indexes and a hidden public flag.

Records are stored as plain JSON-ready dicts in insertion order. A read-only relation that is
the other side of a writable one (`project.sessions` <- `session.projects`) is not stored: it
is computed from an index, so it stays right after every write. Deleting a record removes it
from list relations that point to it, empties nullable single relations and deletes the
records whose required single relation pointed to it (cascade).
"""

from __future__ import annotations

import pickle
import random
import threading
import uuid
from collections.abc import Iterator
from typing import Any

from .spec import Field, Model, Spec

Record = dict[str, Any]
RecordId = str | int


def model_random(seed: int, model: str, purpose: str) -> random.Random:
    """A random stream of one model's own, so that adding a model to the spec changes no
    other model's ids or values (str seeds hash stably, with sha512)."""
    return random.Random(f"{seed}|{model}|{purpose}")


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Store:
    """Records per model; safe to use from several threads."""

    def __init__(self, spec: Spec, seed: int = 0) -> None:
        self.spec = spec
        self.lock = threading.RLock()
        self._seed = seed
        self._rngs: dict[str, random.Random] = {}
        self._records: dict[str, dict[RecordId, Record]] = {name: {} for name in spec.models}
        self._public: dict[str, set[RecordId]] = {name: set() for name in spec.models}
        self._next_int: dict[str, int] = {name: 1 for name in spec.models}
        # (source model, source field) -> target id -> ordered source ids
        self._index: dict[tuple[str, str], dict[RecordId, dict[RecordId, None]]] = {}
        self._indexed: dict[str, list[tuple[str, dict[RecordId, dict[RecordId, None]]]]] = {}
        # (model, read-only field) -> (source model, source field)
        self.computed: dict[tuple[str, str], tuple[str, str]] = {}
        for model in spec.models.values():
            for f in model.relations.values():
                if f.related in spec.models and not self._is_reverse(model, f):
                    index: dict[RecordId, dict[RecordId, None]] = {}
                    self._index[(model.name, f.name)] = index
                    self._indexed.setdefault(model.name, []).append((f.name, index))
            for f in model.relations.values():
                reverse = spec.reverse_of(model, f)
                if reverse is not None:
                    self.computed[(model.name, f.name)] = reverse

    def _is_reverse(self, model: Model, f: Field) -> bool:
        return self.spec.reverse_of(model, f) is not None

    # -- ids --------------------------------------------------------------------------------

    def new_id(self, model: Model) -> RecordId:
        with self.lock:
            if model.id_type == "integer":
                value = self._next_int[model.name]
                self._next_int[model.name] = value + 1
                return value
            rng = self._rngs.get(model.name)
            if rng is None:
                rng = self._rngs[model.name] = model_random(self._seed, model.name, "created")
            return random_uuid(rng)

    def parse_id(self, model: Model, raw: str) -> RecordId | None:
        """The stored form of an id taken from a URL, or None when malformed."""
        if model.id_type == "integer":
            return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 19 else None
        if len(raw) != 36:
            return None
        try:
            return str(uuid.UUID(raw))
        except ValueError:
            return None

    # -- reading ----------------------------------------------------------------------------

    def all(self, model: str, public_only: bool = False) -> list[Record]:
        with self.lock:
            records = self._records[model]
            if not public_only:
                return list(records.values())
            public = self._public[model]
            return [r for rid, r in records.items() if rid in public]

    def get(self, model: str, rid: Any) -> Record | None:
        with self.lock:
            try:
                return self._records[model].get(rid)
            except TypeError:  # unhashable id from a bad payload
                return None

    def exists(self, model: str, rid: Any) -> bool:
        return self.get(model, rid) is not None

    def is_public(self, model: str, rid: RecordId) -> bool:
        with self.lock:
            return rid in self._public[model]

    def count(self, model: str) -> int:
        with self.lock:
            return len(self._records[model])

    def value(self, model: str, record: Record, name: str) -> Any:
        """A field of a record, computing read-only reverse relations."""
        source = self.computed.get((model, name))
        if source is None:
            return record.get(name)
        with self.lock:
            return list(self._index[source].get(record["id"], {}))

    def has_value(self, model: str, record: Record, name: str) -> bool:
        return name in record or (model, name) in self.computed

    def referrers(self, model: str) -> Iterator[tuple[str, str]]:
        """(source model, field) pairs of the stored relations that point to `model`."""
        for (src_model, src_field), _ in self._index.items():
            f = self.spec.models[src_model].fields[src_field]
            if f.related == model:
                yield src_model, src_field

    # -- writing ----------------------------------------------------------------------------

    def insert(self, model: str, record: Record, public: bool = False) -> Record:
        with self.lock:
            rid = record["id"]
            if isinstance(rid, int):
                self._next_int[model] = max(self._next_int[model], rid + 1)
            for name in list(record):
                if (model, name) in self.computed:
                    del record[name]  # computed, never stored
            self._records[model][rid] = record
            if public:
                self._public[model].add(rid)
            self._index_record(model, record, add=True)
            return record

    def update(self, model: str, rid: RecordId, changes: Record) -> Record:
        with self.lock:
            record = self._records[model][rid]
            self._index_record(model, record, add=False)
            for name, value in changes.items():
                if (model, name) not in self.computed:
                    record[name] = value
            self._index_record(model, record, add=True)
            return record

    def set_public(self, model: str, rid: RecordId, public: bool) -> None:
        with self.lock:
            if public:
                self._public[model].add(rid)
            else:
                self._public[model].discard(rid)

    def delete(self, model: str, rid: RecordId) -> None:
        with self.lock:
            record = self._records[model].pop(rid, None)
            if record is None:
                return
            self._public[model].discard(rid)
            self._index_record(model, record, add=False)
            for src_model, src_field in list(self.referrers(model)):
                sources = list(self._index[(src_model, src_field)].get(rid, {}))
                f = self.spec.models[src_model].fields[src_field]
                for sid in sources:
                    src = self._records[src_model].get(sid)
                    if src is None:
                        continue
                    if f.many:
                        kept = [v for v in src.get(src_field) or [] if v != rid]
                        self.update(src_model, sid, {src_field: kept})
                    elif f.kind.nullable:
                        self.update(src_model, sid, {src_field: None})
                    else:
                        self.delete(src_model, sid)

    def snapshot(self) -> bytes:
        """The records, their public flags and indexes, to `restore` later."""
        with self.lock:
            state = (self._records, self._public, self._next_int, self._index)
            return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    def restore(self, snapshot: bytes) -> None:
        """Back to a `snapshot` (a copy of it: later writes leave the snapshot as it is)."""
        records, public, next_int, index = pickle.loads(snapshot)
        with self.lock:
            # in place: the relation indexes are shared with `_indexed`
            for mine, saved in ((self._records, records), (self._public, public)):
                for name in mine:
                    mine[name].clear()
                    mine[name].update(saved[name])
            self._next_int.update(next_int)
            for key, entries in self._index.items():
                entries.clear()
                entries.update(index[key])

    def clear(self) -> None:
        with self.lock:
            for name in self._records:
                self._records[name].clear()
                self._public[name].clear()
                self._next_int[name] = 1
            for index in self._index.values():
                index.clear()

    def _index_record(self, model: str, record: Record, add: bool) -> None:
        rid = record["id"]
        for src_field, index in self._indexed.get(model, ()):
            value = record.get(src_field)
            targets = value if isinstance(value, list) else [value]
            for target in targets:
                if target is None or isinstance(target, dict | list):
                    continue
                if add:
                    index.setdefault(target, {})[rid] = None
                else:
                    sources = index.get(target)
                    if sources is not None:
                        sources.pop(rid, None)
