"""The load of `bench affinity` and its arithmetic: multi-turn conversations whose own history, not
the shared system prompt, makes up most of each later prompt.

Pure code and one HTTP client: the workload builder, the order of the arms per round, the client
that plays conversations against an OpenAI-compatible endpoint, and the statistics. Nothing here
starts Ray or vLLM (bench/affinity.py does), so all of it is unit-tested in-process.

Sizes are in tokens of the Qwen3 tokenizer; the filler text below averages 2.9 tokens a word
(measured with the tokenizer on 900 words), and the run reports the prompt sizes vLLM counted.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Sequence

import httpx

from gateway.stats import percentile

TOKENS_PER_WORD = 2.9
ARMS = ("default", "affinity")      # Serve's default replica choice; PrefixCacheAffinityRouter
_WORDS = ("system", "policy", "customer", "invoice", "refund", "account", "shipping", "warranty", "order",
          "support", "agent", "escalate", "priority", "billing", "address", "product", "return", "delivery",
          "payment", "contract", "service", "review", "ticket", "status", "update", "record", "balance")


@dataclass(frozen=True)
class AffinityPlan:
    """One round of load per arm. Defaults: BENCHMARKS.md, "Prefix-cache affinity", the design."""

    conversations: int = 8     # at once, per arm
    turns: int = 8             # per conversation
    rounds: int = 4            # per arm, alternating arms (see arm_order)
    system_tokens: int = 600   # the shared system prompt
    user_tokens: int = 100     # each new user message
    answer_tokens: int = 200   # each answer: generated (ignore_eos) and kept in the history at this length
    think_s: float = 1.0       # pause between an answer and the conversation's next message
    stagger_s: float = 1.0     # conversation i opens i x this after the round starts (arrivals, not a burst)
    later_from: int = 2        # "later turns": this turn (1-based) and after
    user_header: str = ""      # opens every user message (a template's preamble; {round}, {conversation}, {turn}
                               # are filled in); "": each opens with its own words
    warm_up_rounds: int = 0    # unmeasured rounds per arm before the measured ones (see warm_up_rounds())

    def __post_init__(self) -> None:
        for name in ("conversations", "turns", "rounds", "system_tokens", "user_tokens", "answer_tokens"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not 2 <= self.later_from <= self.turns:
            raise ValueError(f"later_from must be between 2 and turns ({self.turns}), got {self.later_from}")
        if self.warm_up_rounds < 0:
            raise ValueError(f"warm_up_rounds must be >= 0, got {self.warm_up_rounds}")
        if self.think_s < 0 or self.stagger_s < 0:
            raise ValueError(f"think_s and stagger_s must be >= 0, got {self.think_s} and {self.stagger_s}")

    def final_prompt_tokens(self) -> int:
        """About how long the last turn's prompt is (without the chat template's few tokens a message)."""
        return self.system_tokens + self.turns * self.user_tokens + (self.turns - 1) * self.answer_tokens


def check_context(plan: AffinityPlan, context: int) -> None:
    """Refuse, before any stack starts, a plan whose last prompt and answer cannot fit the model's
    context: otherwise the late turns fail with 400s minutes into the run. The filler's size per word
    varies by a few percent, and Qwen3's template adds a few tokens per message."""
    need = round(1.05 * plan.final_prompt_tokens()) + 8 * (2 * plan.turns + 1) + plan.answer_tokens
    if need > context:
        raise ValueError(f"the last turn needs about {need} tokens (prompt of ~{plan.final_prompt_tokens()} plus "
                         f"template and a {plan.answer_tokens}-token answer) but the model's context is {context}: "
                         "use fewer --turns, shorter messages, or a longer --max-model-len")


def text(seed: int, n_tokens: int) -> str:
    """Deterministic filler of about `n_tokens` tokens: the same seed gives the same text."""
    n_words = max(1, round(n_tokens / TOKENS_PER_WORD))
    return " ".join(f"{_WORDS[(seed * 7 + i * 13 + i // 5) % len(_WORDS)]}{(seed + i) % 97}" for i in range(n_words))


def system_prompt(plan: AffinityPlan) -> str:
    """The same for every conversation of every round and arm: cached on every replica once warm."""
    return "You are the support assistant. Rules: " + text(0, plan.system_tokens)


def _seed(round_: int, conversation: int, turn: int, kind: int) -> int:
    return 1_000_003 * (round_ + 1) + 1009 * conversation + 10 * turn + kind


def user_message(plan: AffinityPlan, round_: int, conversation: int, turn: int) -> str:
    """New content per round, conversation and turn, so no round finds another's history cached.
    It opens with its own words: a header shared by every conversation ("Round 1, conversation ...")
    gives the prefix router a few more matching characters on the replica that took the previous
    conversation, and it then sends every new conversation there (BENCHMARKS.md, first run)."""
    tail = f" (round {round_}, conversation {conversation}, question {turn})"
    header = plan.user_header.format(round=round_, conversation=conversation, turn=turn)
    return header + text(_seed(round_, conversation, turn, 1), plan.user_tokens) + tail


def answer(plan: AffinityPlan, round_: int, conversation: int, turn: int) -> str:
    """The assistant turn kept in the history. The stand-in's own output is random tokens, so the
    history holds filler of the planned answer length instead; the engine still decodes that many."""
    return text(_seed(round_, conversation, turn, 2), plan.answer_tokens)


def messages_for(plan: AffinityPlan, round_: int, conversation: int, turn: int) -> list[dict[str, str]]:
    """The whole conversation sent at `turn` (1-based): system, then user/assistant pairs, then the
    new user message. Each turn's messages start with the previous turn's."""
    out = [{"role": "system", "content": system_prompt(plan)}]
    for t in range(1, turn):
        out += [{"role": "user", "content": user_message(plan, round_, conversation, t)},
                {"role": "assistant", "content": answer(plan, round_, conversation, t)}]
    return out + [{"role": "user", "content": user_message(plan, round_, conversation, turn)}]


def arm_order(rounds: int) -> list[tuple[str, str]]:
    """Per round, which arm runs first: alternating (ABBA...), so a drift of the machine over the run
    (other work starting, caches warming) does not always favour the same arm."""
    return [ARMS if r % 2 == 0 else ARMS[::-1] for r in range(rounds)]


WARM_UP_ROUNDS_FROM = 20_000   # round numbers of the warm-up rounds: content no measured round reuses


def warm_up_rounds(plan: AffinityPlan) -> list[tuple[int, tuple[str, str]]]:
    """(round number, arm order) of each unmeasured warm-up round: the plan's load on both arms, with
    content of its own, alternating which arm goes first as the measured rounds do. On a fresh stack
    the prefix router's tree and the engines have seen nothing but the system prompt; a warm-up round
    leaves them as a running service would, and costs both arms the same."""
    return [(WARM_UP_ROUNDS_FROM + i, order) for i, order in enumerate(arm_order(plan.warm_up_rounds))]


@dataclass
class Turn:
    round: int
    arm: str
    conversation: int
    turn: int                  # 1-based
    ttft_s: float | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str = ""
    response_id: str = ""      # the engine's request id as the stream's chunks carry it ("chatcmpl-...")
    sent_s: float | None = None    # wall clock (time.time()) when the request left, and when its stream ended:
    done_s: float | None = None    # the order and overlap of requests, for bench/affinity_cache.py `replay`
    replica: str = ""          # the Serve replica that served it (bench/affinity_placement.py), "" if unknown


def chat_body(model: str, messages: list[dict[str, str]], max_tokens: int) -> dict[str, Any]:
    return {"model": model, "messages": messages, "max_tokens": max_tokens, "ignore_eos": True,
            "temperature": 0, "stream": True, "stream_options": {"include_usage": True},
            "chat_template_kwargs": {"enable_thinking": False}}


async def _turn(client: httpx.AsyncClient, body: dict[str, Any], sample: Turn) -> None:
    """One streamed turn: time to the first generated text and the prompt size vLLM counted."""
    start = time.perf_counter()
    sample.sent_s = time.time()
    try:
        await _stream(client, body, sample, start)
    finally:
        sample.done_s = time.time()
    if sample.ttft_s is None and not sample.error:
        sample.error = "no generated text in the stream"


async def _stream(client: httpx.AsyncClient, body: dict[str, Any], sample: Turn, start: float) -> None:
    async with client.stream("POST", "/v1/chat/completions", json=body) as resp:
        if resp.status_code != 200:
            sample.error = f"HTTP {resp.status_code}: {(await resp.aread())[:200]!r}"
            return
        async for line in resp.aiter_lines():
            if not line.startswith("data: {"):
                continue
            chunk = json.loads(line[6:])
            sample.response_id = sample.response_id or str(chunk.get("id") or "")
            if sample.ttft_s is None and any((c.get("delta") or {}).get("content") or (c.get("delta") or {}).get(
                    "reasoning") for c in chunk.get("choices") or ()):
                sample.ttft_s = time.perf_counter() - start
            if chunk.get("usage"):
                sample.prompt_tokens = chunk["usage"].get("prompt_tokens")
                sample.completion_tokens = chunk["usage"].get("completion_tokens")


async def conversation(client: httpx.AsyncClient, model: str, plan: AffinityPlan, round_: int, arm: str,
                       index: int) -> list[Turn]:
    out = []
    await asyncio.sleep(index * plan.stagger_s)
    for turn in range(1, plan.turns + 1):
        if turn > 1 and plan.think_s:
            await asyncio.sleep(plan.think_s)
        sample = Turn(round_, arm, index, turn)
        body = chat_body(model, messages_for(plan, round_, index, turn), plan.answer_tokens)
        try:
            await _turn(client, body, sample)
        except httpx.HTTPError as err:
            sample.error = f"{type(err).__name__}: {err}"[:200]
        out.append(sample)
        if sample.error:
            break
    return out


async def run_round(base_url: str, model: str, plan: AffinityPlan, round_: int, arm: str,
                    transport: httpx.AsyncBaseTransport | None = None) -> list[Turn]:
    """Every conversation of one round at once against `model`."""
    async with httpx.AsyncClient(base_url=base_url, timeout=600, transport=transport) as client:
        runs = await asyncio.gather(*(conversation(client, model, plan, round_, arm, i)
                                      for i in range(plan.conversations)))
    return [t for run in runs for t in run]


def _ms(v: float | None) -> float | None:
    return None if v is None else round(v * 1000, 1)


def summarize(turns: Sequence[Turn], plan: AffinityPlan) -> dict[str, Any]:
    """One arm's figures over `turns` (one round or several)."""
    later = [t for t in turns if t.turn >= plan.later_from and t.ttft_s is not None]
    by_turn = {n: _ms(percentile([t.ttft_s for t in turns if t.turn == n and t.ttft_s is not None], 50))
               for n in range(1, plan.turns + 1)}
    prompts = [t.prompt_tokens for t in later if t.prompt_tokens]
    answers = [t.completion_tokens for t in turns if t.completion_tokens]
    return {"requests": len(turns), "errors": sum(bool(t.error) for t in turns),
            "first_error": next((t.error for t in turns if t.error), ""),
            "later_turns": len(later), "later_ttft_p50_ms": _ms(percentile([t.ttft_s for t in later], 50)),
            "later_ttft_p90_ms": _ms(percentile([t.ttft_s for t in later], 90)),
            "later_prompt_tokens_mean": round(sum(prompts) / len(prompts)) if prompts else None,
            "answer_tokens_mean": round(sum(answers) / len(answers)) if answers else None,
            "ttft_p50_ms_by_turn": by_turn}


def ratio(with_: float | None, without: float | None) -> float | None:
    return round(with_ / without, 3) if with_ and without else None


def spread(values: Sequence[float | None]) -> dict[str, float | None]:
    """Median, min and max of the per-round ratios (None where a round had no figure)."""
    xs = sorted(v for v in values if v is not None)
    if not xs:
        return {"median": None, "min": None, "max": None, "n": 0}
    return {"median": round(percentile(xs, 50), 3), "min": xs[0], "max": xs[-1], "n": len(xs)}


# What each reading of an arm's engines sums (Ray's Prometheus names of vLLM's metrics, all replicas).
# Ray exports a histogram's sum as if every sample sat at its bucket's midpoint
# (ray/_private/telemetry/open_telemetry_metric_recorder.py), so the means below are coarse: for
# vLLM's latency buckets (0.3 s, 0.5 s, ...) anything under 0.3 s counts as 0.15 s.
ENGINE_COUNTERS = {
    "cache_hit_tokens": "ray_vllm_prefix_cache_hits_total",
    "cache_query_tokens": "ray_vllm_prefix_cache_queries_total",
    "ttft_s_sum": "ray_vllm_time_to_first_token_seconds_sum",          # engine side: arrival to first token
    "ttft_count": "ray_vllm_time_to_first_token_seconds_count",
    "queue_s_sum": "ray_vllm_request_queue_time_seconds_sum",          # waiting for a batch slot
    "prefill_s_sum": "ray_vllm_request_prefill_time_seconds_sum",      # scheduled until first token
    "prefill_count": "ray_vllm_request_prefill_time_seconds_count",
    "preemptions": "ray_vllm_num_preemptions_total",                   # running requests sent back to wait
}


def engine_counters(metrics_text: str, model: str) -> dict[str, float]:
    """ENGINE_COUNTERS summed over every engine serving `model`, from Ray's Prometheus text."""
    out = dict.fromkeys(ENGINE_COUNTERS, 0.0)
    names = {metric + "{": key for key, metric in ENGINE_COUNTERS.items()}
    label = f'model_name="{model}"'
    for line in metrics_text.splitlines():
        if label in line:
            key = names.get(line[:line.find("{") + 1])
            if key is not None:
                out[key] += float(line.rsplit(" ", 1)[1])
    return out


def engine_figures(before: dict[str, float], after: dict[str, float]) -> dict[str, float | None]:
    """Between two readings: prefix-cache hit rate (hit tokens / queried tokens, exact), and the
    engines' own mean TTFT, queue time and prefill time per request in ms (bucket midpoints: coarse)."""
    d = {k: after[k] - before[k] for k in ENGINE_COUNTERS}

    def per(total: str, count: str) -> float | None:
        return round(d[total] / d[count] * 1000, 1) if d[count] > 0 else None

    return {"prefix_cache_hit_rate": round(d["cache_hit_tokens"] / d["cache_query_tokens"], 3)
            if d["cache_query_tokens"] > 0 else None,
            "engine_ttft_mean_ms": per("ttft_s_sum", "ttft_count"),
            "engine_queue_mean_ms": per("queue_s_sum", "prefill_count"),
            "engine_prefill_mean_ms": per("prefill_s_sum", "prefill_count"),
            "engine_preemptions": int(d["preemptions"])}


def by_replica(metrics_text: str, metric: str, model: str) -> dict[str, float]:
    """One counter of `model`'s engines per Serve replica (the `ReplicaId` label Ray Serve LLM adds),
    summed over its other labels: how a router spread the work."""
    label = f'model_name="{model}"'
    out: dict[str, float] = {}
    for line in metrics_text.splitlines():
        if line.startswith(metric + "{") and label in line:
            m = re.search(r'ReplicaId="([^"]*)"', line)
            key = m.group(1) if m else ""
            out[key] = out.get(key, 0.0) + float(line.rsplit(" ", 1)[1])
    return out


def _cached(a: Sequence[int], b: Sequence[int], block: int) -> int:
    """Tokens of `a` that a KV cache holding `b` serves: their common prefix, in whole blocks."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n // block * block


def reference_hit_rates(turns: Sequence[Sequence[int]], other_first: Sequence[int], block: int) -> dict[str, float]:
    """What the prefix-cache hit rate of one conversation would be, from its prompts as token ids
    (`turns`, in order) and another conversation's first prompt (`other_first`: what every replica
    holds of the shared system prompt), with vLLM's block size and a cache that never evicts:

    - `perfect_affinity`: every turn on the replica that served the previous one;
    - `blind_random`: every turn on a replica drawn at random of 2 (what a router blind to prompts
      does on average): the last visit to the drawn replica was j turns back with probability 2^-j,
      and it never saw the conversation with probability 2^-(t-1) at turn t.
    """
    shared = [_cached(t, other_first, block) for t in turns]
    queries = sum(len(t) for t in turns)
    perfect = shared[0] + sum(_cached(turns[i], turns[i - 1], block) for i in range(1, len(turns)))
    blind = float(shared[0])
    for i in range(1, len(turns)):
        blind += sum(_cached(turns[i], turns[i - j], block) / 2 ** j for j in range(1, i + 1))
        blind += shared[i] / 2 ** i
    return {"perfect_affinity": round(perfect / queries, 3), "blind_random": round(blind / queries, 3)}
