"""A circuit breaker per external member: pure state over an injected clock.

Closed (healthy) until a request or probe fails; then open for a back-off period, during which the
member reports `unhealthy` and the planner routes around it (a pinned request is rerouted, `auto`
does not see it, a fallback skips it). When the back-off has passed the member is due a probe; the
first success (probe or request) closes the breaker, a failure opens it again for twice as long, up
to a ceiling.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Breaker:
    backoff_s: float
    max_backoff_s: float
    clock: Callable[[], float] = time.monotonic
    failures: int = 0                 # consecutive failures; 0 = healthy
    open_until: float = 0.0
    last_error: str = ""
    probing: bool = field(default=False, repr=False)

    @property
    def healthy(self) -> bool:
        return self.failures == 0

    @property
    def open(self) -> bool:
        """Kept out of routing: failed, and either inside its back-off or not yet probed since."""
        return self.failures > 0

    def due_probe(self) -> bool:
        """Failed, back-off over, no probe running: time to ask the server whether it is back."""
        return self.failures > 0 and not self.probing and self.clock() >= self.open_until

    def success(self) -> bool:
        """Record a success; True when this closed the breaker (the member came back)."""
        came_back = self.failures > 0
        self.failures, self.open_until, self.last_error = 0, 0.0, ""
        return came_back

    def failure(self, why: str) -> bool:
        """Record a failure; True when this opened the breaker (the member just went down)."""
        went_down = self.failures == 0
        self.failures += 1
        wait = min(self.backoff_s * 2 ** (self.failures - 1), self.max_backoff_s)
        self.open_until = self.clock() + wait
        self.last_error = why[:200]
        return went_down

    def retry_in(self) -> float:
        return max(self.open_until - self.clock(), 0.0)
