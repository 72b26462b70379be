"""`serving.request_router`: prefix-cache affinity across a model's replicas, in the built deployment."""

import copy

import pytest
import yaml

from deployments.models import for_ray, llm_config_dict
from gateway.config import ConfigError, parse_config

PREFIX_ROUTER = "ray.serve.llm.request_router:PrefixCacheAffinityRouter"


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
    from ray.serve.llm.request_router import PrefixCacheAffinityRouter

    data = copy.deepcopy(raw)
    data["profiles"]["local"]["models"]["qwen3-0.6b"]["autoscaling"] = {"min_replicas": 2, "max_replicas": 2}
    cfg = parse_config(data)
    llm = LLMConfig(**for_ray(llm_config_dict(cfg, cfg.enabled_models()["qwen3-0.6b"], "/ckpt")))
    rrc = RequestRouterConfig(**llm.deployment_config["request_router_config"])
    assert rrc.get_request_router_class() is PrefixCacheAffinityRouter
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
