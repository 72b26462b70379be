"""Prefix-cache affinity for real: a model at 2 replicas with `request_router` left at `auto` deploys
with Ray Serve LLM's PrefixCacheAffinityRouter, serves multi-turn conversations, and its router keeps
the prompts it routed in its prefix tree, one entry per replica.

The probe model (the 0.6b checkpoint under its own name) is its own Serve app beside the live app,
called through the gateway's RayBackend from this process (where its handle's router then runs).
`bench affinity` measures what the router is for; this only shows that it is there and works.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from gateway.config import Serving

PROBE = "affinity-probe"
LEAD_PROBE = "affinity-lead-probe"
READY_BOUND_S = 420     # two CPU engine starts


def _probe(live_server, name: str, **serving_extra):
    """A 2-replica probe app of the 0.6b checkpoint named `name`; yields its LLMConfig dict and a backend.
    Each test needs its own name: this process keeps one router per deployment, so a handle to a
    redeployed app of the same name would route with the first app's router class."""
    from ray import serve
    from ray.serve.llm import LLMConfig, build_llm_deployment

    from deployments.models import for_ray, llm_config_dict
    from deployments.ray_backend import RayBackend
    from gateway.checkpoints import ensure_checkpoints
    from gateway.config import ServedModel

    cfg = live_server.config
    serving = Serving.model_validate({
        "weights": "generated", "checkpoint": cfg.active_profile.models["qwen3-0.6b"].checkpoint.model_dump(),
        "engine_kwargs": {"max_model_len": 2048, "max_num_seqs": 4, "dtype": "bfloat16"},
        "autoscaling": {"min_replicas": 2, "max_replicas": 2}, **serving_extra,
    })
    model = ServedModel(name=name, catalog=cfg.models["qwen3-0.6b"], serving=serving)
    llm = llm_config_dict(cfg, model, ensure_checkpoints(cfg)["qwen3-0.6b"])
    serve.run(build_llm_deployment(LLMConfig(**for_ray(llm))), name=name, route_prefix=None, blocking=False)
    try:
        deadline = time.monotonic() + READY_BOUND_S
        while (app := serve.status().applications.get(name)) is None or app.status != "RUNNING":
            assert time.monotonic() < deadline, f"the 2-replica app did not start: {app}"
            time.sleep(2)
        handle = serve.get_app_handle(name)
        yield llm, RayBackend({name: handle}, name)
    finally:
        serve.delete(name)


@pytest.fixture
def two_replicas(live_server):
    yield from _probe(live_server, PROBE)


@pytest.fixture
def two_replicas_min_lead(live_server):
    yield from _probe(live_server, LEAD_PROBE, prefix_affinity_min_lead_chars=64)


def _tree_chars(app: str) -> dict[str, int]:
    """Characters of routed prompts per replica in `app`'s prefix tree: Ray Serve LLM's detached actor
    (namespace "serve::<app>::<deployment>"), which exists only if the deployment's handles route
    with a prefix-aware router."""
    import ray

    trees = [a for a in ray.util.list_named_actors(all_namespaces=True)
             if a["name"] == "LlmPrefixTreeActor" and a["namespace"].split("::")[1:2] == [app]]
    print(f"prefix trees: {trees}")
    assert trees, "no prefix tree: the deployment's handles do not route with the prefix-aware router"
    tree = ray.get_actor("LlmPrefixTreeActor", namespace=trees[-1]["namespace"])
    return dict(ray.get(tree.getattr.remote("tenant_to_char_count")))


def test_a_two_replica_model_routes_by_prefix_and_serves_conversations(two_replicas):
    llm, backend = two_replicas
    router = llm["deployment_config"]["request_router_config"]
    assert router["request_router_class"].endswith("PrefixCacheAffinityRouter")   # `auto` at max_replicas 2
    system = "You are the support assistant. " + " ".join(f"rule{i}" for i in range(300))

    async def conversation(n: int) -> list[int]:
        messages = [{"role": "system", "content": system}]
        tokens = []
        for turn in range(3):
            messages.append({"role": "user", "content": f"conversation {n} question {turn}"})
            req = backend.wire_types.parse("chat", {"model": PROBE, "messages": messages, "max_tokens": 8,
                                            "chat_template_kwargs": {"enable_thinking": False}})
            (answer,) = [a async for a in backend.generate("chat", PROBE, req)]
            tokens.append(answer["usage"]["completion_tokens"])
            messages.append({"role": "assistant", "content": answer["choices"][0]["message"]["content"] or ""})
        return tokens

    async def run() -> list[list[int]]:
        return await asyncio.gather(*(conversation(n) for n in range(4)))

    served = asyncio.run(run())
    assert all(t > 0 for conv in served for t in conv), served

    chars = _tree_chars(PROBE)
    print(f"prefix tree characters per replica: {chars}")
    assert len(chars) == 2 and sum(chars.values()) > len(system)   # both replicas known; prompts recorded


def test_with_a_minimum_lead_new_conversations_sharing_an_opening_do_not_pile_onto_one_replica(two_replicas_min_lead):
    """One new conversation after another (never an imbalance), each first message opening with the
    same 33 characters. Ray's rule sends all of them to the replica of the first, whose tree holds
    those characters (tests/unit/test_request_router.py pins that on Ray's tree); with a minimum lead
    of 64 the shared opening is a tie, so either replica may take each (all 10 on one: 1 in 512).
    No system prompt here: one seen by only the first replica is a real lead (its KV cache holds it)."""
    llm, backend = two_replicas_min_lead
    router = llm["deployment_config"]["request_router_config"]
    assert router["request_router_class"] == "deployments.prefix_router:LeadPrefixAffinityRouter"
    assert router["request_router_kwargs"]["min_lead_chars"] == 64

    async def first_turn(n: int) -> None:
        req = backend.wire_types.parse("chat", {"model": LEAD_PROBE, "max_tokens": 2, "chat_template_kwargs": {"enable_thinking": False},
                                        "messages": [{"role": "user", "content": f"Ticket from the web form, number {n}"}]})
        [a async for a in backend.generate("chat", LEAD_PROBE, req)]

    async def run() -> None:
        for n in range(10):
            await first_turn(n)

    asyncio.run(run())
    chars = _tree_chars(LEAD_PROBE)
    print(f"prefix tree characters per replica: {chars}")
    assert len(chars) == 2 and min(chars.values()) > 0, chars     # both replicas took new conversations
