"""The `brainstem` command line (see `brainstem --help` and docs/cli.md)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `brainstem` command; returns the exit code."""
    from brainstem_api_tools.cli.main import main as run

    return run(argv)
