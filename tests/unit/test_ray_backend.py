"""The Ray backend against stand-ins for Serve's handles and status: what it makes of Serve's
backpressure, its state snapshot, and the mapping from Serve's status to model states. (The real
handles are exercised in tests/integration.)"""

import asyncio
import time

import pytest

from gateway.api.protocol import ChatRequest
from gateway.backend import BackendError, ModelStatus



def chat(**extra):
    return ChatRequest.model_validate({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 8, **extra})


async def test_ray_backend_reports_serve_backpressure_as_overloaded():
    """The backend contract, not the gateway, knows Ray: Serve's BackPressureError becomes a 503."""
    from ray.serve.exceptions import BackPressureError

    from deployments.ray_backend import RayBackend

    class FullQueueHandle:
        deployment_name = "LLMServer:model-qwen3-0_6b"

        def options(self, **_):
            return self

        @property
        def chat_body(self):
            return self

        def remote(self, body):
            assert isinstance(body, dict)   # plain data crosses the handle, never a pydantic object
            return self.response

    class Response:  # a DeploymentResponseGenerator refused by the handle's bounded queue
        cancelled = False

        def __aiter__(self):
            return self

        async def __anext__(self):
            raise BackPressureError(num_queued_requests=64, max_queued_requests=64)

        def cancel(self):
            self.cancelled = True

    handle = FullQueueHandle()
    handle.response = Response()
    backend = RayBackend({"qwen3-0.6b": handle}, "qwen-gateway")
    with pytest.raises(BackendError) as err:
        async for _ in backend.generate("chat", "qwen3-0.6b", chat(model="qwen3-0.6b")):
            pass
    assert err.value.status == 503 and err.value.type == "overloaded"
    assert handle.response.cancelled


async def test_ray_backend_status_refreshes_in_the_background():
    """Under traffic, calls get the last snapshot at once while one refresh runs behind them; only a
    snapshot seconds old (the first call, a lone probe) is refreshed before it is returned."""
    from deployments.ray_backend import STATUS_TTL_S, RayBackend

    class Handle:
        deployment_name = "LLMServer:model-qwen3-0_6b"

        def options(self, **_):
            return self

    backend = RayBackend({"qwen3-0.6b": Handle()}, "qwen-gateway")
    reads = []

    def slow_read():
        time.sleep(0.2)
        reads.append(1)
        return {"qwen3-0.6b": ModelStatus("qwen3-0.6b", "running", len(reads))}

    backend._read_status = slow_read
    assert (await backend.status())["qwen3-0.6b"].running_replicas == 1
    backend._status_at -= STATUS_TTL_S + 0.1               # the snapshot goes stale
    t0 = time.monotonic()
    stale = await asyncio.gather(*(backend.status() for _ in range(5)))
    assert time.monotonic() - t0 < 0.1 and all(s["qwen3-0.6b"].running_replicas == 1 for s in stale)
    await asyncio.sleep(0.4)
    assert (await backend.status())["qwen3-0.6b"].running_replicas == 2 and len(reads) == 2  # one refresh
    backend._status_at -= 5                                   # seconds since anyone asked: wait for a fresh one
    assert (await backend.status())["qwen3-0.6b"].running_replicas == 3


def test_ray_backend_reads_model_states_from_serve_status(monkeypatch):
    """Serve's deployment statuses (enum keys, as Ray 2.60 reports them) become the gateway's states."""
    import enum
    from types import SimpleNamespace

    from ray import serve

    from deployments.ray_backend import RayBackend

    class Replica(enum.Enum):
        RUNNING = "RUNNING"
        STARTING = "STARTING"

    class Dep(enum.Enum):
        HEALTHY = "HEALTHY"
        UPSCALING = "UPSCALING"
        UNHEALTHY = "UNHEALTHY"

    def dep(status, **replicas):
        return SimpleNamespace(status=status, message="", replica_states={Replica[k]: v for k, v in replicas.items()})

    class Handle:
        def __init__(self, name):
            self.deployment_name = name

        def options(self, **_):
            return self

    models = {m: Handle("d-" + m) for m in ("up", "half", "cold", "waking", "sick", "gone")}
    deployments = {"d-up": dep(Dep.HEALTHY, RUNNING=2), "d-half": dep(Dep.UPSCALING, RUNNING=1, STARTING=1),
                   "d-cold": dep(Dep.HEALTHY), "d-waking": dep(Dep.UPSCALING, STARTING=1),
                   "d-sick": dep(Dep.UNHEALTHY, RUNNING=1)}
    status = SimpleNamespace(applications={"qwen-gateway": SimpleNamespace(deployments=deployments)})
    monkeypatch.setattr(serve, "status", lambda: status)
    got = {m: (s.state, s.running_replicas, s.replicas) for m, s in RayBackend(models, "qwen-gateway")._read_status().items()}
    assert got == {"up": ("running", 2, 2), "half": ("running", 1, 2), "cold": ("scaled_to_zero", 0, 0),
                   "waking": ("starting", 0, 1), "sick": ("unhealthy", 1, 1), "gone": ("missing", 0, 0)}
