"""Agents and apps through the real client packages, against the gateway and, as the reference,
against vLLM's own server on the same checkpoint with the same engine settings.

Every test that has a `target` runs the same assertions on both: the gateway's answer must have the
engine's shape (fields present, tool calls parsed, JSON valid). The stand-in checkpoints have random
weights, so the assertions are about shape and validity, never about what the text says.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from gateway.config import QWEN3_BUDGET_END_TEXT

MODEL = "qwen3-0.6b"
HERE = Path(__file__).parent
# Bounded integers: the grammar then bounds each number's length too, so a random-weight model's call
# always fits in max_tokens (unbounded, it sometimes wrote 60-digit numbers).
INT = {"type": "integer", "minimum": -1000, "maximum": 1000}
ADD_PARAMS = {"type": "object", "properties": {"a": INT, "b": INT}, "required": ["a", "b"], "additionalProperties": False}
ADD = {"type": "function", "function": {"name": "add", "description": "Add two integers.", "parameters": ADD_PARAMS}}
NUMBER = {"type": "object", "properties": {"n": INT}, "required": ["n"], "additionalProperties": False}
NO_THINK = {"chat_template_kwargs": {"enable_thinking": False}}
THINK = {"chat_template_kwargs": {"enable_thinking": True}, "thinking_token_budget": 8}
FORCED = QWEN3_BUDGET_END_TEXT.split("</think>")[0]


@pytest.fixture(scope="module")
def vllm_url(live_server):
    """vLLM's own OpenAI server (bench/stacks.py) on the gateway's qwen3-0.6b checkpoint."""
    from bench.stacks import VLLMStack
    from gateway.checkpoints import ensure_checkpoints
    from tests.integration.conftest import _free_port

    cfg = live_server.config
    cfg = cfg.model_copy(update={"server": cfg.server.model_copy(update={"port": _free_port()})})
    stack = VLLMStack(cfg, MODEL, str(ensure_checkpoints(cfg)[MODEL]))
    stack.start(log=lambda m: print(m, flush=True), timeout_s=float(os.environ.get("QWEN_GATEWAY_READY_TIMEOUT", 900)))
    try:
        yield stack.base_url + "/v1"
    finally:
        stack.stop()


@pytest.fixture(params=["gateway", "gateway-auto", "vllm"])
def target(request, base_url):
    """(base URL, model name) of the server under test."""
    if request.param == "vllm":
        return request.getfixturevalue("vllm_url"), MODEL
    return base_url, "auto" if request.param == "gateway-auto" else MODEL


def _client(url):
    from openai import OpenAI

    return OpenAI(base_url=url, api_key="EMPTY", timeout=300, max_retries=0)


def _check_add(arguments: str) -> dict:
    args = json.loads(arguments)
    jsonschema.validate(args, ADD_PARAMS)
    return args


# --- chat completions: forced tool calls and structured outputs, streamed or not --------------------

@pytest.mark.parametrize("thinking", [NO_THINK, THINK], ids=["no-think", "think"])
def test_a_named_tool_choice_is_a_tool_call_streamed_or_not(target, thinking):
    url, model = target
    kw = dict(model=model, messages=[{"role": "user", "content": "Add 2 and 3."}], tools=[ADD],
              tool_choice={"type": "function", "function": {"name": "add"}}, max_tokens=160, extra_body=thinking)
    msg = _client(url).chat.completions.create(**kw).choices[0].message
    assert msg.tool_calls and msg.tool_calls[0].function.name == "add"
    _check_add(msg.tool_calls[0].function.arguments)
    assert not msg.content or not msg.content.startswith("<tool_call>")
    name, arguments = None, ""
    for chunk in _client(url).chat.completions.create(stream=True, **kw):
        for c in chunk.choices:
            for tc in c.delta.tool_calls or ():
                name = name or tc.function.name
                arguments += tc.function.arguments or ""
    assert name == "add"
    _check_add(arguments)


def test_response_format_json_schema_is_valid_json_within_a_small_max_tokens(target):
    url, model = target
    r = _client(url).chat.completions.create(
        model=model, messages=[{"role": "user", "content": "A number, please."}], max_tokens=64, extra_body=NO_THINK,
        response_format={"type": "json_schema", "json_schema": {"name": "number", "schema": NUMBER}})
    jsonschema.validate(json.loads(r.choices[0].message.content), NUMBER)
    assert r.choices[0].finish_reason == "stop"


# --- the Responses API ------------------------------------------------------------------------------

def test_responses_with_reasoning_streamed_and_not(target, request):
    """vLLM's own /v1/responses ignores `thinking_token_budget` (its thinking runs to the output limit);
    the gateway applies it, so only the gateway's answer must also hold a message after the reasoning."""
    url, model = target
    gateway = "vllm" not in request.node.callspec.id
    c = _client(url)
    resp = c.responses.create(model=model, input="Plan a trip.", max_output_tokens=48, extra_body=THINK)
    kinds = [o.type for o in resp.output]
    reasoning = "".join(p.text for p in resp.output[0].content or ())
    assert kinds[0] == "reasoning" and reasoning
    assert resp.usage.output_tokens_details.reasoning_tokens > 0 and resp.usage.input_tokens > 0
    if gateway:
        assert "message" in kinds and FORCED in reasoning and resp.output_text.strip()
    events = list(c.responses.create(model=model, input="Plan a trip.", max_output_tokens=48, extra_body=THINK,
                                     stream=True))
    names = [e.type for e in events]
    assert names[0] == "response.created" and names[-1] in ("response.completed", "response.incomplete")
    assert [e.sequence_number for e in events] == sorted(e.sequence_number for e in events)
    final = events[-1].response
    streamed = "".join(e.delta for e in events if e.type == "response.reasoning_text.delta")
    assert streamed and streamed == "".join(p.text for p in final.output[0].content or ())
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert text == final.output_text
    if gateway:
        assert text.strip()


def test_responses_forced_function_tool_and_json_schema(target):
    url, model = target
    c = _client(url)
    tool = {"type": "function", "name": "add", "description": "Add two integers.", "parameters": ADD_PARAMS}
    resp = c.responses.create(model=model, input="Add 2 and 3.", tools=[tool], max_output_tokens=160,
                              tool_choice={"type": "function", "name": "add"}, extra_body=NO_THINK)
    calls = [o for o in resp.output if o.type == "function_call"]
    assert calls and calls[0].name == "add" and calls[0].call_id
    _check_add(calls[0].arguments)
    resp = c.responses.create(model=model, input="A number, please.", max_output_tokens=64, extra_body=NO_THINK,
                              text={"format": {"type": "json_schema", "name": "number", "schema": NUMBER}})
    jsonschema.validate(json.loads(resp.output_text), NUMBER)


def test_responses_previous_response_id_is_a_clear_400(base_url):
    from openai import BadRequestError

    with pytest.raises(BadRequestError) as err:
        _client(base_url).responses.create(model=MODEL, input="hi", previous_response_id="resp_123")
    assert err.value.body["param"] == "previous_response_id"


# --- OpenAI Agents SDK ------------------------------------------------------------------------------

@pytest.mark.parametrize("api", ["responses", "chat_completions"])
def test_openai_agents_runs_a_turn_that_calls_a_tool(base_url, api):
    from agents import (Agent, ModelSettings, OpenAIChatCompletionsModel, OpenAIResponsesModel, Runner,
                        function_tool, set_tracing_disabled)
    from openai import AsyncOpenAI

    set_tracing_disabled(True)   # no network: traces would go to OpenAI
    calls = []

    @function_tool
    def add(a: int, b: int) -> int:
        """Add two integers."""
        calls.append((a, b))
        return a + b

    client = AsyncOpenAI(base_url=base_url, api_key="EMPTY", max_retries=0, timeout=300)
    kind = OpenAIResponsesModel if api == "responses" else OpenAIChatCompletionsModel
    # The tool is forced and its result is the answer: a random-weight model's free text would only
    # run to max_tokens, which the SDK's Responses model reports as an error (response.incomplete).
    agent = Agent(name="calc", instructions="Use the add tool.", tools=[add], tool_use_behavior="stop_on_first_tool",
                  model=kind(model=MODEL, openai_client=client),
                  model_settings=ModelSettings(tool_choice="add", max_tokens=400, extra_body=NO_THINK))
    result = Runner.run_sync(agent, "Add 2 and 3.", max_turns=2)
    assert len(calls) == 1 and all(isinstance(a, int) and isinstance(b, int) for a, b in calls)
    assert result.final_output == str(sum(calls[0]))   # the tool's result is the turn's answer


# --- LangChain --------------------------------------------------------------------------------------

def test_langchain_bind_tools_named_and_with_structured_output(target):
    from langchain_openai import ChatOpenAI
    from pydantic import BaseModel, Field

    url, model = target

    class Number(BaseModel):
        n: int = Field(ge=-1000, le=1000)

    class add(BaseModel):
        """Add two integers."""

        a: int = Field(ge=-1000, le=1000)
        b: int = Field(ge=-1000, le=1000)

    llm = ChatOpenAI(model=model, base_url=url, api_key="EMPTY", max_tokens=160, extra_body=NO_THINK, max_retries=0)
    msg = llm.bind_tools([add], tool_choice="add").invoke("Add 2 and 3.")
    assert msg.tool_calls and msg.tool_calls[0]["name"] == "add"
    add.model_validate(msg.tool_calls[0]["args"])
    out = llm.with_structured_output(Number, method="json_schema").invoke("A number, please.")
    assert isinstance(out, Number)


# --- LiteLLM as a client ----------------------------------------------------------------------------

@pytest.mark.parametrize("prefix", ["openai", "hosted_vllm"])
def test_litellm_gets_usage_and_reasoning_content(target, prefix):
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")   # no network at import
    import litellm

    url, model = target
    r = litellm.completion(model=f"{prefix}/{model}", api_base=url, api_key="EMPTY", max_tokens=40,
                           messages=[{"role": "user", "content": "Plan a trip."}], extra_body=THINK)
    msg = r.choices[0].message
    assert r.usage.prompt_tokens > 0 and r.usage.completion_tokens > 0
    assert msg.reasoning_content and FORCED in msg.reasoning_content
    assert msg.content and FORCED not in msg.content


# --- Qwen-Agent with an MCP server ------------------------------------------------------------------

QWEN_AGENT_PY = Path(sys.executable).parent.parent / "qwen-agent" / "bin" / "python"


# Pinned with thinking and `auto` without: each value of each dimension, at two whole agent runs (minutes).
@pytest.mark.parametrize("model,thinking", [(MODEL, True), ("auto", False)], ids=["pinned-think", "auto-no-think"])
def test_qwen_agent_assistant_with_a_function_tool_and_mcp_tools(base_url, model, thinking):
    """Qwen-Agent runs in its own environment (it speaks the mcp 1.x client API; vLLM pins mcp 2):
    tests/integration/qwen_agent_turn.py runs whole turns and reports what it saw as JSON."""
    if not QWEN_AGENT_PY.exists():
        pytest.fail(f"{QWEN_AGENT_PY} is missing: scripts/install.sh creates it from "
                    "tests/integration/qwen-agent-requirements.txt")
    out = subprocess.run([str(QWEN_AGENT_PY), str(HERE / "qwen_agent_turn.py"), base_url, model, str(thinking)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert {"calc-add", "calc-multiply", "lookup_weather"} <= set(report["tools"])
    assert report["mcp_add"] == "5" and report["function_tool"] == "sunny in Paris"
    assert report["turns"] == 2 and all(report["answers"])   # every turn ended in an assistant answer
    assert report["reasoning"] is thinking
