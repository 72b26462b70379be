"""One Ray Serve LLM deployment per enabled model.

We use Ray Serve LLM's public API (`LLMConfig`, `build_llm_deployment`, whose replicas are
`LLMServer`s hosting a vLLM engine with continuous batching) rather than wrapping vLLM by hand: it
already owns engine start-up, placement groups, health checks and vLLM's engine metrics export
(`ray_vllm_*`). Our ingress talks to these deployments through Serve handles.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gateway.checkpoints import CHAT_TEMPLATE_FILE
from gateway.config import GatewayConfig, ServedModel, Serving

# Imported by the replica, not here (deployments/engine.py imports Ray Serve LLM's internals).
LOCAL_CHECKPOINT_CALLBACK = "deployments.engine:LocalCheckpoint"
IN_ENGINE_CORE_ENGINE = "deployments.engine:InEngineCoreVLLMEngine"
FORKED_ENGINE_CORE_ENGINE = "deployments.engine:ForkedEngineCoreVLLMEngine"
GATEWAY_SERVER = "deployments.engine:GatewayLLMServer"   # LLMServer + the methods the gateway calls
NO_TELEMETRY_SERVER = "deployments.engine:NoTelemetryLLMServer"
SERVER_PREFIX = "LLMServer:"   # Serve's name of a model deployment: this + deployment_name(model)
ENGINE_CLS_ENV = "RAYLLM_VLLM_ENGINE_CLS"   # ray.llm._internal.serve.constants.RAYLLM_VLLM_ENGINE_CLS_ENV

# Engine settings every model gets: Qwen3's reasoning parser, the thinking-budget hard cap (vLLM
# rejects `thinking_token_budget` without a reasoning config), Qwen3's hermes-style tool calls, and
# compact JSON under structured outputs (see ENGINE_ENV).
def base_engine_kwargs(config: GatewayConfig) -> dict[str, Any]:
    return {
        "reasoning_parser": "qwen3",
        "reasoning_config": {
            "reasoning_start_str": "<think>",
            "reasoning_end_str": forced_end(config.thinking.budget_end_text),
        },
        "enable_auto_tool_choice": True,
        "tool_call_parser": "hermes",
        # JSON under `response_format`, and the arguments of a forced tool call, without free
        # whitespace: the grammar otherwise lets a model pad with spaces and newlines until max_tokens
        # (seen with vLLM's own server on the stand-in checkpoints: `{` then only whitespace), and the
        # answer is never valid JSON. Compact JSON is what a client parses anyway.
        "structured_outputs_config": {"backend": "xgrammar", "disable_any_whitespace": True},
        # The engine's per-request timing on every answer (`metrics`: first-to-last-token time, mean
        # inter-token latency): the gateway's TTFT/TPOT of a non-streamed answer, whose tokens it never
        # sees apart. The gateway takes it off before the client sees the answer (gateway/streaming.py).
        "enable_per_request_metrics": True,
    }


# Environment every engine gets. VLLM_ENFORCE_STRICT_TOOL_CALLING=0: a named or `required`
# tool_choice is decoded under the tool's JSON schema, and the hermes parser reads that JSON as the
# call, streamed or not. With vLLM 0.32's default (1) such a choice only constrains the
# `<tool_call>{"name": ..., "arguments": ` envelope; the arguments stay free text unless a tool says
# `strict`, so a call cut by max_tokens comes back non-streamed as plain content with no
# `tool_calls`, while the same request streamed yields tool-call deltas (measured on vLLM's own
# server, not only behind Ray). Forced calls must be calls, in both modes.
ENGINE_ENV = {"VLLM_ENFORCE_STRICT_TOOL_CALLING": "0"}


def for_ray(llm_config: dict[str, Any]) -> dict[str, Any]:
    """An `llm_config_dict` ready for `LLMConfig(**...)`: Ray Serve LLM hands engine kwargs to vLLM's
    `AsyncEngineArgs` as they are, so config sections given as dicts become vLLM's config objects
    (vLLM's CLI does that for the same JSON; `llm_config_dict` stays JSON for the CLI and the chart)."""
    engine = dict(llm_config["engine_kwargs"])
    if isinstance(engine.get("structured_outputs_config"), dict):
        from vllm.config import StructuredOutputsConfig

        engine["structured_outputs_config"] = StructuredOutputsConfig(**engine["structured_outputs_config"])
    return {**llm_config, "engine_kwargs": engine}


def forced_end(budget_end_text: str) -> str:
    """The text forced when a thinking budget runs out, up to and including `</think>`. What Qwen3
    writes after it ("\n\n") is left to the model: once `</think>` is out a structured-output grammar
    applies, and a forced "\n\n" then is a token the compact-JSON grammar rejects (vLLM 0.32 ended
    such a request with a 500: "grammar rejected tokens [271]")."""
    head, sep, _ = budget_end_text.partition("</think>")
    return head + sep if sep else budget_end_text


ENGINE_SIGNALS_POLICY = "deployments.autoscaling:EngineSignalsPolicy"
# `serving.request_router` -> the Serve request router class (None: Serve's default, power of two choices).
# Ray's PrefixCacheAffinityRouter, reading the prompt from the body the gateway sends (deployments/prefix_router.py).
REQUEST_ROUTERS = {"prefix_cache_affinity": "deployments.prefix_router:GatewayPrefixCacheAffinityRouter",
                   "power_of_two": None}
# prefix_cache_affinity with serving.prefix_affinity_min_lead_chars > 0: Ray's router, near-ties widened.
LEAD_PREFIX_ROUTER = "deployments.prefix_router:LeadPrefixAffinityRouter"


def request_router_config(s: Serving) -> dict[str, Any] | None:
    """Serve's request_router_config for a model's `Serving`; None: Serve's default router."""
    router = REQUEST_ROUTERS[s.replica_router]
    if router is None:
        return None
    kwargs: dict[str, Any] = {"imbalanced_threshold": s.prefix_affinity_max_imbalance}
    if s.prefix_affinity_min_lead_chars:
        router, kwargs["min_lead_chars"] = LEAD_PREFIX_ROUTER, s.prefix_affinity_min_lead_chars
    return {"request_router_class": router, "request_router_kwargs": kwargs}


def deployment_name(model_name: str) -> str:
    return "model-" + model_name.replace(".", "_")


def llm_config_dict(config: GatewayConfig, model: ServedModel, source: str | Path) -> dict[str, Any]:
    """The LLMConfig (as a plain dict) for one model: engine, placement and autoscaling."""
    s = model.serving
    scale = s.autoscaling
    autoscaling = {
        "min_replicas": scale.min_replicas,
        "max_replicas": scale.max_replicas,
        "target_ongoing_requests": scale.target_ongoing_requests,
        "upscale_delay_s": scale.upscale_delay_s,
        "downscale_delay_s": scale.downscale_delay_s,
        "look_back_period_s": scale.look_back_period_s,
    }
    if scale.initial_replicas is not None:
        autoscaling["initial_replicas"] = scale.initial_replicas
    if scale.policy == "engine_signals":
        # Serve builds the class in its controller (deployments/autoscaling.py); kwargs must be JSON.
        autoscaling["policy"] = {"policy_function": ENGINE_SIGNALS_POLICY,
                                 "policy_kwargs": {"model": model.name, "prometheus_url": config.observability.prometheus_url,
                                                   "limits": scale.engine_signals.model_dump()}}
    engine_kwargs = {**base_engine_kwargs(config), **s.engine_kwargs}
    if config.active_profile.runtime.kv_cache_bytes is not None:
        engine_kwargs.setdefault("kv_cache_memory_bytes", config.active_profile.runtime.kv_cache_bytes)
    if s.gpus_per_replica > 1:
        engine_kwargs.setdefault("tensor_parallel_size", s.gpus_per_replica)
    if s.weights == "generated" and s.engine == "vllm":
        # The checkpoint's own template, named: without it every replica's vLLM first tries the model
        # folder as a multimodal processor (one more tokenizer load: ~0.9 CPU-s per replica at start,
        # BENCHMARKS.md), and finds the same template in the tokenizer (a text-only model has none).
        engine_kwargs.setdefault("chat_template", str(Path(source) / CHAT_TEMPLATE_FILE))
    out: dict[str, Any] = {
        "model_loading_config": {"model_id": model.name, "model_source": str(source)},
        "engine_kwargs": engine_kwargs,
        "deployment_config": {
            "name": deployment_name(model.name),
            "autoscaling_config": autoscaling,
            "max_ongoing_requests": scale.max_ongoing_requests,
            # Bounded queue at each handle: beyond it Serve raises BackPressureError (answered 503).
            "max_queued_requests": config.admission.overload.max_queued_requests,
            # Ray's default health check (10 s period, 30 s timeout) is fine once up; engine start
            # on a busy CPU can take minutes, so allow more before a replica is declared failed.
            "health_check_timeout_s": 60,
        },
        # Send each chunk as soon as the engine yields it; the ingress streams it straight through.
        "experimental_configs": {"stream_batching_interval_ms": 0},
        "log_engine_metrics": True,
    }
    router = request_router_config(s)
    if router is not None:
        # Every handle to the deployment (the gateway's) then routes by prompt prefix to its replicas.
        out["deployment_config"]["request_router_config"] = router
    env = {**ENGINE_ENV, **config.active_profile.env}
    runtime = config.active_profile.runtime
    if runtime.engine_executor == "in_engine_core" and s.engine == "vllm":
        # Ray Serve LLM's own switch for the engine class an LLMServer builds (read in the replica), so
        # every app made from this LLMConfig, the stock OpenAI app in `bench serve` included, gets it.
        env[ENGINE_CLS_ENV] = FORKED_ENGINE_CORE_ENGINE if runtime.engine_start == "fork" else IN_ENGINE_CORE_ENGINE
    out["runtime_env"] = {"env_vars": env}
    if s.engine == "vllm":   # the gateway calls methods of its own on the replica (deployments/replica_api.py)
        out["server_cls"] = GATEWAY_SERVER if runtime.ray_llm_telemetry else NO_TELEMETRY_SERVER
    if s.weights == "generated" and runtime.skip_node_init:   # see deployments/engine.py
        out["callback_config"] = {"callback_class": LOCAL_CHECKPOINT_CALLBACK}
    if s.accelerator:
        out["accelerator_type"] = s.accelerator
    else:
        # CPU engines: one CPU bundle per replica (the GPU default would never schedule). The replica
        # actor itself only relays requests, so it takes no CPU of its own: otherwise every replica
        # costs two logical CPUs and a second replica may not fit a small local Ray.
        out["placement_group_config"] = {"bundles": [{"CPU": s.cpus_per_replica}]}
        out["deployment_config"]["ray_actor_options"] = {"num_cpus": 0}
    if s.engine == "sglang":
        from .sglang import for_sglang

        out = for_sglang(out, s.engine_kwargs)
    return out


def model_source(model: ServedModel, checkpoints: dict[str, Path]) -> str:
    if model.serving.weights == "generated":
        return str(checkpoints[model.name])
    return model.catalog.model_id


def build_model_deployments(config: GatewayConfig, checkpoints: dict[str, Path]) -> dict[str, Any]:
    """Model name -> bound Serve application of its LLMServer deployment."""
    from ray.serve.llm import LLMConfig, build_llm_deployment

    apps = {}
    for name, model in config.enabled_models().items():
        if model.external is not None:   # served by its own server (gateway/external/), not by Ray
            continue
        llm_config = LLMConfig(**for_ray(llm_config_dict(config, model, model_source(model, checkpoints))))
        # The prefix is the server class's name by default; keep one name whatever server_cls is.
        apps[name] = build_llm_deployment(llm_config, name_prefix=SERVER_PREFIX)
    return apps
