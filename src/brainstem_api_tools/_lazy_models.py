"""Import the generated endpoint modules without loading every generated model.

`brainstem_api_client/models/__init__.py` imports all of the ~300 model modules, which costs
a quarter of a second, and Python runs it before any `models.<name>` submodule. The endpoint
modules only import the submodules they use, so we register the `models` package without
running its `__init__`; the first attribute looked up on the package itself (`from
brainstem_api_client.models import X`) runs the real `__init__` then, so nothing is lost.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import Any

PACKAGE = "brainstem_api_client.models"


def install() -> None:
    """Make `brainstem_api_client.models` lazy (no-op if it is already imported)."""
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    module = importlib.util.module_from_spec(spec)
    loader = spec.loader

    def load_all(name: str) -> Any:
        del module.__dict__["__getattr__"]
        code = loader.get_code(PACKAGE)  # type: ignore[attr-defined]
        exec(code, module.__dict__)  # the package's own __init__, as `import` would run it
        try:
            return module.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None

    module.__dict__["__getattr__"] = load_all
    sys.modules[PACKAGE] = module
    parent: ModuleType = importlib.import_module("brainstem_api_client")
    parent.models = module  # type: ignore[attr-defined]
