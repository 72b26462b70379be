"""A programming language named by a name that also names other things (2026-12-03, stop 23).

Java is an island and coffee, Go a verb and a board game, Rust an oxide, Ruby a gem and a person, C a grade
and a temperature: `cues` reads those names as code only weakly, or not at all, so "Why does my Java loop
from 0 to 10 run 11 times?" and "In Go, why does my slice of length 3 have capacity 4?" were word problems.
Such a name is the language beside a word of what programs are made of (`tool_words`): a word that names
only that (an int, a struct, a for loop) anywhere in the text; one that names other things too (a loop, an
array, a slice, a decimal to round) only where the name stands as a language does, in a shape that
survives translation: after "my" before that word ("my Java loop", "meine Java-Schleife"), after that word
with or without a preposition ("boucle Java", "bucle en Java", "цикл на Java"), as a clause's "in Go" ("In
Ruby, how do I round ...?", "... in Java?"), or glued to Chinese or Japanese ("在Go中", "Javaのループ").
Not where a word of the other meanings is there (`tool_words.NOT_LANGUAGE`: a cup, an island, rubies, a
temperature, a race track). Written by this project, not learned from any benchmark.
"""

from __future__ import annotations

import re
from typing import Collection

from . import tool_words
from .signals import CJK_CHARS, HAN_COMPATIBILITY_CHARS

_UNSPACED_CHAR = re.compile(f"[{CJK_CHARS}{HAN_COMPATIBILITY_CHARS}]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t-]+([^\W\d_]+)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,?.!:;)？，。！]|$)")
_BEFORE_CHARS = 40   # the text before a position that the word right before it is looked for in


def names_a_language(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` (of `words`) names a programming language by a name that names other things
    too (`tool_words.WEAK_LANGUAGES`), beside a word of programs, as the module says."""
    names = tool_words.WEAK_LANGUAGES.intersection(words)
    if not names:
        return False
    only = (not tool_words.LANGUAGE_ONLY.isdisjoint(words)
            or any(p in t for p in tool_words.LANGUAGE_ONLY_PHRASES))
    if only and not names <= tool_words.LETTER_LANGUAGES:
        return True
    unspaced = [w for w in tool_words.LANGUAGE_CONTEXT_UNSPACED if w in t]
    spaced = not tool_words.LANGUAGE_CONTEXT.isdisjoint(words)
    if not (only or ((spaced or unspaced) and tool_words.NOT_LANGUAGE.isdisjoint(words))):
        return False
    return any(_stands_as_language(t, name, start, unspaced, spaced, only)
               for name in names for start in _starts(t, name))


def _starts(t: str, name: str) -> list[int]:
    """Where `name` stands in `t` with no letter or digit on either side (a hyphen, a mark or another script's
    character may touch it: "java-schleife", "在go中")."""
    out, i, n = [], t.find(name), len(name)
    while i >= 0:
        j = i + n
        if (i == 0 or not _latin_or_digit(t[i - 1])) and (j == len(t) or not _latin_or_digit(t[j])):
            out.append(i)
        i = t.find(name, i + 1)
    return out


def _latin_or_digit(c: str) -> bool:
    return (c.isalnum() or c == "_") and not _UNSPACED_CHAR.match(c)


def _stands_as_language(t: str, name: str, start: int, unspaced: list[str], spaced: bool, only: bool) -> bool:
    """`name` at `start` stands as a language does beside a word of programs (`tool_words.LANGUAGE_CONTEXT`, or
    one of `unspaced`, those of the scripts without spaces the text holds; `spaced`: the text holds one of
    the first; `only`: one of `tool_words.LANGUAGE_ONLY`)."""
    letter = name in tool_words.LETTER_LANGUAGES
    end = start + len(name)
    after = t[end:end + 1]
    if _UNSPACED_CHAR.match(t[start - 1:start] or " ") or _UNSPACED_CHAR.match(after or " "):
        # Glued to Chinese, Japanese or Korean: the language where a word of programs follows ("C数组"), or,
        # but for the letter C, stands anywhere ("在Go中，为什么 ... 切片").
        return any(t.startswith(w, end) for w in unspaced) if letter else bool(unspaced) or spaced
    nxt = _WORD_AFTER.match(t, end)
    before, before_start = _word_before(t, start)
    if (nxt and before in tool_words.LANGUAGE_POSSESSIVES
            and (nxt.group(1) in tool_words.LANGUAGE_CONTEXT or nxt.group(1) in tool_words.LANGUAGE_ONLY)):
        return True   # "my Java loop", "mein C-Array"
    across = before in tool_words.LANGUAGE_PREPOSITIONS
    if letter:
        return only and across and _CLAUSE_END.match(t, end) is not None   # "the largest int in C?"
    if across and _word_before(t, before_start)[0] in tool_words.LANGUAGE_CONTEXT:
        return True   # "bucle en Java", "цикл на Java"
    if before in tool_words.LANGUAGE_CONTEXT and name not in tool_words.VERB_LANGUAGES:
        return True   # "boucle Java", "programme Rust"
    return across and _CLAUSE_END.match(t, end) is not None   # "In Ruby, ...", "... in Java?"


def _word_before(t: str, start: int) -> tuple[str, int]:
    """The word right before `start` (a space or a tab between) and where it starts, else ("", start)."""
    m = _WORD_BEFORE.search(t, max(0, start - _BEFORE_CHARS), start)
    return (m.group(1), m.start(1)) if m else ("", start)
