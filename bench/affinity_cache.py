"""What a prefix cache of a given size can hit under each router: the bench's references for a KV
cache that evicts (bench/affinity_load.py `reference_hit_rates` assumes one that never does).

Pure code over token ids. A replica's cache is modelled as vLLM v1 keeps it: full blocks keyed by
their whole prefix (a chain of hashes), a request hits the leading blocks it finds, and when the
request ends its blocks join the free queue tail first (`free_blocks(reversed(...))` in
vllm/v1/core/single_type_kv_cache_manager.py), so eviction takes least recently used blocks, a
sequence's tail before its head. A request also fills blocks with its generated tokens; those are
cached but never hit again (the next turn's history holds other text), so they take room only.

Simplifications, stated in the report: requests are served one at a time (no blocks pinned by
concurrent requests), and the conversations take turns in order (turn 1 of every conversation,
then turn 2, ...), as the bench's staggered arrivals make them when a turn lasts longer than the
stagger times the number of conversations.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from typing import Sequence

Prompts = Sequence[Sequence[Sequence[int]]]     # conversation -> turn -> token ids


def block_keys(ids: Sequence[int], block: int) -> list[int]:
    """One key per full block of `ids`, each depending on every token before it (vLLM's hash chain)."""
    keys, prev = [], 0
    for start in range(0, len(ids) // block * block, block):
        prev = hash((prev, tuple(ids[start:start + block])))
        keys.append(prev)
    return keys


def with_generated(keys: Sequence[int], generated_blocks: int, fresh: int) -> tuple[list[object], int]:
    """A request's blocks: its prompt's keys, then `generated_blocks` new ones that no other request
    shares (numbered on from `fresh`); and the last number used."""
    used: list[object] = list(keys)
    used.extend(("generated", fresh + i) for i in range(1, generated_blocks + 1))
    return used, fresh + generated_blocks


class LruBlocks:
    """One replica's prefix cache: at most `capacity` blocks, least recently freed evicted first."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1 block, got {capacity}")
        self.capacity = capacity
        self._blocks: OrderedDict[object, None] = OrderedDict()
        self._fresh = 0

    def serve(self, keys: Sequence[int], generated_blocks: int) -> int:
        """Serve one prompt (its block keys) that then fills `generated_blocks` more; the blocks hit."""
        hit = 0
        for k in keys:
            if k not in self._blocks:
                break
            hit += 1
        used, self._fresh = with_generated(keys, generated_blocks, self._fresh)
        for k in reversed(used):            # freed tail first: the head is the most recently used
            self._blocks[k] = None
            self._blocks.move_to_end(k)
        while len(self._blocks) > self.capacity:
            self._blocks.popitem(last=False)
        return hit


def _play(prompts: Prompts, warm: Sequence[Sequence[int]], replica_of: list[list[int]], block: int,
          capacity: int, answer_tokens: int) -> tuple[int, int]:
    """Hit and queried tokens of one round in turn order; `replica_of[c][t]` places each request."""
    caches = [LruBlocks(capacity) for _ in range(2)]
    for i, ids in enumerate(warm):
        caches[i % 2].serve(block_keys(ids, block), 0)
    hits = queries = 0
    for t in range(max(len(c) for c in prompts)):
        for c, turns in enumerate(prompts):
            if t >= len(turns):
                continue
            ids = turns[t]
            generated = (len(ids) + answer_tokens) // block - len(ids) // block
            hits += caches[replica_of[c][t]].serve(block_keys(ids, block), generated) * block
            queries += len(ids)
    return hits, queries


def simulated_hit_rates(prompts: Prompts, warm: Sequence[Sequence[int]], block: int, capacity_blocks: int | None,
                        answer_tokens: int, trials: int = 50, seed: int = 0) -> dict[str, float]:
    """Prefix-cache hit rate of one round on 2 replicas with `capacity_blocks` each (None: never
    evicts), for `perfect_affinity` (each conversation keeps one replica, half of them on each) and
    `blind_random` (each request on a replica drawn at random, averaged over `trials` draws).
    `warm`: prompts served before the round, alternately on each replica (the shared system prompt)."""
    cap = capacity_blocks if capacity_blocks is not None else 1 << 60
    turns = [len(c) for c in prompts]
    h, q = _play(prompts, warm, [[c % 2] * n for c, n in enumerate(turns)], block, cap, answer_tokens)
    rng = random.Random(seed)
    blind_h = blind_q = 0
    for _ in range(trials):
        bh, bq = _play(prompts, warm, [[rng.randrange(2) for _ in range(n)] for n in turns], block, cap, answer_tokens)
        blind_h, blind_q = blind_h + bh, blind_q + bq
    return {"perfect_affinity": round(h / q, 3), "blind_random": round(blind_h / blind_q, 3)}


def working_set_tokens(prompts: Prompts) -> int:
    """Distinct prompt tokens of one round at its end: the shared opening once, then each
    conversation's own part of its last prompt (what every replica would need to hit everything)."""
    lasts = [c[-1] for c in prompts]
    shared = 0
    for column in zip(*lasts):
        if len(set(column)) > 1:
            break
        shared += 1
    return shared + sum(len(ids) - shared for ids in lasts)


class PinnedBlocks:
    """One replica's prefix cache with requests in flight: a running request holds its blocks (vLLM
    counts references; a held block is never evicted), a finished one frees them to the LRU queue
    tail first, and a new block evicts the queue's head. `overflow` counts blocks asked for when every
    block was held (vLLM would make the request wait or preempt another)."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1 block, got {capacity}")
        self.capacity = capacity
        self._held: dict[object, int] = {}
        self._free: OrderedDict[object, None] = OrderedDict()
        self._fresh = 0
        self.overflow = 0

    def start(self, keys: Sequence[int], generated_blocks: int, max_hit_blocks: int) -> tuple[int, list[object]]:
        """Admit a prompt (its block keys) that will fill `generated_blocks` more: the leading blocks it
        finds cached (at most `max_hit_blocks`), and the blocks it now holds (for `finish`)."""
        hit = 0
        for k in keys[:max_hit_blocks]:
            if k not in self._held and k not in self._free:
                break
            hit += 1
        used, self._fresh = with_generated(keys, generated_blocks, self._fresh)
        for k in used:
            if k in self._held:
                self._held[k] += 1
                continue
            if k not in self._free.keys():
                self._make_room()
            self._free.pop(k, None)
            self._held[k] = 1
        return hit, used

    def _make_room(self) -> None:
        if len(self._held) + len(self._free) < self.capacity:
            return
        if self._free:
            self._free.popitem(last=False)
        else:
            self.overflow += 1

    def finish(self, used: Sequence[object]) -> None:
        for k in reversed(used):            # freed tail first: the head is the most recently used
            self._held[k] -= 1
            if self._held[k] == 0:
                del self._held[k]
                self._free[k] = None
        while self._free and len(self._held) + len(self._free) > self.capacity:
            self._free.popitem(last=False)


def replay(requests: Sequence[tuple[str, float, float, Sequence[int]]], warm: dict[str, Sequence[Sequence[int]]],
           block: int, capacity_blocks: int | None, answer_tokens: int, pinned: bool = True) -> dict[str, float | int]:
    """The hit rate of requests as they really ran: (replica, start, end, prompt ids) each, on caches of
    `capacity_blocks` per replica that first served `warm[replica]`. `pinned`: a request holds its
    blocks from start to end (overlapping requests as they overlapped); otherwise each is served alone
    at its start, in start order (the model of `simulated_hit_rates`). vLLM never hits a prompt's last
    token (it must compute its logits), so a prompt of whole blocks hits one block less."""
    cap = capacity_blocks if capacity_blocks is not None else 1 << 60
    caches: dict[str, PinnedBlocks] = {}

    def cache(replica: str) -> PinnedBlocks:
        if replica not in caches:
            caches[replica] = PinnedBlocks(cap)
            for ids in warm.get(replica, ()):
                caches[replica].finish(caches[replica].start(block_keys(ids, block), 0, len(ids))[1])
        return caches[replica]

    events = []            # (time, 0 = end before a start at the same time, index)
    for i, (_, start, end, _) in enumerate(requests):
        events.append((start, 1, i))
        if pinned:
            events.append((end, 0, i))
    held: dict[int, list[object]] = {}
    hits = queries = 0
    for _, kind, i in sorted(events):
        replica, _, _, ids = requests[i]
        if kind == 0:
            cache(replica).finish(held.pop(i))
            continue
        generated = (len(ids) + answer_tokens) // block - len(ids) // block
        hit, used = cache(replica).start(block_keys(ids, block), generated, (len(ids) - 1) // block)
        hits, queries = hits + hit * block, queries + len(ids)
        if pinned:
            held[i] = used
        else:
            cache(replica).finish(used)
    return {"hit_rate": round(hits / queries, 3) if queries else 0.0, "requests": len(requests),
            "overflow_blocks": sum(c.overflow for c in caches.values())}
