"""Planning a request: which model answers it, with how much thinking, and the exact body the engine
gets. Reads the request, the routing policy and the models' live state; runs nothing.

`Planner.plan` turns a validated request into a `Plan`; `Planner.fallback_model` picks where a plan
goes when its model failed before the first token. Execution lives in gateway/service.py.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from .api.errors import APIError, bad_request, model_not_found
from .api.protocol import ChatRequest, CompletionRequest
from .backend import Endpoint, ModelBackend, ModelStatus
from .config import MODES, GatewayConfig, Sampling, ServedModel
from .routing import Decision, ModelView, RouteRequest, RoutingPolicy
from .routing.features import (
    THINK_BLOCK_TOKENS,
    route_request_from_chat,
    route_request_from_prompt,
    views_from_config,
)
from .thinking import ThinkingIntent, read_intent

AUTO = "auto"
WAKE_INTERVAL_S = 30.0  # at most one wake-up call per cold model in this window
# Gateway-only request fields: consumed here, never sent to the engine.
_GATEWAY_FIELDS = ("route_mode", "reasoning_effort")
_SAMPLING_FIELDS = ("temperature", "top_p", "top_k", "min_p")


@dataclass
class Plan:
    endpoint: Endpoint
    decision: Decision
    engine_body: dict[str, Any]
    stream: bool
    client_wants_usage: bool
    request_id: str
    start: float
    decision_s: float
    route_request: RouteRequest        # what the router saw; reused for a fallback
    tenant: str = "none"
    headers: dict[str, str] = field(default_factory=dict)
    cold_start: bool = False           # pinned to a model that is starting: wait for it, bounded
    fallback_from: str | None = None   # set when a failure before the first token moved the request
    finished: bool = False             # recorded and released (exactly once)

    def fall_back(self, model: str) -> None:
        """Move the plan to `model` after its own failed before the first token; the headers say so."""
        failed = self.decision.model
        self.fallback_from = failed
        reason = f"{failed} failed before its first token; fell back to {model}"
        self.decision = replace(self.decision, model=model, reason=reason)
        self.engine_body = {**self.engine_body, "model": model}
        self.headers = {**self.headers, **self.decision.headers(), "x-route-fallback-from": failed}


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
        self._woken_at: dict[str, float] = {}

    async def _views(self) -> list[ModelView]:
        """The catalogue's static views joined with live serving state."""
        states = await self.backend.status()
        views = []
        for view in self._static_views:
            st = states.get(view.name)
            replicas = st.running_replicas if st else 0
            cap = self.models[view.name].serving.autoscaling.max_ongoing_requests
            views.append(replace(view, running_replicas=replicas, queued=self.load(view.name),
                                 max_queue=max(replicas, 1) * cap))
        return views

    async def _wake_if_cold(self, model: str, views: list[ModelView]) -> None:
        """The router answered elsewhere because `model` sleeps at zero: start it for what follows."""
        view = next((v for v in views if v.name == model), None)
        now = self.clock()
        if view is not None and view.cold and now - self._woken_at.get(model, -1e9) > WAKE_INTERVAL_S:
            self._woken_at[model] = now
            await self.backend.wake(model)

    def warm_up(self) -> None:
        """Load the tokenizer and the policy's artefact now, not on the first request."""
        self.policy.decide(route_request_from_prompt("warm up", ThinkingIntent(), self.config.router.mode),
                           self._static_views)

    async def plan(
        self,
        endpoint: Endpoint,
        req: ChatRequest | CompletionRequest,
        *,
        request_id: str | None = None,
        mode_header: str | None = None,
        start: float | None = None,
        tenant: str | None = None,
        max_model: str | None = None,
        max_budget: int | None = None,
        mode: str | None = None,
        default_mode: str | None = None,
    ) -> Plan:
        """`tenant`, `max_model`, `max_budget` and a forced `mode` are the tenant's limits (tenancy);
        `default_mode` is the tenant's own mode, below the request's header or body field."""
        start = self.clock() if start is None else start
        cold_start = False
        body = req.model_dump(exclude_unset=True)
        mode = mode or req.route_mode or _mode(mode_header) or default_mode or self.config.router.mode
        if endpoint == "chat":
            intent = read_intent(body, self.config.thinking)
        else:
            intent = ThinkingIntent(enabled=False, source="none")  # raw completions use no chat template

        t0 = self.clock()
        # One summary of the request serves every routing decision it may need (auto, a pinned model
        # that cannot serve, a fallback before the first token), all under the tenant's limits.
        if endpoint == "chat":
            rreq = route_request_from_chat(body, intent, mode, tenant, max_model, max_budget)
        else:
            rreq = route_request_from_prompt(req.prompt_text(), intent, mode, tenant, max_model, max_budget)
        if req.model in (None, AUTO):
            views = await self._views()
            decision = self.policy.decide(rreq, views)
            if decision.rerouted_from:
                await self._wake_if_cold(decision.rerouted_from, views)
        elif req.model in self.models:
            decision = _pinned(req.model, intent)
            state = (await self.backend.status()).get(req.model)
            if state is not None and state.state in ("unhealthy", "missing"):
                decision = await self._reroute_pinned(req.model, rreq, state.state)
            cold_start = state is not None and state.state in ("scaled_to_zero", "starting")
        else:
            raise model_not_found(req.model, [AUTO, *self.models])
        if max_budget is not None and decision.thinking and (decision.budget is None or decision.budget > max_budget):
            decision = replace(decision, budget=max_budget) if max_budget else replace(decision, thinking=False, budget=None)
        decision_s = self.clock() - t0

        prompt_tokens = rreq.prompt_tokens + (THINK_BLOCK_TOKENS if endpoint == "chat" else 0)
        _check_length(self.models[decision.model], prompt_tokens, req.output_limit)

        engine_body = self._engine_body(endpoint, body, decision)
        return Plan(
            endpoint=endpoint,
            decision=decision,
            engine_body=engine_body,
            stream=req.stream,
            client_wants_usage=bool(req.stream_options and req.stream_options.include_usage),
            request_id=request_id or uuid.uuid4().hex,
            start=start,
            decision_s=decision_s,
            tenant=tenant or "none",
            headers=decision.headers(),
            cold_start=cold_start,
            route_request=rreq,
        )

    async def _reroute_pinned(self, model: str, rreq: RouteRequest, state: str) -> Decision:
        """A pinned model that cannot serve at all: answer with the policy's best other model."""
        views = [v for v in await self._views() if v.name != model]
        if not views:
            raise APIError(503, f"Model '{model}' is {state} and no other model can answer.",
                           type="server_error", code="model_unavailable", headers={"retry-after": "30"})
        d = self.policy.decide(rreq, views)
        return replace(d, rerouted_from=model, reason=f"pinned {model} is {state}; rerouted. {d.reason}"[:119])

    def _engine_body(self, endpoint: Endpoint, body: dict[str, Any], d: Decision) -> dict[str, Any]:
        out = {k: v for k, v in body.items() if k not in _GATEWAY_FIELDS}
        out["model"] = d.model
        if endpoint == "chat":
            out["chat_template_kwargs"] = {**(body.get("chat_template_kwargs") or {}), "enable_thinking": d.thinking}
            out.pop("thinking_token_budget", None)
            if d.thinking and d.budget:
                out["thinking_token_budget"] = d.budget
        sampling: Sampling = (
            self.config.thinking.thinking_sampling if d.thinking else self.config.thinking.non_thinking_sampling
        )
        if not any(k in body for k in _SAMPLING_FIELDS):
            out.update(sampling.model_dump())
        if out.get("stream"):
            # Always ask the engine for usage so every streamed request is metered; the usage chunk
            # is passed on only to clients that asked for it.
            out["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        return out

    async def fallback_model(self, plan: Plan, states: dict[str, ModelStatus]) -> str | None:
        """Where a plan whose model failed before its first token goes: the policy's choice among the
        other models that can serve, keeping the thinking already granted; None when there is none."""
        failed = plan.decision.model
        views = [v for v in await self._views()
                 if v.name != failed and (states.get(v.name) is None or states[v.name].can_serve)]
        if not views:
            return None
        intent = ThinkingIntent(enabled=plan.decision.thinking, budget=plan.decision.budget, source="enable_thinking")
        rreq = replace(plan.route_request, intent=intent)
        views = [v for v in views if v.context_length > rreq.prompt_tokens] or views
        return self.policy.decide(rreq, views).model


def _mode(header: str | None) -> str | None:
    if header is None:
        return None
    if header not in MODES:
        raise bad_request(f"x-route-mode must be {', '.join(MODES)}; got {header!r}", param="x-route-mode")
    return header


def _pinned(model: str, intent: ThinkingIntent) -> Decision:
    thinking = True if intent.enabled is None else intent.enabled  # Qwen3's own default: thinking on
    return Decision(
        model=model,
        thinking=thinking,
        budget=intent.budget if thinking else None,
        policy="pinned",
        score=0.0,
        reason="model pinned by the client",
    )


def _check_length(model: ServedModel, prompt_tokens: int, output_limit: int | None) -> None:
    ctx = model.context_length
    if prompt_tokens >= ctx:
        raise APIError(
            400,
            f"This model's maximum context length is {ctx} tokens; the prompt has about {prompt_tokens}. "
            "Shorten the messages or choose a model with a longer context.",
            param="messages",
            code="context_length_exceeded",
        )
    if output_limit is not None and prompt_tokens + output_limit > ctx:
        raise APIError(
            400,
            f"This model's maximum context length is {ctx} tokens; you requested about "
            f"{prompt_tokens + output_limit} ({prompt_tokens} in the prompt, {output_limit} to generate). "
            "Lower max_tokens or shorten the prompt.",
            param="max_tokens",
            code="context_length_exceeded",
        )
