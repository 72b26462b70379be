"""`qwen-gateway bench affinity`: prefix-cache affinity across replicas, measured on multi-turn chat.

Several conversations run at once against one model served by 2 replicas. Every conversation opens
with the same long system prompt and grows turn by turn (a new user message, the model's answer
kept in the history), so each request's prompt is the previous one plus a little. vLLM caches the
KV blocks of prompts it has seen (prefix caching), but only on the replica that saw them: with
Serve's default replica choice (power of two choices) a turn lands on either replica and half the
time recomputes its conversation's history; with `serving.request_router: prefix_cache_affinity`
(Ray Serve LLM's PrefixCacheAffinityRouter) it goes where its prefix already is.

The same load runs on two stacks in turn, one per router (fresh Ray, same config otherwise). The
figure is the TTFT p50 of the later turns (the first turn has no history to find), client-side
on the streamed answer, for each, and their ratio; and each arm's vLLM prefix-cache hit rate, read
from the engines' own counters on Ray's metrics port.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import httpx

from gateway.config import GatewayConfig

from .report import percentile

Log = Callable[[str], None]
ROUTERS = ("power_of_two", "prefix_cache_affinity")
_WORDS = ("system", "policy", "customer", "invoice", "refund", "account", "shipping", "warranty", "order",
          "support", "agent", "escalate", "priority", "billing", "address", "product", "return", "delivery",
          "payment", "contract", "service", "review", "ticket", "status", "update", "record", "balance")


@dataclass(frozen=True)
class AffinityPlan:
    conversations: int = 8     # at once
    turns: int = 6             # per conversation
    system_words: int = 500    # the shared system prompt (about 2.9 tokens a word: ~1,450 tokens)
    user_words: int = 60       # each new user message (~180 tokens)
    max_tokens: int = 32       # each answer, kept in the history
    later_from: int = 2        # "later turns": this turn (1-based) and after


def text(seed: int, n_words: int) -> str:
    """Deterministic filler of `n_words` words: the same seed gives the same text."""
    return " ".join(f"{_WORDS[(seed * 7 + i * 13 + i // 5) % len(_WORDS)]}{(seed + i) % 97}" for i in range(n_words))


def system_prompt(plan: AffinityPlan) -> str:
    return "You are the support assistant. Rules: " + text(0, plan.system_words)


def user_message(plan: AffinityPlan, conversation: int, turn: int) -> str:
    return f"Conversation {conversation}, question {turn}: " + text(1000 + conversation * 100 + turn, plan.user_words)


def affinity_config(base: GatewayConfig, model: str, router: str, max_imbalance: int | None = None) -> GatewayConfig:
    """The profile with only `model` enabled, at exactly 2 replicas, with `router` (and, for the prefix
    router, `max_imbalance`), on free ports."""
    from .stacks import single_model_config

    raw = single_model_config(base, model).model_dump(mode="json")
    serving = raw["profiles"][raw["profile"]]["models"][model]
    serving["autoscaling"] = {**serving["autoscaling"], "min_replicas": 2, "max_replicas": 2, "initial_replicas": 2}
    serving["request_router"] = router
    if max_imbalance is not None:
        serving["prefix_affinity_max_imbalance"] = max_imbalance
    raw["server"]["ray_num_cpus"] = max(raw["server"]["ray_num_cpus"], 8)
    return type(base).model_validate(raw)


@dataclass
class Turn:
    conversation: int
    turn: int                  # 1-based
    ttft_s: float | None = None
    error: str = ""


async def _turn(client: httpx.AsyncClient, body: dict[str, Any], sample: Turn) -> str:
    """One streamed turn: its TTFT into `sample`, the answer's text returned."""
    start, answer = time.perf_counter(), []
    async with client.stream("POST", "/v1/chat/completions", json=body) as resp:
        if resp.status_code != 200:
            sample.error = f"HTTP {resp.status_code}: {(await resp.aread())[:200]!r}"
            return ""
        async for line in resp.aiter_lines():
            if not line.startswith("data: {"):
                continue
            for choice in json.loads(line[6:]).get("choices") or ():
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    if sample.ttft_s is None:
                        sample.ttft_s = time.perf_counter() - start
                    answer.append(piece)
    return "".join(answer)


async def conversation(client: httpx.AsyncClient, model: str, plan: AffinityPlan, index: int) -> list[Turn]:
    messages: list[dict[str, str]] = [{"role": "system", "content": system_prompt(plan)}]
    out = []
    for turn in range(1, plan.turns + 1):
        messages.append({"role": "user", "content": user_message(plan, index, turn)})
        body = {"model": model, "messages": messages, "max_tokens": plan.max_tokens, "ignore_eos": True,
                "temperature": 0, "stream": True, "chat_template_kwargs": {"enable_thinking": False}}
        sample = Turn(index, turn)
        try:
            answer = await _turn(client, body, sample)
        except httpx.HTTPError as err:
            sample.error, answer = f"{type(err).__name__}: {err}"[:200], ""
        out.append(sample)
        if sample.error:
            break
        messages.append({"role": "assistant", "content": answer})
    return out


async def run_load(base_url: str, model: str, plan: AffinityPlan,
                   transport: httpx.AsyncBaseTransport | None = None) -> list[Turn]:
    async with httpx.AsyncClient(base_url=base_url, timeout=300, transport=transport) as client:
        runs = await asyncio.gather(*(conversation(client, model, plan, i) for i in range(plan.conversations)))
    return [t for run in runs for t in run]


def summarize(turns: list[Turn], plan: AffinityPlan) -> dict[str, Any]:
    later = [t.ttft_s for t in turns if t.turn >= plan.later_from and t.ttft_s is not None]
    by_turn = {n: percentile([t.ttft_s for t in turns if t.turn == n and t.ttft_s is not None], 50)
               for n in range(1, plan.turns + 1)}
    return {"requests": len(turns), "errors": sum(bool(t.error) for t in turns),
            "first_error": next((t.error for t in turns if t.error), ""),
            "later_turns": len(later), "later_ttft_p50_ms": _ms(percentile(later, 50)),
            "later_ttft_p90_ms": _ms(percentile(later, 90)),
            "ttft_p50_ms_by_turn": {n: _ms(v) for n, v in by_turn.items()}}


def _ms(v: float | None) -> float | None:
    return None if v is None else round(v * 1000, 1)


def prefix_cache_counters(metrics_text: str) -> tuple[float, float]:
    """(hits, queries) in tokens over every engine, from Ray's Prometheus text."""
    hits = queries = 0.0
    for line in metrics_text.splitlines():
        if line.startswith("ray_vllm_prefix_cache_hits_total"):
            hits += float(line.rsplit(" ", 1)[1])
        elif line.startswith("ray_vllm_prefix_cache_queries_total"):
            queries += float(line.rsplit(" ", 1)[1])
    return hits, queries


def _settled_counters(metrics_port: int, quiet_s: float = 12.0, timeout_s: float = 60.0) -> tuple[float, float]:
    """The counters once Ray's exporter has caught up (unchanged for `quiet_s`)."""
    deadline, last, since = time.monotonic() + timeout_s, None, time.monotonic()
    while True:
        try:
            now = prefix_cache_counters(httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10).text)
        except httpx.HTTPError:
            now = (0.0, 0.0)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet_s or time.monotonic() > deadline:
            return now
        time.sleep(2)


def run_arm(config: GatewayConfig, model: str, plan: AffinityPlan, ready_timeout_s: float, log: Log) -> dict[str, Any]:
    from deployments.local import LocalServer

    server = LocalServer(config, host="127.0.0.1", port=config.server.port)
    try:
        server.start(log=log)
        server.wait_ready(timeout_s=ready_timeout_s, log=log)
        log(f"  {plan.conversations} conversations x {plan.turns} turns")
        t0 = time.perf_counter()
        turns = asyncio.run(run_load(server.base_url, model, plan))
        wall = time.perf_counter() - t0
        hits, queries = _settled_counters(config.server.metrics_port)
    finally:
        server.stop()
    out = summarize(turns, plan)
    out.update(wall_s=round(wall, 1), prefix_cache_hit_rate=round(hits / queries, 3) if queries else None)
    return out


def arms_of(imbalances: list[int]) -> list[tuple[str, str, int | None]]:
    """(label, router, max imbalance) per stack: Serve's default first, then the prefix router per bound."""
    return [("power_of_two", "power_of_two", None),
            *((f"prefix_cache_affinity@{n}", "prefix_cache_affinity", n) for n in imbalances)]


def run_affinity_bench(base: GatewayConfig, model: str, plan: AffinityPlan, *, imbalances: list[int] | None = None,
                       ready_timeout_s: float = 900, log: Log = print) -> dict[str, Any]:
    """`imbalances`: one prefix-router stack per bound on the replicas' imbalance (default: the config's)."""
    bounds = imbalances or [base.active_profile.models[model].prefix_affinity_max_imbalance]
    arms = {}
    for label, router, bound in arms_of(bounds):
        log(f"[{label}] {model} at 2 replicas")
        arms[label] = run_arm(affinity_config(base, model, router, bound), model, plan, ready_timeout_s, log)
        log(f"[{label}] later-turn TTFT p50 {arms[label]['later_ttft_p50_ms']} ms, "
            f"prefix-cache hit rate {arms[label]['prefix_cache_hit_rate']}")
    without = arms["power_of_two"]["later_ttft_p50_ms"]
    ratios = {label: (round(a["later_ttft_p50_ms"] / without, 3) if a["later_ttft_p50_ms"] and without else None)
              for label, a in arms.items() if label != "power_of_two"}
    best = min((r for r in ratios.values() if r is not None), default=None)
    return {"model": model, "plan": plan.__dict__, "arms": arms, "later_ttft_p50_ratio_with_vs_without": ratios,
            "goal": {"ratio_at_most": 0.7, "met": None if best is None else best <= 0.7}}
