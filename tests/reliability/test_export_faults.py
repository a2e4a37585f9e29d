"""`export_project` against a service that fails: the same files as without faults, through the
retries, or a clear error and no directory at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from brainstem_api_tools import BrainstemClient, ServerError

from ..export_checks import assert_same_export, siblings
from .conftest import FAST_RETRIES, TOKEN

KINDS = ("502", "503", "504", "429", "reset", "truncate", "html")


def first_project(url: str) -> str:
    with BrainstemClient(token=TOKEN, url=url) as client:
        return str(client.load("project", limit=1).json()["projects"][0]["id"])


@pytest.mark.parametrize("seed", range(3))
def test_faults_are_retried_into_the_same_export(faulty: Any, tmp_path: Path, seed: int) -> None:
    project = first_project(faulty.url)
    with BrainstemClient(token=TOKEN, url=faulty.url, retries=FAST_RETRIES) as client:
        client.export_project(project, tmp_path / "clean")
        faulty.faults.configure(kinds=KINDS, rate=0.3, seed=seed)
        faulty.requests.clear()
        client.export_project(project, tmp_path / "faulty")
    injected = [e.fault for e in faulty.requests.entries() if e.fault]
    assert len(injected) >= 5
    assert_same_export(tmp_path / "clean", tmp_path / "faulty")


def test_an_export_that_fails_part_way_leaves_nothing(faulty: Any, tmp_path: Path) -> None:
    """Once the project has arrived every read fails: the error says so, and no directory
    (complete-looking or partial) is left."""
    project = first_project(faulty.url)
    out = tmp_path / "exports" / "project"
    out.parent.mkdir()

    def fail_from_now(done: int, total: int | None) -> None:
        faulty.faults.configure(kinds=("503",), rate=1.0)

    retries = FAST_RETRIES
    with (
        BrainstemClient(token=TOKEN, url=faulty.url, retries=retries) as client,
        pytest.raises(ServerError, match="503"),
    ):
        client.export_project(project, out, progress=fail_from_now)
    assert siblings(out) == []
    assert any(e.status == 200 for e in faulty.requests.entries())  # it had started


def test_a_write_that_fails_leaves_nothing(faulty: Any, tmp_path: Path) -> None:
    """The files are written beside the target and renamed at the end: a failure while
    writing (here, the target taken meanwhile) removes them."""
    project = first_project(faulty.url)
    out = tmp_path / "exports" / "project"
    out.parent.mkdir()

    def take_the_target(done: int, total: int | None) -> None:
        if not out.exists():
            out.mkdir()
            (out / "someone-else.txt").write_text("not yours")

    with (
        BrainstemClient(token=TOKEN, url=faulty.url) as client,
        pytest.raises(Exception, match="already exists and is not empty"),
    ):
        client.export_project(project, out, progress=take_the_target)
    assert siblings(out) == ["project"]
    assert [p.name for p in out.iterdir()] == ["someone-else.txt"]


def test_a_full_disk_leaves_nothing(
    faulty: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up after a few files: the files written so far go too."""
    import errno
    import json

    project = first_project(faulty.url)
    out = tmp_path / "exports" / "project"
    out.parent.mkdir()
    dump = json.dump
    calls = []

    def fill_up(value: Any, file: Any, **options: Any) -> None:
        calls.append(1)
        if len(calls) == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        dump(value, file, **options)

    monkeypatch.setattr(json, "dump", fill_up)
    with (
        BrainstemClient(token=TOKEN, url=faulty.url) as client,
        pytest.raises(OSError, match="No space left"),
    ):
        client.export_project(project, out)
    assert len(calls) == 5
    assert siblings(out) == []
