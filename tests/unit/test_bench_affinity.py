"""`bench affinity`: its workload, its arithmetic and its one stack's config, without starting it."""

import subprocess
import sys

import pytest

from bench.affinity import affinity_config, arm_models, report, routers_from_details
from bench.affinity_load import (AffinityPlan, Turn, arm_order, by_replica, engine_counters, engine_figures,
                                 messages_for, ratio, spread, summarize, system_prompt, text)
from deployments.models import deployment_name, llm_config_dict
from gateway.config import load_config


def test_filler_text_is_deterministic_and_sized_in_tokens():
    from tokenizers import Tokenizer

    from gateway.checkpoints import tokenizer_dir

    tok = Tokenizer.from_file(str(tokenizer_dir() / "tokenizer.json"))
    assert text(3, 200) == text(3, 200) != text(4, 200)
    for n in (100, 600):
        assert abs(len(tok.encode(text(7, n)).ids) - n) <= 0.05 * n   # TOKENS_PER_WORD holds


def test_each_turn_extends_the_previous_one_and_the_history_outgrows_the_system_prompt():
    plan = AffinityPlan(turns=5, system_tokens=600, user_tokens=100, answer_tokens=200)
    turns = [messages_for(plan, 0, 1, t) for t in range(1, 6)]
    assert [len(m) for m in turns] == [2, 4, 6, 8, 10]
    assert all(later[:len(earlier) - 1] == earlier[:-1] and later[len(earlier) - 1] == earlier[-1]
               for earlier, later in zip(turns, turns[1:]))
    assert all(m[0]["content"] == system_prompt(plan) for m in turns)
    last = turns[-1]
    own = sum(len(m["content"]) for m in last[1:])
    assert own > 2 * len(last[0]["content"])     # by the last turn the conversation's own part dominates
    assert plan.final_prompt_tokens() == 600 + 5 * 100 + 4 * 200


def test_rounds_and_conversations_never_share_their_own_content():
    plan = AffinityPlan(turns=2)
    firsts = {messages_for(plan, r, c, 2)[1]["content"] for r in range(3) for c in range(4)}
    answers = {messages_for(plan, r, c, 2)[2]["content"] for r in range(3) for c in range(4)}
    assert len(firsts) == len(answers) == 12
    # and no shared opening: the first word of each conversation's first message is its own
    assert len({m.split()[0] for m in firsts}) == 12


def test_arms_alternate_which_goes_first():
    assert arm_order(4) == [("default", "affinity"), ("affinity", "default"),
                            ("default", "affinity"), ("affinity", "default")]


@pytest.mark.parametrize("bad", [{"conversations": 0}, {"turns": 1}, {"later_from": 9}, {"think_s": -1}, {"stagger_s": -1},
                                 {"answer_tokens": 0}])
def test_a_plan_that_cannot_measure_later_turns_is_refused(bad):
    with pytest.raises(ValueError):
        AffinityPlan(**bad)


def test_one_stack_holds_both_arms_differing_only_in_the_router():
    cfg = affinity_config(load_config(profile="local"), "qwen3-8b", kv_cache_bytes=2**27, max_imbalance=3)
    names = arm_models("qwen3-8b")
    assert sorted(cfg.enabled_models()) == sorted(names.values())
    deps = {}
    for arm, name in names.items():
        llm = llm_config_dict(cfg, cfg.enabled_models()[name], "/ckpt")
        dep = llm["deployment_config"]
        scale = dep["autoscaling_config"]
        assert scale["min_replicas"] == scale["max_replicas"] == scale["initial_replicas"] == 2
        assert llm["engine_kwargs"]["kv_cache_memory_bytes"] == 2**27
        assert dep.pop("name") == deployment_name(name)
        deps[arm] = dep
    assert "request_router_config" not in deps["default"]          # Serve's default router
    router = deps["affinity"].pop("request_router_config")
    assert router == {"request_router_class": "deployments.prefix_router:GatewayPrefixCacheAffinityRouter",
                      "request_router_kwargs": {"imbalanced_threshold": 3}}
    assert deps["affinity"] == deps["default"]
    assert cfg.server.port not in (8000, 8080) and cfg.server.ray_num_cpus >= 8


def test_an_unknown_model_is_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="qwen3-8b"):
        affinity_config(load_config(profile="local"), "qwen3-99b")


def test_later_turns_are_summarised_apart_from_the_first():
    plan = AffinityPlan(turns=3, later_from=2)
    turns = [Turn(0, "default", 0, 1, 1.0, 700), Turn(0, "default", 0, 2, 0.2, 1000),
             Turn(0, "default", 0, 3, 0.4, 1300), Turn(0, "default", 1, 1, 0.9), Turn(0, "default", 1, 2, error="x")]
    s = summarize(turns, plan)
    assert s["later_turns"] == 2 and s["later_ttft_p50_ms"] == 300.0 and s["errors"] == 1
    assert s["ttft_p50_ms_by_turn"] == {1: 950.0, 2: 200.0, 3: 400.0}
    assert s["later_prompt_tokens_mean"] == 1150


def test_ratios_per_round_with_their_spread_and_pooled():
    plan = AffinityPlan(turns=2, rounds=2)
    turns = [Turn(r, arm, c, 2, ttft) for r, arm, c, ttft in [
        (0, "default", 0, 1.0), (0, "default", 1, 1.0), (0, "affinity", 0, 0.5), (0, "affinity", 1, 0.5),
        (1, "default", 0, 2.0), (1, "default", 1, 2.0), (1, "affinity", 0, 1.8), (1, "affinity", 1, 1.8)]]
    rows = [{"round": r + 1, "arm": arm, **summarize([t for t in turns if t.round == r and t.arm == arm], plan),
             "prefix_cache_hit_rate": 0.5} for r in range(2) for arm in ("default", "affinity")]
    out = report(rows, turns, plan)
    assert [p["ratio"] for p in out["per_round"]] == [0.5, 0.9]
    assert out["ratio_spread"] == {"median": 0.7, "min": 0.5, "max": 0.9, "n": 2}
    assert out["pooled_ratio"] == round(1.15 / 1.5, 3)
    assert out["goal"] == {"ratio_at_most": 0.7, "met_pooled": False, "met_every_round": False}


def test_ratio_and_spread_handle_missing_figures():
    assert ratio(None, 2.0) is None and ratio(1.0, 0) is None and ratio(1.0, 4.0) == 0.25
    assert spread([None, None]) == {"median": None, "min": None, "max": None, "n": 0}


def test_engine_counters_per_arm_summed_over_engines_and_figures_between_readings():
    text_ = ('# HELP ray_vllm_prefix_cache_hits_total x\n'
             'ray_vllm_prefix_cache_hits_total{ReplicaId="a",engine="0",model_name="m-affinity"} 300.0\n'
             'ray_vllm_prefix_cache_hits_total{ReplicaId="b",engine="0",model_name="m-affinity"} 100.0\n'
             'ray_vllm_prefix_cache_hits_total{ReplicaId="c",engine="0",model_name="m-default"} 7.0\n'
             'ray_vllm_prefix_cache_queries_total{ReplicaId="a",engine="0",model_name="m-affinity"} 500.0\n'
             'ray_vllm_prefix_cache_queries_total{ReplicaId="b",engine="0",model_name="m-affinity"} 500.0\n'
             'ray_vllm_time_to_first_token_seconds_sum{ReplicaId="a",engine="0",model_name="m-affinity"} 2.0\n'
             'ray_vllm_time_to_first_token_seconds_count{ReplicaId="a",engine="0",model_name="m-affinity"} 4.0\n'
             'ray_vllm_time_to_first_token_seconds_bucket{ReplicaId="a",engine="0",le="1.0",model_name="m-affinity"} 4.0\n')
    after = engine_counters(text_, "m-affinity")
    assert after["cache_hit_tokens"] == 400.0 and after["cache_query_tokens"] == 1000.0
    assert after["ttft_s_sum"] == 2.0 and after["ttft_count"] == 4.0   # the bucket line is not a count
    before = {**dict.fromkeys(after, 0.0), "cache_hit_tokens": 100.0, "cache_query_tokens": 200.0}
    figs = engine_figures(before, after)
    assert figs["prefix_cache_hit_rate"] == 0.375 and figs["engine_ttft_mean_ms"] == 500.0
    assert figs["engine_prefill_mean_ms"] is None                      # no request between the readings
    assert by_replica(text_, "ray_vllm_prefix_cache_hits_total", "m-affinity") == {"a": 300.0, "b": 100.0}


def test_the_command_has_help():
    out = subprocess.run([sys.executable, "-m", "gateway.cli", "bench", "affinity", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "--conversations" in out and "--rounds" in out and "prefix_cache_affinity" in out


async def test_a_round_plays_every_conversation_turn_by_turn_through_the_gateway():
    """The client over the gateway app in-process (fake backend): every turn streams and has a TTFT,
    and each turn's prompt is the previous one plus an answer and a new question."""
    import httpx

    from bench.affinity_load import run_round
    from gateway.api.app import create_app
    from gateway.fake_backend import FakeBackend
    from gateway.service import Gateway

    config = load_config()
    backend = FakeBackend(list(config.enabled_models()))
    plan = AffinityPlan(conversations=3, turns=4, system_tokens=40, user_tokens=10, answer_tokens=4, think_s=0, stagger_s=0.01)
    turns = await run_round("http://gw", "qwen3-0.6b", plan, 2, "affinity",
                            transport=httpx.ASGITransport(app=create_app(Gateway(config, backend))))
    assert len(turns) == 12 and all(t.ttft_s is not None and not t.error for t in turns), turns
    assert {(t.round, t.arm) for t in turns} == {(2, "affinity")}
    for conv in range(3):
        sent = [body for _, _, body in backend.calls if f"conversation {conv}," in body["messages"][1]["content"]]
        assert [b["messages"] for b in sent] == [messages_for(plan, 2, conv, t) for t in range(1, 5)]
        assert [len(b["messages"]) for b in sent] == [2, 4, 6, 8]
        assert all(b["max_tokens"] == 4 and b["stream"] for b in sent)
    assert {t.completion_tokens for t in turns} == {4} and all(t.prompt_tokens for t in turns)
    # the engine's request id from the stream (for bench/affinity_placement.py) and when the turn ran
    assert all(t.response_id.startswith("chatcmpl-") for t in turns) and len({t.response_id for t in turns}) == 12
    assert all(t.sent_s <= t.done_s for t in turns)


def test_the_router_of_each_arm_is_read_from_serves_deployment_details():
    details = {"applications": {"qwen-gateway": {"deployments": {
        "LLMServer:model-m-default": {"deployment_config": {"request_router_config": {
            "request_router_class": "ray.serve._private.request_router:PowerOfTwoChoicesRequestRouter",
            "request_router_kwargs": {}}}},
        "LLMServer:model-m-affinity": {"deployment_config": {"request_router_config": {
            "request_router_class": "ray.serve.llm.request_router:PrefixCacheAffinityRouter",
            "request_router_kwargs": {"imbalanced_threshold": 2}}}},
        "gateway": {"deployment_config": {}}}}}}
    found = routers_from_details(details, {"default": "model-m-default", "affinity": "model-m-affinity"})
    assert found["default"]["request_router_class"].endswith("PowerOfTwoChoicesRequestRouter")
    assert found["affinity"] == {"deployment": "LLMServer:model-m-affinity",
                                 "request_router_class": "ray.serve.llm.request_router:PrefixCacheAffinityRouter",
                                 "request_router_kwargs": {"imbalanced_threshold": 2}}


def test_reference_hit_rates_from_prompt_tokens():
    from bench.affinity_load import reference_hit_rates

    system = list(range(8))                       # two blocks of 4 shared by every conversation
    t1 = system + [100, 101, 102]                 # 11 tokens
    t2 = t1 + [103, 104, 105, 106, 107]           # 16
    t3 = t2 + [108, 109, 110, 111]                # 20
    other = system + [200, 201]
    refs = reference_hit_rates([t1, t2, t3], other, block=4)
    # perfect: 8 (system) + 8 (t1 in whole blocks) + 16 (all of t2) = 32 of 47
    assert refs["perfect_affinity"] == round(32 / 47, 3)
    # blind: t1 8; t2 8/2 + 8/2 = 8; t3 16/2 + 8/4 + 8/4 = 12 -> 28 of 47
    assert refs["blind_random"] == round(28 / 47, 3)


def test_the_plans_reference_hit_rates_come_from_qwen3s_template():
    from bench.affinity import plan_references

    refs = plan_references(AffinityPlan(turns=4, conversations=2), block=128)
    assert 0.3 < refs["blind_random"] < refs["perfect_affinity"] < 1
    assert plan_references(AffinityPlan(turns=4), block=16)["perfect_affinity"] > refs["perfect_affinity"]


def test_the_affinity_arm_can_run_the_router_with_a_minimum_lead():
    cfg = affinity_config(load_config(profile="local"), "qwen3-8b", min_lead_chars=512)
    names = arm_models("qwen3-8b")
    deps = {arm: llm_config_dict(cfg, cfg.enabled_models()[n], "/ckpt")["deployment_config"] for arm, n in names.items()}
    assert "request_router_config" not in deps["default"]
    assert deps["affinity"]["request_router_config"] == {
        "request_router_class": "deployments.prefix_router:LeadPrefixAffinityRouter",
        "request_router_kwargs": {"imbalanced_threshold": 2, "min_lead_chars": 512}}


def test_a_user_header_opens_every_user_message_and_nothing_else():
    plan = AffinityPlan(turns=3, user_header="Context: the account record follows. ")
    msgs = messages_for(plan, 0, 2, 3)
    users = [m["content"] for m in msgs if m["role"] == "user"]
    assert len(users) == 3 and all(u.startswith("Context: the account record follows. ") for u in users)
    assert not any(m["content"].startswith("Context") for m in msgs if m["role"] != "user")
    assert messages_for(AffinityPlan(turns=3), 0, 2, 3)[1]["content"] == users[0][len(plan.user_header):]


def test_a_user_header_can_name_the_round_conversation_and_turn():
    plan = AffinityPlan(turns=2, user_header="Round {round}, conversation {conversation}, question {turn}: ")
    assert messages_for(plan, 1, 3, 2)[-1]["content"].startswith("Round 1, conversation 3, question 2: ")


def test_a_longer_context_sets_the_bench_models_checkpoint_and_engine_alike():
    """--max-model-len: the generated stand-in's max_position_embeddings and vLLM's max_model_len, for
    both arms, so vLLM accepts the length and the gateway plans with it; without it nothing changes."""
    from gateway.checkpoints import spec_digest

    base = load_config(profile="local")
    plain = affinity_config(base, "qwen3-8b")
    long = affinity_config(base, "qwen3-8b", max_model_len=16384)
    for name in arm_models("qwen3-8b").values():
        was, now = plain.enabled_models()[name], long.enabled_models()[name]
        assert was.serving.checkpoint.max_position_embeddings == was.context_length == 4096
        assert now.serving.checkpoint.max_position_embeddings == now.context_length == 16384
        assert llm_config_dict(long, now, "/ckpt")["engine_kwargs"]["max_model_len"] == 16384
        # a stand-in of its own: the 4K checkpoint already built is not reused for a longer context
        assert spec_digest(now.serving.checkpoint) != spec_digest(was.serving.checkpoint)
        assert now.serving.checkpoint.model_copy(update={"max_position_embeddings": 4096}) == was.serving.checkpoint
    assert base.active_profile.models["qwen3-8b"].engine_kwargs["max_model_len"] == 4096   # the profile untouched


def test_a_plan_whose_last_prompt_cannot_fit_the_context_is_refused_before_the_stack_starts():
    from bench.affinity_load import check_context

    agent = AffinityPlan(conversations=8, turns=10, system_tokens=1500, user_tokens=1000, answer_tokens=40)
    with pytest.raises(ValueError, match="--max-model-len"):
        check_context(agent, 4096)
    check_context(agent, 16384)
    check_context(AffinityPlan(), 4096)      # the default load fits the default stand-in


def test_warm_up_rounds_play_the_same_load_on_both_arms_with_content_no_measured_round_reuses():
    from bench.affinity_load import warm_up_rounds

    plan = AffinityPlan(turns=3, rounds=2, warm_up_rounds=2)
    warm = warm_up_rounds(plan)
    assert [arms for _, arms in warm] == arm_order(2)                 # both arms, alternating which goes first
    ids = [r for r, _ in warm]
    assert len(set(ids)) == 2 and not set(ids) & {0, 1}
    own = {messages_for(plan, r, c, 3)[1]["content"] for r in ids + [0, 1] for c in range(plan.conversations)}
    assert len(own) == 4 * plan.conversations
    assert warm_up_rounds(AffinityPlan()) == []                       # none unless asked
    with pytest.raises(ValueError):
        AffinityPlan(warm_up_rounds=-1)


def test_the_command_takes_a_context_length_and_warm_up_rounds():
    out = subprocess.run([sys.executable, "-m", "gateway.cli", "bench", "affinity", "--help"],
                         capture_output=True, text=True, check=True).stdout
    assert "--max-model-len" in out and "--warm-up-rounds" in out


def test_runs_of_one_load_are_pooled_over_their_measured_later_turns():
    from bench.affinity_pool import pool

    plan = AffinityPlan(turns=3, rounds=1).__dict__
    cols = ["round", "arm", "conversation", "turn", "ttft_ms", "prompt_tokens", "replica", "sent_s", "done_s"]

    def run(default_ms, affinity_ms, ratio_):
        rows = [[1, arm, 0, t, ms[t - 1], 100, "r", 0, 1] for arm, ms in (("default", default_ms), ("affinity", affinity_ms))
                for t in (1, 2, 3)]
        return {"plan": plan, "requests": {"columns": cols, "rows": rows}, "per_round": [{"ratio": ratio_}]}

    out = pool([run([100, 200, 400], [100, 100, 200], 0.5), run([100, 600, 800], [100, 300, None], 0.375)])
    assert out["later_turns"] == {"default": 4, "affinity": 3}          # turn 1 and a request without TTFT left out
    assert out["later_ttft_p50_ms"] == {"default": 500.0, "affinity": 200.0} and out["pooled_ratio"] == 0.4
    assert out["ratio_per_round"] == [0.5, 0.375] and out["ratio_spread"]["median"] == 0.438
    assert out["ttft_p50_ms_by_turn"]["default"][2] == 400.0 and out["ratio_by_turn"][2] == 0.5
    with pytest.raises(ValueError, match="different loads"):
        pool([run([1, 2, 3], [1, 2, 3], 1.0), {**run([1, 2, 3], [1, 2, 3], 1.0), "plan": {**plan, "turns": 4}}])
