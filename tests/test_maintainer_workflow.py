"""The maintainer's workflow (docs/maintaining.md), done on a copy of the project.

The worked example of docs/maintaining.md (its YAML blocks: a model `stem/experiment` written
like `stem/project`, and a field `session.notes`) is applied to a copy of the spec, which is
generated once into a temporary tree. From that tree, with no hand-written edit, the client saves
and loads both against a sandbox built from the new spec and `brainstem models` lists the model;
the reports the page shows are the real ones. Then removing a field and renaming `limit` must be
reported as breaking by `api-changes`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "maintaining.md"
# what `scripts/generate.sh` needs to generate, and the handwritten layer to run on its output
NEEDED = ("openapi.yaml", "generator-config.yaml", "pyproject.toml", "scripts", "templates", "src")


def doc_blocks(language: str = "") -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return [
        m.group(2) for m in re.finditer(r"```(\w*)\n(.*?)```", text, re.S) if m.group(1) == language
    ]


def doc_block(first_line: str) -> list[str]:
    """The lines of the page's output block that starts with `first_line`."""
    found = [b for b in doc_blocks() if b.lstrip(" ").startswith(first_line.lstrip(" "))]
    assert len(found) == 1, f"docs/maintaining.md has one block starting {first_line!r}"
    return found[0].splitlines()


def merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        else:
            into[key] = value


def apply_worked_example(spec: dict[str, Any]) -> None:
    """Add what the page's YAML blocks say: the experiment's paths and schemas, session.notes."""
    blocks = doc_blocks("yaml")
    assert len(blocks) == 3, "docs/maintaining.md: paths, schemas, the session field"
    for block in blocks:
        merge(spec, yaml.safe_load(block))


def dump(spec: dict[str, Any], path: Path) -> None:
    path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")


def run(args: list[str], tree: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run in the temporary tree: its src/ and generated/ come before the installed ones; no
    token, server or home of the developer's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRAINSTEM_")}
    env |= {
        "PYTHONPATH": f"{tree / 'src'}{os.pathsep}{tree / 'generated'}",
        "HOME": str(tree / "home"),
        "VENV_BIN": str(Path(sys.executable).parent),
    }
    return subprocess.run(
        args, cwd=tree, env=env, capture_output=True, text=True, check=False, timeout=120, **kwargs
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project copied, the spec edited, everything generated: once for the module."""
    tree = tmp_path_factory.mktemp("workflow")
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for name in NEEDED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, tree / name)
    (tree / "home").mkdir()
    spec = yaml.load((tree / "openapi.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    apply_worked_example(spec)
    dump(spec, tree / "openapi.yaml")
    generated = run(["bash", str(tree / "scripts" / "generate.sh"), str(tree)], tree)
    assert generated.returncode == 0, generated.stderr
    return tree


def test_the_new_spec_passes_the_linter(tree: Path) -> None:
    result = run([sys.executable, "scripts/lint_spec.py", "openapi.yaml"], tree)
    assert result.returncode == 0, result.stdout
    assert result.stdout == "openapi.yaml: no problems (14 rules)\n"


def test_client_and_sandbox_serve_the_new_model_and_field(tree: Path) -> None:
    script = textwrap.dedent(
        """
        import json
        import brainstem_api_client, brainstem_api_tools
        from brainstem_api_client.models import Experiment, Session
        from brainstem_api_tools import BrainstemClient
        from brainstem_api_tools.sandbox.server import run_sandbox

        out = {
            "modules": [brainstem_api_tools.__file__, brainstem_api_client.__file__],
            "attrs": ["notes" in Session.__annotations__, "name" in Experiment.__annotations__],
        }
        with run_sandbox(records=5) as sandbox:
            client = BrainstemClient(token=sandbox.token, url=sandbox.url)
            project = client.load("project", limit=1).json()["projects"][0]["id"]
            saved = client.save(
                "experiment", data={"name": "Place cells", "projects": [project]}
            ).json()["experiment"]
            out["experiment"] = client.load("experiment", id=saved["id"]).json()["experiment"]
            out["experiments"] = client.load(
                "experiment", filters={"name.icontains": "place"}
            ).json()["experiments"]
            session = client.load("session", limit=1).json()["sessions"][0]
            client.save("session", id=session["id"], data={"notes": "re-sorted"})
            out["session"] = client.load("session", id=session["id"]).json()["session"]
        print(json.dumps(out))
        """
    )
    result = run([sys.executable, "-c", script], tree)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert all(module.startswith(str(tree)) for module in out["modules"]), out["modules"]
    assert out["attrs"] == [True, True]
    experiment = out["experiment"]
    assert experiment["name"] == "Place cells"
    assert len(experiment["projects"]) == 1
    assert [e["id"] for e in out["experiments"]] == [experiment["id"]]
    assert out["session"]["notes"] == "re-sorted"


def test_the_cli_lists_and_describes_the_new_model(tree: Path) -> None:
    cli = [sys.executable, "-m", "brainstem_api_tools", "models"]
    listed = run([*cli, "--format", "json"], tree)
    assert listed.returncode == 0, listed.stderr
    experiment = next(m for m in json.loads(listed.stdout) if m["model"] == "experiment")
    assert experiment["app"] == "stem"
    assert sorted(experiment["operations"]) == ["create", "delete", "get", "list", "update"]
    assert experiment["relations"] == {"projects": "project"}
    session = next(m for m in json.loads(listed.stdout) if m["model"] == "session")
    assert "notes" in session["fields"]
    described = run([*cli, "experiment"], tree)
    assert described.returncode == 0, described.stderr
    assert described.stdout.splitlines()[0] == "experiment (app: stem, id: uuid)"


def api_changes(tree: Path, *args: str) -> list[str]:
    result = run([sys.executable, "scripts/api_changes.py", *args], tree)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_reports_shown_in_the_doc_are_real(tree: Path) -> None:
    base = str(ROOT / "openapi.yaml")
    short = api_changes(tree, "--base", base, "--short")
    assert short[0].startswith(f"API changes against {base}: ")
    short[0] = short[0].replace(base, "main")
    assert short == doc_block("API changes against main:")
    full = api_changes(tree, "--base", base)
    assert full[1:] == doc_block("0 breaking, 13 not breaking;")


def test_api_changes_reports_a_removed_field_and_a_renamed_parameter_as_breaking(
    tree: Path,
) -> None:
    base = ROOT / "openapi.yaml"  # "instead" of the worked example: from the spec as it is
    spec = yaml.load(base.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for name in ("Session", "SessionRequest", "PatchedSessionRequest"):
        schema = spec["components"]["schemas"][name]
        schema["properties"].pop("datastorage")
        if "datastorage" in schema.get("required", []):
            schema["required"].remove("datastorage")
    spec["components"]["parameters"]["Limit"]["name"] = "page_size"
    dump(spec, tree / "changed.yaml")
    lines = api_changes(tree, "--base", str(base), "--spec", "changed.yaml")
    expected = doc_block("BREAKING  field removed: Session.datastorage (response)")
    lists = sum(1 for p in spec["paths"].values() for op in p.values() if "Limit" in str(op))
    assert f" in {lists} operations: " in expected[2], "the doc counts the list operations"
    for line in [
        *expected,
        "  BREAKING  field removed: SessionRequest.datastorage (request)",
        "  BREAKING  field removed: PatchedSessionRequest.datastorage (request)",
    ]:
        assert line in lines, "\n".join(lines)
    assert lines[1].startswith("4 breaking, 1 not breaking;"), "\n".join(lines)
