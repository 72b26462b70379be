"""Helpers the task-class tests share: one prompt's decision in the balanced mode, the cheapest model."""

from __future__ import annotations

from gateway.routing import ModelView
from gateway.routing.features import route_request_from_prompt


def decide(policy, views: list[ModelView], prompt: str, mode: str = "balanced"):
    """The policy's decision for `prompt` sent alone, in a cost mode (balanced unless said)."""
    return policy.decide(route_request_from_prompt(prompt, mode=mode), views)


def cheapest(views: list[ModelView]) -> str:
    """The model a trivial request should go to: the lowest output, then input, price."""
    return min(views, key=lambda v: (v.output_price, v.input_price)).name
