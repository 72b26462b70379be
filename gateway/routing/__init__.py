"""Routing: choose the Qwen3 model and thinking budget for requests sent to `auto`."""

from .base import Decision, ModelView, RouteRequest, RoutingPolicy
from .registry import known_policies, make_policy, register_policy

__all__ = ["Decision", "ModelView", "RouteRequest", "RoutingPolicy", "known_policies", "make_policy", "register_policy"]
