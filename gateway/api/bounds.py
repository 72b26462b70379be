"""Bounds a request must meet before the gateway spends anything on it: checked on the raw body,
ahead of validation, tokenizing and planning, so a request cheap to send stays cheap to refuse."""

from __future__ import annotations

from typing import Any, Mapping

from ..config import RequestLimits
from .errors import bad_request, context_length_exceeded

# No Qwen3 token is longer than this many characters in ordinary text, so a prompt with more
# characters than this times the largest context cannot fit any model: refused without tokenizing.
MAX_CHARS_PER_TOKEN = 10


def check_bounds(endpoint: str, data: Mapping[str, Any], limits: RequestLimits, max_context: int) -> None:
    """400 for a request over the configured bounds (messages, sequences) or certainly too long."""
    chars = 0
    if endpoint == "chat":
        messages = data.get("messages")
        if isinstance(messages, list):
            if len(messages) > limits.max_messages:
                raise bad_request(f"'messages' has {len(messages)} messages; at most {limits.max_messages} are "
                                  "accepted in one request.", param="messages")
            chars = sum(_chars(m.get("content")) for m in messages if isinstance(m, dict))
    else:
        prompt = data.get("prompt")
        prompts = len(prompt) if isinstance(prompt, list) else 1
        n = data.get("n") if isinstance(data.get("n"), int) else 1
        if prompts * n > limits.max_sequences:
            raise bad_request(f"{prompts} prompts x n={n} asks for {prompts * n} sequences; at most "
                              f"{limits.max_sequences} are accepted in one request.", param="n")
        chars = _chars(prompt)
    if chars > max_context * MAX_CHARS_PER_TOKEN:
        raise context_length_exceeded(max_context, chars // MAX_CHARS_PER_TOKEN)


def _chars(content: Any) -> int:
    if isinstance(content, str):
        return len(content)
    if isinstance(content, list):
        return sum(_chars(p.get("text") if isinstance(p, dict) else p) for p in content)
    return 0
