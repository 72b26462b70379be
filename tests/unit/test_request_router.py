"""`serving.request_router`: prefix-cache affinity across a model's replicas, in the built deployment."""

import copy

import pytest
import yaml

from deployments.models import for_ray, llm_config_dict
from gateway.config import ConfigError, parse_config

PREFIX_ROUTER = "deployments.prefix_router:GatewayPrefixCacheAffinityRouter"


@pytest.fixture(scope="module")
def raw(repo_root):
    return yaml.safe_load((repo_root / "config.yaml").read_text())


def built(raw, **serving):
    data = copy.deepcopy(raw)
    data["profiles"]["local"]["models"]["qwen3-0.6b"].update(serving)
    cfg = parse_config(data)
    return llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")["deployment_config"]


@pytest.mark.parametrize("serving, router", [
    ({"autoscaling": {"min_replicas": 1, "max_replicas": 2}}, PREFIX_ROUTER),         # auto, can have 2
    ({"autoscaling": {"min_replicas": 1, "max_replicas": 1}}, None),                  # auto, only ever 1
    ({"autoscaling": {"min_replicas": 1, "max_replicas": 1}, "request_router": "prefix_cache_affinity"}, PREFIX_ROUTER),
    ({"autoscaling": {"min_replicas": 1, "max_replicas": 4}, "request_router": "power_of_two"}, None),
])
def test_the_deployment_gets_the_prefix_router_where_it_can_choose_a_replica(raw, serving, router):
    dep = built(raw, **serving)
    assert (dep.get("request_router_config") or {}).get("request_router_class") == router


def test_rays_own_config_accepts_it_and_finds_the_class(raw):
    from ray.serve.config import RequestRouterConfig
    from ray.serve.llm import LLMConfig
    from deployments.prefix_router import GatewayPrefixCacheAffinityRouter

    data = copy.deepcopy(raw)
    data["profiles"]["local"]["models"]["qwen3-0.6b"]["autoscaling"] = {"min_replicas": 2, "max_replicas": 2}
    cfg = parse_config(data)
    llm = LLMConfig(**for_ray(llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")))
    rrc = RequestRouterConfig(**llm.deployment_config["request_router_config"])
    assert rrc.get_request_router_class() is GatewayPrefixCacheAffinityRouter
    # A bound on imbalance: Ray's default (none) puts every conversation sharing a system prompt on one replica.
    assert rrc.request_router_kwargs == {"imbalanced_threshold": 2}


def test_the_shipped_production_models_with_several_replicas_route_by_prefix(raw):
    prod = parse_config({**raw, "profile": "production"})
    for name, model in prod.enabled_models().items():
        dep = llm_config_dict(prod, model, "/ckpt")["deployment_config"]
        assert ("request_router_config" in dep) == (model.serving.autoscaling.max_replicas > 1), name


@pytest.mark.parametrize("value, expected", [
    ("round_robin", "'auto', 'prefix_cache_affinity' or 'power_of_two'"),
    ("kv_aware", "needs Ray Serve LLM's own ingress"),
])
def test_an_unknown_router_is_refused_at_load_naming_the_key_and_the_choices(raw, value, expected):
    data = copy.deepcopy(raw)
    data["profiles"]["local"]["models"]["qwen3-0.6b"]["request_router"] = value
    with pytest.raises(ConfigError) as err:
        parse_config(data)
    assert "profiles.local.models.qwen3-0.6b.request_router" in str(err.value) and expected in str(err.value)


def test_rays_prefix_tree_lets_a_few_characters_past_a_shared_prompt_decide_the_replica():
    """What BENCHMARKS.md ("Prefix-cache affinity", run A) rests on, pinned on Ray's own tree: a tie on
    the shared system prompt is a tie (both replicas, the less busy one takes it), but a new
    conversation whose first words share a few characters with one replica's conversation goes to
    that replica alone. No knob of the router changes this: match_rate_threshold compares the whole
    match (the shared prompt included) with the prompt's length."""
    from ray.llm._internal.serve.routing_policies.prefix_aware.prefix_tree import PrefixTree

    system = "You are the support assistant. " * 40
    tree = PrefixTree()
    tree.add_tenants(["r1", "r2"], 0.0)
    tree.insert(system + "Where is my order?", "r1", 1.0)
    tree.insert(system + "Cancel the invoice.", "r2", 2.0)
    both = ["r1", "r2"]
    matched, tenants = tree.prefix_match(system + "Please reset my password.", both)
    assert matched == system and sorted(tenants) == both                   # a tie: both candidates
    matched, tenants = tree.prefix_match(system + "What does the warranty cover?", both)
    assert matched == system + "Wh" and tenants == ["r1"]                  # two characters decide


def test_a_near_tie_goes_to_the_replica_holding_less_only_when_a_minimum_lead_is_set():
    from deployments.prefix_router import near_leaders

    held = {"r1": 5000, "r2": 3000}
    assert near_leaders(602, ["r1"], 600, ["r2"], 0, held) == ["r1"]           # Ray's rule: any lead wins
    assert near_leaders(602, ["r1"], 600, ["r2"], 512, held) == ["r2"]         # 2 characters: a tie, r2 holds less
    assert near_leaders(602, ["r1"], 600, ["r2"], 512, {"r1": 7, "r2": 7}) == ["r1", "r2"]   # Serve picks by queue
    assert near_leaders(1400, ["r1"], 600, ["r2"], 512, held) == ["r1"]        # a conversation's own history
    assert near_leaders(602, ["r1"], 0, [], 512, held) == ["r1"]               # no runner-up in the tree


def test_a_minimum_lead_deploys_the_widened_router_with_rays_knobs_kept(raw):
    from ray.serve.config import RequestRouterConfig
    from ray.serve.llm import LLMConfig

    from deployments.prefix_router import LeadPrefixAffinityRouter

    data = copy.deepcopy(raw)
    data["profiles"]["local"]["models"]["qwen3-0.6b"].update(
        autoscaling={"min_replicas": 2, "max_replicas": 2}, prefix_affinity_min_lead_chars=512)
    cfg = parse_config(data)
    llm = LLMConfig(**for_ray(llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")))
    rrc = RequestRouterConfig(**llm.deployment_config["request_router_config"])
    assert rrc.get_request_router_class() is LeadPrefixAffinityRouter
    assert rrc.request_router_kwargs == {"imbalanced_threshold": 2, "min_lead_chars": 512}
    data["profiles"]["local"]["models"]["qwen3-0.6b"]["prefix_affinity_min_lead_chars"] = -1
    with pytest.raises(ConfigError) as err:
        parse_config(data)
    assert "prefix_affinity_min_lead_chars" in str(err.value)


def test_the_prefix_router_reads_the_prompt_of_the_gateways_plain_data_body():
    """The gateway sends a model replica a plain-data body, a dict (deployments/ray_backend.py); Ray's
    router reads attributes of request objects, so it would find no prompt and fail every routed call."""
    from types import SimpleNamespace

    from deployments.prefix_router import GatewayPrefixCacheAffinityRouter

    router = GatewayPrefixCacheAffinityRouter.__new__(GatewayPrefixCacheAffinityRouter)   # no Serve state needed
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": [{"type": "text", "text": "hi"}]}]
    by_body = router._extract_text_from_request(SimpleNamespace(args=[{"model": "m", "messages": messages}]))
    by_object = router._extract_text_from_request(SimpleNamespace(args=[SimpleNamespace(messages=messages)]))
    assert by_body == by_object == "Be brief.hi"
    assert router._extract_text_from_request(SimpleNamespace(args=[{"model": "m", "prompt": ["a", "b"]}])) == "ab"
