"""Score labels, per-category and per-language breakdowns, thinking rates and grouped folds."""

from __future__ import annotations

import json

import pytest

from gateway.eval_breakdown import Record, against_english, by_field, fold_spread, grouped_folds
from gateway.evaluation import benchmark_metrics, evaluate, oracle_accuracy


def test_score_labels_use_the_mean_score_as_quality():
    # Judge scores 1-10: the perfect order of gains gives the same APGR as with correctness.
    strong, weak = [10.0, 10.0, 10.0, 10.0], [10.0, 10.0, 2.0, 2.0]
    m = benchmark_metrics([0.1, 0.2, 0.3, 0.4], strong, weak)
    assert m["weak_accuracy"] == 600.0 and m["strong_accuracy"] == 1000.0
    assert m["apgr"] == pytest.approx(0.75)


def test_a_tie_between_the_models_has_no_apgr():
    m = benchmark_metrics([0.1, 0.2], [9.0, 10.0], [10.0, 9.0])
    assert m["apgr"] is None and m["cpt50"] is None


def test_oracle_with_scores_spends_strong_calls_on_the_largest_gains():
    assert oracle_accuracy([10.0, 10.0], [2.0, 9.0], 0.5) == pytest.approx((11 + 8) / 2 * 100)


def _rec(score, strong, weak, thinking=False, task="chat", category=None, lang=None, group=None):
    return Record(score, strong, weak, thinking, task, category, lang, group)


def test_by_category_reports_metrics_thinking_rate_and_tasks():
    recs = [_rec(0.9, 10, 2, True, "code", "coding", group=1), _rec(0.1, 9, 9, False, "code", "coding", group=2),
            _rec(0.2, 9, 9, False, "writing", "writing", group=3), _rec(0.3, 8, 8, True, "writing", "writing", group=4)]
    per = by_field(recs, "category")
    assert per["coding"]["apgr"] is not None and per["coding"]["thinking_rate"] == 0.5
    assert per["writing"]["apgr"] is None and per["writing"]["tasks"] == {"writing": 2}
    assert by_field(recs, "lang") == {}


def test_grouped_folds_keep_a_question_and_its_translations_together():
    groups = [i // 7 for i in range(70)]            # 10 questions in 7 languages
    folds = grouped_folds(groups, [None] * 70, 5, seed=0)
    for g in set(groups):
        assert len({f for f, gg in zip(folds, groups) if gg == g}) == 1
    assert sorted(set(folds)) == [0, 1, 2, 3, 4]
    assert folds == grouped_folds(groups, [None] * 70, 5, seed=0)   # reproducible


def test_grouped_folds_stratify_by_category():
    groups = list(range(40))
    cats = [f"c{i % 8}" for i in range(40)]
    folds = grouped_folds(groups, cats, 5, seed=1)
    for c in set(cats):
        assert sorted(f for f, cc in zip(folds, cats) if cc == c) == [0, 1, 2, 3, 4]


def test_against_english_compares_the_same_questions():
    recs = []
    for q in range(20):
        gain = q % 2
        recs.append(_rec(q / 20 + gain, 1.0, 1.0 - gain, lang="en", group=q))
        recs.append(_rec(-(q / 20 + gain), 1.0, 1.0 - gain, lang="de", group=q))   # inverted in German
    recs.append(_rec(0.5, 1.0, 0.0, lang="de", group=99))                          # no English pair: ignored
    gaps = against_english(recs)
    assert set(gaps) == {"de"} and gaps["de"] < -0.4


def test_fold_spread_reports_mean_and_sd():
    recs = [_rec(i / 50 + (i % 3 == 0), 1.0, float(i % 3 != 0), group=i) for i in range(50)]
    s = fold_spread(recs, k=5, seed=0)
    assert len(s["apgr"]) == 5 and s["apgr_sd"] >= 0 and s["apgr_mean"] > 0.8


def test_evaluate_reports_categories_languages_and_thinking(tmp_path):
    rows = [{"benchmark": "mt_bench", "category": "coding", "question_id": 1, "strong_score": 9, "weak_score": 3,
             "prompt": "Write a Python function that merges two sorted lists."},
            {"benchmark": "mt_bench", "category": "coding", "question_id": 3, "strong_score": 9, "weak_score": 9,
             "prompt": "Implement a stack in Java with push and pop."},
            {"benchmark": "mt_bench", "category": "writing", "question_id": 5, "strong_score": 9, "weak_score": 9,
             "prompt": "Write a short poem about the sea."},
            {"benchmark": "mt_bench", "category": "writing", "question_id": 7, "strong_score": 10, "weak_score": 8,
             "prompt": "Compose a letter to a friend about your holiday."}]
    for lang, text in (("en", "Tom has 3 apples and buys 4 more. How many?"),
                       ("de", "Tom hat 3 Äpfel und kauft 4 weitere. Wie viele?")):
        rows.append({"benchmark": "mgsm", "lang": lang, "mgsm_index": 1, "prompt": text,
                     "weak_correct": False, "strong_correct": True})
        rows.append({"benchmark": "mgsm", "lang": lang, "mgsm_index": 2, "prompt": text.replace("3", "30"),
                     "weak_correct": True, "strong_correct": True})
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = evaluate(path)
    mt = result["mt_bench"]
    assert mt["by_category"]["coding"]["thinking_rate"] == 1.0
    assert mt["by_category"]["writing"]["thinking_rate"] == 0.0
    assert set(result["mgsm"]["by_lang"]) == {"de", "en"} and "lang_minus_en" in result["mgsm"]
    json.dumps(result)
