"""Paging through list responses: reading totals, planning offsets, checking completeness.

The logic is free of I/O so the sync client (threads) and the async client (tasks) share it.
Servers tell the total in `meta` (`total_results`), in `count`, or only by `next`; some tell
nothing, and then a short page ends the list. A page that comes back short or empty where the
total promised more means the data changed or the server misbehaved: that is an error, never
a silently shorter result.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from brainstem_api_tools.errors import BrainstemError, InvalidResponseError

__all__ = ["DEFAULT_PAGE_SIZE", "IncompleteResultError", "Page", "merge_pages", "read_page"]

DEFAULT_PAGE_SIZE = 100  # the API's maximum
PAGINATION_KEYS = ("meta", "count", "next", "previous")


class IncompleteResultError(BrainstemError):
    """Paging could not gather every record; nothing partial is returned."""


@dataclass(frozen=True, slots=True)
class Page:
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


@dataclass
class Plan:
    """Which offsets to fetch after the first page, given what it said."""

    start: int
    limit: int  # page size actually served
    total: int | None
    max_records: int | None = None

    @classmethod
    def after(cls, first: Page, requested_limit: int) -> Plan:
        served = len(first.records)
        limit = requested_limit
        # A server that serves smaller pages than asked for: follow its page size.
        if first.total is not None and 0 < served < requested_limit < first.total - first.offset:
            limit = served
        return cls(start=first.offset, limit=limit, total=first.total)

    def done_after_first(self, first: Page) -> bool:
        if self.total is not None:
            return first.offset + len(first.records) >= self.total
        if first.has_next is not None:
            return not first.has_next
        return len(first.records) < self.limit

    def known_offsets(self) -> range | None:
        """All remaining offsets when the total is known."""
        if self.total is None:
            return None
        return range(self.start + self.limit, self.total, self.limit)

    def window(self, after: int, size: int) -> list[int]:
        """The next `size` offsets to fetch ahead when the total is unknown."""
        return [after + self.limit * (i + 1) for i in range(size)]

    def check(self, page: Page, url: str) -> None:
        """A page of a known total must be full, except the last."""
        if self.total is None:
            return
        expected = min(self.limit, max(0, self.total - page.offset))
        if len(page.records) != expected:
            raise IncompleteResultError(
                f"page at offset {page.offset} of {url} had {len(page.records)} records where "
                f"{expected} were expected ({self.total} in all): the data changed while "
                "paging, or the server misbehaved; nothing partial was returned, try again"
            )
        if page.total is not None and page.total != self.total:
            raise IncompleteResultError(
                f"the number of records of {url} changed while paging ({self.total} -> "
                f"{page.total}); nothing partial was returned, try again"
            )

    def ends(self, page: Page) -> bool:
        """Whether this page (total unknown) is the last one."""
        if page.has_next is not None:
            if page.has_next and not page.records:
                raise IncompleteResultError(
                    f"page at offset {page.offset} is empty but says more follow; "
                    "giving up instead of looping"
                )
            return not page.has_next
        return len(page.records) < self.limit


def check_tail(pages: list[Page], url: str) -> None:
    """Pages fetched ahead past the end must be empty."""
    for page in pages:
        if page.records:
            raise IncompleteResultError(
                f"{url} returned records at offset {page.offset}, after a page that ended the "
                "list: the data changed while paging; nothing partial was returned, try again"
            )


def merge_pages(pages: Iterator[Page]) -> dict[str, Any]:
    """One dict with every record under the records key and the first page's other keys."""
    merged: dict[str, Any] | None = None
    key = ""
    for page in pages:
        if merged is None:
            key = page.key
            merged = {k: v for k, v in page.body.items() if k != key}
            merged[key] = list(page.records)
        else:
            merged[key].extend(page.records)
    assert merged is not None
    return merged
