"""Request handling: sampling, thinking budgets, the router, the server and the alert SLOs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator

from .common import QWEN3_BUDGET_END_TEXT, Mode, _Strict


class Sampling(_Strict):
    temperature: float
    top_p: float
    top_k: int
    min_p: float = 0.0


class Thinking(_Strict):
    """Qwen3 hybrid thinking: budgets and the sampling Qwen recommends per mode."""

    budget_end_text: str = Field(default=QWEN3_BUDGET_END_TEXT, description="Forced when a budget runs out.")
    effort_budgets: dict[Literal["low", "medium", "high"], int] = Field(
        default_factory=lambda: {"low": 1024, "medium": 4096, "high": 16384},
        description="reasoning_effort -> thinking_token_budget.",
    )
    max_budget: int = Field(default=32768, gt=0, description="Largest budget a client may ask for.")
    thinking_sampling: Sampling = Sampling(temperature=0.6, top_p=0.95, top_k=20)
    non_thinking_sampling: Sampling = Sampling(temperature=0.7, top_p=0.8, top_k=20)

    @field_validator("effort_budgets")
    @classmethod
    def _positive(cls, v: dict[str, int]) -> dict[str, int]:
        for k, b in v.items():
            if b <= 0:
                raise ValueError(f"budget for {k!r} must be positive, got {b}")
        return v


class RouterConfig(_Strict):
    policy: str = Field(default="complexity", description="Routing policy name (see gateway.routing registry).")
    mode: Mode = "balanced"
    options: dict[str, Any] = Field(default_factory=dict, description="Policy-specific settings.")


class ServerConfig(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, gt=0, lt=65536)
    metrics_port: int = Field(default=8080, gt=0, lt=65536)
    ray_num_cpus: int = Field(
        default=8, gt=0, description="Logical CPUs for a local Ray; more than physical so the ingress schedules."
    )
    request_timeout_s: float = Field(default=600, gt=0)
    cold_start_timeout_s: float = Field(
        default=300, gt=0,
        description="How long a request pinned to a model scaled to zero waits for it; then 503 + Retry-After.",
    )
    max_body_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    ingress_replicas: int = Field(default=1, ge=1)
    checkpoint_dir: str = Field(default=".cache/checkpoints", description="Where generated checkpoints live.")


class Observability(_Strict):
    """SLOs the generated alert rules use (`python -m gateway.dashboards` regenerates them)."""

    ttft_slo_s: float = Field(
        default=2.0, gt=0,
        description="p99 time to first token (streamed 2xx, per model) above which QwenGatewayTTFTAboveSLO fires "
                    "after 10 min. Keep it on a bucket edge of gateway.metrics.LATENCY_BUCKETS.",
    )
    error_ratio_threshold: float = Field(
        default=0.05, gt=0, lt=1, description="Share of 5xx per model over 5 min above which QwenGatewayHighErrorRate fires."
    )
    prometheus_url: str | None = Field(
        default=None, pattern=r"^https?://\S+$",
        description="Prometheus that scrapes Ray's metrics port, e.g. http://prometheus:9090; the engine_signals "
                    "autoscaling policy reads the engines' load there.",
    )
