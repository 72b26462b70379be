"""The vLLM engine each model replica hosts, with the executor and start method the profile chose,
and the replica class without Ray Serve LLM's telemetry report.

Ray Serve LLM sets vLLM's `distributed_executor_backend` to "mp" on CPU and rejects any other value
in `engine_kwargs`; with one device that costs a worker process beside each EngineCore that only
runs the model for it (about 1 GB of PSS per engine on the local stand-ins, mostly torch loaded a
second time). `InEngineCoreVLLMEngine` switches the built config to vLLM's uniprocess executor just
before the engine starts, so the model runs in the EngineCore process. `runtime.engine_executor`
picks it; the LLMConfig's runtime env names it to Ray Serve LLM (deployments/models.py).

Ray Serve LLM is used through its extension points (`engine_cls`, `callback_config`, `server_cls`);
the classes live in `ray.llm._internal`, and `ForkedEngineCoreVLLMEngine` replaces vLLM's
`get_mp_context` in `vllm.v1.engine.utils` while the engine starts, so tests/integration start them
for real on each upgrade.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from typing import Iterator

from gateway.names import PLACEMENT_LOG_ENV

from .import_gc import imports_without_gc
from .replica_api import GatewayEndpoints

# In a model replica this is the first import of torch and vLLM (deployments/import_gc.py).
with imports_without_gc():
    from ray.llm._internal.common.callbacks.base import CallbackBase
    from ray.llm._internal.serve.core.server.llm_server import LLMServer
    from ray.llm._internal.serve.engines.vllm.vllm_engine import VLLMEngine


class InEngineCoreVLLMEngine(VLLMEngine):
    def _start_async_llm_engine(self, vllm_engine_args, vllm_engine_config, placement_group):
        parallel = vllm_engine_config.parallel_config
        if parallel.world_size != 1:
            raise ValueError(f"runtime.engine_executor: in_engine_core needs a single-device engine; this one "
                             f"spans {parallel.world_size} devices (use worker_process)")
        parallel.distributed_executor_backend = "uni"
        return super()._start_async_llm_engine(vllm_engine_args, vllm_engine_config, placement_group)


class ForkedEngineCoreVLLMEngine(InEngineCoreVLLMEngine):
    """`runtime.engine_start: fork`: the EngineCore is forked from this replica, which has imported
    torch and vLLM already, instead of spawned (a fresh interpreter that imports them again: ~0.7 GB
    of PSS and ~15-20 s of start on the local stack, BENCHMARKS.md).

    vLLM forces spawn inside any Ray actor (`vllm.utils.system_utils._maybe_force_spawn`): a forked
    child that talks to Ray shares its parent's connection to Ray and hangs or corrupts it (vLLM PR
    #14705; Ray's "don't fork in tasks or actors" anti-pattern, ray PR #50705). An EngineCore with the
    uniprocess executor on a CPU never talks to Ray: it loads the model, runs it and speaks zmq to
    this replica. It inherits the replica's open Ray sockets but never uses them, and leaves through
    `os._exit` (multiprocessing's fork), so no Ray exit hook runs twice. GNU OpenMP, torch's CPU
    thread pool, breaks in a child forked after its parent ran a parallel region; the replica runs no
    model code, and the EngineCore starts its OpenMP threads itself. So the fork is scoped to the
    EngineCore's start, with the in-engine-core executor only (a forked EngineCore must not start
    workers, which would go through vLLM's Ray checks) and no accelerator: config refuses the rest.
    (`gc.freeze()` before the fork, so that the child's collector leaves the shared pages alone, was
    measured and saved nothing: 5888 MB without it, 5958 MB with it.)"""

    def _start_async_llm_engine(self, vllm_engine_args, vllm_engine_config, placement_group):
        if vllm_engine_config.device_config.device_type != "cpu":
            raise ValueError(f"runtime.engine_start: fork is for CPU engines; this one runs on "
                             f"{vllm_engine_config.device_config.device_type!r} (use spawn)")
        with _fork_engine_core():
            return super()._start_async_llm_engine(vllm_engine_args, vllm_engine_config, placement_group)


class _TitledForkProcess(multiprocessing.context.ForkProcess):
    """A forked process titled as vLLM titles its spawned ones ("VLLM::EngineCore"). vLLM retitles the
    child with the `setproctitle` package, which has no effect on a process Ray titled before the fork
    (the child would keep its replica's title, and `bench footprint` would count it as a replica)."""

    def run(self) -> None:
        from ray._raylet import setproctitle
        from vllm import envs

        setproctitle(f"{envs.VLLM_PROCESS_NAME_PREFIX}::{self.name}")
        super().run()


class _EngineCoreForkContext(multiprocessing.context.ForkContext):
    Process = _TitledForkProcess


@contextlib.contextmanager
def _fork_engine_core() -> Iterator[None]:
    """While it is open, vLLM's EngineCore launcher gets a fork context."""
    import vllm.v1.engine.utils as engine_utils

    spawning = engine_utils.get_mp_context
    engine_utils.get_mp_context = _EngineCoreForkContext
    try:
        yield
    finally:
        engine_utils.get_mp_context = spawning


class LocalCheckpoint(CallbackBase):
    """For a checkpoint that is a directory on this machine (generated stand-ins): skip Ray Serve
    LLM's node initialization, a Ray task per replica that "downloads" the model. For a local path
    it downloads nothing, but each task starts a fresh Ray worker (the model's runtime env differs
    from the default one) that imports torch and transformers on the cores the engines are starting
    on, and stays behind as an idle worker of a few hundred MB."""

    async def on_before_node_init(self) -> None:
        self.ctx.run_init_node = False


def note_placement(request: object, path: str) -> None:
    """Append "<time>\t<Serve replica id>\t<model>\t<end of the last message>" to `path`: which replica
    served a request, for `bench affinity` (bench/affinity_placement.py). Ray Serve's own access log
    on a model replica does not name the request the client sent, so the bench marks its messages."""
    import time

    from ray import serve

    messages = getattr(request, "messages", None) or [{}]
    last = messages[-1]
    content = last.get("content") if isinstance(last, dict) else getattr(last, "content", "")
    tail = content[-80:] if isinstance(content, str) else ""
    replica = serve.get_replica_context().replica_id.unique_id
    line = f"{time.time():.3f}\t{replica}\t{getattr(request, 'model', '')}\t{tail.replace(chr(10), ' ')}\n"
    with open(path, "a") as f:
        f.write(line)


class GatewayLLMServer(GatewayEndpoints, LLMServer):
    """Ray Serve LLM's `LLMServer` with the methods the gateway calls (deployments/replica_api.py):
    every vLLM model deployment the gateway builds runs this class or its subclass below."""


class NoTelemetryLLMServer(GatewayLLMServer):
    """`runtime.ray_llm_telemetry: false`: an LLMServer that starts its engine without pushing Ray Serve
    LLM's usage report. The report goes to a detached `TelemetryAgent` actor that the first replica
    creates: one more Ray worker process (~0.23 GB of PSS on the local stack) for tags that only
    matter where Ray's usage stats are collected. Otherwise this is `LLMServer._start_engine`. Its
    `chat` notes which replica served a request when `bench affinity` asks for it (`note_placement`)."""

    async def chat(self, request, raw_request_info=None):
        # Off unless the bench set the variable before Ray started (replicas inherit its environment).
        path = os.environ.get(PLACEMENT_LOG_ENV)
        if path:
            note_placement(request, path)
        return await super().chat(request, raw_request_info)

    async def _start_engine(self):
        if self.engine is None:
            raise ValueError("Engine is not set")
        await self.engine.start()
