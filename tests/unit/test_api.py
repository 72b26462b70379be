"""The OpenAI surface in-process over the fake backend: shapes, thinking controls, errors."""

import asyncio
import json

import httpx
import pytest

from gateway.api.app import create_app
from gateway.backend import BackendError, ModelStatus
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway

pytestmark = pytest.mark.asyncio


@pytest.fixture
def config():
    return load_config()


@pytest.fixture
def backend(config):
    return FakeBackend(list(config.enabled_models()))


@pytest.fixture
async def client(config, backend):
    app = create_app(Gateway(config, backend))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c


def chat(content="hi", **extra):
    return {"messages": [{"role": "user", "content": content}], "max_tokens": 8, **extra}


def sse_events(text):
    events = [line[6:] for line in text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    return [json.loads(e) for e in events[:-1]]


async def test_models_lists_enabled_models_and_auto(client, config):
    r = await client.get("/v1/models")
    assert r.status_code == 200
    ids = [m["id"] for m in r.json()["data"]]
    assert ids == ["auto", *config.enabled_models()]
    assert (await client.get("/v1/models/qwen3-8b")).json()["max_model_len"] == 4096
    assert (await client.get("/v1/models/nope")).status_code == 404


async def test_pinned_model_goes_to_that_model_with_thinking_on_by_default(client, backend):
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-8b"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert r.headers["x-route-model"] == "qwen3-8b" and r.headers["x-route-policy"] == "pinned"
    _, model, sent = backend.calls[-1]
    assert model == "qwen3-8b" and sent["chat_template_kwargs"]["enable_thinking"] is True
    # Qwen's recommended thinking-mode sampling, since the client set none
    assert (sent["temperature"], sent["top_p"], sent["top_k"]) == (0.6, 0.95, 20)
    msg = body["choices"][0]["message"]
    assert msg["reasoning"] and msg["reasoning_content"] == msg["reasoning"]
    assert body["usage"]["completion_tokens_details"]["reasoning_tokens"] == 4


async def test_auto_and_missing_model_are_routed(client, backend):
    for extra in ({"model": "auto"}, {}):
        r = await client.post("/v1/chat/completions", json=chat(**extra))
        assert r.status_code == 200
        assert r.headers["x-route-model"] in backend.models
        assert r.headers["x-route-policy"] != "pinned"
        for h in ("x-route-thinking-budget", "x-route-score", "x-route-reason", "x-request-id"):
            assert h in r.headers


async def test_thinking_controls_reach_the_engine(client, backend):
    await client.post("/v1/chat/completions", json=chat("x /no_think", model="qwen3-0.6b"))
    sent = backend.calls[-1][2]
    assert sent["chat_template_kwargs"]["enable_thinking"] is False
    assert (sent["temperature"], sent["top_p"]) == (0.7, 0.8)  # non-thinking sampling
    await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b", reasoning_effort="medium"))
    sent = backend.calls[-1][2]
    assert sent["thinking_token_budget"] == 4096 and "reasoning_effort" not in sent
    await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b", thinking_token_budget=3, temperature=0.1))
    sent = backend.calls[-1][2]
    assert sent["thinking_token_budget"] == 3 and sent["temperature"] == 0.1 and "top_p" not in sent
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b", thinking_token_budget=3))
    assert r.json()["usage"]["completion_tokens_details"]["reasoning_tokens"] == 3
    assert r.headers["x-route-thinking-budget"] == "3"


async def test_stream_mirrors_reasoning_and_usage_only_when_asked(client):
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b", stream=True))
    events = sse_events(r.text)
    assert all("usage" not in e for e in events)
    deltas = [e["choices"][0]["delta"] for e in events]
    assert any("reasoning" in d and d["reasoning_content"] == d["reasoning"] for d in deltas)
    r = await client.post("/v1/chat/completions",
                          json=chat(model="qwen3-0.6b", stream=True, stream_options={"include_usage": True}))
    events = sse_events(r.text)
    usage = events[-1]["usage"]
    tokens = sum(1 for e in events for c in e["choices"] if c["delta"].get("content") or c["delta"].get("reasoning"))
    assert usage["completion_tokens"] == tokens == 8


async def test_completions(client, backend):
    r = await client.post("/v1/completions", json={"model": "qwen3-0.6b", "prompt": "Once", "max_tokens": 5})
    assert r.status_code == 200 and r.json()["object"] == "text_completion"
    assert "chat_template_kwargs" not in backend.calls[-1][2]
    r = await client.post("/v1/completions", json={"prompt": ["a", "b"], "max_tokens": 2, "stream": True})
    assert r.status_code == 200 and sse_events(r.text)


async def test_request_id_round_trips(client):
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b"), headers={"x-request-id": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b"), headers={"x-request-id": "bad id with spaces"})
    assert r.headers["x-request-id"] != "bad id with spaces" and len(r.headers["x-request-id"]) == 32


def assert_openai_error(r, status, param=None):
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["message"]
    if param:
        assert err["param"] == param
    return err


@pytest.mark.parametrize("payload, param", [
    (b"{not json", None),
    (b"\xff\xfe{}", None),
    (b"[1, 2]", None),
    (json.dumps({"messages": []}).encode(), "messages"),
    (json.dumps({"messages": [{"role": "wizard", "content": "x"}]}).encode(), "messages.0.role"),
    (json.dumps({"messages": [{"role": "user", "content": ""}]}).encode(), "messages.0"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "max_tokens": -1}).encode(), "max_tokens"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "max_tokens": "lots"}).encode(), "max_tokens"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "thinking_token_budget": -5}).encode(),
     "thinking_token_budget"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "temperature": 9}).encode(), "temperature"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function",
     "function": {"name": "bad name!"}}]}).encode(), "tools.0.function.name"),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "max_tokens": 100000, "model": "qwen3-0.6b"}).encode(),
     "max_tokens"),
    # prompt + template + max_tokens just over the 4096-token context
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "max_tokens": 4090, "model": "qwen3-0.6b"}).encode(),
     "max_tokens"),
])
async def test_bad_bodies_are_400_in_openai_shape(client, payload, param):
    r = await client.post("/v1/chat/completions", content=payload, headers={"content-type": "application/json"})
    assert_openai_error(r, 400, param)


async def test_prompt_longer_than_context_is_400(client):
    r = await client.post("/v1/chat/completions", json=chat("word " * 5000, model="qwen3-0.6b"))
    err = assert_openai_error(r, 400, "messages")
    assert err["code"] == "context_length_exceeded"


async def test_unknown_model_is_404_listing_the_names(client):
    r = await client.post("/v1/chat/completions", json=chat(model="gpt-5"))
    err = assert_openai_error(r, 404, "model")
    assert "qwen3-0.6b" in err["message"] and "auto" in err["message"]


async def test_huge_body_is_413(config, backend):
    small = config.model_copy(update={"server": config.server.model_copy(update={"max_body_bytes": 1000})})
    app = create_app(Gateway(small, backend))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        r = await c.post("/v1/chat/completions", json=chat("x" * 5000))
    assert_openai_error(r, 413)


async def test_engine_errors_map_to_openai_errors(client, backend):
    backend.fail_next = BackendError(400, "This model's maximum context length is 4096 tokens.")
    assert_openai_error(await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b")), 400)
    # A 5xx before the first token is retried once elsewhere (tests/unit/test_faults.py: when all fail, 5xx).
    backend.fail_next = BackendError(500, "engine died")
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-0.6b"))
    assert r.status_code == 200 and r.headers["x-route-fallback-from"] == "qwen3-0.6b"


async def test_readiness_follows_model_states(client, backend):
    assert (await client.get("/health")).status_code == 200
    assert (await client.get("/health/ready")).status_code == 200
    backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "starting", 0, replicas=1)
    r = await client.get("/health/ready")
    assert r.status_code == 503
    assert r.json()["models"]["qwen3-8b"] == {"state": "starting", "running_replicas": 0, "replicas": 1, "message": ""}
    backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "scaled_to_zero", 0)
    assert (await client.get("/health/ready")).status_code == 200


async def test_route_endpoint_matches_response_headers(client):
    body = chat("Prove that there are infinitely many primes.")
    decision = (await client.post("/v1/route", json=body)).json()
    r = await client.post("/v1/chat/completions", json=body)
    assert r.headers["x-route-model"] == decision["model"]
    assert r.headers["x-route-policy"] == decision["policy"]


async def test_pinned_model_that_cannot_serve_is_rerouted_and_says_so(client, backend):
    backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "unhealthy", 0)
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-8b"))
    assert r.status_code == 200
    assert r.headers["x-route-rerouted-from"] == "qwen3-8b"
    assert r.headers["x-route-model"] != "qwen3-8b" and "pinned qwen3-8b is unhealthy" in r.headers["x-route-reason"]
    # a model that is only starting keeps the request: the client pinned it and waits
    backend.states["qwen3-8b"] = ModelStatus("qwen3-8b", "starting", 0)
    r = await client.post("/v1/chat/completions", json=chat(model="qwen3-8b"))
    assert r.headers["x-route-model"] == "qwen3-8b" and "x-route-rerouted-from" not in r.headers


async def test_auto_avoids_a_cold_model_and_only_a_request_wakes_it(client, backend):
    body = chat("Janet has 3 apples and buys 17 more each day for 2 weeks, then gives away a third. How many are left?")
    first = (await client.post("/v1/route", json=body)).json()["model"]
    backend.states[first] = ModelStatus(first, "scaled_to_zero", 0)
    d = (await client.post("/v1/route", json=body)).json()
    assert d["model"] != first and d["rerouted_from"] == first
    assert backend.woken == []   # asking for a decision starts nothing
    for _ in range(2):
        r = await client.post("/v1/chat/completions", json=body)
        assert r.headers["x-route-rerouted-from"] == first
    await asyncio.sleep(0)
    assert backend.woken == [first]  # the cold model is started in the background, once


async def test_route_mode_from_header_and_body(client):
    body = chat("hi there")
    eco = (await client.post("/v1/route", json={**body, "route_mode": "economy"})).json()
    qual = (await client.post("/v1/route", json=body, headers={"x-route-mode": "quality"})).json()
    assert "economy" in eco["reason"] and "quality" in qual["reason"]
    bad = await client.post("/v1/route", json=body, headers={"x-route-mode": "cheapest"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "x-route-mode"
