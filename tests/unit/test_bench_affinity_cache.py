"""`bench affinity`'s references for a KV cache that evicts: an LRU model of vLLM's prefix cache."""

import pytest

from bench.affinity import kv_bytes_per_token, kv_regime, regimes_report
from bench.affinity_cache import LruBlocks, block_keys, simulated_hit_rates, working_set_tokens
from bench.affinity_load import reference_hit_rates
from gateway.config import load_config


def test_block_keys_depend_on_the_whole_prefix_and_only_full_blocks_count():
    assert len(block_keys(list(range(10)), 4)) == 2
    assert block_keys([1, 2, 3, 4, 5, 6, 7, 8], 4)[1] != block_keys([0, 2, 3, 4, 5, 6, 7, 8], 4)[1]
    assert block_keys([1, 2, 3, 4, 9], 4) == block_keys([1, 2, 3, 4, 7], 4)


def test_lru_hits_leading_blocks_and_evicts_the_least_recently_freed_tail_first():
    cache = LruBlocks(capacity=4)
    a, b = block_keys(list(range(12)), 4), block_keys(list(range(100, 108)), 4)
    assert cache.serve(a, 0) == 0 and cache.serve(a, 0) == 3
    assert cache.serve(b, 0) == 0         # 5 blocks for 4 places: a's tail goes first, its head stays
    assert cache.serve(a, 0) == 2
    cache = LruBlocks(capacity=5)
    cache.serve(a, 2)                     # generated blocks take room, are never hit, and go before a's tail
    assert cache.serve(b, 0) == 0
    assert cache.serve(a, 0) == 3
    with pytest.raises(ValueError):
        LruBlocks(0)


def _conversations(n: int, turns: int, system: int = 8, step: int = 8) -> list[list[list[int]]]:
    out = []
    for c in range(n):
        ids, conv = list(range(system)), []
        for t in range(turns):
            ids = ids + [1000 * (c + 1) + 10 * t + i for i in range(step)]
            conv.append(ids)
        out.append(conv)
    return out


def test_a_cache_that_never_fills_gives_the_exact_references():
    prompts = _conversations(4, 5)
    warm = [list(range(8)) + [9, 9, 9, 9]] * 2
    sim = simulated_hit_rates(prompts, warm, block=4, capacity_blocks=None, answer_tokens=4, trials=400)
    exact = reference_hit_rates(prompts[0], warm[0], block=4)
    assert sim["perfect_affinity"] == exact["perfect_affinity"]
    assert sim["blind_random"] == pytest.approx(exact["blind_random"], abs=0.02)


def test_a_cache_smaller_than_the_working_set_costs_the_blind_router_first():
    prompts = _conversations(8, 6)
    warm = [list(range(8))] * 2
    ample = simulated_hit_rates(prompts, warm, 4, None, 4)
    ws = working_set_tokens(prompts)
    assert ws == 8 + 8 * 6 * 8
    # a replica holds about 60% of everything: perfect affinity needs half, a blind router all of it
    tight = simulated_hit_rates(prompts, warm, 4, int(ws * 0.6 / 4), 4)
    assert tight["perfect_affinity"] == ample["perfect_affinity"]
    assert tight["blind_random"] < ample["blind_random"] - 0.05


def test_the_kv_regime_is_stated_in_tokens_and_as_a_share_of_the_working_set():
    serving = load_config().active_profile.models["qwen3-8b"]
    per_token = kv_bytes_per_token(serving)
    assert per_token == 2 * 4 * 2 * 64 * 2          # K and V, 4 layers, 2 KV heads, head_dim 64, bf16
    r = kv_regime(24 * 2**20, per_token, 128, 20_000)
    assert (r["blocks_per_engine"], r["tokens_per_engine"], r["share_of_working_set"]) == (96, 12_288, 0.61)


def test_regimes_are_reported_side_by_side_with_their_references():
    def run(mib, ratios):
        return {"kv_cache": {"mib_per_engine": mib}, "ratio_spread": {}, "pooled_ratio": ratios[0],
                "per_round": [{"ratio": x, "hit_rate_default": 0.6, "hit_rate_affinity": 0.8} for x in ratios],
                "pooled": {"default": {"later_ttft_p50_ms": 100}, "affinity": {"later_ttft_p50_ms": 80}},
                "reference_hit_rates": {"lru": {}}, "routers": {}, "goal": {"met_pooled": False}, "rounds": []}
    out = regimes_report([run(64, [0.8, 0.9]), run(24, [0.6, 0.7])])
    assert [r["kv_cache"]["mib_per_engine"] for r in out["regimes"]] == [64, 24]
    assert out["regimes"][1]["ratio_per_round"] == [0.6, 0.7]
    assert out["regimes"][0]["hit_rate_per_round"] == {"default": [0.6, 0.6], "affinity": [0.8, 0.8]}
    assert len(out["runs"]) == 2


def test_regimes_vary_one_setting_at_a_time():
    from bench.affinity import affinity_regimes

    assert affinity_regimes(None, None) == [{"kv_cache_bytes": None, "min_lead_chars": None}]
    assert affinity_regimes([64, 24], None) == [{"kv_cache_bytes": 64 * 2**20, "min_lead_chars": None},
                                                {"kv_cache_bytes": 24 * 2**20, "min_lead_chars": None}]
    assert affinity_regimes([24], [0, 512])[1] == {"kv_cache_bytes": 24 * 2**20, "min_lead_chars": 512}
    with pytest.raises(ValueError, match="not both"):
        affinity_regimes([64, 24], [0, 512])
