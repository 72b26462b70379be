"""`puzzles` and `cues` read a long text cheaply by testing first what every match needs (a constant beside
a token of its kind, two swap verbs, a verb of removal, a build word among the text's words), then reading
it in full. Those first tests only save time: each must let through every text whose full reading finds
something. Checked here against the full
readings as written out plainly, on random soups of the very tokens they look for (so that expressions,
near misses and their separators occur often) and on every request of the labelled and public sets."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from gateway.routing import build_words, cues, puzzles

ROOT = Path(__file__).resolve().parents[3]
SETS = [*sorted((ROOT.parent / "shared/data/routing-labels").glob("*.jsonl")),
        *sorted((ROOT / "data").glob("*/*.jsonl")), *sorted((ROOT / "tests/unit/routing/data").glob("*.jsonl"))]


def boolean_expression_plainly(t: str) -> bool:
    """The definition in `_holds_boolean_expression`'s docstring, token by token over the whole text."""
    run = constants = operators = 0
    for token in puzzles._BOOL_TOKEN.findall(t):
        if token in puzzles._BOOL_CONSTANTS or token in puzzles._BOOL_OPERATORS or token in ("(", ")"):
            run += 1
            constants += token in puzzles._BOOL_CONSTANTS
            operators += token in puzzles._BOOL_OPERATORS
            if run >= puzzles._BOOL_RUN and constants and operators >= 2:
                return True
        else:
            run = constants = operators = 0
    return False


BOOL_PIECES = [*puzzles._BOOL_CONSTANTS, *puzzles._BOOL_OPERATORS, "(", ")", "&", "|", "&&&", "untrue", "truth",
               "falsehood", "fish", "is", "x1", "_", "é", "2", "véro"]
SEPARATORS = [" ", " ", " ", "", ", ", ". ", "\n", "_", " - ", "¿", "«", "：", "  "]


def soup(rng: random.Random, pieces: list[str], n: int) -> str:
    return "".join(rng.choice(pieces) + rng.choice(SEPARATORS) for _ in range(n))


def texts_of_the_sets() -> list[str]:
    out = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            text = row.get("prompt") or row.get("text") or row.get("question")
            if isinstance(text, str):
                out.append(text.lower())
    return out


def test_the_boolean_reading_agrees_with_its_definition_on_random_soups():
    rng = random.Random(12)
    texts = [soup(rng, BOOL_PIECES, rng.randint(1, 40)) for _ in range(20000)]
    found = sum(map(boolean_expression_plainly, texts))
    assert 2000 < found < 18000, found     # both answers occur often enough to be checked
    assert [t for t in texts if puzzles._holds_boolean_expression(t) != boolean_expression_plainly(t)] == []


def test_the_first_tests_let_through_every_puzzle_of_the_sets_and_of_random_soups():
    rng = random.Random(13)
    swap_pieces = ["alice and bob", "bob und i", "ana y luis", "léa et hugo", "alice", "bob", "and", "und", "y",
                   "et", "i", "me", "swap", "swaps", "trade", "trade off",
                   "switch", "exchanges", "tauschen", "intercambian", "échangent", "обмениваются", "salt-exchange"]
    remove_pieces = ["if i remove all", "take away all", "the red", "how many", "remain", "are left", "wie viele",
                     "entferne ich alle", "alle", "entferne", "bleiben", "quito todos", "cuántos", "quedan",
                     "enlève tous", "retire toutes", "combien", "restent", "saco todas", "retiro todos",
                     "take out all", "books"]
    texts = texts_of_the_sets()
    assert len(texts) > 20000
    texts += [soup(rng, swap_pieces, rng.randint(2, 30)) for _ in range(5000)]
    texts += [soup(rng, remove_pieces, rng.randint(2, 20)) for _ in range(5000)]
    swaps = [t for t in texts if len(puzzles._PAIR_SWAP.findall(t)) >= 2]
    removals = [t for t in texts if puzzles._REMOVE_COUNT.search(t)]
    assert len(swaps) > 300 and len(removals) > 200, (len(swaps), len(removals))
    assert [t for t in swaps if sum(map(t.count, puzzles._SWAP_STEMS)) < 2] == []
    assert [t for t in removals if not puzzles._holds(t, puzzles._REMOVE_STEMS)] == []
    expressions = [t for t in texts if boolean_expression_plainly(t)]
    assert [t for t in expressions if not puzzles._holds_boolean_expression(t)] == []


@pytest.mark.parametrize("text, expected", [
    ("not ( true ) and false is", True),
    ("nicht ( wahr und falsch ) oder nicht wahr", True),
    ("true or false: the sun is a star.", False),
    ("statement 1 | every group is abelian. statement 2 | true. (a) true, true (b) false, false", False),
    ("untrue and not not not (", False),
    ("x = not(true)&&(false||!true)", True),
])
def test_the_boolean_reading_on_examples(text, expected):
    assert puzzles._holds_boolean_expression(text) is expected
    assert boolean_expression_plainly(text) is expected


def test_the_build_verbs_are_found_as_the_whole_pattern_finds_them():
    rng = random.Random(14)
    verbs = sorted(build_words.BUILD_WORDS)
    around = ["", " ", "2", "_", "é", "’s", "\u0301", "-", "写", "ि", "¿"]
    texts = texts_of_the_sets()
    texts += [rng.choice(around) + rng.choice(verbs) + rng.choice(around) + " a " + rng.choice(verbs)
              + rng.choice(around) for _ in range(20000)]
    found = 0
    for t in texts:
        plainly = sorted((m.start(), m.end()) for m in cues._BUILD_WORD.finditer(t))
        words = cues._words(cues.utf8(t))
        spans = cues._build_spans(t, words, ())
        found += bool(plainly)
        assert sorted(spans) == plainly, t
    assert found > 10000, found


# What `cues._names_everyday_life` reads, as one pattern (as it was read before stop 23).
EVERYDAY = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, build_words.EVERYDAY_STEMS)) + r")|"
                      + cues._any_whole_word(build_words.EVERYDAY_WORDS).pattern)


def test_everyday_words_are_found_as_the_whole_pattern_finds_them():
    stems = build_words.EVERYDAY_STEMS
    assert all(len(s) >= cues._STEM_LETTERS and cues._words(cues.utf8(s)) == {s} for s in stems)
    rng = random.Random(15)
    entries = sorted(stems + tuple(build_words.EVERYDAY_WORDS))
    around = ["", " ", "2", "_", "é", "’s", "s", "ing", "-", "写", "ि", "¿", "\u0301"]
    texts = texts_of_the_sets()
    texts += [rng.choice(around) + rng.choice(entries) + rng.choice(around) + " the " + rng.choice(entries)[1:]
              + rng.choice(around) for _ in range(20000)]
    found = 0
    for t in texts:
        plainly = EVERYDAY.search(t) is not None
        found += plainly
        assert cues._names_everyday_life(t, cues._words(cues.utf8(t))) is plainly, t
    assert found > 5000, found
