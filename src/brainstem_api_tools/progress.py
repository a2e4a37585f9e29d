"""Progress of long operations: a callback, or a tqdm bar with `progress=True`.

Every long operation of the library (`load_all`, `iter_records`, `save_many`, the project
export) takes `progress=`:

- `None` or `False`: nothing is reported;
- a callable `progress(done, total)`: called as work gets done, with the units done so far
  and how many there are in all, or None while that is not known;
- `True`: a tqdm bar (`tqdm.auto`: a widget in a notebook, a text bar on stderr elsewhere).

An operation reports through a `Meter`, made before any work starts so that a bad `progress`
fails first::

    from brainstem_api_tools.progress import Meter, ProgressArg

    def save_many(self, model, records, *, progress: ProgressArg = None):
        report = Meter(progress, "Saving sessions", unit="rows")  # checks `progress`
        with report:
            for done, row in enumerate(rows, 1):
                ...
                report(done, len(rows))

`report(done, total)` takes the running count, not an increment, and may be called from any
thread; leaving the `with` block closes the bar (it stays on screen, as tqdm's bars do). The
bar appears with the first report: call `report(0, total)` to show it before the first unit
is done.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from brainstem_api_tools.errors import MissingDependencyError, UsageError

__all__ = ["Meter", "Progress", "ProgressArg"]

Progress = Callable[[int, int | None], object]
"""`progress(done, total)`: the units done so far, and how many there are in all (None while
unknown)."""

ProgressArg = bool | Progress | None
"""What `progress=` takes: True for a tqdm bar, a `Progress` callback, or None/False."""


class Meter:
    """Reports `(done, total)` to a callback or a tqdm bar; a no-op for `progress=None`.

    `desc` and `unit` label the bar; `leave=False` clears it when closed; `terminal=True`
    draws it as text on stderr even in a notebook (the command line, which also spares the
    import of tqdm's notebook support).
    """

    def __init__(
        self,
        progress: ProgressArg,
        desc: str,
        *,
        unit: str = "records",
        leave: bool = True,
        terminal: bool = False,
    ) -> None:
        if progress is not None and not isinstance(progress, bool) and not callable(progress):
            raise UsageError(
                "progress must be True (a progress bar), a function progress(done, total), or "
                f"None, not {progress!r}"
            )
        self._callback: Progress | None = None if isinstance(progress, bool) else progress
        self._bar_class: Any = _tqdm(terminal) if progress is True else None
        self._bar: Any = None
        self.desc = desc
        self.unit = unit
        self.leave = leave
        self.terminal = terminal
        self._lock = threading.Lock()
        self._started = time.time()

    @property
    def active(self) -> bool:
        """Whether anything is reported at all."""
        return self._callback is not None or self._bar_class is not None

    def start(self) -> None:
        """Count the time from now (entering the `with` block does it): the bar, drawn at the
        first report, shows the time and rate since then."""
        self._started = time.time()

    def __call__(self, done: int, total: int | None) -> None:
        if self._callback is None and self._bar_class is None:
            return
        with self._lock:
            if self._callback is not None:
                self._callback(done, total)
                return
            bar = self._bar
            if bar is None:
                size = _stderr_size() if self.terminal else (None, None)
                bar = self._bar = self._bar_class(
                    desc=self.desc,
                    total=total,
                    unit=f" {self.unit}",
                    leave=self.leave,
                    ncols=size[0],
                    nrows=size[1],
                )
                bar.start_t = bar.last_print_t = self._started
            elif total is not None and total != bar.total:
                started = bar.start_t
                bar.reset(total=total)  # also resizes a notebook's bar
                bar.start_t = started
            bar.update(done - bar.n)

    def close(self) -> None:
        """End the bar (it stays on screen unless `leave=False`); a callback is not told."""
        with self._lock:
            if self._bar is not None:
                self._bar.close()
                self._bar = None

    def __enter__(self) -> Meter:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _stderr_size() -> tuple[int, int]:
    """The size of the terminal on stderr, else $COLUMNS/$LINES, else 80x24 (tqdm draws
    nothing on a terminal that says it is 0 by 0, as some pseudo-terminals do)."""
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
    except (AttributeError, OSError, ValueError):
        size = os.terminal_size((0, 0))
    fallback = shutil.get_terminal_size((80, 24))
    return size.columns or fallback.columns, size.lines or fallback.lines


def _tqdm(terminal: bool) -> Any:
    try:
        if terminal:
            from tqdm import tqdm
        else:
            from tqdm.auto import tqdm
    except ImportError:
        raise MissingDependencyError(
            "progress=True draws its bar with tqdm, which is not installed: "
            "pip install tqdm (or pass a function progress(done, total) instead)",
            package="tqdm",
        ) from None
    return tqdm
