"""scripts/msvamp_correction_cv.py and data/msvamp-pairs/: the parallel text leaves the held-out sample
out, the ridge correction closes a translation's gap on its own words and leaves English alone, and
the shuffled control pairs a translation with another problem's English."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import msvamp_correction_cv as M  # noqa: E402
from tests.unit.routing.test_translation_training_cv import _args, _labels  # noqa: E402

SAMPLE = Path(__file__).resolve().parent / "data" / "msvamp" / "msvamp_sample.jsonl"


def test_pairs_file_is_parallel_and_leaves_the_held_out_sample_out():
    rows = [json.loads(line) for line in M.PAIRS_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    held_out = {json.loads(line)["msvamp_index"] for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line}
    problems = {r["msvamp_index"] for r in rows}
    assert len(problems) == 750 and not problems & held_out
    langs = {}
    for r in rows:
        langs.setdefault(r["msvamp_index"], set()).add(r["lang"])
    assert all(v == {"en", *M.MSVAMP_LANGS} for v in langs.values())


def _sparse(rows):
    return M.Sparse(rows, np.arange(len(rows)))


def test_correction_closes_the_gap_on_translation_words_and_leaves_english_words_alone():
    dim = 8
    trans = _sparse([[4, 5], [4, 6], [5, 6]])       # words of translations only
    english = _sparse([[0, 1], [1, 2], [0, 2]])     # words of English only
    c = M.ridge_correction(trans, np.ones(3), [english], dim, l2=1e-4)
    assert np.allclose(trans.dot(c), 1.0, atol=1e-2)
    assert np.allclose(c[:4], 0.0) and np.allclose(english.dot(c), 0.0)


def test_a_word_english_shares_is_corrected_less():
    dim = 4
    trans = _sparse([[0, 1], [0, 1]])               # bucket 0 only in translations, bucket 1 in both
    english = _sparse([[1], [1, 2]])
    c = M.ridge_correction(trans, np.ones(2), [english], dim, l2=1e-3)
    assert c[0] > c[1] and abs(c[1]) < 0.5 * c[0]


def _pairs_file(tmp_path: Path, problems: int) -> Path:
    rows = []
    for i in range(problems):
        rows.append({"msvamp_index": i, "lang": "en", "prompt": f"Tom has {i + 2} apples. How many?"})
        rows.append({"msvamp_index": i, "lang": "de", "prompt": f"Tom hat {i + 2} Äpfel. Wie viele?"})
        rows.append({"msvamp_index": i, "lang": "ja", "prompt": f"トムはりんごを{i + 2}個持っています。何個？"})
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pairs_match_their_own_english_unless_shuffled(tmp_path):
    data = M.X.Data(_args(_labels(tmp_path, 6)))
    path = _pairs_file(tmp_path, 8)
    own = M.Pairs(path, data, ("de",), 64, shuffle=0)
    assert len(own.tr) == 8 and set(own.lang[own.tr]) == {"de"}
    assert (own.problem[own.tr] == own.problem[own.tr_en]).all() and set(own.lang[own.tr_en]) == {"en"}
    mixed = M.Pairs(path, data, ("de",), 64, shuffle=1)
    assert (mixed.problem[mixed.tr] != mixed.problem[mixed.tr_en]).sum() >= 4
    assert sorted(mixed.problem[mixed.tr_en]) == list(range(8)) and set(mixed.lang[mixed.tr_en]) == {"en"}


def test_cross_validation_runs_with_the_correction(tmp_path):
    args = _args(_labels(tmp_path, 12), correct="score", l2=3e-2)
    data = M.X.Data(args)
    pairs = M.Pairs(_pairs_file(tmp_path, 8), data, ("de", "ja"), args.dim, 0)
    out = M.one_repeat(data, pairs, 0, args)
    assert {"gsm8k", "en", "de", "ja", "msvamp_shift_de", "msvamp_shift_ja"} <= set(out)
