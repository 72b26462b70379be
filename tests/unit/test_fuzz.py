"""Bad input never yields a 5xx or a crash: property tests of the wire types and the app, and a
bounded schemathesis run against the app's own OpenAPI schema (in-process, fake backend)."""

import json

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gateway.api.app import create_app
from gateway.api.errors import from_validation_error
from gateway.api.protocol import ChatRequest, CompletionRequest
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway

CONFIG = load_config()
APP = create_app(Gateway(CONFIG, FakeBackend(list(CONFIG.enabled_models()), default_max_tokens=4)))
CLIENT = TestClient(APP, raise_server_exceptions=False)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

json_scalars = st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | \
    st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) |
                           st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
roles = st.sampled_from(["system", "developer", "user", "assistant", "tool", "function", "wizard", "", "USER"])
messages = st.lists(st.fixed_dictionaries({"role": roles | json_scalars},
                                          optional={"content": st.text(max_size=30) | json_values,
                                                    "tool_calls": json_values, "name": json_values}),
                    max_size=3)
numbers = st.integers(min_value=-(2**64), max_value=2**64) | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5)
chat_bodies = st.fixed_dictionaries({"messages": messages | json_values}, optional={
    "model": st.sampled_from(["auto", "qwen3-0.6b", "qwen3-8b", "gpt-5", ""]) | json_scalars,
    "max_tokens": numbers, "max_completion_tokens": numbers, "thinking_token_budget": numbers,
    "temperature": numbers, "top_p": numbers, "top_k": numbers, "n": numbers,
    "stream": st.booleans() | json_scalars, "stream_options": json_values,
    "reasoning_effort": st.sampled_from(["none", "low", "high", "extreme"]) | json_scalars,
    "route_mode": st.sampled_from(["economy", "cheap"]) | json_scalars,
    "chat_template_kwargs": json_values, "tool_choice": json_values,
    "tools": st.lists(st.fixed_dictionaries({"type": st.sampled_from(["function", "retrieval"]),
                                             "function": json_values |
                                             st.fixed_dictionaries({"name": st.text(max_size=70),
                                                                    "parameters": json_values})}), max_size=2)
    | json_values,
})


def assert_answered(r, allowed=(200, 400, 404)):
    """Exactly one of the statuses a client's body can earn (never a 5xx), errors in OpenAI's shape."""
    assert r.status_code in allowed, r.text[:500]
    if r.status_code >= 400:
        err = r.json()["error"]
        assert set(err) == {"message", "type", "param", "code"} and err["message"]
        assert err["type"] == ("not_found_error" if r.status_code == 404 and err["code"] != "model_not_found"
                               else "invalid_request_error")


@FUZZ
@given(json_values)
def test_wire_types_accept_or_reject_cleanly(value):
    for cls in (ChatRequest, CompletionRequest):
        try:
            cls.model_validate(value)
        except ValidationError as err:
            e = from_validation_error(err)
            assert e.message.startswith("Invalid request: ") and e.param == (".".join(map(str, err.errors()[0]["loc"])) or None)


@FUZZ
@given(chat_bodies)
def test_chat_bodies_never_5xx(body):
    r = CLIENT.post("/v1/chat/completions", json=body)
    assert_answered(r)
    if r.status_code == 200 and body.get("stream") is True:
        assert r.text.rstrip().endswith("data: [DONE]")


@FUZZ
@given(st.fixed_dictionaries({"prompt": json_values | st.text(max_size=30)},
                             optional={"max_tokens": numbers, "echo": json_values, "model": json_scalars,
                                       "stream": st.booleans()}))
def test_completion_bodies_never_5xx(body):
    assert_answered(CLIENT.post("/v1/completions", json=body))


@FUZZ
@given(st.binary(max_size=200))
def test_raw_bytes_never_5xx(raw):
    for path in ("/v1/chat/completions", "/v1/completions", "/v1/route"):
        assert_answered(CLIENT.post(path, content=raw, headers={"content-type": "application/json"}), (200, 400))


@pytest.mark.parametrize("body,status", [
    (b"[" * 100_000 + b"]" * 100_000, 400),                                  # deeper than the parser's stack
    (b'{"messages": [{"role": "user", "content": "\xed\xa0\x80"}]}', 400),    # a lone surrogate: invalid UTF-8
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "thinking_token_budget": 10**30}).encode(), 200),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "max_tokens": 10**30}).encode(), 400),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "n": 10**6}).encode(), 400),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "tools": [{"type": "function",
                "function": {"name": "f", "parameters": "not a schema"}}]}).encode(), 400),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "tools": "all of them"}).encode(), 400),
    (json.dumps({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}).encode(), 400),
    (json.dumps({"messages": [{"role": "tool", "content": None}]}).encode(), 400),
    (json.dumps({"messages": [{"role": "user", "content": "x"}], "stream": True, "stream_options": "yes"}).encode(), 400),
    (b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": 1e400}', 400),
    (b'{"messages": NaN}', 400),
])
def test_known_nasty_bodies_get_exactly_their_answer(body, status):
    """A budget past any bound is clamped to thinking.max_budget; everything else here is a 400."""
    for client in both_clients():
        r = client.post("/v1/chat/completions", content=body, headers={"content-type": "application/json"})
        assert_answered(r, (status,))


def test_openapi_documents_the_request_bodies():
    spec = CLIENT.get("/openapi.json").json()
    schema = spec["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "messages" in schema["required"] and "$ref" not in json.dumps(schema)


# --- schemathesis: positive and negative cases from the app's own schema -------------------------

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema.config.generation.update(modes=["positive", "negative"], max_examples=25)


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_schemathesis_no_5xx(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.path} -> {response.status_code}: {response.text[:300]}"


# --- each class of input that once reached a 5xx, with the exact answer it must get --------------

def _upstream_client():
    """The app in front of the Ray backend, whose model replicas build vLLM's request (with the
    gateway's checks) from the body they are sent (tests/unit/replica_stub.py)."""
    from tests.unit.replica_stub import stub_ray_backend

    backend, _ = stub_ray_backend(list(CONFIG.enabled_models()), default_max_tokens=4)
    return TestClient(create_app(Gateway(CONFIG, backend)), raise_server_exceptions=False)


UPSTREAM = None


def both_clients():
    global UPSTREAM
    UPSTREAM = UPSTREAM or _upstream_client()
    return (CLIENT, UPSTREAM)


def msg(**fields):
    return {"messages": [{"role": "user", "content": "x", **fields}]}


CLIENT_ERRORS = [
    # (body, status, param): tool_calls that are not a list of calls
    *[(({"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": None, "tool_calls": tc}]}),
       400, "messages.1.tool_calls") for tc in ("call it", 3, [1, 2], {"name": "f"}, [{"function": "f"}],
                                                [{"type": "function", "function": {"name": 5, "arguments": "{}"}}])],
    # text parts whose text is not a string; parts of a type a text model cannot read
    *[({"messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]}, 400, "messages.0.content.0.text")
      for t in (3, None, ["a"], {"a": 1})],
    *[({"messages": [{"role": "user", "content": [{"type": kind, kind: "x"}]}]}, 400, "messages.0.content.0.type")
      for kind in ("image_url", "input_audio", "video", "hologram", 7)],
    ({"messages": [{"role": "user", "content": [{"text": "no type"}]}]}, 400, "messages.0.content.0.type"),
    ({"messages": [{"role": "user", "content": ["a bare string part"]}]}, 400, "messages.0.content.0"),
]


@pytest.mark.parametrize("body,status,param", CLIENT_ERRORS)
def test_malformed_messages_are_400_naming_the_field(body, status, param):
    for client in both_clients():
        r = client.post("/v1/chat/completions", json={**body, "max_tokens": 4})
        assert r.status_code == status, (client is CLIENT, r.text[:300])
        assert r.json()["error"]["param"].startswith(param), (client is CLIENT, r.json())
        assert r.json()["error"]["type"] == "invalid_request_error"


@pytest.mark.parametrize("raw,param", [
    (b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": 1' + b"0" * 5000 + b"}", None),
    (b'{"messages": [{"role": "user", "content": "x"}], "max_tokens": ' + b"9" * 400 + b"}", "max_tokens"),
    (b'{"messages": [{"role": "user", "content": "x"}], "temperature": ' + b"9" * 400 + b".5}", "temperature"),
])
def test_numbers_past_every_limit_are_400(raw, param):
    r = CLIENT.post("/v1/chat/completions", content=raw, headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["param"] == param, r.text[:300]


def test_a_lone_surrogate_in_the_model_name_is_a_404_that_can_be_sent():
    r = CLIENT.post("/v1/chat/completions", content=b'{"model": "qwen\\ud800", "messages": [{"role": "user", "content": "x"}]}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 404 and r.json()["error"]["param"] == "model"


@pytest.mark.parametrize("digits", [320, 1500])
def test_a_question_with_numbers_beyond_float_range_is_routed(digits):
    body = {"model": "auto", "max_tokens": 4,
            "messages": [{"role": "user", "content": f"What is {'9' * digits} plus {'8' * digits}?"}]}
    for path in ("/v1/chat/completions", "/v1/route"):
        r = CLIENT.post(path, json=body)
        assert r.status_code == 200, r.text[:300]
        assert 0.0 <= float(r.headers["x-route-score"]) <= 1.0


@pytest.mark.parametrize("extra,param", [
    ({"tools": [{"type": "function", "function": {"name": "add"}}],
      "tool_choice": {"type": "function", "function": {"name": "sub"}}}, "tool_choice"),
    ({"response_format": {"type": "json_schema"}}, "response_format"),
])
def test_what_the_engine_refuses_is_a_400_naming_the_field(extra, param):
    """Refused by vLLM's validators in the model replica, not at the edge: still the client's 400."""
    r = both_clients()[1].post("/v1/chat/completions", json={**msg(), **extra})
    assert r.status_code == 400 and r.json()["error"]["param"] == param, r.text[:300]


def test_an_unforeseen_500_is_counted_like_any_answer():
    gw = Gateway(CONFIG, FakeBackend(list(CONFIG.enabled_models())))

    async def boom(*a, **k):
        raise RuntimeError("bug")

    gw.planner.plan = boom
    r = TestClient(create_app(gw), raise_server_exceptions=False).post("/v1/chat/completions", json=msg())
    assert r.status_code == 500 and r.json()["error"]["code"] == "internal_error"
    counted = {s.labels["status_class"]: s.value for m in gw.metrics.registry.collect()
               if m.name == "ray_qwen_gateway_requests" for s in m.samples if s.name.endswith("_total")}
    assert counted == {"5xx": 1}


# --- valid bodies with one field corrupted: they reach the planner, and get exactly 200 or 400 ------

VALID = {"model": "auto", "max_tokens": 4, "messages": [{"role": "system", "content": "Be brief."},
                                                        {"role": "user", "content": "What is 17*23?"}]}
hostile_values = (st.text(min_size=1000, max_size=5000) | st.integers(min_value=-(10**400), max_value=10**400)
                  | st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, -1e308, 0.0, -0.0])
                  | json_values)
fields = st.sampled_from(["model", "max_tokens", "temperature", "top_p", "top_k", "n", "thinking_token_budget",
                          "reasoning_effort", "route_mode", "stream", "tool_choice", "messages.0.content",
                          "messages.1.content", "messages.1.role", "chat_template_kwargs", "stop", "seed"])


def _corrupt(path: str, value):
    body = json.loads(json.dumps(VALID))
    node, *rest = path.split(".")
    if not rest:
        body[node] = value
    else:
        body[node][int(rest[0])][rest[1]] = value
    return body


@FUZZ
@given(fields, hostile_values)
def test_valid_bodies_with_one_field_corrupted_are_answered_or_refused_exactly(path, value):
    raw = json.dumps(_corrupt(path, value), allow_nan=True).encode()
    for endpoint in ("/v1/chat/completions", "/v1/route"):
        r = CLIENT.post(endpoint, content=raw, headers={"content-type": "application/json"})
        assert_answered(r, (200, 400, 404))
        if r.status_code == 404:
            assert path == "model"
