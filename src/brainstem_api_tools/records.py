"""What `load(..., load_all=True)` and `iter_records` return: the records, which also know
their model and included relations, so that `.to_dataframe()` needs no arguments."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["AsyncRecordIterator", "RecordIterator", "Records"]

SourceT = TypeVar("SourceT")


def _names(include: str | Iterable[str] | None) -> tuple[str, ...]:
    if include is None:
        return ()
    return (include,) if isinstance(include, str) else tuple(str(name) for name in include)


class Records(dict[str, Any]):
    """Every record of a `load(..., load_all=True)`: the API's answer as a plain dict, every
    record under the plural key (`result["sessions"]`), as in the official client.

    `to_dataframe()` makes a pandas DataFrame of the records (the `[pandas]` extra); `model`
    and `include` say what they are.
    """

    def __init__(
        self, body: dict[str, Any], *, model: str, include: str | Iterable[str] | None = None
    ) -> None:
        super().__init__(body)
        self.model = model
        self.include = _names(include)

    def to_dataframe(self) -> Any:
        """The records as a DataFrame: see `brainstem_api_tools.to_dataframe`."""
        from brainstem_api_tools.dataframes import to_dataframe

        return to_dataframe(self)


class _Stream(Generic[SourceT]):
    """Records that arrive from `source`, of `model` with `include`d relations."""

    def __init__(
        self, source: SourceT, *, model: str, include: str | Iterable[str] | None = None
    ) -> None:
        self._records = source
        self.model = model
        self.include = _names(include)


class RecordIterator(_Stream[Iterator[dict[str, Any]]], Iterator[dict[str, Any]]):
    """The records of `iter_records`, yielded as their pages arrive.

    `to_dataframe()` gathers the records not yet yielded into a DataFrame; `close()` stops
    the paging early.
    """

    def __iter__(self) -> RecordIterator:
        return self

    def __next__(self) -> dict[str, Any]:
        return next(self._records)

    def close(self) -> None:
        """Stop: no further page is fetched."""
        close = getattr(self._records, "close", None)
        if close is not None:
            close()

    def to_dataframe(self) -> Any:
        """The remaining records as a DataFrame: see `brainstem_api_tools.to_dataframe`."""
        from brainstem_api_tools.dataframes import to_dataframe

        return to_dataframe(self)


class AsyncRecordIterator(_Stream[AsyncIterator[dict[str, Any]]], AsyncIterator[dict[str, Any]]):
    """The records of the async client's `iter_records`, as their pages arrive;
    `await it.to_dataframe()` gathers the remaining ones into a DataFrame."""

    def __aiter__(self) -> AsyncRecordIterator:
        return self

    async def __anext__(self) -> dict[str, Any]:
        return await anext(self._records)

    async def aclose(self) -> None:
        """Stop: no further page is fetched."""
        aclose = getattr(self._records, "aclose", None)
        if aclose is not None:
            await aclose()

    async def to_dataframe(self) -> Any:
        """The remaining records as a DataFrame: see `brainstem_api_tools.to_dataframe`."""
        from brainstem_api_tools.dataframes import to_dataframe

        return to_dataframe(
            [record async for record in self], model=self.model, include=self.include
        )
