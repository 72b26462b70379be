"""The learned artefact: versioned, small, prompt-free, and fast enough to score every request."""

from __future__ import annotations

import json
import time
from pathlib import Path

from gateway.routing.features import route_request_from_prompt
from gateway.routing.model import ARTEFACT_PATH, ARTEFACT_VERSION, DifficultyModel, load_model

LABELS = Path("/work/shared/data/routing-labels")


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
    for f in sorted(LABELS.glob("*.jsonl"))[:2]:
        for line in f.read_text().splitlines()[:50]:
            prompt = json.loads(line)["prompt"]
            assert prompt[:40] not in text


def test_scores_are_bounded_and_deterministic():
    m = load_model()
    for text in ["", "hi", "x" * 20000, "Compute 17*23 + 4/5 - 3^2 and explain each step."]:
        s = m.score(text, len(text) // 4)
        assert 0.0 <= s <= 1.0 and s == m.score(text, len(text) // 4)


def test_decision_latency(policy, views):
    # The goal is < 1 ms p99 on a 2-core machine. Thread CPU time, so other processes on a busy
    # runner do not count; the bound leaves slack for slower CPUs.
    reqs = [route_request_from_prompt(("Question %d: " % i) + "Which statement is true? A. x B. y C. z D. w " * (i % 40))
            for i in range(300)]
    times = []
    for r in reqs:
        t0 = time.thread_time()
        policy.decide(r, views)
        times.append(time.thread_time() - t0)
    times.sort()
    assert times[int(len(times) * 0.99)] < 0.003
