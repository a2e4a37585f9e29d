"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    BinaryIO,
    Generic,
    Literal,
    Required,
    TypedDict,
    TypeVar,
)

if TYPE_CHECKING:
    import httpx


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

# A query parameter's value, as `httpx.Client(params=)` takes it: a list is sent as the
# same parameter repeated.
QueryPrimitive = str | int | float | bool | None
QueryValue = QueryPrimitive | Sequence[QueryPrimitive]


class RequestArgs(TypedDict, total=False):
    """The request of one operation: keyword arguments for `httpx.Client.request` (and
    `httpx.AsyncClient.request`), as each endpoint module's `build_request` returns them.
    `url` is relative to the server's base URL. `build_request` sets no `auth` or
    `extensions`: they are the caller's to add."""

    method: Required[str]
    url: Required[str]
    params: Mapping[str, QueryValue]
    headers: dict[str, str]
    cookies: dict[str, str]
    json: object
    data: Mapping[str, object]
    files: RequestFiles
    content: BinaryIO | bytes | str
    auth: "httpx.Auth | None"
    extensions: Mapping[str, object]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "QueryValue",
    "RequestArgs",
    "RequestFiles",
    "Response",
    "Unset",
]
