"""The task-classifier evaluation (scripts/task_cv.py): deterministic fits, stable hashing, and the
rules keep every request they have evidence for."""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import task_cv  # noqa: E402

ROWS = [{"prompt": p, "task": t} for p, t in [
    ("Write a poem about the sea.", "writing"), ("Schreib ein Gedicht über den Wald.", "writing"),
    ("Hello there, how are you?", "chat"), ("Hallo, wie geht es dir?", "chat"),
]]


def test_ngrams_are_stable_across_processes():
    # CRC32, not hash(): the same buckets in every process, so a fit is byte-identical on re-run.
    assert task_cv.ngrams("ab") == [zlib_bucket(g) for g in ("1 ", "1a", "1b", "1 ", "2 a", "2ab", "2b ", "3 ab", "3ab ",
                                                           "4 ab ")]


def zlib_bucket(g: str) -> int:
    return zlib.crc32(g.encode()) % task_cv.DIM


def test_fit_is_deterministic_and_learns_the_training_rows():
    x = task_cv.features(ROWS, [[] for _ in ROWS])
    y = np.array([task_cv.CLASSES.index(r["task"]) for r in ROWS])
    a, b = task_cv.train(x, y), task_cv.train(x, y)
    assert np.array_equal(a[1], b[1])
    assert [task_cv.CLASSES[i] for i in task_cv.predict(a, x).argmax(1)] == [r["task"] for r in ROWS]


def test_rules_with_evidence_are_kept_whatever_the_model_says():
    p = np.zeros(len(task_cv.CLASSES))
    p[task_cv.CLASSES.index("chat")] = 0.99
    named = {"prompt": "Write a poem about the sea.", "task": "writing"}
    assert task_cv.combine(named, {"task": "writing", "cues": ["writing"]}, p, 0.5) == "writing"
    bare = {"prompt": "Hey, what's up with you today?", "task": "chat"}
    assert task_cv.combine(bare, {"task": "knowledge", "cues": ["interrogative"]}, p, 0.5) == "chat"
    assert task_cv.combine(bare, {"task": "knowledge", "cues": ["interrogative"]}, p, 0.999) == "knowledge"
