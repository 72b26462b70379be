"""The default policy on crafted requests: several scripts, client overrides, load, tenant limits."""

from __future__ import annotations

import pytest

from gateway.config import ConfigError
from gateway.routing import known_policies, make_policy
from gateway.routing.features import route_request_from_chat, route_request_from_prompt
from gateway.routing.priors import effective_size, expected_quality
from gateway.thinking import ThinkingIntent

from .conftest import with_state

ZH_MATH = "小明有15个苹果，他给了小红7个，又买了12个。然后他把苹果平均分给3个朋友，每个朋友得到多少个苹果？"
AR_CHAT = "مرحبا! كيف حالك اليوم؟"
RU_CODE = "Почему этот код падает с ошибкой?\n```python\ndef avg(xs):\n    return sum(xs) / len(xs)\n\nprint(avg([]))\n```"
JA_KNOWLEDGE = "第二次世界大戦後の日本の高度経済成長を支えた主な要因は何ですか？歴史的な背景も含めて説明してください。"
EN_MATH = "Solve for x: 3x^2 - 12x + 9 = 0, then compute the sum of the squares of the roots."
PROMPTS = [ZH_MATH, AR_CHAT, RU_CODE, JA_KNOWLEDGE, EN_MATH]


def size_of(views, name):
    v = next(v for v in views if v.name == name)
    return effective_size(v.name, v.params_b, v.active_params_b)


def price_of(views, name):
    return next(v.output_price for v in views if v.name == name)


@pytest.mark.parametrize("prompt,task", [(ZH_MATH, "math"), (AR_CHAT, "chat"), (RU_CODE, "code"),
                                         (JA_KNOWLEDGE, "knowledge"), (EN_MATH, "math")])
def test_task_classes_across_scripts(policy, views, prompt, task):
    d = policy.decide(route_request_from_prompt(prompt), views)
    assert d.task == task
    assert 0.0 <= d.score <= 1.0
    assert d.policy == "complexity"


def test_math_and_code_think_chat_does_not(policy, views):
    for prompt in (ZH_MATH, RU_CODE, EN_MATH):
        d = policy.decide(route_request_from_prompt(prompt), views)
        assert d.thinking and d.budget is not None and d.budget >= 1024, (prompt, d)
    chat = policy.decide(route_request_from_prompt(AR_CHAT), views)
    assert not chat.thinking and chat.budget is None
    # a greeting goes to a cheap model, never the most expensive one
    assert price_of(views, chat.model) < max(v.output_price for v in views)


def test_priors_shape():
    # a small model that thinks beats a large one that does not on math and code ...
    for task in ("math", "code"):
        assert expected_quality("qwen3-4b", 4, task, 0.8, True, 16384) > expected_quality("qwen3-235b-a22b", 72, task, 0.8, False, None)
    # ... size wins on knowledge; thinking does not help long-context retrieval
    assert expected_quality("qwen3-235b-a22b", 72, "knowledge", 0.3, False, None) > expected_quality("qwen3-4b", 4, "knowledge", 0.3, True, 32768)
    assert expected_quality("qwen3-8b", 8.2, "long_context", 0.5, True, 4096) < expected_quality("qwen3-8b", 8.2, "long_context", 0.5, False, None)


def test_long_context_and_tools(policy, views):
    long = route_request_from_prompt("Find the invoice number in this log. " + "line of log text 12 ok\n" * 2000)
    d = policy.decide(long, views)
    assert d.task == "long_context" and not d.thinking
    tools = route_request_from_chat({"messages": [{"role": "user", "content": "Wetter in Berlin?"}],
                                     "tools": [{"type": "function", "function": {"name": "weather", "parameters": {}}}]},
                                    ThinkingIntent(), "balanced")
    assert tools.has_tools and policy.decide(tools, views).task == "tool_use"


def test_client_overrides(policy, views):
    off = policy.decide(route_request_from_prompt(ZH_MATH, ThinkingIntent(enabled=False, source="enable_thinking")), views)
    assert not off.thinking and off.budget is None and "client" in off.reason
    on = policy.decide(route_request_from_prompt(AR_CHAT, ThinkingIntent(enabled=True, source="soft_switch")), views)
    assert on.thinking and on.budget >= 1024
    budget = ThinkingIntent(enabled=True, budget=2048, source="budget")
    assert policy.decide(route_request_from_prompt(AR_CHAT, budget), views).budget == 2048
    capped = policy.decide(route_request_from_prompt(ZH_MATH, budget, max_budget=1500), views)
    assert capped.thinking and capped.budget == 1500


def test_router_never_grants_small_budgets(policy, views):
    for mode in ("quality", "balanced", "economy"):
        for prompt in PROMPTS:
            d = policy.decide(route_request_from_prompt(prompt, mode=mode, max_budget=700), views)
            assert not d.thinking, (mode, prompt, d)   # 700 < 1024: better no thinking than a useless budget
            d = policy.decide(route_request_from_prompt(prompt, mode=mode), views)
            assert not d.thinking or d.budget >= 1024


def test_modes_order_cost(policy, views):
    for prompt in PROMPTS:
        costs = [float(policy.decide(route_request_from_prompt(prompt, mode=m), views).extra["expected_cost_usd"])
                 for m in ("economy", "balanced", "quality")]
        assert costs == sorted(costs), (prompt, costs)
    hard = policy.decide(route_request_from_prompt(EN_MATH, mode="quality"), views)
    cheap = policy.decide(route_request_from_prompt(EN_MATH, mode="economy"), views)
    assert price_of(views, hard.model) >= price_of(views, cheap.model)


def test_tenant_limits(policy, views):
    for prompt in PROMPTS:
        d = policy.decide(route_request_from_prompt(prompt, mode="quality", max_model="qwen3-8b", max_budget=4096), views)
        assert size_of(views, d.model) <= size_of(views, "qwen3-8b")
        assert d.budget is None or d.budget <= 4096
    unknown = policy.decide(route_request_from_prompt(EN_MATH, max_model="no-such-model"), views)
    assert unknown.model == min(views, key=lambda v: v.params_b).name


@pytest.mark.parametrize("state", [{"running_replicas": 0}, {"queued": 50, "max_queue": 50}])
def test_cold_or_saturated_preferred_is_avoided(policy, views, state):
    req = route_request_from_prompt(EN_MATH, mode="quality")
    preferred = policy.decide(req, views)
    assert preferred.rerouted_from is None
    d = policy.decide(req, with_state(views, preferred.model, **state))
    assert d.model != preferred.model and d.rerouted_from == preferred.model
    assert ("cold" if "running_replicas" in state else "saturated") in d.reason


def test_all_cold_keeps_preferred(policy, views):
    req = route_request_from_prompt(JA_KNOWLEDGE)
    preferred = policy.decide(req, views)
    cold = [type(v)(**{**v.__dict__, "running_replicas": 0}) for v in views]
    d = policy.decide(req, cold)
    assert d.model == preferred.model and d.rerouted_from is None and "all models" in d.reason


def test_reason_is_header_safe(policy, views):
    for prompt in PROMPTS:
        for intent in (ThinkingIntent(), ThinkingIntent(enabled=True, budget=3000, source="budget")):
            d = policy.decide(route_request_from_prompt(prompt, intent, max_model="qwen3-30b-a3b"), views)
            assert d.reason.isascii() and "\n" not in d.reason and len(d.reason) < 120
            assert set(d.headers()) >= {"x-route-model", "x-route-reason", "x-route-score"}


def test_registry():
    assert {"complexity", "simple"} <= set(known_policies())
    with pytest.raises(ConfigError) as err:
        make_policy("nope")
    assert "complexity" in str(err.value) and "simple" in str(err.value)
    with pytest.raises(ConfigError):
        make_policy("complexity", {"bogus": 1})
    assert make_policy("simple").name == "simple"


def test_chat_body_summary():
    body = {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": ZH_MATH},
                         {"role": "assistant", "content": "..."}, {"role": "user", "content": [{"type": "text", "text": "再算一次"}]}]}
    req = route_request_from_chat(body, ThinkingIntent(), "economy", tenant="t1", max_model="qwen3-8b", max_budget=2048)
    assert req.text.endswith("再算一次") and req.turns == 2 and req.mode == "economy"
    assert (req.tenant, req.max_model, req.max_budget) == ("t1", "qwen3-8b", 2048)
    assert req.prompt_tokens > 4 * 5


def test_every_policy_keeps_to_the_tenants_largest_model(views):
    """Enforced by `make_policy` for any policy: `simple` picks the largest model for a long prompt."""
    long_prompt = "word " * 2000
    simple = make_policy("simple")
    unlimited = simple.decide(route_request_from_prompt(long_prompt), views)
    assert size_of(views, unlimited.model) > size_of(views, "qwen3-8b")
    d = simple.decide(route_request_from_prompt(long_prompt, max_model="qwen3-8b"), views)
    assert size_of(views, d.model) <= size_of(views, "qwen3-8b")


def test_thinking_plans_are_every_budget_up_to_the_room(views):
    """`_plans` cuts the budgets by bisection, which holds only while they ascend."""
    from dataclasses import replace

    from gateway.routing.policies.complexity import ComplexityPolicy
    from gateway.routing.priors import BUDGETS

    assert list(BUDGETS) == sorted(set(BUDGETS))
    inner = ComplexityPolicy()
    m = views[0]
    for room in (0, 1, 1023, 1024, 1025, 4096, 20000, 32768, 40000):
        model = replace(m, context_length=room + 100 + inner.answer_tokens)
        req = route_request_from_prompt("Solve 2x + 3 = 7.")
        req = replace(req, prompt_tokens=100)
        want = [(True, b) for b in BUDGETS if b <= room] or [(False, None)]
        assert inner._plans(req, "math", model) == want, room
