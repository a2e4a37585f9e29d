"""httpx, imported without its command line.

httpx's `__init__` imports `httpx._main`, the `httpx` command, which imports click, rich and
pygments whenever they are installed (click comes with uvicorn, so with the sandbox extra):
up to 45 ms on every start of a script or of `brainstem`. The library has no use for it. While
httpx is first imported the module is marked missing, so httpx keeps its stub `main`; the
mark is removed at once, and `import httpx._main` works as before. Every module of the
client imports httpx from here.
"""

import sys

if "httpx" not in sys.modules:
    sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import httpx
    finally:
        if "httpx._main" in sys.modules and sys.modules["httpx._main"] is None:
            del sys.modules["httpx._main"]

import httpx as httpx

__all__ = ["httpx"]
