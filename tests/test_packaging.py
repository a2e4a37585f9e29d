"""The wheel holds both packages, their py.typed markers, the spec and the entry point."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel, installs it in a new venv

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
    )
    (found,) = out.glob("brainstem_python_api_tools-*.whl")
    return found


def test_wheel_contents(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "brainstem_api_tools/__init__.py",
        "brainstem_api_tools/py.typed",
        "brainstem_api_tools/_spec_tables.py",
        "brainstem_api_tools/sandbox/openapi.yaml",
        "brainstem_api_client/__init__.py",
        "brainstem_api_client/py.typed",
        "brainstem_api_client/api/stem/session_list.py",
    ):
        assert required in names, required
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "brainstem = brainstem_api_tools.cli:console" in text


def test_wheel_installs_and_imports_in_a_clean_venv(wheel: Path, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.create(env)  # without pip of its own (ensurepip takes seconds): this pip installs there
    python = env / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True,
    )
    code = (
        "import brainstem_api_client, brainstem_api_tools;"
        "from brainstem_api_tools import BrainstemClient;"
        "from brainstem_api_tools.models import MODELS;"
        "print(len(MODELS))"
    )
    result = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True)
    assert int(result.stdout) >= 48
