"""Numbers that bound a scale to rate on, a range to pick a number from or a count to say aloud, not quantities
to reckon with (2026-12-04): "Rate this essay from 1 to 10: ...", "On a scale of 1 to 10, how spicy is kimchi?",
"Pick a number from 1 to 10.", "Count from 1 to 10 in French.", "给这篇文章打分，1到10分". Two numbers read as
two quantities, a sum (`tasks`); these two bound a range beside a word of rating, picking or counting
(`scale_words`), and the text holds no other number. A sum, a count or a chance over such a range is asked by a
word of its own ("the sum of the numbers from 1 to 10", "how many ... from 1 to 100"), which `tasks` reads first.
"""

from __future__ import annotations

import re

from . import scale_words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Two numbers of three digits at most (no decimals), joined as a range's ends in the languages of `scale_words`.
_RANGE = re.compile(r"(?<!\d)(?<!\d[.,])\d{1,3}\s*(?:-|–|~|～|to|and|al|à|a|et|bis|und|e|y|до|и|到|至|から)\s*\d{1,3}"
                    r"(?!\d|[.,]\d)")
# One number as a scale's top: "out of 10", "sur 10", "10点満点", "10分制".
_TOP = re.compile(r"(?:out of|sur|su)\s+\d{1,3}(?!\d|[.,]\d)|\d{1,3}\s*(?:点満点|分制|分满分|满分)")
_WORD = re.compile(r"[^\W\d_]+")


def bounds_a_scale(text: str) -> bool:
    """Every number of `text` is an end of a range or a scale's top, beside a word of rating, picking or
    counting and none of a sum or a chance over it (module docstring)."""
    t = text.lower()
    spans = [m.span() for m in _RANGE.finditer(t)] + [m.span() for m in _TOP.finditer(t)]
    if not spans:
        return False
    if any(not any(start <= n.start() and n.end() <= end for start, end in spans) for n in _NUMBER.finditer(t)):
        return False
    words = set(_WORD.findall(t))
    if not scale_words.RECKON_WORDS.isdisjoint(words) or any(p in t for p in scale_words.RECKON_PHRASES):
        return False
    return not scale_words.RATE_WORDS.isdisjoint(words) or any(phrase in t for phrase in scale_words.PHRASES)
