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
LABEL_FIELDS = ("benchmark", "prompt")
# Either correctness (GSM8K, MMLU) or a judge's score per answer (MT-Bench, 1-10): RouteLLM scores both
# the same way, with the mean correctness or the mean score as the quality of a routed mix.
QUALITY_FIELDS = (("weak_correct", "strong_correct"), ("weak_score", "strong_score"))


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


def oracle_accuracy(strong: Sequence[float], weak: Sequence[float], strong_share: float) -> float:
    """RouteLLM's `get_optimal_accuracy`: strong calls spent only where they gain most (for
    correctness: where weak fails and strong wins), a fraction of a call counting pro rata."""
    n = len(strong)
    gains = sorted((s - w for s, w in zip(strong, weak) if s > w), reverse=True)
    k = n * strong_share
    whole = min(int(k), len(gains))
    bonus = sum(gains[:whole]) + ((k - whole) * gains[whole] if whole < len(gains) else 0.0)
    return (sum(weak) + bonus) / n * 100


def benchmark_metrics(scores: Sequence[float], strong: Sequence[float], weak: Sequence[float]) -> dict[str, Any]:
    """APGR, CPT(50%), CPT(80%) for one benchmark, plus the curve that produced them.

    `strong`/`weak` are each answer's quality: correctness (bool) or a judge's score. "accuracy" is
    the mean quality x 100 either way. Where the two models tie on these rows the gap is zero and
    APGR and CPT are undefined: they are None, not a division by zero."""
    n = len(strong)
    weak_acc, strong_acc = sum(weak) / n * 100, sum(strong) / n * 100
    curve = routing_curve(scores, strong, weak)
    tie = abs(strong_acc - weak_acc) < 1e-9
    return {
        "n": n,
        "weak_accuracy": round(weak_acc, 4),
        "strong_accuracy": round(strong_acc, 4),
        "apgr": None if tie else round(apgr(curve, weak_acc, strong_acc), 4),
        "cpt50": None if tie else round(cpt(curve, weak_acc, strong_acc, 0.5), 2),
        "cpt80": None if tie else round(cpt(curve, weak_acc, strong_acc, 0.8), 2),
        "curve": [[round(x, 3), round(y, 3)] for x, y in curve],
    }


def qualities(row: dict[str, Any]) -> tuple[float, float]:
    """(strong, weak) quality of a labelled row: judge scores where it has them, else correctness."""
    if "strong_score" in row:
        return float(row["strong_score"]), float(row["weak_score"])
    return float(bool(row["strong_correct"])), float(bool(row["weak_correct"]))


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
                _check_fields(row, f"{path}:{i}")
                if not isinstance(row["prompt"], str):
                    raise LabelsError(f"{path}:{i}: 'prompt' must be a string")
                rows.append(row)
    except (OSError, UnicodeDecodeError) as err:
        raise LabelsError(f"cannot read labels file {path}: {err}; pass --labels FILE.jsonl") from None
    if not rows:
        raise LabelsError(f"{path}: no labelled rows")
    return rows


def _check_fields(row: dict[str, Any], where: str) -> None:
    need = "each line needs benchmark, prompt and weak_correct, strong_correct (or weak_score, strong_score)"
    for key in LABEL_FIELDS:
        if key not in row:
            raise LabelsError(f"{where}: missing field {key!r}; {need}")
    pair = next((p for p in QUALITY_FIELDS if p[0] in row or p[1] in row), QUALITY_FIELDS[0])
    for key in pair:
        if key not in row:
            raise LabelsError(f"{where}: missing field {key!r}; {need}")
    if pair[0] == "weak_score" and not all(isinstance(row[k], (int, float)) for k in pair):
        raise LabelsError(f"{where}: weak_score and strong_score must be numbers")


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

    from .eval_breakdown import breakdown, record_of

    rows = read_labels(labels_path)
    policy = make_policy(policy_name, options)
    views = catalogue_views()
    by_bench: dict[str, list] = defaultdict(list)
    times: list[float] = []
    cpu: list[float] = []   # thread CPU time: the same calls without preemption by other processes
    for i, row in enumerate(rows):
        request = route_request_from_prompt(row["prompt"])
        t0, c0 = time.perf_counter(), time.thread_time()
        decision = policy.decide(request, views)
        cpu.append((time.thread_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
        strong, weak = qualities(row)
        by_bench[row["benchmark"]].append(record_of(row, i, decision.score, strong, weak, decision.thinking,
                                                    decision.task))
    result: dict[str, Any] = {"policy": policy_name, "labels": str(labels_path), "rows": len(rows)}
    for bench, recs in sorted(by_bench.items()):
        result[bench] = {**benchmark_metrics([r.score for r in recs], [r.strong for r in recs], [r.weak for r in recs]),
                         **breakdown(recs)}
    for name, xs in (("decision", times), ("decision_cpu", cpu)):
        result[f"{name}_p50_ms"] = round(percentile(xs, 50), 4)
        result[f"{name}_p99_ms"] = round(percentile(xs, 99), 4)
    if plot_path is not None:
        result["plot"] = str(plot_quality_curves(by_bench, result, plot_path, policy_name))
    return result


def plot_quality_curves(by_bench: dict[str, list], result: dict[str, Any],
                        plot_path: str | Path, policy_name: str) -> Path:
    """Quality against share of strong calls: the policy, a random router and the oracle."""
    from .plotting import pyplot

    try:
        plt = pyplot()
    except ImportError as err:
        raise RuntimeError(f"--plot: {err}") from None
    benches = sorted(by_bench)
    fig, axes = plt.subplots(1, len(benches), figsize=(6 * len(benches), 4.5), squeeze=False)
    rng = random.Random(0)
    for ax, bench in zip(axes[0], benches):
        items = by_bench[bench]
        strong, weak = [r.strong for r in items], [r.weak for r in items]
        m = result[bench]
        xs, ys = zip(*m["curve"])
        ax.plot(xs, ys, marker=".", label=f"{policy_name} (APGR {m['apgr']})")
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


def _fmt(x: float | None, spec: str) -> str:
    return "n/a" if x is None else format(x, spec)


def _line(name: str, m: dict[str, Any]) -> str:
    return (f"{name}: n={m['n']} APGR={_fmt(m['apgr'], '.3f')} CPT50={_fmt(m['cpt50'], '.1f')}% "
            f"CPT80={_fmt(m['cpt80'], '.1f')}%")


def _spread(s: dict[str, Any]) -> str:
    return f" folds APGR={s['apgr_mean']:.3f}±{s['apgr_sd']:.3f}" if s.get("apgr") else ""


def add_eval_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--labels", required=True, help="routing-labels JSONL (benchmark, prompt, weak_correct/strong_correct or "
                        "weak_score/strong_score; optional category, lang, mgsm_index)")
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
            print(_line(key, m) + f" thinking={m['thinking_rate']:.0%}" + _spread(m["spread"]))
            for field in ("by_category", "by_lang"):
                for value, sub in m.get(field, {}).items():
                    print("  " + _line(f"{field[3:]}={value}", sub) + f" thinking={sub['thinking_rate']:.0%} "
                          f"tasks={','.join(f'{t}:{c}' for t, c in sub['tasks'].items())}")
            if m.get("lang_minus_en"):
                print("  APGR minus English on the same questions: "
                      + " ".join(f"{k}={v:+.3f}" for k, v in m["lang_minus_en"].items()))
    print(f"decision p50={result['decision_p50_ms']:.3f} ms p99={result['decision_p99_ms']:.3f} ms "
          f"(CPU time p99={result['decision_cpu_p99_ms']:.3f} ms)")
    return 0
