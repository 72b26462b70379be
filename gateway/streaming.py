"""What the gateway does to a model's output on its way to the client.

- mirrors `reasoning` as `reasoning_content`, for clients that still read the older name;
- measures time to first token (the first content, reasoning or tool-call delta) and the mean
  inter-token latency, streamed or not, and keeps the usage the engine reported;
- formats server-sent events.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import orjson  # every streamed token passes through here: ~5x faster than json (measured in bench)


def sse(obj: dict[str, Any]) -> str:
    return "data: " + orjson.dumps(obj).decode() + "\n\n"


SSE_DONE = "data: [DONE]\n\n"


def mirror_reasoning(obj: dict[str, Any], key: str) -> None:
    """Copy `reasoning` to `reasoning_content` in each choice's `message` or `delta`."""
    for choice in obj.get("choices") or ():
        part = choice.get(key)
        if isinstance(part, dict) and "reasoning" in part:
            part["reasoning_content"] = part["reasoning"]


def engine_timing(obj: dict[str, Any], *, chunk: bool = False) -> dict[str, Any] | None:
    """Take the engine's per-request timing (`metrics`) off a response or chunk: it is the gateway's
    to measure with, not part of OpenAI's answer. A client gets the shape it got without it: a full
    response keeps the key as null (vLLM's response objects always have it), a chunk loses it (vLLM
    leaves empty fields out of chunks)."""
    if "metrics" not in obj:
        return None
    timing = obj["metrics"]
    if chunk:
        del obj["metrics"]
    else:
        obj["metrics"] = None
    return timing if isinstance(timing, dict) else None


def _has_token(choice: dict[str, Any]) -> bool:
    delta = choice.get("delta")
    if delta is None:  # completions stream
        return bool(choice.get("text"))
    return bool(delta.get("content") or delta.get("reasoning") or delta.get("tool_calls"))


class StreamMeter:
    """Timing and usage of one response, fed chunk by chunk (or once, for a full response)."""

    def __init__(self, start: float, clock: Callable[[], float] = time.perf_counter) -> None:
        self.start = start
        self.clock = clock
        self.first_token_at: float | None = None
        self.last_token_at: float | None = None
        self.usage: dict[str, Any] | None = None
        self.tokens_seen = 0    # chunks that carried a token: a floor on what was generated

    def on_chunk(self, chunk: dict[str, Any]) -> None:
        engine_timing(chunk, chunk=True)
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        if any(_has_token(c) for c in chunk.get("choices") or ()):
            self.tokens_seen += 1
            now = self.clock()
            if self.first_token_at is None:
                self.first_token_at = now
            self.last_token_at = now

    def on_response(self, response: dict[str, Any]) -> None:
        """A full (non-streamed) answer. Its tokens were never seen apart, so the first token's time
        comes from the engine's own per-request timing (`metrics`, vLLM's
        `enable_per_request_metrics`): the answer's arrival less the engine's first-to-last-token
        interval. The gateway's receipt, routing, queueing and prefill are all inside it, as in a
        stream's TTFT; only the last token's trip back is not. Without the engine's timing, no TTFT."""
        self.usage = response.get("usage")
        now = self.clock()
        self.last_token_at = now
        generation_ms = (engine_timing(response) or {}).get("generation_time_ms")
        if isinstance(generation_ms, (int, float)) and generation_ms >= 0:
            self.first_token_at = max(now - generation_ms / 1000.0, self.start)

    @property
    def ttft_s(self) -> float | None:
        return None if self.first_token_at is None else self.first_token_at - self.start

    @property
    def prompt_tokens(self) -> int:
        return int((self.usage or {}).get("prompt_tokens") or 0)

    @property
    def completion_tokens(self) -> int:
        return int((self.usage or {}).get("completion_tokens") or 0)

    @property
    def reasoning_tokens(self) -> int:
        details = (self.usage or {}).get("completion_tokens_details") or {}
        return int(details.get("reasoning_tokens") or 0)

    @property
    def tpot_s(self) -> float | None:
        if self.first_token_at is None or self.last_token_at is None or self.completion_tokens < 2:
            return None
        return (self.last_token_at - self.first_token_at) / (self.completion_tokens - 1)
