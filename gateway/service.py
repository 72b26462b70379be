"""The request path, independent of HTTP framework and of Ray: plan a request, run the plan against
the backend, meter the answer, record it, settle the tenant's admission.

`Gateway.serve(ctx, req)` is the whole path for one request: `Planner.plan` (gateway/planning.py)
chooses the model and builds the engine request from one snapshot of the models' state; `execute`
runs it and returns either a full response or an SSE stream, bounding its time, retrying once before
the first token, and releasing what it held exactly once, however the request ends.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable

from .api import errors
from .api.errors import APIError
from .api.protocol import AnyRequest, WireTypes
from .backend import BackendError, ModelBackend, ModelStatus
from .config import GatewayConfig
from .context import RequestContext
from .metrics import GatewayMetrics
from .record import RequestRecord
from .planning import AUTO, Plan, Planner, model_capacity, never_preferred_notes
from .routing import RoutingPolicy, make_policy
from .streaming import SSE_DONE, StreamMeter, mirror_reasoning, sse

__all__ = ["AUTO", "Gateway", "Plan", "Result"]
log = logging.getLogger("qwen_gateway")
WAKE_INTERVAL_S = 30.0  # at most one wake-up call per cold model in this window
Shape = Callable[[dict[str, Any]], dict[str, Any]]   # a full answer in another wire format


@dataclass
class Result:
    """Either `body` (a full JSON response) or `stream` (SSE text chunks), plus headers."""

    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[str] | None = None
    close: Callable[[], None] | None = None   # call when a stream is abandoned before it ran to its end
    # A consumer that reshapes the stream (the Responses API) calls this when it could not, before it
    # closes the stream: the request is then counted with that status, as the client saw it.
    fail: Callable[[int], None] | None = None


class _Run:
    """One execution of a plan: its meter, and whether it was recorded and released (exactly once)."""

    def __init__(self, ctx: RequestContext, plan: Plan, meter: StreamMeter, called_at: float) -> None:
        self.ctx, self.plan, self.meter, self.called_at = ctx, plan, meter, called_at
        self.finished = False
        self.engine_called = False
        self.failed: int | None = None   # the status a consumer that could not deliver the answer set

    def tokens(self) -> tuple[int, int]:
        """Prompt and completion tokens to settle: the engine's count (reported with every chunk), or,
        when it never reported one after the engine was called, the prompt as the router counted it."""
        meter = self.meter
        if meter.usage is None and self.engine_called:
            return self.plan.route_request.prompt_tokens, meter.tokens_seen
        return meter.prompt_tokens, meter.completion_tokens

    @property
    def headers(self) -> dict[str, str]:
        return {**self.plan.headers, **self.ctx.headers}


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
        self.backend = backend
        self.policy = policy or make_policy(config.router.policy, config.router.options)
        self.metrics = metrics or GatewayMetrics()
        self.clock = clock
        self.in_flight: collections.Counter[str] = collections.Counter()
        self.planner = Planner(config, backend, self.policy, load=self.in_flight.__getitem__, clock=clock)
        self._woken_at: dict[str, float] = {}

    @property
    def wire(self) -> WireTypes:
        """The request types requests are validated on: the backend's own, where it has them."""
        return getattr(self.backend, "wire_types", None) or WireTypes()

    # --- models ----------------------------------------------------------------------------------

    def model_cards(self) -> list[dict[str, Any]]:
        created = 0
        cards = [{"id": AUTO, "object": "model", "created": created, "owned_by": "qwen-gateway",
                  "description": "Routed: the gateway picks the Qwen3 size and thinking budget per request."}]
        for name, m in self.planner.models.items():
            cards.append({
                "id": name, "object": "model", "created": created, "owned_by": "qwen-gateway",
                "root": m.catalog.model_id, "max_model_len": m.context_length,
                "pricing": {"input_per_mtok": m.catalog.price.input_per_mtok,
                            "output_per_mtok": m.catalog.price.output_per_mtok},
            })
        return cards

    async def readiness(self) -> tuple[bool, dict[str, ModelStatus]]:
        states = await self.backend.status()
        # External members do not gate readiness: one that is down is routed around (its state is
        # in the details), and the gateway serving its hosted models is ready.
        ready = all(states.get(n) is not None and states[n].can_serve
                    for n, m in self.planner.models.items() if m.external is None)
        return ready, states

    def warm_up(self) -> None:
        """Load the tokenizer and the policy's artefact now, not on the first request; say which served
        models the router can never choose."""
        self.planner.warm_up()
        for line in never_preferred_notes(self.config):
            log.warning(line)

    def refused(self, request_id: str, endpoint: str, tenant: str, status: int) -> None:
        """Count a request refused before a model was chosen (model "none")."""
        self.metrics.record(RequestRecord(request_id=request_id, endpoint=endpoint, model="none", policy="none",
                                          thinking=False, status=status, tenant=tenant))

    # --- the request path ------------------------------------------------------------------------

    async def serve(self, ctx: RequestContext, req: AnyRequest, shape: Shape | None = None) -> Result:
        """Plan and run one admitted request; its admission is settled however it ends. `shape`: the
        full answer in another wire format (the Responses API's), made before the request is counted,
        so a failure to make it is counted as the error the client gets."""
        try:
            plan = await self.planner.plan(ctx, req)
        except BaseException as err:
            ctx.close()
            self.refused(ctx.request_id, ctx.metric_endpoint, ctx.tenant, _status_of(err))
            raise
        return await self.execute(ctx, plan, shape)

    async def route(self, ctx: RequestContext, req: AnyRequest) -> Result:
        """The decision `auto` would make, without generating, waking or holding anything. A refusal
        is counted like any other; a decision is no answer of a model, so it is not."""
        try:
            plan = await self.planner.plan(ctx, req)
        except BaseException as err:
            self.refused(ctx.request_id, ctx.metric_endpoint, ctx.tenant, _status_of(err))
            raise
        finally:
            ctx.close()
        return Result(headers={**plan.headers, **ctx.headers}, body=plan.decision.as_dict())

    async def execute(self, ctx: RequestContext, plan: Plan, shape: Shape | None = None) -> Result:
        """Run a plan: a full response, or a stream that always ends with `[DONE]`.

        Overload is refused at once (503 + Retry-After). A failure before the first token is retried
        once: on the same model when it has other replicas, else on the model the policy would choose
        next. Time to first token and the whole request are bounded (504 / an error event).
        """
        self._wake(plan.wake)
        run = _Run(ctx, plan, StreamMeter(ctx.start, self.clock), self.clock())
        self._count(plan.model, +1)
        try:
            self._check_capacity(plan)
            first, it = await self._first_chunk(run)
        except BaseException as err:
            self._finish(run, _status_of(err))
            raise

        if not run.plan.stream:
            try:
                run.meter.on_response(first)
                mirror_reasoning(first, "message")
                body = shape(first) if shape is not None else first
            except BaseException as err:   # counted and released like any answer, never left in flight
                self._finish(run, _status_of(err))
                raise
            self._finish(run, 200)
            return Result(headers=run.headers, body=body)

        def abandoned() -> None:  # called when the response ends; the stream's own cleanup may not have run
            if not run.finished:  # the client left before the stream started: release all it held, now
                self._finish(run, 499)
                asyncio.ensure_future(_aclose(it))   # and cancel the engine request

        def fail(status: int) -> None:
            run.failed = status

        return Result(headers=run.headers, stream=self._stream(run, first, it), close=abandoned, fail=fail)

    async def _stream(self, run: _Run, first: dict[str, Any], it: AsyncIterator[dict[str, Any]]) -> AsyncIterator[str]:
        status = 200
        chunk: dict[str, Any] | None = first
        deadline = run.ctx.start + self.config.server.request_timeout_s
        plan = run.plan
        try:
            try:
                while chunk is not None:
                    run.meter.on_chunk(chunk)
                    if not chunk.get("choices") and chunk.get("usage"):   # the final usage chunk
                        if plan.client_wants_usage:
                            yield sse(chunk)
                    else:                      # the engine reports usage in every chunk (for metering)
                        if not plan.client_wants_chunk_usage:
                            chunk.pop("usage", None)
                        mirror_reasoning(chunk, "delta")
                        yield sse(chunk)
                    try:
                        chunk = await self._next(it, deadline)
                    except StopAsyncIteration:
                        chunk = None
            except TimeoutError:
                status = 504
                yield sse(errors.timeout(self.config.server.request_timeout_s).body())
            except Exception as err:  # the engine failed or a replica died mid-stream: end cleanly, never hang
                status = 502
                yield sse(errors.engine_error(err, mid_stream=True).body())
            except BaseException:  # client went away (cancellation): record it, let it propagate
                status = 499
                raise
            # Counted only once [DONE] was taken: a consumer reshaping the stream may still fail it
            # (`Result.fail`). Leaving at [DONE] is no 499: the whole answer was delivered.
            yield SSE_DONE
        finally:
            await _aclose(it)  # a generator not run to its end cancels its engine request
            self._finish(run, status)

    # --- execution helpers -----------------------------------------------------------------------

    def _wake(self, model: str | None) -> None:
        """The router answered elsewhere because `model` sleeps at zero: start it for what follows."""
        now = self.clock()
        if model is not None and now - self._woken_at.get(model, -1e9) > WAKE_INTERVAL_S:
            self._woken_at[model] = now
            asyncio.ensure_future(self.backend.wake(model))

    def _check_capacity(self, plan: Plan) -> None:
        """503 + Retry-After when the gateway or the model already has all it can hold (this request
        counted), by the plan's snapshot of the model's replicas."""
        ov = self.config.admission.overload
        if sum(self.in_flight.values()) > ov.max_in_flight:
            raise errors.overloaded(f"The gateway is at capacity ({ov.max_in_flight} requests in flight).",
                                    ov.retry_after_s)
        st = plan.states.get(plan.model)
        cap = model_capacity(self.planner.models[plan.model], st.running_replicas if st else 0, ov)
        if self.in_flight[plan.model] > cap:
            raise errors.overloaded(f"Model '{plan.model}' is at capacity ({cap} requests in flight or queued).",
                                    ov.retry_after_s)

    async def _next(self, it: AsyncIterator[dict[str, Any]], deadline: float) -> dict[str, Any]:
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise TimeoutError
        async with asyncio.timeout(remaining):
            return await it.__anext__()

    def _first_token_bound(self, plan: Plan) -> float:
        """`first_token_timeout_s` bounds streams only: a JSON response's first item is the whole answer."""
        server, ov = self.config.server, self.config.admission.overload
        if plan.cold_start:
            return server.cold_start_timeout_s
        if plan.stream and ov.first_token_timeout_s:
            return min(ov.first_token_timeout_s, server.request_timeout_s)
        return server.request_timeout_s

    async def _first_chunk(self, run: _Run) -> tuple[dict[str, Any], AsyncIterator[dict[str, Any]]]:
        """The first chunk (or the full response) and the iterator for the rest, with one retry."""
        ov = self.config.admission.overload
        first_s = self._first_token_bound(run.plan)
        retried = False
        while True:
            plan = run.plan
            run.engine_called = True
            it = self.backend.generate(plan.endpoint, plan.model, plan.engine_request).__aiter__()
            try:
                return await self._next(it, run.ctx.start + first_s), it
            except StopAsyncIteration:
                raise errors.empty_response() from None
            except TimeoutError:
                await _aclose(it)
                if plan.cold_start:
                    raise errors.model_starting(plan.model, first_s) from None
                if plan.stream and first_s < self.config.server.request_timeout_s:
                    raise errors.not_started(plan.model, first_s, ov.retry_after_s) from None
                raise errors.timeout(first_s) from None
            except Exception as err:
                await _aclose(it)
                if _is_backpressure(err):
                    raise errors.overloaded(f"Model '{plan.model}' is overloaded; its queue is full.",
                                            ov.retry_after_s) from None
                client_fault = isinstance(err, BackendError) and err.status < 500
                if client_fault or retried or not ov.fallback:
                    raise errors.engine_error(err) from None
                retried = True
                await self._retarget(run)

    async def _retarget(self, run: _Run) -> None:
        """Before a retry: keep the model if it has other replicas, else the policy's next choice."""
        failed = run.plan.model
        states = await self.backend.status()
        st = states.get(failed)
        if st is not None and st.running_replicas > 1:
            return
        moved = self.planner.fallback(run.plan, states)
        if moved is None:
            return
        self._count(failed, -1)
        self._count(moved.model, +1)
        run.plan = moved

    def _count(self, model: str, delta: int) -> None:
        self.in_flight[model] += delta
        self.metrics.set_in_flight(model, self.in_flight[model])

    def _finish(self, run: _Run, status: int) -> None:
        if run.finished:
            return
        run.finished = True
        status = run.failed or status
        plan = run.plan
        prompt, completion = run.tokens()
        cost = self.planner.models[plan.model].catalog.price.cost(prompt, completion)
        try:
            self._count(plan.model, -1)
            self.metrics.record(_record(run, status, cost, self.clock()))
        finally:
            run.ctx.close(prompt + completion, cost)


def _record(run: _Run, status: int, cost: float, now: float) -> RequestRecord:
    plan, meter, ctx = run.plan, run.meter, run.ctx
    d = plan.decision
    return RequestRecord(
        request_id=ctx.request_id, endpoint=ctx.metric_endpoint, model=d.model, policy=d.policy, thinking=d.thinking,
        status=status, tenant=ctx.tenant, prompt_tokens=meter.prompt_tokens,
        completion_tokens=meter.completion_tokens, reasoning_tokens=meter.reasoning_tokens,
        ttft_s=meter.ttft_s, tpot_s=meter.tpot_s, e2e_s=now - ctx.start, queue_s=run.called_at - ctx.start,
        decision_s=plan.decision_s, budget_granted=d.budget if d.thinking else None, cost_usd=cost,
        rerouted=d.rerouted_from is not None, fallback=plan.fallback_from is not None, stream=plan.stream,
        task=d.task, reason=d.reason,
    )


def _status_of(err: BaseException) -> int:
    """The status a request that ended in `err` is counted with: the error's own, 499 when the client
    left (cancellation), 500 for anything nobody foresaw (the client gets a 500 from the handler)."""
    if isinstance(err, APIError):
        return err.status
    return 499 if isinstance(err, asyncio.CancelledError) else 500


def _is_backpressure(err: BaseException) -> bool:
    """A full model queue, as the backend contract reports it (RayBackend maps Serve's BackPressureError)."""
    return isinstance(err, BackendError) and err.status == 503 and err.type == "overloaded"


async def _aclose(it: Any) -> None:
    aclose = getattr(it, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except BaseException:
            pass
