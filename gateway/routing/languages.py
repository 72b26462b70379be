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
temperature, a race track). And the other way round (`without_everyday_names`, 2026-12-04): a name that the
rules read as a language where it is the everyday word ("How fast can a swift fly?", "Does vinegar remove rust?",
"Java島の人口は？") is blanked where nothing else in the text names code. Written by this project, not learned
from any benchmark.
"""

from __future__ import annotations

import re
from typing import Collection

from . import build_words, language_words as lw, tool_words
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


# 2026-12-04 (words32): the names read as everyday words, and what keeps a text from reading any so.
_EVERYDAY_NAMES = frozenset(lw.EVERYDAY_MEANINGS)
_EVERYDAY_FORMS = {**{n: n for n in _EVERYDAY_NAMES}, **{n + "s": n for n in _EVERYDAY_NAMES}}
_EVERYDAY_KEYS = frozenset(_EVERYDAY_FORMS)
_PROGRAM_WORDS = (_CONTEXT | tool_words.LANGUAGE_ONLY | tool_words.TOOL_CONTEXT | tool_words.TOOLS
                  | lw.PROGRAMMING_WORDS | build_words.BUILD_WORDS)
_PROGRAM_UNSPACED = (tool_words.LANGUAGE_CONTEXT_UNSPACED + tool_words.TOOL_CONTEXT_UNSPACED + lw.CONTEXT_PHRASES
                     + build_words.BUILD_PHRASES + build_words.MADE_VERBS)
_USE_WORDS = _PREPOSITIONS | {"use", "using", "learn", "learning"}
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
_NAME_BEFORE = re.compile(r"\s[A-Z][a-z]+$")   # not the text's first word ("Who ...")


def without_everyday_names(shown: str, t: str, words: Collection[str]) -> str:
    """`t` (the lower-cased `shown`, of `words`) with the names of languages that it uses as the everyday words
    they also are (`language_words.EVERYDAY_MEANINGS`) blanked, so the rules read what else it says; `t` itself
    when none. A text that holds a word of programs (`_CONTEXT`, a tool's), of programming or of building ("Write
    a snake game in Python") keeps every name: the everyday reading is for a text that names nothing of code but
    the name. Where the name stands, one of these shapes tells the everyday word (`_everyday_at`)."""
    found = _EVERYDAY_KEYS.intersection(words)
    if not found or not _PROGRAM_WORDS.isdisjoint(words) or (
            not t.isascii() and any(w in t for w in _PROGRAM_UNSPACED)):
        return t
    cased = shown if len(shown) == len(t) else ""   # a letter whose lower case is longer shifts the positions
    spans = [(i, len(form)) for form in found for i in _starts(t, form) if _everyday_at(t, cased, form, i, words)]
    for i, n in spans:
        t = t[:i] + " " * n + t[i + n:]
    return t


def _everyday_at(t: str, cased: str, form: str, start: int, words: Collection[str]) -> bool:
    """The name's `form` at `start` is the everyday word: its plural ("swifts"); glued to a word of its other
    meaning in a script without spaces ("Java島", "Python蛇"); not modifying a noun of programming
    (`language_words.LANGUAGE_HEADS`: "a Python developer", "Python-Entwickler") and either after an article
    that a common noun takes (`_after_an_article`), or in a question of who beside another capitalised name
    ("Who was Haskell Curry?"), or with a word of its other meaning in the text and no word of use before it
    ("remove rust from a cast iron pan"; "in Python", "use Python" stay the language), a name that is a common
    noun there only in lower case or at a sentence's start (`language_words.COMMON_NOUNS`: "Is Rust used in
    cars?" stays the language)."""
    name = _EVERYDAY_FORMS[form]
    end = start + len(form)
    if _UNSPACED_CHAR.match(t[start - 1:start] or " ") or _UNSPACED_CHAR.match(t[end:end + 1] or " "):
        glued = lw.EVERYDAY_UNSPACED.get(name, ())
        return any(t.startswith(w, end) or t.endswith(w, 0, start) for w in glued)
    if form != name:
        return True
    nxt = _WORD_AFTER.match(t, end)
    if t[end:end + 1] == "-" or (nxt and nxt.group(1) in lw.LANGUAGE_HEADS):
        return False
    before = _word_before(t, start)[0]
    meant = not lw.EVERYDAY_MEANINGS[name].isdisjoint(words)
    if _after_an_article(t, cased, before, start, end, nxt, meant):
        return True
    if cased and t.startswith(lw.WHO_OPENINGS) and _beside_a_name(cased, start, end):
        return True
    if name in lw.COMMON_NOUNS and not (cased and (cased[start].islower() or _opens_a_sentence(cased, start))):
        return False
    return meant and before not in _USE_WORDS


def _after_an_article(t: str, cased: str, before: str, start: int, end: int, nxt: re.Match[str] | None,
                      meant: bool) -> bool:
    """An article a common noun takes is right before the name: one of the languages that write a noun in lower
    case, the name so written ("a python", "un python") and ending its clause, or followed by a word that
    follows a subject (`language_words.AFTER_A_NOUN`: "a python grow"), or in a text with a word of its other
    meaning (`meant`); or a German or Dutch one, which capitalise every noun, the name ending its clause or
    before a word in lower case ("ein Python?", "ein Python in ...")."""
    if before in lw.LOWER_ARTICLES:
        return bool(cased) and cased[start].islower() and (
            meant or _CLAUSE_END.match(t, end) is not None or bool(nxt and nxt.group(1) in lw.AFTER_A_NOUN))
    if before in lw.NOUN_ARTICLES:
        return _CLAUSE_END.match(t, end) is not None or bool(cased and nxt and cased[nxt.start(1)].islower())
    return False


def _beside_a_name(cased: str, start: int, end: int) -> bool:
    """The capitalised name at `start` is one word of a person's name: a capitalised word right before or right
    after it, one space between ("Haskell Curry", "Jonathan Swift")."""
    if not cased[start].isupper():
        return False
    return (_CAPITALISED_WORD.match(cased, end + 1) is not None and cased[end:end + 1] == " ") or (
        cased[start - 1:start] == " " and _NAME_BEFORE.search(cased, 0, start - 1) is not None)


def _opens_a_sentence(cased: str, start: int) -> bool:
    """The word at `start` is the text's or a sentence's first ("Rust on a cast iron pan: ...")."""
    head = cased[:start].rstrip(" \t\"'«¿¡(")
    return not head or head[-1] in ".!?:;\n"
