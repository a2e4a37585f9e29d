"""Read the BrainSTEM API reference (docs/api/<app>/<model>.md): endpoints and examples.

The reference is a set of Markdown pages. Each `## ` section that documents an endpoint
carries `Request method:` and `URL:` bullets, and may be followed by an example response in a
code block (JSON, or a Python dict literal on some pages).
"""

from __future__ import annotations

import ast
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
# The BrainSTEM reference docs sit in shared/ beside the checkout (as in CI).
REFERENCE = Path(
    os.environ.get("BRAINSTEM_REFERENCE_DIR", ROOT.parent / "shared/reference/brainstem-docs")
)
if not (REFERENCE / "docs" / "api.md").exists():
    raise RuntimeError(
        f"the BrainSTEM API reference is not at {REFERENCE}: put shared/ beside the checkout "
        "or set BRAINSTEM_REFERENCE_DIR"
    )
API_PAGES = REFERENCE / "docs" / "api"
PLACEHOLDER_UUID = "00000000-0000-4000-8000-000000000000"

_METHOD = re.compile(r"Request method:\*\*\s*([A-Z]+)")
_URL = re.compile(r"URL[^:\n]*:\*\*\s*<?`?(https?://(?:[^\s>`<]|<[^>\s]*>)+)")
_EXAMPLE = re.compile(r"^#+ .*(?:Example response|Response example).*$", re.MULTILINE)
_FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.DOTALL)


@dataclass(frozen=True)
class Endpoint:
    page: str  # e.g. "stem/session"
    section: str  # the `## ` heading
    method: str
    path: str  # /api/{portal}/<app>/<model>/ [{id}/] [<action>/]
    text: str  # the section's Markdown


def _normalise(url: str) -> str:
    path = re.sub(r"^https?://[^/]+", "", url).replace("\\", "")
    parts = [p for p in path.split("/") if p]
    out = []
    for i, part in enumerate(parts):
        if i == 1:
            out.append("{portal}")
        elif part.startswith("<"):
            out.append("{id}")
        else:
            out.append(part)
    return "/" + "/".join(out) + "/"


def endpoints() -> list[Endpoint]:
    """Every documented method + path pair, in page order."""
    found: list[Endpoint] = []
    for page in sorted(API_PAGES.glob("*/*.md")):
        if page.parent.name == "schemas":
            continue
        for section in re.split(r"\n## ", page.read_text())[1:]:
            method, url = _METHOD.search(section), _URL.search(section)
            if not method:
                continue
            assert url, f"{page}: section without URL"
            found.append(
                Endpoint(
                    page=f"{page.parent.name}/{page.stem}",
                    section=section.split("\n", 1)[0].strip(),
                    method=method.group(1),
                    path=_normalise(url.group(1)),
                    text=section,
                )
            )
    return found


def _substitute(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _substitute(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"<[^<>]+>", value):
        return PLACEHOLDER_UUID
    return value


def parse_example(text: str) -> Any:
    """Parse an example body written as JSON or as a Python literal (trailing commas allowed).

    Placeholders such as "<id>" or "<subject-id>" become a fixed UUID.
    """
    body = re.sub(r"//[^\n\"']*$", "", text, flags=re.MULTILINE)  # JSON with comments
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    try:
        value = json.loads(body)
    except json.JSONDecodeError:
        value = ast.literal_eval(_JsonNames().visit(ast.parse(body.strip(), mode="eval")))
    return _substitute(value)


class _JsonNames(ast.NodeTransformer):
    """Some Python-literal examples mix in JSON's null/true/false."""

    NAMES: ClassVar[dict[str, Any]] = {"null": None, "true": True, "false": False}

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.NAMES:
            return ast.copy_location(ast.Constant(self.NAMES[node.id]), node)
        return node


@dataclass(frozen=True)
class Example:
    endpoint: Endpoint
    raw: str
    body: Any | None  # None when unparseable
    error: str | None


def examples() -> list[Example]:
    """Every example response of every endpoint section."""
    found = []
    for ep in endpoints():
        for heading in _EXAMPLE.finditer(ep.text):
            fence = _FENCE.search(ep.text, heading.end())
            if not fence:
                continue
            raw = fence.group(1)
            try:
                found.append(Example(ep, raw, parse_example(raw), None))
            except (ValueError, SyntaxError) as exc:
                found.append(Example(ep, raw, None, f"{type(exc).__name__}: {exc}"))
    return found
