"""Planning (gateway/planning.py) without HTTP: one snapshot of the models per plan, one rule for
"full", the engine request built from the validated one, and the tenant's limits from the context."""

import dataclasses

import pytest

from gateway.api.protocol import ChatRequest
from gateway.backend import ModelStatus
from gateway.config import load_config
from gateway.context import RequestContext
from gateway.fake_backend import FakeBackend
from gateway.planning import model_capacity
from gateway.service import Gateway
from gateway.tenancy import Tenancy



class CountingBackend(FakeBackend):
    def __init__(self, models):
        super().__init__(models)
        self.status_calls = 0

    async def status(self):
        self.status_calls += 1
        return await super().status()


@pytest.fixture
def gw():
    config = load_config()
    return Gateway(config, CountingBackend(list(config.enabled_models())))


def ctx(gw, lease=None, endpoint="chat", mode_header=None):
    return RequestContext(request_id="t", start=gw.clock(), endpoint=endpoint, lease=lease, mode_header=mode_header)


def chat(content="hi", **extra):
    return ChatRequest.model_validate({"messages": [{"role": "user", "content": content}], "max_tokens": 8, **extra})


async def test_one_snapshot_of_the_models_per_request(gw):
    for model in ("auto", "qwen3-8b"):
        before = gw.backend.status_calls
        c = ctx(gw)
        await gw.serve(c, chat(model=model))
        assert gw.backend.status_calls - before == 1, model   # planning read it; execution reused it


async def test_one_capacity_rule_for_the_router_and_for_admission(gw):
    """The count at which `auto` calls a model saturated is the count at which a pinned request to it
    is refused: both come from model_capacity."""
    ov = gw.config.admission.overload
    served = gw.planner.models["qwen3-0.6b"]
    cap = model_capacity(served, 1, ov)
    assert cap == served.serving.autoscaling.max_ongoing_requests + ov.queue_per_model
    gw.in_flight["qwen3-0.6b"] = cap - 1
    view = next(v for v in gw.planner.views(await gw.backend.status()) if v.name == "qwen3-0.6b")
    assert view.max_queue == cap and not view.saturated
    await gw.serve(ctx(gw), chat(model="qwen3-0.6b"))           # the cap-th request fits
    gw.in_flight["qwen3-0.6b"] = cap
    view = next(v for v in gw.planner.views(await gw.backend.status()) if v.name == "qwen3-0.6b")
    assert view.saturated
    with pytest.raises(Exception) as err:
        await gw.serve(ctx(gw), chat(model="qwen3-0.6b"))
    assert err.value.status == 503 and err.value.code == "overloaded"


async def test_engine_request_carries_the_decision_not_the_gateway_fields(gw):
    plan = await gw.planner.plan(ctx(gw), chat(model="qwen3-8b", route_mode="economy", reasoning_effort="low",
                                              stream=True))
    sent = plan.engine_request.model_dump(exclude_unset=True)
    assert "route_mode" not in sent and "reasoning_effort" not in sent
    assert sent["thinking_token_budget"] == 1024 and sent["chat_template_kwargs"] == {"enable_thinking": True}
    assert sent["stream_options"] == {"include_usage": True, "continuous_usage_stats": True}
    assert not plan.client_wants_usage and not plan.client_wants_chunk_usage
    off = await gw.planner.plan(ctx(gw), chat(model="qwen3-8b", thinking_token_budget=0))
    assert "thinking_token_budget" not in off.engine_request.model_dump(exclude_unset=True)


async def test_plans_are_values_and_a_fallback_is_a_new_plan(gw):
    plan = await gw.planner.plan(ctx(gw), chat(model="qwen3-0.6b"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.decision = None
    moved = gw.planner.fallback(plan, await gw.backend.status())
    assert plan.model == "qwen3-0.6b" and plan.fallback_from is None
    assert moved.model != "qwen3-0.6b" and moved.fallback_from == "qwen3-0.6b"
    assert moved.engine_request.model == moved.model and moved.headers["x-route-fallback-from"] == "qwen3-0.6b"


async def test_the_tenant_limits_come_from_the_context_for_pinned_and_auto(gw):
    raw = gw.config.model_dump(mode="json")
    raw["admission"]["tenants"] = {"t": {"max_budget": 128, "mode": "quality"}}
    from gateway.config import parse_config

    tenancy = Tenancy(parse_config(raw).admission, env={})
    lease = await tenancy.admit("t")
    for model in ("qwen3-8b", "auto"):
        plan = await gw.planner.plan(ctx(gw, lease), chat("Prove that there are infinitely many primes.",
                                                           model=model, thinking_token_budget=4096))
        assert plan.decision.thinking and plan.decision.budget == 128, model
    assert plan.route_request.mode == "quality" and plan.route_request.tenant == "t"
    header = await gw.planner.plan(ctx(gw, lease, mode_header="economy"), chat())
    assert header.route_request.mode == "economy"   # the request's own mode beats the tenant's default


async def test_a_pinned_model_asleep_is_waited_for_and_an_unhealthy_one_rerouted(gw):
    gw.backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "scaled_to_zero", 0)
    plan = await gw.planner.plan(ctx(gw), chat(model="qwen3-8b"))
    assert plan.cold_start and plan.model == "qwen3-8b"
    gw.backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "unhealthy", 0)
    plan = await gw.planner.plan(ctx(gw), chat(model="qwen3-8b"))
    assert plan.model != "qwen3-8b" and plan.decision.rerouted_from == "qwen3-8b" and not plan.cold_start


async def test_only_fields_a_client_may_set_reach_the_engine(gw):
    hostile = {"priority": -100, "request_id": "someone-elses", "kv_transfer_params": {"x": 1},
               "cache_salt": "guess", "use_beam_search": True, "chat_template": "{{ evil }}",
               "logits_processors": ["x"], "ignore_eos": True,
               "chat_template_kwargs": {"enable_thinking": False, "documents": ["x"]}}
    plan = await gw.planner.plan(ctx(gw), chat(model="qwen3-8b", seed=7, stop=["\n"], **hostile))
    sent = plan.engine_request.model_dump(exclude_unset=True)
    assert sent["seed"] == 7 and sent["stop"] == ["\n"]
    for name in ("priority", "request_id", "kv_transfer_params", "use_beam_search", "chat_template",
                 "logits_processors", "ignore_eos"):
        assert name not in sent, name
    assert sent["chat_template_kwargs"] == {"enable_thinking": False}
    assert "cache_salt" not in sent        # no tenant, no salt: and never the client's


async def test_each_tenant_gets_its_own_prefix_cache_salt(gw):
    raw = gw.config.model_dump(mode="json")
    from gateway.config import parse_config

    tenancy = Tenancy(parse_config(raw).admission, env={})
    salts = set()
    for tenant in ("team-a", "team-b", "team-a"):
        lease = await tenancy.admit(tenant)
        plan = await gw.planner.plan(ctx(gw, lease), chat(model="qwen3-8b"))
        salts.add((tenant, plan.engine_request.cache_salt))
    assert len(salts) == 2 and all(tenant not in salt for tenant, salt in salts)


def test_operators_are_told_at_start_up_which_models_auto_never_prefers(gw, caplog):
    """With the shipped prices qwen3-8b is dominated by the cheaper, stronger 30B-A3B MoE."""
    import logging

    with caplog.at_level(logging.WARNING, logger="qwen_gateway"):
        gw.warm_up()
    notes = [r.getMessage() for r in caplog.records if "never preferred" in r.getMessage()]
    assert len(notes) == 1 and notes[0].startswith("note: qwen3-8b is never preferred") and "qwen3-30b-a3b" in notes[0]
