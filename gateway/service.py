"""The request path, independent of HTTP framework and of Ray: resolve the model and thinking
controls, call the backend, meter the answer, record it.

`Gateway.plan` turns a validated request into a `Plan` (the routing decision plus the exact body the
engine gets); `Gateway.execute` runs it and returns either a full response or an SSE stream.
"""

from __future__ import annotations

import collections
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, AsyncIterator, Callable

from .api.errors import APIError, bad_request, from_engine_error, model_not_found
from .api.protocol import ChatRequest, CompletionRequest
from .backend import BackendError, Endpoint, ModelBackend, ModelStatus
from .config import GatewayConfig, Sampling, ServedModel
from .metrics import GatewayMetrics, RequestRecord
from .routing import Decision, ModelView, RouteRequest, RoutingPolicy, make_policy
from .routing.features import (
    THINK_BLOCK_TOKENS,
    chat_prompt_tokens,
    route_request_from_chat,
    route_request_from_prompt,
    views_from_config,
)
from .streaming import SSE_DONE, StreamMeter, mirror_reasoning, sse
from .thinking import ThinkingIntent, read_intent
from .tokens import count_tokens

AUTO = "auto"
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
    tenant: str = "none"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Result:
    """Either `body` (a full JSON response) or `stream` (SSE text chunks), plus headers."""

    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[str] | None = None


class Gateway:
    def __init__(
        self,
        config: GatewayConfig,
        backend: ModelBackend,
        *,
        policy: RoutingPolicy | None = None,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.config = config
        self.models: dict[str, ServedModel] = config.enabled_models()
        self.backend = backend
        self.policy = policy or make_policy(config.router.policy, config.router.options)
        self.metrics = metrics or GatewayMetrics()
        self.clock = clock
        self.in_flight: collections.Counter[str] = collections.Counter()
        self._static_views = views_from_config(config)

    # --- models ----------------------------------------------------------------------------------

    def model_cards(self) -> list[dict[str, Any]]:
        created = 0
        cards = [{"id": AUTO, "object": "model", "created": created, "owned_by": "qwen-gateway",
                  "description": "Routed: the gateway picks the Qwen3 size and thinking budget per request."}]
        for name, m in self.models.items():
            cards.append({
                "id": name, "object": "model", "created": created, "owned_by": "qwen-gateway",
                "root": m.catalog.model_id, "max_model_len": m.context_length,
                "pricing": {"input_per_mtok": m.catalog.price.input_per_mtok,
                            "output_per_mtok": m.catalog.price.output_per_mtok},
            })
        return cards

    async def readiness(self) -> tuple[bool, dict[str, ModelStatus]]:
        states = await self.backend.status()
        ready = all(states.get(n) is not None and states[n].can_serve for n in self.models)
        return ready, states

    async def _views(self) -> list[ModelView]:
        """The catalogue's static views joined with live serving state."""
        states = await self.backend.status()
        views = []
        for view in self._static_views:
            st = states.get(view.name)
            replicas = st.running_replicas if st else 0
            cap = self.models[view.name].serving.autoscaling.max_ongoing_requests
            views.append(replace(view, running_replicas=replicas, queued=self.in_flight[view.name],
                                 max_queue=max(replicas, 1) * cap))
        return views

    def warm_up(self) -> None:
        """Load the tokenizer and the policy's artefact now, not on the first request."""
        self.policy.decide(route_request_from_prompt("warm up", ThinkingIntent(), self.config.router.mode),
                           self._static_views)

    # --- planning --------------------------------------------------------------------------------

    async def plan(
        self,
        endpoint: Endpoint,
        req: ChatRequest | CompletionRequest,
        *,
        request_id: str | None = None,
        mode_header: str | None = None,
        start: float | None = None,
    ) -> Plan:
        start = self.clock() if start is None else start
        body = req.model_dump(exclude_unset=True)
        mode = req.route_mode or _mode(mode_header) or self.config.router.mode
        if endpoint == "chat":
            intent = read_intent(body, self.config.thinking)
        else:
            intent = ThinkingIntent(enabled=False, source="none")  # raw completions use no chat template

        t0 = self.clock()
        if req.model in (None, AUTO):
            if endpoint == "chat":
                rreq = route_request_from_chat(body, intent, mode)
            else:
                rreq = route_request_from_prompt(req.prompt_text(), intent, mode)
            decision = self.policy.decide(rreq, await self._views())
            prompt_tokens = rreq.prompt_tokens
        elif req.model in self.models:
            decision = _pinned(req.model, intent)
            prompt_tokens = None
            state = (await self.backend.status()).get(req.model)
            if state is not None and state.state in ("unhealthy", "missing"):
                decision = await self._reroute_pinned(endpoint, req, body, intent, mode, state.state)
        else:
            raise model_not_found(req.model, [AUTO, *self.models])
        decision_s = self.clock() - t0

        model = self.models[decision.model]
        if prompt_tokens is None:
            prompt_tokens = chat_prompt_tokens(body) if endpoint == "chat" else count_tokens(req.prompt_text())
        if endpoint == "chat":
            prompt_tokens += THINK_BLOCK_TOKENS
        _check_length(model, prompt_tokens, req.output_limit)

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
            headers=decision.headers(),
        )

    async def _reroute_pinned(self, endpoint, req, body, intent, mode, state: str) -> Decision:
        """A pinned model that cannot serve at all: answer with the policy's best other model."""
        views = [v for v in await self._views() if v.name != req.model]
        if not views:
            raise APIError(503, f"Model '{req.model}' is {state} and no other model can answer.",
                           type="server_error", code="model_unavailable", headers={"retry-after": "30"})
        if endpoint == "chat":
            rreq = route_request_from_chat(body, intent, mode)
        else:
            rreq = route_request_from_prompt(req.prompt_text(), intent, mode)
        d = self.policy.decide(rreq, views)
        return replace(d, rerouted_from=req.model,
                       reason=f"pinned {req.model} is {state}; rerouted. {d.reason}"[:119])

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

    # --- execution -------------------------------------------------------------------------------

    async def execute(self, plan: Plan) -> Result:
        model = plan.decision.model
        meter = StreamMeter(plan.start, self.clock)
        self.in_flight[model] += 1
        called_at = self.clock()
        it = self.backend.generate(plan.endpoint, model, plan.engine_body).__aiter__()
        try:
            first = await it.__anext__()
        except BackendError as err:
            self._done(plan, meter, called_at, err.status if err.status >= 400 else 500)
            raise from_engine_error(err.status, err.message, err.type) from None
        except StopAsyncIteration:
            self._done(plan, meter, called_at, 502)
            raise APIError(502, "The model returned no output.", type="server_error", code="empty_response") from None
        except BaseException:
            self._done(plan, meter, called_at, 500)
            raise

        if not plan.stream:
            meter.on_response(first)
            mirror_reasoning(first, "message")
            self._done(plan, meter, called_at, 200)
            return Result(headers=plan.headers, body=first)
        return Result(headers=plan.headers, stream=self._stream(plan, meter, called_at, first, it))

    async def _stream(
        self, plan: Plan, meter: StreamMeter, called_at: float, first: dict[str, Any], it: AsyncIterator[dict[str, Any]]
    ) -> AsyncIterator[str]:
        status = 200
        chunk: dict[str, Any] | None = first
        try:
            while chunk is not None:
                meter.on_chunk(chunk)
                if chunk.get("usage") and not chunk.get("choices") and not plan.client_wants_usage:
                    pass  # usage-only chunk the client did not ask for
                else:
                    if not plan.client_wants_usage:
                        chunk.pop("usage", None)
                    mirror_reasoning(chunk, "delta")
                    yield sse(chunk)
                try:
                    chunk = await it.__anext__()
                except StopAsyncIteration:
                    chunk = None
        except BackendError as err:
            status = 502
            yield sse(from_engine_error(500, err.message).body())
        except Exception as err:  # a replica died mid-stream: end the stream cleanly, never hang
            status = 502
            yield sse(APIError(502, f"The model stopped mid-stream: {type(err).__name__}", type="server_error",
                               code="stream_interrupted").body())
        except BaseException:  # client went away (cancellation): record it, let it propagate
            status = 499
            raise
        finally:
            aclose = getattr(it, "aclose", None)
            if aclose is not None:
                try:
                    await aclose()
                except BaseException:
                    pass
            self._done(plan, meter, called_at, status)
        yield SSE_DONE

    def _done(self, plan: Plan, meter: StreamMeter, called_at: float, status: int) -> None:
        model = plan.decision.model
        self.in_flight[model] -= 1
        price = self.models[model].catalog.price
        self.metrics.record(RequestRecord(
            request_id=plan.request_id,
            endpoint=plan.endpoint,
            model=model,
            policy=plan.decision.policy,
            thinking=plan.decision.thinking,
            status=status,
            tenant=plan.tenant,
            prompt_tokens=meter.prompt_tokens,
            completion_tokens=meter.completion_tokens,
            reasoning_tokens=meter.reasoning_tokens,
            ttft_s=meter.ttft_s,
            tpot_s=meter.tpot_s,
            e2e_s=self.clock() - plan.start,
            queue_s=called_at - plan.start,
            decision_s=plan.decision_s,
            budget_granted=plan.decision.budget if plan.decision.thinking else None,
            cost_usd=price.cost(meter.prompt_tokens, meter.completion_tokens),
            rerouted=plan.decision.rerouted_from is not None,
            task=plan.decision.task,
            reason=plan.decision.reason,
        ))


def _mode(header: str | None) -> str | None:
    if header is None:
        return None
    if header not in ("quality", "balanced", "economy"):
        raise bad_request(f"x-route-mode must be quality, balanced or economy, got {header!r}", param="x-route-mode")
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
