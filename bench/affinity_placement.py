"""Which replica served each request of `bench affinity`, and what the prefix cache could hit with
that real placement: the evidence for why a router's measured hit rate differs from a model's.

The bench starts the stack with `gateway.names.PLACEMENT_LOG_ENV` set, so every model replica
appends "<time>\t<replica id>\t<model>\t<end of the last message>" per chat request to one file;
each user message of the bench ends with "(round r, conversation c, question t)" (affinity_load.py),
which names the request. Parsing is pure code.
"""

from __future__ import annotations

import random
import re
from typing import Any, Callable, Sequence

from .affinity_cache import replay
from .affinity_load import AffinityPlan, Turn

_TAIL = re.compile(r"\(round (\d+), conversation (\d+), question (\d+)\)\s*$")


def placements(text: str, arm_of_model: dict[str, str]) -> dict[tuple[int, str, int, int], str]:
    """The placement file -> {(round, arm, conversation, turn): replica id}. Lines of other models or
    without the bench's tail (readiness probes) are left out."""
    out: dict[tuple[int, str, int, int], str] = {}
    for line in text.splitlines():
        parts = line.split("\t", 3)
        if len(parts) != 4 or parts[2] not in arm_of_model:
            continue
        m = _TAIL.search(parts[3])
        if m:
            out[(int(m.group(1)), arm_of_model[parts[2]], int(m.group(2)), int(m.group(3)))] = parts[1]
    return out


def attach(turns: Sequence[Turn], placed: dict[tuple[int, str, int, int], str]) -> int:
    """Set each turn's replica from `placed`; how many turns were found."""
    found = 0
    for t in turns:
        t.replica = placed.get((t.round, t.arm, t.conversation, t.turn), "")
        found += bool(t.replica)
    return found


def stickiness(turns: Sequence[Turn]) -> dict[str, float | int | None]:
    """How often a conversation's turn went to the replica that served its previous turn (a router
    blind to prompts that picked at random would do so half the time), and requests per replica."""
    by_conv: dict[tuple[int, str, int], dict[int, str]] = {}
    per_replica: dict[str, int] = {}
    for t in turns:
        if t.replica:
            by_conv.setdefault((t.round, t.arm, t.conversation), {})[t.turn] = t.replica
            per_replica[t.replica] = per_replica.get(t.replica, 0) + 1
    pairs = [(c[n - 1], c[n]) for c in by_conv.values() for n in c if n - 1 in c]
    same = sum(a == b for a, b in pairs)
    return {"later_turns_placed": len(pairs), "same_replica_as_previous_turn": round(same / len(pairs), 3) if pairs else None,
            "requests_per_replica": dict(sorted(per_replica.items()))}


Ids = Callable[[int, int, int], Sequence[int]]     # (round, conversation, turn) -> the prompt's token ids


def replayed_hit_rates(turns: Sequence[Turn], prompt_ids: Ids, warm_ids: Sequence[Sequence[int]], plan: AffinityPlan,
                       block: int, capacity_blocks: int | None, trials: int = 20, seed: int = 0,
                       replicas: Sequence[str] = ()) -> dict[str, object]:
    """One arm's round (its `turns`, placed) replayed on LRU caches of `capacity_blocks`: with the
    real placement, with requests holding their blocks while they run (`real_pinned`) or served one
    at a time (`real_serial`); and with the same timing but each request on a replica drawn at random
    (`random_pinned`; `random_serial` one at a time, as `simulated_hit_rates` but in the real order;
    means of `trials`). `warm_ids`: the warm-up prompts, spread alternately. `replicas`: the arm's
    replicas (default: those this round used; a router that used one only would leave no choice)."""
    done = [t for t in turns if t.replica and t.sent_s is not None and t.done_s is not None]
    if not done:
        return {"requests": 0}
    replicas = sorted(set(replicas) | {t.replica for t in done})
    warm = {r: [w for i, w in enumerate(warm_ids) if i % len(replicas) == k] for k, r in enumerate(replicas)}
    ids = {(t.round, t.conversation, t.turn): prompt_ids(t.round, t.conversation, t.turn) for t in done}

    def reqs(place: Callable[[Turn], str]) -> list[tuple[str, float, float, Sequence[int]]]:
        return [(place(t), t.sent_s, t.done_s, ids[(t.round, t.conversation, t.turn)]) for t in done]  # type: ignore[misc]

    def run(place: Callable[[Turn], str], pinned: bool) -> dict[str, float | int]:
        return replay(reqs(place), warm, block, capacity_blocks, plan.answer_tokens, pinned=pinned)

    rng = random.Random(seed)
    drawn = [run(lambda t: rng.choice(replicas), True)["hit_rate"] for _ in range(trials)]
    serial = [run(lambda t: rng.choice(replicas), False)["hit_rate"] for _ in range(trials)]
    real = run(lambda t: t.replica, True)
    return {"requests": len(done), "real_pinned": real["hit_rate"], "overflow_blocks": real["overflow_blocks"],
            "real_serial": run(lambda t: t.replica, False)["hit_rate"],
            "random_pinned": round(sum(drawn) / len(drawn), 3), "random_serial": round(sum(serial) / len(serial), 3)}


def request_rows(turns: list[Turn]) -> dict[str, Any]:
    """Every request, as columns: round (1-based), arm, conversation, turn, TTFT, prompt tokens,
    replica, wall-clock send and end (s, from the first request)."""
    t0 = min((t.sent_s for t in turns if t.sent_s is not None), default=0.0)
    cols = ("round", "arm", "conversation", "turn", "ttft_ms", "prompt_tokens", "replica", "sent_s", "done_s")
    rows = [[t.round + 1, t.arm, t.conversation, t.turn, None if t.ttft_s is None else round(t.ttft_s * 1000, 1),
             t.prompt_tokens, t.replica, None if t.sent_s is None else round(t.sent_s - t0, 3),
             None if t.done_s is None else round(t.done_s - t0, 3)] for t in turns]
    return {"columns": list(cols), "rows": rows}
