"""Model names: the table derived from openapi.yaml, aliases and friendly errors.

The table (`MODELS`, `APPS`, `ModelType`) is read on first use, not when a client is imported.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from brainstem_api_tools._model_info import ModelInfo, Operation
from brainstem_api_tools.errors import UsageError

if TYPE_CHECKING:
    from brainstem_api_tools._spec_tables import APPS, MODELS, ModelType

__all__ = ["APPS", "MODELS", "ModelInfo", "ModelType", "Operation", "PortalType", "get_model"]

PORTALS = ("private", "public")


class PortalType(StrEnum):
    """The two portals: `private` (your data, needs a token) and `public`."""

    private = "private"
    public = "public"


def __getattr__(name: str) -> Any:
    if name in ("APPS", "MODELS", "ModelType"):
        from brainstem_api_tools import _spec_tables

        value = getattr(_spec_tables, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _aliases() -> dict[str, str]:
    """The official client spells some models with underscores (project_membership_invitation)."""
    from brainstem_api_tools._spec_tables import MODELS

    return {name.replace("_", ""): name for name in MODELS}


def _plain(value: object) -> str:
    return str(value.value if isinstance(value, Enum) else value).strip()


def get_model(model: object) -> ModelInfo:
    """The spec's description of a model given by name, alias, `ModelType` member, or itself."""
    if isinstance(model, ModelInfo):
        return model
    from brainstem_api_tools._spec_tables import MODELS

    name = _plain(model).lower()
    info = MODELS.get(name) or MODELS.get(
        _aliases().get(name.replace("_", "").replace("-", ""), "")
    )
    if info is not None:
        return info
    import difflib

    close = difflib.get_close_matches(name, list(MODELS), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `brainstem models` lists them"
    raise UsageError(f"unknown model {name!r}{hint}")


def check_portal(model: ModelInfo, op: Operation, portal: object, what: str) -> str:
    """The portal as a string, if this operation is served there."""
    value = _plain(portal).lower()
    if value not in PORTALS:
        import difflib

        close = difflib.get_close_matches(value, PORTALS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise UsageError(f"unknown portal {value!r}: use 'private' or 'public'{hint}")
    if value not in op.portals:
        raise UsageError(
            f"{what} {model.name} is not available on the {value} portal "
            f"(only on: {', '.join(op.portals)})"
        )
    return value
