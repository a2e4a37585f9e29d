"""The package's public names: a deliberate, sorted surface that resolves lazily."""

from __future__ import annotations

import builtins
import inspect
import json
import subprocess
import sys
import warnings

import pytest

import brainstem_api_tools
from brainstem_api_tools import errors

PUBLIC = [
    "APIError",
    "AsyncBrainstemClient",
    "AsyncRecordIterator",
    "AuthenticationError",
    "BrainstemClient",
    "BrainstemConnectionError",
    "BrainstemError",
    "BrainstemTimeoutError",
    "ByName",
    "IncompleteResultError",
    "InvalidDataError",
    "InvalidResponseError",
    "MissingDependencyError",
    "ModelType",
    "MultipleMatchesError",
    "NameLookupError",
    "NoMatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "PortalType",
    "RateLimitError",
    "RecordIterator",
    "Records",
    "Response",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "UnknownFieldWarning",
    "UsageError",
    "ValidationError",
    "WriteUncertainError",
    "__version__",
    "to_dataframe",
]


def test_public_names_are_pinned_sorted_and_resolve() -> None:
    assert brainstem_api_tools.__all__ == PUBLIC
    assert sorted(PUBLIC) == PUBLIC
    for name in PUBLIC:
        assert getattr(brainstem_api_tools, name) is not None
    namespace: dict[str, object] = {}
    exec("from brainstem_api_tools import *", namespace)
    assert set(PUBLIC) <= set(namespace)


def test_every_exception_of_the_tree_is_exported_and_none_shadows_a_builtin() -> None:
    classes = {
        name: value
        for name, value in vars(errors).items()
        if inspect.isclass(value)
        and issubclass(value, BaseException)
        and value.__module__ == errors.__name__
    }
    assert "BrainstemTimeoutError" in classes  # the scan sees the tree
    for name, cls in classes.items():
        assert name in PUBLIC, f"{name} is not exported from brainstem_api_tools"
        assert getattr(brainstem_api_tools, name) is cls
        assert issubclass(cls, errors.BrainstemError)
        assert name in errors.__all__
        assert not hasattr(builtins, name), f"{name} shadows a built-in"


def test_transport_errors_are_also_the_builtin_ones() -> None:
    """A script that already says `except TimeoutError:` (the built-in) catches ours."""
    timeout = errors.BrainstemTimeoutError("GET x: no answer", method="GET", url="x")
    with pytest.raises(TimeoutError):
        raise timeout
    with pytest.raises(ConnectionError):
        raise errors.BrainstemConnectionError("could not connect")
    assert isinstance(timeout, errors.TransportError)
    assert (str(timeout), timeout.method, timeout.url) == ("GET x: no answer", "GET", "x")


@pytest.mark.parametrize(
    ("old", "new"),
    [("TimeoutError", "BrainstemTimeoutError"), ("ConnectionError", "BrainstemConnectionError")],
)
def test_the_old_names_still_import_with_a_deprecation_warning(old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"errors.{old} is deprecated.*use {new}"):
        namespace: dict[str, object] = {}
        exec(f"from brainstem_api_tools.errors import {old}", namespace)
    assert namespace[old] is getattr(errors, new)
    assert old not in errors.__all__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        getattr(errors, new)  # the new names never warn
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchError'"):
        errors.NoSuchError  # noqa: B018


def test_import_is_light() -> None:
    code = (
        "import sys, brainstem_api_tools;"
        "heavy = [m for m in ('httpx', 'brainstem_api_client', 'typing') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# What `from brainstem_api_tools import BrainstemClient` does not import: httpx's command line
# (click, rich, pygments, when installed), the transport (made on the first request), the model
# table (read by the first call), and what only async, concurrency, saving, names, exports, the
# loaders or a login need.
NOT_WITH_THE_CLIENT = {
    "brainstem_api_tools._spec_tables",
    "click",
    "rich",
    "pygments",
    "httpcore",
    "subprocess",  # webbrowser's
    "dateutil",  # the generated models'
    "tqdm",
    "yaml",
    "pandas",
    "asyncio",
    "concurrent.futures",
    "webbrowser",
    "uuid",
    "numbers",
    "difflib",
    "brainstem_api_tools.async_client",
    "brainstem_api_tools.bulk",
    "brainstem_api_tools.device_login",
    "brainstem_api_tools.export",
    "brainstem_api_tools.fieldnames",
    "brainstem_api_tools.loaders",
    "brainstem_api_tools.names",
    "brainstem_api_tools.rows",
    "brainstem_api_tools.validation",
}


def test_importing_the_client_is_light() -> None:
    code = (
        "import json, sys; from brainstem_api_tools import BrainstemClient;"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert "httpx" in loaded
    assert not loaded & NOT_WITH_THE_CLIENT, sorted(loaded & NOT_WITH_THE_CLIENT)


def test_httpx_keeps_its_command_line() -> None:
    """httpx's CLI module is skipped while the client imports httpx, not removed."""
    for name in ("click", "rich", "pygments"):
        pytest.importorskip(name)
    code = (
        "import sys; import brainstem_api_tools.client;"
        "assert 'click' not in sys.modules and sys.modules.get('httpx._main', 0) is 0;"
        "import httpx._main; print(type(httpx._main.main).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Command"  # click's


def test_importing_the_errors_is_light() -> None:
    """The CLI imports the error tree on every run: it must not pull in httpx."""
    code = (
        "import sys; from brainstem_api_tools import BrainstemTimeoutError, TransportError;"
        "print('httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
