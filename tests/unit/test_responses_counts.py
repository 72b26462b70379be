"""`/v1/responses` is counted as what the client got: under its own `endpoint` label, and with the
status the client saw even when turning the chat answer into the Responses format fails after the
model answered (an OpenAI-shaped 500, or a `response.failed` event mid-stream; never a traceback)."""

import json

import httpx
import pytest

from gateway.api import responses, responses_stream
from gateway.api.app import create_app
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.metrics import GatewayMetrics
from gateway.service import Gateway

pytestmark = pytest.mark.asyncio
BODY = {"model": "qwen3-8b", "input": "hi", "max_output_tokens": 8}


@pytest.fixture
def metrics():
    return GatewayMetrics("prometheus", request_log=False)


@pytest.fixture
async def client(metrics):
    gateway = Gateway(load_config(), FakeBackend(list(load_config().enabled_models())), metrics=metrics)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(gateway), raise_app_exceptions=False),
                                 base_url="http://gw") as c:
        yield c


def requests_by(metrics, *keys):
    """{(label values of `keys`): count} of the requests counter."""
    out = {}
    for family in metrics.registry.collect():
        for s in family.samples:
            if s.name == "ray_qwen_gateway_requests_total" and s.value:
                k = tuple(s.labels[x] for x in keys)
                out[k] = out.get(k, 0) + s.value
    return out


def events_of(text):
    return [json.loads(line[6:]) for line in text.splitlines() if line.startswith("data: ")]


def broken(*args, **kwargs):
    raise KeyError("output")


async def test_responses_requests_are_counted_under_their_own_endpoint(client, metrics):
    assert (await client.post("/v1/responses", json=BODY)).status_code == 200
    assert (await client.post("/v1/responses", json={**BODY, "stream": True})).status_code == 200
    assert (await client.post("/v1/chat/completions", json={"model": "qwen3-8b", "max_tokens": 8,
                                                            "messages": [{"role": "user", "content": "hi"}]})).status_code == 200
    assert (await client.post("/v1/responses", json={**BODY, "conversation": "c1"})).status_code == 400
    assert requests_by(metrics, "endpoint", "status_class") == {("responses", "2xx"): 2, ("chat", "2xx"): 1,
                                                                ("responses", "4xx"): 1}


async def test_a_full_answer_that_cannot_be_translated_is_a_counted_openai_500(client, metrics, monkeypatch):
    monkeypatch.setattr(responses, "output_items", broken)
    r = await client.post("/v1/responses", json=BODY)
    assert r.status_code == 500
    err = r.json()["error"]
    assert err["type"] == "server_error" and "Responses format" in err["message"] and "Traceback" not in r.text
    assert requests_by(metrics, "endpoint", "status_class") == {("responses", "5xx"): 1}


@pytest.mark.parametrize("method", ["chunk", "finish"])
async def test_a_stream_that_cannot_be_translated_ends_failed_and_is_counted_500(client, metrics, monkeypatch, method):
    monkeypatch.setattr(responses_stream._EventWriter, method, broken)
    r = await client.post("/v1/responses", json={**BODY, "stream": True})
    events = events_of(r.text)
    assert [e["type"] for e in events[-2:]] == ["error", "response.failed"]
    assert "Responses format" in events[-2]["message"] and events[-2]["code"] == "translation_failed"
    assert requests_by(metrics, "endpoint", "status_class") == {("responses", "5xx"): 1}


async def test_route_refusals_are_not_counted_as_chat(client, metrics):
    r = await client.post("/v1/route", json={"model": "no-such-model", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 404
    assert requests_by(metrics, "endpoint", "status_class") == {("route", "4xx"): 1}
