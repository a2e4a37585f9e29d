"""What one sandbox holds: its options, spec, records, tokens, device sessions, request log.

`SandboxState` is built by `create_app` (app.py) and read by the HTTP layer (views.py,
device.py); it handles no request itself.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import device
from .actions import Actions
from .data import load_data
from .faults import FaultInjector, FaultSettings
from .middleware import RequestLog
from .render import Renderer
from .seed import SANDBOX_EMAIL, seed
from .spec import Spec
from .store import Store
from .validate import Cleaner
from .writes import Account, Writer

PAGINATION_STYLES = ("meta", "count", "next", "none")


@dataclass(frozen=True)
class Options:
    records: int = 100
    data: str | Path | None = None
    token: str | None = None
    latency_ms: float = 0.0
    pagination: str = "meta"
    auto_approve: bool = False
    device_interval: int = 5
    device_expires_in: int = 900
    slow_down: bool = False
    seed: int = 0
    faults: FaultSettings = field(default_factory=FaultSettings)

    def __post_init__(self) -> None:
        if self.pagination not in PAGINATION_STYLES:
            raise ValueError(
                f"pagination must be one of {', '.join(PAGINATION_STYLES)}, not {self.pagination!r}"
            )
        if self.records < 0:
            raise ValueError("records must not be negative")
        if self.latency_ms < 0:
            raise ValueError("latency_ms must not be negative")


class SandboxState:
    """Everything one sandbox holds: spec, records, tokens, device sessions, request log."""

    def __init__(
        self, spec: Spec, options: Options, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.spec = spec
        self.options = options
        self.token = options.token or secrets.token_hex(20)
        self.store = Store(spec, seed=options.seed)
        self.cleaner = Cleaner(spec)
        self.renderer = Renderer(spec, self.store)
        self.writer = Writer(spec, self.store, self.cleaner)
        self.actions = Actions(self.writer)
        self.request_log = RequestLog()
        self.faults = FaultInjector(options.faults)
        self._tokens: dict[str, int] = {self.token: 1}
        self.device = device.DeviceFlow(
            self.issue_token,
            clock,
            interval=options.device_interval,
            expires_in=options.device_expires_in,
            auto_approve=options.auto_approve,
            slow_down=options.slow_down,
        )
        # A copy of the initial data, taken when the sandbox is first reset (a served sandbox
        # never is): restoring it is about 30 times faster than building the data again.
        self._initial: bytes | None = None
        self._built = False
        self.reset()

    def reset(self) -> None:
        """Back to the initial data (the seed or the fixture); tokens stay valid."""
        with self.store.lock:
            if self._initial is not None:
                self.store.restore(self._initial)
                return
            if self.options.data is not None:
                self.loaded = load_data(self.store, self.options.data)
            else:
                seed(self.store, records=self.options.records, seed=self.options.seed)
                self.loaded = f"{self.options.records} demo sessions (seed {self.options.seed})"
            if self._built:
                self._initial = self.store.snapshot()
            self._built = True

    def issue_token(self) -> str:
        token = secrets.token_hex(20)
        self._tokens[token] = 1
        return token

    def account_for(self, token: str) -> Account | None:
        uid = self._tokens.get(token)
        if uid is None:
            return None
        return self._account(uid)

    @property
    def anonymous(self) -> Account:
        return Account(0, "")

    def _account(self, uid: int) -> Account:
        record = self.store.get("user", uid) if "user" in self.spec.models else None
        email = record.get("email") if record else None
        return Account(uid, email if isinstance(email, str) else SANDBOX_EMAIL)
