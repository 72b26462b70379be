"""Tool choice and structured outputs reach the engine as the client sent them and come back as the
engine answers them, for pinned and `auto` requests, streamed or not (over the fake backend, which
answers a forced tool_choice as vLLM does)."""

import json

import httpx
import pytest

from gateway.api.app import create_app
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway

pytestmark = pytest.mark.asyncio
ADD = {"type": "function", "function": {"name": "add", "parameters": {
    "type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}}}
SCHEMA = {"type": "json_schema", "json_schema": {"name": "n", "schema": {"type": "object"}}}
CONTROLS = [
    {"tools": [ADD], "tool_choice": {"type": "function", "function": {"name": "add"}}, "parallel_tool_calls": False},
    {"tools": [ADD], "tool_choice": "required"},
    {"tools": [ADD], "tool_choice": "none"},
    {"tools": [ADD], "tool_choice": "auto", "parallel_tool_calls": True},
    {"response_format": SCHEMA},
    {"response_format": {"type": "json_object"}},
]



def _body(model, stream, controls):
    return {"model": model, "stream": stream, "max_tokens": 8, "messages": [{"role": "user", "content": "add 1"}],
            "chat_template_kwargs": {"enable_thinking": False}, **json.loads(json.dumps(controls))}


@pytest.mark.parametrize("controls", CONTROLS)
@pytest.mark.parametrize("model", ["qwen3-8b", "auto"])
@pytest.mark.parametrize("stream", [False, True])
async def test_the_controls_reach_the_engine_unchanged(client, backend, controls, model, stream):
    r = await client.post("/v1/chat/completions", json=_body(model, stream, controls))
    assert r.status_code == 200, r.text
    sent = backend.calls[-1][2]
    assert {k: sent.get(k) for k in controls} == controls


@pytest.mark.parametrize("choice", [{"type": "function", "function": {"name": "add"}}, "required"])
@pytest.mark.parametrize("model", ["qwen3-8b", "auto"])
async def test_a_forced_call_comes_back_as_tool_calls_streamed_or_not(client, choice, model):
    controls = {"tools": [ADD], "tool_choice": choice}
    full = (await client.post("/v1/chat/completions", json=_body(model, False, controls))).json()
    calls = full["choices"][0]["message"]["tool_calls"]
    assert [c["function"]["name"] for c in calls] == ["add"]
    r = await client.post("/v1/chat/completions", json=_body(model, True, controls))
    events = [json.loads(line[6:]) for line in r.text.splitlines() if line.startswith("data: {")]
    deltas = [tc for e in events for c in e["choices"] for tc in c["delta"].get("tool_calls") or ()]
    assert deltas[0]["function"]["name"] == "add"
    assert json.loads("".join(d["function"].get("arguments") or "" for d in deltas)) == \
        json.loads(calls[0]["function"]["arguments"])


def _without_tools_on(model: str):
    from gateway.config import parse_config

    raw = load_config().model_dump(mode="json")
    raw["profiles"][raw["profile"]]["models"][model]["engine_kwargs"]["enable_auto_tool_choice"] = False
    return parse_config(raw)


async def _route(config, body):
    backend = FakeBackend(list(config.enabled_models()))
    app = create_app(Gateway(config, backend))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        return await c.post("/v1/chat/completions", json=body)


@pytest.mark.parametrize("stream", [False, True])
async def test_auto_never_routes_tools_to_a_model_whose_engine_has_no_tool_parser(stream):
    with_tools = _body("auto", stream, {"tools": [ADD]})
    usual = (await _route(load_config(), with_tools)).headers["x-route-model"]
    config = _without_tools_on(usual)
    r = await _route(config, with_tools)
    assert r.status_code == 200 and r.headers["x-route-model"] != usual
    # Without a tool call to make, the parser does not matter: routed as with the parser on.
    none = {"tools": [ADD], "tool_choice": "none"}
    no_tools = await _route(config, _body("auto", stream, none))
    with_parser = await _route(load_config(), _body("auto", stream, none))
    assert no_tools.headers["x-route-model"] == with_parser.headers["x-route-model"]
    pinned_none = await _route(config, _body(usual, stream, none))
    assert pinned_none.status_code == 200     # and the model without the parser still serves it
    pinned = await _route(config, _body(usual, stream, {"tools": [ADD]}))
    assert pinned.status_code == 400 and pinned.json()["error"]["param"] == "tools"
