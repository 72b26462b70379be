"""A slip of the keyboard in the word that names a request's task (2026-12-03): "implment a binary serach in
javscript", "how do i fix this eror in my progam", "write a fucntion that ...". A word one slip away from a
task word (`typo_words`: a letter dropped, added or changed, or two swapped) is read as that word, unless it
is a word itself: one token of Qwen's vocabulary with its leading space ("junction", "fiction", "fraction"
are words; "functoin", "progam", "javscript" are two or three tokens). Only short texts are read: a typed
request, not a document or a conversation's history, where a rare word or a name is more often right.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tokens import count_tokens
from . import typo_words

MAX_CHARS = 300    # a request typed in one go
MIN_LETTERS = 4    # in a shorter word a slip makes another word as often as not
# A word of Latin letters alone, not a part of a word with accents ("écrire", "función").
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]{%d,}(?![^\W\d_])" % MIN_LETTERS)
_ANCHOR = re.compile(r"[a-z]+")
_ENDINGS = ("s", "es", "ed", "ing", "er", "ly")


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _index() -> dict[str, str]:
    """Every task word and each form of it with one letter dropped, to the task word (a symmetric-delete
    index: a slip and its word share a form with one letter dropped from each, or from one)."""
    index: dict[str, str] = {}
    for word in sorted(typo_words.TASK_WORDS, key=len, reverse=True):
        for form in _deletions(word):
            index.setdefault(form, word)
    index.update({word: word for word in typo_words.TASK_WORDS})
    return index


_INDEX = _index()
_WORDS = frozenset(typo_words.TASK_WORDS)


def _meant(word: str) -> str | None:
    """The task word `word` is a slip of, or None."""
    if word in _WORDS:
        return None
    return _INDEX.get(word) or next((_INDEX[f] for f in _deletions(word) if f in _INDEX), None)


def respelled(text: str) -> str:
    """`text` with its slips in task words put right; `text` itself when it holds none, is long, or is not
    English (`typo_words.ENGLISH_ANCHORS`)."""
    if len(text) > MAX_CHARS or not _english(text):
        return text
    if not any(word.islower() and _slip_of(word) for word in _WORD.findall(text)):
        return text
    return _WORD.sub(_fixed, text)


def _english(text: str) -> bool:
    words = _ANCHOR.findall(text.lower())
    return not typo_words.ENGLISH_ANCHORS.isdisjoint(words) or (
        text.isascii() and not typo_words.ASCII_ANCHORS.isdisjoint(words))


def _fixed(match: re.Match[str]) -> str:
    """The task word a lower-case word is a slip of; a capitalised one may be a name ("Peyton", "Errol")."""
    word = match.group()
    return (word.islower() and _slip_of(word)) or word


@lru_cache(maxsize=1 << 15)
def _slip_of(word: str) -> str | None:
    """The task word the lower-case `word` is a slip of, where it is no word itself; else None. Cached: a
    request's words are mostly the language's common ones, read again in every request."""
    meant = _meant(word)
    return None if meant is None or _a_word(word) else meant


def _a_word(word: str) -> bool:
    """One token of Qwen's vocabulary with its leading space, or such a word with an ending ("soles", "coded")."""
    forms = [word] + [word[:-len(end)] for end in _ENDINGS if word.endswith(end) and len(word) > len(end) + 2]
    return any(count_tokens(" " + f) == 1 for f in forms)
