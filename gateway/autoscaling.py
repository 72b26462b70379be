"""How many replicas a model wants, from what its vLLM engines report: pure code, no Ray.

Why: Serve's own rule counts ongoing requests per replica, which says little about an LLM replica.
Ten requests with short prompts are nothing to one engine; ten with long prompts and long answers
fill its KV cache and queue behind its batch. The engines know: vLLM exports the requests waiting for
a batch slot, the KV cache use and the time to first token (`ray_vllm_*` through Ray's metrics port).
This rule keeps Serve's as the floor and adds replicas when those signals say the engines are
saturated; it never removes one that Serve's rule wants, so a missing signal (Prometheus down, a
replica starting) only means Serve's default behaviour. Bounds, delays and scaling factors stay
Serve's: its policy wrapper applies them to what this returns (deployments/autoscaling.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .config import EngineSignals
from .metrics import VLLM_KV_CACHE_USAGE, VLLM_TTFT_BUCKET, VLLM_WAITING


@dataclass(frozen=True)
class EngineLoad:
    """One model's engines, summed or averaged over its replicas; None where no sample is fresh."""

    waiting: float | None = None          # requests waiting for a batch slot, all replicas
    kv_cache_usage: float | None = None   # mean over replicas, 0 to 1
    ttft_p90_s: float | None = None       # engine-side, last minute


def engine_queries(model: str) -> dict[str, str]:
    """PromQL for each EngineLoad field of one model (vLLM labels its metrics with the served model id)."""
    quoted = model.replace("\\", "\\\\").replace('"', '\\"')
    sel = f'{{model_name="{quoted}"}}'
    return {
        "waiting": f"sum({VLLM_WAITING}{sel})",
        "kv_cache_usage": f"avg({VLLM_KV_CACHE_USAGE}{sel})",
        "ttft_p90_s": f"histogram_quantile(0.9, sum by (le) (rate({VLLM_TTFT_BUCKET}{sel}[1m])))",
    }


SIGNALS = ("requests", "waiting", "kv_cache", "ttft")


def wanted_replicas(current: int, ongoing: float, target_ongoing: float, load: EngineLoad,
                    limits: EngineSignals) -> dict[str, float]:
    """What each signal asks for (before Serve's bounds and delays); a signal without an opinion is absent.

    - requests: ongoing / target_ongoing, Serve's default rule, the floor.
    - waiting: all waiting requests / max_waiting_per_replica.
    - kv_cache: current x mean use / max_kv_cache_usage.
    - ttft: current + 1 while p90 TTFT is above max_ttft_p90_s.
    At zero replicas there is no engine to ask: only the request count speaks.
    """
    wants = {"requests": ongoing / target_ongoing}
    if current > 0:
        if _ok(load.waiting):
            wants["waiting"] = load.waiting / limits.max_waiting_per_replica
        if _ok(load.kv_cache_usage):
            wants["kv_cache"] = current * load.kv_cache_usage / limits.max_kv_cache_usage
        if limits.max_ttft_p90_s is not None and _ok(load.ttft_p90_s) and load.ttft_p90_s > limits.max_ttft_p90_s:
            wants["ttft"] = current + 1.0
    return wants


def strongest(wants: dict[str, float]) -> tuple[float, str]:
    """The largest wish and its signal; a tie goes to the first (requests)."""
    signal = max(wants, key=wants.__getitem__)
    return wants[signal], signal


def _ok(x: float | None) -> bool:
    return x is not None and math.isfinite(x) and x >= 0
