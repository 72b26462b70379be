"""`bench affinity`: its load, its arithmetic and its two stacks' configs, without starting them."""

import subprocess
import sys

from bench.affinity import (ROUTERS, AffinityPlan, Turn, affinity_config, arms_of, prefix_cache_counters,
                            summarize, system_prompt, user_message)
from deployments.models import llm_config_dict
from gateway.config import load_config


def test_conversations_share_the_system_prompt_and_differ_in_their_turns():
    plan = AffinityPlan(system_words=50, user_words=10)
    assert system_prompt(plan) == system_prompt(plan) and len(system_prompt(plan).split()) > 50
    msgs = {user_message(plan, c, t) for c in range(3) for t in range(1, 4)}
    assert len(msgs) == 9


def test_the_two_arms_differ_only_in_the_request_router_at_two_replicas():
    base = load_config(profile="local")
    deps = {}
    for router in ROUTERS:
        cfg = affinity_config(base, "qwen3-0.6b", router)
        assert list(cfg.enabled_models()) == ["qwen3-0.6b"]
        dep = llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")["deployment_config"]
        scale = dep["autoscaling_config"]
        assert scale["min_replicas"] == scale["max_replicas"] == scale["initial_replicas"] == 2
        deps[router] = dep
    assert "request_router_config" not in deps["power_of_two"]
    assert deps["prefix_cache_affinity"]["request_router_config"]["request_router_class"].endswith(
        "PrefixCacheAffinityRouter")
    assert {k: v for k, v in deps["prefix_cache_affinity"].items() if k != "request_router_config"} == \
        deps["power_of_two"]


def test_later_turns_are_summarised_apart_from_the_first():
    plan = AffinityPlan(turns=3, later_from=2)
    turns = [Turn(0, 1, 1.0), Turn(0, 2, 0.2), Turn(0, 3, 0.4), Turn(1, 1, 0.9), Turn(1, 2, error="HTTP 503")]
    s = summarize(turns, plan)
    assert s["later_turns"] == 2 and s["later_ttft_p50_ms"] == 300.0 and s["errors"] == 1
    assert s["ttft_p50_ms_by_turn"] == {1: 950.0, 2: 200.0, 3: 400.0}


def test_the_prefix_cache_counters_are_summed_over_engines():
    text = ('# HELP ray_vllm_prefix_cache_hits_total x\n'
            'ray_vllm_prefix_cache_hits_total{engine="0",model_name="m"} 300.0\n'
            'ray_vllm_prefix_cache_hits_total{engine="1",model_name="m"} 100.0\n'
            'ray_vllm_prefix_cache_queries_total{engine="0",model_name="m"} 500.0\n'
            'ray_vllm_prefix_cache_queries_total{engine="1",model_name="m"} 500.0\n')
    assert prefix_cache_counters(text) == (400.0, 1000.0)


def test_the_command_has_help():
    out = subprocess.run([sys.executable, "-m", "gateway.cli", "bench", "affinity", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "--conversations" in out and "prefix_cache_affinity" in out


async def test_each_turn_carries_the_whole_conversation_so_far():
    """The load over the gateway app in-process (fake backend): every turn streams, has a TTFT, and its
    prompt is the previous one plus the answer and a new question."""
    import httpx

    from bench.affinity import run_load
    from gateway.api.app import create_app
    from gateway.fake_backend import FakeBackend
    from gateway.service import Gateway

    config = load_config()
    backend = FakeBackend(list(config.enabled_models()))
    plan = AffinityPlan(conversations=3, turns=4, system_words=20, user_words=5, max_tokens=4)
    turns = await run_load("http://gw", "qwen3-0.6b", plan,
                           transport=httpx.ASGITransport(app=create_app(Gateway(config, backend))))
    assert len(turns) == 12 and all(t.ttft_s is not None and not t.error for t in turns)
    for conv in range(3):
        sent = [body["messages"] for _, _, body in backend.calls if conv_of(body) == conv]
        assert [len(m) for m in sent] == [2, 4, 6, 8]
        assert all(later[:len(earlier)] == earlier for earlier, later in zip(sent, sent[1:]))
        assert all(m[0]["content"] == system_prompt(plan) for m in sent)


def conv_of(body) -> int:
    return int(body["messages"][1]["content"].split(",")[0].split()[-1])


def test_one_prefix_router_stack_per_imbalance_bound_after_serves_default():
    assert arms_of([2, 8]) == [("power_of_two", "power_of_two", None),
                               ("prefix_cache_affinity@2", "prefix_cache_affinity", 2),
                               ("prefix_cache_affinity@8", "prefix_cache_affinity", 8)]
    cfg = affinity_config(load_config(profile="local"), "qwen3-0.6b", "prefix_cache_affinity", 8)
    dep = llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")["deployment_config"]
    assert dep["request_router_config"]["request_router_kwargs"] == {"imbalanced_threshold": 8}
