"""What every engine is started with, for structured outputs and forced tool calls, and that Ray
Serve LLM and vLLM's own server (the reference in tests/integration/test_agents.py) get the same."""

import json

from deployments.models import ENGINE_ENV, for_ray, llm_config_dict
from bench.stacks import VLLMStack
from gateway.config import load_config


def _configs():
    cfg = load_config(profile="local")
    return cfg, {name: llm_config_dict(cfg, m, "/ckpt") for name, m in cfg.enabled_models().items()}


def test_every_engine_decodes_forced_tool_calls_under_the_schema_and_compact_json():
    _, configs = _configs()
    for cfg in configs.values():
        assert cfg["runtime_env"]["env_vars"]["VLLM_ENFORCE_STRICT_TOOL_CALLING"] == "0"
        assert cfg["engine_kwargs"]["structured_outputs_config"] == {"backend": "xgrammar",
                                                                     "disable_any_whitespace": True}
        assert cfg["engine_kwargs"]["tool_call_parser"] == "hermes" and cfg["engine_kwargs"]["enable_auto_tool_choice"]


def test_the_config_section_becomes_the_object_vllms_engine_args_need():
    from vllm.config import StructuredOutputsConfig
    from vllm.engine.arg_utils import AsyncEngineArgs

    _, configs = _configs()
    engine = for_ray(next(iter(configs.values())))["engine_kwargs"]
    assert isinstance(engine["structured_outputs_config"], StructuredOutputsConfig)
    args = AsyncEngineArgs(model="/ckpt", reasoning_parser="qwen3",
                           structured_outputs_config=engine["structured_outputs_config"])
    so = args.create_structured_outputs_config()   # fails on a plain dict
    assert so.disable_any_whitespace and so.reasoning_parser == "qwen3"


def test_vllms_own_server_gets_the_same_settings_as_flags_and_env():
    cfg, _ = _configs()
    stack = VLLMStack(cfg, "qwen3-0.6b", "/ckpt")
    cmd = stack.command()
    so = json.loads(cmd[cmd.index("--structured-outputs-config") + 1])
    assert so == {"backend": "xgrammar", "disable_any_whitespace": True}
    assert all(stack.env[k] == v for k, v in ENGINE_ENV.items())


def test_the_forced_budget_end_stops_at_the_end_of_thinking():
    cfg, configs = _configs()
    for c in configs.values():
        end = c["engine_kwargs"]["reasoning_config"]["reasoning_end_str"]
        assert end.endswith("</think>") and cfg.thinking.budget_end_text.startswith(end)


def test_a_generated_checkpoint_names_its_own_chat_template_and_a_hub_model_does_not():
    _, configs = _configs()
    for c in configs.values():   # the local profile: generated checkpoints
        assert c["engine_kwargs"]["chat_template"] == "/ckpt/chat_template.jinja"
    prod = load_config(profile="production")
    for m in prod.enabled_models().values():
        if m.external is None:
            assert "chat_template" not in llm_config_dict(prod, m, m.catalog.model_id)["engine_kwargs"]


def test_a_chat_template_in_the_models_engine_kwargs_wins():
    cfg = load_config(profile="local")
    name, m = next(iter(cfg.enabled_models().items()))
    mine = m.model_copy(update={"serving": m.serving.model_copy(
        update={"engine_kwargs": {**m.serving.engine_kwargs, "chat_template": "/mine.jinja"}})})
    assert llm_config_dict(cfg, mine, "/ckpt")["engine_kwargs"]["chat_template"] == "/mine.jinja"
