"""Checks on project export directories, shared by the client, CLI and reliability tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# what may differ between two exports of the same data
VOLATILE = ("exported_at", "server")


def read_export(path: Path) -> dict[str, Any]:
    """Every file of an export, parsed, by file name (the manifest without its volatile keys)."""
    files = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in path.iterdir()}
    for key in VOLATILE:
        files["manifest.json"].pop(key)
    return files


def assert_same_export(a: Path, b: Path) -> None:
    """Two exports hold the same files, byte for byte apart from the manifest's time and
    server."""
    assert sorted(p.name for p in a.iterdir()) == sorted(p.name for p in b.iterdir())
    for path in sorted(a.iterdir()):
        if path.name != "manifest.json":
            assert path.read_bytes() == (b / path.name).read_bytes(), f"{path.name} differs"
    assert read_export(a)["manifest.json"] == read_export(b)["manifest.json"]


def siblings(path: Path) -> list[str]:
    """What is beside (and in) the export's parent directory: no partial directory may stay."""
    return sorted(p.name for p in path.parent.iterdir())
