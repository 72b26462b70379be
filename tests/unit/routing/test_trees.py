"""The compiled sum of regression trees (`trees.compile_trees`) adds what walking the trees node by node
adds, to the last bit: on random complete trees (nodes that do not split, signals equal to a threshold,
NaN signals) and on the shipped artefact's multiple-choice head over every prompt of the labelled sets."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

from gateway.routing import signals
from gateway.routing.model import load_model
from gateway.routing.trees import compile_trees, walk

ROOT = Path(__file__).resolve().parents[3]


def random_trees(rng: random.Random, n_features: int) -> list:
    trees = []
    for _ in range(rng.randint(1, 40)):
        depth = rng.randint(1, 5)
        inner = 2 ** depth - 1
        features = tuple(rng.choice([-1, *range(n_features)]) for _ in range(inner))
        thresholds = tuple(rng.choice([0.0, 0.5, 1.0, -2.25, rng.uniform(-3, 3)]) for _ in range(inner))
        leaves = tuple(rng.uniform(-1, 1) for _ in range(inner + 1))
        trees.append((features, thresholds, leaves))
    return trees


def test_compiled_trees_add_what_the_walk_adds_on_random_trees():
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 6)
        trees = random_trees(rng, n)
        tree_sum = compile_trees(trees)
        for _ in range(30):
            x = [rng.choice([0.0, 0.5, 1.0, -2.25, math.nan, rng.uniform(-3, 3)]) for _ in range(n)]
            s = rng.uniform(-1, 1)
            assert tree_sum(x, s).hex() == walk(trees, x, s).hex(), (trees, x)


def test_compiled_trees_add_what_the_walk_adds_on_the_shipped_head():
    head = load_model().heads["mc"]
    assert len(head.trees) >= 50
    texts = [json.loads(line)["prompt"] for path in sorted((ROOT.parent / "shared/data/routing-labels").glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 8000
    for text in texts:
        n = len(text) // 4 + 1
        sig = signals.dense_signals(text, n)
        x = signals.head_vector("mc", sig, signals.structure_signals(text, n))
        assert head._tree_sum(x, head.bias).hex() == walk(head.trees, x, head.bias).hex(), text[:80]
