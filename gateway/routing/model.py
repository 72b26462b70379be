"""The learned difficulty score at runtime: a JSON artefact and a pure-Python dot product.

Why no numpy here: the router runs in the ingress on every request; a few hundred multiply-adds
over a list and a dict of hashed buckets cost microseconds, and keep the ingress import-light.
The artefact is written by scripts/train_router.py; `version` and `data_sha256` say which code and
which labels produced it, and a mismatched version is refused at load (a config-time error, not a
wrong score at request time).

Two heads (version 4: signals read numbers, hyphens and sentence ends alike in every language;
version 5: the free-form head no longer reads the clause count, which translations change; version 6:
it reads the number punctuation, "6.50" and "6,50" alike, instead of the count of fractions;
version 7: it also reads the step count that a linear regressor over its signals and words, fitted
on MathQA's annotated problems, predicts, see `Head.steps`): the prompt's own layout picks one
(`signals.head_of`: answer options or not). The free-form head is a linear score over its signals
plus hashed word n-grams; the multiple-choice head is a sum of small regression trees over its
signals (boosted, no words). Each head has its own calibration table, so a
score is the prompt's percentile among training prompts of the same layout.
"""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .signals import (HEAD_FEATURES, HEAD_INPUTS, STEPS_SIGNAL, Z_CLIP, dense_signals, head_of, head_vector,
                      lexical_buckets, structure_signals)
from .trees import Tree, TreeSum, compile_trees

ARTEFACT_VERSION = 7
ARTEFACT_PATH = Path(__file__).resolve().parent / "complexity_model.json"



@dataclass(frozen=True)
class Head:
    """A head's raw score, then its percentile table.

    Raw = bias + linear weights over standardised, clipped signals + hashed-bucket weights + a sum of
    regression trees over the signals as they are. A head may use any of the three parts (the
    artefact leaves the unused ones empty). The trees' layout and their sum: `trees`.
    """

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    bias: float
    lexical: list[float]   # weight of each hashed bucket; empty when the head reads no buckets
    trees: tuple[Tree, ...]
    calibration: tuple[float, ...]  # increasing quantiles of training raw scores
    # A linear step regressor over the same signals and buckets (free head): its raw score is one more
    # signal, appended after the others. Fitted on MathQA's step counts (scripts/steps_aux.py).
    steps: "Head | None" = None

    @classmethod
    def from_dict(cls, name: str, d: dict[str, Any], dim: int) -> "Head":
        if list(d["features"]) != list(HEAD_INPUTS[name]):
            raise ValueError(f"complexity artefact head {name!r} was trained on other features; "
                             "re-run scripts/train_router.py")
        if (STEPS_SIGNAL in HEAD_INPUTS[name]) != ("steps" in d):
            raise ValueError(f"complexity artefact head {name!r}: step regressor missing or unexpected; "
                             "re-run scripts/train_router.py")
        steps = cls._parse(d["steps"], dim, None) if "steps" in d else None
        return cls._parse(d, dim, steps)

    @classmethod
    def _parse(cls, d: dict[str, Any], dim: int, steps: "Head | None") -> "Head":
        lexical = [0.0] * dim if d["lexical_weights"] else []
        for k, v in d["lexical_weights"].items():
            lexical[int(k)] = float(v)
        trees = tuple((tuple(t["feature"]), tuple(t["threshold"]), tuple(t["leaf"])) for t in d.get("trees", ()))
        head = cls(weights=tuple(d["dense_weights"]), mean=tuple(d["mean"]),
                   std=tuple(max(sd, 1e-6) for sd in d["std"]), bias=float(d["bias"]),
                   lexical=lexical, trees=trees, calibration=tuple(d.get("calibration", ())), steps=steps)
        head._tree_sum   # compiled at load, not on the first request
        return head

    def raw(self, x: list[float], buckets: set[int]) -> float:
        if self.steps is not None:
            x = [*x, self.steps.raw(x, buckets)]
        s = self.bias
        for w, v, mu, sd in zip(self.weights, x, self.mean, self.std):
            z = (v - mu) / sd
            s += w * (Z_CLIP if z > Z_CLIP else -Z_CLIP if z < -Z_CLIP else z)
        if buckets and self.lexical:
            # A flat list indexed in C: about three times faster than dict lookups per bucket.
            s += sum(map(self.lexical.__getitem__, buckets)) / math.sqrt(len(buckets))
        return self._tree_sum(x, s) if self.trees else s

    @cached_property
    def _tree_sum(self) -> TreeSum:
        return compile_trees(self.trees)

    def percentile(self, r: float) -> float:
        cal = self.calibration
        n = len(cal) - 1
        if r <= cal[0]:
            return 0.0
        if r >= cal[-1]:
            return 1.0
        i = bisect.bisect_right(cal, r)
        lo, hi = cal[i - 1], cal[i]
        frac = (r - lo) / (hi - lo) if hi > lo else 0.0
        return (i - 1 + frac) / n


@dataclass(frozen=True)
class DifficultyModel:
    """One Head per prompt layout; `score` maps a prompt to its percentile within its layout."""

    version: int
    data_sha256: str
    lexical_dim: int
    heads: dict[str, Head]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "DifficultyModel":
        if d.get("version") != ARTEFACT_VERSION:
            raise ValueError(f"complexity artefact version {d.get('version')!r}, this code reads {ARTEFACT_VERSION}; "
                             "re-run scripts/train_router.py")
        if sorted(d["heads"]) != sorted(HEAD_FEATURES):
            raise ValueError("complexity artefact has other heads; re-run scripts/train_router.py")
        return cls(version=d["version"], data_sha256=d["data_sha256"], lexical_dim=int(d["lexical_dim"]),
                   heads={name: Head.from_dict(name, h, int(d["lexical_dim"])) for name, h in d["heads"].items()})

    def _head_and_raw(self, text: str, prompt_tokens: int, signals: dict[str, float] | None,
                      english: float | None) -> tuple[Head, float]:
        sig = signals if signals is not None else dense_signals(text, prompt_tokens, english)
        name = head_of(sig)
        head = self.heads[name]
        x = head_vector(name, sig, structure_signals(text, prompt_tokens, english))
        buckets = lexical_buckets(text, self.lexical_dim) if self.lexical_dim and head.lexical else set()
        return head, head.raw(x, buckets)

    def score(self, text: str, prompt_tokens: int, signals: dict[str, float] | None = None,
              english: float | None = None) -> float:
        """Difficulty in [0, 1]: the share of training prompts of the same layout with a lower raw score.
        `signals` and `english` (`signals.english_tokens`): the text's, where the caller has them."""
        head, r = self._head_and_raw(text, prompt_tokens, signals, english)
        return head.percentile(r)


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> DifficultyModel:
    p = Path(path) if path else ARTEFACT_PATH
    try:
        return DifficultyModel.from_dict(json.loads(p.read_text()))
    except FileNotFoundError:
        raise FileNotFoundError(f"{p}: complexity artefact missing; run scripts/train_router.py") from None
