"""The external backend through the whole gateway path (planning, metrics, errors), against httpx's
MockTransport standing in for the server. The real server runs in tests/integration/test_external.py."""

import asyncio
import json

import httpx
import pytest

from gateway.tokens import count_tokens

from .helpers import EXT, Stack, config_with_members



def sse(*objs, done=True):
    text = "".join(f"data: {json.dumps(o)}\n\n" for o in objs) + ("data: [DONE]\n\n" if done else "")
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=text.encode())


def answer(content="four", reasoning=None, usage=True, tool_calls=None):
    msg = {"role": "assistant", "content": content, "reasoning_content": reasoning}
    if tool_calls:
        msg["tool_calls"] = tool_calls
    out = {"id": "x", "object": "chat.completion", "created": 1, "model": "srv",
           "choices": [{"index": 0, "message": msg, "finish_reason": "stop"}]}
    if usage:
        out["usage"] = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18,
                        "completion_tokens_details": {"reasoning_tokens": 3}}
    return out


def chunk(**delta):
    return {"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "srv",
            "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}


class Server:
    """Records what it was sent; answers with `reply(request)`."""

    def __init__(self, reply):
        self.reply, self.bodies = reply, []

    def __call__(self, request):
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"object": "list", "data": [{"id": "srv"}]})
        self.bodies.append(json.loads(request.content))
        return self.reply(request)


def stack(reply, members=None, **kw):
    server = Server(reply)
    return Stack(config_with_members(members or {EXT: {}}), server, **kw), server


def msg(**extra):
    return {"model": EXT, "messages": [{"role": "user", "content": "What is 2+2?"}], "max_tokens": 32, **extra}


async def test_a_pinned_answer_passes_through_with_reasoning_under_both_names_and_the_server_usage():
    s, server = stack(lambda r: httpx.Response(200, json=answer(reasoning="think")))
    r = await s.client.post("/v1/chat/completions", json=msg())
    assert r.status_code == 200 and r.headers["x-route-model"] == EXT == r.json()["model"]   # not the server's name
    m = r.json()["choices"][0]["message"]
    assert (m["reasoning"], m["reasoning_content"], m["content"]) == ("think", "think", "four")
    assert r.json()["usage"]["completion_tokens"] == 7
    sent = server.bodies[0]
    assert sent["model"] == f"srv-{EXT}" and sent["chat_template_kwargs"] == {"enable_thinking": True}
    labels = dict(model=EXT, policy="pinned", thinking="true", status_class="2xx", tenant="none")
    assert s.sample("ray_qwen_gateway_completion_tokens_total", **labels) == 7
    assert s.sample("ray_qwen_gateway_prompt_tokens_total", **labels) == 11


async def test_a_stream_without_usage_is_counted_and_usage_was_asked_for():
    s, server = stack(lambda r: sse(chunk(role="assistant", content=""), chunk(reasoning_content="hmm "),
                                    chunk(content="four"), {**chunk(), "choices": [{"index": 0, "delta": {},
                                                                                    "finish_reason": "stop"}]}))
    r = await s.client.post("/v1/chat/completions",
                            json=msg(stream=True, stream_options={"include_usage": True}))
    events = [json.loads(x[6:]) for x in r.text.splitlines() if x.startswith("data: ") and x != "data: [DONE]"]
    assert r.text.rstrip().endswith("data: [DONE]")
    assert server.bodies[0]["stream_options"]["include_usage"] is True
    deltas = [e["choices"][0]["delta"] for e in events if e["choices"]]
    assert {"reasoning": "hmm ", "reasoning_content": "hmm "} in deltas
    assert {e["model"] for e in events} == {EXT}
    usage = events[-1]["usage"]
    reasoning = count_tokens("hmm ")
    assert usage["completion_tokens_details"]["reasoning_tokens"] == reasoning >= 1
    assert usage["completion_tokens"] == reasoning + count_tokens("four")
    assert usage["prompt_tokens"] > 0


async def test_tool_calls_pass_through():
    call = [{"id": "c1", "type": "function", "function": {"name": "add", "arguments": "{\"a\": 1}"}}]
    s, server = stack(lambda r: httpx.Response(200, json=answer(content=None, tool_calls=call)))
    tools = [{"type": "function", "function": {"name": "add", "parameters": {"type": "object"}}}]
    r = await s.client.post("/v1/chat/completions", json=msg(tools=tools))
    assert r.json()["choices"][0]["message"]["tool_calls"] == call
    assert server.bodies[0]["tools"][0]["function"]["name"] == "add"


@pytest.mark.parametrize("enforces", [True, False])
async def test_a_thinking_budget_is_sent_or_the_reason_says_it_was_not_enforced(enforces):
    s, server = stack(lambda r: httpx.Response(200, json=answer()), {EXT: {"thinking_budget": enforces}})
    r = await s.client.post("/v1/chat/completions", json=msg(thinking_token_budget=64))
    assert r.headers["x-route-thinking-budget"] == "64"
    assert ("thinking_token_budget" in server.bodies[0]) is enforces
    assert ("not enforced" in r.headers["x-route-reason"]) is not enforces


def _raise(exc):
    def reply(request):
        raise exc("boom", request=request)
    return reply


@pytest.mark.parametrize("reply, status, code, kind", [
    (_raise(httpx.ConnectError), 502, "engine_error", "unreachable"),
    (_raise(httpx.ReadTimeout), 504, "timeout", "timeout"),
    (lambda r: httpx.Response(200, text="<html>hello</html>"), 502, "engine_error", "non_json"),
    (lambda r: httpx.Response(500, json={"error": {"message": "engine dead"}}), 502, "engine_error", "bad_status"),
])
@pytest.mark.parametrize("stream", [False, True])
async def test_member_failures_are_openai_shaped_and_open_the_breaker(reply, status, code, kind, stream):
    server = Server(reply)
    s = Stack(config_with_members({EXT: {}}, hosted=()), server)   # nothing to fall back on
    r = await s.client.post("/v1/chat/completions", json=msg(stream=stream))
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code and r.json()["error"]["type"] == "server_error"
    assert s.sample("ray_qwen_gateway_external_member_up", model=EXT) == 0
    assert s.sample("ray_qwen_gateway_external_member_failures_total", model=EXT, kind=kind) >= 1
    ready = (await s.client.get("/health/ready")).json()
    assert ready["ready"] is True and ready["models"][EXT]["state"] == "unhealthy"
    again = await s.client.post("/v1/chat/completions", json=msg())   # while its breaker is open
    assert again.status_code == 503 and again.json()["error"]["code"] == "model_unavailable"
    assert len(server.bodies) == 2   # the first request and its one retry; the third never left


async def test_a_failing_member_falls_back_then_pinned_requests_are_rerouted():
    s, server = stack(_raise(httpx.ConnectError))
    r = await s.client.post("/v1/chat/completions", json=msg())
    assert r.status_code == 200 and r.headers["x-route-fallback-from"] == EXT
    again = await s.client.post("/v1/chat/completions", json=msg())
    assert again.status_code == 200 and again.headers["x-route-rerouted-from"] == EXT
    assert len(server.bodies) == 1


async def test_an_input_the_server_refuses_is_a_400_and_the_member_stays_healthy():
    s, _ = stack(lambda r: httpx.Response(400, json={"error": {"message": "bad 'n'", "param": "n"}}))
    r = await s.client.post("/v1/chat/completions", json=msg())
    assert r.status_code == 400 and r.json()["error"]["message"] == "bad 'n'"
    assert (await s.external.status())[EXT].state == "running"


async def test_auto_routes_around_an_unhealthy_member_and_it_comes_back_after_the_back_off():
    now = [0.0]
    up = [False]

    def reply(request):
        if not up[0]:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=answer())

    server = Server(reply)
    s = Stack(config_with_members({EXT: {"backoff_s": 10}}, hosted=("qwen3-0.6b",)), server, clock=lambda: now[0])
    server_models = server.__call__

    def guarded(request):   # the probe (GET /models) fails while the server is down too
        if request.url.path.endswith("/models") and not up[0]:
            raise httpx.ConnectError("refused", request=request)
        return server_models(request)

    s.external._transport = httpx.MockTransport(guarded)
    s.external._clients.clear()
    await s.external.status()
    await asyncio.sleep(0.05)                                    # the start-up probe fails
    assert (await s.external.status())[EXT].state == "unhealthy"
    for _ in range(5):
        r = await s.client.post("/v1/chat/completions", json={**msg(), "model": "auto"})
        assert r.status_code == 200 and r.headers["x-route-model"] == "qwen3-0.6b"
    up[0] = True
    now[0] = 5.0
    await s.external.status()
    await asyncio.sleep(0.05)
    assert (await s.external.status())[EXT].state == "unhealthy"   # still inside its back-off: no probe yet
    now[0] = 11.0
    await s.external.status()                                      # back-off over: probed, and back
    await asyncio.sleep(0.05)
    assert (await s.external.status())[EXT].state == "running"
    assert s.sample("ray_qwen_gateway_external_member_up", model=EXT) == 1


async def test_a_stream_cut_before_done_ends_with_an_error_event_and_opens_the_breaker():
    s, _ = stack(lambda r: sse(chunk(role="assistant", content=""), chunk(content="fo"), done=False))
    r = await s.client.post("/v1/chat/completions", json=msg(stream=True))
    events = [json.loads(x[6:]) for x in r.text.splitlines() if x.startswith("data: ") and x != "data: [DONE]"]
    assert r.text.rstrip().endswith("data: [DONE]")
    assert events[-1]["error"]["code"] == "stream_interrupted" and "without [DONE]" in events[-1]["error"]["message"]
    assert (await s.external.status())[EXT].state == "unhealthy"
    assert s.sample("ray_qwen_gateway_external_member_failures_total", model=EXT, kind="broken_stream") == 1


async def test_raw_completions_reach_the_members_completions_endpoint_and_are_counted():
    def reply(request):
        assert request.url.path == "/v1/completions"
        return httpx.Response(200, json={"id": "c", "object": "text_completion", "created": 1, "model": "srv",
                                         "choices": [{"index": 0, "text": " four", "finish_reason": "length"}]})

    s, server = stack(reply)
    r = await s.client.post("/v1/completions", json={"model": EXT, "prompt": "2+2 =", "max_tokens": 4})
    assert r.status_code == 200 and r.json()["choices"][0]["text"] == " four"
    assert r.json()["usage"]["completion_tokens"] == count_tokens(" four")
    assert r.json()["usage"]["prompt_tokens"] == count_tokens("2+2 =")
    assert server.bodies[0]["prompt"] == "2+2 =" and server.bodies[0]["model"] == f"srv-{EXT}"


async def test_an_overflow_member_serves_auto_while_the_only_hosted_model_wakes_from_zero():
    from gateway.backend import ModelStatus

    s = Stack(config_with_members({EXT: {"overflow_only": True}}, hosted=("qwen3-0.6b",)), Server(
        lambda r: httpx.Response(200, json=answer())))
    auto = {**msg(), "model": "auto", "messages": [{"role": "user", "content": "Say something."}]}
    warm = await s.client.post("/v1/chat/completions", json=auto)
    assert warm.headers["x-route-model"] == "qwen3-0.6b"          # warm pool: the member is never preferred
    s.fake.states["qwen3-0.6b"] = ModelStatus("qwen3-0.6b", "scaled_to_zero", 0)
    cold = await s.client.post("/v1/chat/completions", json=auto)
    assert cold.status_code == 200 and cold.headers["x-route-model"] == EXT
    assert cold.headers["x-route-rerouted-from"] == "qwen3-0.6b"
    await asyncio.sleep(0)
    assert s.fake.woken == ["qwen3-0.6b"]                          # and the hosted model is woken


async def test_a_full_connection_pool_is_overload_not_a_member_failure():
    s, _ = stack(_raise(httpx.PoolTimeout))
    r = await s.client.post("/v1/chat/completions", json=msg())
    assert r.status_code == 503 and r.json()["error"]["code"] == "overloaded" and "retry-after" in r.headers
    assert (await s.external.status())[EXT].state == "running"


class _StallingStream(httpx.AsyncByteStream):
    """Two chunks, then the server goes quiet: the read timeout fires mid-stream."""

    async def __aiter__(self):
        yield f"data: {json.dumps(chunk(role='assistant', content=''))}\n\n".encode()
        yield f"data: {json.dumps(chunk(content='fo'))}\n\n".encode()
        raise httpx.ReadTimeout("no byte within timeout_s")


async def test_a_server_that_goes_quiet_mid_stream_ends_the_stream_cleanly():
    s, _ = stack(lambda r: httpx.Response(200, headers={"content-type": "text/event-stream"},
                                          stream=_StallingStream()))
    r = await s.client.post("/v1/chat/completions", json=msg(stream=True))
    events = [json.loads(x[6:]) for x in r.text.splitlines() if x.startswith("data: ") and x != "data: [DONE]"]
    assert r.text.rstrip().endswith("data: [DONE]")
    assert events[1]["choices"][0]["delta"]["content"] == "fo"
    assert events[-1]["error"]["code"] == "stream_interrupted" and "did not answer within" in events[-1]["error"]["message"]
    assert s.sample("ray_qwen_gateway_external_member_failures_total", model=EXT, kind="timeout") == 1
