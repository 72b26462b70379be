"""The serving core end to end: real Ray Serve, real vLLM CPU engines, the official openai client."""

import asyncio

import httpx
import openai
import pytest

from gateway.config import QWEN3_BUDGET_END_TEXT
from gateway.tokens import count_tokens

MSG = [{"role": "user", "content": "Say something."}]
FORCED = QWEN3_BUDGET_END_TEXT.split("</think>")[0]


def test_models_lists_every_enabled_model_and_auto(client, app_config):
    ids = [m.id for m in client.models.list().data]
    assert ids == ["auto", *app_config.enabled_models()]


@pytest.mark.parametrize("model", ["qwen3-0.6b", "qwen3-8b", "qwen3-30b-a3b"])
def test_each_model_pinned(client, model):
    r = client.chat.completions.with_raw_response.create(model=model, messages=MSG, max_tokens=8)
    resp = r.parse()
    assert resp.model == model and r.headers["x-route-model"] == model
    assert resp.usage.completion_tokens == 8


def test_auto_routes_to_an_enabled_model(client, app_config):
    r = client.chat.completions.with_raw_response.create(model="auto", messages=MSG, max_tokens=4)
    assert r.parse().model == r.headers["x-route-model"] in app_config.enabled_models()
    assert r.headers["x-route-policy"] != "pinned"


def test_thinking_on_and_off(client):
    on = client.chat.completions.create(model="qwen3-0.6b", messages=MSG, max_tokens=12,
                                        extra_body={"chat_template_kwargs": {"enable_thinking": True}})
    msg = on.choices[0].message
    assert msg.reasoning and msg.reasoning_content == msg.reasoning
    assert on.usage.completion_tokens_details.reasoning_tokens > 0
    off = client.chat.completions.create(model="qwen3-0.6b", messages=MSG, max_tokens=12,
                                         extra_body={"chat_template_kwargs": {"enable_thinking": False}})
    assert not off.choices[0].message.reasoning and off.choices[0].message.content
    assert off.usage.completion_tokens_details.reasoning_tokens == 0
    soft = client.chat.completions.create(model="qwen3-0.6b", max_tokens=12,
                                          messages=[{"role": "user", "content": "Say something. /no_think"}])
    assert not soft.choices[0].message.reasoning
    assert soft.usage.completion_tokens_details.reasoning_tokens == 0


def test_budget_of_16_caps_reasoning_then_forces_the_end_then_answers(client):
    stream = client.chat.completions.create(
        model="qwen3-8b", messages=MSG, max_tokens=60, stream=True, stream_options={"include_usage": True},
        extra_body={"thinking_token_budget": 16, "chat_template_kwargs": {"enable_thinking": True}},
    )
    reasoning, content, usage = "", "", None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for c in chunk.choices:
            reasoning += getattr(c.delta, "reasoning", None) or ""
            content += c.delta.content or ""
    assert reasoning.endswith(FORCED), reasoning[-200:]
    own = usage.completion_tokens_details.reasoning_tokens - count_tokens(FORCED)
    assert 0 < own <= 16
    assert content.strip(), "no answer after the forced end of thinking"
    assert usage.completion_tokens == 60


def test_stream_usage_matches_the_chunks(client):
    stream = client.chat.completions.create(
        model="qwen3-0.6b", messages=MSG, max_tokens=24, stream=True, stream_options={"include_usage": True},
        extra_body={"return_token_ids": True},
    )
    tokens, usage, last = 0, None, None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for c in chunk.choices:
            tokens += len(getattr(c, "token_ids", None) or [])
            last = c.finish_reason or last
    assert usage is not None and last == "length"
    assert tokens == usage.completion_tokens == 24
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_completions_endpoint(client):
    r = client.completions.create(model="qwen3-0.6b", prompt="Once upon a time", max_tokens=6)
    assert r.choices[0].text and r.usage.completion_tokens == 6


def test_unknown_model_is_404(client):
    with pytest.raises(openai.NotFoundError) as err:
        client.chat.completions.create(model="qwen3-9000b", messages=MSG)
    assert "qwen3-0.6b" in err.value.body["message"]


@pytest.mark.parametrize("body", [
    {"model": "qwen3-0.6b", "messages": []},
    {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "x"}], "max_tokens": "many"},
    {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "word " * 6000}]},
    {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "x"}], "max_tokens": 4090},
    {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "x"}], "logprobs": True, "top_logprobs": 999},
])
def test_bad_bodies_are_400(base_url, body):
    r = httpx.post(base_url + "/chat/completions", json=body, timeout=60)
    assert r.status_code == 400, r.text
    assert set(r.json()["error"]) == {"message", "type", "param", "code"}


def test_invalid_json_is_400(base_url):
    r = httpx.post(base_url + "/chat/completions", content=b"{oops", headers={"content-type": "application/json"})
    assert r.status_code == 400 and "not valid JSON" in r.json()["error"]["message"]


def test_request_id_is_returned(base_url):
    r = httpx.post(base_url + "/chat/completions", headers={"x-request-id": "trace-42"}, timeout=60,
                   json={"model": "qwen3-0.6b", "messages": MSG, "max_tokens": 2})
    assert r.headers.get_list("x-request-id") == ["trace-42"]


async def test_async_streaming_and_two_models_concurrently(aclient):
    async def run(model):
        stream = await aclient.chat.completions.create(model=model, messages=MSG, max_tokens=32, stream=True,
                                                       stream_options={"include_usage": True})
        usage, text = None, ""
        async for chunk in stream:
            usage = chunk.usage or usage
            for c in chunk.choices:
                text += (c.delta.content or "") + (getattr(c.delta, "reasoning", None) or "")
        return model, usage.completion_tokens, text

    results = await asyncio.gather(*(run(m) for m in ["qwen3-0.6b", "qwen3-8b"] * 3))
    assert sorted({m for m, _, _ in results}) == ["qwen3-0.6b", "qwen3-8b"]
    assert all(n == 32 and text for _, n, text in results)


async def test_async_non_streaming(aclient):
    r = await aclient.chat.completions.create(model="qwen3-30b-a3b", messages=MSG, max_tokens=5)
    assert r.usage.completion_tokens == 5


WEATHER_TOOL = {"type": "function", "function": {
    "name": "get_weather", "description": "Current weather of a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def test_tools_pass_through_to_the_model_and_history_round_trips(client):
    # Random weights will not call the tool; what is tested is that tools, tool_choice and a tool-call
    # history reach vLLM's Qwen3 template and hermes tool parser and come back as a valid answer.
    r = client.chat.completions.create(model="qwen3-0.6b", messages=[{"role": "user", "content": "Weather in Oslo?"}],
                                       tools=[WEATHER_TOOL], tool_choice="auto", max_tokens=8)
    assert r.choices[0].finish_reason in ("length", "stop", "tool_calls")
    assert r.usage.prompt_tokens > 60  # the tool schema was rendered into the prompt by the template
    history = [
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
         "function": {"name": "get_weather", "arguments": "{\"city\": \"Oslo\"}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "{\"temp_c\": 4}"},
    ]
    r2 = client.chat.completions.create(model="qwen3-0.6b", messages=history, tools=[WEATHER_TOOL], max_tokens=8)
    assert r2.usage.completion_tokens == 8
