"""Records to serve instead of the demo data: a JSON fixture, or a project export.

A *fixture* is one JSON file, `{"<model or list key>": [records...]}`, of records to create:
`_public: true` marks a record public (as does `is_public: true`), a record without an id gets
one, and fields left out get the defaults a POST would give them.

An *export* is the directory `brainstem export project` (`client.export_project`) writes:
`manifest.json` and one `<model>.json` list per model, each record as the API served it. It is
served as it is: every record must have its id and every required field, and nothing that is
not a field of the spec; values are checked against the record schema but stored verbatim
(a date-time keeps its offset). The public portal shows what BrainSTEM would (`_Visibility`:
`is_public`, else a public project's content, and the shared vocabularies). Ids that
point outside the export (other projects, users, groups, epochs, records the exporter could
not read) are kept, as the server shows them; the read-only lists that the sandbox computes
from the other side (`project.sessions` from `session.projects`) name only exported records.

Anything that does not fit the spec is refused with the file, the record and the field, so
the sandbox never answers outside the spec.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .seed import SANDBOX_EMAIL, stored_schema
from .spec import Field, Model
from .store import Record, Store
from .validate import Cleaner, Invalid, canonical_uuid
from .writes import NO_DEFAULT, Account, Writer

__all__ = ["FORMAT", "FORMAT_VERSION", "MANIFEST", "load_data", "load_export", "load_fixture"]

MANIFEST = "manifest.json"
FORMAT = "brainstem-export"
FORMAT_VERSION = 1  # the newest export format this sandbox reads
CONTENT_APPS = ("stem", "modules")  # a project's own records, public when their project is


def load_data(store: Store, path: str | Path) -> str:
    """Load a fixture file or an export directory into `store`; says what was loaded."""
    if Path(path).is_dir():
        return load_export(store, path)
    load_fixture(store, path)
    return f"fixture {path}"


# -- fixtures ----------------------------------------------------------------------------------


def load_fixture(store: Store, path: str | Path) -> None:
    """Load records to create from a JSON fixture (see the module's docstring)."""
    data = _read_json(Path(path), f"fixture {path}")
    if not isinstance(data, dict):
        raise ValueError(f"fixture {path}: expected an object keyed by model name")
    spec = store.spec
    by_key = {m.list_key: m for m in spec.models.values()}
    loader = _Loader(store)
    store.clear()
    for key, rows in data.items():
        model = spec.models.get(key) or by_key.get(key)
        if model is None:
            raise ValueError(f"fixture {path}: unknown model {key!r}")
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError(f"fixture {path}: {key} must be a list of objects")
        for index, row in enumerate(rows):
            record = dict(row)
            public = bool(record.pop("_public", False))
            record = loader.fixture_record(model, record, f"fixture {path}: {key}[{index}]")
            if isinstance(record.get("is_public"), bool):
                public = public or record["is_public"]
            store.insert(model.name, record, public=public)


# -- exports -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Manifest:
    root: str
    server: str
    exported_at: str
    counts: dict[str, int]


def load_export(store: Store, directory: str | Path) -> str:
    """Serve the records of an export directory (see the module's docstring)."""
    folder = Path(directory)
    manifest = _read_manifest(store, folder)
    tables: list[tuple[Model, list[Record]]] = []
    for name, count in manifest.counts.items():
        model = store.spec.models[name]
        rows = _read_model_file(folder / f"{name}.json", count)
        tables.append((model, rows))
    loader = _Loader(store)
    store.clear()
    for model, rows in tables:
        where = folder / f"{model.name}.json"
        seen: set[Any] = set()
        for index, row in enumerate(rows):
            record = loader.served_record(model, row, f"{where}: record {index}")
            if record["id"] in seen:
                raise ValueError(f"{where}: record {index}: id {record['id']} appears twice")
            seen.add(record["id"])
            store.insert(model.name, record)
    _Visibility(store).apply()
    total = sum(manifest.counts.values())
    return (
        f"export {folder}: {manifest.root} from {manifest.server} at {manifest.exported_at}, "
        f"{total} records"
    )


def _read_manifest(store: Store, folder: Path) -> _Manifest:
    path = folder / MANIFEST
    if not path.is_file():
        raise ValueError(
            f"{folder} is not a project export: it has no {MANIFEST} (an export that failed "
            "part-way has none; export again)"
        )
    data = _read_json(path, str(path))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path}: not the manifest of a brainstem export (no format {FORMAT!r})")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError(f"{path}: format_version must be a whole number, not {version!r}")
    if version > FORMAT_VERSION:
        raise ValueError(
            f"{path}: export format {version} is newer than this sandbox reads "
            f"({FORMAT_VERSION}): upgrade brainstem_python_api_tools"
        )
    counts = data.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
    ):
        raise ValueError(f"{path}: counts must map model names to numbers of records")
    spec_version = data.get("spec_version")
    for name in counts:
        if name not in store.spec.models:
            raise ValueError(
                f"{path}: the export holds {name!r} records, a model this sandbox's spec does "
                f"not have (exported with API spec {spec_version}): upgrade "
                "brainstem_python_api_tools, or remove the model from the export"
            )
    expected = {f"{name}.json" for name in counts} | {MANIFEST}
    for extra in sorted(p.name for p in folder.glob("*.json") if p.name not in expected):
        raise ValueError(
            f"{folder / extra}: not part of the export (the manifest counts no {extra[:-5]!r} "
            "records): remove it, or export again"
        )
    root = data.get("root")
    described = f"{root.get('model')} {root.get('id')}" if isinstance(root, dict) else "an export"
    return _Manifest(
        described, str(data.get("server", "?")), str(data.get("exported_at", "?")), counts
    )


def _read_model_file(path: Path, count: int) -> list[Record]:
    if not path.is_file():
        raise ValueError(f"{path} is missing: the manifest counts {count} records in it")
    rows = _read_json(path, str(path))
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError(f"{path}: expected a JSON list of records")
    if len(rows) != count:
        raise ValueError(
            f"{path} holds {len(rows)} records where the manifest counts {count}: the file was "
            "changed or cut short; export again"
        )
    return rows


def _read_json(path: Path, where: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {where}: {exc}") from exc


# -- records -----------------------------------------------------------------------------------


class _Loader:
    """Checks records against the record schemas of the store's spec."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.spec = store.spec
        self.cleaner = Cleaner(store.spec)
        self.writer = Writer(store.spec, store, self.cleaner)
        self.owner = Account(1, SANDBOX_EMAIL)

    def fixture_record(self, model: Model, record: Record, where: str) -> Record:
        """A record to create: an id if it has none, cleaned values, defaults filled in."""
        record["id"] = self._id(model, record.get("id"), where, new=True)
        for name, f in model.fields.items():
            if name == "id" or (model.name, name) in self.store.computed:
                continue
            if name in record:
                record[name] = self._clean(model, name, record[name], f"{where}.{name}")
                continue
            default = self.writer.default(model, f, self.owner)
            if default is NO_DEFAULT:
                if name in model.required:
                    raise ValueError(f"{where}: required field {name!r} is missing")
                continue
            record[name] = default
        return record

    def served_record(self, model: Model, row: Record, where: str) -> Record:
        """A record as the API served it: complete, every value fitting, kept verbatim."""
        where = f"{where} (id {row.get('id')})" if "id" in row else where
        for name in _unknown(model, row):
            raise ValueError(
                f"{where}: field {name!r} is not a field of {model.name} in this sandbox's "
                "spec (an export from a newer API?)"
            )
        for name in model.required:
            if name not in row:
                raise ValueError(f"{where}: required field {name!r} is missing")
        record = dict(row)
        record["id"] = self._id(model, row.get("id"), where, new=False)
        for name, value in row.items():
            if name != "id":
                self._clean(model, name, value, f"{where}: field {name!r}")
        return record

    def _id(self, model: Model, rid: Any, where: str, *, new: bool) -> Any:
        if rid is None:
            if new:
                return self.store.new_id(model)
            raise ValueError(f"{where}: the record has no id")
        if model.id_type == "uuid":
            canonical = canonical_uuid(str(rid))
            if canonical is None:
                raise ValueError(f"{where}: id {rid!r} is not a UUID")
            return canonical
        if not isinstance(rid, int) or isinstance(rid, bool):
            raise ValueError(f"{where}: id {rid!r} is not an integer")
        return rid

    def _clean(self, model: Model, name: str, value: Any, where: str) -> Any:
        try:
            return self.cleaner.clean(stored_schema(self.spec, model.fields[name]), value)
        except Invalid as exc:
            problem = "; ".join(m for texts in exc.messages.values() for m in texts)
            raise ValueError(f"{where}: {problem}") from None


class _Visibility:
    """Which served records the public portal shows, as BrainSTEM decides it: a record with
    `is_public` when it is true; the content of a project (sessions, subjects, their behaviors,
    procedures, logs...) when a record it belongs to is public, up to its projects; taxonomy,
    resource and dissemination records always (they are shared vocabularies)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.spec = store.spec
        self.known: dict[tuple[str, Any], bool] = {}

    def apply(self) -> None:
        for name in self.spec.models:
            for record in self.store.all(name):
                if self.public(name, record):
                    self.store.set_public(name, record["id"], True)

    def public(self, name: str, record: Record) -> bool:
        key = (name, record["id"])
        if key in self.known:
            return self.known[key]
        self.known[key] = False  # a cycle (subject -> breeding -> subject) adds nothing
        model = self.spec.models[name]
        if "is_public" in model.fields:
            result = record.get("is_public") is True
        elif model.app not in CONTENT_APPS:
            result = True
        else:
            result = any(self._public_parent(record, f) for f in model.relations.values())
        self.known[key] = result
        return result

    def _public_parent(self, record: Record, f: Field) -> bool:
        target = self.spec.models.get(f.related or "")
        if target is None or target.app not in CONTENT_APPS or f.name not in record:
            return False
        value = record[f.name]
        for rid in value if isinstance(value, list) else [value]:
            parent = self.store.get(target.name, rid)
            if parent is not None and self.public(target.name, parent):
                return True
        return False


def _unknown(model: Model, row: Record) -> Iterator[str]:
    return (name for name in row if name not in model.fields)
