#!/usr/bin/env python
"""Measure, by the trainer's CV, a cross-lingual correction of the free head fitted on MSVAMP's parallel text.

Why: the free head's hashed words (and its MathQA step regressor's) were learned from English text,
so a German, Spanish or French question loses the words' share of its score. MSVAMP
(data/msvamp-pairs/, 750 problems in English and nine translations, no labels, not GSM8K or MGSM)
says what a translation's score should be: its English original's. With the English-trained model
fixed, a ridge fit over the same hashed buckets finds weights `c` such that

    raw(translation) + c . buckets(translation) ~ raw(English original),   c . buckets(English) ~ 0

(the English side: MSVAMP's English texts and, for the head, the fold's English training rows; each
side weighs 1, L2 the head's own lexical L2, set before measuring). The corrected head is the head
with lexical weights `w + c`, so the runtime would need no change; its calibration is re-read from
the corrected training scores.
- `--correct score`: the free head's raw score, fitted per CV fold on that fold's head.
- `--correct steps`: the step regressor's prediction (fitted once: the regressor uses no labels).
- `--correct both`: the step regressor first, then the head trained on corrected steps, then its score.
- `--penalty MU` (variant 2, no correction): the head trained as the trainer does plus MU/2 x the mean
  squared raw-score difference over the MSVAMP pairs (`translation_training_cv.fit`'s penalty).
- `--shuffle-pairs SEED`: a control; problem i's translations are matched to problem j's English.
- `--langs`: the MSVAMP languages that fit (default all nine).
Only the free head changes (the multiple-choice head and MMLU do not). With `--correct none` it
reproduces the trainer's GSM8K and per-language MGSM figures (`translation_training_cv.py`'s).

    python scripts/msvamp_correction_cv.py --seed 0 --correct score
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
import translation_training_cv as X  # noqa: E402
from gateway.routing import signals as S  # noqa: E402
from linear_fit import Sparse  # noqa: E402
from steps_aux import STEPS_PATH, rounded  # noqa: E402

PAIRS_PATH = ROOT / "data" / "msvamp-pairs" / "pairs.jsonl"
MSVAMP_LANGS = ("de", "es", "fr", "ru", "ja", "zh", "th", "bn", "sw")
STEPS_COL = len(S.HEAD_FEATURES["free"])      # the step regressor's prediction: the free head's last input
CG_ITERS = 200                                # conjugate gradient on the normal equations: fixed, deterministic


class Pairs:
    """MSVAMP's rows featurised as the trainer featurises its own, and each translation's English row."""

    def __init__(self, path: Path, data: X.Data, langs: tuple[str, ...], dim: int, shuffle: int) -> None:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if r["lang"] == "en" or r["lang"] in langs]
        _, mats, self.lex = data.featurize(rows, dim)
        self.x = mats["free"]
        problems = sorted({r["msvamp_index"] for r in rows})
        english = {r["msvamp_index"]: i for i, r in enumerate(rows) if r["lang"] == "en"}
        partner = dict(zip(problems, np.random.default_rng(shuffle).permutation(problems))) if shuffle else {}
        self.en = np.array([english[p] for p in problems])
        self.tr = np.array([i for i, r in enumerate(rows) if r["lang"] != "en"])
        self.tr_en = np.array([english[int(partner.get(rows[i]["msvamp_index"], rows[i]["msvamp_index"]))]
                               for i in self.tr])
        self.lang = np.array([r["lang"] for r in rows])
        self.problem = np.array([r["msvamp_index"] for r in rows])


def ridge_correction(trans: Sparse, gap: np.ndarray, zero: list[Sparse], dim: int, l2: float) -> np.ndarray:
    """argmin_c mean((trans c - gap)^2) + sum over `zero` sets of mean((Z c)^2) + l2 |c|^2 (each /2)."""
    def normal(c: np.ndarray) -> np.ndarray:
        out = trans.tdot(trans.dot(c), dim) / trans.n + l2 * c
        for z in zero:
            out += z.tdot(z.dot(c), dim) / z.n
        return out

    c = np.zeros(dim)
    r = trans.tdot(gap, dim) / trans.n
    p, rr = r.copy(), float(r @ r)
    for _ in range(CG_ITERS):
        if rr < 1e-20:
            break
        ap = normal(p)
        alpha = rr / float(p @ ap)
        c += alpha * p
        r -= alpha * ap
        rr_new = float(r @ r)
        p = r + (rr_new / rr) * p
        rr = rr_new
    return c


def _sparse(lex: list[list[int]], idx) -> Sparse:
    return Sparse(lex, np.asarray(idx))


def correct_steps(data: X.Data, pairs: Pairs, dim: int, l2: float) -> np.ndarray:
    """Fit the step regressor's correction on MSVAMP and add it to every row's step column."""
    s = pairs.x[:, STEPS_COL]
    c = ridge_correction(_sparse(pairs.lex, pairs.tr), s[pairs.tr_en] - s[pairs.tr], [_sparse(pairs.lex, pairs.en)],
                         dim, l2)
    for x, lex in ((data.x, data.lex), (data.tx, data.tlex), (pairs.x, pairs.lex)):
        x[:, STEPS_COL] += _sparse(lex, np.arange(len(lex))).dot(c)
    return c


def correct_score(model: dict, data: X.Data, pairs: Pairs, tr: np.ndarray, dim: int, l2: float) -> dict:
    """The fold's head with lexical weights w + c, c fitted on MSVAMP against this head's raw scores."""
    raw = data.raw(model, pairs.x, pairs.lex)
    c = ridge_correction(_sparse(pairs.lex, pairs.tr), raw[pairs.tr_en] - raw[pairs.tr],
                         [_sparse(pairs.lex, pairs.en), _sparse(data.lex, tr)], dim, l2)
    out = {**model, "wl": model["wl"] + c}
    out["calibration"] = T.calibration(data.raw(out, data.x[tr], [data.lex[i] for i in tr]))
    return out


def train_with_penalty(data: X.Data, pairs: Pairs, tr: np.ndarray, args) -> dict:
    """The fold's head fitted on its English rows plus MU/2 x the mean squared raw-score difference over
    the MSVAMP pairs (unlabelled rows of weight 0: only the penalty reads them)."""
    lex = [data.lex[i] for i in tr] + pairs.lex
    n = len(tr)
    pen = np.stack([n + pairs.tr_en, n + pairs.tr], 1)
    model = X.fit(np.vstack([data.x[tr], pairs.x]), lex, np.concatenate([data.y[tr], np.zeros(len(pairs.lex))]),
                  np.concatenate([np.ones(n), np.zeros(len(pairs.lex))]), pen, args, n)
    model["calibration"] = T.calibration(data.raw(model, data.x[tr], [data.lex[i] for i in tr]))
    return model


def msvamp_gaps(model: dict, data: X.Data, pairs: Pairs) -> dict[str, float]:
    """Mean percentile shift of the (fitting) MSVAMP translations from their English: the fit's own view."""
    score = data.score(model, pairs.x, pairs.lex)
    d = score[pairs.tr] - score[pairs.tr_en]
    return {lang: float(np.mean(d[pairs.lang[pairs.tr] == lang])) for lang in sorted(set(pairs.lang[pairs.tr]))}


def one_repeat(data: X.Data, pairs: Pairs, seed: int, args) -> dict:
    """X.one_repeat (no translations train), each fold's head corrected when asked."""
    fold = T.folds_of(data.rows, args.folds, seed)
    oof = np.full(len(data.trows), np.nan)
    oof_en = np.full(len(data.en_rows), np.nan)
    folds, shifts = [], []
    for f in range(args.folds):
        tr = np.where((fold != f) & (data.heads == "free"))[0]
        te = np.where((fold == f) & (data.heads == "free"))[0]
        model = train_with_penalty(data, pairs, tr, args) if args.pair_penalty else data.train(tr, set(), args)
        if args.correct in ("score", "both"):
            model = correct_score(model, data, pairs, tr, args.dim, args.l2)
        shifts.append(msvamp_gaps(model, data, pairs))
        folds.append(X.apgr(data.score(model, data.x[te], [data.lex[i] for i in te]), [data.rows[i] for i in te]))
        sel = np.where(np.isin(data.torig, te))[0]
        oof[sel] = data.score(model, data.tx[sel], [data.tlex[i] for i in sel])
        en = data.en_orig[np.isin(data.en_orig, te)]
        oof_en[np.isin(data.en_orig, te)] = data.score(model, data.x[en], [data.lex[i] for i in en])
    out = {"gsm8k": float(np.mean(folds)), "en": X.apgr(oof_en, data.en_rows)}
    en_of = {int(o): k for k, o in enumerate(data.en_orig)}
    for lang in data.langs:
        idx = np.where(data.tlang == lang)[0]
        out[lang] = X.apgr(oof[idx], [data.trows[i] for i in idx])
        # Agreement with the English original's out-of-fold score: mean |difference| and rank correlation.
        en = oof_en[[en_of[int(o)] for o in data.torig[idx]]]
        out["mgsm_absgap_" + lang] = float(np.mean(np.abs(oof[idx] - en)))
        out["mgsm_rho_" + lang] = float(np.corrcoef(np.argsort(np.argsort(oof[idx])), np.argsort(np.argsort(en)))[0, 1])
    for lang in shifts[0]:
        out["msvamp_shift_" + lang] = float(np.mean([s[lang] for s in shifts]))
    return out


def write_artefact(data: X.Data, pairs: Pairs, steps_c: np.ndarray | None, args) -> None:
    """The shipped artefact with its free head refitted on every free-form row, as this variant fits it,
    so that `qwen-gateway eval` and the unit tests can read a candidate; the trainer is unchanged.
    The step correction is added to the regressor's stored words (rounded as steps_aux stores them)."""
    art = json.loads(T.ARTEFACT_PATH.read_text())
    tr = np.where(data.heads == "free")[0]
    model = train_with_penalty(data, pairs, tr, args) if args.pair_penalty else data.train(tr, set(), args)
    if args.correct in ("score", "both"):
        model = correct_score(model, data, pairs, tr, args.dim, args.l2)
    steps = dict(data.featurize.keywords["steps"])
    if steps_c is not None:
        steps.update(rounded({**steps, "wl": steps["wl"] + steps_c}, args.dim))
    art["heads"]["free"] = T.head_artefact(model, "free", steps)
    args.write_artefact.write_text(json.dumps(art, separators=(",", ":"), sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = X.cv_arguments(argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                                formatter_class=argparse.ArgumentDefaultsHelpFormatter))
    ap.add_argument("--pairs", type=Path, default=PAIRS_PATH)
    ap.add_argument("--correct", choices=("none", "score", "steps", "both"), default="score")
    ap.add_argument("--penalty", type=float, default=0.0, help="variant 2: the head trained with this invariance "
                    "penalty over the MSVAMP pairs (0: off; combine with --correct none)")
    ap.add_argument("--l2", type=float, default=T.HEAD_L2["free"][1], help="the correction's L2 (the head's lexical L2)")
    ap.add_argument("--langs", nargs="+", default=list(MSVAMP_LANGS), help="MSVAMP languages that fit")
    ap.add_argument("--write-artefact", type=Path, help="also write the shipped artefact with this variant's free "
                    "head fitted on every row (a candidate for `qwen-gateway eval`)")
    ap.add_argument("--shuffle-pairs", type=int, default=0, help="control: match translations to another problem's "
                    "English, permuted with this seed (0: off)")
    args = ap.parse_args(argv)
    # translation_training_cv.Data's own options, at the trainer's settings.
    args.steps, args.steps_file, args.shuffle_steps, args.signal = "words", STEPS_PATH, 0, []
    args.translation_weight, args.pair_penalty, args.penalty_on = 0.0, args.penalty, "score"
    args.lexicon, args.oracle = None, "none"
    data = X.Data(args)
    pairs = Pairs(args.pairs, data, tuple(args.langs), args.dim, args.shuffle_pairs)
    steps_c = correct_steps(data, pairs, args.dim, args.l2) if args.correct in ("steps", "both") else None
    if args.write_artefact:
        write_artefact(data, pairs, steps_c, args)
    reps = []
    for rep in range(args.repeats):
        reps.append(one_repeat(data, pairs, args.seed + rep, args))
        print(f"repeat {rep + 1}/{args.repeats}: " + " ".join(f"{k}={v:.3f}" for k, v in reps[-1].items()),
              file=sys.stderr, flush=True)
    print(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, **X.summarise(reps, data.langs)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
