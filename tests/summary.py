"""The figures a run reports at its end (requests generated, faults injected, responses checked),
gathered from every pytest-xdist worker.

A test or fixture adds a line with `RUN.add(template, **counts)`. Lines with the same template
are one line whose counts are summed over the workers (a module split between two workers still
reports once, with its total). The sandbox conformance counts are summed the same way.
"""

from __future__ import annotations

from typing import Any

# how many failure messages and requests outside the spec a worker sends along
KEPT = 50


class RunSummary:
    def __init__(self) -> None:
        self.lines: dict[str, dict[str, int]] = {}
        self.checkers = 0  # how many processes checked sandbox responses
        self.checked = 0
        self.unmatched = 0
        self.failure_count = 0
        self.failures: list[str] = []
        self.unmatched_samples: list[str] = []

    def add(self, template: str, **counts: int) -> None:
        """Add a line; with counts, its `{name}` fields are filled with their sums over the
        workers (a line without counts is taken as it is)."""
        totals = self.lines.setdefault(template, {})
        for name, count in counts.items():
            totals[name] = totals.get(name, 0) + count

    def include(self, checker: Any) -> None:
        """Count the responses a `ConformanceChecker` (or its exported figures) checked."""
        figures = checker if isinstance(checker, dict) else conformance_figures(checker)
        self.checkers += 1
        self.checked += figures["checked"]
        self.unmatched += figures["unmatched"]
        self.failure_count += figures["failure_count"]
        self.failures += figures["failures"]
        self.unmatched_samples += figures["unmatched_samples"]

    def export(self, checker: Any | None) -> dict[str, Any]:
        """What a worker sends to the controller: plain data, as execnet carries it."""
        data: dict[str, Any] = {"lines": [[t, c] for t, c in self.lines.items()]}
        if checker is not None:
            data["conformance"] = conformance_figures(checker)
        return data

    def merge(self, data: dict[str, Any]) -> None:
        """Add what a worker exported."""
        for template, counts in data.get("lines", []):
            self.add(template, **counts)
        if "conformance" in data:
            self.include(data["conformance"])

    def formatted(self) -> list[str]:
        return [t.format(**counts) if counts else t for t, counts in self.lines.items()]


def conformance_figures(checker: Any) -> dict[str, Any]:
    return {
        "checked": checker.checked,
        "unmatched": checker.unmatched,
        "failure_count": len(checker.failures),
        "failures": checker.failures[:KEPT],
        "unmatched_samples": checker.unmatched_samples[:KEPT],
    }


RUN = RunSummary()
