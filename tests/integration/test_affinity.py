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
READY_BOUND_S = 420     # two CPU engine starts


@pytest.fixture
def two_replicas(live_server):
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
        "autoscaling": {"min_replicas": 2, "max_replicas": 2},
    })
    model = ServedModel(name=PROBE, catalog=cfg.models["qwen3-0.6b"], serving=serving)
    llm = llm_config_dict(cfg, model, ensure_checkpoints(cfg)["qwen3-0.6b"])
    serve.run(build_llm_deployment(LLMConfig(**for_ray(llm))), name=PROBE, route_prefix=None, blocking=False)
    try:
        deadline = time.monotonic() + READY_BOUND_S
        while (app := serve.status().applications.get(PROBE)) is None or app.status != "RUNNING":
            assert time.monotonic() < deadline, f"the 2-replica app did not start: {app}"
            time.sleep(2)
        handle = serve.get_app_handle(PROBE)
        yield llm, RayBackend({PROBE: handle}, PROBE)
    finally:
        serve.delete(PROBE)


def test_a_two_replica_model_routes_by_prefix_and_serves_conversations(two_replicas):
    import ray

    from deployments.protocol import WIRE_TYPES

    llm, backend = two_replicas
    router = llm["deployment_config"]["request_router_config"]
    assert router["request_router_class"].endswith("PrefixCacheAffinityRouter")   # `auto` at max_replicas 2
    system = "You are the support assistant. " + " ".join(f"rule{i}" for i in range(300))

    async def conversation(n: int) -> list[int]:
        messages = [{"role": "system", "content": system}]
        tokens = []
        for turn in range(3):
            messages.append({"role": "user", "content": f"conversation {n} question {turn}"})
            req = WIRE_TYPES.parse("chat", {"model": PROBE, "messages": messages, "max_tokens": 8,
                                            "chat_template_kwargs": {"enable_thinking": False}})
            (answer,) = [a async for a in backend.generate("chat", PROBE, req)]
            tokens.append(answer["usage"]["completion_tokens"])
            messages.append({"role": "assistant", "content": answer["choices"][0]["message"]["content"] or ""})
        return tokens

    async def run() -> list[list[int]]:
        return await asyncio.gather(*(conversation(n) for n in range(4)))

    served = asyncio.run(run())
    assert all(t > 0 for conv in served for t in conv), served

    # The router's prefix tree: a detached actor (Ray Serve LLM's name for it, in a namespace per app and
    # deployment); it exists only if the deployment's handles route with PrefixCacheAffinityRouter.
    trees = [a for a in ray.util.list_named_actors(all_namespaces=True) if a["name"] == "LlmPrefixTreeActor"]
    print(f"prefix trees: {trees}")
    assert trees, "no prefix tree: the deployment's handles do not route with the prefix-aware router"
    tree = ray.get_actor("LlmPrefixTreeActor", namespace=trees[-1]["namespace"])
    chars = ray.get(tree.getattr.remote("tenant_to_char_count"))
    print(f"prefix tree characters per replica: {chars}")
    assert len(chars) == 2 and sum(chars.values()) > len(system)   # both replicas known; prompts recorded
