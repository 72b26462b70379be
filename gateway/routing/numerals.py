"""Quantities written as words or as CJK numerals in a short math request (2026-12-04, numerals32): "Find the area
of a circle with radius seven centimetres.", "What is the sum of twelve, fifteen and eighteen?", "圆的半径为七厘米，
求面积。", "三角形の底辺が六センチ、高さが四センチのとき面積は？". The readings of a figure's measure (`figures`) and
of a list of numbers (`number_lists`), the quantity signals and the learned score all look for digits, so these
routed as chat or knowledge on the 0.6B without thinking, where their digit twins are math with thinking.

A short text without a digit is read as its digits (`with_digits`), as `spelling` reads a slip as its word: a
number word (`numeral_words`: English, Spanish, French, German) or a CJK numeral where those readings look for a
quantity, before a unit, a mark or a word that joins measures ("radius seven centimetres", "边长是五米"), or in a
run of three or more numbers ("twelve, fifteen and eighteen", "十二、十五和十八"), and only where the text then
reads as a figure's measure or as work on a list (`list_words.WORK_WORDS`, `SEQUENCE_WORDS`) and asks for no
text, program or role. Its decision is then its digit twin's, model and budget included (the policy counts the
twin's tokens). Everything else keeps its words: a count or a name ("seven brothers", "the Seven Wonders", "三国"),
an idiom ("七上八下", "on cloud nine"), a counting rhyme ("one, two, three, go!"), a series ("seasons one, two and
three"), a pronoun's twin ("give me one"), and every text that holds a digit, as word problems do (a word
problem's "three times" is no quantity given).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import figure_words, list_words, numeral_words as w
from .cues import cue_hits, words_of
from .figures import given_before, measures_a_figure, unit_after
from .number_lists import LIST_MIN
from .question_words import LABEL_WORDS
from .signals import stems_pattern
from .unit_words import UNSPACED_UNITS

MAX_CHARS = 200   # a short request typed in one go; a longer text writes its quantities as it will
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")   # "twenty-four", "quatre-vingt-dix" are one word
_PIECE = re.compile(r"quatre-vingts?|[^-]+")   # French eighty, four twenties, is one piece
_CJK = re.compile("[" + "".join(w.CJK_DIGITS) + "".join(w.CJK_UNITS) + "]+|" + w.CJK_HALF)
_CJK_UNITS = tuple(sorted(set(UNSPACED_UNITS + w.CJK_UNITS_AFTER), key=len, reverse=True))
# A list's separator between two numbers, as `number_lists` reads it ("12, 15 and 18", "12、15和18").
_AND = "|".join(map(re.escape, list_words.AND_WORDS))
_SEPARATOR = re.compile(rf"\s*[,;、，；]\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+|\s*[和与及]\s*")
_MADE_THINGS = ("writing", "product", "roleplay", "role_clause", "program", "code", "software")
_MEASURE = stems_pattern(figure_words.MEASURE_STEMS + figure_words.UNSPACED_MEASURES)


def _whole(words: tuple[str, ...]) -> str:
    """A pattern of `words` whole, in spaced scripts; anywhere, in scripts without spaces."""
    spaced = "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True) if x.isascii() or x[0] < "\u2e80")
    unspaced = "|".join(re.escape(x) for x in words if not (x.isascii() or x[0] < "\u2e80"))
    return rf"(?<![^\W_])(?:{spaced})(?![^\W_])|{unspaced}"


_WORK = re.compile(stems_pattern(list_words.SEQUENCE_WORDS).pattern + "|" + _whole(list_words.WORK_WORDS))
_GERMAN_UNIT = "|".join(w.GERMAN_UNITS)
_GERMAN = re.compile(rf"(?:(?P<th>{_GERMAN_UNIT})?(?P<k>tausend))?(?:(?P<h>{_GERMAN_UNIT})?(?P<hundert>hundert))?"
                     rf"(?:(?P<u>{_GERMAN_UNIT})und(?P<t>{'|'.join(w.GERMAN_TENS)})|(?P<rest>"
                     + "|".join(w.GERMAN_TENS + w.GERMAN_TEENS + w.GERMAN_UNITS) + "))?")

_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
LAST_WORD_CHARS = 24
Number = tuple[int, int, float]   # start, end, value


def with_digits(text: str) -> str:
    """`text` with its number words and numerals in digits where it is a short math request about a figure's
    measure or a list of numbers that writes them so (module docstring); else `text` itself."""
    if len(text) > MAX_CHARS or _DIGIT.search(text):
        return text
    t = text.lower()
    if len(t) != len(text):   # a letter that lower-cases to two ("İ"): the offsets would not match
        return text
    numbers = _spaced_numbers(t) + (_cjk_numbers(text) if not text.isascii() else [])
    if not numbers:
        return text
    numbers.sort()
    listed = _in_lists(t, numbers)
    read = [n for i, n in enumerate(numbers) if i in listed or (given_before(t, n[1]) and _measure(t, n))]
    if not read:
        return text
    candidate = _written(text, read)
    return candidate if _reckons(candidate, t, text, read, bool(listed)) else text


def _measure(t: str, number: Number) -> bool:
    """The number given is a measure, not an article's or a pronoun's twin (`numeral_words.ARTICLES`: "give me
    one"): any other number, or one before a unit or right after a measure named ("radius one", "de côté un")."""
    start, end, _ = number
    if t[start:end] not in w.ARTICLES:
        return True
    before = _LAST_WORD.search(t, max(0, start - LAST_WORD_CHARS), start)
    return unit_after(t, end) or (before is not None and before.group(1) in w.MEASURED_BEFORE)


def _reckons(candidate: str, t: str, text: str, read: list[Number], listed: bool) -> bool:
    """The text with digits asks for work on a list (a run of numbers and a word of `list_words.WORK_WORDS` or
    `SEQUENCE_WORDS`) or on a figure's measure (`figures`, which reads the measure's word itself; or a measure
    and two numbers with units: "长方形长三十五米，宽二十米，面积是多少？", the figure further off), and names no
    text, program or role to make: there the numbers are its content ("Write a poem about a circle with radius
    seven")."""
    lowered = candidate.lower()
    if not ((listed and _WORK.search(lowered)) or measures_a_figure(lowered, words_of(lowered), measured=True)
            or (sum(_unit_after(t, text, end) for _, end, _ in read) >= 2 and _MEASURE.search(lowered))):
        return False
    return cue_hits(candidate).isdisjoint(_MADE_THINGS)


def _unit_after(t: str, text: str, end: int) -> bool:
    """A unit follows the number ending at `end` (of `text`, `t` lower-cased): "seven centimetres", "七厘米"."""
    return unit_after(t, end) or text.startswith(_CJK_UNITS, end)


def _written(text: str, numbers: list[Number]) -> str:
    out, at = [], 0
    for start, end, value in numbers:
        out += [text[at:start], str(int(value)) if value.is_integer() else f"{value:g}"]
        at = end
    return "".join(out + [text[at:]])


def _in_lists(t: str, numbers: list[Number]) -> set[int]:
    """The indices of `numbers` in a run of `number_lists.LIST_MIN` or more, each after a list's separator, not
    after a word of a series."""
    listed: set[int] = set()
    run = [0]
    for i in range(1, len(numbers) + 1):
        if i < len(numbers) and _SEPARATOR.fullmatch(t, numbers[i - 1][1], numbers[i][0]):
            run.append(i)
            continue
        if len(run) >= LIST_MIN and not _labelled(t, numbers[run[0]][0]):
            listed.update(run)
        run = [i]
    return listed


def _labelled(t: str, start: int) -> bool:
    """A word of a series comes right before the number at `start` (`question_words.LABEL_WORDS`, or its plural:
    "seasons one, two and three"): the numbers name, they give no quantity."""
    before = _LAST_WORD.search(t, max(0, start - LAST_WORD_CHARS), start)
    return before is not None and (before.group(1) in LABEL_WORDS or before.group(1).rstrip("s") in LABEL_WORDS)


def _spaced_numbers(t: str) -> list[Number]:
    """The numbers the lower-cased `t` writes in words: a word of `numeral_words.VALUES`, a German one glued ("fünfundzwanzig"), and the words after it that go on
    with it ("twenty four", "treinta y cinco", "vingt et un", "two hundred and five")."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(t)]
    numbers: list[Number] = []
    i = 0
    while i < len(words):
        start, end, word = words[i]
        parts = _parts(word)
        if parts is None:
            i += 1
            continue
        j = i + 1
        while j < len(words) and t[end:words[j][0]].isspace():
            more = _parts(words[j][2])
            if more is not None and _joins(parts[-1], more[0]):
                parts, end = parts + more, words[j][1]
                j += 1
            elif (words[j][2] in w.JOINERS and j + 1 < len(words) and t[words[j][1]:words[j + 1][0]].isspace()
                  and (more := _parts(words[j + 1][2])) is not None and _joined(parts[-1], words[j][2], more[0])):
                parts, end = parts + more, words[j + 1][1]
                j += 2
            else:
                break
        numbers.append((start, end, _value(parts)))
        i = j
    return numbers


Part = tuple[str, float]


@lru_cache(maxsize=1 << 12)
def _parts(word: str) -> tuple[Part, ...] | None:
    """The parts of a number word with their values, or None where `word` is none. Cached: a request's words
    are mostly the language's common ones."""
    if word in w.VALUES:
        return ((word, w.VALUES[word]),)
    if "-" in word:   # "twenty-four", "dix-huit", "vingt-et-un", "quatre-vingt-dix"
        pieces = _PIECE.findall(word)
        parts: list[Part] = []
        k = 0
        while k < len(pieces):
            piece = pieces[k]
            if piece in w.VALUES and (not parts or _joins(parts[-1], (piece, w.VALUES[piece]))):
                parts.append((piece, w.VALUES[piece]))
            elif (piece in w.JOINERS and parts and k + 1 < len(pieces) and pieces[k + 1] in w.VALUES
                  and _joined(parts[-1], piece, (pieces[k + 1], w.VALUES[pieces[k + 1]]))):
                parts.append((pieces[k + 1], w.VALUES[pieces[k + 1]]))
                k += 1
            else:
                return None
            k += 1
        return tuple(parts)
    if "und" in word or "hundert" in word or "tausend" in word:
        return _german(word)
    return None


def _german(word: str) -> tuple[Part, ...] | None:
    """A German number glued of several ("fünfundzwanzig", "zweihundertzwölf"), as one part."""
    m = _GERMAN.fullmatch(word)
    if m is None or not word:
        return None
    value = 0
    if m.group("k"):
        value += w.VALUES[m.group("th")] * 1000 if m.group("th") else 1000
    if m.group("hundert"):
        value += w.VALUES[m.group("h")] * 100 if m.group("h") else 100
    if m.group("t"):
        value += w.VALUES[m.group("t")] + w.VALUES[m.group("u")]
    elif m.group("rest"):
        value += w.VALUES[m.group("rest")]
    return ((word, value),)


def _joins(prev: Part, nxt: Part) -> bool:
    """`nxt` goes on with the number whose last part is `prev`: a multiplier after a smaller number ("two
    hundred"), a smaller number after a multiplier or a Spanish hundred ("hundred five", "doscientos diez"), a
    unit after tens ("twenty four"), a ten to nineteen after sixty or eighty ("soixante-dix", "quatre-vingt-dix")
    and French seventeen to nineteen ("dix-sept")."""
    (p, pv), (n, nv) = prev, nxt
    if n in w.MULTIPLIERS:
        return pv < (1000 if nv == 1000 else 100) and p not in w.MULTIPLIERS or (p in w.MULTIPLIERS and nv > pv)
    if p in w.MULTIPLIERS or (pv >= 100 and pv % 100 == 0):
        return nv < (1000 if pv == 1000 else 100)
    if 20 <= pv <= 90 and pv % 10 == 0:
        return 1 <= nv <= 9 or (pv in (60, 80) and 10 <= nv <= 19)
    return p == "dix" and 7 <= nv <= 9


def _joined(prev: Part, joiner: str, nxt: Part) -> bool:
    """`prev`, a joining word, then `nxt` make one number (`numeral_words.JOINERS`): "hundred and five",
    "treinta y cinco", "vingt et un"."""
    (p, pv), (n, nv) = prev, nxt
    rule = w.JOINERS[joiner]
    if rule == "after_multiplier":
        return p in w.MULTIPLIERS and nv < 100
    if rule == "tens_unit":
        return 30 <= pv <= 90 and pv % 10 == 0 and 1 <= nv <= 9
    return 20 <= pv <= 60 and pv % 10 == 0 and n in ("un", "une", "onze")


def _value(parts: tuple[Part, ...]) -> float:
    total = current = 0.0
    for word, value in parts:
        if word in w.MULTIPLIERS and value == 1000:
            total, current = total + (current or 1) * 1000, 0.0
        elif word in w.MULTIPLIERS:
            current = (current or 1) * 100
        else:
            current += value
    return total + current


def _cjk_numbers(text: str) -> list[Number]:
    """The Chinese and Japanese numerals of `text` that give a quantity: before a unit ("七厘米", "六センチ"), a
    list's separator, a particle or a mark; not inside a word ("三角形", "一辺", "一心一意", "七上八下") nor an
    ordinal ("第三")."""
    numbers: list[Number] = []
    for m in _CJK.finditer(text):
        start, end = m.span()
        if start > 0 and text[start - 1] in w.CJK_NOT_AFTER:
            continue
        after = text[end:end + 4]
        if after and after[0] not in w.CJK_ENDS_AFTER and not (after.startswith(_CJK_UNITS)
                                                               and not after.startswith("分之")):
            continue
        value = _cjk_value(m.group())
        if value is not None:
            numbers.append((start, end, value))
    return numbers


def _cjk_value(numeral: str) -> float | None:
    """The value of a CJK numeral ("十二" 12, "三十五" 35, "一百零五" 105, "两" 2, "半" 0.5), or None where it is
    none (two digits in a row: "七八", seven or eight)."""
    if numeral == w.CJK_HALF:
        return 0.5
    total = section = 0
    digit: int | None = None
    for c in numeral:
        if c in w.CJK_DIGITS:
            if w.CJK_DIGITS[c] == 0 and digit is None:
                continue   # 零 holds a place: "一百零五"
            if digit is not None:
                return None
            digit = w.CJK_DIGITS[c]
        elif w.CJK_UNITS[c] == 10000:
            total, section, digit = (total + section + (digit or 0)) * 10000, 0, None
        else:
            section, digit = section + (1 if digit is None else digit) * w.CJK_UNITS[c], None
    return float(total + section + (digit or 0))
