"""The sandbox serving a project export (`--data DIR`): verbatim records, dangling ids kept, and
every misfit refused with its file, record and field."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from brainstem_api_tools import BrainstemClient
from brainstem_api_tools.sandbox import create_app

TOKEN = "sandbox-test-token"
Edit = Callable[[Path], None]


@pytest.fixture(scope="module")
def export(sandbox: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "project"
    with BrainstemClient(token=TOKEN, url=sandbox.url) as client:
        pid = client.load("project", limit=1).json()["projects"][0]["id"]
        client.export_project(pid, out)
    return out


@pytest.fixture
def copy(export: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(export, tmp_path / "copy"))


def read(path: Path, model: str) -> Any:
    return json.loads((path / f"{model}.json").read_text())


def write(path: Path, model: str, value: Any) -> None:
    (path / f"{model}.json").write_text(json.dumps(value))


def edit_record(model: str, index: int, change: Callable[[dict[str, Any]], None]) -> Edit:
    def edit(path: Path) -> None:
        rows = read(path, model)
        change(rows[index])
        write(path, model, rows)

    return edit


def _manifest(change: Callable[[dict[str, Any]], None]) -> Edit:
    def edit(path: Path) -> None:
        manifest = read(path, "manifest")
        change(manifest)
        write(path, "manifest", manifest)

    return edit


def duplicate_first_session(path: Path) -> None:
    rows = read(path, "session")
    write(path, "session", [*rows, rows[0]])
    _manifest(lambda m: m["counts"].update(session=len(rows) + 1))(path)


def add_epochs(path: Path) -> None:
    write(path, "epoch", [])
    _manifest(lambda m: m["counts"].update(epoch=0))(path)


REFUSED: list[tuple[str, Edit, str]] = [
    (
        "no manifest",
        lambda p: (p / "manifest.json").unlink(),
        r"is not a project export: it has no manifest.json",
    ),
    (
        "not a manifest",
        _manifest(lambda m: m.update(format="zip")),
        r"not the manifest of a brainstem export",
    ),
    (
        "newer format",
        _manifest(lambda m: m.update(format_version=2)),
        r"export format 2 is newer than this sandbox reads \(1\): upgrade",
    ),
    (
        "bad counts",
        _manifest(lambda m: m.update(counts={"session": "3"})),
        r"counts must map model names to numbers",
    ),
    (
        "unknown model",
        add_epochs,
        r"holds 'epoch' records, a model this sandbox's spec does not have",
    ),
    (
        "file missing",
        lambda p: (p / "subject.json").unlink(),
        r"subject.json is missing: the manifest counts \d+ records",
    ),
    (
        "extra file",
        lambda p: (p / "notes.json").write_text("{}"),
        r"notes.json: not part of the export",
    ),
    (
        "cut short",
        lambda p: write(p, "session", read(p, "session")[:-1]),
        r"session.json holds \d+ records where the manifest counts \d+",
    ),
    ("not JSON", lambda p: (p / "species.json").write_text("[{"), r"cannot read .*species.json"),
    (
        "not a list",
        lambda p: write(p, "species", {"species": []}),
        r"species.json: expected a JSON list of records",
    ),
    (
        "unknown field",
        edit_record("session", 0, lambda r: r.update(colour="red")),
        r"session.json: record 0 \(id [0-9a-f-]{36}\): field 'colour' is not a field of session",
    ),
    (
        "required field",
        edit_record("session", 1, lambda r: r.pop("name")),
        r"session.json: record 1 \(id [0-9a-f-]{36}\): required field 'name' is missing",
    ),
    (
        "bad date-time",
        edit_record("session", 2, lambda r: r.update(date_time="yesterday")),
        r"session.json: record 2 \(id .{36}\): field 'date_time': Datetime has wrong format",
    ),
    (
        "bad relation",
        edit_record("behavior", 0, lambda r: r.update(session="B-12")),
        r"behavior.json: record 0 \(id .{36}\): field 'session': \"B-12\" is not a valid UUID",
    ),
    (
        "bad enum",
        edit_record("subject", 0, lambda r: r.update(sex="X")),
        r"subject.json: record 0 .*: field 'sex': \"X\" is not a valid choice",
    ),
    (
        "no id",
        edit_record("species", 0, lambda r: r.pop("id")),
        r"species.json: record 0: required field 'id' is missing",
    ),
    ("twice", duplicate_first_session, r"session.json: record \d+: id .{36} appears twice"),
]


@pytest.mark.parametrize(("edit", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_an_export_that_does_not_fit_the_spec_is_refused(
    copy: Path, edit: Edit, message: str
) -> None:
    edit(copy)
    with pytest.raises(ValueError, match=message):
        create_app(data=str(copy))


def test_records_are_served_verbatim_with_dangling_ids(
    copy: Path, make_sandbox: Callable[..., Any]
) -> None:
    sessions = read(copy, "session")
    sessions[0]["date_time"] = "2024-03-13T14:30:00.250+01:00"  # kept as exported
    write(copy, "session", sessions)
    project = read(copy, "project")[0]["id"]
    box = make_sandbox(data=str(copy))
    headers = {"Authorization": f"Bearer {box.token}"}
    url = f"{box.url}/api/private/stem/session/"
    served = httpx.get(f"{url}{sessions[0]['id']}/", headers=headers).json()["session"]
    assert served == sessions[0]
    # another project's id stays as the server shows it, also when included
    shared = next(s for s in sessions if len(s["projects"]) > 1)
    other = next(p for p in shared["projects"] if p != project)
    body = httpx.get(
        f"{url}{shared['id']}/", params={"include[]": "projects.*"}, headers=headers
    ).json()["session"]
    assert other in body["projects"]
    assert any(isinstance(p, dict) and p["id"] == project for p in body["projects"])
    # computed lists name exported records only; filters see the records
    listed = httpx.get(
        url, params={"filter{projects}": project, "limit": 100}, headers=headers
    ).json()["sessions"]
    assert {s["id"] for s in listed} == set(read(copy, "project")[0]["sessions"])
    assert box.state.loaded.startswith(f"export {copy}: project {project} from http://")


@pytest.mark.parametrize("public", [True, False])
def test_the_public_portal_shows_a_public_projects_content(
    copy: Path, make_sandbox: Callable[..., Any], public: bool
) -> None:
    """As on BrainSTEM: a public project's sessions, subjects and their modules are public, a
    private one's are not; vocabularies are; a setup is when its own is_public says so."""
    edit_record("project", 0, lambda r: r.update(is_public=public))(copy)
    project = read(copy, "project")[0]["id"]
    box = make_sandbox(data=str(copy))

    def shown(model: str, app: str) -> set[str]:
        url = f"{box.url}/api/public/{app}/{model}/"
        key = {"session": "sessions", "subject": "subjects", "behavior": "behaviors"}.get(model)
        body = httpx.get(url, params={"limit": 100}).json()
        return {r["id"] for r in body[key or next(iter(body))]}

    sessions = {s["id"] for s in read(copy, "session") if public and project in s["projects"]}
    subjects = {s["id"] for s in read(copy, "subject") if public and project in s["projects"]}
    behaviors = {
        b["id"]
        for b in read(copy, "behavior")
        if b["session"] in sessions or set(b["subjects"]) & subjects
    }
    assert shown("session", "stem") == sessions
    assert shown("subject", "stem") == subjects
    assert shown("behavior", "modules") == behaviors
    assert shown("species", "taxonomies") == {r["id"] for r in read(copy, "species")}
    setups = {r["id"] for r in read(copy, "setup") if r["is_public"]}
    assert shown("setup", "personal_attributes") == setups
    assert bool(sessions) == public
