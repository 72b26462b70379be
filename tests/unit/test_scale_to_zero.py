"""Scale to zero: who waits for a cold model, for how long, and what everyone else gets."""

import asyncio

import httpx
import pytest

from gateway.api.app import create_app
from gateway.backend import ModelStatus
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway

pytestmark = pytest.mark.asyncio


class SlowStart(FakeBackend):
    """A model that takes `start_s` before its first token, as one scaled to zero does."""

    def __init__(self, *a, slow: str, start_s: float, **kw):
        super().__init__(*a, **kw)
        self.slow, self.start_s = slow, start_s

    async def generate(self, endpoint, model, body):
        if model == self.slow:
            await asyncio.sleep(self.start_s)
        async for chunk in super().generate(endpoint, model, body):
            yield chunk


def make(start_s: float, timeout_s: float):
    cfg = load_config()
    cfg = cfg.model_copy(update={"server": cfg.server.model_copy(update={"cold_start_timeout_s": timeout_s})})
    backend = SlowStart(list(cfg.enabled_models()), slow="qwen3-30b-a3b", start_s=start_s)
    backend.states["qwen3-30b-a3b"] = ModelStatus("qwen3-30b-a3b", "scaled_to_zero", 0)
    gw = Gateway(cfg, backend)
    return gw, backend, httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(gw)), base_url="http://gw")


BODY = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}


async def test_pinned_cold_model_waits_then_answers():
    gw, backend, client = make(start_s=0.2, timeout_s=5)
    async with client:
        r = await client.post("/v1/chat/completions", json={**BODY, "model": "qwen3-30b-a3b"})
    assert r.status_code == 200 and r.headers["x-route-model"] == "qwen3-30b-a3b"


async def test_pinned_cold_model_past_the_timeout_is_503_with_retry_after():
    gw, backend, client = make(start_s=2, timeout_s=0.2)
    async with client:
        r = await client.post("/v1/chat/completions", json={**BODY, "model": "qwen3-30b-a3b", "stream": True})
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "model_starting" and int(r.headers["retry-after"]) > 0
    assert gw.in_flight["qwen3-30b-a3b"] == 0


async def test_stream_abandoned_before_it_starts_is_released():
    gw, backend, client = make(start_s=0, timeout_s=5)
    from gateway.api.protocol import ChatRequest
    from gateway.context import RequestContext

    ctx = RequestContext(request_id="t", start=gw.clock(), endpoint="chat")
    plan = await gw.planner.plan(ctx, ChatRequest.model_validate({**BODY, "model": "qwen3-0.6b", "stream": True}))
    result = await gw.execute(ctx, plan)
    assert gw.in_flight["qwen3-0.6b"] == 1
    result.close()  # what the HTTP layer does when the client left before the first byte
    result.close()
    assert gw.in_flight["qwen3-0.6b"] == 0
    await client.aclose()
