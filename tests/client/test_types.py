"""The types an editor sees: mypy checks tests/typing/load_types.py, whose `assert_type`s say
what `load` and the loaders return with and without `load_all` (sync and async)."""

from __future__ import annotations

from pathlib import Path

import mypy.api

ROOT = Path(__file__).resolve().parents[2]


def test_load_and_the_loaders_are_typed_by_load_all() -> None:
    # The project's mypy settings and cache (`make lint` warms it): about a second when warm.
    out, err, status = mypy.api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-error-summary",
            str(ROOT / "tests" / "typing" / "load_types.py"),
        ]
    )
    assert status == 0, out + err
