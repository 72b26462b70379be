"""The cue lexicons' fast paths read the same cues as their plain definitions."""

from __future__ import annotations

import json
import random
import re
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


ODD = ["", "a_b 3x x3 don't e-mail \x1c\x1f end", "caf\u00e9\u00a0na\u00efve\x85x \u2014 \u2026", "\ud800lone surrogate",
       "sawubona\u3000\u4f60\u597d\uff0c\u8ba1\u7b97 x\u00b2 \u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35 \u0928\u092e\u0938\u094d\u0924\u0947",
       "tl;dr: 1-2 c d", "\u7528python\u5199 python\uc73c\ub85c \u0e40\u0e02\u0e35\u0e22\u0e19sql\u0e2b\u0e19\u0e48\u0e2d\u0e22", "You are a pirate. Prove that \u221a2 is irrational; \u00bfqu\u00e9 es?"]


def _all_texts() -> list[str]:
    texts = _texts() + ODD
    return texts + [t.lower() for t in texts] + [t * 30 for t in ODD]


def _plain_words(text: str) -> set[str]:
    """Every word by `_WORD`, and inside a word of a script written without spaces ("用python写") the words
    between its characters of that script."""
    words = set(C._WORD.findall(text))
    return words | {w for word in words if C._UNSPACED.search(word) for w in C._WORD.findall(C._UNSPACED.sub(" ", word))}


def _plain_cue_hits(text: str) -> set[str]:
    """`cue_hits` as first written: every word by `_WORD`, every first character by a set of the text."""
    t = text if len(text) <= 2 * C.CUE_WINDOW else text[:C.CUE_WINDOW] + "\n" + text[-C.CUE_WINDOW:]
    t = t.lower()
    hits = {task for c in C._SUBSTRINGS_BY_CHAR.keys() & set(t) for stem, task in C._SUBSTRINGS_BY_CHAR[c] if stem in t}
    words = _plain_words(t)
    for first in words.intersection(C._BY_FIRST):
        hits.update(task for stem, task in C._BY_FIRST[first]
                    if stem in t and (stem not in C._BOUNDED_PHRASES or any(
                        m.start() == 0 or not t[m.start() - 1].isalpha() for m in re.finditer(re.escape(stem), t))))
    hits |= _plain_stem_tasks(words)
    return C.with_structure(t, words, hits)   # whole words, pairs, roles, interjections: one shared step


def test_words_are_the_word_pattern_s_matches():
    for text in _all_texts():
        assert C._words(text.encode("utf-8", "surrogatepass")) == _plain_words(text), text


def test_cue_hits_are_those_of_the_plain_reading():
    texts = _all_texts()
    assert any(not t.isascii() and _plain_cue_hits(t) for t in texts) and any(t.isascii() and _plain_cue_hits(t) for t in texts)
    for text in texts:
        assert C.cue_hits(text) == _plain_cue_hits(text), text
