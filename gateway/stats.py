"""Percentiles as the benchmarks and the routing evaluation report them.

Linear interpolation between order statistics (numpy's default "linear" method), the rule vLLM's
own benchmark uses, so figures compare across tools. Lives in the gateway package so the offline
evaluation (`gateway.evaluation`) does not import the benchmarks (`bench/`, a client of Ray Serve).
"""

from __future__ import annotations

import math
from typing import Iterable


def percentile(xs: Iterable[float], q: float) -> float | None:
    """The q-th percentile (0..100) of xs, linear interpolation; None for no data."""
    s = sorted(xs)
    if not s:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile q must lie in [0, 100], got {q}")
    h = (len(s) - 1) * q / 100.0
    lo = int(math.floor(h))
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (h - lo)
