"""Which members `auto` may use: pure code over views, with the shipped routing policy."""

from dataclasses import replace

import pytest

from gateway.config import load_config
from gateway.external.placement import budget_note, decide_auto
from gateway.routing import Decision, make_policy
from gateway.routing.features import route_request_from_prompt, views_from_config
from gateway.thinking import ThinkingIntent

HARD = "Prove that there are infinitely many primes p such that p + 2 is also prime, or explain why this is open."
EASY = "What is 2+2?"
OVERFLOW = "qwen3-32b"     # the largest and dearest: the policy wants it for hard requests when it may


@pytest.fixture(scope="module")
def policy():
    return make_policy("complexity", {})


@pytest.fixture(scope="module")
def views():
    """The local profile's three hosted models plus an external member, all warm."""
    cfg = load_config()
    names = {"qwen3-0.6b", "qwen3-8b", "qwen3-30b-a3b", OVERFLOW}
    return [replace(v, max_queue=10) for v in views_from_config(cfg, enabled_only=False) if v.name in names]


def state(views, **by_name):
    """`views` with some models cold ("cold") or saturated ("full")."""
    out = []
    for v in views:
        s = by_name.get(v.name.replace("-", "_").replace(".", "_"))
        out.append(replace(v, running_replicas=0) if s == "cold" else replace(v, queued=10) if s == "full" else v)
    return out


def req(text):
    return route_request_from_prompt(text, ThinkingIntent(), "quality")


def test_the_policy_would_prefer_the_member_if_it_were_an_ordinary_one(policy, views):
    """The premise of the tests below: without overflow_only the member wins the hard request."""
    assert decide_auto(policy, req(HARD), views).model == OVERFLOW


@pytest.mark.parametrize("text", [HARD, EASY])
def test_an_overflow_member_is_never_preferred_while_the_pool_can_serve(policy, views, text):
    d = decide_auto(policy, req(text), views, overflow={OVERFLOW})
    assert d.model != OVERFLOW and d.rerouted_from is None


def test_an_overflow_member_absorbs_traffic_while_the_pool_is_cold_and_the_cold_model_is_woken(policy, views):
    cold = state(views, qwen3_0_6b="cold", qwen3_8b="cold", qwen3_30b_a3b="cold")
    d = decide_auto(policy, req(EASY), cold, overflow={OVERFLOW})
    assert d.model == OVERFLOW
    assert d.rerouted_from in {"qwen3-0.6b", "qwen3-8b", "qwen3-30b-a3b"}   # the planner wakes it
    assert d.reason.startswith("overflow to qwen3-32b")


def test_an_overflow_member_takes_what_a_saturated_pool_cannot(policy, views):
    full = state(views, qwen3_0_6b="full", qwen3_8b="full", qwen3_30b_a3b="full")
    assert decide_auto(policy, req(EASY), full, overflow={OVERFLOW}).model == OVERFLOW


def test_a_warm_ordinary_member_absorbs_auto_while_the_preferred_hosted_model_wakes(policy, views):
    """Not overflow-only: an ordinary option, so the policy's cold-model reroute lands on it."""
    cold_pool = state(views, qwen3_0_6b="cold", qwen3_8b="cold", qwen3_30b_a3b="cold")
    d = decide_auto(policy, req(EASY), cold_pool)
    assert d.model == OVERFLOW and d.rerouted_from is not None


def test_an_unhealthy_member_is_not_offered(policy, views):
    assert decide_auto(policy, req(HARD), views, down={OVERFLOW}).model != OVERFLOW
    cold = state(views, qwen3_0_6b="cold", qwen3_8b="cold", qwen3_30b_a3b="cold")
    assert decide_auto(policy, req(EASY), cold, overflow={OVERFLOW}, down={OVERFLOW}).model != OVERFLOW


def test_a_budget_a_member_cannot_enforce_is_said_in_the_reason():
    d = Decision(model="m", thinking=True, budget=256, policy="pinned", reason="model pinned by the client")
    assert budget_note(d, "m", enforces_budget=True) == d
    assert budget_note(d, "m", False).reason == "budget 256 not enforced by m. model pinned by the client"
    off = replace(d, thinking=False, budget=None)
    assert budget_note(off, "m", False) == off
