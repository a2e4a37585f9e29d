"""Deterministic demo data for every model of the spec (data.py loads fixtures and exports).

`seed(store, records=N)` makes N sessions and, in proportion, projects, subjects, behaviors,
data acquisitions and the rest; vocabularies (species, strains, brain regions...) have a fixed
size. Values come from the record schemas (enums, formats, maxLength, nullable), with BrainSTEM
flavoured names where the field name says what it holds. Every third record is public. Session
names mix `rat`, `Rat` and `RAT` with other species, so `filter{name.icontains}=rat` finds some
and `filter{name.contains}=rat` fewer. Approvals are seeded pending (one Add, one Change) and
one rejected. User 1 (`SANDBOX_EMAIL`) is the account the sandbox token belongs to.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from typing import Any

from .spec import Field, Model, Spec
from .store import Record, RecordId, Store, model_random, random_uuid
from .validate import Cleaner, Invalid
from .writes import choice

SANDBOX_EMAIL = "sandbox.user@example.org"
PUBLIC_EVERY = 3

# records per 100 sessions (at least the minimum) for models that grow with the data set
_SCALED = {
    "session": (100, 0),
    "project": (10, 2),
    "subject": (25, 2),
    "cohort": (5, 1),
    "collection": (5, 1),
    "breeding": (4, 1),
    "sessiondatastorage": (10, 1),
    "behavior": (40, 1),
    "dataacquisition": (60, 1),
    "manipulation": (30, 1),
    "procedure": (30, 1),
    "procedurelog": (12, 1),
    "subjectlog": (25, 1),
    "consumablestock": (10, 1),
    "equipment": (10, 1),
}
# fixed sizes for vocabularies, resources, people
_FIXED = {
    "species": 6,
    "strain": 8,
    "brainregion": 12,
    "setuptype": 5,
    "behavioralcategory": 4,
    "behavioralparadigm": 4,
    "regulatoryauthority": 3,
    "journal": 4,
    "publication": 6,
    "supplier": 4,
    "consumable": 5,
    "hardwaredevice": 5,
    "behavioralassay": 4,
    "datastorage": 3,
    "inventory": 3,
    "license": 4,
    "setup": 4,
    "user": 6,
    "group": 3,
    "laboratory": 2,
}
_NAMES = {
    "species": ["Rat", "Mouse", "Marmoset", "Macaque", "Zebrafish", "Ferret"],
    "strain": [
        "Long-Evans",
        "Sprague Dawley",
        "Wistar",
        "C57BL/6J",
        "BALB/c",
        "Thy1-GCaMP6s",
        "PV-Cre",
        "SST-Cre",
    ],
    "brainregion": [
        "Cornu Ammonis 1",
        "Cornu Ammonis 3",
        "Dentate gyrus",
        "Primary visual cortex",
        "Prefrontal cortex",
        "Primary somatosensory cortex",
        "Entorhinal cortex",
        "Thalamus",
        "Striatum",
        "Amygdala",
        "Cerebellum",
        "Olfactory bulb",
    ],
    # public ones (every third) match the user guide's examples: "visual"; "allen" + "neuropixels"
    "project": [
        "Visual cortex plasticity",
        "Hippocampal replay",
        "Sleep spindles",
        "Allen Brain Observatory replication",
        "Fear memory",
        "Place cell remapping",
    ],
    "setuptype": ["Linear track", "Open field", "Head-fixed rig", "Home cage", "T-maze"],
    "behavioralcategory": ["Navigation", "Memory", "Sensory discrimination", "Social"],
    "behavioralparadigm": ["Morris water maze", "Fear conditioning", "Go/no-go", "Novel object"],
}
_DESCRIPTIONS = {
    "project": [
        "Ocular dominance plasticity in mouse primary visual cortex.",
        "Replay of place-cell sequences in the rat hippocampus during sleep and rest.",
        "Thalamocortical sleep spindles and memory consolidation.",
        "Visual coding in mouse cortex recorded with Neuropixels probes.",
        "Contextual fear memory in the amygdala and hippocampus.",
        "Remapping of hippocampal place cells across environments.",
    ],
    "session": [  # one per _SESSION_REGIONS entry
        "Silicon probe recording in dorsal hippocampus CA1",
        "Two-photon imaging in primary visual cortex",
        "Tetrode recording in medial prefrontal cortex",
        "Whisker stimulation with recording in barrel cortex",
        "Grid cell recording in medial entorhinal cortex",
    ],
}
_ACRONYMS = ["CA1", "CA3", "DG", "V1", "PFC", "S1", "EC", "TH", "STR", "AMY", "CB", "OB"]
_SESSION_ANIMALS = ["rat", "mouse", "Rat", "marmoset", "RAT", "mouse", "zebrafish"]
_SESSION_REGIONS = ["CA1", "V1", "PFC", "S1", "EC"]
_FIRST = ["Ada", "Santiago", "Rosalind", "Camillo", "Rita", "Eric", "May-Britt", "John"]
_LAST = ["Lovelace", "Ramon", "Franklin", "Golgi", "Levi", "Kandel", "Moser", "O'Keefe"]
_WORDS = [
    "recording",
    "baseline",
    "sleep",
    "running",
    "linear track",
    "open field",
    "probe",
    "stimulation",
    "control",
    "pilot",
]
_TAGS = ["pilot", "replay", "sleep", "awake", "imaging", "ephys"]
_COUNTRIES = ["Denmark", "Norway", "United States", "Germany", "Japan"]
_ISO_COUNTRIES = ["DK", "NO", "US", "DE", "JP"]
_CITIES = ["Copenhagen", "Trondheim", "New York", "Berlin", "Tokyo"]
_REPOSITORIES_URL = "https://example.org/data"
_EPOCH = dt.datetime(2022, 1, 3, 9, 0, tzinfo=dt.UTC)
_LATER_DAYS = {
    "death_date": 420,
    "valid_until": 730,
    "expiration_date": 365,
    "end_date": 60,
    "weaning_date": 21,
}


def count_for(model: str, records: int) -> int:
    if model in _SCALED:
        per_hundred, minimum = _SCALED[model]
        if model == "session":
            return records
        return max(minimum, records * per_hundred // 100)
    if model in _FIXED:
        return _FIXED[model]
    if model.endswith("approval") or "invitation" in model or model.endswith("request"):
        return 3
    return max(2, records // 20)


class Seeder:
    """Builds the demo data set into a store."""

    def __init__(self, spec: Spec, store: Store, records: int, seed: int = 0) -> None:
        self.spec = spec
        self.store = store
        self.records = records
        self.seed = seed
        self._rngs: dict[str, random.Random] = {}
        self.cleaner = Cleaner(spec)
        self.ids: dict[str, list[RecordId]] = {}
        self.emails: list[str] = []
        self.group_names: list[str] = []

    def run(self) -> None:
        store = self.store
        store.clear()
        order = sorted(self.spec.models, key=lambda m: (m != "user", m != "group", m))
        built: dict[str, list[Record]] = {}
        for name in order:
            model = self.spec.models[name]
            n = count_for(name, self.records)
            ids: list[RecordId] = []
            rows = []
            for i in range(n):
                rid: RecordId = i + 1 if model.id_type == "integer" else self._uuid(model)
                ids.append(rid)
                rows.append(self._scalars(model, i, rid))
            self.ids[name] = ids
            built[name] = rows
            if name == "user":
                self.emails = [str(r.get("email", "")) for r in rows]
            if name == "group":
                self.group_names = [str(r.get("name", "")) for r in rows]
        for name in order:
            model = self.spec.models[name]
            for i, row in enumerate(built[name]):
                self._relations(model, i, row)
        approvals = self.spec.approval_bases()
        for name in order:
            if name in approvals:
                for i, row in enumerate(built[name]):
                    self._approval(self.spec.models[name], approvals[name], i, row, built)
        for name in order:
            model = self.spec.models[name]
            for i, row in enumerate(built[name]):
                self._check(model, row)
                store.insert(name, row, public=i % PUBLIC_EVERY == 0)

    # -- values -------------------------------------------------------------------------------

    def _uuid(self, model: Model) -> str:
        """A random UUID from the model's own stream (see `model_random`)."""
        rng = self._rngs.get(model.name)
        if rng is None:
            rng = self._rngs[model.name] = model_random(self.seed, model.name, "seed")
        return random_uuid(rng)

    def _scalars(self, model: Model, i: int, rid: RecordId) -> Record:
        row: Record = {"id": rid}
        for f in model.fields.values():
            if f.name == "id" or (model.name, f.name) in self.store.computed:
                continue
            if f.related or f.name in ("users", "groups"):
                continue  # second pass
            value = self._value(model, f, i)
            if value is not _OMIT:
                row[f.name] = value
        return row

    def _value(self, model: Model, f: Field, i: int) -> Any:
        kind = f.kind
        name = f.name
        if kind.nullable and i % 4 == 3 and name not in ("name", "title"):
            return None
        if kind.enum:
            choices = [c for c in kind.enum if c is not None]
            return choices[(i * 7 + len(name)) % len(choices)] if choices else None
        if name == "is_public" and kind.type == "boolean":
            return i % PUBLIC_EVERY == 0
        if kind.type == "boolean":
            return i % 2 == 0
        if kind.type == "integer":
            if name == "litter_size":
                return 4 + i % 7
            return i + 1
        if kind.type == "number":
            return round(1.5 + i * 0.25, 2)
        if kind.type == "string":
            return self._string(model, f, i)
        if kind.type == "array":
            return self._array(model, f, i)
        if kind.type == "object":
            return self._object(model, f, i)
        return _OMIT

    def _fit(self, f: Field, text: str) -> str:
        limit = f.kind.max_length
        return text[:limit] if limit else text

    def _string(self, model: Model, f: Field, i: int) -> Any:
        value = self._text(model, f, i)
        pattern = self.spec.deref(f.schema).get("pattern")
        if isinstance(pattern, str) and isinstance(value, str) and not re.search(pattern, value):
            for candidate in (_ISO_COUNTRIES[i % len(_ISO_COUNTRIES)], f"https://example.org/{i}"):
                if re.search(pattern, candidate):
                    return candidate
        return value

    def _text(self, model: Model, f: Field, i: int) -> Any:
        name, fmt = f.name, f.kind.format
        if fmt == "date-time":
            moment = _EPOCH + dt.timedelta(days=i * 47 % 1400, hours=i % 9, minutes=i * 7 % 60)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "date":
            later = _LATER_DAYS.get(name, 0)  # an end after its start
            return (_EPOCH.date() + dt.timedelta(days=i * 53 % 1400 + later)).isoformat()
        if fmt == "uuid":
            return self._uuid(model)
        if fmt in ("uri", "url"):
            return f"https://example.org/{model.name}/{i + 1}.png"
        if name in ("name", "title"):
            return self._fit(f, self._name(model, i))
        if name == "email" or fmt == "email":
            return SANDBOX_EMAIL if i == 0 else f"user{i + 1}@example.org"
        if name == "first_name":
            return _FIRST[i % len(_FIRST)]
        if name == "last_name":
            return _LAST[i % len(_LAST)]
        if name == "acronym":
            return self._fit(f, _ACRONYMS[i % len(_ACRONYMS)] + ("" if i < 12 else str(i)))
        if "url" in name or name in ("website", "google_scholar"):
            return self._fit(f, f"https://example.org/{model.name}/{i + 1}")
        if name == "doi":
            return f"10.5555/sandbox.{i + 1}"
        if name == "rrid":
            return f"RRID:SCR_{i + 1:06d}"
        if name == "orcid_id":
            return self._fit(f, f"0000-0002-1825-{i:04d}")
        if name == "country":
            return self._fit(f, _COUNTRIES[i % len(_COUNTRIES)])
        if name == "city":
            return self._fit(f, _CITIES[i % len(_CITIES)])
        if name in ("institution", "department", "location", "storage_location"):
            return self._fit(f, f"{name.replace('_', ' ').capitalize()} {i % 3 + 1}")
        if name == "authors":
            return self._fit(f, f"{_LAST[i % len(_LAST)]} A, {_LAST[(i + 3) % len(_LAST)]} B")
        if name.endswith("schema_version"):
            return "1"
        if name == "atlas_preference":
            return self._fit(f, "BM4")
        if name in ("status",):
            return "active"
        if name == "description" and model.name in _DESCRIPTIONS:
            texts = _DESCRIPTIONS[model.name]
            if model.name == "session":  # by brain region, as in the session name
                region = i // len(_SESSION_ANIMALS) % len(_SESSION_REGIONS)
                return self._fit(f, f"{texts[region]} ({_WORDS[i % len(_WORDS)]}).")
            return self._fit(f, texts[i % len(texts)])
        if name in ("description", "notes", "abstract", "comments", "intended_use"):
            words = [_WORDS[(i + k) % len(_WORDS)] for k in range(3)]
            return self._fit(f, f"Sandbox {model.name} {i + 1}: {', '.join(words)}.")
        return self._fit(f, f"{name.replace('_', ' ')} {i + 1}")

    def _name(self, model: Model, i: int) -> str:
        if model.name == "session":
            animal = _SESSION_ANIMALS[i % len(_SESSION_ANIMALS)]
            region = _SESSION_REGIONS[i // len(_SESSION_ANIMALS) % len(_SESSION_REGIONS)]
            return f"{animal}-{region}-{i + 1:04d}"
        names = _NAMES.get(model.name)
        if names:
            base = names[i % len(names)]
            return base if i < len(names) else f"{base} {i // len(names) + 1}"
        title = model.name.replace("_", " ").capitalize()
        if model.name == "publication":
            return f"Sandbox study {i + 1}: {_WORDS[i % len(_WORDS)]} dynamics"
        if model.name == "group":
            return f"{_LAST[i % len(_LAST)]} lab"
        return f"{title} {i + 1}"

    def _array(self, model: Model, f: Field, i: int) -> Any:
        item = self.spec.deref(self.spec.deref(f.schema).get("items", {}))
        if f.name == "tags":
            return [_TAGS[i % len(_TAGS)]] + ([_TAGS[(i + 2) % len(_TAGS)]] if i % 2 else [])
        if f.name == "download_links":
            if i % 2:
                return []
            repos = self.spec.deref(item.get("properties", {}).get("repository", {}))
            choices = repos.get("enum") or ["Other"]
            return [{"repository": choices[i % len(choices)], "url": f"{_REPOSITORIES_URL}/{i}"}]
        if f.name == "entries":
            return [self._entry(item, i, k) for k in range(i % 3 + 1)]
        if item.get("type") == "object" and item.get("required"):
            return []
        return []

    def _entry(self, item: dict[str, Any], i: int, k: int) -> Record:
        props = item.get("properties") or {}
        moment = _EPOCH + dt.timedelta(days=(i * 5 + (3 - k) * 2) % 900, hours=k)
        entry: Record = {}
        if "date_time" in props:
            entry["date_time"] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif "start_date_time" in props:
            entry["start_date_time"] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
            end = moment + dt.timedelta(hours=2)
            entry["end_date_time"] = end.strftime("%Y-%m-%dT%H:%M:%SZ")
        if "notes" in props:
            entry["notes"] = None if k % 2 else f"entry {k + 1}"
        if "details" in props:
            entry["details"] = {"value": round(1.0 + k * 0.5, 2)}
        return entry

    def _object(self, model: Model, f: Field, i: int) -> Any:
        if f.name == "extra_fields":
            return {"rig": f"R{i % 3 + 1}", "trial_count": 10 + i} if i % 2 == 0 else {}
        return {}

    # -- relations ----------------------------------------------------------------------------

    def _relations(self, model: Model, i: int, row: Record) -> None:
        for f in model.fields.values():
            if f.name == "id" or (model.name, f.name) in self.store.computed:
                continue
            if f.name in ("users", "groups") and f.kind.type == "object" and not f.related:
                row[f.name] = self._members(model, f, i)
                continue
            if not f.related:
                continue
            targets = self.ids.get(f.related)
            if f.many:
                if f.read_only or not targets:
                    row[f.name] = []
                else:
                    picks = [targets[(i + len(f.name)) % len(targets)]]
                    if i % 4 == 0 and len(targets) > 1:
                        picks.append(targets[(i + len(f.name) + 1) % len(targets)])
                    row[f.name] = list(dict.fromkeys(picks))
                continue
            if targets and f.related == model.name and len(targets) > 1:
                # a tree (parent): point to an earlier record, roots have none
                row[f.name] = targets[(i - 1) // 2] if i and f.kind.nullable else None
                if row[f.name] is None and not f.kind.nullable:
                    row[f.name] = targets[0]
                continue
            if f.related == "user" and f.read_only and self.ids.get("user"):
                row[f.name] = None if f.kind.nullable else self.ids["user"][0]
                continue
            if f.kind.nullable and (not targets or i % 3 == 2):
                row[f.name] = None
            elif targets:
                row[f.name] = targets[(i + len(f.name)) % len(targets)]
            elif f.name in model.required:
                row[f.name] = 1 if f.scalar.type == "integer" else self._uuid(model)

    def _members(self, model: Model, f: Field, i: int) -> dict[str, Any]:
        """Members keyed by email or group name; the sandbox user owns every project and
        every other group (so that joining and leaving both have a group to act on)."""
        keys = self.emails if f.name == "users" else self.group_names
        if not keys:
            return {}
        value_schema = self.spec.deref(self.spec.deref(f.schema).get("additionalProperties", {}))
        perms = [p for p in (value_schema.get("properties") or {}) if p != "remove"]
        if f.name != "users":
            chosen = [keys[i % len(keys)]]
        elif model.name == "group" and i % 2 == 1 and len(keys) > 2:
            chosen = [keys[1 + i % (len(keys) - 1)], keys[1 + (i + 1) % (len(keys) - 1)]]
        else:
            chosen = [keys[0], keys[(i + 1) % len(keys)]]
        out: dict[str, Any] = {}
        for rank, key in enumerate(dict.fromkeys(chosen)):
            out[key] = {p: rank == 0 for p in perms}
        return out

    def _approval(
        self, model: Model, base_name: str, i: int, row: Record, built: dict[str, list[Record]]
    ) -> None:
        base_rows = built.get(base_name) or []
        pending = i < 2
        if "name" in row and isinstance(row["name"], str):
            row["name"] = self._fit(model.fields["name"], f"Proposed {base_name} {i + 1}")
        if "action" in model.fields:
            row["action"] = choice(model.fields["action"], "Change" if i == 1 else "Add")
        if "status" in model.fields:
            row["status"] = choice(model.fields["status"], "Pending" if pending else "Rejected")
        if "reviewer" in model.fields:
            users = self.ids.get("user") or []
            row["reviewer"] = None if pending or not users else users[0]
        if "instance_id" in model.fields:
            row["instance_id"] = None
            if i == 1 and base_rows:
                original = base_rows[0]
                row["instance_id"] = original["id"]
                for key, value in original.items():
                    if key in model.fields and key not in ("id", "instance_id", "action"):
                        row[key] = value
                if isinstance(row.get("description"), str):
                    row["description"] = self._fit(
                        model.fields["description"], "Proposed change: " + row["description"]
                    )

    def _check(self, model: Model, row: Record) -> None:
        """Drop optional values that do not fit their schema (a safety net for odd schemas)."""
        for name in list(row):
            f = model.fields.get(name)
            if f is None or name == "id":
                continue
            try:
                self.cleaner.clean(stored_schema(self.spec, f), row[name])
            except Invalid:
                if f.kind.nullable:
                    row[name] = None
                elif name in model.required:
                    raise ValueError(f"seed: no valid value for {model.name}.{name}") from None
                else:
                    del row[name]


class _Omit:
    pass


_OMIT = _Omit()


def stored_schema(spec: Spec, f: Field) -> Any:
    """The schema of a field as stored: relations hold ids, never included records."""
    if not f.related:
        return f.schema
    scalar = {"type": f.scalar.type or "string"}
    if f.scalar.format:
        scalar["format"] = f.scalar.format
    if f.many:
        return {"type": "array", "items": scalar}
    return {**scalar, "nullable": f.kind.nullable}


def seed(store: Store, records: int = 100, seed: int = 0) -> None:
    Seeder(store.spec, store, records, seed).run()
