"""Translations in the trainer's cross-validation: each MGSM row is scored by the fold model that did
not train on its English original, and APGR is reported per language.

Why here: a translated question is the same question, so it must fall in the fold of its original
(grouped folds: the English GSM8K row and all its translations test together), and every language
but English is held out by construction, since the score trains on English rows only. Per repeat,
each row gets its out-of-fold score; APGR per language is computed over all of a language's rows
(pooled across folds: about 120 rows, where a fold holds about 25), then mean and sd over repeats.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import numpy as np

from gateway.evaluation import benchmark_metrics

MGSM_FILE = "mgsm.dev.jsonl"


class Translations:
    """MGSM rows paired with their English originals among the training rows."""

    def __init__(self, labels_dir: Path, train_rows: list[dict], featurize: Callable, dim: int) -> None:
        path = labels_dir / MGSM_FILE
        rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []
        by_prompt = {r["prompt"]: i for i, r in enumerate(train_rows) if r["benchmark"] == "gsm8k"}
        english = {r["mgsm_index"]: r["prompt"] for r in rows if r["lang"] == "en"}
        self.rows = [r for r in rows if english.get(r["mgsm_index"]) in by_prompt]
        self.original = np.array([by_prompt[english[r["mgsm_index"]]] for r in self.rows], dtype=np.int64)
        heads, self.mats, self.lex = featurize(self.rows, dim) if self.rows else ([], {}, [])
        self.heads = np.array(heads)
        self.oof: list[np.ndarray] = []

    def __bool__(self) -> bool:
        return bool(self.rows)

    def score_fold(self, rep: int, test_idx: np.ndarray, models: dict, score_rows: Callable, dim: int) -> None:
        """Score the translations whose original is in this fold's test rows with the fold's model."""
        while len(self.oof) <= rep:
            self.oof.append(np.full(len(self.rows), np.nan))
        sel = np.where(np.isin(self.original, test_idx))[0]
        if len(sel):
            self.oof[rep][sel] = score_rows(models, self.heads, self.mats, self.lex, sel, dim)

    def summary(self) -> dict:
        """Per language: APGR mean and sd over repeats, and its difference from English's."""
        langs = sorted({r["lang"] for r in self.rows})
        per_rep = {lang: [] for lang in langs}
        for scores in self.oof:
            for lang in langs:
                idx = [i for i, r in enumerate(self.rows) if r["lang"] == lang]
                m = benchmark_metrics([float(scores[i]) for i in idx], [bool(self.rows[i]["strong_correct"]) for i in idx],
                                      [bool(self.rows[i]["weak_correct"]) for i in idx])
                per_rep[lang].append(m["apgr"])
        out = {lang: {"apgr": round(float(np.mean(v)), 4), "apgr_sd": round(float(np.std(v)), 4)}
               for lang, v in per_rep.items()}
        if "en" in out:
            for lang in langs:
                diffs = np.array(per_rep[lang]) - np.array(per_rep["en"])
                out[lang]["minus_en"] = round(float(np.mean(diffs)), 4)
            others = [out[lang]["apgr"] for lang in langs if lang != "en"]
            out["non_en_mean"] = round(float(np.mean(others)), 4) if others else None
        return out
