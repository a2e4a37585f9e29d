"""The facts of the BrainSTEM API reference that the tests check, from `tests/reference.json`.

`make reference` extracts them from the reference docs (`scripts/extract_reference.py`), so the
suite runs without the docs: the documented endpoints with their portals and status codes, the
example request and response bodies, and each page's field table. `GUIDE` is where the user
guide is when the docs are present (the guide tests need the guide itself).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

# scripts/ is on sys.path through pyproject.toml's pytest `pythonpath`
from extract_reference import DATA, GUIDE_PATH, reference_dir

GUIDE = reference_dir() / GUIDE_PATH
PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000"
_FACTS: dict[str, Any] = json.loads(DATA.read_text())


def guide_missing() -> str | None:
    """Why the guide tests cannot run (None when the guide is there)."""
    if GUIDE.exists():
        return None
    return (
        f"the user guide is not at {GUIDE}: to run its examples, put the BrainSTEM reference "
        f"docs at {reference_dir()} or set BRAINSTEM_REFERENCE_DIR to where they are"
    )


@dataclass(frozen=True)
class Endpoint:
    page: str  # e.g. "stem/session"
    section: str  # the `## ` heading
    method: str
    path: str  # /api/{portal}/<app>/<model>/ [{id}/] [<action>/]
    portals: frozenset[str]
    statuses: tuple[int, ...]


@dataclass(frozen=True)
class Example:
    endpoint: Endpoint
    kind: str  # "request" (the `data=` of the example call) or "response"
    body: Any | None  # None when unparseable; placeholders replaced by PLACEHOLDER_UUID
    error: str | None


def endpoints() -> list[Endpoint]:
    """Every documented method + path pair, in page order."""
    return [
        Endpoint(
            page=e["page"],
            section=e["section"],
            method=e["method"],
            path=e["path"],
            portals=frozenset(e["portals"]),
            statuses=tuple(e["statuses"]),
        )
        for e in _FACTS["endpoints"]
    ]


def _substitute(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _substitute(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"<[^<>]+>", value):
        return PLACEHOLDER_UUID
    return value


def examples(kind: str = "response") -> list[Example]:
    """Every example body of that kind, placeholders such as "<id>" replaced by a fixed UUID."""
    by_section = {(ep.page, ep.section): ep for ep in endpoints()}
    return [
        Example(
            endpoint=by_section[(ex["page"], ex["section"])],
            kind=ex["kind"],
            body=_substitute(ex["body"]) if "body" in ex else None,
            error=ex.get("error"),
        )
        for ex in _FACTS["examples"]
        if ex["kind"] == kind
    ]


def field_tables() -> dict[str, list[dict[str, Any]]]:
    """Each page's field table: name, type, and where documented required, read_only, unique,
    max_length, min_items, choices, default, id_type."""
    tables: dict[str, list[dict[str, Any]]] = _FACTS["fields"]
    return tables
