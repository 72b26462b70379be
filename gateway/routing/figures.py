"""A computation on one given figure or number (2026-12-03): "Find the area of a circle with radius 7 cm.", "Найди
площадь круга радиусом 7 см.", "求半径为7厘米的圆的面积。", "What is ln 5?". Put as "calculate ..." the math cue names
the sum, and two quantities make a word problem; a measure of a figure with one number given, or a function before
its argument, names neither, so it is read here, by its shape (`figure_words`). `cues.with_structure` reads it as
the math family. Without a number it asks for a formula or a fact ("What is the area of a circle?", "What is the
area of Texas?"): no sum.
"""

from __future__ import annotations

import re
from typing import Collection

from . import figure_words, question_words, unit_words

# Numbers and words; a number is a token, so that "a square 5 m wide" keeps "square" beside no unit.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
# A number, and a Latin or Cyrillic letter glued before it ("H2O", "PS5", "Q3" name things: no number given).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_GLUED_BEFORE = re.compile(r"[a-zа-яё]")
# The Latin or Cyrillic word right after a number, a space between at most ("7 cm", "7cm", "5th", "5 ideas").
_WORD_AFTER = re.compile(r" ?([a-z\u00c0-\u024f\u0400-\u04ff]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
LABEL_CHARS = 24   # the word of a series right before a number, at most
FIGURE_GAP = 5   # words from a measure to its figure, either way ("the surface area of a right circular cone")
_MEASURES = tuple(sorted(figure_words.MEASURE_STEMS, key=len, reverse=True))
_SPACED_PHRASES = tuple(m for m in _MEASURES if " " in m)   # "длина окружности": read as a substring
_FUNCTION_WORDS = frozenset(figure_words.FUNCTION_WORDS)
# A function's name, then its argument: read before and after a number given.
_FUNCTION_BEFORE = re.compile(r"(?:^|[^\w.])(?:natural\s+)?(?:" + "|".join(figure_words.FUNCTION_WORDS)
                              + r")(?:_?\d+)?(?:\s+base\s+\d+)?(?:\s+of)?\s*\(?\s*$")
_FUNCTION_AFTER = re.compile(r"\s*\)?(?:\s*(?:°|degrees?|rad|radians?|(?:to\s+(?:the\s+)?|in\s+)?base\s+\d+))?"
                             r"\s*(?:[?.!,;]|$)")
FUNCTION_CHARS = 32   # before a number: its function's name and "base 2 of"
_SHAPE_STEMS = tuple(figure_words.SHAPE_STEMS)
_UNSPACED_MEASURE = re.compile("|".join(map(re.escape, figure_words.UNSPACED_MEASURES)))
_UNSPACED_SHAPE = re.compile("|".join(map(re.escape, sorted(figure_words.UNSPACED_SHAPES, key=len, reverse=True))))


def measures_a_figure(t: str, words: Collection[str], measured: bool) -> bool:
    """The lower-cased text `t` asks for a measure of a figure with a number given (a measure within `FIGURE_GAP`
    words of a figure, `figure_words`; within `UNSPACED_CHARS` characters in Chinese, Japanese and Korean), or for
    a function of a number ("log 1000", "ln 5", "sin 30 degrees"). `words`: its words (`cues.words_of`);
    `measured`: it holds a measure's word (the cue family "measure", which `cues` reads from
    `figure_words.MEASURE_STEMS` and `UNSPACED_MEASURES` with its other stems, at no cost of its own)."""
    functions = not _FUNCTION_WORDS.isdisjoint(words)
    if not (functions or measured):   # most texts: no number is read
        return False
    numbers = [m for m in _NUMBER.finditer(t) if _given(t, m.start(), m.end())]
    if not numbers:
        return False
    if functions and any(_FUNCTION_BEFORE.search(t, max(0, m.start() - FUNCTION_CHARS), m.start())
                         and _FUNCTION_AFTER.match(t, m.end()) for m in numbers):
        return True
    return measured and (_spaced_figure(t) or (not t.isascii() and _unspaced_figure(t)))


def _given(t: str, start: int, end: int) -> bool:
    """The number from `start` to `end` is given: glued to no letter before it, not after a word of a series
    ("grade 5", "chapter 4": `question_words.LABEL_WORDS`), and before a mark, the end, a unit or a word that
    joins measures (`figure_words.GIVEN_BEFORE`), not before a noun it counts ("5 ideas", "a 10 year old")."""
    if start > 0 and _GLUED_BEFORE.match(t, start - 1) is not None:
        return False
    label = _WORD_BEFORE.search(t, max(0, start - LABEL_CHARS), start)
    if label is not None and label.group(1) in question_words.LABEL_WORDS and not label.group(1).startswith(_MEASURES):
        return False   # "grade 5", not "a cube with volume 27"
    return given_before(t, end)


def given_before(t: str, end: int) -> bool:
    """What follows a number ending at `end` in the lower-cased text `t` leaves it given: a mark, the end, an
    unspaced script's character, a unit (not one of time) or a word that joins measures (`_given`); `numerals`
    reads a number word so too ("radius seven centimetres")."""
    after = _WORD_AFTER.match(t, end)
    if after is None:
        return True
    word = after.group(1)
    return word in figure_words.GIVEN_BEFORE or word in unit_words.DEGREE_WORDS or _given_unit(word)


def unit_after(t: str, end: int) -> bool:
    """A unit of a measure (not one of time) follows the number ending at `end` in the lower-cased `t`: "7 cm",
    "seven centimetres"."""
    after = _WORD_AFTER.match(t, end)
    return after is not None and _given_unit(after.group(1))


def _given_unit(word: str) -> bool:
    return _is_unit(word) and word not in figure_words.NOT_GIVEN_UNITS


def _spaced_figure(t: str) -> bool:
    """A measure word and a figure's word within `FIGURE_GAP` tokens, the figure beside no unit ("50 square
    meters", "mètres carrés" are areas given, not a square)."""
    if any(p in t for p in _SPACED_PHRASES):   # "длина окружности": the measure names its figure
        return True
    tokens = _TOKEN.findall(t)
    for i, word in enumerate(tokens):
        if word.startswith(_MEASURES):
            for j in range(max(0, i - FIGURE_GAP), min(len(tokens), i + FIGURE_GAP + 1)):
                if _is_shape(tokens[j]) and not _beside_a_unit(tokens, j):
                    return True
    return False


def _is_shape(word: str) -> bool:
    """`word` is a figure's (`figure_words.SHAPE_STEMS`, declined by at most `SHAPE_ENDING` letters)."""
    if not word.startswith(_SHAPE_STEMS) or word.startswith(figure_words.NOT_SHAPES):
        return False   # most words: one prefix test of all the stems at once
    return any(word.startswith(s) and len(word) - len(s) <= figure_words.SHAPE_ENDING
               for s in figure_words.SHAPE_STEMS)


def _beside_a_unit(tokens: list[str], i: int) -> bool:
    """The token before or after `tokens[i]` is a unit (`unit_words`): "square meters", "mètres carrés"."""
    return any(0 <= j < len(tokens) and _is_unit(tokens[j]) for j in (i - 1, i + 1))


def _is_unit(word: str) -> bool:
    return word in unit_words.UNIT_WORDS or word.startswith(unit_words.UNIT_STEMS)


def _unspaced_figure(t: str) -> bool:
    """A measure and a figure within `UNSPACED_CHARS` characters, the figure no currency or count ("100円")
    nor part of a word that names something else (`UNSPACED_NOT_SHAPES`: "地球"), a Korean one a word's start."""
    near = figure_words.UNSPACED_CHARS
    for measure in _UNSPACED_MEASURE.finditer(t):
        window_start = max(0, measure.start() - near)
        for shape in _UNSPACED_SHAPE.finditer(t, window_start, measure.end() + near):
            if _is_unspaced_shape(t, shape.start(), shape.end()):
                return True
    return False


def _is_unspaced_shape(t: str, start: int, end: int) -> bool:
    """The figure's word from `start` to `end` follows no number, begins a Korean word, and is inside no word
    of `figure_words.UNSPACED_NOT_SHAPES`."""
    before = t[start - 1:start]
    if before and before in figure_words.NUMBER_CHARS:
        return False
    if "\uac00" <= t[start] <= "\ud7af" and before and not before.isspace():
        return False
    shape = t[start:end]
    return not any(t.startswith(word, start - word.find(shape))
                   for word in figure_words.UNSPACED_NOT_SHAPES if shape in word and start >= word.find(shape))
