"""The engine_signals autoscaling policy: the pure rule, its config, and the class Serve builds from it."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from gateway.autoscaling import EngineLoad, engine_queries, strongest, wanted_replicas
from gateway.config import ConfigError, EngineSignals, load_config, parse_config

LIMITS = EngineSignals(max_waiting_per_replica=2, max_kv_cache_usage=0.8, max_ttft_p90_s=1.0)


def desired_replicas(*args) -> tuple[float, str]:
    """What the policy in Serve's controller does with the wishes (deployments/autoscaling.py)."""
    return strongest(wanted_replicas(*args))


def test_request_count_decides_when_the_engines_are_idle():
    assert desired_replicas(2, 40, 16, EngineLoad(waiting=0, kv_cache_usage=0.1, ttft_p90_s=0.2), LIMITS) == (2.5, "requests")


def test_waiting_requests_add_replicas_the_request_count_would_not():
    # 6 ongoing against a target of 100 per replica: Serve's rule wants 0.06 replicas.
    assert desired_replicas(1, 6, 100, EngineLoad(waiting=4), LIMITS) == (2.0, "waiting")


def test_a_full_kv_cache_adds_replicas_in_proportion():
    wanted, signal = desired_replicas(2, 4, 16, EngineLoad(waiting=0, kv_cache_usage=0.96), LIMITS)
    assert signal == "kv_cache" and math.isclose(wanted, 2.4)


def test_a_slow_first_token_adds_one_replica_and_only_when_set():
    assert desired_replicas(3, 4, 16, EngineLoad(ttft_p90_s=2.5), LIMITS) == (4.0, "ttft")
    assert desired_replicas(3, 4, 16, EngineLoad(ttft_p90_s=2.5), EngineSignals())[1] == "requests"


def test_missing_or_broken_samples_fall_back_to_the_request_count():
    for load in (EngineLoad(), EngineLoad(waiting=float("nan"), kv_cache_usage=float("inf"), ttft_p90_s=-1.0)):
        assert desired_replicas(2, 8, 16, load, LIMITS) == (0.5, "requests")


def test_at_zero_replicas_only_the_request_count_speaks():
    # Stale engine gauges of a replica that is gone must not keep a sleeping model awake.
    assert desired_replicas(0, 0, 16, EngineLoad(waiting=9, kv_cache_usage=1.0), LIMITS) == (0.0, "requests")


def test_queries_select_one_model():
    qs = engine_queries("qwen3-8b")
    assert set(qs) == {"waiting", "kv_cache_usage", "ttft_p90_s"}
    assert all('{model_name="qwen3-8b"}' in q for q in qs.values())


def _with_policy(prometheus_url: str | None):
    d = load_config(profile="local").model_dump()
    d["profiles"]["local"]["models"]["qwen3-0.6b"]["autoscaling"].update(policy="engine_signals", max_replicas=2)
    d["observability"]["prometheus_url"] = prometheus_url
    return parse_config(d)


def test_engine_signals_without_prometheus_fails_at_start_up():
    with pytest.raises(ConfigError, match="qwen3-0.6b.autoscaling.policy: engine_signals .* set observability.prometheus_url"):
        _with_policy(None)


def test_serve_builds_the_policy_from_the_llm_config_and_calls_it(monkeypatch):
    from ray.serve.config import AutoscalingConfig

    from deployments.autoscaling import EngineSignalsPolicy
    from deployments.models import llm_config_dict

    cfg = _with_policy("http://127.0.0.1:9")
    served = cfg.enabled_models()["qwen3-0.6b"]
    scaling = AutoscalingConfig(**llm_config_dict(cfg, served, "/ckpt")["deployment_config"]["autoscaling_config"])
    cls = scaling.policy.get_policy()
    assert cls.__name__ == EngineSignalsPolicy.__name__
    policy = cls(**scaling.policy.policy_kwargs)
    queries = engine_queries("qwen3-0.6b")
    monkeypatch.setattr(type(policy), "prometheus_metrics", property(lambda self: {queries["waiting"]: 9.0}))
    ctx = SimpleNamespace(current_num_replicas=1, total_num_requests=3.0, config=scaling)
    exported = {}
    policy._gauge = SimpleNamespace(set=lambda value, tags: exported.__setitem__(tags["signal"], (tags["model"], value)))
    assert policy(ctx) == (2.25, {"engine_signal": "waiting"})   # 9 waiting / 4 per replica
    assert exported == {"requests": ("qwen3-0.6b", 3.0 / 16), "waiting": ("qwen3-0.6b", 2.25),
                        "kv_cache": ("qwen3-0.6b", 0.0), "ttft": ("qwen3-0.6b", 0.0)}
    monkeypatch.setattr(type(policy), "prometheus_metrics", property(lambda self: None))   # Prometheus down
    assert policy(ctx) == (3.0 / 16, {"engine_signal": "requests"})


def test_default_policy_leaves_serve_alone():
    from deployments.models import llm_config_dict

    cfg = load_config(profile="local")
    served = cfg.enabled_models()["qwen3-0.6b"]
    assert "policy" not in llm_config_dict(cfg, served, "/ckpt")["deployment_config"]["autoscaling_config"]


def test_a_model_name_cannot_break_out_of_its_selector():
    assert engine_queries('a"b\\c')["waiting"] == 'sum(ray_vllm_num_requests_waiting{model_name="a\\"b\\\\c"})'
