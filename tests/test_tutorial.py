"""The tutorial script walks through the guide against a sandbox; the notebook is made from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # runs the tutorial script end to end
def test_tutorial_script_runs_on_a_sandbox(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, str(ROOT / "brainstem_api_tutorial.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in (
        "Token from: login",
        "public projects",
        "rat sessions",
        "Sessions per project:",
        "Created session",
        "Description now: Updated",
        "Deleted",
        "As expected: 404",
        "Imported: 3 rows: 3 created",
        "records into 31 files",
        "The copy serves the project's",
        "Imported sessions in the copy: ['Tutorial import 1', 'Tutorial import 2', "
        "'Tutorial import 3']",
    ):
        assert expected in result.stdout, expected


def test_notebook_is_made_from_the_script() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_notebook.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
