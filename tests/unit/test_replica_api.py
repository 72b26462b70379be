"""The model replica's side of the gateway's handle calls (deployments/replica_api.py,
deployments/protocol.py): vLLM's request built from the gateway's plain-data body, vLLM's refusals as
OpenAI-shaped 400s, and answers as plain data. Runs vLLM's request classes, not an engine."""

import pytest

from deployments.protocol import WIRE_TYPES, ChatRequest, RawCompletionRequest, engine_request, error_body
from deployments.ray_backend import ENGINE_METHODS, _raise_if_error, engine_body
from deployments.replica_api import GatewayEndpoints, plain
from gateway.api.errors import APIError
from gateway.api.protocol import ENGINE_FIELDS, WireTypes, engine_copy
from gateway.backend import BackendError
from gateway.config import load_config
from gateway.context import RequestContext
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway

pytestmark = pytest.mark.asyncio

MSG = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 17*23?"}]
TOOLS = [{"type": "function", "function": {"name": "add", "parameters": {"type": "object"}}}]


GOOD = [
    ("chat", {"model": "qwen3-8b", "messages": MSG, "max_tokens": 40, "stream": True, "seed": 7, "stop": ["\n"],
              "tools": TOOLS, "tool_choice": {"type": "function", "function": {"name": "add"}},
              "response_format": {"type": "json_object"}, "logprobs": True, "top_logprobs": 2}),
    ("chat", {"model": "auto", "messages": MSG, "reasoning_effort": "high", "temperature": 0.3,
              "priority": -100, "request_id": "someone-elses", "cache_salt": "guess", "chat_template": "{{ x }}",
              "stream_options": {"include_usage": True}, "stream": True, "route_mode": "economy"}),
    ("chat", {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
              "chat_template_kwargs": {"enable_thinking": True}, "thinking_token_budget": 64, "max_completion_tokens": 90}),
    ("completions", {"model": "qwen3-0.6b", "prompt": ["a", "b"], "max_tokens": 5, "echo": True, "suffix": "z",
                     "use_beam_search": True}),
]


@pytest.mark.parametrize("endpoint,body", GOOD)
async def test_a_good_request_becomes_the_vllm_request_the_edge_built_before(endpoint, body):
    """Until now the edge validated on vLLM's classes and sent the planned object; now it validates on
    the light types and sends the planned request's JSON, which the replica builds: the same request."""
    plans = []
    for wire in (WIRE_TYPES, WireTypes()):
        config = load_config()
        backend = FakeBackend(list(config.enabled_models()))
        backend.wire_types = wire
        gw = Gateway(config, backend)
        ctx = RequestContext(request_id="t", start=gw.clock(), endpoint=endpoint)
        planned = (await gw.planner.plan(ctx, gw.wire.parse(endpoint, body))).engine_request
        plans.append(engine_copy(planned, {"cache_salt": "tenant-salt"}, allowed=ENGINE_FIELDS[endpoint] | {"cache_salt"}))
    before, light = plans
    built = engine_request(endpoint, engine_body(light))
    assert type(built) is type(before) is (ChatRequest if endpoint == "chat" else RawCompletionRequest)
    skip = {"request_id"}   # a fresh uuid per object unless a client's (never passed on) is set
    assert built.model_dump(exclude=skip) == before.model_dump(exclude=skip)
    assert built.model_fields_set - skip == before.model_fields_set - skip
    assert built.cache_salt == "tenant-salt" and "request_id" not in built.model_fields_set


BAD = [
    # vLLM's own validators: a named tool that is not among the tools, a json_schema without a schema,
    # top_logprobs without logprobs, stream_options without stream; a field typed by vLLM only
    ("chat", {"tools": TOOLS, "tool_choice": {"type": "function", "function": {"name": "sub"}}}, "tool_choice"),
    ("chat", {"response_format": {"type": "json_schema"}}, "response_format"),
    ("chat", {"stream_options": {"include_usage": True}}, "stream"),
    ("chat", {"seed": "seven"}, "seed"),
    ("chat", {"stop": {"a": 1}}, "stop"),
    ("chat", {"tools": [{"type": "function", "function": {"name": "f", "parameters": "not a schema"}}]}, "tools"),
    ("completions", {"logprobs": "lots"}, "logprobs"),
    ("completions", {"stream_options": {"include_usage": True}}, "stream"),
    # a vLLM validator that fails on the value's type (AttributeError): the client's 400 all the same
    ("chat", {"structured_outputs": False}, None),
    ("completions", {"structured_outputs": False}, None),
    # the gateway's checks, which run again in the replica
    ("chat", {"messages": []}, "messages"),
    ("completions", {"prompt": ""}, "prompt"),
]


@pytest.mark.parametrize("endpoint,extra,param", BAD)
async def test_what_vllm_refuses_comes_back_as_an_openai_shaped_400(endpoint, extra, param):
    base = {"model": "qwen3-0.6b", "max_tokens": 4, **({"messages": MSG} if endpoint == "chat" else {"prompt": "x"})}
    with pytest.raises(APIError) as err:
        engine_request(endpoint, {**base, **extra})
    body = error_body(err.value)
    assert set(body["error"]) == {"message", "type", "param", "code"} and body["error"]["code"] == 400
    assert body["error"]["type"] == "invalid_request_error" and (body["error"]["param"] or "").startswith(param or ""), body
    # ... streamed back through the replica's method, then mapped by RayBackend to the client's 400
    answers = [a async for a in _Server().chat_body({**base, **extra})] if endpoint == "chat" else \
        [a async for a in _Server().completions_body({**base, **extra})]
    assert answers == [body]
    with pytest.raises(BackendError) as mapped:
        _raise_if_error(answers[0])
    assert mapped.value.status == 400 and mapped.value.param == body["error"]["param"]


@pytest.mark.parametrize("field", ["seed", "top_logprobs"])
async def test_a_non_finite_number_reaches_vllm_as_sent_and_is_refused(field):
    """The gateway's JSON parser accepts Infinity and NaN; the body must keep them (a JSON dump would
    make them null, and vLLM would take `"seed": Infinity` as no seed) so that vLLM refuses them."""
    value = float("inf")
    light = WireTypes().parse("chat", {"model": "qwen3-0.6b", "messages": MSG, field: value})
    with pytest.raises(APIError) as err:
        engine_request("chat", engine_body(light))
    assert err.value.status == 400 and (err.value.param or "").startswith(field), err.value.message


class _Server(GatewayEndpoints):
    """A server whose engine yields vLLM-like pydantic objects and SSE strings."""

    def __init__(self):
        self.seen = []

    async def chat(self, request, raw_request_info=None):   # LLMServer's: a coroutine returning a generator
        self.seen.append(request)

        async def gen():
            if request.stream:
                yield ['data: {"choices": []}\n\n', _Obj(error={"message": "late", "code": 500})]
            else:
                yield _Obj(id="chatcmpl-1", choices=[])
        return gen()

    async def completions(self, request, raw_request_info=None):   # SGLang's: an async generator
        self.seen.append(request)
        yield _Obj(id="cmpl-1", choices=[])


class _Obj:
    def __init__(self, **data):
        self.data = data

    def model_dump(self, mode="python"):
        assert mode == "json"
        return dict(self.data)


async def test_the_replica_answers_plain_data_only():
    server = _Server()
    streamed = [a async for a in server.chat_body({"model": "m", "messages": MSG, "stream": True})]
    assert streamed == [['data: {"choices": []}\n\n', {"error": {"message": "late", "code": 500}}]]
    whole = [a async for a in server.chat_body({"model": "m", "messages": MSG})]
    assert whole == [{"id": "chatcmpl-1", "choices": []}]
    done = [a async for a in server.completions_body({"model": "m", "prompt": "x"})]
    assert done == [{"id": "cmpl-1", "choices": []}]
    assert [type(r) for r in server.seen] == [ChatRequest, ChatRequest, RawCompletionRequest]
    assert plain(["s", {"a": 1}]) == ["s", {"a": 1}]


async def test_the_gateway_calls_methods_every_replica_class_has():
    from deployments.engine import GatewayLLMServer, NoTelemetryLLMServer
    from deployments.sglang_server import GatewaySGLangServer

    for cls in (GatewayLLMServer, NoTelemetryLLMServer, GatewaySGLangServer):
        assert all(callable(getattr(cls, m, None)) for m in (*ENGINE_METHODS.values(), "ping")), cls
