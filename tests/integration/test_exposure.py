"""Safe to expose, against the real app: what vLLM refuses (in the model replica) is a 400, fields no client
may set never reach the engine, a stream abandoned half-way is billed for what the engine made, and a
flood of streams ends with every stream either answered or refused quickly, none left silent."""

import asyncio
import json
import time

import httpx
import pytest

MODEL = "qwen3-0.6b"
FLOOD_STREAMS = 200
FLOOD_TOKENS = 256


def metric_sum(metrics_url: str, name: str, **labels: str) -> float:
    text = httpx.get(metrics_url, timeout=10).text
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
               if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()))


def _carries_a_token(chunk: dict) -> bool:
    """Every streamed chunk after the role chunk carries one generated token (the engines stream each
    as it comes), even one whose text is empty: the detokenizer holds back a partial character."""
    return any("role" not in (c.get("delta") or {}) for c in chunk.get("choices") or ())


def chat(**extra):
    return {"model": MODEL, "messages": [{"role": "user", "content": "Say something."}], "max_tokens": 8,
            "chat_template_kwargs": {"enable_thinking": False}, **extra}


@pytest.mark.parametrize("extra,param", [
    ({"tools": [{"type": "function", "function": {"name": "add", "parameters": {"type": "object"}}}],
      "tool_choice": {"type": "function", "function": {"name": "sub"}}}, "tool_choice"),
    ({"response_format": {"type": "json_schema"}}, "response_format"),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": None}]}]}, "messages.0.content.0.text"),
    ({"messages": [{"role": "assistant", "content": None, "tool_calls": "call it"}]}, "messages.0.tool_calls"),
])
def test_what_the_engine_would_refuse_is_a_400_naming_the_field(base_url, extra, param):
    r = httpx.post(f"{base_url}/chat/completions", json=chat(**extra), timeout=60)
    assert r.status_code == 400, r.text[:300]
    assert r.json()["error"]["param"] == param and r.json()["error"]["type"] == "invalid_request_error"


def test_fields_no_client_may_set_never_reach_the_engine(base_url):
    """vLLM refuses `priority` unless its scheduler is priority-based and takes `request_id` as given:
    answered 200, these fields were dropped on the way."""
    hostile = {"priority": -1000, "request_id": "someone-else", "kv_transfer_params": {"do_remote_decode": True},
               "cache_salt": "guess", "chat_template": "{{ 'pwned' }}", "ignore_eos": True}
    r = httpx.post(f"{base_url}/chat/completions", json=chat(**hostile), timeout=60)
    assert r.status_code == 200, r.text[:300]
    assert r.json()["usage"]["completion_tokens"] <= 8 and "pwned" not in r.text


def test_an_abandoned_stream_is_billed_for_what_was_generated(live_server):
    """Read ~40 tokens of a 2,000-token stream and leave: the gateway bills what the engine generated
    for it (vLLM's own counter, within a chunk or two), at least what the client received, never 0
    and never the 2,000 asked for."""
    metrics = f"http://127.0.0.1:{live_server.config.server.metrics_port}/metrics"

    def counts() -> tuple[float, float]:
        return (metric_sum(metrics, "ray_qwen_gateway_completion_tokens_total", model=MODEL),
                metric_sum(metrics, "ray_vllm_generation_tokens_total", model_name=MODEL))

    time.sleep(10)   # Ray exports every few seconds: let earlier tests' counts land
    billed_before, engine_before = counts()
    received = 0
    with httpx.Client(base_url=live_server.base_url, timeout=60) as client:
        with client.stream("POST", "/v1/chat/completions", json=chat(max_tokens=2000, stream=True)) as r:
            assert r.status_code == 200
            for line in r.iter_lines():
                if line.startswith("data: {") and _carries_a_token(json.loads(line[6:])):
                    received += 1
                if received >= 40:
                    break
    billed = engine = 0.0
    last = None
    for _ in range(10):                  # until both counters stop moving (the abort reached the engine)
        time.sleep(6)
        billed, engine = (a - b for a, b in zip(counts(), (billed_before, engine_before)))
        if (billed, engine) == last and billed > 0:
            break
        last = (billed, engine)
    print(f"\nABANDONED: client received {received} token chunks; the engine generated {engine:g} tokens; "
          f"the gateway billed {billed:g}", flush=True)
    assert received <= billed < 2000 and abs(billed - engine) <= 4


async def _flood_one(client: httpx.AsyncClient, i: int) -> tuple[str, float]:
    """Outcome and the longest silence the client saw (to the status line, then between events)."""
    model = ("auto", "qwen3-0.6b", "qwen3-8b", "qwen3-30b-a3b")[i % 4]
    body = {"model": model, "messages": [{"role": "user", "content": f"Story {i}."}], "max_tokens": FLOOD_TOKENS,
            "stream": True, "chat_template_kwargs": {"enable_thinking": False}}
    t0 = last = time.monotonic()
    silent = 0.0
    async with client.stream("POST", "/v1/chat/completions", json=body) as r:
        silent = time.monotonic() - t0
        if r.status_code != 200:
            await r.aread()
            return f"http {r.status_code}", silent
        async for line in r.aiter_lines():
            if line.startswith("data: "):
                now = time.monotonic()
                silent, last = max(silent, now - last), now
    return "complete", silent


def test_a_flood_of_streams_leaves_none_waiting_silently(live_server):
    bound = live_server.config.admission.overload.first_token_timeout_s

    async def flood():
        limits = httpx.Limits(max_connections=FLOOD_STREAMS)
        async with httpx.AsyncClient(base_url=live_server.base_url, timeout=bound + 120, limits=limits) as c:
            return await asyncio.gather(*(_flood_one(c, i) for i in range(FLOOD_STREAMS)))

    t0 = time.monotonic()
    outcomes = asyncio.run(flood())
    kinds = {k: sum(1 for o, _ in outcomes if o == k) for k in {o for o, _ in outcomes}}
    worst = max(s for _, s in outcomes)
    print(f"\nFLOOD: {FLOOD_STREAMS} streams of {FLOOD_TOKENS} tokens in {time.monotonic() - t0:.0f}s: {kinds}; "
          f"longest silence {worst:.1f}s (bound {bound:g}s)", flush=True)
    assert set(kinds) <= {"complete", "http 503", "http 429"}, kinds
    assert worst <= bound + 15, f"a stream waited {worst:.0f}s without a byte"
    assert kinds.get("complete", 0) > 0
