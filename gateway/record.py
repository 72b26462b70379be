"""What one request did: the record the request path fills in once per request, successful or not.

Its own module so both consumers read it without importing each other: `gateway.metrics` turns it
into metrics, `gateway.request_log` into one JSON log line. Plain data; no logic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RequestRecord:
    request_id: str
    endpoint: str                  # the API the client called: gateway/metrics.py ENDPOINTS
    model: str                     # served model name, or "none" when the request never reached one
    policy: str                    # routing policy name, or "pinned"
    thinking: bool
    status: int                    # HTTP status returned (200, 400, 404, 429, 500, 503, ...)
    tenant: str = "none"
    prompt_tokens: int = 0
    completion_tokens: int = 0     # includes reasoning tokens, as OpenAI's usage does
    reasoning_tokens: int = 0
    ttft_s: float | None = None    # first content, reasoning or tool-call token; None when not measured
    tpot_s: float | None = None    # mean inter-token latency after the first token
    e2e_s: float = 0.0
    queue_s: float = 0.0           # time in the gateway before the model was called
    decision_s: float = 0.0        # routing decision latency
    budget_granted: int | None = None
    cost_usd: float = 0.0
    rerouted: bool = False
    fallback: bool = False
    task: str = "chat"             # router's task class
    reason: str = ""               # router's reason (for the log line, never a label)
    stream: bool | None = None     # None: unknown (a request refused before a model was chosen)
