"""The cue lexicons' fast paths read the same cues as their plain definitions."""

from __future__ import annotations

import json
import random
from pathlib import Path

from gateway.routing import cues as C

DATA = Path(__file__).with_name("data")


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        texts += [json.loads(line)["prompt"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def _plain_stem_tasks(words: set[str]) -> set[str]:
    """Every stem that begins a word, looked up one by one."""
    return {task for word in words for stem, task in C._STEMS.items() if word.startswith(stem)}


def test_stem_look_ups_find_every_stem_that_begins_a_word():
    rng = random.Random(7)
    words = {w for t in _texts() for w in C._WORD.findall(t.lower())}
    # every stem alone, cut short, run on, and after another stem's beginning
    words |= set(C._STEMS) | {s[:-1] for s in C._STEMS} | {s + "ing" for s in C._STEMS} | {"o", "où", "oùx"}
    words |= {rng.choice(list(C._STEMS))[:3] + rng.choice(list(C._STEMS)) for _ in range(2000)}
    assert C._SHORT_STEMS, "a stem shorter than the chain's first look-up keeps that path tested"
    for word in words:
        assert C._stem_tasks({word}) == _plain_stem_tasks({word}), word


def test_ascii_words_split_as_the_word_pattern_finds_them():
    texts = [t.lower() for t in _texts() if t.isascii()] + ["a_b 3x x3 don't e-mail \x1c\x1f end", ""]
    for text in texts:
        assert set(text.translate(C._ASCII_NON_LETTERS).split()) == set(C._WORD.findall(text)), text


def test_an_ascii_text_holds_only_the_ascii_first_characters():
    for text in [t.lower() for t in _texts() if t.isascii()] + ["tl;dr: 1-2 c d", ""]:
        assert {c for c in C._ASCII_FIRST_CHARS if c in text} == C._SUBSTRINGS_BY_CHAR.keys() & set(text)
