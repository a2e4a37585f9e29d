"""Shared helpers for the checks of openapi.yaml against the reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


def load_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(
        SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader
    )
    return loaded
