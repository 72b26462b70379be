"""Build the router's inputs: a RouteRequest from a chat body or a bare prompt, ModelViews from config.

Why here and not in the ingress: the offline evaluation and the live gateway must summarise a
request the same way, or offline numbers would not describe online routing. Token counts use the
real Qwen3 vocabulary (gateway.tokens) plus the chat template's fixed cost per message.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Sequence

from ..thinking import ThinkingIntent, _text_of
from ..tokens import count_tokens
from .base import Mode, ModelView, RouteRequest
from .preambles import after_generic_preamble

# <|im_start|>{role}\n ... <|im_end|>\n around every message, and the generation prompt.
TOKENS_PER_MESSAGE = 5
GENERATION_PROMPT_TOKENS = 3
THINK_BLOCK_TOKENS = 5     # the template's `<think>\n\n</think>\n\n` (or `<think>\n`) after the prompt


def chat_prompt_tokens(body: Mapping[str, Any]) -> int:
    """Qwen3 tokens of a chat body as the chat template lays it out (messages, tool calls, tools)."""
    return _prompt_tokens(body, [count_tokens(_text_of(m.get("content"))) for m in body.get("messages") or []])


def _prompt_tokens(body: Mapping[str, Any], counts: Sequence[int]) -> int:
    """`chat_prompt_tokens`, given each message's content tokens (counted once, read again for the turns)."""
    tools = body.get("tools") or body.get("functions") or []
    n = GENERATION_PROMPT_TOKENS
    for m, count in zip(body.get("messages") or [], counts):
        n += TOKENS_PER_MESSAGE + count
        for call in m.get("tool_calls") or []:
            n += count_tokens(json.dumps(call.get("function", call), ensure_ascii=False))
    if tools:
        n += count_tokens(json.dumps(tools, ensure_ascii=False))
    return n


def conversation_text(messages: Sequence[Mapping[str, Any]]) -> str:
    """Message texts in order, the latest user turn moved last: features read the end of the text."""
    parts = [(m.get("role", "user"), _text_of(m.get("content"))) for m in messages]
    last_user = max((i for i, (role, _) in enumerate(parts) if role == "user"), default=None)
    ordered = [p for i, p in enumerate(parts) if i != last_user]
    if last_user is not None:
        ordered.append(parts[last_user])
    return "\n\n".join(text for _, text in ordered if text)


def route_request_from_chat(body: Mapping[str, Any], intent: ThinkingIntent, mode: Mode,
                            tenant: str | None = None, max_model: str | None = None,
                            max_budget: int | None = None) -> RouteRequest:
    """Summarise an OpenAI chat-completions body for a routing policy."""
    messages = body.get("messages") or []
    tools = body.get("tools") or body.get("functions") or []
    has_tools = bool(tools) and body.get("tool_choice") != "none"
    counts = [count_tokens(_text_of(m.get("content"))) for m in messages]
    users = [(_text_of(m.get("content")), n) for m, n in zip(messages, counts) if m.get("role") == "user"]
    # A generic assistant preamble that opens the turn ("You are a helpful assistant. ...") is a system prompt.
    request = after_generic_preamble(users[-1][0]) if users else None
    last_turn = request if request is not None and (len(messages) > 1 or request is not users[-1][0]) else None
    alone = TOKENS_PER_MESSAGE + GENERATION_PROMPT_TOKENS   # the template's tokens around a turn sent alone
    last_tokens = users[-1][1] if last_turn is not None and last_turn is users[-1][0] else count_tokens(last_turn or "")
    return RouteRequest(
        text=conversation_text(messages),
        prompt_tokens=_prompt_tokens(body, counts),
        intent=intent,
        mode=mode,
        has_tools=has_tools,
        turns=max(1, sum(1 for m in messages if m.get("role") == "user")),
        tenant=tenant,
        max_model=max_model,
        max_budget=max_budget,
        last_turn=last_turn,
        last_turn_tokens=last_tokens + alone if last_turn else None,
        earlier_turns=tuple(text for text, _ in users[:-1]),
        earlier_turn_tokens=tuple(n + alone for _, n in users[:-1]),
    )


def route_request_from_prompt(prompt: str, intent: ThinkingIntent | None = None, mode: Mode = "balanced",
                              tenant: str | None = None, max_model: str | None = None,
                              max_budget: int | None = None, has_tools: bool = False) -> RouteRequest:
    """A single user turn: what the offline evaluation and `POST /v1/route` with a prompt use. A generic
    assistant preamble that opens it ("You are a helpful assistant. ...") is read as a system prompt: the
    request after it is the turn the task is read from (`preambles`)."""
    request = after_generic_preamble(prompt)
    last_turn = request if request is not prompt else None
    return RouteRequest(
        text=prompt,
        prompt_tokens=count_tokens(prompt) + TOKENS_PER_MESSAGE + GENERATION_PROMPT_TOKENS,
        intent=intent or ThinkingIntent(),
        mode=mode,
        has_tools=has_tools,
        turns=1,
        tenant=tenant,
        max_model=max_model,
        max_budget=max_budget,
        last_turn=last_turn,
        last_turn_tokens=count_tokens(last_turn) + TOKENS_PER_MESSAGE + GENERATION_PROMPT_TOKENS if last_turn else None,
    )


def views_from_config(cfg: Any, enabled_only: bool = True) -> list[ModelView]:
    """Static ModelViews (one running replica, empty queue) for a GatewayConfig's models."""
    if enabled_only:
        served = cfg.enabled_models().values()
        items = [(s.name, s.catalog, s.context_length) for s in served]
    else:
        items = [(n, c, c.facts.context_length) for n, c in cfg.models.items()]
    return [
        ModelView(name=name, active_params_b=cat.facts.active_params_b, params_b=cat.facts.params_b,
                  context_length=ctx, input_price=cat.price.input_per_mtok, output_price=cat.price.output_per_mtok)
        for name, cat, ctx in items
    ]


def catalogue_views() -> list[ModelView]:
    """Every model of the default config's catalogue: the offline evaluation's worst case (most options)."""
    from ..config import load_config

    return views_from_config(load_config(), enabled_only=False)
