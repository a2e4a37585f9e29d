"""`FakeClock`: the time the device login waits by, passing only when the client waits."""

from __future__ import annotations

import asyncio

from brainstem_api_tools.auth import Clock


class FakeClock(Clock):
    """Time that passes only when the client waits: a login waits its intervals at once.

    Give `now` to the sandbox too (`make_sandbox(clock=clock.now)`), so codes expire and
    intervals pass for both sides alike. `async_sleep` still yields to the event loop.
    """

    def __init__(self) -> None:
        self.time = 1000.0
        self.slept: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0.001)
