#!/usr/bin/env python
"""Train the complexity policy's difficulty score from routing labels; report repeated k-fold CV APGR.

Why a script and not a notebook: the artefact under gateway/routing/ must be reproducible bit for
bit from the labels (fixed seeds, sorted inputs, fixed iteration counts), and the CV numbers quoted
for it must come from the same code. numpy is used here only; the gateway reads the JSON in pure
Python.

The model (artefact version 7): one head per prompt layout, picked from the prompt itself
(`signals.head_of`: answer options or free form), each fitted to the gain "strong right minus weak
right" (-1/0/1). The free-form head (~650 rows) is a least-squares fit on its standardised
script-agnostic signals plus hashed ASCII word n-grams, L2-regularised; one of its signals is the
step count that a regressor over the same inputs predicts, fitted first on 7,459 MathQA problems
(`steps_aux.py`, data in data/mathqa-steps/, read offline). The multiple-choice head
(~7,000 rows) is least-squares gradient boosting of 100 depth-3 trees on its signals (no words):
the signals interact (option shape with question length, say) in ways a linear score misses.
The benchmark name only stratifies folds; it is never an input. The artefact holds weights, trees
and calibration tables of training scores, never a prompt. Signals are computed with the prompt
token count the gateway's policy sees (the chat template's fixed tokens included).

CV: folds stratified by benchmark and by (strong, weak) correctness, repeated with seeds
seed..seed+repeats-1; per benchmark the mean and sd of APGR/CPT over all repeats x folds.

    python scripts/train_router.py --labels-dir ../shared/data/routing-labels --folds 5 --repeats 3
"""

from __future__ import annotations

import argparse
import functools
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
from gateway.routing.signals import (HEAD_FEATURES, HEAD_INPUTS, dense_signals, head_of, head_vector,  # noqa: E402
                                     lexical_buckets, structure_signals)
from gateway.routing.features import route_request_from_prompt  # noqa: E402
from linear_fit import Sparse, fit, linear_predict  # noqa: E402  (scripts/ is on sys.path when run as a script)
from steps_aux import STEPS_PATH, fit_steps  # noqa: E402
from steps_aux import artefact as steps_artefact  # noqa: E402
from steps_aux import column as steps_column  # noqa: E402
from translation_cv import Translations  # noqa: E402

# What each head fits, chosen by repeated CV on whole folds, never on single rows. The free-form head
# (~650 rows) is linear: boosted trees over its signals scored 0.58 there against 0.62 for a linear fit.
# The multiple-choice head (~7,000 rows) is boosted trees over its signals: 0.666 against 0.651
# for the linear fit, and hashed words added nothing to the trees (0.664), so that head reads none.
HEAD_KIND = {"free": "linear", "mc": "trees"}
# L2 strengths (dense, lexical) of the linear heads.
HEAD_L2 = {"free": (1e-1, 3e-2)}
# Boosted regression trees: count, depth, shrinkage, quantile bins per signal, least rows per leaf,
# L2 on leaf values. Deterministic: quantile bins, exhaustive split search, first best split wins.
TREES = {"n_trees": 100, "depth": 3, "lr": 0.05, "bins": 16, "min_leaf": 30, "l2": 1.0}
METRICS = ("apgr", "cpt50", "cpt80")


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# The files the score is fitted on: correctness labels of English prompts. The folder's other files
# (mgsm: translations of GSM8K rows; mt_bench: judge scores) only evaluate it, never train it.
TRAIN_FILES = ("gsm8k.dev.jsonl", "mmlu.dev.jsonl")


def load(labels_dir: Path) -> tuple[list[dict], str]:
    files = sorted(f for f in labels_dir.glob("*.jsonl") if f.name in TRAIN_FILES)
    if not files:
        raise SystemExit(f"no *.jsonl under {labels_dir}")
    digest = hashlib.sha256()
    rows = []
    for f in files:
        data = f.read_bytes()
        digest.update(f.name.encode() + b"\0" + data)
        rows += [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    return rows, digest.hexdigest()


def featurize(rows: list[dict], dim: int, steps: dict | None = None) -> tuple[list[str], dict[str, np.ndarray], list[list[int]]]:
    """Head of each row, each head's signal matrix (every row, whichever head reads it), hashed buckets.
    With `steps` (steps_aux.fit_steps) the free head's matrix ends with the predicted step count."""
    heads, vecs, lex = [], {h: [] for h in HEAD_FEATURES}, []
    t0 = time.time()
    for i, r in enumerate(rows):
        text = r["prompt"]
        tokens = route_request_from_prompt(text).prompt_tokens   # what the gateway's policy sees
        sig = dense_signals(text, tokens)
        struct = structure_signals(text, tokens)
        heads.append(head_of(sig))
        for h in HEAD_FEATURES:
            vecs[h].append(head_vector(h, sig, struct))
        lex.append(sorted(lexical_buckets(text, dim)) if dim else [])
        if (i + 1) % 2000 == 0:
            log(f"  features {i + 1}/{len(rows)} ({time.time() - t0:.1f}s)")
    mats = {h: np.asarray(v, dtype=np.float64) for h, v in vecs.items()}
    if steps is not None and rows:
        mats["free"] = np.hstack([mats["free"], steps_column(steps, mats["free"], lex)[:, None]])
    return heads, mats, lex


def gain(rows: list[dict]) -> np.ndarray:
    return np.array([float(bool(r["strong_correct"])) - float(bool(r["weak_correct"])) for r in rows])


def fit_trees(x: np.ndarray, y: np.ndarray, n_trees: int, depth: int, lr: float, bins: int, min_leaf: int,
              l2: float) -> dict:
    """Least-squares gradient boosting of complete trees, grown level by level on quantile bins.

    Each tree is stored in heap order (see model.Head): `feature` -1 where a node does not split
    (its rows go left), go right when x >= threshold. Leaf values are rounded to 6 decimals before
    they update the fit, so the artefact reproduces the training scores exactly.
    """
    n, d = x.shape
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, bins + 1)[1:-1])) for j in range(d)]
    binned = np.stack([np.searchsorted(edges[j], x[:, j], side="right") for j in range(d)], 1)
    fitted = np.zeros(n)
    trees = []
    for _ in range(n_trees):
        r = y - fitted
        nodes, feature, threshold = [np.arange(n)], [], []
        for _level in range(depth):
            children = []
            for idx in nodes:
                j, k = _best_split(binned[idx], r[idx], [len(e) + 1 for e in edges], min_leaf, l2)
                if j < 0:
                    feature.append(-1)
                    threshold.append(0.0)
                    children += [idx, idx[:0]]
                else:
                    right = binned[idx, j] > k          # x >= edges[j][k]
                    feature.append(j)
                    threshold.append(float(edges[j][k]))
                    children += [idx[~right], idx[right]]
            nodes = children
        leaf = [round(float(r[idx].sum() / (len(idx) + l2) * lr), 6) if len(idx) else 0.0 for idx in nodes]
        tree = {"feature": feature, "threshold": threshold, "leaf": leaf}
        trees.append(tree)
        fitted += tree_predict(tree, x)
    return {"trees": trees}


def _best_split(binned: np.ndarray, r: np.ndarray, n_bins: list[int], min_leaf: int, l2: float) -> tuple[int, int]:
    """(signal, bin) of the split of these rows that most reduces the L2-penalised squared error of
    residuals `r`, each side keeping `min_leaf` rows; (-1, -1) when no split gains. Ties: the first."""
    best, cnt = (0.0, -1, -1), len(r)
    if cnt < 2 * min_leaf:
        return -1, -1
    tot = r.sum()
    for j, nb in enumerate(n_bins):
        cs = np.cumsum(np.bincount(binned[:, j], weights=r, minlength=nb))[:-1]
        cc = np.cumsum(np.bincount(binned[:, j], minlength=nb))[:-1]
        ok = (cc >= min_leaf) & (cnt - cc >= min_leaf)
        if not ok.any():
            continue
        gain = cs ** 2 / (cc + l2) + (tot - cs) ** 2 / (cnt - cc + l2) - tot ** 2 / (cnt + l2)
        gain[~ok] = -1.0
        k = int(np.argmax(gain))
        if gain[k] > best[0]:
            best = (float(gain[k]), j, k)
    return best[1], best[2]


def tree_predict(tree: dict, x: np.ndarray) -> np.ndarray:
    inner = len(tree["feature"])
    pos = np.zeros(len(x), dtype=np.int64)
    while True:
        live = pos < inner
        if not live.any():
            break
        p = pos[live]
        feat = np.asarray(tree["feature"])[p]
        thr = np.asarray(tree["threshold"])[p]
        rows = np.where(live)[0]
        go_right = (feat >= 0) & (x[rows, np.maximum(feat, 0)] >= thr)
        pos[live] = 2 * p + np.where(go_right, 2, 1)
    return np.asarray(tree["leaf"])[pos - inner]


def predict(model: dict, dense: np.ndarray, lex: Sparse | None) -> np.ndarray:
    if "trees" in model:
        return sum((tree_predict(t, dense) for t in model["trees"]), np.zeros(len(dense)))
    return linear_predict(model, dense, lex)


def calibration(raw: np.ndarray, points: int = 101) -> list[float]:
    """Quantiles of the training scores: the runtime maps a raw score to its percentile in [0, 1]."""
    return [round(float(q), 5) for q in np.quantile(raw, np.linspace(0, 1, points))]


def percentile(cal: list[float], raw: np.ndarray) -> np.ndarray:
    """What the runtime's Head.percentile returns, vectorised."""
    return np.interp(raw, cal, np.linspace(0, 1, len(cal)))


def uses_lex(head: str, dim: int) -> bool:
    return bool(dim) and HEAD_KIND[head] == "linear"


def train_heads(heads: np.ndarray, mats: dict[str, np.ndarray], lex: list[list[int]], y: np.ndarray,
                idx: np.ndarray, args) -> dict[str, dict]:
    out = {}
    for h in HEAD_FEATURES:
        tr = idx[heads[idx] == h]
        if len(tr) == 0:
            continue
        words = Sparse(lex, tr) if uses_lex(h, args.dim) else None
        if HEAD_KIND[h] == "trees":
            model = fit_trees(mats[h][tr], y[tr], **TREES)
        else:
            model = fit(mats[h][tr], words, y[tr], args.dim, HEAD_L2[h], args)
        model["calibration"] = calibration(predict(model, mats[h][tr], words))
        out[h] = model
    return out


def score_rows(models: dict[str, dict], heads: np.ndarray, mats: dict[str, np.ndarray], lex: list[list[int]],
               idx: np.ndarray, dim: int) -> np.ndarray:
    scores = np.zeros(len(idx))
    for h, model in models.items():
        sel = np.where(heads[idx] == h)[0]
        if len(sel):
            rows = idx[sel]
            raw = predict(model, mats[h][rows], Sparse(lex, rows) if uses_lex(h, dim) else None)
            scores[sel] = percentile(model["calibration"], raw)
    return scores


def folds_of(rows: list[dict], k: int, seed: int) -> np.ndarray:
    """Stratified by benchmark and by (strong, weak) correctness, shuffled with a fixed seed."""
    fold = np.zeros(len(rows), dtype=int)
    rng = random.Random(seed)
    strata: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        strata.setdefault((r["benchmark"], bool(r["strong_correct"]), bool(r["weak_correct"])), []).append(i)
    offset = 0
    for key in sorted(strata):
        idx = strata[key]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            fold[i] = (j + offset) % k
        offset += len(idx)
    return fold


def metrics_by_bench(rows: list[dict], idx: np.ndarray, scores: np.ndarray) -> dict[str, dict]:
    out = {}
    for bench in sorted({rows[i]["benchmark"] for i in idx}):
        sel = [j for j, i in enumerate(idx) if rows[i]["benchmark"] == bench]
        m = benchmark_metrics([float(scores[j]) for j in sel], [bool(rows[idx[j]]["strong_correct"]) for j in sel],
                              [bool(rows[idx[j]]["weak_correct"]) for j in sel])
        out[bench] = {k: m[k] for k in ("n",) + METRICS}
    return out


def cross_validate(rows, heads, mats, lex, y, args, translations: Translations) -> dict:
    per_fold = []
    for rep in range(args.repeats):
        fold = folds_of(rows, args.folds, args.seed + rep)
        for f in range(args.folds):
            tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
            models = train_heads(heads, mats, lex, y, tr, args)
            res = metrics_by_bench(rows, te, score_rows(models, heads, mats, lex, te, args.dim))
            per_fold.append(res)
            if translations:
                translations.score_fold(rep, te, models, score_rows, args.dim)
            log(f"repeat {rep + 1} fold {f + 1}/{args.folds}: " + "  ".join(
                f"{b} APGR={m['apgr']:.3f} CPT50={m['cpt50']:.1f}% CPT80={m['cpt80']:.1f}%" for b, m in res.items()))
    summary = {}
    for b in per_fold[0]:
        summary[b] = {}
        for k in METRICS:
            vals = [pf[b][k] for pf in per_fold]
            summary[b][k] = round(float(np.mean(vals)), 4)
            summary[b][k + "_sd"] = round(float(np.std(vals)), 4)
        reps = [float(np.mean([pf[b]["apgr"] for pf in per_fold[r * args.folds:(r + 1) * args.folds]]))
                for r in range(args.repeats)]
        summary[b]["apgr_by_repeat"] = [round(x, 4) for x in reps]
        s = summary[b]
        log(f"CV {args.repeats}x{args.folds} {b}: APGR={s['apgr']:.3f} ± {s['apgr_sd']:.3f} "
            f"(repeat means {', '.join(f'{x:.3f}' for x in reps)})  CPT50={s['cpt50']:.1f}% ± {s['cpt50_sd']:.1f}  "
            f"CPT80={s['cpt80']:.1f}% ± {s['cpt80_sd']:.1f}")
    result = {"folds": args.folds, "repeats": args.repeats, "seed": args.seed, "mean": summary, "per_fold": per_fold}
    if translations:
        result["mgsm_by_lang"] = translations.summary()
        log("CV mgsm (out-of-fold, translations with their original): " + "  ".join(
            f"{k}={v['apgr']:.3f}±{v['apgr_sd']:.3f} ({v['minus_en']:+.3f})" if isinstance(v, dict) else f"{k}={v}"
            for k, v in result["mgsm_by_lang"].items()))
    return result


def head_artefact(model: dict, name: str, steps: dict) -> dict:
    if "trees" in model:
        return {"kind": "trees", "features": list(HEAD_INPUTS[name]), "trees_hyper": TREES, "trees": model["trees"],
                "mean": [], "std": [], "dense_weights": [], "bias": 0.0, "lexical_weights": {},
                "calibration": model["calibration"]}
    return {
        "kind": "linear",
        "trees": [],
        "features": list(HEAD_INPUTS[name]),
        "l2": list(HEAD_L2[name]),
        "mean": [round(float(x), 6) for x in model["mean"]],
        "std": [round(float(x), 6) for x in model["std"]],
        "dense_weights": [round(float(x), 6) for x in model["wd"]],
        "bias": round(model["b"], 6),
        "lexical_weights": {str(i): round(float(w), 4) for i, w in enumerate(model["wl"]) if abs(w) >= 5e-4},
        "calibration": model["calibration"],
        **({"steps": steps_artefact(steps)} if name == "free" else {}),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--labels-dir", type=Path, default=ROOT.parent / "shared" / "data" / "routing-labels")
    ap.add_argument("--out", type=Path, default=ARTEFACT_PATH, help="artefact JSON to write")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="CV repeats, seeds seed..seed+repeats-1")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dim", type=int, default=1 << 14, help="hashed lexical buckets of the linear heads (0 = signals only)")
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument("--steps", type=Path, default=STEPS_PATH, help="step counts the free head's step regressor learns")
    ap.add_argument("--cv-only", action="store_true", help="report CV, write nothing")
    args = ap.parse_args(argv)

    rows, data_hash = load(args.labels_dir)
    log(f"{len(rows)} rows from {args.labels_dir} (sha256 {data_hash[:12]})")
    steps = fit_steps(args.steps, args.dim)
    log(f"step regressor: {steps['rows']} problems from {args.steps} (sha256 {steps['data_sha256'][:12]})")
    head_list, mats, lex = featurize(rows, args.dim, steps)
    heads = np.array(head_list)
    for h in HEAD_FEATURES:
        log(f"  head {h}: {int((heads == h).sum())} rows")
    y = gain(rows)
    translations = Translations(args.labels_dir, rows, functools.partial(featurize, steps=steps), args.dim)
    cv = cross_validate(rows, heads, mats, lex, y, args, translations) if args.folds > 1 else None
    if args.cv_only:
        return 0
    log("training on all rows")
    models = train_heads(heads, mats, lex, y, np.arange(len(rows)), args)
    artefact = {
        "version": ARTEFACT_VERSION,
        "data_sha256": data_hash,
        "rows": len(rows),
        "target": "gain",
        "hyper": {"dim": args.dim, "iters": args.iters, "lr": args.lr, "folds": args.folds,
                  "repeats": args.repeats, "seed": args.seed},
        "lexical_dim": args.dim,
        "heads": {h: head_artefact(m, h, steps) for h, m in models.items()},
        "cv": cv,
    }
    args.out.write_text(json.dumps(artefact, separators=(",", ":"), sort_keys=True) + "\n")
    log(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, version {ARTEFACT_VERSION})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
