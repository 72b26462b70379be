"""Tenant limits held in one place for every policy; Qwen3's default thinking; never-preferred models."""

from __future__ import annotations

import dataclasses

import pytest

from gateway.routing import Decision, default_thinking, make_policy, never_preferred
from gateway.routing.features import route_request_from_prompt
from gateway.routing.registry import clamp_budget
from gateway.thinking import ThinkingIntent

LONG = "word " * 2000


@pytest.mark.parametrize("name", ["simple", "complexity"])
def test_max_budget_zero_switches_thinking_off_for_every_policy(views, name):
    policy = make_policy(name)
    intent = ThinkingIntent(enabled=True, source="enable_thinking")
    d = policy.decide(route_request_from_prompt("Prove that 17 is prime.", intent, max_budget=0), views)
    assert not d.thinking and d.budget is None


@pytest.mark.parametrize("name", ["simple", "complexity"])
def test_max_budget_caps_an_uncapped_or_larger_budget(views, name):
    policy = make_policy(name)
    on = ThinkingIntent(enabled=True, source="enable_thinking")
    d = policy.decide(route_request_from_prompt("Prove that 17 is prime.", on, max_budget=3000), views)
    assert d.thinking and d.budget is not None and d.budget <= 3000, d
    asks = ThinkingIntent(enabled=True, budget=9000, source="budget")
    d = policy.decide(route_request_from_prompt("Prove that 17 is prime.", asks, max_budget=3000), views)
    assert d.thinking and d.budget == 3000, d


def test_clamp_leaves_what_is_within_the_limit():
    d = Decision(model="m", thinking=True, budget=1024, policy="p")
    assert clamp_budget(d, 4096) is d and clamp_budget(d, None) is d
    off = dataclasses.replace(d, thinking=False, budget=None)
    assert clamp_budget(off, 0) is off


def test_default_thinking_is_qwen3s():
    assert default_thinking(ThinkingIntent()) is True
    assert default_thinking(ThinkingIntent(enabled=False, source="soft_switch")) is False
    assert default_thinking(ThinkingIntent(enabled=True, source="enable_thinking")) is True


def test_simple_policy_thinks_by_default(views):
    simple = make_policy("simple")
    assert simple.decide(route_request_from_prompt("hi"), views).thinking
    off = ThinkingIntent(enabled=False, source="enable_thinking")
    assert not simple.decide(route_request_from_prompt("hi", off), views).thinking


def test_8b_is_never_preferred_with_the_shipped_prices(views):
    found = never_preferred(views)
    assert set(found) == {"qwen3-8b"}
    assert "qwen3-30b-a3b" in found["qwen3-8b"] and "fallback" in found["qwen3-8b"]


def test_never_preferred_follows_prices(views):
    # Make the 30B-A3B dearer than the 8B: nothing dominates the 8B any more.
    dear = [dataclasses.replace(v, output_price=10.0) if v.name == "qwen3-30b-a3b" else v for v in views]
    assert "qwen3-8b" not in never_preferred(dear)
    # Two identical models: exactly one is listed.
    twin = dataclasses.replace(next(v for v in views if v.name == "qwen3-4b"), name="qwen3-4b-copy")
    assert len({"qwen3-4b", "qwen3-4b-copy"} & set(never_preferred([*views, twin]))) == 1
