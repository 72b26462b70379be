"""A quantity to convert from one unit to another (2026-12-03): "Convert 100 Fahrenheit to Celsius", "5 miles in
km", "Rechne 100 Grad Fahrenheit in Celsius um", "把 100 华氏度换算成摄氏度". Put as a question ("How many ounces are
in 3 pounds?") the quantity lexicon names the sum; put as an imperative or a bare phrase only the units do, so
they are read here, by their shape: a number with a unit, a word of direction, another unit (`unit_words`).
`cues.with_structure` reads it as the math family.
"""

from __future__ import annotations

import re

from . import unit_words

# Numbers, currency signs and words; "km/h" is one, and so is an elided article with its noun ("l'hôpital":
# no litre).
_UNIT_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[$€£¥₹]|[^\W\d_]+(?:['’/][^\W\d_]+)?")
# A clause's end: a mark before a space or the text's end, not a decimal point or comma ("3.5", "2,5").
_CLAUSE_END = re.compile(r"[.!?;:,。！？；，]+(?:\s|$)|\n")
# A number and the word or currency sign after it (a space between at most): all that a unit can follow.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?=\s?([^\W\d_]+(?:['’/][^\W\d_]+)?|[$€£¥₹]))")
WINDOW_CHARS = 80   # read after a number: its unit, a few words, the word of direction and the other unit
UNIT_GAP = 3   # words between the unit and the word of direction ("250 grams of flour to cups")
_ANY_UNIT = "|".join(map(re.escape, sorted(unit_words.UNSPACED_UNITS + tuple(unit_words.UNIT_WORDS), key=len,
                                           reverse=True)))
_UNSPACED_CONVERSION = re.compile(r"\d+(?:[.,]\d+)*\s*(?:" + _ANY_UNIT + r").*?(?:" + _ANY_UNIT + ")")


def converts_units(t: str) -> bool:
    """The lower-cased text `t` asks to convert a quantity from one unit to another (`unit_words`), in any
    phrasing: a number with a unit after it (a degree word between: "100 Grad Fahrenheit"; a currency sign
    before: "$100"), then within `UNIT_GAP` words of its clause a word of direction and another unit ("5 miles
    to km", "250 grams of flour to cups", "5 millas a kilómetros", "5 миль в километры"), not a rate ("5 miles a
    day").
    In Chinese, Japanese and Korean, a verb of conversion and a number with a unit followed by another unit
    ("把 100 华氏度换算成摄氏度", "5マイルをキロメートルに変換して"). "Convert this text to uppercase" holds no number."""
    if not any(map(str.isdigit, t)):
        return False
    if any(v in t for v in unit_words.CONVERSION_VERBS) and _UNSPACED_CONVERSION.search(t):
        return True
    for number in _NUMBER.finditer(t):
        before = t[max(0, number.start() - 2):number.start()].strip()
        signed = before in unit_words.CURRENCY_SIGNS
        word = number.group(1)
        if not (signed or _is_unit(word) or word in unit_words.DEGREE_WORDS or word in unit_words.CURRENCY_SIGNS):
            continue   # most numbers count things ("5 apples"): no window is read
        head = t[number.end():number.end() + WINDOW_CHARS]
        end = _CLAUSE_END.search(head)
        tokens = _UNIT_TOKEN.findall(head[:end.start()] if end else head)
        if _converts_after(tokens, signed):
            return True
    return False


def _converts_after(tokens: list[str], signed: bool) -> bool:
    """The tokens after a number, to its clause's end, name its unit (or `signed`: a currency sign before it),
    then within `UNIT_GAP` words a word of direction and another unit."""
    end = _unit_end(tokens, 0)
    if end < 0 and tokens[:1] and tokens[0] in unit_words.CURRENCY_SIGNS:
        end = 1
    if end < 0 and not signed:
        return False
    end = max(end, 0)
    return any(tokens[j] in unit_words.TO_WORDS and _unit_end(tokens, j + 1, rate=False) > 0
               for j in range(end, min(end + UNIT_GAP + 1, len(tokens))))


def _unit_end(tokens: list[str], k: int, rate: bool = True) -> int:
    """The index after the unit at `tokens[k]` (after any degree words), else -1; a rate's unit of time
    (`unit_words.RATE_UNITS`) only where `rate`."""
    while k < len(tokens) and tokens[k] in unit_words.DEGREE_WORDS and k < len(tokens) - 1:
        k += 1
    if k >= len(tokens) or not _is_unit(tokens[k]):
        return -1
    return -1 if not rate and tokens[k] in unit_words.RATE_UNITS else k + 1


def _is_unit(word: str) -> bool:
    return word in unit_words.UNIT_WORDS or word.startswith(unit_words.UNIT_STEMS)
