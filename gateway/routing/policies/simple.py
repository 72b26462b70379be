"""`simple`: length-based placeholder policy. Cheapest model for short prompts, larger for long ones."""

from __future__ import annotations

from typing import Sequence

from ..base import Decision, ModelView, RouteRequest, default_thinking
from ..registry import register_policy


@register_policy("simple")
class SimplePolicy:
    name = "simple"

    def __init__(self, long_prompt_tokens: int = 512) -> None:
        self.long_prompt_tokens = long_prompt_tokens

    def decide(self, request: RouteRequest, models: Sequence[ModelView]) -> Decision:
        fits = [m for m in models if m.context_length >= request.prompt_tokens] or list(models)
        by_size = sorted(fits, key=lambda m: m.active_params_b)
        long = request.prompt_tokens >= self.long_prompt_tokens
        choice = by_size[-1] if long else by_size[0]
        thinking = default_thinking(request.intent)
        return Decision(
            model=choice.name,
            thinking=thinking,
            budget=request.intent.budget if thinking else None,
            policy=self.name,
            score=1.0 if long else 0.0,
            reason="long prompt" if long else "short prompt",
        )
