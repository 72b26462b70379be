"""What the gateway does to a model's output on its way to the client.

- mirrors `reasoning` as `reasoning_content`, for clients that still read the older name;
- measures time to first token (the first content, reasoning or tool-call delta) and the mean
  inter-token latency, and keeps the usage the engine reported;
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
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        if any(_has_token(c) for c in chunk.get("choices") or ()):
            self.tokens_seen += 1
            now = self.clock()
            if self.first_token_at is None:
                self.first_token_at = now
            self.last_token_at = now

    def on_response(self, response: dict[str, Any]) -> None:
        self.usage = response.get("usage")
        self.first_token_at = self.last_token_at = self.clock()

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
