"""Which served models the router can never prefer: another served model is as good and no dearer.

Why operators need this: the router picks the cheapest option good enough for the mode, so a model
that another served model matches on quality for every task, at no higher price and with at least
its context window, is never chosen; it only serves as a fallback (when the better one is cold or
saturated). With the shipped prices that is `qwen3-8b`: `qwen3-30b-a3b` is cheaper per token and at
least as strong on every task. `qwen-gateway route --explain` prints it and start-up can log it.
"""

from __future__ import annotations

from typing import Sequence

from .base import ModelView
from .priors import expected_quality, view_size
from .tasks import TASKS

# A deficit this small (quality points out of 100) is not one the router acts on: its narrowest
# quality band is 2% of the best option (complexity.MODE_BANDS). Without it one benchmark in one
# mode (BFCL non-thinking, 8B 60.2 against 30B-A3B 58.6) would hide a dominance that holds for
# every decision the router makes.
TOLERANCE = 2.0


def _profile(m: ModelView) -> list[float]:
    """Expected quality per task, easy and hard end, thinking off and on (uncapped)."""
    size = view_size(m)
    return [expected_quality(m.name, size, task, d, thinking, None)
            for task in TASKS for d in (0.0, 1.0) for thinking in (False, True)]


def _dominates(b: ModelView, qb: list[float], a: ModelView, qa: list[float]) -> bool:
    return (b.input_price <= a.input_price and b.output_price <= a.output_price
            and b.context_length >= a.context_length
            and all(x >= y - TOLERANCE for x, y in zip(qb, qa)))


def never_preferred(views: Sequence[ModelView]) -> dict[str, str]:
    """{model name: why} for each served model another served model dominates. Of two models that
    dominate each other (same prices and quality) only the later name is listed, so one stays."""
    profiles = {m.name: _profile(m) for m in views}
    out: dict[str, str] = {}
    for a in views:
        for b in views:
            if b.name == a.name or not _dominates(b, profiles[b.name], a, profiles[a.name]):
                continue
            if _dominates(a, profiles[a.name], b, profiles[b.name]) and a.name < b.name:
                continue   # mutual: keep the earlier name
            out[a.name] = (f"{b.name} is at least as good on every task (within {TOLERANCE:g} points of the "
                           f"published Qwen3 scores) and no dearer ({b.input_price:g}/{b.output_price:g} against "
                           f"{a.input_price:g}/{a.output_price:g} USD per Mtok in/out): {a.name} only serves as "
                           "a fallback")
            break
    return out
