"""The request path, independent of HTTP framework and of Ray: run a planned request against the
backend, meter the answer, record it.

`Gateway.plan` (gateway/planning.py) turns a validated request into a `Plan`: the routing decision
plus the exact body the engine gets. `Gateway.execute` runs it and returns either a full response or
an SSE stream, bounding its time, retrying once before the first token, and releasing what it held.
"""

from __future__ import annotations

import asyncio
import collections
import math
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable

from .api.errors import APIError, from_engine_error
from .api.protocol import ChatRequest, CompletionRequest
from .backend import BackendError, Endpoint, ModelBackend, ModelStatus
from .config import GatewayConfig, ServedModel
from .metrics import GatewayMetrics, RequestRecord
from .planning import AUTO, Plan, Planner
from .routing import RoutingPolicy, make_policy
from .streaming import SSE_DONE, StreamMeter, mirror_reasoning, sse
from .tenancy import Lease

__all__ = ["AUTO", "Gateway", "Plan", "Result"]


@dataclass
class Result:
    """Either `body` (a full JSON response) or `stream` (SSE text chunks), plus headers."""

    headers: dict[str, str]
    body: dict[str, Any] | None = None
    stream: AsyncIterator[str] | None = None
    close: Callable[[], None] | None = None   # call when a stream is abandoned before it ran to its end


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
        self.models: dict[str, ServedModel] = self.planner.models

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

    def warm_up(self) -> None:
        """Load the tokenizer and the policy's artefact now, not on the first request."""
        self.planner.warm_up()

    async def plan(self, endpoint: Endpoint, req: ChatRequest | CompletionRequest, **kw: Any) -> Plan:
        """The routing decision and engine body for a request (see `Planner.plan`)."""
        return await self.planner.plan(endpoint, req, **kw)

    # --- execution -------------------------------------------------------------------------------

    async def execute(self, plan: Plan, *, lease: Lease | None = None) -> Result:
        """Run a plan: a full response, or a stream that always ends with `[DONE]`.

        Overload is refused at once (503 + Retry-After). A failure before the first token is retried
        once: on the same model when it has other replicas, else on the model the policy would choose
        next. Time to first token and the whole request are bounded (504 / an error event). `lease`, a
        tenant's admission, is closed exactly once with the tokens and cost used, however it ends.
        """
        meter = StreamMeter(plan.start, self.clock)
        self._count(plan.decision.model, +1)
        called_at = self.clock()
        try:
            await self._check_capacity(plan)
            first, it = await self._first_chunk(plan)
        except APIError as err:
            self._finish(plan, meter, called_at, err.status, lease)
            raise
        except BaseException as err:
            self._finish(plan, meter, called_at, 499 if isinstance(err, asyncio.CancelledError) else 500, lease)
            raise

        if not plan.stream:
            meter.on_response(first)
            mirror_reasoning(first, "message")
            self._finish(plan, meter, called_at, 200, lease)
            return Result(headers=plan.headers, body=first)

        def abandoned() -> None:  # called when the response ends; the stream's own cleanup may not have run
            if not plan.finished:  # the client left before the stream started: release all it held, now
                self._finish(plan, meter, called_at, 499, lease)
                asyncio.ensure_future(_aclose(it))   # and cancel the engine request

        return Result(headers=plan.headers, stream=self._stream(plan, meter, called_at, first, it, lease),
                      close=abandoned)

    async def _stream(
        self, plan: Plan, meter: StreamMeter, called_at: float, first: dict[str, Any],
        it: AsyncIterator[dict[str, Any]], lease: Lease | None = None,
    ) -> AsyncIterator[str]:
        status = 200
        chunk: dict[str, Any] | None = first
        deadline = plan.start + self.config.server.request_timeout_s
        try:
            while chunk is not None:
                meter.on_chunk(chunk)
                usage_only = chunk.get("usage") and not chunk.get("choices")
                if plan.client_wants_usage or not usage_only:   # else: usage the client did not ask for
                    if not plan.client_wants_usage:
                        chunk.pop("usage", None)
                    mirror_reasoning(chunk, "delta")
                    yield sse(chunk)
                try:
                    chunk = await self._next(it, deadline)
                except StopAsyncIteration:
                    chunk = None
        except TimeoutError:
            status = 504
            yield sse(_timeout_error(self.config.server.request_timeout_s).body())
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
            await _aclose(it)  # a generator not run to its end cancels its engine request
            self._finish(plan, meter, called_at, status, lease)
        yield SSE_DONE

    # --- execution helpers -----------------------------------------------------------------------

    async def _check_capacity(self, plan: Plan) -> None:
        """503 + Retry-After when the gateway or the model already has all it can hold (this request
        counted): replicas x max_ongoing_requests plus a queue allowance per model."""
        ov = self.config.admission.overload
        model = plan.decision.model
        if sum(self.in_flight.values()) > ov.max_in_flight:
            raise _overloaded(f"The gateway is at capacity ({ov.max_in_flight} requests in flight).", ov.retry_after_s)
        st = (await self.backend.status()).get(model)
        replicas = st.running_replicas if st is not None else 0
        cap = replicas * self.models[model].serving.autoscaling.max_ongoing_requests + ov.queue_per_model
        if self.in_flight[model] > cap:
            raise _overloaded(f"Model '{model}' is at capacity ({cap} requests in flight or queued).",
                              ov.retry_after_s)

    async def _next(self, it: AsyncIterator[dict[str, Any]], deadline: float) -> dict[str, Any]:
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise TimeoutError
        async with asyncio.timeout(remaining):
            return await it.__anext__()

    async def _first_chunk(self, plan: Plan) -> tuple[dict[str, Any], AsyncIterator[dict[str, Any]]]:
        """The first chunk (or the full response) and the iterator for the rest, with one retry.
        `first_token_timeout_s` bounds streams only: a JSON response's first item is the whole answer."""
        server, ov = self.config.server, self.config.admission.overload
        first_s = server.request_timeout_s
        if plan.stream and ov.first_token_timeout_s:
            first_s = min(ov.first_token_timeout_s, first_s)
        if plan.cold_start:
            first_s = server.cold_start_timeout_s
        retried = False
        while True:
            model = plan.decision.model
            it = self.backend.generate(plan.endpoint, model, plan.engine_body).__aiter__()
            try:
                return await self._next(it, plan.start + first_s), it
            except StopAsyncIteration:
                raise APIError(502, "The model returned no output.", type="server_error", code="empty_response") from None
            except TimeoutError:
                await _aclose(it)
                if plan.cold_start:
                    raise APIError(503, f"Model '{model}' is starting and did not answer within {first_s:g}s. "
                                   "Retry later, or send model 'auto' to be served by a warm model now.",
                                   type="server_error", code="model_starting",
                                   headers={"retry-after": str(max(1, math.ceil(first_s)))}) from None
                raise _timeout_error(first_s, first_token=first_s < server.request_timeout_s) from None
            except Exception as err:
                await _aclose(it)
                if _is_backpressure(err):
                    raise _overloaded(f"Model '{model}' is overloaded; its queue is full.", ov.retry_after_s) from None
                if isinstance(err, BackendError) and (err.status < 500 or retried or not ov.fallback):
                    raise from_engine_error(err.status, err.message) from None
                if retried or not ov.fallback:
                    raise APIError(502, f"The model failed before answering: {type(err).__name__}",
                                   type="server_error", code="engine_error") from None
                retried = True
                await self._retarget(plan)

    async def _retarget(self, plan: Plan) -> None:
        """Before a retry: keep the model if it has other replicas, else the policy's next choice."""
        failed = plan.decision.model
        states = await self.backend.status()
        st = states.get(failed)
        if st is not None and st.running_replicas > 1:
            return
        fallback = await self.planner.fallback_model(plan, states)
        if fallback is None:
            return
        self._count(failed, -1)
        self._count(fallback, +1)
        plan.fall_back(fallback)

    def _count(self, model: str, delta: int) -> None:
        self.in_flight[model] += delta
        self.metrics.set_in_flight(model, self.in_flight[model])

    def _finish(self, plan: Plan, meter: StreamMeter, called_at: float, status: int, lease: Lease | None) -> None:
        if plan.finished:
            return
        plan.finished = True
        cost = self.models[plan.decision.model].catalog.price.cost(meter.prompt_tokens, meter.completion_tokens)
        try:
            self._done(plan, meter, called_at, status, cost)
        finally:
            if lease is not None:
                lease.close(meter.prompt_tokens + meter.completion_tokens, cost)

    def _done(self, plan: Plan, meter: StreamMeter, called_at: float, status: int, cost: float) -> None:
        model = plan.decision.model
        self._count(model, -1)
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
            cost_usd=cost,
            rerouted=plan.decision.rerouted_from is not None,
            fallback=plan.fallback_from is not None,
            stream=plan.stream,
            task=plan.decision.task,
            reason=plan.decision.reason,
        ))


def _overloaded(message: str, retry_after_s: int) -> APIError:
    return APIError(503, message + " Retry shortly.", type="server_error", code="overloaded",
                    headers={"retry-after": str(retry_after_s)})


def _timeout_error(seconds: float, first_token: bool = False) -> APIError:
    what = "first token" if first_token else "answer"
    return APIError(504, f"The model did not produce its {what} within {seconds:g}s.", type="server_error",
                    code="timeout")


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
