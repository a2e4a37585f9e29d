"""`export_project`: a project and what it leads to, one file per model; the round trip
through a sandbox serving the export."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from brainstem_api_tools import AsyncBrainstemClient, BrainstemClient, NotFoundError, UsageError
from brainstem_api_tools._spec_tables import MODELS, SPEC_VERSION
from brainstem_api_tools._version import __version__
from brainstem_api_tools.export import MAX_QUERY_CHARS, ExportGraph, ExportPlan, _batches

from ..export_checks import assert_same_export

TOKEN = "sandbox-test-token"


@pytest.fixture(scope="module")
def project(sandbox: Any) -> str:
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        return str(client.load("project", limit=1, sort="name").json()["projects"][0]["id"])


@pytest.fixture(scope="module")
def exported(sandbox: Any, project: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "project"
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        client.export_project(project, out)
    return out


def records(path: Path, model: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((path / f"{model}.json").read_text())
    return data


def test_files_and_manifest(exported: Path, project: str, sandbox: Any) -> None:
    graph = ExportGraph.of("project")
    names = sorted(p.name for p in exported.iterdir())
    assert names == sorted([f"{m}.json" for m in graph.models] + ["manifest.json"])
    manifest = json.loads((exported / "manifest.json").read_text())
    assert manifest["format"] == "brainstem-export" and manifest["format_version"] == 1
    assert manifest["root"] == {"model": "project", "id": project}
    assert manifest["server"] == sandbox.url + "/" and manifest["portal"] == "private"
    assert manifest["client_version"] == __version__
    assert manifest["spec_version"] == SPEC_VERSION
    assert manifest["counts"] == {m: len(records(exported, m)) for m in graph.models}
    assert "missing" not in manifest  # the sandbox returns every record pointed to
    for model in graph.models:  # sorted by id, as stable as the data
        ids = [r["id"] for r in records(exported, model)]
        assert ids == sorted(ids)
    # users, groups and laboratories stay ids; approvals and invitations are not exported
    for model in ("user", "group", "laboratory", "speciesapproval", "sessiondatastorage"):
        assert model not in graph.models
    assert {"species", "strain", "brainregion", "setup", "publication", "procedurelog"} <= set(
        graph.models
    )


def test_the_project_and_everything_it_leads_to(exported: Path, project: str, sandbox: Any) -> None:
    store = sandbox.store
    got = {m: {r["id"]: r for r in records(exported, m)} for m in ExportGraph.of("project").models}
    assert list(got["project"]) == [project]
    mine = {s["id"] for s in store.all("session") if project in s["projects"]}
    assert mine and mine <= set(got["session"])
    subjects = {s["id"] for s in store.all("subject") if project in s["projects"]}
    assert subjects and subjects <= set(got["subject"])
    for model in ("behavior", "dataacquisition", "manipulation"):
        children = {r["id"] for r in store.all(model) if r["session"] in got["session"]}
        assert children == set(got[model]), model
    assert {r["id"] for r in store.all("procedure") if r["subject"] in got["subject"]} <= set(
        got["procedure"]
    )
    logs = {r["id"] for r in store.all("procedurelog") if r["procedure"] in got["procedure"]}
    assert logs and logs == set(got["procedurelog"])
    assert {r["id"] for r in store.all("subjectlog") if r["subject"] in got["subject"]} == set(
        got["subjectlog"]
    )
    # closed: every followed id is exported; lean: every record is reached from the project
    graph = ExportGraph.of("project")
    reached = {("project", project)}
    for model, by_id in got.items():
        for record in by_id.values():
            for edge in graph.forward.get(model, ()):
                value = record[edge.field]
                for rid in value if isinstance(value, list) else [value]:
                    if rid is not None:
                        assert rid in got[edge.target], f"{model}.{edge.field} -> {rid}"
                        reached.add((edge.target, rid))
            for child, field in graph.reverse.get(model, ()):
                reached |= {
                    (child, c["id"]) for c in got[child].values() if c[field] == record["id"]
                }
    assert reached == {(m, rid) for m, by_id in got.items() for rid in by_id}
    # other projects stay ids
    others = {p for s in got["session"].values() for p in s["projects"]} - {project}
    assert others and not others & set(got["project"])


def test_records_are_as_the_api_returns_them(exported: Path, client: BrainstemClient) -> None:
    for model in ExportGraph.of("project").models:
        rows = records(exported, model)
        if not rows:
            continue
        info = MODELS[model]
        served = client.load(model, id=rows[0]["id"]).raise_for_status().json()[info.detail_key]
        for field in info.read_only:  # lists the server computes: sorted in the export
            if field in info.relations and isinstance(served.get(field), list):
                served[field] = sorted(served[field])
        assert rows[0] == served, model


def test_round_trip_through_a_sandbox(
    exported: Path, project: str, make_sandbox: Callable[..., Any], tmp_path: Path
) -> None:
    """Export, serve the export in a fresh sandbox, export again: the same files."""
    copy = make_sandbox(data=str(exported))
    again = tmp_path / "again"
    with BrainstemClient(token=TOKEN, url=copy.url) as client:
        result = client.export_project(project, again)
        session = records(exported, "session")[0]
        served = client.load("session", id=session["id"]).json()["session"]
    assert_same_export(exported, again)
    assert result.counts == json.loads((exported / "manifest.json").read_text())["counts"]
    assert served == session


def test_sync_async_and_sequential_exports_are_identical(
    exported: Path, project: str, sandbox: Any, tmp_path: Path
) -> None:
    with BrainstemClient(token=TOKEN, url=sandbox.url, concurrency=1) as client:
        client.export_project(project, tmp_path / "sequential")

    async def main() -> None:
        async with AsyncBrainstemClient(token=TOKEN, url=sandbox.url) as client:
            await client.export_project(project, tmp_path / "async")

    asyncio.run(main())
    assert_same_export(exported, tmp_path / "sequential")
    assert_same_export(exported, tmp_path / "async")


@pytest.mark.parametrize(("by_parent", "embed"), [(False, False), (True, False), (False, True)])
def test_every_fetch_strategy_gives_the_same_files(
    exported: Path, project: str, sandbox: Any, tmp_path: Path, by_parent: bool, embed: bool
) -> None:
    """By default the lists the server computes are asked for by their parents where that
    sends fewer ids (`filter{projects.in}`) and pages of sessions and subjects embed their
    children (`include[]`); everything by id (`filter{id.in}`) gives the same export."""
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        sandbox.requests.clear()
        plan = ExportPlan(project, tmp_path / "other", server=client.url, portal="private")
        plan.by_parent, plan.embed = by_parent, embed
        client._run_export(plan)
        other = [unquote(e.query) for e in sandbox.requests.entries()]
        sandbox.requests.clear()
        client.export_project(project, tmp_path / "default")
        default = [unquote(e.query) for e in sandbox.requests.entries()]
    assert_same_export(exported, tmp_path / "other")
    assert_same_export(exported, tmp_path / "default")
    assert sum(f"filter{{projects.in}}={project}" in q for q in default) == 2  # sessions, subjects
    assert any("include[]=behaviors.*" in q and "filter{projects.in}" in q for q in default)
    assert any("include[]=procedures.*" in q for q in default)
    assert not any("projects.in" in q for q in other) or by_parent
    assert not any("include[]" in q for q in other) or embed
    assert len(default) <= len(other)  # far fewer at scale: see make bench
    assert len(default) < len(other) or by_parent or embed


def test_progress(project: str, sandbox: Any, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        result = client.export_project(
            project, tmp_path / "out", progress=lambda *a: seen.append(a)
        )
    total = sum(result.counts.values())
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(t is not None and d <= t for d, t in seen)


def test_a_project_with_no_sessions(
    writer: BrainstemClient, make_sandbox: Callable[..., Any], tmp_path: Path
) -> None:
    empty = writer.save("project", data={"name": "Nothing yet"}).raise_for_status()
    pid = empty.json()["project"]["id"]
    result = writer.export_project(pid, tmp_path / "empty")
    assert result.counts["project"] == 1
    assert sum(result.counts.values()) == 1
    assert records(tmp_path / "empty", "session") == []
    copy = make_sandbox(data=str(tmp_path / "empty"))
    with BrainstemClient(token=TOKEN, url=copy.url) as client:
        client.export_project(pid, tmp_path / "again")
        assert client.load("session").json()["sessions"] == []
    assert_same_export(tmp_path / "empty", tmp_path / "again")


def test_a_project_that_does_not_exist(client: BrainstemClient, tmp_path: Path) -> None:
    missing = str(uuid.uuid4())
    out = tmp_path / "exports" / "nothing"
    with pytest.raises(NotFoundError, match=f"no project {missing} on the private portal"):
        client.export_project(missing, out)
    assert not (tmp_path / "exports").exists()


def test_bad_arguments_are_refused_before_any_request(
    client: BrainstemClient, sandbox: Any, project: str, tmp_path: Path
) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    (tmp_path / "file").write_text("x")
    before = len(sandbox.requests.entries())
    with pytest.raises(UsageError, match="already exists and is not empty"):
        client.export_project(project, full)
    with pytest.raises(UsageError, match="is not a directory"):
        client.export_project(project, tmp_path / "file")
    with pytest.raises(UsageError, match=r"get\('project', name="):
        client.export_project("Visual cortex plasticity", tmp_path / "new")
    assert len(sandbox.requests.entries()) == before
    assert [p.name for p in full.iterdir()] == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert client.export_project(project, empty).path == empty


def test_a_public_project_from_the_public_portal(sandbox: Any, tmp_path: Path) -> None:
    with BrainstemClient.public(url=sandbox.url) as public:
        pid = public.load("project", limit=1).json()["projects"][0]["id"]
        result = public.export_project(pid, tmp_path / "public")
    assert result.manifest["portal"] == "public"
    assert result.counts["project"] == 1
    for model in ("session", "subject", "behavior"):
        for record in records(tmp_path / "public", model):
            assert sandbox.store.is_public(model, record["id"])


def test_batches_keep_the_url_short() -> None:
    ids = [str(uuid.uuid4()) for _ in range(1000)]
    batches = list(_batches("id", ids))
    assert [i for b in batches for i in b] == ids
    assert all(len(b) <= 100 for b in batches)
    assert all(
        sum(len(i) + len("filter%7Bid.in%7D=&") for i in b) <= MAX_QUERY_CHARS for b in batches
    )
    assert len(batches) == -(-1000 // len(batches[0]))  # full batches but the last
    assert list(_batches("id", [])) == []
