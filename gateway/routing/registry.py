"""Routing policies by name. An unknown name is a config error that lists the known ones."""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Sequence

from ..config import ConfigError
from .base import Decision, ModelView, RouteRequest, RoutingPolicy
from .priors import within_max_model

_POLICIES: dict[str, Callable[..., RoutingPolicy]] = {}


def register_policy(name: str) -> Callable:
    def wrap(factory: Callable[..., RoutingPolicy]) -> Callable[..., RoutingPolicy]:
        if name in _POLICIES:
            raise ValueError(f"routing policy {name!r} registered twice")
        _POLICIES[name] = factory
        return factory

    return wrap


def known_policies() -> list[str]:
    _load_builtin()
    return sorted(_POLICIES)


def make_policy(name: str, options: dict[str, Any] | None = None) -> RoutingPolicy:
    _load_builtin()
    if name not in _POLICIES:
        raise ConfigError(f"router.policy: unknown policy {name!r}; known policies: {', '.join(known_policies())}")
    try:
        return TenantLimited(_POLICIES[name](**(options or {})))
    except TypeError as err:
        raise ConfigError(f"router.options for policy {name!r}: {err}") from None


class TenantLimited:
    """Any policy, held to the tenant's limits in this one place, whatever its own logic: it is shown
    only the models up to the request's `max_model` (the tenant's largest), and its thinking budget is
    clamped to `max_budget` (0 = thinking off). A policy may read the limits to plan (the complexity
    policy skips budgets too small to help), but the clamp here is what holds."""

    def __init__(self, inner: RoutingPolicy) -> None:
        self.inner = inner
        self.name = inner.name

    def decide(self, request: RouteRequest, models: Sequence[ModelView]) -> Decision:
        decision = self.inner.decide(request, within_max_model(request.max_model, models))
        return clamp_budget(decision, request.max_budget)

    def __getattr__(self, attr: str) -> Any:  # the policy's own attributes (its model, options)
        return getattr(self.inner, attr)


def clamp_budget(decision: Decision, max_budget: int | None) -> Decision:
    """A decision within a tenant's largest thinking budget: an uncapped or larger budget becomes the
    limit, and a limit of 0 switches thinking off (budget None)."""
    if max_budget is None or not decision.thinking:
        return decision
    if max_budget <= 0:
        return dataclasses.replace(decision, thinking=False, budget=None)
    if decision.budget is None or decision.budget > max_budget:
        return dataclasses.replace(decision, budget=max_budget)
    return decision


def _load_builtin() -> None:
    from . import policies  # noqa: F401  (importing registers the built-in policies)
