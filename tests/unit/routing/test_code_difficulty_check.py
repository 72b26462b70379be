"""The AUC of `scripts/code_difficulty_check.py`: Mann-Whitney's U over the pair count, ties half.
A wrong AUC would make a code difficulty score look better or worse than it is."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
import code_difficulty_check as check  # noqa: E402


def brute(lower, higher):
    pairs = list(itertools.product(lower, higher))
    return sum(1.0 if h > lo else 0.5 if h == lo else 0.0 for lo, h in pairs) / len(pairs)


@pytest.mark.parametrize("lower, higher, expected", [
    ([0.1, 0.2, 0.3], [0.4, 0.5], 1.0),          # perfect order
    ([0.4, 0.5], [0.1, 0.2, 0.3], 0.0),          # perfect reverse order
    ([0.9] * 4, [0.9] * 3, 0.5),                  # every score tied: main's 0.9 for every code request
    ([0.1, 0.5], [0.5, 0.9], 0.875),              # one tie of four pairs: (1 + 1 + 0.5 + 1) / 4
    ([0.2, 0.4], [0.3], 0.5),                     # one win, one loss
    ([0.3, 0.3, 0.1], [0.3], (0.5 + 0.5 + 1) / 3),
])
def test_auc_on_toy_lists(lower, higher, expected):
    assert check.auc(lower, higher) == pytest.approx(expected)


def test_auc_matches_pair_count_with_many_ties():
    rng = random.Random(7)
    for _ in range(200):
        lower = [rng.choice((0.1, 0.5, 0.9, 0.9)) for _ in range(rng.randint(1, 12))]
        higher = [rng.choice((0.1, 0.5, 0.9, 1.0)) for _ in range(rng.randint(1, 12))]
        assert check.auc(lower, higher) == pytest.approx(brute(lower, higher))
        assert check.auc(lower, higher) + check.auc(higher, lower) == pytest.approx(1.0)


def test_auc_of_an_empty_group_is_none():
    assert check.auc([], [0.5]) is None and check.auc([0.5], []) is None


def test_auc_takes_any_iterable_once():
    assert check.auc(iter([0.1, 0.2]), (s for s in [0.3])) == 1.0
