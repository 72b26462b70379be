"""A stand-in for vLLM behind Ray Serve LLM's real `LLMServer`: the engine contract, no model.

`LLMServer` takes its engine class as `engine_cls` (Serve LLM's own tests inject one the same way)
and calls it as Ray Serve LLM's `LLMEngine` contract says: `chat`/`completions` are async
generators that yield `data: {json}\\n\\n` strings while streaming (vLLM's OpenAI chunk shape, a usage
chunk when `stream_options.include_usage`, then `data: [DONE]`), or one response object otherwise.

Knobs travel in the LLMConfig's `experimental_configs["mock_engine"]`: `delay_s` before each chunk
(a slow engine, for backpressure and cancellation) and `events` (a file to which the engine appends
one JSON line per request outcome: "finished", "failed" or "cancelled"; the test process reads it,
since the engine lives in a Serve replica). A request whose `user` is `mock-error:N` fails after N
chunks as vLLM reports errors: an ErrorResponse object, or a `data: {"error": ...}` event mid-stream.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any, AsyncGenerator

from ray.llm._internal.serve.core.engine.protocol import LLMEngine

PROMPT_TOKENS = 7


class MockEngine(LLMEngine):
    def __init__(self, llm_config: Any) -> None:
        self.model = llm_config.model_id
        opts = llm_config.experimental_configs.get("mock_engine", {})
        self.delay_s = float(opts.get("delay_s", 0.0))
        self.events = opts.get("events")

    async def start(self) -> None:
        return None

    def routing_stats(self) -> dict:
        return {}

    async def resolve_lora(self, lora_model: Any) -> None:
        raise NotImplementedError("the mock engine has no LoRA")

    async def reset_prefix_cache(self) -> None:
        return None

    async def check_health(self) -> None:
        return None

    async def chat(self, request: Any, raw_request_info: Any = None) -> AsyncGenerator[Any, None]:
        async for out in self._generate(request, chat=True):
            yield out

    async def completions(self, request: Any, raw_request_info: Any = None) -> AsyncGenerator[Any, None]:
        async for out in self._generate(request, chat=False):
            yield out

    async def embeddings(self, request: Any, raw_request_info: Any = None) -> AsyncGenerator[Any, None]:
        raise NotImplementedError("the mock engine does not embed")
        yield  # an async generator, as the contract says

    async def transcriptions(self, request: Any, raw_request_info: Any = None) -> AsyncGenerator[Any, None]:
        raise NotImplementedError("the mock engine does not transcribe")
        yield

    # --- generation --------------------------------------------------------------------------------

    async def _generate(self, request: Any, *, chat: bool) -> AsyncGenerator[Any, None]:
        n = request.max_completion_tokens if chat and request.max_completion_tokens else request.max_tokens
        n = n or 4
        rid, created = f"mock-{request.request_id}", int(time.time())
        base = {"id": rid, "created": created, "model": self.model,
                "object": "chat.completion.chunk" if chat else "text_completion"}
        fail_at = _fail_at(request)
        try:
            tokens = []
            for i in range(n):
                if i == fail_at:
                    yield _error(request.stream)
                    self._record("failed", request.request_id)
                    return
                if self.delay_s:
                    await asyncio.sleep(self.delay_s)
                tokens.append(f"t{i} ")
                if request.stream:
                    yield _sse({**base, "choices": [_choice(chat, tokens[-1], i == n - 1, stream=True)]})
            usage = {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": n, "total_tokens": PROMPT_TOKENS + n}
            if not request.stream:
                yield _response(chat, {**base, "object": "chat.completion" if chat else "text_completion",
                                       "choices": [_choice(chat, "".join(tokens), True, stream=False)], "usage": usage})
            else:
                if request.stream_options and request.stream_options.include_usage:
                    yield _sse({**base, "choices": [], "usage": usage})
                yield "data: [DONE]\n\n"
            self._record("finished", request.request_id)
        except (asyncio.CancelledError, GeneratorExit):
            self._record("cancelled", request.request_id)
            raise

    def _record(self, event: str, request_id: str) -> None:
        if self.events:
            with open(self.events, "a") as f:
                f.write(json.dumps({"event": event, "request_id": request_id, "model": self.model}) + "\n")


def _fail_at(request: Any) -> int | None:
    user = getattr(request, "user", None) or ""
    return int(user.removeprefix("mock-error:")) if user.startswith("mock-error:") else None


ENGINE_ERROR = {"message": "mock engine failure", "type": "InternalServerError", "code": 500}


def _error(stream: bool) -> Any:
    if stream:
        return _sse({"error": ENGINE_ERROR})
    from ray.serve.llm.openai_api_models import ErrorResponse

    return ErrorResponse.model_validate({"error": ENGINE_ERROR})


def _choice(chat: bool, text: str, last: bool, *, stream: bool) -> dict[str, Any]:
    reason = "length" if last else None
    if not chat:
        return {"index": 0, "text": text, "finish_reason": reason}
    if stream:
        return {"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": reason}
    return {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": reason}


def _sse(chunk: dict[str, Any]) -> str:
    return f"data: {json.dumps(chunk)}\n\n"


def _response(chat: bool, body: dict[str, Any]) -> Any:
    """vLLM's response class as Serve LLM re-exports it, so the handle carries the real type."""
    from ray.serve.llm.openai_api_models import ChatCompletionResponse, CompletionResponse

    return (ChatCompletionResponse if chat else CompletionResponse).model_validate(body)
