"""Breakdowns of an offline routing evaluation: per category, per language, thinking rate, fold spread.

Why: one APGR over a mixed file hides what matters to applications. A router can score well
overall and still think on every extraction, or lose a language. So `qwen-gateway eval` reports,
where the labels carry `category` (MT-Bench) or `lang` (MGSM), the same metrics per value, the share
of decisions that think, the tasks the policy saw, and each language against English on the same
questions. Folds group rows of one question (`mgsm_index`: all its translations; else
`question_id`; else the row), so a spread never splits a question's translations between folds.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Hashable, Sequence

from .evaluation import benchmark_metrics

GROUP_FIELDS = ("mgsm_index", "question_id")
SPREAD_FOLDS = 5


@dataclass(frozen=True)
class Record:
    """One labelled row as the policy decided it (labels and metadata never reached the policy)."""

    score: float
    strong: float
    weak: float
    thinking: bool
    task: str
    category: str | None = None
    lang: str | None = None
    group: Hashable = None


def record_of(row: dict[str, Any], index: int, score: float, strong: float, weak: float, thinking: bool,
              task: str) -> Record:
    group = next((row[f] for f in GROUP_FIELDS if f in row), f"row{index}")
    return Record(score, strong, weak, thinking, task, row.get("category"), row.get("lang"), group)


def metrics(records: Sequence[Record]) -> dict[str, Any]:
    """RouteLLM's metrics (without the curve), the thinking rate and the tasks the policy saw."""
    m = benchmark_metrics([r.score for r in records], [r.strong for r in records], [r.weak for r in records])
    m.pop("curve")
    m["thinking_rate"] = round(sum(r.thinking for r in records) / len(records), 4)
    m["tasks"] = dict(sorted(Counter(r.task for r in records).items()))
    return m


def by_field(records: Sequence[Record], field: str) -> dict[str, dict[str, Any]]:
    """`metrics` per value of `category` or `lang`; empty when no record carries the field."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        value = getattr(r, field)
        if value is not None:
            groups[value].append(r)
    return {k: metrics(v) for k, v in sorted(groups.items())}


def grouped_folds(groups: Sequence[Hashable], strata: Sequence[Hashable], k: int, seed: int) -> list[int]:
    """A fold per row: every row of a group in the same fold; groups dealt round-robin within each
    stratum (a group's first row's stratum), shuffled with a fixed seed."""
    first: dict[Hashable, Hashable] = {}
    for g, s in zip(groups, strata):
        first.setdefault(g, s)
    by_stratum: dict[Hashable, list[Hashable]] = defaultdict(list)
    for g, s in first.items():
        by_stratum[s].append(g)
    rng = random.Random(seed)
    fold_of: dict[Hashable, int] = {}
    offset = 0
    for s in sorted(by_stratum, key=repr):
        members = sorted(by_stratum[s], key=repr)
        rng.shuffle(members)
        for j, g in enumerate(members):
            fold_of[g] = (j + offset) % k
        offset += len(members)
    return [fold_of[g] for g in groups]


def fold_spread(records: Sequence[Record], k: int = SPREAD_FOLDS, seed: int = 0) -> dict[str, Any]:
    """APGR on each of k grouped folds (stratified by category where there is one): how much the
    figure moves between disjoint sets of questions. Folds where the models tie are left out."""
    folds = grouped_folds([r.group for r in records], [r.category for r in records], k, seed)
    values = []
    for f in range(k):
        part = [r for r, fold in zip(records, folds) if fold == f]
        if part:
            a = benchmark_metrics([r.score for r in part], [r.strong for r in part], [r.weak for r in part])["apgr"]
            if a is not None:
                values.append(a)
    if not values:
        return {"folds": k, "apgr": []}
    mean = sum(values) / len(values)
    sd = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return {"folds": k, "apgr": values, "apgr_mean": round(mean, 4), "apgr_sd": round(sd, 4)}


def against_english(records: Sequence[Record]) -> dict[str, float]:
    """Each language's APGR minus English's on the questions both have (paired by group): what a
    translation costs the score, free of which questions a language happens to have."""
    en = {r.group for r in records if r.lang == "en"}
    out = {}
    for lang in sorted({r.lang for r in records if r.lang and r.lang != "en"}):
        shared = en & {r.group for r in records if r.lang == lang}
        a = [r for r in records if r.lang == lang and r.group in shared]
        b = [r for r in records if r.lang == "en" and r.group in shared]
        ma, mb = (benchmark_metrics([r.score for r in x], [r.strong for r in x], [r.weak for r in x])["apgr"]
                  for x in (a, b))
        if ma is not None and mb is not None:
            out[lang] = round(ma - mb, 4)
    return out


def breakdown(records: Sequence[Record]) -> dict[str, Any]:
    """What `evaluate` adds to a benchmark's metrics."""
    out: dict[str, Any] = {"thinking_rate": round(sum(r.thinking for r in records) / len(records), 4),
                           "spread": fold_spread(records)}
    for field in ("category", "lang"):
        per = by_field(records, field)
        if per:
            out[f"by_{field}"] = per
    gaps = against_english(records)
    if gaps:
        out["lang_minus_en"] = gaps
    return out
