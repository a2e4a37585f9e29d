"""Report what changed in openapi.yaml against a git ref, each change marked breaking or not.

Usage:
    python scripts/api_changes.py [--ref REF | --base FILE] [--spec FILE] [--short]
                                  [--changelog CHANGELOG.md]

The report (`make api-changes`, REF=main by default) is grouped by model: operations,
parameters, bodies, schemas and fields added or removed, and changes of required-ness, type,
format, nullability and enum choices, each with what it does to the generated client under the
names openapi-python-client gives them. `--short` (`make generate`) prints one count line per
kind, breaking first. `--changelog FILE` drafts the entry into FILE's Unreleased section. The
exit code is 0 whatever changed; only a failing command (unknown ref, unreadable spec) is not.
How a change is judged breaking: scripts/spec_diff.py.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from spec_diff import ROOT, SHARED, Change, Surface, compare, models

CHANGELOG_HEAD = """# Changelog

All notable changes to this project are listed here, newest first. `make api-changes
CHANGELOG=1` drafts the API part of an entry from openapi.yaml; edit the draft into sentences a
user understands before a release.

## Unreleased
"""
SECTIONS = ("Breaking changes", "Added", "Changed", "Removed")


def load(text: str | None) -> dict[str, Any]:
    loaded = yaml.load(text or "{}", Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return loaded if isinstance(loaded, dict) else {}


def spec_at(ref: str, path: str = "openapi.yaml") -> tuple[str | None, str]:
    """The spec's text at `ref` (None when the ref has no spec) and a label for the ref."""
    log = subprocess.run(
        ["git", "log", "-1", "--format=%h %s", ref, "--"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if log.returncode != 0:
        reason = log.stderr.strip().splitlines()[0] if log.stderr.strip() else "git failed"
        raise SystemExit(
            f"api-changes: cannot read {ref!r} ({reason}); pass REF=<branch or commit>"
        )
    show = subprocess.run(
        ["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    subject = log.stdout.strip()
    subject = subject if len(subject) <= 60 else subject[:57] + "..."
    return (show.stdout if show.returncode == 0 else None), f"{ref} ({subject})"


def mark(change: Change) -> str:
    return "BREAKING" if change.breaking else "ok      "


def full_report(
    changes: list[Change], label: str, added: set[str], removed: set[str], warnings: list[str]
) -> str:
    lines = [f"API changes: openapi.yaml against {label}"]
    if not changes:
        lines.append("No changes.")
    else:
        breaking = sum(c.breaking for c in changes)
        lines.append(
            f"{breaking} breaking, {len(changes) - breaking} not breaking; client names are"
            " relative to brainstem_api_client."
        )
    group = None
    for c in changes:
        if c.group != group:
            group = c.group
            title = "used by several models" if group == SHARED else group
            note = (
                " (new model)" if group in added else " (removed model)" if group in removed else ""
            )
            lines += ["", title + note]
        lines.append(f"  {mark(c)}  {c.line()}")
        if c.client:
            lines.append(f"            client: {c.client}")
    if warnings:
        lines += ["", f"openapi-python-client cannot read {len(warnings)} part(s) of the new spec"]
        lines += [f"  {w.splitlines()[0]}" for w in warnings[:5]]
    return "\n".join(lines) + "\n"


def short_report(changes: list[Change], label: str) -> str:
    if not changes:
        return f"API changes against {label}: none\n"
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"API changes against {label}: {breaking} breaking, {len(changes) - breaking} not"
        " breaking (make api-changes for the report)"
    ]
    counts = Counter((not c.breaking, c.kind) for c in changes)
    for (not_breaking, kind), n in sorted(counts.items()):
        lines.append(f"  {'ok      ' if not_breaking else 'BREAKING'}  {n} {kind}")
    return "\n".join(lines) + "\n"


def changelog_sections(
    changes: list[Change], added: set[str], removed: set[str]
) -> dict[str, list[str]]:
    """The draft's lines by section; a new or removed model is one line."""
    sections: dict[str, list[str]] = {title: [] for title in SECTIONS}
    sections["Added"] += [f"- API: new model `{m}`." for m in sorted(added)]
    sections["Breaking changes"] += [f"- API: model `{m}` removed." for m in sorted(removed)]
    for c in changes:
        if c.group in added | removed:
            continue
        text = f"- API `{c.group}`: {c.line()}" + (f"; client: `{c.client}`." if c.client else ".")
        if c.breaking:
            sections["Breaking changes"].append(text)
        elif c.kind.endswith("added"):
            sections["Added"].append(text)
        elif c.kind.endswith("removed"):
            sections["Removed"].append(text)
        else:
            sections["Changed"].append(text)
    return sections


def draft_changelog(text: str, sections: dict[str, list[str]]) -> tuple[str, int]:
    """`text` with the draft lines added to their `### section` under `## Unreleased` (made if
    missing); a line already there is not added again. Also returns how many were added."""
    lines = text.rstrip("\n").splitlines()
    if "## Unreleased" not in lines:
        at = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
        lines[at:at] = ["## Unreleased", ""]
    start = lines.index("## Unreleased") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    blocks: dict[str, list[str]] = {"": []}  # "" holds what comes before the first ###
    title = ""
    for line in lines[start:end]:
        if line.startswith("### "):
            title = line[4:].strip()
            blocks.setdefault(title, [])
        elif line.strip():
            blocks[title].append(line)
    added = 0
    for title, new in sections.items():
        fresh = [line for line in new if line not in blocks.get(title, [])]
        if fresh:
            blocks.setdefault(title, []).extend(fresh)
            added += len(fresh)
    body = blocks.pop("")
    for title, block in blocks.items():
        if block:
            body += ["", f"### {title}", *block]
    text = "\n".join([*lines[:start], "", *body, "", *lines[end:]])
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n", added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--ref", default="main", help="git ref to compare with (default: main)")
    source.add_argument("--base", type=Path, help="a spec file to compare with, instead of a ref")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml", help="the new spec")
    parser.add_argument("--short", action="store_true", help="one count line per kind of change")
    parser.add_argument("--changelog", type=Path, help="draft the entry into this file")
    args = parser.parse_args(argv)
    if args.base:
        old_text, label = args.base.read_text(encoding="utf-8"), str(args.base)
    else:
        old_text, label = spec_at(args.ref)
    old, new = load(old_text), load(args.spec.read_text(encoding="utf-8"))
    same = old == new
    surfaces = None if args.short or same else (Surface.of(old), Surface.of(new))
    changes = [] if same else compare(old, new, surfaces)
    added, removed = models(new) - models(old), models(old) - models(new)
    if args.short:
        sys.stdout.write(short_report(changes, label))
    else:
        warnings = surfaces[1].warnings if surfaces else []
        sys.stdout.write(full_report(changes, label, added, removed, warnings))
    if args.changelog:
        text = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else ""
        text, n = draft_changelog(
            text or CHANGELOG_HEAD, changelog_sections(changes, added, removed)
        )
        args.changelog.write_text(text, encoding="utf-8")
        print(f"{args.changelog}: {n} line(s) drafted under Unreleased; edit them into prose")
    return 0


if __name__ == "__main__":
    sys.exit(main())
