"""Where external members may serve `auto` traffic, and what a plan on one must say. Pure code over
the router's views: no network, no clock.

- A member whose breaker is open (state `unhealthy`) is not offered to `auto` at all.
- An `overflow_only` member is offered only when the hosted pool cannot take the request as the
  policy wants it: the policy's choice among the other members is cold (waking from zero) or
  saturated. Otherwise it is never preferred, whatever its price or size.
- An always-warm member that is not overflow-only is an ordinary option: while a hosted model wakes
  from zero the policy's cold-model reroute lands on it like on any warm model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Collection, Sequence

from ..routing.base import Decision, ModelView, RouteRequest, RoutingPolicy


def decide_auto(policy: RoutingPolicy, rreq: RouteRequest, views: Sequence[ModelView], *,
                overflow: Collection[str] = (), down: Collection[str] = ()) -> Decision:
    """The policy's decision for `auto` with overflow-only and unhealthy external members applied."""
    usable = [v for v in views if v.name not in down] or list(views)
    pool = [v for v in usable if v.name not in overflow]
    if not pool or len(pool) == len(usable):
        return policy.decide(rreq, usable)
    first = policy.decide(rreq, pool)
    chosen = next(v for v in pool if v.name == first.model)
    if first.rerouted_from is None and not (chosen.cold or chosen.saturated):
        return first
    why = f"{first.rerouted_from or first.model} cold or saturated"
    second = policy.decide(rreq, usable)
    if second.model not in overflow:
        return replace(second, rerouted_from=second.rerouted_from or first.rerouted_from)
    return replace(second, rerouted_from=second.rerouted_from or first.rerouted_from or first.model,
                   reason=f"overflow to {second.model} ({why}). {second.reason}"[:119])


def budget_note(decision: Decision, model: str, enforces_budget: bool) -> Decision:
    """A plan with a thinking budget on a member that cannot enforce one: the budget is not sent
    (gateway/external/wire.py) and the reason says so."""
    if enforces_budget or not (decision.thinking and decision.budget):
        return decision
    return replace(decision, reason=f"budget {decision.budget} not enforced by {model}. "
                                    f"{decision.reason}"[:160])
