"""What the client asked of Qwen3's hybrid thinking, read from a request body. Pure code.

Precedence, highest first (an "off" anywhere above wins, so a client can always switch it off):
1. `chat_template_kwargs.enable_thinking: false`;
2. the latest `/no_think` soft switch in a user or system turn;
3. `thinking_token_budget` (a cap implies thinking on; 0 means off), then `reasoning_effort`
   (`low`/`medium`/`high` map to budgets from config; `none`/`minimal` mean off);
4. `enable_thinking: true`, then a `/think` soft switch (thinking on, no cap).
Anything not set is left to the router.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal, Mapping, Sequence

from .config import Thinking

_SWITCH = re.compile(r"(?<![\w/])/(no_think|think)\b")


@dataclass(frozen=True)
class ThinkingIntent:
    """The client's explicit thinking wishes; None fields are the router's to choose."""

    enabled: bool | None = None
    budget: int | None = None
    source: Literal["none", "enable_thinking", "soft_switch", "budget", "reasoning_effort"] = "none"

    @property
    def explicit(self) -> bool:
        return self.enabled is not None or self.budget is not None


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return " ".join(p.get("text", "") for p in content if isinstance(p, Mapping) and p.get("type") == "text")
    return ""


def latest_soft_switch(messages: Sequence[Mapping[str, Any]]) -> bool | None:
    """True for /think, False for /no_think, None when no user or system turn carries one."""
    for msg in reversed(messages):
        if msg.get("role") not in ("user", "system"):
            continue
        found = _SWITCH.findall(_text_of(msg.get("content")))
        if found:
            return found[-1] == "think"
    return None


def read_intent(body: Mapping[str, Any], cfg: Thinking) -> ThinkingIntent:
    """Read the thinking controls of an already validated chat request body."""
    kwargs = body.get("chat_template_kwargs") or {}
    explicit = kwargs.get("enable_thinking")
    budget = body.get("thinking_token_budget")
    effort = body.get("reasoning_effort")

    if explicit is False:
        return ThinkingIntent(enabled=False, source="enable_thinking")
    switch = latest_soft_switch(body.get("messages") or [])
    if switch is False:
        return ThinkingIntent(enabled=False, source="soft_switch")
    if budget is not None:
        if budget == 0:
            return ThinkingIntent(enabled=False, source="budget")
        return ThinkingIntent(enabled=True, budget=min(budget, cfg.max_budget), source="budget")
    if effort in ("none", "minimal"):
        return ThinkingIntent(enabled=False, source="reasoning_effort")
    if effort in cfg.effort_budgets:
        return ThinkingIntent(enabled=True, budget=cfg.effort_budgets[effort], source="reasoning_effort")
    if explicit is True:
        return ThinkingIntent(enabled=True, source="enable_thinking")
    if switch is True:
        return ThinkingIntent(enabled=True, source="soft_switch")
    return ThinkingIntent()
