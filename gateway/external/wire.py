"""What travels to and from an external member: the body it is sent, its answers read as the gateway
reads a Ray member's (reasoning under both names, usage always present).

Servers differ in small ways: vLLM 0.32 writes `reasoning`, older vLLM, SGLang and DeepSeek-style
APIs `reasoning_content`; some send no usage in a stream. Every answer leaves here with `reasoning`
set (the gateway mirrors it to `reasoning_content` on the way out, as for Ray members) and with a
usage: the server's own, or where it sent none, one the gateway counted (`UsageCounter`).

How a stream without usage is counted: chunk by chunk. Each piece of generated text a chunk carries
(one choice's content, reasoning, tool-call name and arguments, or a completion's text) is counted on
its own, never merged with its neighbours: one token when the piece is exactly one vocabulary entry,
else its Qwen3 token count. A server that streams one token per chunk is so counted exactly, where
re-tokenizing the joined text is not: a random-weight model's "hel" + "lo" are two generated tokens,
"hello" one (counted that way, 8 tokens from llama.cpp's server came out as 9); and about 1% of
Qwen3's tokens ('ที่', '１０') re-tokenize to two or more, which is why a one-token piece is looked
up rather than re-tokenized. A server that batches several tokens per chunk (vLLM does when its API
server falls behind its engine) gets each chunk's text re-tokenized: exact within a chunk for the text a
real model writes, off by about one token per chunk boundary; a random-weight model's gibberish
re-tokenizes into other tokens (34 for 31 in one chunk of vLLM's, seen on a loaded machine). Not counted
right: what no text shows (a stop token, a `</think>` the server's reasoning parser swallows), and
tokens a server holds back until they form whole characters (a byte-level token alone is no valid
UTF-8), which arrive as one piece. A full (not streamed) answer without usage is one piece: its text
re-tokenized.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

from ..backend import Endpoint
from ..routing.features import chat_prompt_tokens
from ..tokens import count_tokens, is_one_token
from .settings import ExternalServer

PATHS: dict[str, str] = {"chat": "/chat/completions", "completions": "/completions"}


def request_body(endpoint: Endpoint, member: ExternalServer, request: Any) -> dict[str, Any]:
    """The planned engine request as JSON for `member`: its own model name, usage asked for when
    streaming, and no thinking budget where the member cannot enforce one."""
    body = request.model_dump(mode="json", exclude_unset=True) if hasattr(request, "model_dump") else dict(request)
    body = {k: v for k, v in body.items() if v is not None}
    body["model"] = member.model
    if not member.thinking_budget:
        body.pop("thinking_token_budget", None)
    if body.get("stream"):
        body["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
    return body


def normalize(obj: dict[str, Any], key: str, model: str) -> dict[str, Any]:
    """`model` as the client named it (the catalogue name, not the server's), and `reasoning` set
    wherever the server wrote only `reasoning_content` (in `message` or `delta`)."""
    if "model" in obj:
        obj["model"] = model
    for choice in obj.get("choices") or ():
        part = choice.get(key)
        if isinstance(part, dict) and part.get("reasoning") is None and part.get("reasoning_content") is not None:
            part["reasoning"] = part["reasoning_content"]
    return obj


def _texts(part: Mapping[str, Any] | None) -> tuple[str, str]:
    """(answer text incl. tool-call arguments, reasoning text) of one message or delta."""
    if not part:
        return "", ""
    text = part.get("content") or ""
    for call in part.get("tool_calls") or ():
        fn = call.get("function") or {}
        text += (fn.get("name") or "") + (fn.get("arguments") or "")
    return text, part.get("reasoning") or ""


def piece_tokens(text: str) -> int:
    """Tokens in one piece of generated text (see the module docstring)."""
    if not text:
        return 0
    return 1 if is_one_token(text) else count_tokens(text)


def prompt_tokens(endpoint: Endpoint, body: Mapping[str, Any]) -> int:
    if endpoint == "chat":
        return chat_prompt_tokens(body)
    prompt = body.get("prompt")
    return count_tokens(prompt if isinstance(prompt, str) else json.dumps(prompt))


class UsageCounter:
    """Counts what a member generated, for answers that come without usage: each chunk's pieces of
    text apart (see the module docstring)."""

    def __init__(self, endpoint: Endpoint, body: Mapping[str, Any]) -> None:
        self.endpoint, self.body = endpoint, body
        self.answer_tokens = 0
        self.reasoning_tokens = 0
        self.usage: dict[str, Any] | None = None     # the server's, once it sent one

    def add(self, obj: Mapping[str, Any], key: str) -> None:
        if obj.get("usage"):
            self.usage = dict(obj["usage"])
        for choice in obj.get("choices") or ():
            if self.endpoint == "completions":
                self.answer_tokens += piece_tokens(choice.get("text") or "")
                continue
            text, reasoning = _texts(choice.get(key))
            self.answer_tokens += piece_tokens(text)
            self.reasoning_tokens += piece_tokens(reasoning)

    def counted(self) -> dict[str, Any]:
        """A usage object counted from the text seen (the prompt as the router counts it)."""
        reasoning = self.reasoning_tokens
        completion = self.answer_tokens + reasoning
        prompt = prompt_tokens(self.endpoint, self.body)
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                "completion_tokens_details": {"reasoning_tokens": reasoning}}


def error_of(obj: Any) -> tuple[str, str | None, str | None] | None:
    """(message, type, param) when `obj` is an OpenAI-shaped error object, else None."""
    if not isinstance(obj, dict) or "error" not in obj or "choices" in obj:
        return None
    err = obj["error"] if isinstance(obj["error"], dict) else {"message": str(obj["error"])}
    return str(err.get("message") or "error"), err.get("type"), err.get("param")
