"""Streamed usage from a member that sends none (llama.cpp's server, for one): counted chunk by chunk,
and the same count reaches the client's usage chunk and the Prometheus counters."""

import json

from gateway.tokens import count_tokens

from .test_client import EXT, chunk, msg, sse, stack

LABELS = dict(model=EXT, policy="pinned", thinking="true", status_class="2xx", tenant="none")
STOP = {**chunk(), "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}


def events_of(r):
    assert r.status_code == 200, r.text
    assert r.text.rstrip().endswith("data: [DONE]")
    return [json.loads(x[6:]) for x in r.text.splitlines() if x.startswith("data: ") and x != "data: [DONE]"]


async def streamed(reply, **extra):
    s, _ = stack(reply)
    events = events_of(await s.client.post("/v1/chat/completions", json=msg(stream=True, **extra)))
    return s, events


def counters(s):
    return (s.sample("ray_qwen_gateway_prompt_tokens_total", **LABELS),
            s.sample("ray_qwen_gateway_completion_tokens_total", **LABELS),
            s.sample("ray_qwen_gateway_reasoning_tokens_total", **LABELS))


def client_usage(events):
    usage = [e["usage"] for e in events if e.get("usage")]
    assert len(usage) == 1 and not [e for e in events if e.get("usage")][0]["choices"]
    u = usage[0]
    return u["prompt_tokens"], u["completion_tokens"], u["completion_tokens_details"]["reasoning_tokens"]


async def test_one_token_per_chunk_is_counted_exactly_where_the_joined_text_retokenizes_shorter():
    # "hel" + "lo" are two generated tokens; their joined text "hello" re-tokenizes to one.
    assert count_tokens("hello") == 1 and count_tokens(" th") == 1 and count_tokens("ink") == 1
    s, events = await streamed(lambda r: sse(chunk(role="assistant", content=""), chunk(reasoning_content=" th"),
                                             chunk(reasoning_content="ink"), chunk(content="hel"),
                                             chunk(content="lo"), STOP),
                               stream_options={"include_usage": True})
    prompt, completion, reasoning = client_usage(events)
    assert (completion, reasoning) == (4, 2)
    assert counters(s) == (prompt, completion, reasoning)


async def test_a_chunk_carrying_several_tokens_counts_as_its_text_retokenized():
    s, events = await streamed(lambda r: sse(chunk(content="four five six"), chunk(content=" seven"), STOP),
                               stream_options={"include_usage": True})
    prompt, completion, _ = client_usage(events)
    assert completion == count_tokens("four five six") + 1 == 4
    assert counters(s)[:2] == (prompt, completion)


async def test_every_choice_and_tool_call_delta_is_counted():
    two = {**chunk(), "choices": [{"index": 0, "delta": {"content": "a"}, "finish_reason": None},
                                  {"index": 1, "delta": {"content": "b"}, "finish_reason": None}]}
    call = chunk(tool_calls=[{"index": 0, "id": "c1", "type": "function", "function": {"name": "add", "arguments": ""}}])
    args = chunk(tool_calls=[{"index": 0, "function": {"arguments": "{\""}}])
    s, events = await streamed(lambda r: sse(two, call, args, STOP), n=2, stream_options={"include_usage": True})
    prompt, completion, _ = client_usage(events)
    assert completion == 2 + count_tokens("add") + count_tokens("{\"") == 4
    assert counters(s)[:2] == (prompt, completion)


async def test_counted_without_the_client_asking_for_usage():
    s, events = await streamed(lambda r: sse(chunk(content="hel"), chunk(content="lo"), STOP))
    assert not [e for e in events if e.get("usage")]
    assert counters(s)[1] == 2


async def test_usage_the_server_attaches_to_its_last_choice_chunk_reaches_a_client_that_asked():
    # Some servers put usage on the finish chunk instead of a usage-only chunk after it.
    usage = {"prompt_tokens": 9, "completion_tokens": 5, "total_tokens": 14}
    s, events = await streamed(lambda r: sse(chunk(content="hello"), {**STOP, "usage": usage}),
                               stream_options={"include_usage": True})
    assert [e["usage"] for e in events if e.get("usage")] == [usage]
    assert not [e for e in events if e.get("usage")][0]["choices"]
    assert counters(s)[:2] == (9, 5)


async def test_a_completions_stream_counts_text_chunks():
    def reply(request):
        def c(text):
            return {"id": "c", "object": "text_completion", "created": 1, "model": "srv",
                    "choices": [{"index": 0, "text": text, "finish_reason": None}]}
        return sse(c(" hel"), c("lo"), c(""))

    s, _ = stack(reply)
    r = await s.client.post("/v1/completions", json={"model": EXT, "prompt": "2+2 =", "max_tokens": 4, "stream": True,
                                                     "stream_options": {"include_usage": True}})
    usage = [e["usage"] for e in events_of(r) if e.get("usage")]
    assert usage and usage[0]["completion_tokens"] == 2 and usage[0]["prompt_tokens"] == count_tokens("2+2 =")
    labels = {**LABELS, "thinking": "false"}
    assert s.sample("ray_qwen_gateway_completion_tokens_total", **labels) == 2


async def test_a_chunk_that_is_one_vocabulary_token_counts_one_even_where_its_text_retokenizes_longer():
    # Qwen3 has whole tokens that its own pre-tokenizer would split: 'ที่' is one token (id 123828)
    # that re-tokenizes to 2; a model emits it as one token, a server streams it as one chunk.
    assert count_tokens("ที่") == 2 and count_tokens("１０") == 2
    s, events = await streamed(lambda r: sse(chunk(content="ที่"), chunk(content="１０"), chunk(content=" hello world"),
                                             STOP), stream_options={"include_usage": True})
    prompt, completion, _ = client_usage(events)
    assert completion == 1 + 1 + count_tokens(" hello world") == 4
    assert counters(s)[:2] == (prompt, completion)
