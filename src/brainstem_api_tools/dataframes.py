"""Records as a pandas DataFrame, and as a Parquet file (the `[pandas]` extra).

`to_dataframe()` flattens the records as `flatten.Layout` says (included records become
dotted columns, in the spec's field order) and types each column by the spec, never by
guessing from the values:

- date-time fields become timezone-aware datetimes in UTC (`datetime64[us, UTC]`), read as
  ISO 8601; date fields become datetimes at midnight without a timezone (`datetime64[us]`);
- integers, numbers and booleans get pandas' nullable dtypes (`Int64`, `Float64`,
  `boolean`), so a missing value does not turn a column of whole numbers into floats;
- text and ids get pandas' string dtype; lists stay lists and objects stay dicts;
- under a list relation each cell is a list, its date-times parsed the same way.

pandas is imported when a DataFrame is made, never by `import brainstem_api_tools`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any, BinaryIO

from brainstem_api_tools.errors import InvalidResponseError, MissingDependencyError, UsageError
from brainstem_api_tools.flatten import Column, IncludeTree, Layout
from brainstem_api_tools.models import MODELS, ModelInfo, get_model
from brainstem_api_tools.response import Response

__all__ = ["pandas", "pyarrow", "to_dataframe", "write_parquet"]

INSTALL = "pip install 'brainstem_python_api_tools[pandas]'"


def pandas() -> Any:
    """The pandas module, or a clear error saying which extra to install."""
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError(
            f"DataFrames need pandas, which is not installed: {INSTALL}", package="pandas"
        ) from None
    return pandas


def pyarrow() -> Any:
    """The pyarrow module (Parquet files), or a clear error saying which extra to install."""
    try:
        import pyarrow
    except ImportError:
        raise MissingDependencyError(
            f"Parquet files need pyarrow, which is not installed: {INSTALL}", package="pyarrow"
        ) from None
    return pyarrow


def to_dataframe(
    records: Any,
    model: Any = None,
    *,
    include: str | Iterable[str] | IncludeTree | None = None,
) -> Any:
    """The records as a pandas DataFrame, one row per record.

    `records` is what the client returns: the dict of `load(..., load_all=True)`, what
    `iter_records` yields, a `Response` of one page or record, the API's JSON answer, or a
    list of records. `model` is needed for a plain list of records (or an iterator of them);
    the others say it themselves. `include` names the included relations, whose columns are
    there even when no record has any (relations the records hold included records in are
    flattened anyway).
    """
    pd = pandas()
    info, items, include = _records(records, model, include)
    layout = Layout.of(info, items, include)
    rows = [layout.row(record) for record in items]
    names = dict.fromkeys(layout.names)
    for row in rows:
        names.update(dict.fromkeys(row))
    planned = {column.name: column for column in layout.columns}
    data = {
        name: _series(pd, planned.get(name) or Column(name, "any"), [row.get(name) for row in rows])
        for name in names
    }
    return pd.DataFrame(data, columns=list(names), index=pd.RangeIndex(len(rows)))


def write_parquet(frame: Any, path: str | os.PathLike[str] | BinaryIO) -> None:
    """Write a DataFrame of `to_dataframe()` to a Parquet file (a path or a binary file).

    Columns of dicts (extra_fields, links) and of values of mixed types are written as JSON
    text, as Parquet needs one type per column and keeps no free-form dicts; every other
    column keeps its type.
    """
    arrow = pyarrow()
    frame = frame.copy()
    for name in frame.columns:
        values = frame[name]
        if values.dtype != object:
            continue
        if not any(isinstance(v, dict) or _has_dict(v) for v in values):
            try:
                arrow.array(values, from_pandas=True)
                continue
            except (arrow.ArrowInvalid, arrow.ArrowTypeError):
                pass  # values of mixed types
        frame[name] = [None if v is None else json.dumps(v, default=str) for v in values]
    frame.to_parquet(path, index=False)


def _has_dict(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(v, dict) or _has_dict(v) for v in value)


# -- what the records are ----------------------------------------------------------------------


def _records(
    records: Any, model: Any, include: str | Iterable[str] | IncludeTree | None
) -> tuple[ModelInfo, list[Any], str | Iterable[str] | IncludeTree | None]:
    """The model, the records and the included relations of what `to_dataframe` was given."""
    given = get_model(model) if model is not None else None
    # Records and the record iterators know their model and includes
    own = getattr(records, "model", None)
    if isinstance(own, str) and hasattr(records, "include"):
        if given is not None and given.name != own:
            raise UsageError(f"these are {own} records, not {given.name} records")
        given = get_model(own)
        include = include if include is not None else records.include
    if isinstance(records, Response):
        records = records.raise_for_status().json()
    if isinstance(records, Mapping):
        info, items = _from_body(records, given)
        return info, items, include
    if isinstance(records, str | bytes) or not isinstance(records, Iterable):
        raise UsageError(
            "to_dataframe takes records: the result of load(..., load_all=True) or "
            f"iter_records(...), a Response, or a list of records; not {type(records).__name__}"
        )
    if given is None:
        raise UsageError(
            "to_dataframe needs the model of a list of records, to know their columns and "
            "types: to_dataframe(records, model='session')"
        )
    return given, list(records), include


def _from_body(body: Mapping[str, Any], given: ModelInfo | None) -> tuple[ModelInfo, list[Any]]:
    """The records of an answer of the API: a list page, one record, or a bare record."""
    candidates = [given] if given is not None else list(MODELS.values())
    for info in candidates:
        if info.list_key and isinstance(body.get(info.list_key), list):
            return info, list(body[info.list_key])
        if info.detail_key and isinstance(body.get(info.detail_key), Mapping):
            return info, [body[info.detail_key]]
    if given is not None and "id" in body:
        return given, [body]
    keys = ", ".join(map(repr, body)) or "none"
    raise UsageError(
        "to_dataframe could not find the records in this dict (its keys: "
        f"{keys}); pass the list of records with model=..."
    )


# -- typed columns -----------------------------------------------------------------------------


def _series(pd: Any, column: Column, values: list[Any]) -> Any:
    """A column of values typed by the spec (see the module's docstring)."""
    try:
        return _typed(pd, column.type, column.many, values)
    except (ValueError, TypeError) as exc:
        bad = next((v for v in _leaves(values) if not _fits(pd, column.type, v)), None)
        raise InvalidResponseError(
            f"column {column.name!r} should hold {column.type} values (openapi.yaml says so), "
            f"but holds {bad!r} ({str(exc).splitlines()[0]})",
            status_code=200,
            url="",
        ) from None


def _typed(pd: Any, kind: str, many: bool, values: list[Any]) -> Any:
    if many:
        if kind in ("date-time", "date"):
            values = [_nested_datetimes(pd, v, kind) for v in values]
        return pd.Series(values, dtype=object)
    if kind in ("date-time", "date"):
        return _datetimes(pd, values, kind)
    if kind in ("string", "uuid"):
        return pd.Series(values, dtype=_string_dtype(pd))
    if kind in _NULLABLE:
        return pd.Series(pd.array(values, dtype=_NULLABLE[kind]))
    return pd.Series(values, dtype=object)


_NULLABLE = {"integer": "Int64", "number": "Float64", "boolean": "boolean"}


def _datetimes(pd: Any, values: list[Any], kind: str) -> Any:
    series = pd.Series(values, dtype=object)
    if kind == "date-time":
        return pd.to_datetime(series, utc=True, format="ISO8601").astype("datetime64[us, UTC]")
    return pd.to_datetime(series, format="ISO8601").astype("datetime64[us]")


def _nested_datetimes(pd: Any, value: Any, kind: str) -> Any:
    """The date-times in a cell of a list relation (a list, or a list of lists)."""
    if not isinstance(value, list):
        return value
    if any(isinstance(v, list) for v in value):
        return [_nested_datetimes(pd, v, kind) for v in value]
    return list(_datetimes(pd, value, kind))


def _string_dtype(pd: Any) -> Any:
    # pandas 3 has a string dtype of its own ("str"); before it, text lived in object columns
    return "str" if int(pd.__version__.split(".")[0]) >= 3 else object


def _leaves(values: list[Any]) -> Iterable[Any]:
    for value in values:
        if isinstance(value, list):
            yield from _leaves(value)
        else:
            yield value


def _fits(pd: Any, kind: str, value: Any) -> bool:
    try:
        _typed(pd, kind, False, [value])
    except (ValueError, TypeError):
        return False
    return True
