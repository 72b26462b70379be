"""`qwen-gateway bench affinity`: prefix-cache affinity across 2 replicas, both arms in one run.

One stack serves the same stand-in twice, under two names, each at exactly 2 replicas: one with
Serve's default replica choice (power of two choices, blind to prompts), one with
`serving.request_router: prefix_cache_affinity` (Ray Serve LLM's PrefixCacheAffinityRouter). The
arms take turns, round after round (bench/affinity_load.py `arm_order`), with the same load shape
and fresh conversation content per round, so a busy or quiet spell of the machine hits both alike
and no round finds another's history cached. Only one arm has traffic at a time.

Per round and arm: the TTFT p50 of later turns (client-side, streamed, through the gateway), their
ratio (affinity over default), and vLLM's prefix-cache hit rate read from the engines' own counters
on Ray's metrics port (`model_name` tells the arms apart). The report also shows which request
router Serve deployed for each arm (from Serve's own deployment details) and the prefix router's
tree of prompts per replica, so the arms are what they claim to be.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Callable

import httpx

from gateway.config import GatewayConfig

from .affinity_cache import simulated_hit_rates, working_set_tokens
from .affinity_placement import attach, placements, replayed_hit_rates, request_rows, stickiness
from .affinity_load import (ARMS, AffinityPlan, Turn, arm_order, by_replica, chat_body, engine_counters,
                            check_context, engine_figures, messages_for, ratio, reference_hit_rates, run_round, spread,
                            summarize, warm_up_rounds)

Log = Callable[[str], None]
ROUTER_OF_ARM = {"default": "power_of_two", "affinity": "prefix_cache_affinity"}
WARM_UP_ROUND = 10_000          # its content is never reused by a measured round
PREFIX_TREE_ACTOR = "LlmPrefixTreeActor"   # Ray Serve LLM's name for the router's detached tree actor
CPU_BLOCK_SIZE = 128   # vLLM's KV block size on its CPU platform unless set (vllm/platforms/cpu.py); GPUs: 16


def arm_models(model: str) -> dict[str, str]:
    """The served name of each arm: the stand-in under two names, so one stack holds both."""
    return {arm: f"{model}-{arm}" for arm in ARMS}


def affinity_config(base: GatewayConfig, model: str, *, kv_cache_bytes: int | None = None,
                    max_imbalance: int | None = None, min_lead_chars: int | None = None,
                    max_model_len: int | None = None) -> GatewayConfig:
    """The profile with only the two arms of `model` enabled, each at exactly 2 replicas and otherwise
    `model`'s serving settings, differing only in `request_router`; on free ports. `max_model_len`
    sets vLLM's context and, for a generated stand-in, its max_position_embeddings (vLLM refuses a
    max_model_len above it): a checkpoint of its own, same weights' shape and seed."""
    from .stacks import free_port

    raw = base.model_dump(mode="json")
    profile = raw["profiles"][raw["profile"]]
    if model not in profile["models"]:
        raise ValueError(f"model {model!r} is not in profile {raw['profile']!r}; known: {sorted(profile['models'])}")
    serving = profile["models"][model]
    if serving.get("external") is not None:
        raise ValueError(f"model {model!r} is an external member: it has no replicas for Serve to choose from")
    arms = {}
    for arm, name in arm_models(model).items():
        s = {**serving, "enabled": True, "request_router": ROUTER_OF_ARM[arm],
             "autoscaling": {**serving["autoscaling"], "min_replicas": 2, "max_replicas": 2, "initial_replicas": 2}}
        if kv_cache_bytes is not None:
            s["engine_kwargs"] = {**s["engine_kwargs"], "kv_cache_memory_bytes": kv_cache_bytes}
        if max_imbalance is not None:
            s["prefix_affinity_max_imbalance"] = max_imbalance
        if min_lead_chars is not None:
            s["prefix_affinity_min_lead_chars"] = min_lead_chars
        if max_model_len is not None:
            s["engine_kwargs"] = {**s["engine_kwargs"], "max_model_len": max_model_len}
            if s.get("checkpoint") is not None:
                s["checkpoint"] = {**s["checkpoint"], "max_position_embeddings": max_model_len}
        arms[name] = s
        raw["models"][name] = raw["models"][model]
    profile["models"] = arms
    raw["server"].update(port=free_port(), metrics_port=free_port(),
                         ray_num_cpus=max(raw["server"]["ray_num_cpus"], 8))
    return type(base).model_validate(raw)


def routers_from_details(details: dict[str, Any], deployments: dict[str, str]) -> dict[str, dict[str, Any]]:
    """arm -> the request router config in Serve's instance details for its deployment (`deployments`:
    arm -> Serve deployment name). An arm without one runs Serve's default router."""
    found: dict[str, dict[str, Any]] = {}
    for app in details.get("applications", {}).values():
        for name, dep in app.get("deployments", {}).items():
            for arm, wanted in deployments.items():
                if name == wanted or name.endswith(":" + wanted):   # Ray Serve LLM: "LLMServer:<name>"
                    cfg = dep.get("deployment_config", {}).get("request_router_config") or {}
                    found[arm] = {"deployment": name,
                                  "request_router_class": str(cfg.get("request_router_class", "(Serve's default)")),
                                  "request_router_kwargs": cfg.get("request_router_kwargs", {})}
    return found


def deployed_routers(deployments: dict[str, str]) -> dict[str, dict[str, Any]]:
    """What Serve's controller holds for each arm's deployment, not what this process asked for."""
    from ray.serve.context import _get_global_client

    return routers_from_details(_get_global_client().get_serve_details(), deployments)


def prefix_trees() -> dict[str, dict[str, int]]:
    """Ray Serve LLM's prefix-tree actors (one per deployment routed by PrefixCacheAffinityRouter):
    namespace -> characters of routed prompts held per replica."""
    import ray

    out = {}
    for actor in ray.util.list_named_actors(all_namespaces=True):
        if actor["name"] == PREFIX_TREE_ACTOR:
            tree = ray.get_actor(PREFIX_TREE_ACTOR, namespace=actor["namespace"])
            out[actor["namespace"]] = dict(ray.get(tree.getattr.remote("tenant_to_char_count"), timeout=30))
    return out


def _prompt_ids() -> Callable[[list[dict[str, str]]], list[int]]:
    """A prompt as the engines see it: Qwen3's tokenizer and chat template, thinking off."""
    from transformers import AutoTokenizer

    from gateway.checkpoints import tokenizer_dir

    tok = AutoTokenizer.from_pretrained(str(tokenizer_dir()))

    def ids(messages: list[dict[str, str]]) -> list[int]:
        return list(tok.apply_chat_template(messages, add_generation_prompt=True, enable_thinking=False,
                                            tokenize=True, return_dict=True)["input_ids"])
    return ids


def plan_references(plan: AffinityPlan, block: int, capacity_blocks: int | None = None) -> dict[str, Any]:
    """The plan's reference hit rates on its real prompts: with a cache that never evicts
    (affinity_load.reference_hit_rates, exact expectation), and simulated with an LRU cache of
    `capacity_blocks` per replica (affinity_cache.simulated_hit_rates); the round's working set."""
    ids = _prompt_ids()
    prompts = [[ids(messages_for(plan, 0, c, t)) for t in range(1, plan.turns + 1)] for c in range(plan.conversations)]
    warm = [ids(messages_for(plan, WARM_UP_ROUND, c, 1)) for c in range(plan.conversations)]
    other = ids(messages_for(plan, 0, 1, 1)) if plan.conversations > 1 else warm[0]
    return {"block_size": block, **reference_hit_rates(prompts[0], other, block),
            "working_set_tokens": working_set_tokens(prompts),
            "lru": {"capacity_blocks_per_replica": capacity_blocks,
                    **simulated_hit_rates(prompts, warm, block, capacity_blocks, plan.answer_tokens)}}


def kv_bytes_per_token(serving: Any) -> int | None:
    """KV cache bytes per token of a generated checkpoint (K and V, every layer, bf16); None otherwise."""
    spec = serving.checkpoint
    if spec is None:
        return None
    return 2 * spec.num_layers * spec.num_kv_heads * spec.head_dim * 2


def kv_regime(kv_bytes: int, per_token: int | None, block: int, working_set: int) -> dict[str, Any]:
    """What one engine's KV cache holds, against the round's working set (all conversations at the end)."""
    if not per_token:
        return {"bytes_per_engine": kv_bytes, "mib_per_engine": round(kv_bytes / 2**20, 1)}
    blocks = kv_bytes // (per_token * block)
    return {"bytes_per_engine": kv_bytes, "mib_per_engine": round(kv_bytes / 2**20, 1), "bytes_per_token": per_token,
            "blocks_per_engine": blocks, "tokens_per_engine": blocks * block, "working_set_tokens": working_set,
            "share_of_working_set": round(blocks * block / working_set, 2)}


def read_counters(metrics_port: int, model: str) -> dict[str, float]:
    try:
        return engine_counters(httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10).text, model)
    except httpx.HTTPError:
        return engine_counters("", model)


def settled_counters(metrics_port: int, model: str, quiet_s: float = 12.0, timeout_s: float = 60.0) -> dict[str, float]:
    """The counters once Ray's exporter has caught up (unchanged for `quiet_s`; it exports every ~10 s)."""
    deadline, last, since = time.monotonic() + timeout_s, None, time.monotonic()
    while True:
        now = read_counters(metrics_port, model)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s or time.monotonic() > deadline:
            return now
        time.sleep(2)


async def _warm_up(base_url: str, models: dict[str, str], plan: AffinityPlan) -> None:
    """Each arm sees the shared system prompt (first turns at once, so both replicas get some): a
    long-running service has it cached everywhere, and neither arm should pay for it in round 1."""
    async with httpx.AsyncClient(base_url=base_url, timeout=600) as client:
        for name in models.values():
            bodies = [chat_body(name, messages_for(plan, WARM_UP_ROUND, i, 1), 4) for i in range(plan.conversations)]
            await asyncio.gather(*(client.post("/v1/chat/completions", json={**b, "stream": False}) for b in bodies))


def _play(server: Any, port: int, models: dict[str, str], plan: AffinityPlan,
          schedule: list[tuple[int, tuple[str, str]]], label: str, log: Log) -> tuple[list[dict[str, Any]], list[Turn]]:
    """Rounds in `schedule` ((round number, arm order) each): one row per (round, arm) with its figures
    and the engines' hit rate between counter readings, and every turn."""
    readings: dict[str, list[dict[str, float]]] = {arm: [] for arm in ARMS}
    rows, turns, last = [], [], None
    for i, (number, order) in enumerate(schedule):
        for arm in order:
            # Back to back, the arm's last counters may not be exported yet; otherwise the other arm's
            # round (tens of seconds) gave Ray's exporter time to catch up.
            readings[arm].append(settled_counters(port, models[arm]) if last == arm else read_counters(port, models[arm]))
            t0 = time.perf_counter()
            got = asyncio.run(run_round(server.base_url, models[arm], plan, number, arm))
            row = {"round": i + 1, "arm": arm, "wall_s": round(time.perf_counter() - t0, 1), **summarize(got, plan)}
            log(f"{label} {i + 1}/{len(schedule)} {arm:<8} later-turn TTFT p50 {row['later_ttft_p50_ms']} ms "
                f"p90 {row['later_ttft_p90_ms']} ms, mean later prompt {row['later_prompt_tokens_mean']} tokens, "
                f"{row['errors']} errors, {row['wall_s']} s")
            rows.append(row)
            turns += got
            last = arm
    log("waiting for the engines' counters to be exported ...")
    for arm in ARMS:
        readings[arm].append(settled_counters(port, models[arm]))
    runs = {arm: iter(range(len(readings[arm]) - 1)) for arm in ARMS}
    for row in rows:
        i = next(runs[row["arm"]])
        row.update(engine_figures(readings[row["arm"]][i], readings[row["arm"]][i + 1]))
    return rows, turns


def _measure(server: Any, config: GatewayConfig, models: dict[str, str], plan: AffinityPlan, log: Log
             ) -> tuple[list[dict[str, Any]], list[Turn], list[dict[str, Any]], list[Turn], dict[str, dict[str, float]]]:
    """The plan's unmeasured warm-up rounds (affinity_load.warm_up_rounds: reported apart, in no ratio),
    then every measured round of both arms; each arm's prompt tokens per replica over the run."""
    port = config.server.metrics_port
    warm_rows, warm_turns = ([], []) if not plan.warm_up_rounds else _play(
        server, port, models, plan, warm_up_rounds(plan), "warm-up round (not measured)", log)
    rows, turns = _play(server, port, models, plan, list(enumerate(arm_order(plan.rounds))), "round", log)
    try:
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    except httpx.HTTPError:
        text = ""
    spread_ = {arm: by_replica(text, "ray_vllm_prompt_tokens_total", models[arm]) for arm in ARMS}
    for arm, share in spread_.items():
        log(f"  {arm}: prompt tokens per replica over the run (warm-up included): {share}")
    return rows, turns, warm_rows, warm_turns, spread_


def report(rows: list[dict[str, Any]], turns: list[Turn], plan: AffinityPlan) -> dict[str, Any]:
    """Per-round ratios with their spread, and both arms pooled over all rounds."""
    by = {(row["round"], row["arm"]): row for row in rows}
    per_round = [{"round": r, "default_ms": by[(r, "default")]["later_ttft_p50_ms"],
                  "affinity_ms": by[(r, "affinity")]["later_ttft_p50_ms"],
                  "ratio": ratio(by[(r, "affinity")]["later_ttft_p50_ms"], by[(r, "default")]["later_ttft_p50_ms"]),
                  "hit_rate_default": by[(r, "default")].get("prefix_cache_hit_rate"),
                  "hit_rate_affinity": by[(r, "affinity")].get("prefix_cache_hit_rate"),
                  "engine_ttft_mean_ms": {arm: by[(r, arm)].get("engine_ttft_mean_ms") for arm in ARMS},
                  "engine_prefill_mean_ms": {arm: by[(r, arm)].get("engine_prefill_mean_ms") for arm in ARMS}}
                 for r in range(1, plan.rounds + 1)]
    pooled = {arm: summarize([t for t in turns if t.arm == arm], plan) for arm in ARMS}
    pooled_ratio = ratio(pooled["affinity"]["later_ttft_p50_ms"], pooled["default"]["later_ttft_p50_ms"])
    ratios = [p["ratio"] for p in per_round]
    return {"per_round": per_round, "ratio_spread": spread(ratios), "pooled": pooled,
            "pooled_ratio": pooled_ratio,
            "goal": {"ratio_at_most": 0.7, "met_pooled": None if pooled_ratio is None else pooled_ratio <= 0.7,
                     "met_every_round": None if None in ratios else all(x <= 0.7 for x in ratios)}}


def run_affinity_bench(base: GatewayConfig, model: str, plan: AffinityPlan, *, kv_cache_bytes: int | None = None,
                       max_imbalance: int | None = None, min_lead_chars: int | None = None,
                       max_model_len: int | None = None, ready_timeout_s: float = 900,
                       log: Log = print) -> dict[str, Any]:
    from deployments.local import LocalServer
    from deployments.models import deployment_name

    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)  # Ray's root handler would log every request
    config = affinity_config(base, model, kv_cache_bytes=kv_cache_bytes, max_imbalance=max_imbalance,
                             min_lead_chars=min_lead_chars, max_model_len=max_model_len)
    models = arm_models(model)
    check_context(plan, config.enabled_models()[models["affinity"]].context_length)
    server = LocalServer(config, host="127.0.0.1", port=config.server.port)
    placement_log = _placement_log()
    log(f"{model} twice at 2 replicas ({', '.join(f'{a}: {n}' for a, n in models.items())}); "
        f"{plan.conversations} conversations x {plan.turns} turns, {plan.rounds} rounds per arm, "
        f"last prompt ~{plan.final_prompt_tokens()} tokens")
    began = time.monotonic()
    try:
        server.start(log=log)
        server.wait_ready(timeout_s=ready_timeout_s, log=log)
        routers = deployed_routers({arm: deployment_name(n) for arm, n in models.items()})
        for arm, r in routers.items():
            log(f"  {arm}: Serve routes {models[arm]} with {r['request_router_class']} {r['request_router_kwargs']}")
        log("warm-up: the shared system prompt on every replica")
        asyncio.run(_warm_up(server.base_url, models, plan))
        rows, turns, warm_rows, warm_turns, per_replica = _measure(server, config, models, plan, log)
        trees = prefix_trees()
        placed = placements(placement_log.read_text() if placement_log.exists() else "",
                            {name: arm for arm, name in models.items()})
        log(f"replica known for {attach(turns, placed)} of {len(turns)} requests ({placement_log})")
        attach(warm_turns, placed)
    finally:
        server.stop()
    serving = config.enabled_models()[models["affinity"]].serving
    block = serving.engine_kwargs.get("block_size", CPU_BLOCK_SIZE)
    kv_bytes = serving.engine_kwargs.get("kv_cache_memory_bytes", config.active_profile.runtime.kv_cache_bytes)
    per_token = kv_bytes_per_token(serving)
    capacity = kv_bytes // (per_token * block) if per_token else None
    refs = plan_references(plan, block, capacity)
    out = {"model": model, "served_as": models, "plan": plan.__dict__, "reference_hit_rates": refs,
           "context_tokens": config.enabled_models()[models["affinity"]].context_length, "warm_up_rounds": warm_rows,
           "warm_up_requests": request_rows(warm_turns),
           "kv_cache_bytes": kv_bytes, "kv_cache": kv_regime(kv_bytes, per_token, block, refs["working_set_tokens"]),
           "routers": routers, "prefix_trees": trees, "prompt_tokens_by_replica": per_replica, "rounds": rows, **report(rows, turns, plan),
           "placement": placement_report(turns, plan, block, capacity), "requests": request_rows(turns),
           "wall_s": round(time.monotonic() - began, 1)}
    for p in out["per_round"]:
        log(f"round {p['round']}: default {p['default_ms']} ms, affinity {p['affinity_ms']} ms, ratio {p['ratio']}; "
            f"hit rate {p['hit_rate_default']} vs {p['hit_rate_affinity']}; engine TTFT mean {p['engine_ttft_mean_ms']}, "
            f"prefill mean {p['engine_prefill_mean_ms']} ms")
    log(f"ratio per round: {out['ratio_spread']}; pooled {out['pooled_ratio']}")
    log(f"KV cache per engine: {out['kv_cache']}")
    log(f"hit rates for reference (never evicts; LRU of this size, simulated): {out['reference_hit_rates']}")
    for p in out["placement"]["per_round"]:
        log(f"round {p['round']} {p['arm']:<8} same replica as the previous turn {p['same_replica_as_previous_turn']}; "
            f"replayed hit rates {p['replayed_hit_rates']}")
    return out


def _placement_log() -> Path:
    """A fresh file for the replicas' placement lines (deployments/engine.py), named to the replicas
    through the environment they inherit from this process's Ray."""
    import os
    import tempfile

    from gateway.names import PLACEMENT_LOG_ENV

    fd, path = tempfile.mkstemp(prefix="affinity-placement-", suffix=".tsv")
    os.close(fd)
    os.environ[PLACEMENT_LOG_ENV] = path
    return Path(path)


def placement_report(turns: list[Turn], plan: AffinityPlan, block: int, capacity: int | None) -> dict[str, Any]:
    """Per round and arm: how often a turn stayed on its previous turn's replica, and the hit rates its
    real placement and timing give on LRU caches of this size (bench/affinity_placement.py)."""
    ids = _prompt_ids()
    cached: dict[tuple[int, int, int], list[int]] = {}

    def prompt_ids(r: int, c: int, t: int) -> list[int]:
        if (r, c, t) not in cached:
            cached[(r, c, t)] = ids(messages_for(plan, r, c, t))
        return cached[(r, c, t)]

    warm = [ids(messages_for(plan, WARM_UP_ROUND, c, 1)) for c in range(plan.conversations)]
    rows = []
    for r in range(plan.rounds):
        for arm in ARMS:
            got = [t for t in turns if t.round == r and t.arm == arm]
            replicas = sorted({t.replica for t in turns if t.arm == arm and t.replica})
            rows.append({"round": r + 1, "arm": arm, **stickiness(got), "replayed_hit_rates": replayed_hit_rates(
                got, prompt_ids, warm, plan, block, capacity, replicas=replicas)})
    return {"requests": len(turns), "requests_placed": sum(bool(t.replica) for t in turns),
            "capacity_blocks_per_replica": capacity, "per_round": rows}


def affinity_regimes(kv_cache_mib: list[int] | None, min_lead_chars: list[int] | None) -> list[dict[str, Any]]:
    """The runs one `bench affinity` makes, in order: one per KV cache size or per minimum lead (one
    axis at a time, so a difference between regimes has one cause); None: the model's own setting."""
    kvs, leads = kv_cache_mib or [None], min_lead_chars or [None]
    if len(kvs) > 1 and len(leads) > 1:
        raise ValueError("list several values for --kv-cache-mib or for --min-lead-chars, not both")
    return [{"kv_cache_bytes": None if kv is None else kv * 2**20, "min_lead_chars": lead}
            for kv in kvs for lead in leads]


def regimes_report(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """Several runs of the same load with different KV cache sizes, side by side: per regime its
    ratios, hit rates and their references, so no regime is shown without the others."""
    rows = []
    for r in reports:
        measured = {arm: [p[f"hit_rate_{arm}"] for p in r["per_round"]] for arm in ARMS}
        rows.append({"kv_cache": r["kv_cache"], "router_affinity": r["routers"].get("affinity"), "ratio_per_round": [p["ratio"] for p in r["per_round"]],
                     "ratio_spread": r["ratio_spread"], "pooled_ratio": r["pooled_ratio"],
                     "later_ttft_p50_ms_pooled": {arm: r["pooled"][arm]["later_ttft_p50_ms"] for arm in ARMS},
                     "hit_rate_per_round": measured, "reference_hit_rates": r["reference_hit_rates"],
                     "goal_met_pooled": r["goal"]["met_pooled"]})
    return {"regimes": rows, "runs": reports}
