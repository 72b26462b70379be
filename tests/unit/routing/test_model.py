"""The learned artefact: versioned, small, prompt-free, and read the way the trainer wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.routing.model import ARTEFACT_PATH, ARTEFACT_VERSION, DifficultyModel, Head, load_model

# shared/ lies beside the repository (a CI clone has it there); without it the test skips.
LABELS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "routing-labels"


def test_artefact_is_small_versioned_and_hashed():
    raw = json.loads(ARTEFACT_PATH.read_text())
    assert ARTEFACT_PATH.stat().st_size < 1_000_000
    assert raw["version"] == ARTEFACT_VERSION and len(raw["data_sha256"]) == 64
    assert raw["cv"]["mean"]["gsm8k"]["apgr"] > 0.5 and raw["cv"]["mean"]["mmlu"]["apgr"] > 0.5


def test_wrong_version_is_refused():
    raw = json.loads(ARTEFACT_PATH.read_text())
    raw["version"] = ARTEFACT_VERSION + 1
    try:
        DifficultyModel.from_dict(raw)
    except ValueError as err:
        assert "train_router" in str(err)
    else:
        raise AssertionError("a newer artefact version must be refused")


def test_artefact_holds_no_prompt():
    text = ARTEFACT_PATH.read_text()
    files = sorted(LABELS.glob("*.jsonl"))[:2]
    if not files:
        pytest.skip(f"no routing labels under {LABELS} to compare with")
    for f in files:
        for line in f.read_text().splitlines()[:50]:
            prompt = json.loads(line)["prompt"]
            assert prompt[:40] not in text


def test_scores_are_bounded():
    m = load_model()
    for text in ["", "hi", "x" * 20000, "Compute 17*23 + 4/5 - 3^2 and explain each step."]:
        assert 0.0 <= m.score(text, len(text) // 4) <= 1.0


def test_trees_follow_heap_order_as_the_trainer_writes_them():
    # One depth-2 tree: the root splits on signal 0 at 0.5; its left child does not split (its rows
    # go left), its right child splits on signal 1 at 2.0. Leaves 3..6 in heap order.
    raw = json.loads(ARTEFACT_PATH.read_text())
    head = dict(raw["heads"]["mc"])
    head.update(trees=[{"feature": [0, -1, 1], "threshold": [0.5, 0.0, 2.0], "leaf": [1.0, 2.0, 3.0, 4.0]}],
                dense_weights=[], mean=[], std=[], bias=0.0, lexical_weights={})
    h = Head.from_dict("mc", head, raw["lexical_dim"])
    rest = [0.0] * (len(head["features"]) - 2)
    assert h.raw([0.4, 9.0] + rest, set()) == 1.0     # left, then the non-split node sends it left
    assert h.raw([0.5, 1.0] + rest, set()) == 3.0     # right (>= threshold), then left
    assert h.raw([0.9, 2.0] + rest, set()) == 4.0     # right, right


def test_multiple_choice_head_is_trees_and_reads_no_words():
    m = load_model()
    assert m.heads["mc"].trees and not m.heads["mc"].lexical and not m.heads["mc"].weights
    assert m.heads["free"].lexical and not m.heads["free"].trees
