"""Offline evaluation of a routing policy's difficulty score, with RouteLLM's metrics.

Why re-implement instead of importing RouteLLM: it pulls pandas, torch and Ray-era code; the gateway
must evaluate a policy with neither. The numbers must still be comparable with RouteLLM's published
ones, so each step follows `routellm/evals/benchmarks.py` and `evaluate.py` exactly:
- thresholds = the 11 bin edges of `pandas.qcut(scores, 10)`: numpy's "linear" percentiles at
  `linspace(0, 1, 11) * 100`; a prompt goes strong when `score >= t`, except `score > t` at the last
  edge (so the points run from 100% to 0% strong calls);
- quality of the mix at each threshold, the curve sorted by share of strong calls, the area by the
  trapezoid rule on share/100; APGR = (area - weak) / (strong - weak) over the same x range;
- CPT(x) = `np.interp(weak + x * (strong - weak), accuracies, strong_percentages)`, numpy's own
  interpolation (it does not require the curve to be monotone, and neither does RouteLLM).
Pandas' qcut refuses duplicate edges; a duplicate edge here yields the same point twice, which adds
nothing to the area, so APGR equals what `duplicates="drop"` would give.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Sequence

DEFAULT_POLICY = "complexity"
NUM_BINS = 10
LABEL_FIELDS = ("benchmark", "prompt", "weak_correct", "strong_correct")


def qcut_edges(scores: Sequence[float], bins: int = NUM_BINS) -> list[float]:
    """Bin edges of `pandas.qcut(scores, bins, retbins=True)`, bit for bit.

    pandas asks numpy for percentiles `linspace(0, 1, bins + 1) * 100`; numpy divides by 100 again,
    takes virtual index (n - 1) * q and lerps the neighbours the way `numpy._lerp` does (from the
    upper neighbour when the fraction is >= 0.5). Every float step is repeated in the same order.
    """
    xs = sorted(float(s) for s in scores)
    n = len(xs)
    if n == 0:
        raise ValueError("no scores")
    step = 1.0 / bins
    edges = []
    for i in range(bins + 1):
        q = (i * step if i < bins else 1.0) * 100.0 / 100.0
        h = (n - 1) * q
        lo = min(max(int(math.floor(h)), 0), n - 1)
        hi = min(lo + 1, n - 1)
        g = h - lo
        a, b = xs[lo], xs[hi]
        d = b - a
        edges.append(b - d * (1.0 - g) if g >= 0.5 else a + d * g)
    return edges


def routing_curve(scores: Sequence[float], strong: Sequence[bool], weak: Sequence[bool]) -> list[tuple[float, float]]:
    """(percent of strong calls, accuracy percent) at each qcut edge, sorted by strong calls."""
    edges = qcut_edges(scores)
    n = len(scores)
    points = []
    for i, t in enumerate(edges):
        last = i == len(edges) - 1
        sel = [(s > t) if last else (s >= t) for s in scores]
        correct = sum(st if go else wk for go, st, wk in zip(sel, strong, weak))
        points.append((sum(sel) / n * 100, correct / n * 100))
    points.sort(key=lambda p: p[0])
    return points


def trapezoid(ys: Sequence[float], xs: Sequence[float]) -> float:
    return sum((xs[i] - xs[i - 1]) * (ys[i] + ys[i - 1]) / 2.0 for i in range(1, len(xs)))


def apgr(curve: Sequence[tuple[float, float]], weak_acc: float, strong_acc: float) -> float:
    xs = [p[0] / 100 for p in curve]
    area = trapezoid([p[1] for p in curve], xs)
    weak_area = trapezoid([weak_acc] * len(xs), xs)
    strong_area = trapezoid([strong_acc] * len(xs), xs)
    return (area - weak_area) / (strong_area - weak_area)


def interp(x: float, xp: Sequence[float], fp: Sequence[float]) -> float:
    """`numpy.interp` for one point; numpy itself when importable, so a non-monotone curve is read
    exactly as RouteLLM reads it. The fallback is exact for increasing `xp`."""
    try:
        import numpy as np

        return float(np.interp(x, np.asarray(xp, dtype=float), np.asarray(fp, dtype=float)))
    except ImportError:  # pragma: no cover - numpy ships with the serving stack
        if x <= xp[0]:
            return fp[0]
        if x >= xp[-1]:
            return fp[-1]
        for j in range(1, len(xp)):
            if x < xp[j]:
                return fp[j - 1] + (fp[j] - fp[j - 1]) * (x - xp[j - 1]) / (xp[j] - xp[j - 1])
        return fp[-1]


def cpt(curve: Sequence[tuple[float, float]], weak_acc: float, strong_acc: float, pgr: float) -> float:
    """Percent of strong calls needed to reach `pgr` (0.5 for CPT(50%)) of the weak-strong gap."""
    return interp(pgr * (strong_acc - weak_acc) + weak_acc, [p[1] for p in curve], [p[0] for p in curve])


def oracle_accuracy(strong: Sequence[bool], weak: Sequence[bool], strong_share: float) -> float:
    """RouteLLM's `get_optimal_accuracy`: strong calls spent only where weak fails and strong wins."""
    n = len(strong)
    bonus = sum(1 for s, w in zip(strong, weak) if s and not w)
    return (sum(weak) + min(n * strong_share, bonus)) / n * 100


def benchmark_metrics(scores: Sequence[float], strong: Sequence[bool], weak: Sequence[bool]) -> dict[str, Any]:
    """APGR, CPT(50%), CPT(80%) for one benchmark, plus the curve that produced them."""
    n = len(strong)
    weak_acc, strong_acc = sum(weak) / n * 100, sum(strong) / n * 100
    curve = routing_curve(scores, strong, weak)
    return {
        "n": n,
        "weak_accuracy": round(weak_acc, 4),
        "strong_accuracy": round(strong_acc, 4),
        "apgr": round(apgr(curve, weak_acc, strong_acc), 4),
        "cpt50": round(cpt(curve, weak_acc, strong_acc, 0.5), 2),
        "cpt80": round(cpt(curve, weak_acc, strong_acc, 0.8), 2),
        "curve": [[round(x, 3), round(y, 3)] for x, y in curve],
    }


class LabelsError(ValueError):
    """A labels file that cannot be read; the message says which file, which line and what to fix."""


def read_labels(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a routing-labels file (one JSON object a line, see shared/data/routing-labels/README.md)."""
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as err:
                    raise LabelsError(f"{path}:{i}: not a JSON object ({err.msg}); one object a line") from None
                if not isinstance(row, dict):
                    raise LabelsError(f"{path}:{i}: not a JSON object; one object a line")
                for key in LABEL_FIELDS:
                    if key not in row:
                        raise LabelsError(f"{path}:{i}: missing field {key!r}; each line needs "
                                          + ", ".join(LABEL_FIELDS))
                if not isinstance(row["prompt"], str):
                    raise LabelsError(f"{path}:{i}: 'prompt' must be a string")
                rows.append(row)
    except (OSError, UnicodeDecodeError) as err:
        raise LabelsError(f"cannot read labels file {path}: {err}; pass --labels FILE.jsonl") from None
    if not rows:
        raise LabelsError(f"{path}: no labelled rows")
    return rows


def evaluate(labels_path: str | Path, policy_name: str = DEFAULT_POLICY, plot_path: str | Path | None = None,
             options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Score every prompt of a routing-labels file with a policy and return RouteLLM's metrics.

    The policy sees a RouteRequest built from the prompt alone (never domain, benchmark or
    correctness). Each `policy.decide` call is timed against the configured model catalogue, so
    `decision_p50_ms`/`decision_p99_ms` are what the gateway pays per request.
    """
    from .stats import percentile
    from .routing import make_policy
    from .routing.features import catalogue_views, route_request_from_prompt

    rows = read_labels(labels_path)
    policy = make_policy(policy_name, options)
    views = catalogue_views()
    by_bench: dict[str, list[tuple[float, bool, bool]]] = defaultdict(list)
    times: list[float] = []
    cpu: list[float] = []   # thread CPU time: the same calls without preemption by other processes
    for row in rows:
        request = route_request_from_prompt(row["prompt"])
        t0, c0 = time.perf_counter(), time.thread_time()
        decision = policy.decide(request, views)
        cpu.append((time.thread_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
        by_bench[row["benchmark"]].append((decision.score, bool(row["strong_correct"]), bool(row["weak_correct"])))
    result: dict[str, Any] = {"policy": policy_name, "labels": str(labels_path), "rows": len(rows)}
    for bench, items in sorted(by_bench.items()):
        result[bench] = benchmark_metrics([i[0] for i in items], [i[1] for i in items], [i[2] for i in items])
    for name, xs in (("decision", times), ("decision_cpu", cpu)):
        result[f"{name}_p50_ms"] = round(percentile(xs, 50), 4)
        result[f"{name}_p99_ms"] = round(percentile(xs, 99), 4)
    if plot_path is not None:
        result["plot"] = str(plot_quality_curves(by_bench, result, plot_path, policy_name))
    return result


def plot_quality_curves(by_bench: dict[str, list[tuple[float, bool, bool]]], result: dict[str, Any],
                        plot_path: str | Path, policy_name: str) -> Path:
    """Quality against share of strong calls: the policy, a random router and the oracle."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise RuntimeError("--plot needs matplotlib, which is not installed: pip install matplotlib") from None
    benches = sorted(by_bench)
    fig, axes = plt.subplots(1, len(benches), figsize=(6 * len(benches), 4.5), squeeze=False)
    rng = random.Random(0)
    for ax, bench in zip(axes[0], benches):
        items = by_bench[bench]
        strong, weak = [i[1] for i in items], [i[2] for i in items]
        m = result[bench]
        xs, ys = zip(*m["curve"])
        ax.plot(xs, ys, marker=".", label=f"{policy_name} (APGR {m['apgr']:.3f})")
        rand = routing_curve([rng.random() for _ in items], strong, weak)
        ax.plot([p[0] for p in rand], [p[1] for p in rand], marker=".", label="random")
        shares = [i / 10 for i in range(11)]
        ax.plot([s * 100 for s in shares], [oracle_accuracy(strong, weak, s) for s in shares], marker="x", label="oracle")
        ax.axhline(m["weak_accuracy"], color="grey", linestyle="--", label="weak")
        ax.axhline(m["strong_accuracy"], color="red", linestyle="--", label="strong")
        ax.set(title=bench, xlabel="Strong model calls (%)", ylabel="Accuracy (%)")
        ax.legend()
    fig.tight_layout()
    out = Path(plot_path)
    fig.savefig(out)
    plt.close(fig)
    return out


def add_eval_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--labels", required=True, help="routing-labels JSONL (benchmark, prompt, weak_correct, strong_correct)")
    parser.add_argument("--policy", default=DEFAULT_POLICY, help=f"routing policy name (default {DEFAULT_POLICY})")
    parser.add_argument("--plot", default=None, help="write quality vs strong calls to this PNG (needs matplotlib)")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    return parser


def run_eval(args: argparse.Namespace) -> int:
    result = evaluate(args.labels, args.policy, args.plot)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for key, m in result.items():
        if isinstance(m, dict):
            print(f"{key}: n={m['n']} APGR={m['apgr']:.3f} CPT50={m['cpt50']:.1f}% CPT80={m['cpt80']:.1f}%")
    print(f"decision p50={result['decision_p50_ms']:.3f} ms p99={result['decision_p99_ms']:.3f} ms "
          f"(CPU time p99={result['decision_cpu_p99_ms']:.3f} ms)")
    return 0
