"""The `ModelBackend` over external OpenAI-compatible servers, one pooled httpx client per member.

Every wait is bounded: opening a connection (`connect_timeout_s`), a free connection from the pool
(`max_concurrent` of them) and each read (`timeout_s`: the first token, every next chunk, a whole JSON
answer). A failure is reported the way the gateway maps it (gateway/api/errors.py `engine_error`):
unreachable, a broken stream, a non-JSON answer -> 502; a timeout -> 504; the server refusing the
input -> its 4xx. Failures of the member (not of the input) open its circuit breaker (health.py).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, AsyncIterator, Callable

import httpx
import orjson

from ..backend import BackendError, Endpoint, ModelStatus
from .health import Breaker
from .settings import ExternalServer
from .wire import PATHS, UsageCounter, error_of, normalize, request_body

log = logging.getLogger("qwen_gateway.external")
PROBE_TIMEOUT_S = 5.0
# Answers that mean the input was at fault: passed on to the client, the member stays healthy.
CLIENT_STATUSES = frozenset({400, 413, 422})
HealthHook = Callable[[str, bool, str], None]   # (model, healthy, failure kind or "")


class MemberFailure(BackendError):
    """The member itself failed (not the client's input): `kind` is a metric label."""

    def __init__(self, status: int, message: str, kind: str, type: str | None = None) -> None:
        super().__init__(status, message, type)
        self.kind = kind


class ExternalBackend:
    def __init__(self, members: dict[str, ExternalServer], *, clock: Callable[[], float] = time.monotonic,
                 transport: httpx.AsyncBaseTransport | None = None, on_health: HealthHook | None = None) -> None:
        self.members = dict(members)
        self.on_health = on_health
        self._transport = transport
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._breakers = {n: Breaker(m.backoff_s, m.max_backoff_s, clock) for n, m in members.items()}
        self._probes: set[asyncio.Task] = set()
        self._probed = False

    def _client(self, model: str) -> httpx.AsyncClient:
        client = self._clients.get(model)
        if client is None:
            m = self.members[model]
            key = m.api_key()
            client = httpx.AsyncClient(
                base_url=m.base_url, transport=self._transport,
                headers={"authorization": f"Bearer {key}"} if key else {},
                timeout=httpx.Timeout(m.timeout_s, connect=m.connect_timeout_s),
                limits=httpx.Limits(max_connections=m.max_concurrent, max_keepalive_connections=m.max_concurrent))
            self._clients[model] = client
        return client

    async def generate(self, endpoint: Endpoint, model: str, request: Any) -> AsyncIterator[dict[str, Any]]:
        body = request_body(endpoint, self.members[model], request)
        try:
            if body.get("stream"):
                async for chunk in self._stream(endpoint, model, body):
                    yield chunk
            else:
                yield await self._whole(endpoint, model, body)
        except MemberFailure as err:
            self._failed(model, err.kind, err.message)
            raise
        except httpx.PoolTimeout:   # all max_concurrent connections busy: overload here, not a member failure
            raise BackendError(503, f"{model}: all {self.members[model].max_concurrent} connections are busy",
                               "overloaded") from None
        except httpx.TimeoutException as err:
            self._failed(model, "timeout", repr(err))
            raise MemberFailure(504, f"{model} did not answer within {self.members[model].timeout_s:g}s "
                                     f"({type(err).__name__})", "timeout", "timeout") from None
        except httpx.TransportError as err:
            self._failed(model, "unreachable", repr(err))
            raise MemberFailure(502, f"{model} at {self.members[model].base_url} is unreachable or dropped the "
                                     f"connection ({type(err).__name__})", "unreachable") from None
        self._succeeded(model)

    async def _whole(self, endpoint: Endpoint, model: str, body: dict[str, Any]) -> dict[str, Any]:
        r = await self._client(model).post(PATHS[endpoint], json=body)
        obj = _json(model, r)
        _raise_for(model, r.status_code, obj)
        normalize(obj, "message", model)
        if not obj.get("usage"):
            counter = UsageCounter(endpoint, body)
            counter.add(obj, "message")
            obj["usage"] = counter.counted()
        return obj

    async def _stream(self, endpoint: Endpoint, model: str, body: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        counter = UsageCounter(endpoint, body)
        last: dict[str, Any] = {}
        async with self._client(model).stream("POST", PATHS[endpoint], json=body) as r:
            if "text/event-stream" not in r.headers.get("content-type", "") or r.status_code >= 400:
                await r.aread()
                _raise_for(model, r.status_code, _json(model, r))
                raise MemberFailure(502, f"{model} answered {r.headers.get('content-type') or 'no content type'} "
                                         "instead of an event stream", "non_json")
            done = False
            async for line in r.aiter_lines():
                if not line.startswith("data:"):
                    continue
                payload = line[5:].strip()
                if payload == "[DONE]":
                    done = True
                    break
                obj = _parse(model, payload)
                _raise_for(model, 200, obj)
                counter.add(normalize(obj, "delta", model), "delta")
                last = obj
                yield obj
            if not done:
                raise MemberFailure(502, f"{model} ended its stream without [DONE]", "broken_stream")
        if counter.usage is None or last.get("choices"):
            # The stream ends, as OpenAI's and vLLM's do, with a usage-only chunk: the one the client
            # asked for and the gateway meters. The server sent none (count what it generated), or
            # attached its usage to a chunk with choices (which the gateway strips for the client).
            yield {"id": last.get("id", ""), "object": last.get("object", "chat.completion.chunk"),
                   "created": last.get("created", 0), "model": model, "choices": [],
                   "usage": counter.usage or counter.counted()}

    # --- health --------------------------------------------------------------------------------

    def _failed(self, model: str, kind: str, why: str) -> None:
        if self._breakers[model].failure(f"{kind}: {why}"):
            log.warning("external member %s is unhealthy (%s: %s); routed around for %.0fs", model, kind, why,
                        self._breakers[model].retry_in())
        if self.on_health:
            self.on_health(model, False, kind)

    def _succeeded(self, model: str) -> None:
        if self._breakers[model].success():
            log.warning("external member %s is healthy again", model)
        if self.on_health:
            self.on_health(model, True, "")

    async def status(self) -> dict[str, ModelStatus]:
        """Healthy members are `running` (one always-warm replica); an open breaker is `unhealthy`.
        The first call probes every member, and a member whose back-off has passed is probed, in the
        background: nobody waits on a probe."""
        for name, breaker in self._breakers.items():
            if not self._probed or breaker.due_probe():
                breaker.probing = True
                task = asyncio.create_task(self._probe(name))
                self._probes.add(task)
                task.add_done_callback(self._probes.discard)
        self._probed = True
        return {name: self._state(name) for name in self.members}

    def _state(self, name: str) -> ModelStatus:
        b = self._breakers[name]
        if b.open:
            return ModelStatus(name, "unhealthy", 0, 1, message=f"{b.last_error}; next probe in {b.retry_in():.0f}s")
        return ModelStatus(name, "running", 1, 1, message=f"external: {self.members[name].base_url}")

    async def _probe(self, model: str) -> None:
        """GET /models: a server that lists its models answers requests."""
        try:
            r = await self._client(model).get("/models", timeout=min(PROBE_TIMEOUT_S, self.members[model].timeout_s))
            _raise_for(model, r.status_code, _json(model, r))
            self._succeeded(model)
        except MemberFailure as err:
            self._failed(model, err.kind, err.message)
        except httpx.TimeoutException as err:
            self._failed(model, "timeout", f"probe: {type(err).__name__}")
        except Exception as err:   # a background task: whatever went wrong, the member is not answering
            self._failed(model, "unreachable", f"probe: {type(err).__name__}")
        finally:
            self._breakers[model].probing = False

    async def wake(self, model: str) -> None:
        """External members are always on; nothing to start."""

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()


def _parse(model: str, payload: str | bytes) -> Any:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        raise MemberFailure(502, f"{model} answered with something that is not JSON: {str(payload)[:80]!r}",
                            "non_json") from None


def _json(model: str, r: httpx.Response) -> Any:
    if not r.content:
        raise MemberFailure(502, f"{model} answered HTTP {r.status_code} with an empty body", "non_json")
    return _parse(model, r.content)


def _raise_for(model: str, status: int, obj: Any) -> None:
    """The server's refusal as the gateway reports it: the client's input (4xx passed on), else the
    member failed (502, or 503 overloaded when it says it is rate limited)."""
    err = error_of(obj)
    if status < 400 and err is None:
        if not isinstance(obj, dict):
            raise MemberFailure(502, f"{model} answered JSON that is not an object", "non_json")
        return
    message, etype, param = err or (f"HTTP {status}", None, None)
    if status < 400:   # an error object in place of an answer or chunk: its own code says whose fault
        code = obj["error"].get("code") if isinstance(obj.get("error"), dict) else None
        status = code if isinstance(code, int) else 502
    if status in CLIENT_STATUSES:
        raise BackendError(status, message, etype, param)
    if status == 429:
        raise MemberFailure(503, f"{model} is rate limited: {message}", "rate_limited", "overloaded")
    raise MemberFailure(502, f"{model} answered HTTP {status}: {message}", "bad_status")
