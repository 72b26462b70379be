"""A spreadsheet's formula asked for or about (2026-12-03, code31): code, in a spreadsheet's language.

"Write an Excel formula to sum column B where column A is "yes"." was writing on the 4B: its words are those of a
text (write) and a sum, while the request is for a formula of Excel, Google Sheets or LibreOffice Calc (SUMIF,
VLOOKUP, INDEX/MATCH, a pivot table), Power Query or DAX, which a model writes as it writes code and which thinking
helps as much. Read by the names those languages' functions and features have in every language (words of
`code_words`), or by an application of spreadsheets beside a word of formulas: "excel" alone is also a verb
("Which pupils excel at maths?") and "formula" alone one of mathematics ("the formula for a circle's area").
"""

from __future__ import annotations

import re
from typing import Collection

from . import code_words as cw

_FIRST = re.compile(r"[^\W\d_]+")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`phrases` by their first word; those that hold no Latin or Cyrillic first word (Chinese, Japanese) under
    "". A text is searched only for the phrases whose first word it holds: most hold none."""
    out: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        first = _FIRST.match(phrase)
        key = first.group() if first and not _CJK.search(first.group()) else ""
        out[key] = (*out.get(key, ()), phrase)
    return out


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_FEATURES = _by_first_word(cw.SHEET_PHRASES + cw.DAX_PHRASES)
_APPS = _by_first_word(cw.SHEET_APP_PHRASES)
_FEATURE_KEYS, _APP_KEYS = frozenset(_FEATURES) - {""}, frozenset(_APPS) - {""}
# Every word one of the readings begins with: a text in Latin or Cyrillic letters that holds none names no formula
# (most texts, in one look-up).
_ANY_KEY = cw.SHEET_FUNCTIONS | cw.SHEET_APPS | _FEATURE_KEYS | _APP_KEYS


def _holds(t: str, words: Collection[str], table: dict[str, tuple[str, ...]], keys: frozenset[str]) -> bool:
    """`t` holds one of the phrases of `table` (`_by_first_word`), searched where its first word is in `words`."""
    firsts = list(keys.intersection(words)) + ([""] if "" in table and not t.isascii() else [])
    return any(p in t for first in firsts for p in table[first])


def names_a_formula(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` (of `words`) asks for or about a spreadsheet's formula, as the module says."""
    if _ANY_KEY.isdisjoint(words) and t.isascii():
        return False
    if not cw.SHEET_FUNCTIONS.isdisjoint(words) or _holds(t, words, _FEATURES, _FEATURE_KEYS):
        return True
    if cw.SHEET_APPS.isdisjoint(words) and not _holds(t, words, _APPS, _APP_KEYS):
        return False
    return not cw.FORMULA_WORDS.isdisjoint(words) or any(s in t for s in cw.FORMULA_STEMS)
