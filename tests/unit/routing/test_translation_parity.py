"""A question and its translations are routed alike: XQuAD's questions translated by people into 11
languages (`data/parallel-questions`, CC BY-SA 4.0), 240 questions each.

The tier (the smallest model or a larger one) and the thinking decision of each translation are compared
with its English original's. Measured once before `tasks.TRIVIAL_MAX_WORDS` (main c63dcce): the tier
agreed on 64-85% of the questions per language (mean 73%: a German, Greek, Spanish or Romanian question
takes more of Qwen's tokens than its English original, so half of them missed the length of a trivial
question); thinking on 95-98%. The texts are used for nothing else.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from gateway.routing.features import route_request_from_prompt

from .decisions import cheapest

XQUAD = Path(__file__).resolve().parents[3] / "data" / "parallel-questions" / "xquad_questions.jsonl"
MIN_TIER, MIN_MEAN_TIER, MIN_THINKING = 0.70, 0.80, 0.93


def test_translations_get_their_originals_tier_and_thinking(policy, views):
    smallest = cheapest(views)
    decided: dict[str, dict[str, tuple[bool, bool]]] = defaultdict(dict)
    for line in XQUAD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        d = policy.decide(route_request_from_prompt(row["question"], mode="balanced"), views)
        decided[row["lang"]][row["id"]] = (d.model == smallest, d.thinking)
    english = decided.pop("en")
    assert len(english) == 240 and len(decided) == 11
    tiers, report = [], {}
    for lang, rows in decided.items():
        tier = sum(rows[q][0] == english[q][0] for q in rows) / len(rows)
        thinking = sum(rows[q][1] == english[q][1] for q in rows) / len(rows)
        tiers.append(tier)
        report[lang] = (round(tier, 3), round(thinking, 3))
    assert all(t >= MIN_TIER for t, _ in report.values()), report
    assert sum(tiers) / len(tiers) >= MIN_MEAN_TIER, report
    assert all(th >= MIN_THINKING for _, th in report.values()), report
