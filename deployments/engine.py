"""The vLLM engine each model replica hosts, with the executor the profile chose.

Ray Serve LLM sets vLLM's `distributed_executor_backend` to "mp" on CPU and rejects any other value
in `engine_kwargs`; with one device that costs a worker process beside each EngineCore that only
runs the model for it (about 1 GB of PSS per engine on the local stand-ins, mostly torch loaded a
second time). `InEngineCoreVLLMEngine` switches the built config to vLLM's uniprocess executor just
before the engine starts, so the model runs in the EngineCore process. `runtime.engine_executor`
picks it; the LLMConfig's runtime env names it to Ray Serve LLM (deployments/models.py).

Ray Serve LLM is used through its extension points (`engine_cls`, `callback_config`); both classes
live in `ray.llm._internal`, so tests/integration start them for real on each upgrade.
"""

from __future__ import annotations

from ray.llm._internal.common.callbacks.base import CallbackBase
from ray.llm._internal.serve.engines.vllm.vllm_engine import VLLMEngine


class InEngineCoreVLLMEngine(VLLMEngine):
    def _start_async_llm_engine(self, vllm_engine_args, vllm_engine_config, placement_group):
        parallel = vllm_engine_config.parallel_config
        if parallel.world_size != 1:
            raise ValueError(f"runtime.engine_executor: in_engine_core needs a single-device engine; this one "
                             f"spans {parallel.world_size} devices (use worker_process)")
        parallel.distributed_executor_backend = "uni"
        return super()._start_async_llm_engine(vllm_engine_args, vllm_engine_config, placement_group)


class LocalCheckpoint(CallbackBase):
    """For a checkpoint that is a directory on this machine (generated stand-ins): skip Ray Serve
    LLM's node initialization, a Ray task per replica that "downloads" the model. For a local path
    it downloads nothing, but each task starts a fresh Ray worker (the model's runtime env differs
    from the default one) that imports torch and transformers on the cores the engines are starting
    on, and stays behind as an idle worker of a few hundred MB."""

    async def on_before_node_init(self) -> None:
        self.ctx.run_init_node = False

