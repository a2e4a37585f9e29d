"""Paging through list responses: reading totals, planning offsets, checking completeness.

The logic is free of I/O so the sync client (threads) and the async client (tasks) share it.
Servers tell the total in `meta` (`total_results`), in `count`, or only by `next`; some tell
nothing, and then a short page ends the list. A page that comes back short or empty where the
total promised more means the data changed or the server misbehaved: that is an error, never
a silently shorter result.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from brainstem_api_tools.errors import IncompleteResultError, InvalidResponseError
from brainstem_api_tools.progress import Progress

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "IncompleteResultError",
    "Merged",
    "Page",
    "Pager",
    "Progress",
    "Tally",
    "merge_pages",
    "read_page",
]

DEFAULT_PAGE_SIZE = 100  # the API's maximum

# `progress(done, total)` is called as each page arrives: the records received so far, and how
# many there are in all (from the offset on) when the server says, else None.

RESTART = "the records gathered so far are not the whole list: start again"
# Deleting (or changing so they no longer match) the records one pages through shifts the
# offsets of the rest: the next page skips as many records as were deleted.
DELETING = (
    "if you delete (or change) the records you iterate over, collect their ids first, then "
    'act on them: ids = [r["id"] for r in client.iter_records(...)]; otherwise start again'
)


class Page(NamedTuple):
    """One list response: its records, what it says about the rest, and the whole body."""

    offset: int
    records: list[Any]
    total: int | None  # total number of records matching, if the server says
    has_next: bool | None  # whether the server says more pages follow, if it does
    body: dict[str, Any]
    key: str


def records_key(body: Mapping[str, Any], expected: str | None, url: str) -> str:
    """The key holding the records: the spec's, or else the body's only list."""
    if expected is not None and isinstance(body.get(expected), list):
        return expected
    lists = [k for k, v in body.items() if isinstance(v, list)]
    if len(lists) == 1:
        return lists[0]
    raise InvalidResponseError(
        f"list response from {url} has no {expected!r} list"
        + (f" and several lists ({', '.join(lists)})" if lists else ""),
        status_code=200,
        url=url,
        body=dict(body),
    )


def read_page(body: Any, offset: int, expected_key: str | None, url: str) -> Page:
    if not isinstance(body, dict):
        raise InvalidResponseError(
            f"list response from {url} is not a JSON object", status_code=200, url=url
        )
    key = records_key(body, expected_key, url)
    total: int | None = None
    meta = body.get("meta")
    if isinstance(meta, Mapping) and isinstance(meta.get("total_results"), int):
        total = meta["total_results"]
    elif isinstance(body.get("count"), int):
        total = body["count"]
    has_next = None
    if "next" in body:
        has_next = bool(body["next"])
    return Page(offset, body[key], total, has_next, body, key)


class Pager:
    """Decides which pages to fetch after the first one, and checks what comes back.

    With a known total, `known_offsets()` lists every remaining page (fetched concurrently,
    checked with `check`). Without one, `next_window()` gives the next offsets to fetch ahead
    and `accept(pages)` returns those to hand on, stopping at the end of the list.
    """

    def __init__(self, first: Page, page_size: int, window: int, url: str) -> None:
        served = len(first.records)
        self.limit = page_size
        # A server that serves smaller pages than asked for: follow its page size.
        if first.total is not None and 0 < served < page_size < first.total - first.offset:
            self.limit = served
        self.total = first.total
        self.window_size = window
        self.url = url
        self._last = first
        self.done = self._ends(first)

    def _ends(self, page: Page) -> bool:
        if self.total is not None:
            return page.offset + len(page.records) >= self.total
        if page.has_next is not None:
            if page.has_next and not page.records:
                raise IncompleteResultError(
                    f"page at offset {page.offset} of {self.url} is empty but says more "
                    "follow; giving up instead of looping"
                )
            return not page.has_next
        return len(page.records) < self.limit

    def known_offsets(self) -> range | None:
        """Every remaining offset, when the total is known."""
        if self.total is None:
            return None
        if self.done:
            return range(0)
        return range(self._last.offset + self.limit, self.total, self.limit)

    def check(self, page: Page) -> Page:
        """A page of a known total must be full, except the last, and the total unchanged."""
        assert self.total is not None
        if page.total is not None and page.total != self.total:
            raise IncompleteResultError(self._changed(page.total))
        expected = min(self.limit, max(0, self.total - page.offset))
        if len(page.records) != expected:
            advice = DELETING if len(page.records) < expected else RESTART
            raise IncompleteResultError(
                f"page at offset {page.offset} of {self.url} had {len(page.records)} records "
                f"where {expected} were expected ({self.total} in all): the collection changed "
                f"underneath the paging, or the server misbehaved; {advice}"
            )
        return page

    def _changed(self, total: int) -> str:
        assert self.total is not None
        what = f"the number of records of {self.url} changed while paging ({self.total} -> {total})"
        if total < self.total:
            return f"{what}: records were deleted underneath the paging; {DELETING}"
        return f"{what}: records were added underneath the paging; {RESTART}"

    def next_window(self) -> list[int] | None:
        """The next offsets to fetch ahead (total unknown), or None at the end."""
        if self.done:
            return None
        base = self._last.offset
        return [base + self.limit * (i + 1) for i in range(self.window_size)]

    def accept(self, pages: list[Page]) -> list[Page]:
        """The pages of a window to hand on, in order, up to the end of the list."""
        for i, page in enumerate(pages):
            if page.records and page.records == self._last.records:
                raise IncompleteResultError(
                    f"{self.url} returned the same records at offsets {self._last.offset} and "
                    f"{page.offset}: the server ignores offset; giving up"
                )
            self._last = page
            if self._ends(page):
                self.done = True
                for extra in pages[i + 1 :]:
                    if extra.records:
                        raise IncompleteResultError(
                            f"{self.url} returned records at offset {extra.offset}, after a "
                            f"page that ended the list: the collection changed underneath the "
                            f"paging; {RESTART}"
                        )
                return pages[: i + 1]
        return pages


class Merged:
    """Builds `load_all`'s result: every record under the records key, and the first page's
    other keys."""

    def __init__(self) -> None:
        self.result: dict[str, Any] | None = None
        self._key = ""

    def add(self, page: Page) -> None:
        if self.result is None:
            self._key = page.key
            self.result = {k: v for k, v in page.body.items() if k != page.key}
            self.result[page.key] = list(page.records)
        else:
            self.result[self._key].extend(page.records)

    def done(self) -> dict[str, Any]:
        """The result, once every page (at least the first) was added."""
        assert self.result is not None
        return self.result


def merge_pages(pages: Iterable[Page]) -> dict[str, Any]:
    """One dict with every record of the pages (see `Merged`)."""
    merged = Merged()
    for page in pages:
        merged.add(page)
    return merged.done()


class Tally:
    """Counts the records of the pages handed on, for a `Progress` callback."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress
        self.done = 0
        self.total: int | None = None
        self._started = False

    def add(self, page: Page) -> Page:
        if not self._started:
            self._started = True
            if page.total is not None:
                self.total = max(0, page.total - page.offset)
        self.done += len(page.records)
        if self.progress is not None:
            self.progress(self.done, self.total)
        return page

    def each(self, pages: Iterable[Page]) -> Iterator[Page]:
        for page in pages:
            yield self.add(page)
