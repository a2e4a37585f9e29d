"""Export a project: its records and the records they point to, one JSON file per model.

What is exported comes from the spec's relations (`x-related`, in the model table), walked
from the project:

- *content* (the apps in `CONTENT_APPS`: the project, its subjects and sessions, their
  behaviors, data acquisitions, manipulations, procedures, logs, collections, cohorts...):
  followed from content records. A content model that no model lists (a procedure log) is
  found by filtering on its single relations to content (`procedurelog.procedure`);
- *references* (`REFERENCE_APPS`: species, strains, brain regions, setups, devices,
  consumables, publications, licenses...): followed from content and from other references,
  transitively; a reference never leads back into content (a license lists subjects of every
  project that holds it);
- everything else stays an id: other projects, users, groups and laboratories (the `users`
  app), the models in `NOT_EXPORTED`, and relations to models the API has no endpoint for
  (`epochs` of a session).

The plan is free of I/O: `ExportPlan.next_round()` says what to fetch (records by id with
`filter{id.in}`, children by their parents with `filter{<field>.in}`, in batches that keep the
URL short), `add()` takes each answer, and `write()` writes the directory. The sync and async
clients only run the fetches of a round concurrently.

The directory holds `<model>.json` for every model the export can hold (a JSON list of the
records as the API returns them, without includes, sorted by id) and `manifest.json` (format,
server, time, project, client and spec versions, counts). Records are fetched before anything
is written; then the files are written into a hidden temporary directory beside the target,
the manifest last, and the directory is renamed into place: an export that fails leaves no
directory behind, and one without a manifest is not an export.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from brainstem_api_tools._spec_tables import MODELS, SPEC_VERSION
from brainstem_api_tools._version import __version__
from brainstem_api_tools.errors import NotFoundError, UsageError
from brainstem_api_tools.models import ModelInfo, get_model
from brainstem_api_tools.progress import Progress
from brainstem_api_tools.query import check_id
from brainstem_api_tools.response import Response

__all__ = [
    "CONTENT_APPS",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "NOT_EXPORTED",
    "REFERENCE_APPS",
    "Edge",
    "ExportGraph",
    "ExportPlan",
    "ExportResult",
    "Fetch",
]

# -- what is followed: the one hand-made decision; the relations themselves come from the spec

CONTENT_APPS = ("stem", "modules")
REFERENCE_APPS = ("dissemination", "personal_attributes", "resources", "taxonomies")
NOT_EXPORTED = (
    # invitations to the project are membership business, not experiment metadata
    "projectgroupmembershipinvitation",
    "projectmembershipinvitation",
    # the join behind `session.datastorage`, whose ids and order the session already holds
    "sessiondatastorage",
)

MANIFEST = "manifest.json"
FORMAT = "brainstem-export"
FORMAT_VERSION = 1
MAX_QUERY_CHARS = 3000
"""Ids sent in one request's query string at most (a request line stays under gunicorn's
default 4094-byte limit, and well under the 8 KB of nginx and most proxies)."""
PAGE = 100  # records per page (the API's maximum), and so ids per batch at most


@dataclass(frozen=True)
class Edge:
    """A relation the export follows: the ids in `field` are `target` records. When the field
    is a list the server computes from the other side (`project.sessions` from
    `session.projects`), `back` names that side, so the targets can be asked by their parent."""

    field: str
    target: str
    back: str | None = None


@dataclass(frozen=True)
class ExportGraph:
    """The relations an export of a `root` record follows, derived from the model table."""

    root: str
    forward: dict[str, tuple[Edge, ...]]
    """model -> the relations whose ids are exported"""
    reverse: dict[str, tuple[tuple[str, str], ...]]
    """parent model -> (child model, child field): children of exported parents are exported"""
    models: tuple[str, ...]
    """every model an export can hold (a file each), breadth first from the root"""

    @classmethod
    def of(cls, root: str) -> ExportGraph:
        def followed(name: str) -> bool:
            info = MODELS.get(name)
            return (
                info is not None
                and info.app in (*CONTENT_APPS, *REFERENCE_APPS)
                and name not in NOT_EXPORTED
                and "list" in info.operations
            )

        def content(name: str) -> bool:
            return MODELS[name].app in CONTENT_APPS

        def back(info: ModelInfo, f: str, target: str) -> str | None:
            if f not in info.read_only:
                return None
            other = MODELS[target]
            sides = [g for g, m in other.relations.items() if m == info.name]
            return next((g for g in sides if g not in other.read_only), None)

        listed = {target for info in MODELS.values() for target in info.relations.values()}
        forward: dict[str, tuple[Edge, ...]] = {}
        reverse: dict[str, list[tuple[str, str]]] = {}
        for name, info in MODELS.items():
            if not followed(name):
                continue
            forward[name] = tuple(
                Edge(f, target, back(info, f, target))
                for f, target in info.relations.items()
                if followed(target) and target != root and (content(name) or not content(target))
            )
            if content(name) and name not in listed:  # no record lists it: ask by its parent
                for f, parent in info.relations.items():
                    if f not in info.to_many and followed(parent) and content(parent):
                        reverse.setdefault(parent, []).append((name, f))
        reached = [root]  # breadth first: the project, what it lists, what those list...
        for name in reached:
            nexts = [e.target for e in forward.get(name, ())]
            nexts += [child for child, _ in reverse.get(name, [])]
            reached += [target for target in dict.fromkeys(nexts) if target not in reached]
        return cls(
            root,
            {k: v for k, v in forward.items() if k in reached},
            {k: tuple(sorted(v)) for k, v in reverse.items() if k in reached},
            tuple(reached),
        )


@dataclass(frozen=True)
class Fetch:
    """One query of an export: the root record by `id`, or the records matching `filters`;
    `expect` holds the ids it should return, where they are known."""

    model: str
    portal: str
    filters: Mapping[str, list[str]] | None = None
    id: str | None = None
    expect: tuple[str, ...] = ()
    include: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    """What `export_project` wrote: the directory, its manifest, and the records per model."""

    path: Path
    manifest: dict[str, Any]

    @property
    def counts(self) -> dict[str, int]:
        """Records per model (every model of the export, 0 included)."""
        return dict(self.manifest["counts"])

    @property
    def missing(self) -> dict[str, list[str]]:
        """Ids that exported records point to but the server did not return (deleted since,
        or not visible to this token), per model; they stay ids in the records."""
        return dict(self.manifest.get("missing", {}))


@dataclass
class _Wanted:
    """What the records of a round lead to, for the next one."""

    ids: dict[str, set[str]] = field(default_factory=dict)
    """model -> ids"""
    listed: dict[tuple[str, str], dict[str, list[str]]] = field(default_factory=dict)
    """(model, back field) -> parent id -> the ids the parent lists"""
    children: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """(child model, field) -> parent ids"""


class ExportPlan:
    """The fetches and the files of one project export (see the module's docstring).

    Records are asked for by id, in batches (`filter{id.in}`); the lists the server computes
    (`project.sessions`) are asked for by their parents instead (`filter{projects.in}`) when
    that sends fewer ids (`by_parent`), and a page of sessions or subjects brings their
    behaviors, data acquisitions, manipulations, procedures and logs along (`include[]`,
    `embed`). Both are the default; `make bench` compares them.
    """

    def __init__(
        self,
        root_id: Any,
        out: str | os.PathLike[str],
        *,
        server: str,
        portal: str,
        progress: Progress | None = None,
        root: Any = "project",
        by_parent: bool = True,
        embed: bool = True,
    ) -> None:
        info = get_model(root)
        self.root = info
        self.root_id = check_id(info, root_id)
        self.out = check_out(out)
        self.server = server
        self.portal = portal
        self.graph = ExportGraph.of(info.name)
        self.progress = progress
        self.by_parent = by_parent
        self.embed = embed
        # the lists a page of records brings along with `include` (a session's behaviors...):
        # those the server computes, of content, so at most a page's children each
        self.embedded = {
            model: tuple(e.field for e in edges if e.back and MODELS[e.target].app in CONTENT_APPS)
            for model, edges in self.graph.forward.items()
        }
        self.records: dict[str, dict[str, dict[str, Any]]] = {m: {} for m in self.graph.models}
        self.asked: dict[str, set[str]] = {m: set() for m in self.graph.models}
        self.parents_asked: set[tuple[str, str, str]] = set()
        self.missing: dict[str, set[str]] = {}
        self._wanted = _Wanted()
        self._started = False
        self._pending = 0  # ids asked for, not answered yet

    # -- fetching ----------------------------------------------------------------------------

    def next_round(self) -> list[Fetch]:
        """The fetches that can run now, all at once; empty when the export has everything."""
        if not self._started:
            self._started = True
            self._ask(self.root.name, [self.root_id])
            return [Fetch(self.root.name, self.portal, id=self.root_id, expect=(self.root_id,))]
        wanted, self._wanted = self._wanted, _Wanted()
        fetches: list[Fetch] = []
        for (model, back), lists in sorted(wanted.listed.items()):
            ids = {i for listed in lists.values() for i in listed} - self._known(model)
            if len(lists) < len(ids):  # fewer ids to send: ask by the parents
                self._ask(model, ids)
                for batch in _batches(back, sorted(lists)):
                    expect = sorted({i for p in batch for i in lists[p]} & ids)
                    fetches.append(self._fetch(model, back, batch, expect))
            else:
                wanted.ids.setdefault(model, set()).update(ids)
        for model, ids in sorted(wanted.ids.items()):
            new = sorted(ids - self._known(model))
            self._ask(model, new)
            fetches += [self._fetch(model, "id", batch, batch) for batch in _batches("id", new)]
        for (child, f), parents in sorted(wanted.children.items()):
            fresh = sorted(p for p in parents if (child, f, p) not in self.parents_asked)
            self.parents_asked.update((child, f, p) for p in fresh)
            fetches += [self._fetch(child, f, batch, []) for batch in _batches(f, fresh)]
        return fetches

    def _known(self, model: str) -> set[str]:
        return self.asked[model] | self.records[model].keys()

    def _ask(self, model: str, ids: Iterable[str]) -> None:
        new = set(ids) - self.asked[model]
        self.asked[model] |= new
        self._pending += len(new)

    def _fetch(self, model: str, key: str, values: list[str], expect: list[str]) -> Fetch:
        include = self.embedded.get(model, ()) if self.embed else ()
        return Fetch(
            model, self.portal, {f"{key}.in": values}, expect=tuple(expect), include=include
        )

    def add(self, fetch: Fetch, answer: Response[Any] | list[dict[str, Any]]) -> None:
        """Take the answer to a fetch: the root's `Response`, or the records of a query."""
        records = [self._root_record(answer)] if isinstance(answer, Response) else answer
        for record in records:
            self._take(fetch.model, record, fetch.include)
        self._pending -= len(fetch.expect)
        absent = set(fetch.expect) - self.records[fetch.model].keys()
        if absent:
            self.missing.setdefault(fetch.model, set()).update(absent)
        if self.progress is not None:
            done = sum(map(len, self.records.values()))
            self.progress(done, done + self._pending)

    def _root_record(self, response: Response[Any]) -> dict[str, Any]:
        if response.status_code == 404:
            raise NotFoundError(
                f"no {self.root.name} {self.root_id} on the {self.portal} portal of "
                f"{self.server} (or this token may not read it): check the id; `brainstem "
                f"load {self.root.name} --filters name.icontains=...` finds it by name",
                status_code=404,
                url=response.url,
                response=response.http,
            )
        body = response.raise_for_status().json()
        record = body.get(self.root.detail_key) if isinstance(body, dict) else None
        if not isinstance(record, dict):
            from brainstem_api_tools.errors import InvalidResponseError

            raise InvalidResponseError(
                f"{response.url} answered without a {self.root.detail_key!r} record",
                status_code=response.status_code,
                url=response.url,
                body=body,
            )
        return record

    def _take(self, model: str, record: Any, included: tuple[str, ...] = ()) -> None:
        """Keep a record new to the export, with the records it embeds (`included` fields,
        put back as the ids the API gives without `include`), and follow its relations."""
        rid = record.get("id") if isinstance(record, dict) else None
        if rid is None or str(rid) in self.records[model]:
            return
        info = MODELS[model]
        for f in included:
            embedded = record.get(f)
            if isinstance(embedded, list):
                for item in embedded:
                    self._take(info.relations[f], item)
                record[f] = [
                    item.get("id") if isinstance(item, dict) else item for item in embedded
                ]
        self.records[model][str(rid)] = record
        self._follow(info, record)

    def _follow(self, info: ModelInfo, record: dict[str, Any]) -> None:
        wanted = self._wanted
        for edge in self.graph.forward.get(info.name, ()):
            asked, known = self.asked[edge.target], self.records[edge.target]
            ids = [i for i in _ids(record.get(edge.field)) if i not in asked and i not in known]
            if not ids:
                continue
            if edge.back and self.by_parent:
                lists = wanted.listed.setdefault((edge.target, edge.back), {})
                lists[str(record["id"])] = ids
            else:
                wanted.ids.setdefault(edge.target, set()).update(ids)
        for child, f in self.graph.reverse.get(info.name, ()):
            wanted.children.setdefault((child, f), set()).add(str(record["id"]))

    # -- writing -----------------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        counts = {m: len(self.records[m]) for m in self.graph.models}
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "server": self.server,
            "portal": self.portal,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "client_version": __version__,
            "spec_version": SPEC_VERSION,
            "root": {"model": self.root.name, "id": self.root_id},
            "counts": counts,
        }
        if self.missing:
            manifest["missing"] = {m: sorted(ids) for m, ids in sorted(self.missing.items())}
        return manifest

    def write(self) -> ExportResult:
        """Write the directory: files into a temporary directory, the manifest last, then
        renamed into place."""
        manifest = self.manifest()
        out = self.out
        check_out(out)  # still free after the fetching
        out.parent.mkdir(parents=True, exist_ok=True)
        temp = _new_dir(out.parent / f".{out.name}.partial")
        try:
            for model in self.graph.models:
                records = [_canonical(MODELS[model], r) for r in _by_id(self.records[model])]
                _write_json(temp / f"{model}.json", records)
            _write_json(temp / MANIFEST, manifest)
            if out.is_dir():
                out.rmdir()  # empty (check_out): rename will not replace it everywhere
            temp.rename(out)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        return ExportResult(out, manifest)


def check_out(out: str | os.PathLike[str]) -> Path:
    """The target directory, if it can be written: absent, or an empty directory."""
    path = Path(out).expanduser()
    if path.is_dir():
        if any(path.iterdir()):
            raise UsageError(
                f"{path} already exists and is not empty: give a new directory "
                "(an export never writes into or over another one)"
            )
    elif path.exists():
        raise UsageError(f"{path} exists and is not a directory: give a new directory")
    return path.absolute()


def _batches(key: str, ids: list[str]) -> Iterable[list[str]]:
    """`ids` in batches of at most a page, whose `filter{key.in}` parameters stay short."""
    overhead = len(quote(f"filter{{{key}.in}}", safe="")) + 2  # `=` and `&`
    batch: list[str] = []
    size = 0
    for rid in ids:
        cost = overhead + len(rid)
        if batch and (len(batch) == PAGE or size + cost > MAX_QUERY_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(rid)
        size += cost
    if batch:
        yield batch


def _ids(value: Any) -> Iterable[str]:
    values = value if isinstance(value, list) else [value]
    return (str(v) for v in values if isinstance(v, str | int) and not isinstance(v, bool))


def _by_id(records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [records[k] for k in sorted(records)]  # exported models have UUIDs


def _canonical(info: ModelInfo, record: dict[str, Any]) -> dict[str, Any]:
    """The record with its read-only list relations sorted: their order is the server's,
    set by no one, and may differ between two reads of the same data."""
    out = dict(record)
    for f in info.read_only:
        value = out.get(f)
        if f in info.relations and isinstance(value, list):
            out[f] = sorted(value, key=str)
    return out


def _new_dir(stem: Path) -> Path:
    """A new directory `stem-<random>`, with the permissions the umask gives (mkdtemp's are
    0700, which the renamed export would keep)."""
    while True:
        path = stem.with_name(f"{stem.name}-{secrets.token_hex(4)}")
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path


def _write_json(path: Path, value: Any) -> None:
    with path.open("w", encoding="utf-8") as file:
        json.dump(value, file, ensure_ascii=False, indent=2)
        file.write("\n")
