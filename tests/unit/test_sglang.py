"""`engine: sglang`: what the built application contains. SGLang itself cannot run here (no GPU, no
CPU build), so this checks the Serve application Ray Serve LLM builds, not a running engine."""

import pytest

from deployments.models import build_model_deployments, llm_config_dict
from deployments.sglang import SGLANG_SERVER_CLS
from gateway.config import ConfigError, load_config, parse_config

MODEL = "qwen3-32b"


def _production(**serving):
    raw = load_config(profile="production").model_dump(mode="json")
    raw["profiles"]["production"]["models"][MODEL].update(engine="sglang", **serving)
    return parse_config(raw)


def test_the_llm_config_names_ray_s_sglang_server_and_sglang_engine_args():
    cfg = _production(engine_kwargs={"max_model_len": 16384, "mem_fraction_static": 0.85})
    c = llm_config_dict(cfg, cfg.enabled_models()[MODEL], "Qwen/Qwen3-32B")
    assert c["server_cls"] == SGLANG_SERVER_CLS
    kw = c["engine_kwargs"]
    assert kw["model_path"] == "Qwen/Qwen3-32B" and kw["tp_size"] == 2          # gpus_per_replica: 2
    assert kw["reasoning_parser"] == "qwen3" and kw["tool_call_parser"] == "qwen25"
    assert kw["context_length"] == 16384 and kw["mem_fraction_static"] == 0.85
    assert not {"max_model_len", "reasoning_config", "structured_outputs_config", "enable_auto_tool_choice",
                "tensor_parallel_size"} & set(kw)
    others = {n: llm_config_dict(cfg, m, "x") for n, m in cfg.enabled_models().items() if n != MODEL}
    assert all(o["server_cls"] != SGLANG_SERVER_CLS and "reasoning_config" in o["engine_kwargs"] for o in others.values())


def test_the_built_application_deploys_the_sglang_server_class_on_the_model_gpus(leaves_no_ray):
    from ray.llm._internal.serve.engines.sglang import SGLangServer

    cfg = _production()
    apps = build_model_deployments(cfg, {})
    deployment = apps[MODEL]._bound_deployment
    assert issubclass(deployment.func_or_class, SGLangServer)
    assert callable(deployment.func_or_class.chat_body)   # the gateway's methods (deployments/replica_api.py)
    assert deployment._replica_config.placement_group_bundles[0]["GPU"] == 2   # tp_size 2: both GPUs in one bundle
    vllm = apps["qwen3-8b"]._bound_deployment
    assert not issubclass(vllm.func_or_class, SGLangServer)


def test_sglang_without_gpus_is_refused_at_start_up():
    raw = load_config(profile="local").model_dump(mode="json")
    raw["profiles"]["local"]["models"]["qwen3-0.6b"]["engine"] = "sglang"
    with pytest.raises(ConfigError, match="engine: sglang needs GPUs"):
        parse_config(raw)


def test_a_budget_on_an_sglang_model_is_said_not_enforced():
    import asyncio

    from gateway.api.protocol import ChatRequest
    from gateway.context import RequestContext
    from gateway.fake_backend import FakeBackend
    from gateway.service import Gateway

    cfg = _production()
    gw = Gateway(cfg, FakeBackend(list(cfg.enabled_models())))
    req = ChatRequest.model_validate({"model": MODEL, "messages": [{"role": "user", "content": "hi"}],
                                      "thinking_token_budget": 128})
    plan = asyncio.run(gw.planner.plan(RequestContext(request_id="t", start=0.0, endpoint="chat"), req))
    assert plan.headers["x-route-reason"].startswith(f"budget 128 not enforced by {MODEL}")
