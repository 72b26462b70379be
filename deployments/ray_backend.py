"""The model backend over Ray Serve LLM deployments (the `ModelBackend` contract).

Requests go to each model's server (`LLMServer` with the gateway's methods, deployments/replica_api.py)
through a streaming Serve handle, as plain-data bodies (dicts); its replies come back as plain data (SSE strings
while streaming, dicts otherwise). Nothing of vLLM's crosses the handle, so this replica never
imports torch or vLLM: requests are validated at the edge on the gateway's light wire types, and on
vLLM's own in the model replica, whose refusals come back as OpenAI-shaped 400s. Model state for readiness
and routing comes from `serve.status()`, refreshed in the background at most once a second, so
it never sits on the hot path.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any, AsyncIterator

import orjson
from ray.serve.exceptions import BackPressureError

from gateway.api.protocol import WireTypes
from gateway.backend import BackendError, Endpoint, ModelStatus

STATUS_TTL_S = 1.0        # older: one background refresh starts
STATUS_MAX_AGE_S = 2.0    # older still (sparse traffic, e.g. a readiness probe): wait for the refresh
log = logging.getLogger("qwen_gateway.backend")
# endpoint -> the model replica's method that takes a plain-data body (deployments/replica_api.py)
ENGINE_METHODS: dict[str, str] = {"chat": "chat_body", "completions": "completions_body"}


def _raise_if_error(obj: dict[str, Any]) -> dict[str, Any]:
    """vLLM reports errors as an `{"error": {...}}` object in place of a response or chunk."""
    if "error" in obj and "choices" not in obj:
        err = obj["error"] if isinstance(obj["error"], dict) else {"message": str(obj["error"])}
        code = err.get("code")
        raise BackendError(code if isinstance(code, int) else 500, err.get("message", "engine error"), err.get("type"),
                           err.get("param"))
    return obj


def _parse_sse(text: str) -> list[dict[str, Any]]:
    out = []
    for line in text.split("\n"):
        if not line.startswith("data: "):
            continue
        payload = line[6:].strip()
        if payload != "[DONE]":
            out.append(_raise_if_error(orjson.loads(payload)))
    return out


def engine_body(request: Any) -> dict[str, Any]:
    """The planned request as the model replica gets it: the fields set (by the client or the
    planner) as plain data; the rest take vLLM's defaults there, as if never sent. Python's dump, not
    JSON's: JSON's turns a client's Infinity or NaN (which the gateway's parser accepts) into null,
    and vLLM would then take `"seed": Infinity` as no seed instead of refusing it."""
    return request.model_dump(exclude_unset=True) if hasattr(request, "model_dump") else dict(request)


class RayBackend:
    wire_types = WireTypes()   # the gateway's light types at the edge; vLLM's run in the model replica

    def __init__(self, handles: dict[str, Any], app_name: str) -> None:
        self._handles = {name: h.options(stream=True) for name, h in handles.items()}
        self._plain = dict(handles)
        self._wakes: set[asyncio.Task] = set()
        self._deployments = {name: h.deployment_name for name, h in handles.items()}
        self._app_name = app_name
        self._status: dict[str, ModelStatus] = {}
        self._status_at = 0.0
        self._refresh: asyncio.Task | None = None

    async def generate(self, endpoint: Endpoint, model: str, request: Any) -> AsyncIterator[dict[str, Any]]:
        stream = getattr(self._handles[model], ENGINE_METHODS[endpoint]).remote(engine_body(request))
        finished = False
        try:
            async for item in stream:
                for part in item if isinstance(item, list) else (item,):
                    if isinstance(part, str):
                        for obj in _parse_sse(part):
                            yield obj
                    else:  # a full response, or an error response, as a dict
                        yield _raise_if_error(part)
            finished = True
        except BackPressureError as err:
            raise BackendError(503, f"model queue is full: {err}", "overloaded") from None
        finally:
            if not finished:
                # Closed early (client gone, timeout, error): abort the engine request. Dropping the
                # handle's generator alone leaves the replica generating to max_tokens. A request
                # Serve refused (backpressure) re-raises its refusal on cancel: it is already answered.
                with contextlib.suppress(Exception):
                    stream.cancel()

    async def wake(self, model: str) -> None:
        """A cheap call queued at the model's handle: Serve's autoscaler starts a replica for it."""
        task = asyncio.create_task(self._ping(model))
        self._wakes.add(task)
        task.add_done_callback(self._wakes.discard)

    async def _ping(self, model: str) -> None:
        try:
            await self._plain[model].ping.remote()
        except Exception:  # best effort: a failed wake-up only means the model stays cold
            pass

    async def status(self) -> dict[str, ModelStatus]:
        """The last snapshot. Older than STATUS_TTL_S, one background refresh starts and requests go
        on with the snapshot they have; so under traffic nobody waits for Serve. Only a snapshot older
        than STATUS_MAX_AGE_S (the first call, or calls seconds apart) is not served: they wait."""
        age = time.monotonic() - self._status_at
        if age > STATUS_TTL_S and (self._refresh is None or self._refresh.done()):
            self._refresh = asyncio.create_task(self._refresh_status())
        if age > STATUS_MAX_AGE_S and self._refresh is not None:
            await asyncio.shield(self._refresh)
        return self._status

    async def _refresh_status(self) -> None:
        try:
            self._status = await asyncio.to_thread(self._read_status)
            self._status_at = time.monotonic()
        except Exception:  # the controller busy or restarting: keep the last snapshot, try again later
            log.warning("could not read the models' state from Serve; keeping the last one", exc_info=True)

    def _read_status(self) -> dict[str, ModelStatus]:
        from ray import serve

        app = serve.status().applications.get(self._app_name)
        deployments = app.deployments if app else {}
        out = {}
        for model, dep_name in self._deployments.items():
            dep = deployments.get(dep_name)
            if dep is None:
                out[model] = ModelStatus(model, "missing", 0, message="deployment not found")
                continue
            replicas = replica_states(dep)
            running = replicas.get("RUNNING", 0)
            status = str(getattr(dep.status, "value", dep.status))
            if status == "UNHEALTHY":
                state = "unhealthy"
            elif running > 0:
                state = "running"
            elif sum(replicas.values()) == 0 and status in ("HEALTHY", "DOWNSCALING"):
                state = "scaled_to_zero"
            else:
                state = "starting"
            out[model] = ModelStatus(model, state, running, sum(replicas.values()), dep.message or "")
        return out


def replica_states(dep: Any) -> dict[str, int]:
    """A Serve deployment status's replica counts by state name ("RUNNING", "STARTING", ...)."""
    return {str(getattr(k, "value", k)): v for k, v in ((dep.replica_states or {}) if dep else {}).items()}
