"""`bench footprint`: process kinds from titles, and the variants it measures."""

import pytest

from bench.footprint import VARIANTS, classify, markdown, variant_config
from deployments.local import ray_init_options
from gateway.config import Runtime, load_config


@pytest.mark.parametrize("title, kind", [
    ("VLLM::Worker_TP0", "vLLM worker"),
    ("VLLM::EngineCore", "vLLM EngineCore"),
    ("ray::ServeReplica:qwen-gateway:LLMServer:model-qwen3-0_6b", "LLMServer replica"),
    ("ray::ServeReplica:qwen-gateway:gateway", "gateway ingress replica"),
    ("ray::ServeReplica:qwen-gateway:tenant-ledger", "tenant ledger replica"),
    ("ray::ServeController", "Serve controller + proxy"),
    ("ray::ProxyActor", "Serve controller + proxy"),
    ("ray::IDLE", "idle Ray worker"),
    ("/venv/lib/python3.11/site-packages/ray/core/src/ray/raylet/raylet --raylet_socket_name=x", "raylet"),
    ("/venv/lib/python3.11/site-packages/ray/core/src/ray/gcs/gcs_server --log_dir=x", "gcs_server"),
    ("/venv/bin/python -u /venv/lib/python3.11/site-packages/ray/dashboard/agent.py --node-ip-address=x", "dashboard agent"),
    ("/venv/bin/python /venv/lib/python3.11/site-packages/ray/_private/runtime_env/agent/main.py", "runtime env agent"),
    ("ray::DashboardAgent", "dashboard agent"),
    ("ray::RuntimeEnvAgent", "runtime env agent"),
    ("/usr/bin/sleep 5", "other"),
])
def test_process_kinds(title, kind):
    assert classify(title) == kind


def test_each_stock_variant_adds_exactly_one_cut_of_the_profile():
    config = load_config(profile="local")
    stock = variant_config(config, "stock").active_profile
    assert stock.runtime == Runtime()
    assert stock.env["VLLM_CPU_KVCACHE_SPACE"] == "1"
    assert all("kv_cache_memory_bytes" not in m.engine_kwargs and "enforce_eager" not in m.engine_kwargs
               for m in stock.models.values())
    one = {v: variant_config(config, v).active_profile for v in VARIANTS if v.startswith("stock+")}
    assert one["stock+in-engine-core"].runtime.engine_executor == config.active_profile.runtime.engine_executor
    assert one["stock+in-engine-core"].env == stock.env
    assert one["stock+ray-idle-workers"].runtime.ray_idle_workers == config.active_profile.runtime.ray_idle_workers
    assert "VLLM_CPU_KVCACHE_SPACE" not in one["stock+kv-cache"].env
    assert one["stock+kv-cache"].runtime == Runtime(kv_cache_bytes=config.active_profile.runtime.kv_cache_bytes)
    assert variant_config(config, "configured") is config
    assert all(variant_config(config, v) for v in VARIANTS)   # every variant is a valid config
    spawned = variant_config(config, "configured-fork-start").active_profile
    assert spawned.runtime == config.active_profile.runtime.model_copy(update={"engine_start": "spawn"})
    assert spawned.env == config.active_profile.env and spawned.models == config.active_profile.models
    with pytest.raises(ValueError, match="unknown variant 'lean'; known: stock"):
        variant_config(config, "lean")


def test_ray_options_only_where_the_profile_departs_from_rays_defaults():
    assert ray_init_options(Runtime()) == {}
    assert ray_init_options(Runtime(ray_idle_workers=0)) == {
        "_system_config": {"prestart_worker_first_driver": False, "num_workers_soft_limit": 0}}


def test_markdown_table_has_a_column_per_variant_and_a_total():
    rows = [{"variant": "stock", "total_pss_mb": 3000.0, "ready_s": 80.0,
             "kinds": {"vLLM worker": {"count": 3, "pss_mb": 2000.0}, "raylet": {"count": 1, "pss_mb": 1000.0}}},
            {"variant": "configured", "total_pss_mb": 1000.0, "ready_s": 40.0,
             "kinds": {"raylet": {"count": 1, "pss_mb": 1000.0}}},
            {"variant": "stock+kv-cache", "error": "not ready"}]
    table = markdown(rows).splitlines()
    assert table[0] == "| process kind | stock | configured |"
    assert "| vLLM worker | 2000 (3) | - |" in table
    assert "| **total PSS (MB)** | **3000** | **1000** |" in table


def test_runtime_choices_reach_the_llm_config():
    from deployments.models import ENGINE_CLS_ENV, llm_config_dict

    config = load_config(profile="local")
    lean = llm_config_dict(config, config.enabled_models()["qwen3-0.6b"], "/ckpt")
    assert lean["runtime_env"]["env_vars"][ENGINE_CLS_ENV] == "deployments.engine:ForkedEngineCoreVLLMEngine"
    assert lean["callback_config"] == {"callback_class": "deployments.engine:LocalCheckpoint"}
    assert lean["engine_kwargs"]["kv_cache_memory_bytes"] == 64 * 2**20
    stock = variant_config(config, "stock")
    plain = llm_config_dict(stock, stock.enabled_models()["qwen3-0.6b"], "/ckpt")
    assert ENGINE_CLS_ENV not in plain["runtime_env"]["env_vars"] and "callback_config" not in plain
    assert plain["server_cls"] == "deployments.engine:GatewayLLMServer"   # Ray's telemetry on; the gateway's methods
    spawned = variant_config(config, "configured-fork-start")
    in_core = llm_config_dict(spawned, spawned.enabled_models()["qwen3-0.6b"], "/ckpt")
    assert in_core["runtime_env"]["env_vars"][ENGINE_CLS_ENV] == "deployments.engine:InEngineCoreVLLMEngine"
    assert lean["server_cls"] == "deployments.engine:NoTelemetryLLMServer"


def test_the_engine_class_and_callback_names_resolve():
    from ray._common.utils import import_attr

    from deployments.engine import ForkedEngineCoreVLLMEngine, InEngineCoreVLLMEngine, LocalCheckpoint
    from deployments.models import FORKED_ENGINE_CORE_ENGINE, IN_ENGINE_CORE_ENGINE, LOCAL_CHECKPOINT_CALLBACK

    assert import_attr(IN_ENGINE_CORE_ENGINE) is InEngineCoreVLLMEngine
    assert import_attr(FORKED_ENGINE_CORE_ENGINE) is ForkedEngineCoreVLLMEngine
    from ray.llm._internal.serve.core.server.llm_server import LLMServer

    from deployments.engine import GatewayLLMServer, NoTelemetryLLMServer
    from deployments.models import GATEWAY_SERVER, NO_TELEMETRY_SERVER

    assert import_attr(NO_TELEMETRY_SERVER) is NoTelemetryLLMServer and issubclass(NoTelemetryLLMServer, LLMServer)
    assert import_attr(GATEWAY_SERVER) is GatewayLLMServer and issubclass(NoTelemetryLLMServer, GatewayLLMServer)
    assert import_attr(LOCAL_CHECKPOINT_CALLBACK) is LocalCheckpoint


def test_fork_start_gives_vllms_engine_launcher_a_fork_context_only_while_it_starts():
    import multiprocessing

    import vllm.v1.engine.utils as engine_utils

    from deployments.engine import _fork_engine_core

    before = engine_utils.get_mp_context
    with _fork_engine_core():
        context = engine_utils.get_mp_context()
        assert context.get_start_method() == "fork" and issubclass(context.Process, multiprocessing.context.ForkProcess)
    assert engine_utils.get_mp_context is before
    with pytest.raises(RuntimeError, match="engine failed"), _fork_engine_core():
        raise RuntimeError("engine failed")
    assert engine_utils.get_mp_context is before


def test_fork_start_refuses_an_engine_on_an_accelerator():
    from types import SimpleNamespace

    from deployments.engine import ForkedEngineCoreVLLMEngine

    cuda = SimpleNamespace(device_config=SimpleNamespace(device_type="cuda"))
    with pytest.raises(ValueError, match="engine_start: fork is for CPU engines; this one runs on 'cuda'"):
        ForkedEngineCoreVLLMEngine._start_async_llm_engine(None, None, cuda, None)


def test_the_forked_engine_core_carries_vllms_process_title():
    from deployments.engine import _EngineCoreForkContext

    context = _EngineCoreForkContext()
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_send_own_title, args=(writer,), name="EngineCore")
    child.start()
    title = reader.recv()
    child.join(timeout=30)
    assert child.exitcode == 0 and title.startswith("VLLM::EngineCore")


def _send_own_title(writer) -> None:
    with open("/proc/self/cmdline", "rb") as f:
        writer.send(f.read().split(b"\0")[0].decode())


def test_a_server_without_telemetry_keeps_the_deployment_name(leaves_no_ray):
    """The model deployment is named `LLMServer:model-...` whatever the server class (Serve names it
    after the class otherwise), so the gateway's handles, readiness and benchmarks find it."""
    from ray.serve.llm import LLMConfig

    from deployments.engine import NoTelemetryLLMServer
    from deployments.models import build_model_deployments, for_ray, llm_config_dict

    config = load_config(profile="local")
    apps = build_model_deployments(config, {name: "/ckpt" for name in config.enabled_models()})
    deployment = apps["qwen3-0.6b"]._bound_deployment
    assert deployment.name == "LLMServer:model-qwen3-0_6b"
    assert issubclass(deployment.func_or_class, NoTelemetryLLMServer)
    llm = LLMConfig(**for_ray(llm_config_dict(config, config.enabled_models()["qwen3-0.6b"], "/ckpt")))
    assert llm.server_cls is NoTelemetryLLMServer
