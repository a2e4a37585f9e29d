"""The `brainstem` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `brainstem` command (placeholder until the CLI lands)."""
    args = sys.argv[1:] if argv is None else argv
    print("usage: brainstem [--help]\n\nThe BrainSTEM command line (in development).")
    return 0 if not args or args[0] in {"-h", "--help"} else 2
