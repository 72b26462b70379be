"""Every gateway metric: names, labels and buckets live here and nowhere else.

Contract used by the request path (gateway/service.py): build one `RequestRecord` per request,
successful or not, and pass it to `GatewayMetrics.record`; wrap the request in `in_flight(model)`.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator


@dataclass
class RequestRecord:
    endpoint: str                  # "chat" | "completions" | "route"
    model: str                     # served model name, or "none" when the request never reached one
    policy: str                    # routing policy name, or "pinned"
    thinking: bool
    status: int                    # HTTP status returned (200, 400, 404, 429, 500, 503, ...)
    tenant: str = "none"
    prompt_tokens: int = 0
    completion_tokens: int = 0     # includes reasoning tokens, as OpenAI's usage does
    reasoning_tokens: int = 0
    ttft_s: float | None = None    # first content or reasoning delta
    tpot_s: float | None = None    # mean inter-token latency after the first token
    e2e_s: float = 0.0
    queue_s: float = 0.0           # time in the gateway before the model was called
    decision_s: float = 0.0        # routing decision latency
    budget_granted: int | None = None
    cost_usd: float = 0.0
    rerouted: bool = False
    fallback: bool = False


class GatewayMetrics:
    """Placeholder until the observability issue lands: records nothing."""

    def record(self, rec: RequestRecord) -> None:  # noqa: D102
        return None

    @contextmanager
    def in_flight(self, model: str) -> Iterator[None]:
        yield
