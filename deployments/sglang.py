"""`engine: sglang`: a Ray-hosted model served by Ray Serve LLM 2.60's `SGLangServer` in place of
vLLM's `LLMServer`. Untested on hardware: SGLang has no CPU build, so on this project's machines only
what the built application contains is checked (tests/unit/test_sglang.py).

The `LLMConfig` differs from vLLM's in three places: `server_cls` names Ray's SGLang server class
(with the gateway's methods, deployments/sglang_server.py);
engine kwargs are SGLang's `ServerArgs` (`model_path`, `tp_size`, `context_length`,
`reasoning_parser`, `tool_call_parser`), not vLLM's; vLLM-only settings (reasoning config, structured
outputs, auto tool choice) are dropped. Known gaps of Ray 2.60's `SGLangServer.chat`: it renders the
chat template itself and returns the model's text as `content` (no reasoning or tool-call parsing on
that path), and it has no `thinking_token_budget`; the planner says so in `x-route-reason`.
"""

from __future__ import annotations

from typing import Any

SGLANG_SERVER_CLS = "deployments.sglang_server:GatewaySGLangServer"
# vLLM engine settings with no SGLang ServerArgs counterpart (or another name for it).
_VLLM_ONLY = ("reasoning_config", "structured_outputs_config", "enable_auto_tool_choice")
# vLLM names the shared profiles use -> SGLang's names for the same thing.
_RENAMED = {"max_model_len": "context_length", "tensor_parallel_size": "tp_size", "max_num_seqs": "max_running_requests",
            "gpu_memory_utilization": "mem_fraction_static", "enable_expert_parallel": "enable_ep_moe"}


def for_sglang(llm_config: dict[str, Any], own_kwargs: dict[str, Any]) -> dict[str, Any]:
    """A vLLM `llm_config_dict` (deployments/models.py) turned into the SGLang server's: `own_kwargs`
    are the model's `engine_kwargs` from config (vLLM names are translated, SGLang names pass)."""
    vllm_kwargs = llm_config["engine_kwargs"]
    engine: dict[str, Any] = {
        "model_path": llm_config["model_loading_config"]["model_source"],
        "tp_size": vllm_kwargs.get("tensor_parallel_size", 1),
        "reasoning_parser": "qwen3",      # SGLang's parser for Qwen3's <think> blocks
        "tool_call_parser": "qwen25",     # SGLang's parser for Qwen's hermes-style <tool_call> JSON
    }
    for key, value in own_kwargs.items():
        engine[_RENAMED.get(key, key)] = value
    out = {k: v for k, v in llm_config.items() if k != "engine_kwargs"}
    out["engine_kwargs"] = {k: v for k, v in engine.items() if k not in _VLLM_ONLY}
    out["server_cls"] = SGLANG_SERVER_CLS
    return out
