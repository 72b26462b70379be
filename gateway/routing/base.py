"""The routing contract: a request summary and a snapshot of the models in, a decision out.

Policies are pure code over these values: no Ray, no HTTP, no clock or randomness they were not
given. That keeps them testable in microseconds and lets `qwen-gateway eval` replay them offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol, Sequence

from ..config import Mode
from ..thinking import ThinkingIntent


@dataclass(frozen=True)
class RouteRequest:
    """What a policy may know of a request. Never the labels of an evaluation set."""

    text: str                      # the conversation's text as the model will read it (user turns last)
    prompt_tokens: int             # Qwen3 tokens, estimated with the real vocabulary
    intent: ThinkingIntent = ThinkingIntent()
    mode: Mode = "balanced"
    has_tools: bool = False
    turns: int = 1
    tenant: str | None = None
    max_model: str | None = None   # tenant limit: the largest model this request may use
    max_budget: int | None = None  # tenant limit: the largest thinking budget
    last_turn: str | None = None   # the latest user turn alone (None: `text` is one turn); the task is
                                   # read here, so a system prompt's "act as ..." does not set it
    last_turn_tokens: int | None = None   # its tokens, as if it were sent alone (with the template's)
    earlier_turns: tuple[str, ...] = ()   # the user turns before the latest, oldest first: a follow-up
                                          # ("Make it longer.") takes the task of the one it follows
    earlier_turn_tokens: tuple[int, ...] = ()   # each one's tokens, as if it were sent alone

    @property
    def instruction(self) -> str:
        """What the user asks now: the latest user turn, or the whole text of a one-turn request."""
        return self.last_turn if self.last_turn is not None else self.text


@dataclass(frozen=True)
class ModelView:
    """One enabled model as the router sees it: static facts plus live serving state."""

    name: str
    active_params_b: float
    params_b: float
    context_length: int
    input_price: float             # USD per million tokens
    output_price: float
    running_replicas: int = 1      # 0 = scaled to zero (cold)
    queued: int = 0                # requests waiting or running on the model's replicas
    max_queue: int | None = None   # saturation threshold; None = never saturated

    @property
    def cold(self) -> bool:
        return self.running_replicas == 0

    @property
    def saturated(self) -> bool:
        return self.max_queue is not None and self.queued >= self.max_queue


@dataclass(frozen=True)
class Decision:
    model: str
    thinking: bool
    budget: int | None             # thinking_token_budget; None = uncapped (or thinking off)
    policy: str
    score: float = 0.0             # difficulty in [0, 1]
    task: str = "chat"
    reason: str = ""
    rerouted_from: str | None = None   # preferred model that could not serve now
    extra: Mapping[str, str] = field(default_factory=dict)

    def headers(self) -> dict[str, str]:
        extra = {"x-route-rerouted-from": self.rerouted_from} if self.rerouted_from else {}
        return {
            **extra,
            "x-route-model": self.model,
            "x-route-thinking-budget": ("off" if not self.thinking else str(self.budget) if self.budget else "unlimited"),
            "x-route-policy": self.policy,
            "x-route-score": f"{self.score:.3f}",
            "x-route-reason": self.reason,
        }

    def as_dict(self) -> dict:
        return {
            "model": self.model,
            "thinking": self.thinking,
            "thinking_token_budget": self.budget,
            "policy": self.policy,
            "score": round(self.score, 4),
            "task": self.task,
            "reason": self.reason,
            "rerouted_from": self.rerouted_from,
        }


def default_thinking(intent: ThinkingIntent) -> bool:
    """Thinking on unless the client switched it off: Qwen3's own default when a request says nothing
    (its chat template thinks unless `enable_thinking` is false). One function, so a policy that does
    not choose for itself and the planner agree."""
    return intent.enabled if intent.enabled is not None else True


class RoutingPolicy(Protocol):
    """Chooses a model and a thinking budget for a request routed to `auto`."""

    name: str

    def decide(self, request: RouteRequest, models: Sequence[ModelView]) -> Decision: ...
