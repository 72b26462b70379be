#!/usr/bin/env python
"""Measure an auxiliary step-count regressor, trained on MathQA, as one more signal of the free head.

Why: GSM8K's weak-versus-strong gain depends largely on how many reasoning steps a problem needs,
and 651 noisy binary rows teach that poorly. `data/mathqa-steps/steps.jsonl` (7,459 MathQA
problems with the length of their annotated solution program; see its README) is a larger,
independent source for it. The regressor is fitted once on all MathQA rows (no GSM8K, MGSM or
MMLU row, so it needs no folds); its prediction for a prompt is then added to the free head's
signals, and `translation_training_cv.py`'s folds measure GSM8K and MGSM exactly as for the other
candidates there (the multiple-choice head, and so MMLU, does not change).

Regressor inputs (`--aux-inputs`): `signals` = the free head's script-agnostic signals only;
`words` = those plus the hashed word n-grams (English only, as the free head's). Target:
log(1 + steps), steps capped at `--cap`.

    python scripts/aux_steps_cv.py --diagnose                     # the regressor's own fit, and its
                                                                  # correlation with the GSM8K gain
    python scripts/aux_steps_cv.py --aux-inputs signals --seed 0  # the trainer's CV, one extra signal
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_router as T  # noqa: E402
import translation_training_cv as C  # noqa: E402
from gateway.routing import signals as S  # noqa: E402
from gateway.routing.features import route_request_from_prompt  # noqa: E402

STEPS = ROOT / "data" / "mathqa-steps" / "steps.jsonl"


def free_inputs(text: str, dim: int) -> tuple[list[float], list[int]]:
    """The free head's signal vector and hashed buckets of a text, as the trainer computes them."""
    tokens = route_request_from_prompt(text).prompt_tokens
    x = S.head_vector("free", S.dense_signals(text, tokens), S.structure_signals(text, tokens))
    return x, sorted(S.lexical_buckets(text, dim)) if dim else []


class StepModel:
    """Least squares of log(1 + min(steps, cap)) on the free head's signals (and words)."""

    def __init__(self, rows: list[dict], args) -> None:
        self.dim = args.dim if args.aux_inputs == "words" else 0
        feats = [free_inputs(r["problem"], self.dim) for r in rows]
        self.x = np.array([f[0] for f in feats])
        self.lex = [f[1] for f in feats]
        self.y = np.log1p(np.minimum([r["steps"] for r in rows], args.cap).astype(float))
        if args.shuffle_steps:   # control: the same texts with their step counts permuted
            self.y = np.random.default_rng(args.shuffle_steps).permutation(self.y)
        self.args = args

    def fit(self, idx: np.ndarray) -> dict:
        a = self.args
        fit_args = argparse.Namespace(iters=a.aux_iters, lr=a.lr)
        words = T.Sparse(self.lex, idx) if self.dim else None
        return T.fit(self.x[idx], words, self.y[idx], max(self.dim, 1), (a.aux_l2, a.aux_l2_words), fit_args)

    def predict(self, model: dict, x: np.ndarray, lex: list[list[int]]) -> np.ndarray:
        return T.predict(model, x, T.Sparse(lex, np.arange(len(lex))) if self.dim else None)


def load_steps(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def register(args) -> None:
    """Add the candidate `aux_steps` to translation_training_cv's signals, fitted on all MathQA rows."""
    sm = StepModel(load_steps(args.steps), args)
    model = sm.fit(np.arange(len(sm.y)))

    def aux_steps(text: str) -> float:
        x, lex = free_inputs(text, sm.dim)
        return float(sm.predict(model, np.array([x]), [lex])[0])

    C.CANDIDATES["aux_steps"] = (aux_steps, None)


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    ra, rb = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1])


def diagnose(args) -> dict:
    """The regressor on a 80/20 split of MathQA, then (fitted on all) against the GSM8K labels."""
    sm = StepModel(load_steps(args.steps), args)
    rng = np.random.default_rng(0)
    perm = rng.permutation(len(sm.y))
    cut = int(0.8 * len(perm))
    model = sm.fit(perm[:cut])
    te = perm[cut:]
    pred = sm.predict(model, sm.x[te], [sm.lex[i] for i in te])
    out = {"mathqa_heldout_r2": 1 - float(np.mean((pred - sm.y[te]) ** 2) / np.var(sm.y[te])),
           "mathqa_heldout_spearman": spearman(pred, sm.y[te])}
    full = sm.fit(np.arange(len(sm.y)))
    rows, _ = T.load(args.labels_dir)
    gsm = [r for r in rows if r["benchmark"] == "gsm8k"]
    feats = [free_inputs(r["prompt"], sm.dim) for r in gsm]
    p = sm.predict(full, np.array([f[0] for f in feats]), [f[1] for f in feats])
    g = T.gain(gsm)
    strong = np.array([float(r["strong_correct"]) for r in gsm])
    weak = np.array([float(r["weak_correct"]) for r in gsm])
    out |= {"gsm8k_spearman_gain": spearman(p, g), "gsm8k_spearman_weak_wrong": spearman(p, 1 - weak),
            "gsm8k_spearman_strong_wrong": spearman(p, 1 - strong),
            "gsm8k_apgr_alone": C.apgr(p, gsm)}
    return {k: round(v, 4) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                                 add_help=False)
    ap.add_argument("--steps", type=Path, default=STEPS)
    ap.add_argument("--aux-inputs", choices=("signals", "words"), default="signals")
    ap.add_argument("--cap", type=int, default=12, help="steps above this count as this")
    ap.add_argument("--aux-l2", type=float, default=1e-2, help="L2 on the regressor's signal weights")
    ap.add_argument("--aux-l2-words", type=float, default=1e-3, help="L2 on the regressor's word weights")
    ap.add_argument("--aux-iters", type=int, default=300)
    ap.add_argument("--shuffle-steps", type=int, default=0, help="control: permute the step counts with this seed (0: off)")
    ap.add_argument("--diagnose", action="store_true", help="print the regressor's own figures and stop")
    args, rest = ap.parse_known_args(argv)
    if "-h" in rest or "--help" in rest:
        ap.print_help()
        print("\nOther options go to translation_training_cv.py (see its --help).")
        return 0
    cv_defaults = argparse.Namespace(labels_dir=ROOT.parent / "shared" / "data" / "routing-labels", dim=1 << 14, lr=0.05)
    for k in ("labels_dir", "dim", "lr"):
        flag = "--" + k.replace("_", "-")
        val = rest[rest.index(flag) + 1] if flag in rest else getattr(cv_defaults, k)
        setattr(args, k, type(getattr(cv_defaults, k))(val))
    if args.diagnose:
        print(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, **diagnose(args)}))
        return 0
    register(args)
    return C.main(rest + ["--signal", "aux_steps"])


if __name__ == "__main__":
    raise SystemExit(main())
