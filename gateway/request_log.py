"""One structured JSON log line per request, on the logger `qwen_gateway.requests`.

Written by `GatewayMetrics.record`, so the request path has a single observability hook. The line
holds ids, the routing decision, token counts, latencies and the status; never prompt or completion
text. The router's `reason` is produced by the policy (not copied from the client) and is capped.

The logger is set to INFO when nothing else configured it, so lines reach Ray's worker logs (and
`kubectl logs`) by default; silence it with
`logging.getLogger("qwen_gateway.requests").setLevel(logging.WARNING)`.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from .record import RequestRecord

LOGGER_NAME = "qwen_gateway.requests"
logger = logging.getLogger(LOGGER_NAME)
if logger.level == logging.NOTSET:
    logger.setLevel(logging.INFO)

_REASON_MAX = 200


def ensure_output() -> None:
    """Give the lines a place to go in a process where nothing configured logging (a Ray Serve
    replica that imports no vLLM: its stderr is the replica's log file): a stderr handler of the
    bare line, and no propagation, so a root handler added later does not print it twice. A process
    with handlers of its own (uvicorn, a test's caplog, vLLM's) keeps them."""
    if logger.handlers or logging.getLogger().handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.propagate = False


def _r(x: float | None, digits: int = 6) -> float | None:
    return None if x is None else round(x, digits)


def entry(rec: RequestRecord) -> dict[str, Any]:
    """The log line's content as a dict (stable keys; what `log_request` serialises)."""
    return {
        "event": "request",
        "request_id": rec.request_id,
        "endpoint": rec.endpoint,
        "model": rec.model,
        "status": rec.status,
        "tenant": rec.tenant,
        "stream": rec.stream,
        "decision": {
            "policy": rec.policy,
            "thinking": rec.thinking,
            "budget": rec.budget_granted,
            "task": rec.task,
            "reason": rec.reason[:_REASON_MAX],
            "rerouted": rec.rerouted,
            "fallback": rec.fallback,
        },
        "tokens": {
            "prompt": rec.prompt_tokens,
            "completion": rec.completion_tokens,
            "reasoning": rec.reasoning_tokens,
        },
        "latency_s": {
            "ttft": _r(rec.ttft_s),
            "tpot": _r(rec.tpot_s),
            "e2e": _r(rec.e2e_s),
            "queue": _r(rec.queue_s),
            "decision": _r(rec.decision_s, 9),
        },
        "cost_usd": round(rec.cost_usd, 9),
    }


def log_request(rec: RequestRecord) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    try:
        line = json.dumps(entry(rec), separators=(",", ":"), ensure_ascii=True)
    except Exception:  # a malformed record must not fail the request
        logger.debug("could not serialise request record", exc_info=True)
        return
    logger.info(line)
