#!/usr/bin/env python
"""Measure, by the trainer's CV, free-head variants that use the MGSM translations or extra signals.

Why a script beside scripts/train_router.py: the shipped artefact trains on English rows only, and
these variants were measured and not adopted (BENCHMARKS.md, "Router quality"). They stay
reproducible here without changing the trainer or its byte-identical artefact:
- `--translation-weight W`: the non-English MGSM rows of training-fold questions train too, each
  weighted W against an English row's 1, with the English row's labels (the models were asked in
  English). A question's translations always fall in its English original's fold.
- `--pair-penalty MU`: a translation-invariance constraint, MU/2 x the mean squared score difference
  between a training-fold question and each of its translations (`--penalty-on signals`: only the
  signals' part of the score, so the English words keep their weights).
- `--leave-one-language-out`: per language L, a model trained without L's rows scores L: an estimate
  for languages not in the files (only differs from the plain figure when translations train).
- `--steps none|signals`: the free head without its step regressor (version 6), or with one that reads
  the signals only; `--shuffle-steps SEED` fits it on permuted step counts (a control).
- `--oracle words|steps` (diagnosis only, no candidate): each translation reads its English original's
  hashed buckets (`words`: its step signal recomputed from its own signals and those buckets, what a
  perfect word-for-word lexicon would give; `steps`: also the original's step signal as it is).
- `--lexicon PATH`: every text's words hashed through a multilingual lexicon (scripts/lexicon.py,
  data/lexicon/lexicon.json): foreign forms of the head's English words count as those words;
  `--lexicon-excluded outside-english` also maps its forms that are English tokens ("de", "la",
  "die", "y"), but only in a text without an English marker word and with another lexicon form.
- `--signal NAME`: a candidate signal of `CANDIDATES`, added to the free head or replacing one of
  its signals (`fractions` puts version 5's fraction count back in place of the number punctuation).
Only the free head is fitted (the multiple-choice head and MMLU do not change with any of these).
With no option it reproduces the trainer's GSM8K and per-language MGSM figures exactly.

    python scripts/translation_training_cv.py --seed 0 --translation-weight 0.1 --leave-one-language-out
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import math
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import steps_aux  # noqa: E402
import train_router as T  # noqa: E402
from gateway.evaluation import benchmark_metrics  # noqa: E402
from gateway.routing import signals as S  # noqa: E402
from linear_fit import Sparse, adam_step  # noqa: E402
from steps_aux import STEPS_PATH, fit_steps  # noqa: E402
from steps_aux import column as steps_column  # noqa: E402

LANGS = ("de", "es", "fr", "ja", "ru", "zh")
_FRACTION = re.compile(r"\d\s*/\s*\d")
_NUMBER_PUNCT = re.compile(r"(?<=\d)[.,:](?=\d)")   # "6,50", "1,000", "9:30": no clauses


def _question(text: str) -> str:
    q = S.window(text)
    first = S._FIRST_OPTION.search(q)
    return q[:first.start()] if first else q


def _fractions(text: str) -> float:
    """Version 5's `q_log_fracs`, which version 6's number punctuation replaced."""
    q = _question(text)
    return math.log1p(len(_FRACTION.findall(q))) / 2


def _clean_clauses_per_sentence(text: str) -> float:
    q = _question(text)
    clauses = S._chars(S._CLAUSE, q) - sum(c in S._CLAUSE for c in _NUMBER_PUNCT.findall(q))
    return min(clauses / (len(S._Q_SENTENCE.findall(q)) or 1), 6) / 3


# name -> (signal of a prompt, the free-head signal it replaces or None to add it)
CANDIDATES = {
    "fractions": (_fractions, "q_log_num_punct"),
    "clean_clauses_per_sentence": (_clean_clauses_per_sentence, "q_clauses_per_sent"),
}


def with_signals(x: np.ndarray, rows: list[dict], names: list[str]) -> np.ndarray:
    x = x.copy()
    for name in names:
        fn, replaces = CANDIDATES[name]
        col = np.array([fn(r["prompt"]) for r in rows])
        if replaces:
            x[:, list(S.HEAD_FEATURES["free"]).index(replaces)] = col
        else:
            x = np.hstack([x, col[:, None]])
    return x


def fit(dense: np.ndarray, lex: list[list[int]], y: np.ndarray, w: np.ndarray, pairs: np.ndarray, args,
        n_std: int) -> dict:
    """train_router.fit with row weights `w` and a penalty on the score differences of `pairs`
    (row indices); standardised on the first `n_std` rows (the English ones), as the trainer does."""
    mean, std = dense[:n_std].mean(0), dense[:n_std].std(0)
    std[std < 1e-9] = 1.0
    z = np.clip((dense - mean) / std, -S.Z_CLIP, S.Z_CLIP)
    words = Sparse(lex, np.arange(len(lex)))
    (l2_dense, l2_lex), dim = T.HEAD_L2["free"], args.dim
    params = [np.zeros(z.shape[1]), np.zeros(dim), np.zeros(1)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    sw = w / w.sum()
    for it in range(1, args.iters + 1):
        wd, wl, b = params
        pred = z @ wd + words.dot(wl) + b[0]
        g = (pred - y) * sw
        gp = _penalty_grad(pred if args.penalty_on == "score" else z @ wd, pairs, args.pair_penalty)
        grads = [z.T @ (g + gp) + l2_dense * wd,
                 words.tdot(g + gp if args.penalty_on == "score" else g, dim) + l2_lex * wl,
                 np.array([g.sum()])]
        adam_step(params, grads, m, v, it, args.lr)
    return {"mean": mean, "std": std, "wd": params[0], "wl": params[1], "b": float(params[2][0])}


def _penalty_grad(pred: np.ndarray, pairs: np.ndarray, mu: float) -> np.ndarray:
    grad = np.zeros(len(pred))
    if mu and len(pairs):
        d = mu * (pred[pairs[:, 0]] - pred[pairs[:, 1]]) / len(pairs)
        np.add.at(grad, pairs[:, 0], d)
        np.add.at(grad, pairs[:, 1], -d)
    return grad


@contextlib.contextmanager
def lexicon_applied(path: Path | None, excluded: str = "never"):
    """While open, the trainer and the step regressor hash words through the lexicon at `path`
    (`excluded`: where its excluded forms map, scripts/lexicon.Lexicon)."""
    if path is None:
        yield
        return
    import lexicon

    saved = T.lexical_buckets, steps_aux.lexical_buckets
    T.lexical_buckets = steps_aux.lexical_buckets = lexicon.Lexicon(path, excluded).buckets
    try:
        yield
    finally:
        T.lexical_buckets, steps_aux.lexical_buckets = saved


class Data:
    """The free head's English rows and the MGSM translations, featurised once."""

    def __init__(self, args) -> None:
        with lexicon_applied(args.lexicon, getattr(args, "lexicon_excluded", "never")):
            self._featurise(args)

    def _featurise(self, args) -> None:
        self.rows, _ = T.load(args.labels_dir)
        steps = None if args.steps == "none" else fit_steps(args.steps_file, args.dim if args.steps == "words" else 0,
                                                            args.shuffle_steps)
        featurize = functools.partial(T.featurize, steps=steps)
        self.featurize = featurize   # scripts/msvamp_correction_cv.py featurises its parallel text alike
        heads, mats, self.lex = featurize(self.rows, args.dim)
        self.heads = np.array(heads)
        self.y = T.gain(self.rows)
        tr = T.Translations(args.labels_dir, self.rows, featurize, args.dim)
        keep = np.array([r["lang"] != "en" for r in tr.rows], dtype=bool)
        self.trows = [r for r, k in zip(tr.rows, keep) if k]
        self.tlang = np.array([r["lang"] for r in self.trows])
        self.langs = sorted(set(self.tlang))
        self.torig = tr.original[keep]
        self.tlex = [x for x, k in zip(tr.lex, keep) if k]
        self.ty = T.gain(self.trows)
        tmat = tr.mats["free"][keep]
        if args.oracle != "none":
            tmat = self.oracle(tmat, mats["free"], steps, args.oracle)
        self.x = with_signals(mats["free"], self.rows, args.signal)
        self.tx = with_signals(tmat, self.trows, args.signal)
        # English MGSM rows are GSM8K rows: scored from the training rows themselves.
        self.en = np.array([r["lang"] == "en" for r in tr.rows], dtype=bool)
        self.en_orig = tr.original[self.en]
        self.en_rows = [r for r, k in zip(tr.rows, self.en) if k]

    def oracle(self, tmat: np.ndarray, en_mat: np.ndarray, steps: dict | None, kind: str) -> np.ndarray:
        """Diagnosis: each translation's buckets become its English original's; its step signal (the
        last column when the head has one) is recomputed from them, or (`steps`) copied from the original."""
        self.tlex = [self.lex[i] for i in self.torig]
        if steps is None:
            return tmat
        tmat = tmat.copy()
        n = len(S.HEAD_FEATURES["free"])
        tmat[:, n] = en_mat[self.torig, n] if kind == "steps" else steps_column(steps, tmat[:, :n], self.tlex)
        return tmat

    def translations_of(self, tr: np.ndarray, langs: set[str]) -> np.ndarray:
        """Translations (indices into `trows`) in `langs` whose English original is among rows `tr`."""
        return np.where(np.isin(self.torig, tr) & np.isin(self.tlang, sorted(langs)))[0]

    def train(self, tr: np.ndarray, langs: set[str], args) -> dict:
        """Fit on English rows `tr` plus the translations in `langs` of the questions among them."""
        tsel = self.translations_of(tr, langs)
        tw = args.translation_weight if langs else 0.0
        lex = [self.lex[i] for i in tr] + [self.tlex[i] for i in tsel]
        pos = {int(i): k for k, i in enumerate(tr)}
        pairs = np.array([[pos[int(self.torig[j])], len(tr) + k] for k, j in enumerate(tsel)], dtype=np.int64)
        model = fit(np.vstack([self.x[tr], self.tx[tsel]]), lex, np.concatenate([self.y[tr], self.ty[tsel]]),
                    np.concatenate([np.ones(len(tr)), np.full(len(tsel), tw)]), pairs.reshape(-1, 2), args, len(tr))
        model["calibration"] = T.calibration(self.raw(model, self.x[tr], [self.lex[i] for i in tr]))
        return model

    @staticmethod
    def raw(model: dict, x: np.ndarray, lex: list[list[int]]) -> np.ndarray:
        z = np.clip((x - model["mean"]) / model["std"], -S.Z_CLIP, S.Z_CLIP)
        return z @ model["wd"] + Sparse(lex, np.arange(len(lex))).dot(model["wl"]) + model["b"]

    def score(self, model: dict, x: np.ndarray, lex: list[list[int]]) -> np.ndarray:
        return T.percentile(model["calibration"], self.raw(model, x, lex))


def apgr(scores: np.ndarray, rows: list[dict]) -> float:
    return benchmark_metrics([float(s) for s in scores], [bool(r["strong_correct"]) for r in rows],
                             [bool(r["weak_correct"]) for r in rows])["apgr"]


def one_repeat(data: Data, seed: int, args) -> dict:
    """GSM8K APGR per fold, and each language's APGR over its out-of-fold scores."""
    fold = T.folds_of(data.rows, args.folds, seed)
    langs = set(args.train_langs) if args.translation_weight or args.pair_penalty else set()
    oof = np.full(len(data.trows), np.nan)
    lolo = np.full(len(data.trows), np.nan)
    oof_en = np.full(len(data.en_rows), np.nan)
    folds = []
    for f in range(args.folds):
        tr = np.where((fold != f) & (data.heads == "free"))[0]
        te = np.where((fold == f) & (data.heads == "free"))[0]
        model = data.train(tr, langs, args)
        folds.append(apgr(data.score(model, data.x[te], [data.lex[i] for i in te]), [data.rows[i] for i in te]))
        sel = np.where(np.isin(data.torig, te))[0]
        oof[sel] = data.score(model, data.tx[sel], [data.tlex[i] for i in sel])
        for lang in data.langs if args.leave_one_language_out else ():
            held = sel[data.tlang[sel] == lang]
            lolo[held] = data.score(data.train(tr, langs - {lang}, args), data.tx[held], [data.tlex[i] for i in held])
        en = data.en_orig[np.isin(data.en_orig, te)]
        oof_en[np.isin(data.en_orig, te)] = data.score(model, data.x[en], [data.lex[i] for i in en])
    out = {"gsm8k": float(np.mean(folds)), "en": apgr(oof_en, data.en_rows)}
    for lang in data.langs:
        idx = np.where(data.tlang == lang)[0]
        out[lang] = apgr(oof[idx], [data.trows[i] for i in idx])
        if args.leave_one_language_out:
            out["lolo_" + lang] = apgr(lolo[idx], [data.trows[i] for i in idx])
    return out


def summarise(reps: list[dict], langs: list[str]) -> dict:
    mean = {k: round(float(np.mean([r[k] for r in reps])), 4) for k in reps[0]}
    sd = {k: round(float(np.std([r[k] for r in reps])), 4) for k in reps[0]}
    out = {"mean": mean, "sd": sd,
           "minus_en": {k: round(float(np.mean([r[k] - r["en"] for r in reps])), 4) for k in reps[0] if k != "gsm8k"},
           "non_en_mean": round(float(np.mean([mean[lang] for lang in langs])), 4),
           # from the unrounded figures, to tell apart two runs that round to the same mean
           "non_en_mean_6": round(float(np.mean([r[lang] for r in reps for lang in langs])), 6)}
    if lolo := [k for k in mean if k.startswith("lolo_")]:
        out["lolo_mean"] = round(float(np.mean([mean[k] for k in lolo])), 4)
    return out


def cv_arguments(ap: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The labels, the folds and the free head's fit: the options every MGSM CV script here takes."""
    ap.add_argument("--labels-dir", type=Path, default=ROOT.parent / "shared" / "data" / "routing-labels")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3, help="CV repeats, seeds seed..seed+repeats-1")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dim", type=int, default=1 << 14)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.05)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = cv_arguments(argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                              formatter_class=argparse.ArgumentDefaultsHelpFormatter))
    ap.add_argument("--translation-weight", type=float, default=0.0, help="weight of a labelled translation row")
    ap.add_argument("--pair-penalty", type=float, default=0.0, help="translation-invariance penalty strength")
    ap.add_argument("--penalty-on", choices=("score", "signals"), default="score")
    ap.add_argument("--train-langs", nargs="+", default=list(LANGS), help="languages whose rows may train")
    ap.add_argument("--leave-one-language-out", action="store_true")
    ap.add_argument("--signal", action="append", default=[], choices=sorted(CANDIDATES))
    ap.add_argument("--lexicon", type=Path, default=None,
                    help="hash every text's words through this multilingual lexicon (data/lexicon/lexicon.json)")
    ap.add_argument("--lexicon-excluded", choices=("never", "outside-english"), default="never",
                    help="the lexicon's excluded forms (English tokens): never mapped, or mapped where a text holds no "
                         "English marker word and another form of the lexicon")
    ap.add_argument("--oracle", choices=("none", "words", "steps"), default="none",
                    help="diagnosis: translations read their English original's buckets (words), and its step signal (steps)")
    ap.add_argument("--steps", choices=("words", "signals", "none"), default="words",
                    help="the free head's step regressor reads signals and words (the trainer's), signals only, or "
                         "is left out (version 6)")
    ap.add_argument("--steps-file", type=Path, default=STEPS_PATH)
    ap.add_argument("--shuffle-steps", type=int, default=0,
                    help="control: fit the step regressor on step counts permuted with this seed (0: off)")
    args = ap.parse_args(argv)
    data = Data(args)
    reps = []
    for rep in range(args.repeats):
        reps.append(one_repeat(data, args.seed + rep, args))
        print(f"repeat {rep + 1}/{args.repeats}: " + " ".join(f"{k}={v:.3f}" for k, v in reps[-1].items()),
              file=sys.stderr, flush=True)
    print(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, **summarise(reps, data.langs)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
