"""scripts/translation_training_cv.py: translations train only with their original's fold, the pair
penalty's gradient is the penalty's, and the candidate signals replace what they name."""

from __future__ import annotations

import argparse
import json
import sys
import zlib
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
                signal=[], steps="none", steps_file=M.STEPS_PATH, shuffle_steps=0, lexicon=None, oracle="none",
                lexicon_excluded="never")
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


def test_the_oracle_gives_each_translation_its_originals_words_and_step_signal(tmp_path):
    labels = _labels(tmp_path, 6)
    plain = M.Data(_args(labels, steps="words", steps_file=_steps(tmp_path)))
    data = M.Data(_args(labels, steps="words", steps_file=_steps(tmp_path), oracle="words"))
    assert data.tlex == [plain.lex[i] for i in plain.torig] != plain.tlex
    n = len(M.S.HEAD_FEATURES["free"])
    assert np.array_equal(data.tx[:, :n], plain.tx[:, :n])          # the signals stay the translation's
    assert not np.array_equal(data.tx[:, n], plain.tx[:, n])        # the step signal reads the English words
    copied = M.Data(_args(labels, steps="words", steps_file=_steps(tmp_path), oracle="steps"))
    assert np.array_equal(copied.tx[:, n], plain.x[plain.torig, n])


def test_the_lexicon_option_hashes_translations_through_it_and_leaves_english_alone(tmp_path):
    labels = _labels(tmp_path, 6)
    lex = tmp_path / "lexicon.json"
    lex.write_text(json.dumps({"about": [], "excluded": [], "words": {"how many": {"de": "wie"}, "apples": {"de": "äpfel"},
                                                                        "buys": {"de": "kauft", "ja": "買います"}}}))
    plain, data = M.Data(_args(labels)), M.Data(_args(labels, lexicon=lex))
    assert data.lex == plain.lex                                     # English rows hash as before
    de = [i for i, lang in enumerate(data.tlang) if lang == "de"]
    words = {zlib.crc32(w.encode()) % 64 for w in ("buys", "how", "many", "how many")}
    for i in de:
        english = set(plain.lex[data.torig[i]])
        assert words <= set(data.tlex[i]) and words <= english
        assert len(english & set(data.tlex[i])) > len(english & set(plain.tlex[i]))
    assert M.T.lexical_buckets is M.S.lexical_buckets               # the trainer's own hashing is back


def test_the_lexicons_english_tokens_map_only_in_translations(tmp_path):
    labels = _labels(tmp_path, 6)
    lex = tmp_path / "lexicon.json"
    lex.write_text(json.dumps({"about": [], "excluded": ["und"], "words": {"and": {"de": "und"}, "buys": {"de": "kauft"}}}))
    never = M.Data(_args(labels, lexicon=lex))
    gated = M.Data(_args(labels, lexicon=lex, lexicon_excluded="outside-english"))
    assert gated.lex == never.lex                                    # English rows hash as before
    de = [i for i, lang in enumerate(gated.tlang) if lang == "de"]
    word = zlib.crc32(b"and") % 64
    assert all(word in gated.tlex[i] and set(never.tlex[i]) != set(gated.tlex[i]) for i in de)


def _steps(tmp_path: Path) -> Path:
    path = tmp_path / "steps.jsonl"
    rows = [{"problem": f"A farmer has {k} cows and buys {k + 3} more. How many cows?", "steps": 1 + k % 4}
            for k in range(12)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path
