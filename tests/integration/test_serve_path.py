"""The real Serve path without vLLM: `RayBackend` against the gateway's `LLMServer` (Ray Serve LLM's,
with the methods the gateway calls: deployments/replica_api.py) running a mock engine
(tests/integration/mock_engine.py), as Serve LLM's own tests do. SSE parsing, the non-streamed
response, cancellation and backpressure meet Serve's real handle, router and response types, which
the unit tests' hand-made handle fakes only imitate. About 40 s: one local Ray, one replica.

It starts its own Ray, which cannot live beside the session's live app (one `ray.init` per process):
the `own_ray` marker makes conftest run these tests first, and the module fixture shuts Ray down
before any other module's test runs. Run alone: `pytest tests/integration/test_serve_path.py`.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from gateway.backend import BackendError

pytestmark = pytest.mark.own_ray

APP = "serve-path-test"
MODEL = "mock-qwen"
DELAY_S = 0.02          # per chunk: slow enough to cancel and to queue behind, fast enough for a suite
CHAT = {"model": MODEL, "messages": [{"role": "user", "content": "What is 17*23?"}]}


@pytest.fixture(scope="module")
def serve_path(tmp_path_factory):
    """One LLMServer replica with the mock engine: one request at a time, one more queued."""
    ray = pytest.importorskip("ray")
    if ray.is_initialized():
        pytest.fail("Ray is already running in this process: own_ray tests must run before the live app "
                    "(tests/integration/conftest.py orders them)")
    from ray import serve
    from ray.serve.llm import LLMConfig, build_llm_deployment

    from deployments.local import shutdown_ray
    from deployments.models import GATEWAY_SERVER
    from deployments.ray_backend import RayBackend

    from .mock_engine import MockEngine

    events = tmp_path_factory.mktemp("serve-path") / "engine-events.jsonl"
    config = LLMConfig(
        model_loading_config={"model_id": MODEL},
        server_cls=GATEWAY_SERVER,   # as deployments/models.py sets it for every vLLM model
        experimental_configs={"mock_engine": {"delay_s": DELAY_S, "events": str(events)},
                              "stream_batching_interval_ms": 0},   # as deployments/models.py sets it
        placement_group_config={"bundles": [{"CPU": 1}]},
        deployment_config={"max_ongoing_requests": 1, "max_queued_requests": 1, "ray_actor_options": {"num_cpus": 0}},
    )
    ray.init(num_cpus=4, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    try:
        serve.start(proxy_location="Disabled")   # handles only: no HTTP port to collide with
        handle = serve.run(build_llm_deployment(config, bind_kwargs={"engine_cls": MockEngine}),
                           name=APP, route_prefix=None)
        yield RayBackend({MODEL: handle}, APP), events
    finally:
        shutdown_ray()


def engine_events(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


async def wait_for_event(path, event: str, known: int, timeout_s: float = 10) -> dict:
    """The first `event` recorded after the first `known` lines."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        new = [e for e in engine_events(path)[known:] if e["event"] == event]
        if new:
            return new[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"the engine recorded no {event!r} within {timeout_s}s: {engine_events(path)[known:]}")


def generate(backend, endpoint: str, body: dict):
    """`backend.generate` on a body. A backend that declares its wire types (the request-path rewrite,
    issue #13) takes a request validated on them, as the gateway's edge validates it; before that it
    took the body itself. Drop the dict branch once both have met."""
    wire = getattr(backend, "wire_types", None)
    return backend.generate(endpoint, MODEL, wire.parse(endpoint, body) if wire else body)


async def collect(backend, endpoint: str, body: dict) -> list[dict]:
    return await asyncio.wait_for(_collect(backend, endpoint, body), 30)


async def _collect(backend, endpoint: str, body: dict) -> list[dict]:
    return [obj async for obj in generate(backend, endpoint, body)]


async def test_streamed_chat_arrives_in_order_with_usage(serve_path):
    backend, _ = serve_path
    chunks = await collect(backend, "chat", {**CHAT, "stream": True, "max_tokens": 5,
                                             "stream_options": {"include_usage": True}})
    content = [c["choices"][0]["delta"]["content"] for c in chunks if c["choices"]]
    assert content == [f"t{i} " for i in range(5)]
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 5
    assert chunks[-2]["choices"][0]["finish_reason"] == "length"
    assert len({c["id"] for c in chunks}) == 1


async def test_non_streamed_chat_and_completion_are_parsed(serve_path):
    backend, _ = serve_path
    [chat] = await collect(backend, "chat", {**CHAT, "max_tokens": 3})
    assert chat["object"] == "chat.completion"
    assert chat["choices"][0]["message"]["content"] == "t0 t1 t2 "
    assert chat["usage"]["completion_tokens"] == 3 and chat["usage"]["prompt_tokens"] > 0
    [text] = await collect(backend, "completions", {"model": MODEL, "prompt": "17*23=", "max_tokens": 2})
    assert text["choices"][0]["text"] == "t0 t1 "
    streamed = await collect(backend, "completions", {"model": MODEL, "prompt": "17*23=", "max_tokens": 2, "stream": True})
    assert [c["choices"][0]["text"] for c in streamed] == ["t0 ", "t1 "]


async def test_engine_errors_become_backend_errors_before_and_during_a_stream(serve_path):
    backend, _ = serve_path
    with pytest.raises(BackendError) as err:      # vLLM's ErrorResponse object, through Serve
        await collect(backend, "chat", {**CHAT, "max_tokens": 4, "user": "mock-error:0"})
    assert (err.value.status, err.value.message) == (500, "mock engine failure")
    seen = []
    with pytest.raises(BackendError) as err:      # a `data: {"error": ...}` event after two chunks
        async for chunk in generate(backend, "chat", {**CHAT, "stream": True, "max_tokens": 4, "user": "mock-error:2"}):
            seen.append(chunk["choices"][0]["delta"]["content"])
    assert seen == ["t0 ", "t1 "] and err.value.status == 500


async def test_invalid_body_is_a_400_before_serve(serve_path):
    backend, _ = serve_path
    with pytest.raises(Exception) as err:   # BackendError, or the edge's APIError with wire types
        await collect(backend, "chat", {"model": MODEL, "messages": "not a list"})
    assert getattr(err.value, "status", None) == 400


@pytest.mark.parametrize("extra,param", [
    ({"tools": [{"type": "function", "function": {"name": "add"}}],
      "tool_choice": {"type": "function", "function": {"name": "sub"}}}, "tool_choice"),
    ({"response_format": {"type": "json_schema"}}, "response_format"),
    ({"seed": "seven"}, "seed"),
])
async def test_what_vllm_refuses_in_the_replica_is_a_400_naming_the_field(serve_path, extra, param):
    """The edge validates on the gateway's light types; vLLM's validators run in the model replica,
    whose refusal comes back through Serve as a 400 with the field, never as a 5xx."""
    backend, _ = serve_path
    body = {**CHAT, "max_tokens": 2, **extra}
    backend.wire_types.parse("chat", body)   # passes the edge
    with pytest.raises(BackendError) as err:
        await collect(backend, "chat", body)
    assert err.value.status == 400 and err.value.param == param, (err.value.message, err.value.param)


async def test_closing_the_stream_early_cancels_the_engine_request(serve_path):
    backend, events = serve_path
    known = len(engine_events(events))
    stream = generate(backend, "chat", {**CHAT, "stream": True, "max_tokens": 500})
    first = await asyncio.wait_for(anext(stream), 30)
    assert first["choices"][0]["delta"]["content"] == "t0 "
    await stream.aclose()        # what the gateway does when its client goes away
    cancelled = await wait_for_event(events, "cancelled", known)
    assert cancelled["model"] == MODEL
    assert not [e for e in engine_events(events)[known:] if e["event"] == "finished"]  # 500 x 20 ms never ran out


# Found by this test: Serve's refusal (BackPressureError) used to be re-raised by the cancel in
# RayBackend.generate's `finally`, so callers got Serve's exception instead of BackendError 503.
async def test_a_full_queue_is_a_503_overloaded(serve_path):
    backend, events = serve_path
    known = len(engine_events(events))
    body = {**CHAT, "stream": True, "max_tokens": 500}
    running = generate(backend, "chat", body)
    await asyncio.wait_for(anext(running), 30)                # holds the replica's only slot
    queued = generate(backend, "chat", body)
    waiting = asyncio.create_task(anext(queued))              # waits in the handle's queue (max 1)
    await asyncio.sleep(0.5)
    assert not waiting.done()
    with pytest.raises(BackendError) as err:
        await collect(backend, "chat", {**CHAT, "max_tokens": 1})
    assert (err.value.status, err.value.type) == (503, "overloaded")
    await running.aclose()                                    # frees the slot: the queued one runs
    assert (await asyncio.wait_for(waiting, 30))["choices"][0]["delta"]["content"] == "t0 "
    await queued.aclose()
    await wait_for_event(events, "cancelled", known)
