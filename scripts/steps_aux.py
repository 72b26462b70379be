#!/usr/bin/env python
"""The free head's step regressor: how many solution steps a word problem needs, learned from MathQA.

Why: GSM8K's weak-versus-strong gain depends largely on how many reasoning steps a problem takes,
and 651 noisy binary rows teach that poorly. `data/mathqa-steps/steps.jsonl` holds 7,459 other
problems (MathQA, Apache-2.0; see its README) with the length of their annotated solution program.
A linear regressor over the free head's own signals and hashed words, fitted once on all of them
(no GSM8K, MGSM or MMLU row, so it needs no folds), predicts log(1 + steps); its prediction is one
more signal of the free head (artefact version 7, `model.Head.steps`). Fitted deterministically
(fixed iterations, no randomness) and rounded as the artefact stores it, so the trainer's scores and
the runtime's agree.

    python scripts/steps_aux.py            # the regressor's held-out fit on MathQA, and how its
                                           # prediction alone orders the GSM8K rows
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gateway.evaluation import benchmark_metrics  # noqa: E402
from gateway.routing.features import route_request_from_prompt  # noqa: E402
from gateway.routing.signals import dense_signals, head_vector, lexical_buckets, structure_signals  # noqa: E402
from linear_fit import Sparse, fit, linear_predict  # noqa: E402

STEPS_PATH = ROOT / "data" / "mathqa-steps" / "steps.jsonl"
CAP = 12                 # programs longer than this count as this (1% of rows; the longest has 25 steps)
L2 = (1e-2, 1e-3)        # (signals, words): set once before any measurement, never tuned
ITERS, LR = 300, 0.05    # the trainer's own


def load_steps(path: Path) -> tuple[list[dict], str]:
    data = path.read_bytes()
    return [json.loads(line) for line in data.decode().splitlines() if line.strip()], hashlib.sha256(data).hexdigest()


def free_inputs(text: str, dim: int) -> tuple[list[float], list[int]]:
    """The free head's signals and hashed buckets of a text, as the trainer computes them."""
    tokens = route_request_from_prompt(text).prompt_tokens
    x = head_vector("free", dense_signals(text, tokens), structure_signals(text, tokens))
    return x, sorted(lexical_buckets(text, dim)) if dim else []


def _targets(rows: list[dict], shuffle: int) -> np.ndarray:
    y = np.log1p(np.minimum([r["steps"] for r in rows], CAP).astype(float))
    return np.random.default_rng(shuffle).permutation(y) if shuffle else y   # shuffle: a control only


def _fit(x: np.ndarray, lex: list[list[int]], y: np.ndarray, idx: np.ndarray, dim: int) -> dict:
    return fit(x[idx], Sparse(lex, idx) if dim else None, y[idx], dim, L2, argparse.Namespace(iters=ITERS, lr=LR))


def rounded(model: dict, dim: int) -> dict:
    """The model as the artefact stores it (train_router.head_artefact's rounding and pruning)."""
    r6 = [round(float(v), 6) for v in model["mean"]], [round(float(v), 6) for v in model["std"]]
    wl = np.zeros(dim)
    for i, w in enumerate(model["wl"][:dim]):
        if abs(w) >= 5e-4:
            wl[i] = round(float(w), 4)
    return {"mean": np.array(r6[0]), "std": np.array(r6[1]), "wd": np.array([round(float(v), 6) for v in model["wd"]]),
            "wl": wl, "b": round(float(model["b"]), 6)}


def fit_steps(path: Path, dim: int, shuffle: int = 0) -> dict:
    """The regressor on every row of `path`, rounded as stored; `dim` 0 reads the signals only."""
    rows, digest = load_steps(path)
    feats = [free_inputs(r["problem"], dim) for r in rows]
    x = np.array([f[0] for f in feats])
    model = rounded(_fit(x, [f[1] for f in feats], _targets(rows, shuffle), np.arange(len(rows)), dim), dim)
    return {**model, "dim": dim, "rows": len(rows), "data_sha256": digest}


def column(model: dict, x_free: np.ndarray, lex: list[list[int]]) -> np.ndarray:
    """The regressor's prediction for rows of free-head signals and their buckets."""
    words = Sparse(lex, np.arange(len(lex))) if model["dim"] else None
    return linear_predict(model, x_free, words)


def artefact(model: dict) -> dict:
    return {"kind": "linear", "target": f"log(1 + min(steps, {CAP}))", "data_sha256": model["data_sha256"],
            "rows": model["rows"], "l2": list(L2), "mean": [float(v) for v in model["mean"]],
            "std": [float(v) for v in model["std"]], "dense_weights": [float(v) for v in model["wd"]],
            "bias": model["b"], "lexical_weights": {str(i): float(w) for i, w in enumerate(model["wl"]) if w}}


def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(np.argsort(np.argsort(a)), np.argsort(np.argsort(b)))[0, 1])


def diagnose(path: Path, labels_dir: Path, dim: int) -> dict:
    """Held-out fit on a fixed 80/20 split of MathQA, then the full fit's order of the GSM8K rows."""
    rows, _ = load_steps(path)
    feats = [free_inputs(r["problem"], dim) for r in rows]
    x, lex, y = np.array([f[0] for f in feats]), [f[1] for f in feats], _targets(rows, 0)
    perm = np.random.default_rng(0).permutation(len(rows))
    cut = int(0.8 * len(rows))
    te = perm[cut:]
    pred = column({**_fit(x, lex, y, perm[:cut], dim), "dim": dim}, x[te], [lex[i] for i in te])
    gsm = [json.loads(line) for line in (labels_dir / "gsm8k.dev.jsonl").read_text().splitlines() if line.strip()]
    gf = [free_inputs(r["prompt"], dim) for r in gsm]
    p = column(fit_steps(path, dim), np.array([f[0] for f in gf]), [f[1] for f in gf])
    strong = np.array([float(r["strong_correct"]) for r in gsm])
    weak = np.array([float(r["weak_correct"]) for r in gsm])
    out = {"mathqa_heldout_r2": 1 - float(np.mean((pred - y[te]) ** 2) / np.var(y[te])),
           "mathqa_heldout_spearman": _spearman(pred, y[te]),
           "gsm8k_spearman_gain": _spearman(p, strong - weak), "gsm8k_spearman_weak_wrong": _spearman(p, 1 - weak),
           "gsm8k_spearman_strong_wrong": _spearman(p, 1 - strong),
           "gsm8k_apgr_alone": benchmark_metrics(list(map(float, p)), list(map(bool, strong)), list(map(bool, weak)))["apgr"]}
    return {k: round(v, 4) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--steps", type=Path, default=STEPS_PATH)
    ap.add_argument("--labels-dir", type=Path, default=ROOT.parent / "shared" / "data" / "routing-labels")
    ap.add_argument("--dim", type=int, default=1 << 14, help="hashed word buckets (0 = signals only)")
    args = ap.parse_args(argv)
    print(json.dumps(diagnose(args.steps, args.labels_dir, args.dim)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
