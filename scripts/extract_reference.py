"""Extract the facts the spec tests check from the BrainSTEM API reference into a data file.

Usage: python scripts/extract_reference.py [--check] [--out FILE]

The reference (`docs/api/<app>/<model>.md` of the BrainSTEM docs) is read from
`$BRAINSTEM_REFERENCE_DIR`, else from `shared/reference/brainstem-docs` beside the checkout.
It is a tool for writing the project, not part of it: the facts the tests need are committed in
`tests/reference.json` (data only: endpoints with their portals and status codes, example
bodies, the field tables), so the suite runs without the docs. With `--check` the file is
regenerated in memory and compared: exit 1 when it drifted, exit 0 (with a note) when the
reference is not there to compare with.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "reference.json"
GUIDE_PATH = Path("docs/api-tools/python-api-tool.md")  # inside the reference


def reference_dir() -> Path:
    """Where the reference docs are expected (whether or not they are there)."""
    configured = os.environ.get("BRAINSTEM_REFERENCE_DIR")
    return Path(configured) if configured else ROOT.parent / "shared/reference/brainstem-docs"


# --- endpoints -----------------------------------------------------------------------------

_METHOD = re.compile(r"Request method:\*\*\s*([A-Z]+)")
_URL = re.compile(r"URL[^:\n]*:\*\*\s*<?`?(https?://(?:[^\s>`<]|<[^>\s]*>)+)")
_PORTALS = re.compile(r"Allowed portals:\*\*\s*([^\n]+)")
_STATUSES = re.compile(r"Responses:\*\*\s*([^\n]+)")
_RESPONSE = re.compile(r"^#+ .*(?:Example response|Response example).*$", re.MULTILINE)
_REQUEST = re.compile(r"^#+ .*(?:Example request|Use example).*$", re.MULTILINE)
_FENCE = re.compile(r"```[a-z]*\n(.*?)```", re.DOTALL)


def _normalise(url: str) -> str:
    """.../api/private/stem/session/<id>/ -> /api/{portal}/stem/session/{id}/"""
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


def _pages(api: Path) -> list[Path]:
    return [p for p in sorted(api.glob("*/*.md")) if p.parent.name != "schemas"]


def _page_name(page: Path) -> str:
    return f"{page.parent.name}/{page.stem}"


def _sections(page: Path) -> list[tuple[str, str]]:
    """(heading, text) of every `## ` section that documents an endpoint."""
    found = []
    for section in re.split(r"\n## ", page.read_text())[1:]:
        if _METHOD.search(section):
            found.append((section.split("\n", 1)[0].strip(), section))
    return found


def _endpoint(page: Path, heading: str, text: str) -> dict[str, Any]:
    method, url = _METHOD.search(text), _URL.search(text)
    portals, statuses = _PORTALS.search(text), _STATUSES.search(text)
    missing = [
        name
        for name, found in (("URL", url), ("portals", portals), ("responses", statuses))
        if not found
    ]
    if missing or not (method and url and portals and statuses):
        raise SystemExit(f"{page}: section {heading!r} has no {', '.join(missing)}")
    return {
        "page": _page_name(page),
        "section": heading,
        "method": method.group(1),
        "path": _normalise(url.group(1)),
        "portals": sorted(p.strip() for p in portals.group(1).split(",")),
        "statuses": sorted({int(c) for c in re.findall(r"`(\d{3})`", statuses.group(1))}),
    }


# --- example bodies ------------------------------------------------------------------------


class _JsonNames(ast.NodeTransformer):
    """Some Python-literal examples mix in JSON's null/true/false."""

    NAMES: ClassVar[dict[str, Any]] = {"null": None, "true": True, "false": False}

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.NAMES:
            return ast.copy_location(ast.Constant(self.NAMES[node.id]), node)
        return node


def parse_body(text: str) -> Any:
    """A body written as JSON (with comments or trailing commas) or as a Python literal."""
    body = re.sub(r"//[^\n\"']*$", "", text, flags=re.MULTILINE)
    body = re.sub(r",(\s*[}\]])", r"\1", body)
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        return ast.literal_eval(_JsonNames().visit(ast.parse(body.strip(), mode="eval")))


def _request_data(code: str) -> Any:
    """The `data=` literal of the example call (`client.save("session", data={...})`)."""
    for node in ast.walk(ast.parse(code.strip())):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg == "data":
                    return ast.literal_eval(_JsonNames().visit(keyword.value))
    return None


def _examples(page: Path, heading: str, text: str, method: str) -> list[dict[str, Any]]:
    found = []
    kinds = [("response", _RESPONSE)]
    if method in {"POST", "PATCH"}:
        kinds.insert(0, ("request", _REQUEST))
    for kind, pattern in kinds:
        for match in pattern.finditer(text):
            fence = _FENCE.search(text, match.end())
            if not fence:
                continue
            entry: dict[str, Any] = {"page": _page_name(page), "section": heading, "kind": kind}
            try:
                body = parse_body(fence.group(1)) if kind == "response" else None
                if kind == "request":
                    body = _request_data(fence.group(1))
                    if body is None:
                        continue
                entry["body"] = body
            except (ValueError, SyntaxError) as exc:
                entry["error"] = f"{type(exc).__name__}: {exc}"
            found.append(entry)
    return found


# --- field tables --------------------------------------------------------------------------

_ROW = re.compile(r"^\|\s*`(\w+)`\s*\|\s*(.*?)\s*\|?\s*$")
_BRACKETS = re.compile(r"(?<!\*)\[([^\]]*)\](?!\()")
_SCHEMA_LINK = re.compile(r"\]\(/api/schemas/(\w+)(?:\.md)?\)")
_TYPE_VALUE = re.compile(r"^\|\s*`([^`]+)`\s*\|", re.MULTILINE)


def _field_type(name: str, text: str) -> tuple[str | None, str | None]:
    """The kind of value a description states, and the id type for relations."""
    lower = text.lower()
    id_type = (
        "integer" if "integer" in lower else "string" if re.search("string|uuid", lower) else None
    )
    if "file upload" in lower:
        return "file", None
    if lower.startswith("list of related"):
        return "relations", id_type
    if lower.startswith("list of strings"):
        return "strings", None
    if lower.startswith("list of"):
        return "list", None
    if name != "id" and re.search(r"\bID\b|UUID of a related", text):
        return "relation", id_type
    for kind, pattern in (
        ("uuid", r"^uuid"),
        ("boolean", r"^boolean"),
        ("integer", r"\binteger\b"),
        ("date-time", r"date-time|date and time|\(iso 8601"),
        ("date", r"\bdate\b"),
        ("list", r"^json array"),
        ("object", r"^(?:json )?(?:object|dictionary)"),
        ("url", r"\burl\b"),
        ("string", r"\bstring\b"),
    ):
        if re.search(pattern, lower):
            return kind, None
    return None, None


def _options(page_text: str, field: str, schemas: Path) -> list[str] | None:
    """The choices a field's "See options below" points to: a list on the page, or the
    "Type value" column of the schema page it links to."""
    listed = re.search(rf"available `{field}` options[^\n]*\n+((?:- `[^`]+`[^\n]*\n)+)", page_text)
    if listed:
        return re.findall(r"^- `([^`]+)`", listed.group(1), re.MULTILINE)
    links = _SCHEMA_LINK.findall(page_text)
    wanted = [link for link in links if (link == "coordinates") == field.startswith("coordinates")]
    for link in wanted:
        target = schemas / f"{link}.md"
        if target.exists():
            quick = target.read_text().split("## Quick type map", 1)
            if len(quick) == 2:
                table = quick[1].split("\n## ", 1)[0]
                return [v for v in _TYPE_VALUE.findall(table) if v != "Type value"]
    return None


def _field(name: str, text: str, page_text: str, schemas: Path) -> dict[str, Any]:
    kind, id_type = _field_type(name, text)
    field: dict[str, Any] = {"name": name, "type": kind}
    if id_type:
        field["id_type"] = id_type
    flags = " ".join(re.findall(r"\*\*\[([^\]]*)\]\*\*", text)).lower()
    if "required" in flags:
        field["required"] = True
    if "at least one" in flags:
        field["min_items"] = 1
    if "read-only" in flags or "read-only)" in text:
        field["read_only"] = True
    for bracket in _BRACKETS.findall(re.sub(r"\*\*\[[^\]]*\]\*\*", "", text)):
        for part in (p.strip() for p in bracket.split(";")):
            if m := re.fullmatch(r"max length: (\d+)", part):
                field["max_length"] = int(m.group(1))
            elif part == "must be unique":
                field["unique"] = True
            elif m := re.fullmatch(r"default: `?([^`]*)`?", part):
                value = m.group(1)
                field["default"] = {"True": True, "False": False}.get(value, value)
    if m := re.search(r"\(max (\d+) characters\)", text):
        field["max_length"] = int(m.group(1))
    if m := re.search(r"Choices: ((?:`[^`]+`(?:, )?)+)", text):
        field["choices"] = re.findall(r"`([^`]+)`", m.group(1))
    elif m := re.search(r"with ((?:`\"[^`]+\"`,? (?:or )?)+)", text):
        field["choices"] = re.findall(r'`"([^`]+)"`', m.group(1))
    elif "See options below" in text:
        field["choices"] = _options(page_text, name, schemas)
    return field


def _fields(page: Path, schemas: Path) -> list[dict[str, Any]]:
    """The rows of the page's `## Fields` table, in order."""
    text = page.read_text()
    section = re.search(r"^## Fields\n(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    if not section:
        return []
    rows, started = [], False
    for line in section.group(1).splitlines():
        if line.startswith("|"):
            started = True
            if m := _ROW.match(line):
                rows.append(_field(m.group(1), m.group(2).rstrip("| "), text, schemas))
        elif started:
            break
    return rows


# --- the data file -------------------------------------------------------------------------


def extract(reference: Path) -> dict[str, Any]:
    api = reference / "docs" / "api"
    endpoints, examples, fields = [], [], {}
    for page in _pages(api):
        if table := _fields(page, api / "schemas"):
            fields[_page_name(page)] = table
        for heading, text in _sections(page):
            endpoint = _endpoint(page, heading, text)
            endpoints.append(endpoint)
            examples += _examples(page, heading, text, endpoint["method"])
    return {"endpoints": endpoints, "examples": examples, "fields": fields}


def render(data: dict[str, Any]) -> str:
    """Compact JSON, one entry per line, so that a change in the docs is a readable diff."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    out = ["{"]
    for i, (key, value) in enumerate(data.items()):
        comma = "," if i < len(data) - 1 else ""
        if isinstance(value, dict):
            entries = [f"  {line(k)}:{line(v)}" for k, v in value.items()]
            out += [f"{line(key)}:{{", ",\n".join(entries), f"}}{comma}"]
        else:
            out += [f"{line(key)}:[", ",\n".join(f"  {line(v)}" for v in value), f"]{comma}"]
    return "\n".join(out) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the data file drifted")
    parser.add_argument("--out", type=Path, default=DATA, help="default: tests/reference.json")
    args = parser.parse_args(argv)
    reference = reference_dir()
    name = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    if not (reference / "docs" / "api").is_dir():
        where = f"the BrainSTEM reference docs are not at {reference}"
        how = "put them there or set BRAINSTEM_REFERENCE_DIR"
        if args.check:
            print(f"check-reference: skipped, {where} ({how} to check {name})")
            return 0
        print(f"error: {where}: {how}", file=sys.stderr)
        return 1
    text = render(extract(reference))
    if args.check:
        if args.out.exists() and args.out.read_text() == text:
            print(f"check-reference: {name} matches {reference}")
            return 0
        print(
            f"check-reference: {name} is stale against {reference}; "
            "run `make reference` and commit the result",
            file=sys.stderr,
        )
        return 1
    args.out.write_text(text)
    print(f"wrote {name} ({len(text.encode()):,} bytes) from {reference}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
