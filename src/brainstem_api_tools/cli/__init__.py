"""The `brainstem` command line (see `brainstem --help` and docs/cli.md)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

TYPE_CHECKING = False  # typing is imported only by type checkers: it slows start-up
if TYPE_CHECKING:
    from typing import NoReturn

__all__ = ["console", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `brainstem` command (the arguments of `sys.argv` by default); returns the exit
    code."""
    from brainstem_api_tools.cli.main import main as run

    return run(argv)


def console() -> NoReturn:
    """The `brainstem` executable and `python -m brainstem_api_tools`: `main`, then exit.

    What is still alive when the command is done lives until the process ends, and Python
    does not promise to finalize it (its files are closed, its output flushed, by then).
    Frozen, the interpreter's last garbage collections pass it over instead of scanning every
    object of the few hundred modules a command imports: about a tenth of a short command's
    time.
    """
    # (the submodule's `main`: once imported, `cli.main` is the submodule, not the function)
    from brainstem_api_tools.cli.main import main as run

    try:
        code = run()
    finally:
        import gc

        gc.freeze()
    sys.exit(code)
