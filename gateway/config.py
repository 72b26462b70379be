"""Typed gateway configuration, validated once at start-up.

`config.yaml` holds the Qwen3 catalogue (facts and prices, shared by every profile) and profiles
that say how each model is served: `production` serves real weights on GPUs, `local` serves
generated random-weight checkpoints on vLLM's CPU build. Unknown keys are errors; every error names
the key path and what to change (`ConfigError`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .external.settings import ExternalServer
from .labels import LABEL_PATTERN, is_label   # tenant names become metric labels and log fields

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "config.yaml"
PROFILE_ENV = "QWEN_GATEWAY_PROFILE"
CONFIG_ENV = "QWEN_GATEWAY_CONFIG"
# Cost modes of the router: set in config, per tenant, per request (header or body field).
Mode = Literal["quality", "balanced", "economy"]
RequestRouter = Literal["auto", "prefix_cache_affinity", "power_of_two"]
MODES: tuple[str, ...] = get_args(Mode)

# Text vLLM forces when a thinking budget runs out (Qwen3 technical report).
QWEN3_BUDGET_END_TEXT = (
    "Considering the limited time by the user, I have to give the solution based on the thinking "
    "directly now.\n</think>\n\n"
)


class ConfigError(ValueError):
    """A config file that cannot be served. The message names the key and the fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- catalogue ---------------------------------------------------------------------------------


class ModelFacts(_Strict):
    """Published architecture facts of one Qwen3 model."""

    params_b: float = Field(gt=0, description="Total parameters, billions.")
    active_params_b: float = Field(gt=0, description="Parameters active per token, billions (MoE < total).")
    layers: int = Field(gt=0)
    attention_heads: int = Field(gt=0)
    kv_heads: int = Field(gt=0)
    context_length: int = Field(gt=0, description="Native context window in tokens.")
    experts: int | None = Field(default=None, gt=0, description="MoE only: routed experts.")
    active_experts: int | None = Field(default=None, gt=0, description="MoE only: experts per token.")

    @model_validator(mode="after")
    def _moe_consistent(self) -> "ModelFacts":
        if (self.experts is None) != (self.active_experts is None):
            raise ValueError("set both 'experts' and 'active_experts' (MoE) or neither (dense)")
        if self.active_params_b > self.params_b:
            raise ValueError("'active_params_b' cannot exceed 'params_b'")
        return self


class Price(_Strict):
    """USD per million tokens. Reasoning tokens are billed as output."""

    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_per_mtok + completion_tokens * self.output_per_mtok) / 1e6


class CatalogModel(_Strict):
    model_id: str = Field(description="Public Hugging Face id, e.g. Qwen/Qwen3-8B.")
    facts: ModelFacts
    price: Price


# --- serving -------------------------------------------------------------------------------------


class CheckpointSpec(_Strict):
    """A random-weight Qwen3-architecture checkpoint generated on this machine (local profile)."""

    hidden_size: int = Field(gt=0)
    intermediate_size: int = Field(gt=0)
    num_layers: int = Field(gt=0)
    num_attention_heads: int = Field(gt=0)
    num_kv_heads: int = Field(gt=0)
    head_dim: int = Field(default=64, description="vLLM's CPU attention needs 64 or more.")
    max_position_embeddings: int = Field(default=4096, gt=0)
    num_experts: int | None = Field(default=None, gt=0, description="Set for a Qwen3-MoE stand-in.")
    num_experts_per_tok: int | None = Field(default=None, gt=0)
    moe_intermediate_size: int | None = Field(default=None, gt=0)
    seed: int = 0

    @field_validator("head_dim")
    @classmethod
    def _cpu_head_dim(cls, v: int) -> int:
        if v < 64 or v % 32:
            raise ValueError(f"head_dim {v} is not supported by vLLM's CPU attention; use 64 or 128")
        return v

    @model_validator(mode="after")
    def _heads(self) -> "CheckpointSpec":
        if self.num_attention_heads % self.num_kv_heads:
            raise ValueError("num_attention_heads must be a multiple of num_kv_heads")
        moe = (self.num_experts, self.num_experts_per_tok, self.moe_intermediate_size)
        if any(v is not None for v in moe) and any(v is None for v in moe):
            raise ValueError("a MoE checkpoint needs num_experts, num_experts_per_tok and moe_intermediate_size")
        return self


class EngineSignals(_Strict):
    """Limits of the `engine_signals` autoscaling policy: what the vLLM engines themselves report,
    read from Prometheus. Each one only adds replicas beyond what the ongoing-request count asks."""

    max_waiting_per_replica: float = Field(
        default=4, gt=0, description="Requests waiting for a batch slot per replica; more adds replicas in proportion."
    )
    max_kv_cache_usage: float = Field(
        default=0.85, gt=0, le=1, description="Mean KV cache use (0 to 1) over the replicas; more adds replicas in proportion."
    )
    max_ttft_p90_s: float | None = Field(
        default=None, gt=0, description="Engine-side p90 time to first token over the last minute; above it, one more replica."
    )


class Autoscaling(_Strict):
    """Replica bounds and the signals Ray Serve scales on."""

    min_replicas: int = Field(default=1, ge=0, description="0 lets the model sleep when idle.")
    max_replicas: int = Field(default=1, ge=1)
    initial_replicas: int | None = Field(default=None, ge=0)
    target_ongoing_requests: float = Field(default=16, gt=0, description="Per replica; LLM replicas batch.")
    max_ongoing_requests: int = Field(default=64, gt=0, description="Per replica; beyond it requests queue.")
    upscale_delay_s: float = Field(default=10, ge=0)
    downscale_delay_s: float = Field(default=300, ge=0)
    look_back_period_s: float = Field(
        default=30, gt=10, description="Window over which load is averaged; must exceed Serve's 10 s metrics interval."
    )
    policy: Literal["requests", "engine_signals"] = Field(
        default="requests",
        description="requests: Serve's own rule (ongoing requests per replica). engine_signals: that rule, raised when "
                    "the engines report a queue, a full KV cache or a slow first token (needs observability.prometheus_url).",
    )
    engine_signals: EngineSignals = Field(default_factory=EngineSignals)

    @model_validator(mode="after")
    def _bounds(self) -> "Autoscaling":
        if self.min_replicas > self.max_replicas:
            raise ValueError(f"min_replicas ({self.min_replicas}) exceeds max_replicas ({self.max_replicas})")
        if self.initial_replicas is not None and not (
            self.min_replicas <= self.initial_replicas <= self.max_replicas
        ):
            raise ValueError("initial_replicas must lie between min_replicas and max_replicas")
        return self


class Serving(_Strict):
    """How one catalogue model is served in a profile."""

    enabled: bool = True
    weights: Literal["hub", "generated"] | None = Field(
        default=None, description="'hub' (the default without 'external'): the catalogue model_id; 'generated': a "
                                  "local random-weight stand-in. Not with 'external'."
    )
    checkpoint: CheckpointSpec | None = Field(default=None, description="Required when weights is 'generated'.")
    accelerator: str | None = Field(default=None, description="Ray accelerator type, e.g. L4, A100, H100; None = CPU.")
    gpus_per_replica: int = Field(default=0, ge=0, description="Tensor-parallel size on GPUs; 0 on CPU.")
    cpus_per_replica: float = Field(default=1, gt=0)
    engine: Literal["vllm", "sglang"] = Field(
        default="vllm", description="vllm: Ray Serve LLM's LLMServer. sglang: its SGLangServer (GPU only; untested on "
                                    "hardware, see deployments/sglang.py).")
    engine_kwargs: dict[str, Any] = Field(default_factory=dict, description="Passed to the engine (vLLM's or SGLang's).")
    autoscaling: Autoscaling = Field(default_factory=Autoscaling)
    external: ExternalServer | None = Field(
        default=None, description="Served by an OpenAI-compatible server the gateway does not host, in place of "
                                  "'weights' (gateway/external/settings.py).")

    @model_validator(mode="before")
    @classmethod
    def _hub_by_default(cls, data: Any) -> Any:
        """Hosted from the hub unless 'weights' or 'external' says otherwise."""
        if isinstance(data, dict) and data.get("external") is None:
            if "weights" in data and data["weights"] is None:
                raise ValueError("serve the model from 'weights' (hub or generated) or from an 'external' server")
            data = {"weights": "hub", **data}
        return data

    request_router: RequestRouter = Field(
        default="auto",
        description="How Serve picks one of the model's replicas for a request. prefix_cache_affinity: Ray Serve "
                    "LLM's PrefixCacheAffinityRouter (a request goes to the replica that already served the longest "
                    "part of its prompt, so its KV cache holds the prefix; power of two choices when none does). "
                    "power_of_two: Serve's default, blind to prefixes. auto: prefix_cache_affinity when the model "
                    "can have more than one replica (autoscaling.max_replicas > 1), else power_of_two (one replica "
                    "has nothing to choose, and the router's prefix-tree actor would cost memory for nothing).",
    )

    prefix_affinity_max_imbalance: int = Field(
        default=2, ge=0,
        description="prefix_cache_affinity only: when the replicas' ongoing requests differ by more than this, a "
                    "request goes to the less busy of two replicas instead of following its prefix. Ray's own default "
                    "(no limit) sends every conversation that shares a long system prompt to the one replica that saw "
                    "it first, and leaves the others idle.",
    )

    @field_validator("request_router", mode="before")
    @classmethod
    def _known_router(cls, v: Any) -> Any:
        if v == "kv_aware":
            raise ValueError("kv_aware (Ray Serve LLM's KVAwareRouter) needs Ray Serve LLM's own ingress and its KV "
                             "token tracker; this gateway calls the model deployments itself. Use "
                             "prefix_cache_affinity.")
        return v

    @property
    def replica_router(self) -> Literal["prefix_cache_affinity", "power_of_two"]:
        """`request_router` with `auto` resolved."""
        if self.request_router != "auto":
            return self.request_router
        return "prefix_cache_affinity" if self.autoscaling.max_replicas > 1 else "power_of_two"

    @model_validator(mode="after")
    def _weights(self) -> "Serving":
        if self.external is not None:
            # Set and not at its default: a config dumped and parsed again (the ingress gets it so) is fine.
            hosted = sorted(k for k in _HOSTED_KEYS & self.model_fields_set
                            if getattr(self, k) != type(self).model_fields[k].get_default(call_default_factory=True))
            if hosted:
                raise ValueError(f"set either 'external' or {hosted[0]!r}, not both: an external member is served "
                                 f"by its own server, so {', '.join(map(repr, hosted))} do not apply")
            return self
        if self.weights == "generated" and self.checkpoint is None:
            raise ValueError("weights: generated needs a 'checkpoint' spec")
        if self.engine == "sglang" and self.gpus_per_replica == 0:
            raise ValueError("engine: sglang needs GPUs (SGLang has no CPU build); set accelerator and gpus_per_replica")
        if self.accelerator and self.gpus_per_replica == 0:
            raise ValueError(f"accelerator {self.accelerator!r} set but gpus_per_replica is 0")
        return self


# Settings of a model hosted by this gateway's Ray cluster, meaningless for an external member.
_HOSTED_KEYS = frozenset({"weights", "checkpoint", "accelerator", "gpus_per_replica", "cpus_per_replica",
                          "engine", "engine_kwargs", "autoscaling", "request_router",
                          "prefix_affinity_max_imbalance"})


class Runtime(_Strict):
    """How a profile's processes are laid out: what each engine and the local Ray start. The defaults
    are the libraries' own; `qwen-gateway bench footprint` measures each choice (BENCHMARKS.md)."""

    engine_executor: Literal["worker_process", "in_engine_core"] = Field(
        default="worker_process",
        description="'worker_process': vLLM's multiprocess executor, one worker process beside each "
                    "EngineCore (what Ray Serve LLM forces on CPU); 'in_engine_core': the model runs in "
                    "the EngineCore process (vLLM's uniprocess executor), one process fewer per engine. "
                    "Single-device engines only.")
    ray_idle_workers: int | None = Field(
        default=None, ge=0,
        description="Idle Ray worker processes the local Ray keeps (null: Ray's default, one per logical "
                    "CPU, prestarted); 0 starts none ahead and ends each one a second after its task.")
    kv_cache_bytes: int | None = Field(
        default=None, gt=0,
        description="KV cache per vLLM engine, in bytes, where a model's engine_kwargs set no "
                    "kv_cache_memory_bytes (null: vLLM's default; on CPU that is a fraction of the machine's "
                    "memory unless VLLM_CPU_KVCACHE_SPACE, whole GiB, is in env).")
    skip_node_init: bool = Field(
        default=False,
        description="Skip Ray Serve LLM's node initialization (a Ray task per replica that fetches the model) "
                    "for generated checkpoints, which are directories on this machine already.")


class Profile(_Strict):
    description: str = ""
    env: dict[str, str] = Field(default_factory=dict, description="Environment for every engine process.")
    runtime: Runtime = Field(default_factory=Runtime, description="Process layout: engines and local Ray.")
    models: dict[str, Serving]

    @model_validator(mode="after")
    def _one_kv_size(self) -> "Profile":
        if "VLLM_CPU_KVCACHE_SPACE" in self.env:
            if self.runtime.kv_cache_bytes is not None:
                raise ValueError("env.VLLM_CPU_KVCACHE_SPACE overrides runtime.kv_cache_bytes in vLLM's CPU build; "
                                 "keep only one of them")
            for name, s in self.models.items():
                if "kv_cache_memory_bytes" in s.engine_kwargs:
                    raise ValueError(f"env.VLLM_CPU_KVCACHE_SPACE overrides models.{name}.engine_kwargs."
                                     "kv_cache_memory_bytes in vLLM's CPU build; keep only one of them")
        if self.runtime.engine_executor == "in_engine_core":
            for name, s in self.models.items():
                if s.external is None and s.engine == "vllm" and s.gpus_per_replica > 1:
                    raise ValueError(f"runtime.engine_executor: in_engine_core runs one device per engine, but "
                                     f"models.{name}.gpus_per_replica is {s.gpus_per_replica}; use worker_process")
        return self


# --- request handling ----------------------------------------------------------------------------


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


# --- admission: API keys, tenant limits, overload -------------------------------------------------


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


class GatewayConfig(_Strict):
    profile: str = Field(description="Which entry of 'profiles' to serve.")
    server: ServerConfig = Field(default_factory=ServerConfig)
    router: RouterConfig = Field(default_factory=RouterConfig)
    thinking: Thinking = Field(default_factory=Thinking)
    admission: Admission = Field(default_factory=Admission, description="API keys, tenant limits, backpressure.")
    observability: Observability = Field(default_factory=Observability, description="Alert thresholds.")
    models: dict[str, CatalogModel]
    profiles: dict[str, Profile]

    @model_validator(mode="after")
    def _profile_refs(self) -> "GatewayConfig":
        limits = {"default_limits": self.admission.default_limits, **{f"tenants.{t}": v
                                                                      for t, v in self.admission.tenants.items()}}
        for where, lim in limits.items():
            if lim.max_model is not None and lim.max_model not in self.models:
                raise ValueError(f"admission.{where}.max_model: {lim.max_model!r} is not in the catalogue; "
                                 f"known models: {sorted(self.models)}")
        if self.profile not in self.profiles:
            raise ValueError(f"profile {self.profile!r} is not defined; known profiles: {sorted(self.profiles)}")
        for pname, prof in self.profiles.items():
            for mname in prof.models:
                if mname not in self.models:
                    raise ValueError(
                        f"profiles.{pname}.models.{mname}: not in the catalogue 'models'; "
                        f"known models: {sorted(self.models)}"
                    )
        if not self.enabled_models():
            raise ValueError(f"profile {self.profile!r} enables no model; set enabled: true on at least one")
        if "auto" in self.models:
            raise ValueError("models.auto: 'auto' is reserved for the router's virtual model")
        signals = [n for n, m in self.enabled_models().items() if m.serving.autoscaling.policy == "engine_signals"]
        if signals and not self.observability.prometheus_url:
            raise ValueError(f"profiles.{self.profile}.models.{signals[0]}.autoscaling.policy: engine_signals reads the "
                             "engines' load from Prometheus; set observability.prometheus_url (e.g. http://prometheus:9090)")
        return self

    @property
    def active_profile(self) -> Profile:
        return self.profiles[self.profile]

    def enabled_models(self) -> dict[str, "ServedModel"]:
        """The models the active profile serves, in catalogue order (smallest first by convention)."""
        prof = self.profiles[self.profile]
        return {
            name: ServedModel(name=name, catalog=cat, serving=prof.models[name])
            for name, cat in self.models.items()
            if name in prof.models and prof.models[name].enabled
        }


class ServedModel(BaseModel):
    """A catalogue model joined with how the active profile serves it."""

    model_config = ConfigDict(frozen=True)

    name: str
    catalog: CatalogModel
    serving: Serving

    @property
    def external(self) -> ExternalServer | None:
        return self.serving.external

    @property
    def context_length(self) -> int:
        limit = self.serving.engine_kwargs.get("max_model_len")
        return int(limit) if limit else self.catalog.facts.context_length


# --- loading -------------------------------------------------------------------------------------


def _format_errors(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown key; remove it or check its spelling"
        elif e["type"] == "missing":
            msg = "required key is missing"
        lines.append(f"  {loc}: {msg}")
    return "\n".join(lines)


def parse_config(data: Any, source: str = "config") -> GatewayConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        return GatewayConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(f"{source} is invalid:\n{_format_errors(err)}") from None


def load_config(path: str | os.PathLike | None = None, profile: str | None = None) -> GatewayConfig:
    """Read and validate a config file. `profile` (or $QWEN_GATEWAY_PROFILE) overrides the file's."""
    p = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG_PATH)
    try:
        raw = yaml.safe_load(p.read_text())
    except FileNotFoundError:
        raise ConfigError(f"config file {p} not found; pass --config PATH") from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{p} is not valid YAML: {err}") from None
    profile = profile or os.environ.get(PROFILE_ENV)
    if profile and isinstance(raw, dict):
        raw = {**raw, "profile": profile}
    return parse_config(raw, source=str(p))
