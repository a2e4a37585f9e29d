"""A local BrainSTEM-compatible server for trying the client and testing scripts.

Driven by the shipped openapi.yaml; needs the `sandbox` extra (starlette, uvicorn, pyyaml).

    from brainstem_api_tools.sandbox import run_sandbox
    with run_sandbox(records=50) as sandbox:
        print(sandbox.url, sandbox.token)

Modules: spec (the spec as model descriptions), validate (request data checks), store
(records), seed (demo data and fixtures), query (filters, sort, include, pages), render
(records as answered), writes and actions (POST/PATCH/DELETE and custom actions), device (the
device flow), views and app (HTTP), middleware (request log, latency), server (background
thread), cli and __main__, pytest_plugin (fixtures for users' tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .server import Sandbox, run_sandbox

__all__ = ["Sandbox", "create_app", "run_sandbox"]


def __getattr__(name: str) -> Any:  # imported lazily: starlette and uvicorn are optional
    if name == "create_app":
        from .app import create_app

        return create_app
    if name in ("run_sandbox", "Sandbox"):
        from . import server

        return getattr(server, name)
    raise AttributeError(name)
