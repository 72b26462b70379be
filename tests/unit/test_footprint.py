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
    assert lean["runtime_env"]["env_vars"][ENGINE_CLS_ENV] == "deployments.engine:InEngineCoreVLLMEngine"
    assert lean["callback_config"] == {"callback_class": "deployments.engine:LocalCheckpoint"}
    assert lean["engine_kwargs"]["kv_cache_memory_bytes"] == 64 * 2**20
    stock = variant_config(config, "stock")
    plain = llm_config_dict(stock, stock.enabled_models()["qwen3-0.6b"], "/ckpt")
    assert ENGINE_CLS_ENV not in plain["runtime_env"]["env_vars"] and "callback_config" not in plain


def test_the_engine_class_and_callback_names_resolve():
    from ray._common.utils import import_attr

    from deployments.engine import InEngineCoreVLLMEngine, LocalCheckpoint
    from deployments.models import IN_ENGINE_CORE_ENGINE, LOCAL_CHECKPOINT_CALLBACK

    assert import_attr(IN_ENGINE_CORE_ENGINE) is InEngineCoreVLLMEngine
    assert import_attr(LOCAL_CHECKPOINT_CALLBACK) is LocalCheckpoint
