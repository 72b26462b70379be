"""Pool several `bench affinity` reports of the same load: later-turn TTFT p50 per arm over every
measured request of every run, their ratio, the per-round ratios, and p50 by turn.

    python -m bench.affinity_pool docs/affinity-long-1.json docs/affinity-long-2.json ...

Each run is a stack of its own, so rounds from different runs are not paired; pooling all their
later turns weighs each run by its requests, as a run's own pooled figure weighs its rounds.
Warm-up rounds (`warm_up_requests`) are left out, as each run leaves them out.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gateway.stats import percentile

from .affinity_load import ARMS, ratio, spread


def pool(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The runs' measured requests pooled (see the module's docstring); runs of different plans are refused."""
    later_from = {r["plan"]["later_from"] for r in reports}
    if len(later_from) != 1 or len({json.dumps({k: v for k, v in r["plan"].items() if k != "rounds"}, sort_keys=True)
                                      for r in reports}) != 1:
        raise ValueError("the reports are of different loads; pool only runs of the same plan")
    first = later_from.pop()
    rows = [dict(zip(r["requests"]["columns"], row)) for r in reports for row in r["requests"]["rows"]]
    ttft = {arm: [x["ttft_ms"] for x in rows if x["arm"] == arm and x["turn"] >= first and x["ttft_ms"] is not None]
            for arm in ARMS}
    p50 = {arm: _p(v, 50) for arm, v in ttft.items()}
    turns = sorted({x["turn"] for x in rows})
    by_turn = {arm: {t: _p([x["ttft_ms"] for x in rows if x["arm"] == arm and x["turn"] == t
                            and x["ttft_ms"] is not None], 50) for t in turns} for arm in ARMS}
    ratios = [p["ratio"] for r in reports for p in r["per_round"] if p["ratio"] is not None]
    return {"runs": len(reports), "later_turns": {arm: len(v) for arm, v in ttft.items()},
            "later_ttft_p50_ms": p50, "pooled_ratio": ratio(p50["affinity"], p50["default"]),
            "later_ttft_p90_ms": {arm: _p(v, 90) for arm, v in ttft.items()},
            "ratio_per_round": ratios, "ratio_spread": spread(ratios), "ttft_p50_ms_by_turn": by_turn,
            "ratio_by_turn": {t: ratio(by_turn["affinity"][t], by_turn["default"][t]) for t in turns}}


def _p(xs: list[float], q: float) -> float | None:
    v = percentile(xs, q)
    return None if v is None else round(v, 1)


if __name__ == "__main__":
    print(json.dumps(pool([json.loads(Path(p).read_text()) for p in sys.argv[1:]]), indent=1))
