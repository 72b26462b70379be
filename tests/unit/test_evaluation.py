"""RouteLLM's metrics on hand-computed cases, and the offline evaluation end to end."""

from __future__ import annotations

import json
import random

import pytest

from gateway.evaluation import apgr, benchmark_metrics, evaluate, oracle_accuracy, qcut_edges, routing_curve

# Four prompts: the strong model gets all right, the weak one the first two.
STRONG = [True, True, True, True]
WEAK = [True, True, False, False]
PERFECT = [0.1, 0.2, 0.3, 0.4]      # hardest for the weak model scored highest
INVERTED = [0.4, 0.3, 0.2, 0.1]


def test_qcut_edges_by_hand():
    # linear percentiles of 4 values at 0, 10, ..., 100%: virtual index 3q
    want = [0.1, 0.13, 0.16, 0.19, 0.22, 0.25, 0.28, 0.31, 0.34, 0.37, 0.4]
    assert qcut_edges(PERFECT) == pytest.approx(want)


def test_qcut_edges_match_numpy_bit_for_bit():
    np = pytest.importorskip("numpy")
    rng = random.Random(7)
    for _ in range(200):
        xs = [rng.choice([rng.random(), round(rng.random(), 1)]) for _ in range(rng.randint(1, 60))]
        ref = np.percentile(np.asarray(xs), np.linspace(0, 1, 11) * 100.0, method="linear")
        assert qcut_edges(xs) == [float(v) for v in ref]


def test_perfect_score_by_hand():
    # strong calls 100/75/50/25/0% give accuracy 100/100/100/75/50 -> area 0.875, APGR (87.5-50)/50
    curve = routing_curve(PERFECT, STRONG, WEAK)
    assert curve[0] == (0.0, 50.0) and curve[-1] == (100.0, 100.0)
    m = benchmark_metrics(PERFECT, STRONG, WEAK)
    assert m["apgr"] == pytest.approx(0.75)
    assert m["cpt50"] == pytest.approx(25.0)   # accuracy 75 first reached at 25% strong calls
    assert m["cpt80"] == pytest.approx(40.0)   # 90 lies 15/25 of the way from (25%, 75) to (50%, 100)


def test_inverted_score_by_hand():
    # accuracy 50/50/50/75/100 at 0/25/50/75/100% -> area 0.625, APGR 0.25
    assert benchmark_metrics(INVERTED, STRONG, WEAK)["apgr"] == pytest.approx(0.25)


def test_oracle_by_hand():
    assert oracle_accuracy(STRONG, WEAK, 0.0) == 50.0
    assert oracle_accuracy(STRONG, WEAK, 0.25) == 75.0
    assert oracle_accuracy(STRONG, WEAK, 0.8) == 100.0   # only two prompts gain from the strong model


def synthetic(n=3000, seed=1):
    rng = random.Random(seed)
    strong = [rng.random() < 0.85 for _ in range(n)]
    weak = [rng.random() < 0.6 for _ in range(n)]
    return rng, strong, weak


def test_random_score_is_near_half():
    rng, strong, weak = synthetic()
    values = [benchmark_metrics([rng.random() for _ in strong], strong, weak)["apgr"] for _ in range(5)]
    assert abs(sum(values) / len(values) - 0.5) < 0.05


def test_oracle_score_beats_everything_and_inverse_is_worst():
    rng, strong, weak = synthetic()
    gain = [int(s) - int(w) + rng.random() * 1e-3 for s, w in zip(strong, weak)]
    best = benchmark_metrics(gain, strong, weak)
    worst = benchmark_metrics([-g for g in gain], strong, weak)
    assert best["apgr"] > 1.0          # the mix beats the strong model alone
    assert worst["apgr"] < 0.0
    assert best["cpt50"] < 30 < 70 < worst["cpt50"]


def test_apgr_normalises_weak_and_strong():
    assert apgr([(0.0, 60.0), (100.0, 80.0)], 60.0, 80.0) == pytest.approx(0.5)
    assert apgr([(0.0, 80.0), (100.0, 80.0)], 60.0, 80.0) == pytest.approx(1.0)


def test_evaluate_end_to_end(tmp_path):
    rows = []
    rng = random.Random(3)
    for i in range(40):
        rows.append({"benchmark": "gsm8k", "domain": "math", "prompt": f"Tom has {i + 3} apples and buys {2 * i} more. How many?",
                     "weak_correct": rng.random() < 0.6, "strong_correct": rng.random() < 0.9})
        rows.append({"benchmark": "mmlu", "domain": "x", "prompt": f"Question {i}: what is the capital?\nA. a\nB. b\nC. c\nD. d\nAnswer:",
                     "weak_correct": rng.random() < 0.6, "strong_correct": rng.random() < 0.8})
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = evaluate(path)
    json.dumps(result)
    for bench in ("gsm8k", "mmlu"):
        assert {"apgr", "cpt50", "cpt80"} <= set(result[bench]) and result[bench]["n"] == 40
    assert 0 < result["decision_p50_ms"] <= result["decision_p99_ms"]
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        with pytest.raises(RuntimeError, match="matplotlib"):
            evaluate(path, plot_path=tmp_path / "p.png")
    else:
        evaluate(path, plot_path=tmp_path / "p.png")
        assert (tmp_path / "p.png").stat().st_size > 0
