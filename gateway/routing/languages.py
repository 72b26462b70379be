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

from . import language_words as lw, tool_words
from .signals import CJK_CHARS, HAN_COMPATIBILITY_CHARS

_UNSPACED_CHAR = re.compile(f"[{CJK_CHARS}{HAN_COMPATIBILITY_CHARS}]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t-]+([^\W\d_]+)")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,?.!:;)？，。！]|$)")
_BEFORE_CHARS = 40   # the text before a position that the word right before it is looked for in

_LETTERS = tool_words.LETTER_LANGUAGES | lw.MORE_LETTERS
_CONTEXT = tool_words.LANGUAGE_CONTEXT | lw.MORE_CONTEXT
_PREPOSITIONS = tool_words.LANGUAGE_PREPOSITIONS | lw.MORE_PREPOSITIONS
_NOT_LANGUAGE = tool_words.NOT_LANGUAGE | lw.MORE_NOT_LANGUAGE
_FIRST_WORD = re.compile(r"[a-z\u00c0-\u024f\u0400-\u04ff]+")


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`phrases` by their first Latin or Cyrillic word, the others (Chinese, Japanese, Korean) under "": a text
    is searched only for the phrases whose first word it holds (most hold none)."""
    out: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        first = _FIRST_WORD.match(phrase)
        out[first.group() if first else ""] = (*out.get(first.group() if first else "", ()), phrase)
    return out


def _holds(t: str, words: Collection[str], table: dict[str, tuple[str, ...]], keys: frozenset[str]) -> bool:
    """`t` (of `words`) holds a phrase of `table` (`_by_first_word`; `keys`: its first words but "")."""
    if not t.isascii() and any(p in t for p in table.get("", ())):
        return True
    return any(p in t for first in keys.intersection(words) for p in table[first])


_ONLY_PHRASES = _by_first_word(tool_words.LANGUAGE_ONLY_PHRASES + lw.ONLY_PHRASES)
_CONTEXT_PHRASES = _by_first_word(lw.CONTEXT_PHRASES)
_ONLY_KEYS, _CONTEXT_KEYS = frozenset(_ONLY_PHRASES) - {""}, frozenset(_CONTEXT_PHRASES) - {""}
_NAMES = tool_words.WEAK_LANGUAGES | lw.MORE_NAMES | lw.CYRILLIC_NAMES


def _inflected_forms() -> dict[str, str]:
    """Every form of every weak name (`tool_words.WEAK_LANGUAGES`, `language_words.MORE_NAMES`,
    `CYRILLIC_NAMES`) with the name it is: the name itself, and for a name of `MIN_INFLECTED` letters or more
    the forms of `language_words`' endings in the name's script ("javie", "javalla", "javában", "питоне")."""
    forms: dict[str, str] = {}
    for name in tool_words.WEAK_LANGUAGES | lw.MORE_NAMES | lw.CYRILLIC_NAMES:
        forms[name] = name
        if len(name) < lw.MIN_INFLECTED:
            continue
        endings = [("", e) for e in lw.ADDED_ENDINGS]
        if name[-1] in "aа":
            endings += [(name[:-1], e) for e in lw.VOWEL_ENDINGS]
            endings += [(name[:-1] + lw.LENGTHENED, e) for e in lw.LENGTHENED_ENDINGS]
        for stem, ending in endings:
            form = (stem or name) + ending   # a Latin name takes the Latin endings, a Cyrillic one its own
            if _cyrillic(ending) == _cyrillic(name) and form not in lw.NOT_FORMS:
                forms.setdefault(form, name)
    return forms


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


_FORMS = _inflected_forms()
_FORM_KEYS = frozenset(_FORMS)


def names_a_language(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` (of `words`) names a programming language by a name that names other things
    too (`tool_words.WEAK_LANGUAGES`), in any of its forms (`_FORMS`), beside a word of programs, as the
    module says."""
    forms = _FORM_KEYS.intersection(words)
    if not forms:
        return False
    names = {_FORMS[f] for f in forms}
    only = not tool_words.LANGUAGE_ONLY.isdisjoint(words) or _holds(t, words, _ONLY_PHRASES, _ONLY_KEYS)
    if only and not names <= _LETTERS:
        return True
    unspaced = [] if t.isascii() else [w for w in tool_words.LANGUAGE_CONTEXT_UNSPACED if w in t]
    spaced = not _CONTEXT.isdisjoint(words) or _holds(t, words, _CONTEXT_PHRASES, _CONTEXT_KEYS)
    if not (only or ((spaced or unspaced) and _NOT_LANGUAGE.isdisjoint(words))):
        return False
    return any(_stands_as_language(t, form, start, unspaced, spaced, only)
               for form in forms for start in _starts(t, form))


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


def _stands_as_language(t: str, form: str, start: int, unspaced: list[str], spaced: bool, only: bool) -> bool:
    """The weak name's `form` at `start` stands as a language does beside a word of programs (`_CONTEXT`, or
    one of `unspaced`, those of the scripts without spaces the text holds; `spaced`: the text holds one of the
    first; `only`: one of `tool_words.LANGUAGE_ONLY`). An inflected form holds its preposition ("Javában": in
    Java)."""
    name = _FORMS[form]
    letter = name in _LETTERS
    end = start + len(form)
    after = t[end:end + 1]
    if _UNSPACED_CHAR.match(t[start - 1:start] or " ") or _UNSPACED_CHAR.match(after or " "):
        # Glued to Chinese, Japanese or Korean: the language where a word of programs follows ("C数组"), or,
        # but for the letter C, stands anywhere ("在Go中，为什么 ... 切片").
        glued = unspaced + [p for p in lw.CONTEXT_PHRASES if p in t]
        return any(t.startswith(w, end) for w in glued) if letter else bool(glued) or spaced
    nxt = _WORD_AFTER.match(t, end)
    before, before_start = _word_before(t, start)
    if (nxt and before in tool_words.LANGUAGE_POSSESSIVES
            and (nxt.group(1) in _CONTEXT or nxt.group(1) in tool_words.LANGUAGE_ONLY)):
        return True   # "my Java loop", "mein C-Array"
    if (nxt and form == name and nxt.group(1) in lw.OWN_WORDS
            and (before in lw.DETERMINERS or (name not in tool_words.VERB_LANGUAGES and not letter))):
        return True   # "the Go keyword", "the Rust compiler", "Dart packages"
    across = before in _PREPOSITIONS or form != name
    if letter:
        return (across and _CLAUSE_END.match(t, end) is not None
                and (only or _word_before(t, before_start)[0] in lw.LETTER_CONTEXT))   # "a pointer in C?"
    if across and _word_before(t, before_start)[0] in _CONTEXT:
        return True   # "bucle en Java", "цикл на Java"
    if before in _CONTEXT and name not in tool_words.VERB_LANGUAGES:
        return True   # "boucle Java", "programme Rust"
    return across and _CLAUSE_END.match(t, end) is not None   # "In Ruby, ...", "... in Java?", "Javalla?"


def _word_before(t: str, start: int) -> tuple[str, int]:
    """The word right before `start` (a space or a tab between) and where it starts, else ("", start)."""
    m = _WORD_BEFORE.search(t, max(0, start - _BEFORE_CHARS), start)
    return (m.group(1), m.start(1)) if m else ("", start)
