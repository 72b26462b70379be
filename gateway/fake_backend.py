"""A model backend with no model: deterministic chunks in vLLM's exact shape.

Honours thinking on/off and `thinking_token_budget` like vLLM with the qwen3 reasoning parser, and
a forced tool choice (named or `required`) as vLLM with a tool parser answers it: a tool call (with
`{}` as arguments), non-streamed in `tool_calls`, streamed as tool-call deltas. So the gateway's
request path can be tested, and its overhead measured, without an engine.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any, AsyncIterator

from .backend import BackendError, Endpoint, ModelStatus

WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta")


class FakeBackend:
    def __init__(
        self,
        models: list[str],
        *,
        token_delay_s: float = 0.0,
        default_max_tokens: int = 16,
        states: dict[str, ModelStatus] | None = None,
    ) -> None:
        self.models = list(models)
        self.token_delay_s = token_delay_s
        self.default_max_tokens = default_max_tokens
        self.states = states or {m: ModelStatus(m, "running", 1, 1) for m in models}
        self.calls: list[tuple[Endpoint, str, dict[str, Any]]] = []
        self.fail_next: BackendError | None = None
        self.woken: list[str] = []

    async def status(self) -> dict[str, ModelStatus]:
        return dict(self.states)

    async def wake(self, model: str) -> None:
        self.woken.append(model)

    def _pieces(self, endpoint: Endpoint, body: dict[str, Any]) -> tuple[list[tuple[str, str]], int]:
        """The (kind, text) tokens vLLM would stream, and how many are reasoning: thinking on unless
        switched off, capped by the budget, half the output when uncapped."""
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens") or self.default_max_tokens
        thinking = endpoint == "chat" and (body.get("chat_template_kwargs") or {}).get("enable_thinking", True)
        budget = body.get("thinking_token_budget")
        n_reason = 0
        if thinking:
            n_reason = max_tokens // 2 if budget is None else min(budget, max_tokens)
        pieces = [("reasoning", WORDS[i % len(WORDS)] + " ") for i in range(n_reason)]
        pieces += [("content", WORDS[i % len(WORDS)] + " ") for i in range(max_tokens - n_reason)]
        return pieces, n_reason

    async def generate(self, endpoint: Endpoint, model: str, request: Any) -> AsyncIterator[dict[str, Any]]:
        body = request.model_dump(exclude_unset=True)   # what an engine would read of it
        self.calls.append((endpoint, model, body))
        if self.fail_next is not None:
            err, self.fail_next = self.fail_next, None
            raise err
        if model not in self.models:
            raise BackendError(404, f"model {model} not deployed")
        pieces, n_reason = self._pieces(endpoint, body)
        prompt_tokens = 10
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": len(pieces),
            "total_tokens": prompt_tokens + len(pieces),
            "completion_tokens_details": {"reasoning_tokens": n_reason},
        }
        rid = ("chatcmpl-" if endpoint == "chat" else "cmpl-") + uuid.uuid4().hex
        created = int(time.time())
        call = forced_call(body) if endpoint == "chat" else None
        if call is not None:
            pieces = [p for p in pieces if p[0] == "reasoning"]   # the reasoning, then the call
            usage.update(completion_tokens=len(pieces) + 1, total_tokens=prompt_tokens + len(pieces) + 1)
        if not body.get("stream"):
            if self.token_delay_s:
                await asyncio.sleep(self.token_delay_s * len(pieces))
            obj, choice = _whole(endpoint, pieces, call)
            n = usage["completion_tokens"]   # as vLLM's per-request timing: first to last token
            timing = {"generation_time_ms": self.token_delay_s * 1000 * max(n - 1, 0),
                      "mean_itl_ms": self.token_delay_s * 1000 if n > 1 else None}
            yield {"id": rid, "object": obj, "created": created, "model": model, "choices": [choice], "usage": usage,
                   "metrics": timing}
            return
        obj = "chat.completion.chunk" if endpoint == "chat" else "text_completion"
        for i, (kind, text) in enumerate(pieces):
            if self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            last = i == len(pieces) - 1 and call is None
            if endpoint == "chat":
                delta = {kind: text} if i else {"role": "assistant", kind: text}
                choice = {"index": 0, "delta": delta, "finish_reason": "length" if last else None}
            else:
                choice = {"index": 0, "text": text, "finish_reason": "length" if last else None}
            out = {"id": rid, "object": obj, "created": created, "model": model, "choices": [choice]}
            if (body.get("stream_options") or {}).get("continuous_usage_stats"):   # as vLLM: usage so far
                out["usage"] = {"prompt_tokens": prompt_tokens, "completion_tokens": i + 1,
                                "total_tokens": prompt_tokens + i + 1}
            yield out
        if call is not None:
            fn = call["function"]
            for i, delta in enumerate(({**call, "index": 0, "function": {"name": fn["name"], "arguments": ""}},
                                       {"index": 0, "function": {"arguments": fn["arguments"]}})):
                choice = {"index": 0, "delta": {"tool_calls": [delta]}, "finish_reason": "stop" if i else None}
                yield {"id": rid, "object": obj, "created": created, "model": model, "choices": [choice]}
        if (body.get("stream_options") or {}).get("include_usage"):
            yield {"id": rid, "object": obj, "created": created, "model": model, "choices": [], "usage": usage}


def forced_call(body: dict[str, Any]) -> dict[str, Any] | None:
    """The tool call a forced `tool_choice` makes (named: that tool; `required`: the first), else None."""
    tools, choice = body.get("tools") or [], body.get("tool_choice")
    if not tools or choice in (None, "auto", "none"):
        return None
    name = choice["function"]["name"] if isinstance(choice, dict) else tools[0]["function"]["name"]
    return {"id": "call_" + uuid.uuid4().hex[:24], "type": "function", "function": {"name": name, "arguments": "{}"}}


def _whole(endpoint: Endpoint, pieces: list[tuple[str, str]], call: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """A non-streamed answer's object type and its one choice."""
    reasoning = "".join(t for k, t in pieces if k == "reasoning") or None
    content = "".join(t for k, t in pieces if k == "content")
    if endpoint != "chat":
        return "text_completion", {"index": 0, "text": content, "finish_reason": "length"}
    message = {"role": "assistant", "content": content, "reasoning": reasoning, "tool_calls": [call] if call else []}
    return "chat.completion", {"index": 0, "message": message, "finish_reason": "stop" if call else "length"}
