"""Planning a request: which model answers it, with how much thinking, and the exact request the
engine gets. Reads the request, its context, the routing policy and one snapshot of the models' live
state; runs nothing, wakes nothing.

`Planner.plan` turns a validated request into a `Plan`; `Planner.fallback` moves a plan whose model
failed before the first token. Execution lives in gateway/service.py.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Any, Callable, Mapping

from .api.errors import (
    bad_request,
    context_length_exceeded,
    model_not_allowed,
    model_not_found,
    model_unavailable,
)
from .api.protocol import ENGINE_FIELDS, AnyRequest, ChatChecks, CompletionChecks, engine_copy
from .backend import Endpoint, ModelBackend, ModelStatus
from .capabilities import capable, check_pinned, offers_tools
from .config import MODES, GatewayConfig, Mode, Overload, Sampling, ServedModel
from .context import RequestContext
from .external.placement import budget_note, decide_auto
from .routing import Decision, ModelView, RouteRequest, RoutingPolicy, default_thinking, never_preferred
from .routing.registry import clamp_budget
from .routing.priors import within_max_model
from .routing.features import (
    THINK_BLOCK_TOKENS,
    route_request_from_chat,
    route_request_from_prompt,
    views_from_config,
)
from .thinking import ThinkingIntent, read_intent

AUTO = "auto"
_SAMPLING_FIELDS = ("temperature", "top_p", "top_k", "min_p")


def model_capacity(model: ServedModel, running_replicas: int, overload: Overload) -> int:
    """Requests a model can hold at once, running or queued: what its running replicas take
    (`max_ongoing_requests` each) plus the gateway's queue allowance. The one definition of "full",
    for the router (a saturated model is avoided) and for admission (beyond it: 503). An external
    member holds its `max_concurrent` while healthy (one always-warm "replica")."""
    if model.external is not None:
        return running_replicas * model.external.max_concurrent
    return running_replicas * model.serving.autoscaling.max_ongoing_requests + overload.queue_per_model


def never_preferred_notes(config: GatewayConfig) -> list[str]:
    """One line per served model the router can never choose at the configured prices, for the
    start-up log: such a model only serves pinned requests and fallbacks."""
    return [f"note: {name} is never preferred by `auto`: {why}"
            for name, why in never_preferred(views_from_config(config)).items()]


@dataclass(frozen=True)
class Plan:
    """Where a request goes and what the engine gets. Immutable: a fallback is a new Plan."""

    endpoint: Endpoint
    decision: Decision
    engine_request: AnyRequest
    route_request: RouteRequest        # what the router saw; reused for a fallback
    states: Mapping[str, ModelStatus]  # the one snapshot of the models' state this plan was made on
    decision_s: float
    client_wants_usage: bool = False   # the engine is always asked for usage; the client gets what it asked
    client_wants_chunk_usage: bool = False
    cold_start: bool = False           # pinned to a model that is starting: wait for it, bounded
    wake: str | None = None            # a model asleep at zero that the router wanted: start it
    fallback_from: str | None = None   # the model that failed before the first token

    @property
    def model(self) -> str:
        return self.decision.model

    @property
    def stream(self) -> bool:
        return self.engine_request.streaming

    @property
    def headers(self) -> dict[str, str]:
        extra = {"x-route-fallback-from": self.fallback_from} if self.fallback_from else {}
        return {**self.decision.headers(), **extra}


class Planner:
    """`load(model)`: requests in flight to a model in this gateway replica (the router's queue view)."""

    def __init__(self, config: GatewayConfig, backend: ModelBackend, policy: RoutingPolicy,
                 load: Callable[[str], int], clock: Callable[[], float] = time.perf_counter) -> None:
        self.config = config
        self.models: dict[str, ServedModel] = config.enabled_models()
        self.backend = backend
        self.policy = policy
        self.load = load
        self.clock = clock
        self._static_views = views_from_config(config)
        self._overflow = frozenset(n for n, m in self.models.items() if m.external and m.external.overflow_only)

    def views(self, states: Mapping[str, ModelStatus]) -> list[ModelView]:
        """The catalogue's static views joined with a snapshot of live serving state."""
        overload = self.config.admission.overload
        views = []
        for view in self._static_views:
            st = states.get(view.name)
            replicas = st.running_replicas if st else 0
            views.append(replace(view, running_replicas=replicas, queued=self.load(view.name),
                                 max_queue=model_capacity(self.models[view.name], replicas, overload)))
        return views

    def warm_up(self) -> None:
        """Load the tokenizer and the policy's artefact now, not on the first request."""
        self.policy.decide(route_request_from_prompt("warm up", ThinkingIntent(), self.config.router.mode),
                           self._static_views)

    async def plan(self, ctx: RequestContext, req: AnyRequest) -> Plan:
        """The routing decision and the engine request, within the limits of the request's admission."""
        states = await self.backend.status()
        body = req.model_dump(exclude_unset=True)
        t0 = self.clock()
        # One summary of the request serves every routing decision it may need (auto, a pinned model
        # that cannot serve, a fallback before the first token), all under the tenant's limits.
        rreq = self._route_request(ctx, req, body)
        cold_start, wake = False, None
        if req.model in (None, AUTO):
            down = {n for n, m in self.models.items() if m.external and _state(states, n) == "unhealthy"}
            decision = decide_auto(self.policy, rreq, capable(self.views(states), self.models, body),
                                   overflow=self._overflow, down=down)
            wake = decision.rerouted_from if _cold(states, decision.rerouted_from) else None
        elif req.model in self.models:
            self._check_allowed(req.model, ctx, states)
            check_pinned(self.models[req.model], body)
            decision = clamp_budget(_pinned(req.model, rreq.intent), ctx.allowance.max_budget)
            state = _state(states, req.model)
            if state in ("unhealthy", "missing"):
                decision = self._reroute_pinned(req.model, rreq, state, states)
            elif ctx.allowance.forced_mode:
                decision = self._within_pinned(req.model, rreq, states)
            cold_start = decision.model == req.model and state in ("scaled_to_zero", "starting")
        else:
            raise model_not_found(req.model, [AUTO, *self.models])
        decision_s = self.clock() - t0
        decision = self._budget_note(decision)

        _check_output_limit(req, ctx.allowance.max_output_tokens)
        prompt_tokens = rreq.prompt_tokens + (THINK_BLOCK_TOKENS if ctx.endpoint == "chat" else 0)
        _check_length(self.models[decision.model], prompt_tokens, req.output_limit)
        return Plan(endpoint=ctx.endpoint, decision=decision, engine_request=self._engine_request(ctx, req, body, decision),
                    route_request=rreq, states=states, decision_s=decision_s, client_wants_usage=req.wants_usage,
                    client_wants_chunk_usage=req.wants_chunk_usage,
                    cold_start=cold_start, wake=wake)

    def _route_request(self, ctx: RequestContext, req: AnyRequest, body: dict[str, Any]) -> RouteRequest:
        limits = ctx.allowance
        mode = limits.forced_mode or req.route_mode or _mode(ctx.mode_header) or limits.default_mode \
            or self.config.router.mode
        if isinstance(req, ChatChecks):
            intent = read_intent(body, self.config.thinking)
            return route_request_from_chat(body, intent, mode, ctx.tenant, limits.max_model, limits.max_budget)
        assert isinstance(req, CompletionChecks)
        intent = ThinkingIntent(enabled=False, source="none")  # raw completions use no chat template
        return route_request_from_prompt(req.prompt_text(), intent, mode, ctx.tenant, limits.max_model,
                                         limits.max_budget)

    def _check_allowed(self, model: str, ctx: RequestContext, states: Mapping[str, ModelStatus]) -> None:
        """A pinned model must be within the tenant's largest (the same rule `auto` obeys), or it is
        refused before anything runs or wakes."""
        limit = ctx.allowance.max_model
        if limit and model not in {v.name for v in within_max_model(limit, self.views(states))}:
            raise model_not_allowed(model, limit)

    def _within_pinned(self, model: str, rreq: RouteRequest, states: Mapping[str, ModelStatus]) -> Decision:
        """A tenant forced into a cost mode (economy, near its daily budget) that pins a model: the
        policy chooses in that mode among the models up to the pinned one."""
        d = self.policy.decide(rreq, within_max_model(model, self.views(states)))
        return replace(d, reason=f"pinned {model}, tenant in {rreq.mode} mode: {d.reason}"[:119])

    def _reroute_pinned(self, model: str, rreq: RouteRequest, state: str,
                        states: Mapping[str, ModelStatus]) -> Decision:
        """A pinned model that cannot serve at all: answer with the policy's best other model."""
        views = [v for v in self.views(states) if v.name != model]
        if not views:
            raise model_unavailable(model, state)
        d = self.policy.decide(rreq, views)
        return replace(d, rerouted_from=model, reason=f"pinned {model} is {state}; rerouted. {d.reason}"[:119])

    def _engine_request(self, ctx: RequestContext, req: AnyRequest, body: dict[str, Any], d: Decision) -> AnyRequest:
        allowance = ctx.allowance
        update: dict[str, Any] = {"model": d.model}
        unset: tuple[str, ...] = ()
        if ctx.endpoint == "chat":
            # The client's thinking controls were read into the decision; the engine gets its result.
            update["chat_template_kwargs"] = {"enable_thinking": d.thinking}
            unset = ("reasoning_effort", "thinking_token_budget")
            if d.thinking and d.budget:
                update["thinking_token_budget"] = d.budget
                unset = ("reasoning_effort",)
        sampling: Sampling = (
            self.config.thinking.thinking_sampling if d.thinking else self.config.thinking.non_thinking_sampling
        )
        if not any(k in body for k in _SAMPLING_FIELDS):
            update.update(sampling.model_dump())
        if req.output_limit is None and allowance.default_max_tokens:
            update["max_tokens"] = allowance.default_max_tokens
        if allowance.cache_salt:
            update["cache_salt"] = allowance.cache_salt
        if req.streaming:
            # Usage in every chunk: a stream that ends early (client gone, replica dead) is still
            # metered and billed for what was generated. The client gets the usage it asked for.
            update["stream_options"] = {"include_usage": True, "continuous_usage_stats": True}
        return engine_copy(req, update, unset, allowed=ENGINE_FIELDS[ctx.endpoint])

    def fallback(self, plan: Plan, states: Mapping[str, ModelStatus]) -> Plan | None:
        """`plan` moved off its model, which failed before its first token: the policy's choice among
        the other models that can serve, keeping the thinking already granted; None when there is none."""
        failed = plan.model
        views = [v for v in self.views(states)
                 if v.name != failed and (states.get(v.name) is None or states[v.name].can_serve)
                 and (not plan.route_request.has_tools or offers_tools(self.models[v.name]))]
        if not views:
            return None
        intent = ThinkingIntent(enabled=plan.decision.thinking, budget=plan.decision.budget, source="enable_thinking")
        rreq = replace(plan.route_request, intent=intent)
        views = [v for v in views if v.context_length > rreq.prompt_tokens] or views
        model = self.policy.decide(rreq, views).model
        reason = f"{failed} failed before its first token; fell back to {model}"
        return replace(plan, decision=self._budget_note(replace(plan.decision, model=model, reason=reason)),
                       engine_request=engine_copy(plan.engine_request, {"model": model}),
                       states=states, fallback_from=failed)

    def _budget_note(self, d: Decision) -> Decision:
        m = self.models[d.model]   # SGLang (Ray 2.60's server) takes no thinking_token_budget
        enforces = m.external.thinking_budget if m.external else m.serving.engine != "sglang"
        return budget_note(d, d.model, enforces)


def _cold(states: Mapping[str, ModelStatus], model: str | None) -> bool:
    st = states.get(model) if model else None
    return model is not None and (st is None or st.running_replicas == 0)


def _state(states: Mapping[str, ModelStatus], model: str | None) -> str | None:
    st = states.get(model) if model else None
    return st.state if st is not None else None


def _mode(header: str | None) -> Mode | None:
    if header is None:
        return None
    if header not in MODES:
        raise bad_request(f"x-route-mode must be {', '.join(MODES)}; got {header!r}", param="x-route-mode")
    return header  # type: ignore[return-value]


def _pinned(model: str, intent: ThinkingIntent) -> Decision:
    thinking = default_thinking(intent)
    return Decision(model=model, thinking=thinking, budget=intent.budget if thinking else None,
                    policy="pinned", score=0.0, reason="model pinned by the client")


def _check_output_limit(req: AnyRequest, largest: int | None) -> None:
    if largest is not None and req.output_limit is not None and req.output_limit > largest:
        param = "max_completion_tokens" if getattr(req, "max_completion_tokens", None) else "max_tokens"
        raise bad_request(f"'{param}' is {req.output_limit}; this API key may ask for at most {largest}.",
                          param=param)


def _check_length(model: ServedModel, prompt_tokens: int, output_limit: int | None) -> None:
    ctx = model.context_length
    if prompt_tokens >= ctx:
        raise context_length_exceeded(ctx, prompt_tokens)
    if output_limit is not None and prompt_tokens + output_limit > ctx:
        raise context_length_exceeded(ctx, prompt_tokens, output_limit)
