"""Routing: choose the Qwen3 model and thinking budget for requests sent to `auto`."""

from .base import Decision, ModelView, RouteRequest, RoutingPolicy, default_thinking
from .dominance import never_preferred
from .registry import known_policies, make_policy, register_policy

__all__ = ["Decision", "ModelView", "RouteRequest", "RoutingPolicy", "default_thinking", "known_policies",
           "make_policy", "never_preferred", "register_policy"]
