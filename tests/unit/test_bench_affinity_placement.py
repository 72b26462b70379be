"""`bench affinity`'s real placement: which replica served each request (each model replica notes it),
how sticky a router was, and the prefix cache replayed with that placement and timing."""

import pytest

from bench.affinity_cache import LruBlocks, block_keys, replay
from bench.affinity_load import AffinityPlan, Turn
from bench.affinity_placement import attach, placements, replayed_hit_rates, stickiness

_FILE = """1796182163.1\tfk8qh90k\tqwen3-8b-default\tpayment3 record4 (round 0, conversation 2, question 5)
1796182163.2\tc333fz2g\tqwen3-8b-affinity\tpayment3 record4 (round 0, conversation 2, question 5)
1796182163.3\tc333fz2g\tqwen3-8b-affinity\tHello, who are you?
1796182163.4\txxxxxxxx\tqwen3-0.6b\tx (round 0, conversation 1, question 1)
torn line
"""


def test_the_replicas_placement_lines_name_the_replica_of_each_bench_request():
    arms = {"qwen3-8b-default": "default", "qwen3-8b-affinity": "affinity"}
    got = placements(_FILE, arms)
    # the same content in both arms is told apart by the model; probes and other models are left out
    assert got == {(0, "default", 2, 5): "fk8qh90k", (0, "affinity", 2, 5): "c333fz2g"}
    turns = [Turn(0, "default", 2, 5), Turn(0, "default", 2, 6)]
    assert attach(turns, got) == 1 and turns[0].replica == "fk8qh90k" and turns[1].replica == ""


def test_a_model_replica_notes_which_request_it_served(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from ray import serve

    from bench.affinity_load import AffinityPlan, messages_for
    from deployments.engine import note_placement

    ctx = SimpleNamespace(replica_id=SimpleNamespace(unique_id="abcd1234"))
    monkeypatch.setattr(serve, "get_replica_context", lambda: ctx)
    path = tmp_path / "placement.tsv"
    plan = AffinityPlan()
    for turn in (1, 2):
        note_placement(SimpleNamespace(model="qwen3-8b-affinity", messages=messages_for(plan, 3, 4, turn)), str(path))
    got = placements(path.read_text(), {"qwen3-8b-affinity": "affinity"})
    assert got == {(3, "affinity", 4, 1): "abcd1234", (3, "affinity", 4, 2): "abcd1234"}


def test_stickiness_counts_turns_that_stayed_on_their_previous_turns_replica():
    place = {(0, 1): "a", (0, 2): "a", (0, 3): "b", (0, 4): "b", (1, 1): "b", (1, 2): "a", (1, 3): ""}
    turns = [Turn(0, "default", c, t, replica=r) for (c, t), r in place.items()]
    s = stickiness(turns)
    assert s["later_turns_placed"] == 4          # (1, 3) has no replica
    assert s["same_replica_as_previous_turn"] == 0.5
    assert s["requests_per_replica"] == {"a": 3, "b": 3}
    assert stickiness([])["same_replica_as_previous_turn"] is None


def test_a_serial_replay_is_the_lru_model():
    a, b = list(range(12)), list(range(100, 108))
    cache = LruBlocks(capacity=4)
    expected = [cache.serve(block_keys(ids, 4), 0) * 4 for ids in (a, a, b, a)]
    got = replay([("x", i, i + 0.5, ids) for i, ids in enumerate((a, a, b, a))], {}, 4, 4, 0, pinned=False)
    # the same blocks survive; vLLM never hits a prompt's last token, so a prompt of whole blocks (a:
    # 3 blocks) hits at most 2
    assert expected == [0, 12, 0, 8]
    assert got["hit_rate"] == round((8 + 8) / (12 * 3 + 8), 3) and got["overflow_blocks"] == 0


def test_a_running_request_keeps_its_blocks_where_a_serial_model_evicts_them():
    a, b = list(range(9)), list(range(100, 109))       # 2 full blocks each, of 4 tokens
    # a runs from 0 to 10; b arrives at 1 and would evict a's blocks if a were done; a again at 11
    reqs = [("x", 0, 10, a), ("x", 1, 2, b), ("x", 11, 12, a)]
    serial = replay(reqs, {}, 4, 2, 0, pinned=False)
    pinned = replay(reqs, {}, 4, 2, 0, pinned=True)
    assert serial["hit_rate"] == 0.0
    assert pinned["hit_rate"] == round(8 / 27, 3)     # a's 2 blocks survive, b had to go over capacity
    assert pinned["overflow_blocks"] == 2


def test_replicas_start_from_their_warm_up_and_never_share_a_cache():
    sys_ = list(range(8))
    warm = {"x": [sys_ + [1]], "y": []}
    got = replay([("x", 0, 1, sys_ + [5, 6, 7]), ("y", 0, 1, sys_ + [5, 6, 7])], warm, 4, None, 0)
    assert got["hit_rate"] == round(8 / 22, 3)


def test_one_round_replayed_with_its_real_placement_and_with_random_draws():
    plan = AffinityPlan(conversations=2, turns=3, answer_tokens=4)

    def ids(r, c, t):
        return list(range(8)) + [1000 * (c + 1) + i for i in range(8 * t)]

    turns = [Turn(0, "affinity", c, t, replica=f"r{c}", sent_s=10.0 * t + c, done_s=10.0 * t + c + 1)
             for c in range(2) for t in range(1, 4)]
    got = replayed_hit_rates(turns, ids, [list(range(8)), list(range(8))], plan, block=4, capacity_blocks=None,
                             trials=50)
    queries = sum(len(ids(0, c, t)) for c in range(2) for t in range(1, 4))
    # each turn finds the system prompt and its own previous prompt (whole blocks, never the last token)
    assert got["real_pinned"] == got["real_serial"] == round(2 * (8 + 16 + 24) / queries, 3)
    assert got["random_pinned"] < got["real_pinned"] and got["random_serial"] < got["real_pinned"]
    assert got["requests"] == 6
    assert replayed_hit_rates([], ids, [], plan, 4, None) == {"requests": 0}


def test_random_draws_use_every_replica_of_the_arm_even_one_the_round_left_idle():
    plan = AffinityPlan(conversations=2, turns=3, answer_tokens=4)

    def ids(r, c, t):
        return list(range(8)) + [1000 * (c + 1) + i for i in range(8 * t)]

    turns = [Turn(0, "affinity", c, t, replica="r0", sent_s=10.0 * t + c, done_s=10.0 * t + c + 1)
             for c in range(2) for t in range(1, 4)]
    alone = replayed_hit_rates(turns, ids, [list(range(8))] * 2, plan, 4, None)
    both = replayed_hit_rates(turns, ids, [list(range(8))] * 2, plan, 4, None, replicas=["r0", "r1"])
    assert alone["random_pinned"] == alone["real_pinned"]
    assert both["random_pinned"] < both["real_pinned"] == alone["real_pinned"]


async def test_a_model_replica_notes_placement_only_when_the_bench_asks(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from deployments import engine
    from gateway.names import PLACEMENT_LOG_ENV

    async def base_chat(self, request, raw_request_info=None):
        return "the engine's stream"

    noted = []
    monkeypatch.setattr(engine.LLMServer, "chat", base_chat)
    monkeypatch.setattr(engine, "note_placement", lambda request, path: noted.append(path))
    monkeypatch.setattr(engine.LLMServer, "__del__", lambda self: None)    # it would shut an engine down
    server = object.__new__(engine.NoTelemetryLLMServer)
    request = SimpleNamespace(model="m", messages=[{"role": "user", "content": "hi"}])
    monkeypatch.delenv(PLACEMENT_LOG_ENV, raising=False)
    assert await server.chat(request) == "the engine's stream" and noted == []
    monkeypatch.setenv(PLACEMENT_LOG_ENV, str(tmp_path / "placement.tsv"))
    assert await server.chat(request) == "the engine's stream" and noted == [str(tmp_path / "placement.tsv")]
    del server
