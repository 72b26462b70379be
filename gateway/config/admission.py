"""Admission: API keys, tenant limits, overload and request limits."""

from __future__ import annotations

from pydantic import Field, field_validator

from ..labels import LABEL_PATTERN, is_label   # tenant names become metric labels and log fields
from .common import Mode, _Strict


class TenantLimits(_Strict):
    """Per-tenant limits for the whole gateway (ingress replicas share one ledger); null = no limit."""

    requests_per_minute: int | None = Field(default=None, gt=0, description="Requests admitted per sliding minute.")
    tokens_per_minute: int | None = Field(
        default=None, gt=0, description="Prompt + completion tokens per sliding minute, counted as requests finish."
    )
    max_concurrent: int | None = Field(default=None, gt=0, description="Requests in flight at once.")
    daily_budget_usd: float | None = Field(
        default=None, gt=0, description="Spend per UTC day at the catalogue prices; over it requests are refused."
    )
    degrade_at: float | None = Field(
        default=0.8, gt=0, le=1,
        description="Fraction of daily_budget_usd from which requests are forced to economy mode with a smaller "
                    "thinking budget before they are refused; null = refuse only.",
    )
    degraded_max_budget: int = Field(default=1024, ge=0, description="Largest thinking budget while degraded.")
    mode: Mode | None = Field(
        default=None, description="The tenant's cost mode for `auto`; a request's header or body still overrides it."
    )
    max_model: str | None = Field(default=None, description="Largest catalogue model `auto` may give this tenant.")
    max_budget: int | None = Field(default=None, ge=0, description="Largest thinking budget; 0 = thinking off.")
    default_max_tokens: int | None = Field(
        default=None, gt=0, description="max_tokens given to requests that set none (null: up to the context)."
    )
    max_output_tokens: int | None = Field(
        default=None, gt=0, description="Largest max_tokens a request may ask for; above it 400."
    )


class ApiKey(_Strict):
    """One client key, stored as the SHA-256 hex digest of the bearer token (`qwen-gateway hash-key`)."""

    tenant: str = Field(pattern=LABEL_PATTERN, description="Tenant the key belongs to (a metric label).")
    sha256: str = Field(description="Lowercase hex SHA-256 of the key; never the key itself.")

    @field_validator("sha256")
    @classmethod
    def _hex(cls, v: str) -> str:
        v = v.strip().lower()
        if len(v) != 64 or any(c not in "0123456789abcdef" for c in v):
            raise ValueError("must be the 64-character hex SHA-256 of the key; make one with `qwen-gateway hash-key`")
        return v


class Overload(_Strict):
    """Backpressure: answer overload fast with 503 + Retry-After instead of queueing without bound."""

    max_in_flight: int = Field(default=512, gt=0, description="Requests in flight per ingress replica, all models.")
    queue_per_model: int = Field(
        default=32, ge=0, description="Allowance over running replicas x max_ongoing_requests for each model."
    )
    max_queued_requests: int = Field(
        default=64, ge=-1, description="Ray Serve's queue per model deployment (-1 = unbounded); beyond it 503."
    )
    retry_after_s: int = Field(default=2, ge=1, description="Retry-After sent with an overload 503.")
    first_token_timeout_s: float | None = Field(
        default=30, gt=0,
        description="A stream that has not started within this many seconds (queued behind a full model, say) "
                    "is refused with 503 + Retry-After, so no client waits silently; null = "
                    "server.request_timeout_s. JSON answers are bounded by server.request_timeout_s only."
    )
    fallback: bool = Field(
        default=True, description="Retry a request that failed before its first token once, on another model "
                                  "when its own has a single replica."
    )


class RequestLimits(_Strict):
    """Bounds on one request, checked before it is tokenized or planned, so a cheap request to send
    cannot be an expensive one to read."""

    max_messages: int = Field(default=1024, gt=0, description="Messages in one chat request.")
    max_sequences: int = Field(
        default=32, gt=0, description="Sequences one request may ask for: prompts in a completions list times `n`."
    )


class Admission(_Strict):
    """Who may call (API keys), how much (tenant limits), and how overload is refused."""

    api_keys: list[ApiKey] = Field(
        default_factory=list,
        description="Keys as SHA-256 digests; more come from $QWEN_GATEWAY_API_KEYS.",
    )
    allow_open: bool = Field(
        default=False,
        description="Run without API keys, every client as tenant 'none'. Off by default: with no key configured "
                    "and this false the gateway refuses to start.",
    )
    request_limits: RequestLimits = Field(default_factory=RequestLimits)
    tenants: dict[str, TenantLimits] = Field(default_factory=dict, description="Limits per tenant name.")
    default_limits: TenantLimits = Field(
        default_factory=TenantLimits, description="Limits of tenants not listed (and of everyone when open)."
    )
    overload: Overload = Field(default_factory=Overload)

    @field_validator("tenants")
    @classmethod
    def _tenant_names(cls, v: dict[str, TenantLimits]) -> dict[str, TenantLimits]:
        for name in v:
            if not is_label(name):
                raise ValueError(f"tenant name {name!r} must match {LABEL_PATTERN} (it becomes a metric label)")
        return v
