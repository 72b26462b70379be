"""Request summaries for routing (minimal version; the router work replaces this module)."""

from __future__ import annotations

from typing import Any

from ..thinking import ThinkingIntent
from ..tokens import count_tokens
from .base import RouteRequest


def _text(body: dict[str, Any]) -> str:
    parts = []
    for m in body.get("messages") or ():
        c = m.get("content")
        if isinstance(c, str):
            parts.append(c)
        elif isinstance(c, list):
            parts.extend(p.get("text", "") for p in c if isinstance(p, dict))
    return "\n".join(parts)


def route_request_from_chat(body: dict[str, Any], intent: ThinkingIntent, mode: str, tenant: str | None = None,
                            max_model: str | None = None, max_budget: int | None = None) -> RouteRequest:
    text = _text(body)
    return RouteRequest(text=text, prompt_tokens=count_tokens(text), intent=intent, mode=mode,
                        has_tools=bool(body.get("tools")), turns=len(body.get("messages") or ()),
                        tenant=tenant, max_model=max_model, max_budget=max_budget)


def route_request_from_prompt(prompt: str, intent: ThinkingIntent, mode: str, tenant: str | None = None,
                              max_model: str | None = None, max_budget: int | None = None) -> RouteRequest:
    return RouteRequest(text=prompt, prompt_tokens=count_tokens(prompt), intent=intent, mode=mode,
                        tenant=tenant, max_model=max_model, max_budget=max_budget)
