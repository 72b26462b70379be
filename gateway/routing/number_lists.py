"""A short request about a list of numbers given as data (2026-12-03): "What is the sum of 12, 15, 18 and 21?",
"Sortiere diese Zahlen: 42, 7, 19, 3", "下一个数是什么：2, 6, 12, 20, 30？".

The learned score was fitted on word problems, where every quantity is one more step, and it read each number
of a list as one (0.8-0.96: the 30B-A3B with 16-32K thinking tokens, or the 235B, for a sum of four numbers).
Summing, averaging, sorting or picking from a list is one pass over it, and continuing a sequence is one
pattern to find; their difficulty is read here, by rules with named parts, as `code_difficulty` reads code's.
A word problem that holds a list ("Tom scored 80, 85 and 90 on three tests. He needs ...") tells a story
around it, with other numbers or more than a short request's words, and keeps the learned score.
"""

from __future__ import annotations

import re

from . import list_words

LIST_MIN = 3              # numbers in a run: two are a sum, not a list
REQUEST_MAX_CHARS = 100   # the text around the list: a short request, not a story
MAX_CHARS = 1000          # the request with its list, at most
BASE, PER_NUMBER, NUMBERS_MAX, SEQUENCE = 0.05, 0.01, 0.1, 0.25

_NUMBER = r"[-−]?\d+(?:\.\d+)?"
_AND = "|".join(map(re.escape, list_words.AND_WORDS))
_SEPARATOR = rf"(?:\s*[,;、，；]\s*(?:(?:{_AND})\s+)?|\s+(?:{_AND})\s+|\s*[和与及]\s*)"
_RUN = re.compile(rf"(?<![\w.]){_NUMBER}(?:{_SEPARATOR}{_NUMBER}){{{LIST_MIN - 1},}}(?![\w])")
_NUMBER_IN_RUN = re.compile(_NUMBER)


def list_difficulty_parts(text: str) -> dict[str, float] | None:
    """The named parts of the difficulty of `text` as a request about one list of numbers, or None when it
    is not one: longer than `MAX_CHARS`, no run of `LIST_MIN` numbers, another number outside it, or more
    than `REQUEST_MAX_CHARS` characters of request around it."""
    if len(text) > MAX_CHARS:   # a request of a few words around a list, not a passage
        return None
    run = _RUN.search(text)
    if run is None:
        return None
    rest = (text[:run.start()] + " " + text[run.end():]).strip()
    if len(rest) > REQUEST_MAX_CHARS or any(map(str.isdigit, rest)) or _RUN.search(text, run.end()):
        return None
    numbers = len(_NUMBER_IN_RUN.findall(run.group()))
    parts = {"base": BASE, "numbers": min(NUMBERS_MAX, PER_NUMBER * (numbers - LIST_MIN))}
    lowered = rest.lower()
    if any(word in lowered for word in list_words.SEQUENCE_WORDS):
        parts["sequence"] = SEQUENCE
    return parts
