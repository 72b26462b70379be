"""How a profile serves each model: weights or an external server, engine, autoscaling, replica
routing, and the process layout of the profile (`Runtime`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..external.settings import ExternalServer
from .common import _Strict

RequestRouter = Literal["auto", "prefix_cache_affinity", "power_of_two"]


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

    prefix_affinity_min_lead_chars: int = Field(
        default=0, ge=0,
        description="prefix_cache_affinity only: a replica whose routed prompts match a request within this many "
                    "characters of the best match is a candidate too, and of those the one holding the fewest "
                    "characters of routed prompts takes it. 0: Ray's rule, the longest match wins by any margin, "
                    "so a new conversation whose first words share a few "
                    "characters with one replica's conversation (past a shared system prompt) goes there; new "
                    "conversations then pile onto one replica. A lead shorter than a KV block (vLLM's CPU: 128 "
                    "tokens, ~500 characters; GPUs: 16 tokens) gains no cache hit.",
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
                          "prefix_affinity_max_imbalance", "prefix_affinity_min_lead_chars"})


class Runtime(_Strict):
    """How a profile's processes are laid out: what each engine and the local Ray start. The defaults
    are the libraries' own; `qwen-gateway bench footprint` measures each choice (BENCHMARKS.md)."""

    engine_executor: Literal["worker_process", "in_engine_core"] = Field(
        default="worker_process",
        description="'worker_process': vLLM's multiprocess executor, one worker process beside each "
                    "EngineCore (what Ray Serve LLM forces on CPU); 'in_engine_core': the model runs in "
                    "the EngineCore process (vLLM's uniprocess executor), one process fewer per engine. "
                    "Single-device engines only.")
    engine_start: Literal["spawn", "fork"] = Field(
        default="spawn",
        description="How each replica starts its vLLM EngineCore process. 'spawn' (vLLM's choice inside a "
                    "Ray actor): a fresh interpreter that imports torch and vLLM again; 'fork': a copy of "
                    "the replica, which has imported them, sharing those pages copy-on-write. Fork needs "
                    "engine_executor: in_engine_core and CPU-only models (a forked child must not start "
                    "processes through Ray or touch an accelerator).")
    ray_idle_workers: int | None = Field(
        default=None, ge=0,
        description="Idle Ray worker processes the local Ray keeps (null: Ray's default, one per logical "
                    "CPU, prestarted); 0 starts none ahead and ends each one a second after its task.")
    kv_cache_bytes: int | None = Field(
        default=None, gt=0,
        description="KV cache per vLLM engine, in bytes, where a model's engine_kwargs set no "
                    "kv_cache_memory_bytes (null: vLLM's default; on CPU that is a fraction of the machine's "
                    "memory unless VLLM_CPU_KVCACHE_SPACE, whole GiB, is in env).")
    ray_llm_telemetry: bool = Field(
        default=True,
        description="Ray Serve LLM's usage telemetry: every LLMServer reports its model's shape to a "
                    "detached `TelemetryAgent` actor (a Ray worker process of its own) that records it in "
                    "Ray's usage stats. false: vLLM replicas skip the report, and the actor is never started.")
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
        if self.runtime.engine_start == "fork":
            self._check_fork()
        return self

    def _check_fork(self) -> None:
        if self.runtime.engine_executor != "in_engine_core":
            raise ValueError("runtime.engine_start: fork needs runtime.engine_executor: in_engine_core (a forked "
                             "EngineCore must not start worker processes of its own); use spawn")
        for name, s in self.models.items():
            if s.external is None and (s.gpus_per_replica > 0 or s.accelerator):
                raise ValueError(f"runtime.engine_start: fork is for CPU engines, but models.{name} runs on "
                                 f"{s.accelerator or 'GPUs'} (an accelerator runtime cannot be forked); use spawn")
