#!/usr/bin/env python
"""Train the complexity policy's difficulty score from routing labels; report k-fold CV APGR.

Why a script and not a notebook: the artefact under gateway/routing/ must be reproducible bit for
bit from the labels (fixed seeds, sorted inputs, fixed iteration counts), and the CV numbers quoted
for it must come from the same code. numpy is used here only; the gateway reads the JSON in pure
Python.

The model: a logistic regression on standardised script-agnostic signals plus hashed ASCII word
n-grams (see gateway/routing/signals.py). The target is "the weak model fails" or "the strong model
helps" (`--target`); the benchmark name only balances sample weights and stratifies folds, it is
never an input. The artefact holds weights and a calibration table of training scores, never a
prompt.

    python scripts/train_router.py --labels-dir /work/shared/data/routing-labels --folds 5
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.evaluation import benchmark_metrics  # noqa: E402
from gateway.routing.model import ARTEFACT_PATH, ARTEFACT_VERSION  # noqa: E402
from gateway.routing.signals import FEATURE_NAMES, Z_CLIP, dense_signals, feature_vector, lexical_buckets  # noqa: E402
from gateway.tokens import count_tokens  # noqa: E402


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load(labels_dir: Path) -> tuple[list[dict], str]:
    files = sorted(labels_dir.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"no *.jsonl under {labels_dir}")
    digest = hashlib.sha256()
    rows = []
    for f in files:
        data = f.read_bytes()
        digest.update(f.name.encode() + b"\0" + data)
        rows += [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    return rows, digest.hexdigest()


def featurize(rows: list[dict], dim: int) -> tuple[np.ndarray, list[list[int]]]:
    dense, lex = [], []
    t0 = time.time()
    for i, r in enumerate(rows):
        text = r["prompt"]
        dense.append(feature_vector(dense_signals(text, count_tokens(text))))
        lex.append(lexical_buckets(text, dim) if dim else [])
        if (i + 1) % 2000 == 0:
            log(f"  features {i + 1}/{len(rows)} ({time.time() - t0:.1f}s)")
    return np.asarray(dense, dtype=np.float64), lex


def targets(rows: list[dict], target: str) -> np.ndarray:
    w = np.array([bool(r["weak_correct"]) for r in rows])
    s = np.array([bool(r["strong_correct"]) for r in rows])
    if target == "weak_wrong":
        return (~w).astype(float)
    if target == "strong_helps":
        return (s & ~w).astype(float)
    if target == "gain":
        return s.astype(float) - w.astype(float)
    raise SystemExit(f"unknown --target {target}")


class Sparse:
    """Rows of binary hashed buckets scaled by 1/sqrt(count), as CSR arrays."""

    def __init__(self, lex: list[list[int]], idx: np.ndarray):
        parts = [lex[i] for i in idx]
        self.indptr = np.cumsum([0] + [len(p) for p in parts])
        self.indices = np.array([j for p in parts for j in p], dtype=np.int64)
        self.data = np.concatenate([np.full(len(p), 1 / np.sqrt(max(len(p), 1))) for p in parts]) if parts else np.zeros(0)
        self.rows = np.repeat(np.arange(len(parts)), np.diff(self.indptr))

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.indices] * self.data, minlength=len(self.indptr) - 1)

    def tdot(self, g: np.ndarray, dim: int) -> np.ndarray:
        return np.bincount(self.indices, weights=g[self.rows] * self.data, minlength=dim)


def fit(dense: np.ndarray, lex: Sparse | None, y: np.ndarray, sw: np.ndarray, dim: int, args) -> dict:
    """L2-regularised logistic regression (least squares for the -1/0/1 `gain` target), full-batch
    Adam with fixed iterations: deterministic."""
    mean, std = dense.mean(0), dense.std(0)
    std[std < 1e-9] = 1.0
    z = np.clip((dense - mean) / std, -Z_CLIP, Z_CLIP)
    wd, wl, b = np.zeros(z.shape[1]), np.zeros(dim), 0.0
    params = [wd, wl, np.zeros(1)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    sw = sw / sw.sum()
    for it in range(1, args.iters + 1):
        logit = z @ wd + (lex.dot(wl) if lex is not None else 0) + params[2][0]
        p = logit if args.target == "gain" else 1 / (1 + np.exp(-logit))
        g = (p - y) * sw
        grads = [z.T @ g + args.l2_dense * wd,
                 (lex.tdot(g, dim) if lex is not None else np.zeros(dim)) + args.l2_lex * wl,
                 np.array([g.sum()])]
        for k, (prm, gr) in enumerate(zip(params, grads)):
            m[k] = 0.9 * m[k] + 0.1 * gr
            v[k] = 0.999 * v[k] + 0.001 * gr * gr
            prm -= args.lr * (m[k] / (1 - 0.9 ** it)) / (np.sqrt(v[k] / (1 - 0.999 ** it)) + 1e-8)
    return {"mean": mean, "std": std, "wd": wd, "wl": wl, "b": float(params[2][0])}


def predict(model: dict, dense: np.ndarray, lex: Sparse | None) -> np.ndarray:
    z = np.clip((dense - model["mean"]) / model["std"], -Z_CLIP, Z_CLIP)
    return z @ model["wd"] + (lex.dot(model["wl"]) if lex is not None else 0) + model["b"]


def sample_weights(rows: list[dict]) -> np.ndarray:
    """Each benchmark weighs the same in total, so GSM8K's 651 rows are not drowned by MMLU's 7K."""
    benches = [r["benchmark"] for r in rows]
    counts = {b: benches.count(b) for b in set(benches)}
    return np.array([1.0 / counts[b] for b in benches])


def folds_of(rows: list[dict], k: int, seed: int) -> np.ndarray:
    """Stratified by benchmark, shuffled with a fixed seed."""
    fold = np.zeros(len(rows), dtype=int)
    rng = random.Random(seed)
    for bench in sorted({r["benchmark"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["benchmark"] == bench]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = j % k
    return fold


def metrics_by_bench(rows: list[dict], idx: np.ndarray, scores: np.ndarray) -> dict[str, dict]:
    out = {}
    for bench in sorted({rows[i]["benchmark"] for i in idx}):
        sel = [j for j, i in enumerate(idx) if rows[i]["benchmark"] == bench]
        m = benchmark_metrics([float(scores[j]) for j in sel], [bool(rows[idx[j]]["strong_correct"]) for j in sel],
                              [bool(rows[idx[j]]["weak_correct"]) for j in sel])
        out[bench] = {k: m[k] for k in ("n", "apgr", "cpt50", "cpt80")}
    return out


def cross_validate(rows, dense, lex, y, sw, args) -> dict:
    fold = folds_of(rows, args.folds, args.seed)
    per_fold = []
    for f in range(args.folds):
        tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
        model = fit(dense[tr], Sparse(lex, tr) if args.dim else None, y[tr], sw[tr], args.dim, args)
        scores = predict(model, dense[te], Sparse(lex, te) if args.dim else None)
        res = metrics_by_bench(rows, te, scores)
        per_fold.append(res)
        log(f"fold {f + 1}/{args.folds}: " + "  ".join(
            f"{b} APGR={m['apgr']:.3f} CPT50={m['cpt50']:.1f}% CPT80={m['cpt80']:.1f}%" for b, m in res.items()))
    mean = {b: {k: round(float(np.mean([pf[b][k] for pf in per_fold])), 4) for k in ("apgr", "cpt50", "cpt80")}
            for b in per_fold[0]}
    for b, m in mean.items():
        sd = float(np.std([pf[b]["apgr"] for pf in per_fold]))
        log(f"CV mean {b}: APGR={m['apgr']:.3f} (sd {sd:.3f}) CPT50={m['cpt50']:.1f}% CPT80={m['cpt80']:.1f}%")
    return {"folds": args.folds, "seed": args.seed, "mean": mean, "per_fold": per_fold}


def calibration(raw: np.ndarray, points: int = 101) -> list[float]:
    """Quantiles of the training scores: the runtime maps a raw score to its percentile in [0, 1]."""
    return [round(float(q), 5) for q in np.quantile(raw, np.linspace(0, 1, points))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--labels-dir", type=Path, default=Path("/work/shared/data/routing-labels"))
    ap.add_argument("--out", type=Path, default=ARTEFACT_PATH, help="artefact JSON to write")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--target", choices=["weak_wrong", "strong_helps", "gain"], default="gain")
    ap.add_argument("--dim", type=int, default=1 << 14, help="hashed lexical buckets (0 = dense signals only)")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--l2-dense", type=float, default=1e-3)
    ap.add_argument("--l2-lex", type=float, default=1e-2)
    ap.add_argument("--cv-only", action="store_true", help="report CV, write nothing")
    args = ap.parse_args(argv)

    rows, data_hash = load(args.labels_dir)
    log(f"{len(rows)} rows from {args.labels_dir} (sha256 {data_hash[:12]})")
    dense, lex = featurize(rows, args.dim)
    y, sw = targets(rows, args.target), sample_weights(rows)
    cv = cross_validate(rows, dense, lex, y, sw, args) if args.folds > 1 else None
    if args.cv_only:
        return 0
    log("training on all rows")
    allidx = np.arange(len(rows))
    model = fit(dense, Sparse(lex, allidx) if args.dim else None, y, sw, args.dim, args)
    raw = predict(model, dense, Sparse(lex, allidx) if args.dim else None)
    artefact = {
        "version": ARTEFACT_VERSION,
        "data_sha256": data_hash,
        "rows": len(rows),
        "target": args.target,
        "hyper": {"dim": args.dim, "iters": args.iters, "lr": args.lr, "l2_dense": args.l2_dense,
                  "l2_lex": args.l2_lex, "folds": args.folds, "seed": args.seed},
        "features": list(FEATURE_NAMES),
        "mean": [round(float(x), 6) for x in model["mean"]],
        "std": [round(float(x), 6) for x in model["std"]],
        "dense_weights": [round(float(x), 6) for x in model["wd"]],
        "bias": round(model["b"], 6),
        "lexical_dim": args.dim,
        "lexical_weights": {str(i): round(float(w), 4) for i, w in enumerate(model["wl"]) if abs(w) >= 5e-4},
        "calibration": calibration(raw),
        "cv": cv,
    }
    args.out.write_text(json.dumps(artefact, separators=(",", ":"), sort_keys=True) + "\n")
    log(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, version {ARTEFACT_VERSION})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
