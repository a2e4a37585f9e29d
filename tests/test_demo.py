"""`make demo`, the README's main job, runs end to end and shows real output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # runs the demo script end to end

ROOT = Path(__file__).resolve().parents[1]


def test_demo_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (
        "Logged in to http://127.0.0.1:",
        "the server accepts the token",
        "rat-",
        '{"id":"8323aa0c-9d0f-40e5-be02-0498da0aedfd","name":"Visual cortex plasticity"}',
        "projects:name 'Visual cortex plasticity': 8323aa0c-9d0f-40e5-be02-0498da0aedfd",
        "Deleted session",
        "name,sex,status",
        "Logged out of",
    ):
        assert expected in out, expected
