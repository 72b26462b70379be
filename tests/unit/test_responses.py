"""`/v1/responses` in-process over the fake backend, through the real `openai` SDK: the translation
to the chat path, the response objects and the event stream, and the refusals."""

import json

import httpx
import pytest
from openai import AsyncOpenAI, BadRequestError

from gateway.api.responses import to_chat
from gateway.backend import BackendError
from gateway.config import load_config

pytestmark = pytest.mark.asyncio
ADD = {"type": "function", "name": "add", "description": "Add two integers.",
       "parameters": {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                      "required": ["a", "b"]}}


@pytest.fixture
async def sdk(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw/v1") as http:
        yield AsyncOpenAI(base_url="http://gw/v1", api_key="EMPTY", http_client=http, max_retries=0)


async def test_a_string_input_is_one_user_turn_and_comes_back_as_reasoning_and_message(sdk, backend):
    r = await sdk.responses.with_raw_response.create(model="qwen3-8b", input="hi", max_output_tokens=8,
                                                      instructions="Be brief.")
    resp = r.parse()
    assert r.headers["x-route-model"] == "qwen3-8b" and r.headers["x-route-policy"] == "pinned"
    _, model, sent = backend.calls[-1]
    assert sent["messages"] == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]
    assert sent["max_tokens"] == 8 and sent["chat_template_kwargs"] == {"enable_thinking": True}
    assert [o.type for o in resp.output] == ["reasoning", "message"]
    assert resp.output[0].content[0].text == "alpha beta gamma delta "   # the fake's 4 reasoning tokens
    assert resp.output_text == "alpha beta gamma delta "
    assert resp.status == "incomplete" and resp.incomplete_details.reason == "max_output_tokens"
    assert resp.usage.output_tokens == 8 and resp.usage.output_tokens_details.reasoning_tokens == 4
    assert resp.id.startswith("resp_") and resp.store is False


async def test_reasoning_effort_becomes_the_thinking_budget(sdk, backend):
    await sdk.responses.create(model="qwen3-8b", input="hi", max_output_tokens=8, reasoning={"effort": "low"})
    sent = backend.calls[-1][2]
    assert sent["thinking_token_budget"] == load_config().thinking.effort_budgets["low"]
    assert "reasoning_effort" not in sent
    await sdk.responses.create(model="qwen3-8b", input="hi", max_output_tokens=8, reasoning={"effort": "none"})
    assert backend.calls[-1][2]["chat_template_kwargs"] == {"enable_thinking": False}


async def test_auto_is_routed_like_chat(sdk, backend):
    r = await sdk.responses.with_raw_response.create(model="auto", input="hi", max_output_tokens=8)
    assert r.headers["x-route-model"] in backend.models and r.headers["x-route-policy"] != "pinned"
    assert "x-route-reason" in r.headers


async def test_a_forced_function_tool_returns_a_function_call_item(sdk, backend):
    resp = await sdk.responses.create(model="auto", input="add 2 and 3", tools=[ADD],
                                      tool_choice={"type": "function", "name": "add"}, max_output_tokens=8,
                                      reasoning={"effort": "none"})
    sent = backend.calls[-1][2]
    assert sent["tools"] == [{"type": "function", "function": {k: v for k, v in ADD.items() if k != "type"}}]
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "add"}}
    calls = [o for o in resp.output if o.type == "function_call"]
    assert len(calls) == 1 and calls[0].name == "add" and json.loads(calls[0].arguments) == {}
    assert calls[0].call_id and resp.status == "completed"


async def test_history_with_a_function_call_and_its_output_becomes_chat_turns(sdk, backend):
    items = [{"role": "user", "content": [{"type": "input_text", "text": "add 2 and 3"}]},
             {"type": "function_call", "call_id": "c1", "name": "add", "arguments": '{"a":2,"b":3}'},
             {"type": "function_call_output", "call_id": "c1", "output": "5"}]
    await sdk.responses.create(model="qwen3-0.6b", input=items, tools=[ADD], max_output_tokens=8)
    assert backend.calls[-1][2]["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "add 2 and 3"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "add", "arguments": '{"a":2,"b":3}'}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "5"}]


async def test_json_schema_text_format_becomes_the_response_format(sdk, backend):
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    resp = await sdk.responses.create(model="qwen3-8b", input="a number", max_output_tokens=8,
                                      text={"format": {"type": "json_schema", "name": "num", "schema": schema,
                                                       "strict": True}})
    assert backend.calls[-1][2]["response_format"] == {
        "type": "json_schema", "json_schema": {"name": "num", "schema": schema, "strict": True}}
    assert resp.text.format.type == "json_schema"


async def test_the_stream_has_the_standard_event_sequence(sdk, backend):
    stream = await sdk.responses.create(model="qwen3-8b", input="hi", max_output_tokens=8, stream=True)
    events = [e async for e in stream]
    kinds = [e.type for e in events]
    assert kinds[:3] == ["response.created", "response.in_progress", "response.output_item.added"]
    assert kinds[-1] == "response.incomplete"   # cut by max_output_tokens
    assert [e.sequence_number for e in events] == list(range(1, len(events) + 1))
    reasoning = "".join(e.delta for e in events if e.type == "response.reasoning_text.delta")
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    final = events[-1].response
    assert reasoning == final.output[0].content[0].text and text == final.output_text and text
    assert final.usage.output_tokens == 8 and final.usage.output_tokens_details.reasoning_tokens == 4
    assert kinds.count("response.output_item.added") == kinds.count("response.output_item.done") == 2


async def test_a_streamed_forced_call_streams_its_arguments(sdk, backend):
    stream = await sdk.responses.create(model="qwen3-8b", input="add", tools=[ADD], tool_choice="required",
                                        max_output_tokens=8, stream=True, reasoning={"effort": "none"})
    events = [e async for e in stream]
    done = [e for e in events if e.type == "response.function_call_arguments.done"]
    assert len(done) == 1 and done[0].name == "add" and json.loads(done[0].arguments) == {}
    final = events[-1]
    assert final.type == "response.completed"
    assert [o.type for o in final.response.output] == ["function_call"]


async def test_an_engine_failure_mid_stream_ends_with_response_failed(sdk, backend):
    async def broken(endpoint, model, request):
        yield {"id": "chatcmpl-x", "model": model, "choices": [{"index": 0, "delta": {"content": "hel"}}]}
        raise RuntimeError("replica died")
    backend.generate = broken
    stream = await sdk.responses.create(model="qwen3-8b", input="hi", max_output_tokens=8, stream=True)
    kinds = [e.type async for e in stream]
    assert kinds[-2:] == ["error", "response.failed"]
    assert "response.output_text.done" in kinds   # the open message item was closed first


@pytest.mark.parametrize("body, param", [
    ({"input": "hi", "previous_response_id": "resp_1"}, "previous_response_id"),
    ({"input": "hi", "conversation": "conv_1"}, "conversation"),
    ({}, "input"),
    ({"input": []}, "input"),
    ({"input": [{"type": "web_search_call"}]}, "input.0.type"),
    ({"input": [{"role": "user", "content": [{"type": "input_image", "image_url": "x"}]}]}, "input.0.content.0"),
    ({"input": "hi", "tools": [{"type": "web_search"}]}, "tools.0.type"),
    ({"input": "hi", "tool_choice": "sometimes"}, "tool_choice"),
    ({"input": "hi", "text": {"format": {"type": "grammar"}}}, "text.format.type"),
    ({"input": [{"type": "function_call_output", "output": "5"}]}, "input.0.call_id"),
])
async def test_what_cannot_be_served_is_a_400_naming_the_field(sdk, backend, body, param):
    with pytest.raises(BadRequestError) as err:
        await sdk.responses.create(model="qwen3-8b", **body)
    assert err.value.status_code == 400 and err.value.body["param"] == param
    assert not backend.calls


async def test_engine_refusal_before_the_first_token_is_an_openai_error(sdk, backend):
    backend.fail_next = BackendError(400, "bad schema", "BadRequestError", "response_format")
    with pytest.raises(BadRequestError) as err:
        await sdk.responses.create(model="qwen3-8b", input="x", max_output_tokens=8)
    assert err.value.status_code == 400


async def test_translation_keeps_the_gateway_extensions_and_sampling():
    chat = to_chat({"input": "x", "route_mode": "economy", "temperature": 0.3, "parallel_tool_calls": False,
                    "max_output_tokens": 5, "stream": True})
    assert chat["route_mode"] == "economy" and chat["temperature"] == 0.3 and chat["parallel_tool_calls"] is False
    assert chat["max_tokens"] == 5 and chat["stream_options"] == {"include_usage": True}
