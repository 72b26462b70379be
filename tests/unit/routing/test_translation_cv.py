"""The trainer's CV scores each translation with the fold model that never saw its English original."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from translation_cv import Translations  # noqa: E402


def _featurize(rows, dim):
    """One signal per row: its question number (the stand-in for real features)."""
    return ["free"] * len(rows), {"free": np.array([[float(r["mgsm_index"])] for r in rows])}, [[] for _ in rows]


def _write(tmp_path, questions, langs):
    rows = [{"benchmark": "mgsm", "lang": lang, "mgsm_index": q, "prompt": f"{lang} question {q}",
             "strong_correct": True, "weak_correct": q % 2 == 0} for q in questions for lang in langs]
    for r in rows:
        if r["lang"] == "en":
            r["prompt"] = f"Question {r['mgsm_index']}"
    (tmp_path / "mgsm.dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return [{"benchmark": "gsm8k", "prompt": f"Question {q}"} for q in questions]


def test_translations_are_scored_in_their_originals_fold(tmp_path):
    train = _write(tmp_path, range(10), ["en", "de", "ja"])
    t = Translations(tmp_path, train, _featurize, 0)
    assert len(t.rows) == 30 and list(t.original[:3]) == [0, 0, 0]
    seen = []

    def score_rows(models, heads, mats, lex, idx, dim):
        seen.append(sorted({t.rows[i]["mgsm_index"] for i in idx}))
        return mats["free"][idx, 0] * models["sign"]

    t.score_fold(0, np.array([0, 1, 2]), {"sign": 1.0}, score_rows, 0)
    t.score_fold(0, np.array([3, 4, 5, 6, 7, 8, 9]), {"sign": -1.0}, score_rows, 0)
    assert seen == [[0, 1, 2], [3, 4, 5, 6, 7, 8, 9]]      # every language of a question in one fold
    assert not np.isnan(t.oof[0]).any()
    summary = t.summary()
    assert set(summary) == {"en", "de", "ja", "non_en_mean"}
    assert summary["de"]["minus_en"] == 0.0                  # identical scores in every language


def test_without_the_file_there_is_nothing_to_score(tmp_path):
    assert not Translations(tmp_path, [], _featurize, 0)
