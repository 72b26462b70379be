"""scripts/translation_training_cv.py: translations train only with their original's fold, the pair
penalty's gradient is the penalty's, and the candidate signals replace what they name."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import translation_training_cv as M  # noqa: E402


def _labels(tmp_path: Path, questions: int) -> Path:
    gsm, mgsm = [], []
    for q in range(questions):
        en = f"Tom has {q + 2} apples and buys {3 * q + 1} more. How many apples does he have?"
        lab = {"strong_correct": True, "weak_correct": q % 3 == 0}
        gsm.append({"benchmark": "gsm8k", "domain": "math", "prompt": en, **lab})
        for lang, text in (("en", en), ("de", f"Tom hat {q + 2} Äpfel und kauft {3 * q + 1} dazu. Wie viele?"),
                           ("ja", f"トムはりんごを{q + 2}個持っていて、{3 * q + 1}個買います。何個？")):
            mgsm.append({"benchmark": "mgsm", "lang": lang, "mgsm_index": q, "domain": "math", "prompt": text, **lab})
    mmlu = [{"benchmark": "mmlu", "domain": "x", "prompt": f"Q{i}?\nA. a\nB. b\nC. c\nD. d", "strong_correct": True,
             "weak_correct": bool(i % 2)} for i in range(4)]
    for name, rows in (("gsm8k", gsm), ("mgsm", mgsm), ("mmlu", mmlu)):
        (tmp_path / f"{name}.dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return tmp_path


def _args(labels: Path, **kw) -> argparse.Namespace:
    base = dict(labels_dir=labels, folds=2, repeats=1, seed=0, dim=64, iters=20, lr=0.05, translation_weight=0.0,
                pair_penalty=0.0, penalty_on="score", train_langs=list(M.LANGS), leave_one_language_out=False,
                signal=[], steps="none", steps_file=M.STEPS_PATH, shuffle_steps=0)
    return argparse.Namespace(**{**base, **kw})


def test_only_translations_of_training_questions_in_the_chosen_languages_train(tmp_path):
    data = M.Data(_args(_labels(tmp_path, 6)))
    assert len(data.trows) == 12 and set(data.tlang) == {"de", "ja"}   # English rows are the GSM8K rows
    tr = np.array([0, 2, 4])
    picked = data.translations_of(tr, {"de", "ja"})
    assert sorted({int(data.torig[i]) for i in picked}) == [0, 2, 4] and len(picked) == 6
    assert set(data.tlang[data.translations_of(tr, {"ja"})]) == {"ja"}
    assert len(data.translations_of(tr, set())) == 0


def test_cross_validation_runs_with_translations_and_leave_one_language_out(tmp_path):
    args = _args(_labels(tmp_path, 12), translation_weight=0.5, leave_one_language_out=True)
    out = M.one_repeat(M.Data(args), 0, args)
    assert {"gsm8k", "en", "de", "ja", "lolo_de", "lolo_ja"} <= set(out)


def test_penalty_gradient_matches_the_penalty():
    pred = np.array([0.3, -1.2, 0.7, 2.0])
    pairs = np.array([[0, 1], [0, 2], [3, 2]])
    mu = 0.8

    def penalty(p):
        return mu / 2 * np.mean((p[pairs[:, 0]] - p[pairs[:, 1]]) ** 2)

    eps = 1e-6
    numeric = [(penalty(pred + eps * np.eye(4)[i]) - penalty(pred - eps * np.eye(4)[i])) / (2 * eps) for i in range(4)]
    assert np.allclose(M._penalty_grad(pred, pairs, mu), numeric, atol=1e-8)
    assert not M._penalty_grad(pred, pairs, 0.0).any()


def test_candidate_signals_replace_the_signal_they_name():
    en = "A shirt costs $6.50, a hat $1,000. How much is 1/2 of it?"
    fr = "Une chemise coûte 6,50 $, un chapeau 1.000 $. Combien vaut 1/2 de cela ?"
    assert M._clean_clauses_per_sentence(en) == M._clean_clauses_per_sentence(fr)   # "6,50" is no clause
    x = np.zeros((1, len(M.S.HEAD_FEATURES["free"])))
    out = M.with_signals(x, [{"prompt": en}], ["fractions"])
    assert out.shape == x.shape and out[0, list(M.S.HEAD_FEATURES["free"]).index("q_log_num_punct")] > 0
