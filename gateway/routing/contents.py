"""A piece of content asked for by its noun with a verb that makes anything (2026-12-04): a plan, a recipe, a
quiz, a table, an outline, a schedule, a menu, a checklist ("Create a workout plan for beginners", "Dame una
receta de ...", "Erstelle einen Lernplan", "给我出10道选择题"). `tasks` reads it as writing, as it does a
written product or an itinerary planned, and its numbers as describing the text, not a sum to work out.

Both are needed: the verb alone makes a program, a random number or a joke ("Make me laugh"), the noun alone
is asked about ("What is a good workout plan?"). The verb opens its clause, after request words at most ("Can
you make me ...", not a word problem's "John wants to make a table 6 feet long"); the noun stands among the few
words after it, in its clause, and is a new one, not "the" one ("Give me the schedule of the final" asks a
fact); a German infinitive at a clause's end takes its object before it, in a clause a request opens; scripts
without spaces are read within a few characters either side, a Chinese verb after a request's lead at most. A
question how to make one asks how. Code beside the noun is decided before (`tasks`:
code first), and the things of an interface or a database named so are no content (`content_words.NOT_CONTENT`).
"""

from __future__ import annotations

import re
from typing import Collection

from . import content_words as cw
from .build_words import SHOW_SCRIPT


def _alternation(phrases: Collection[str]) -> str:
    return "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))


_NOUN = re.compile(rf"(?<!\w)(?:{_alternation(cw.CONTENT_NOUNS)})(?:s|es)?(?![\w'’])")
_COMPOUND = re.compile(rf"(?:{_alternation(cw.COMPOUND_ENDS)})$")
_CLAUSE_END = re.compile(r"[.!?;:\n。！？；：]")
_EDGES = ",.!?:;\"'()«»“”„¿¡"
_PHRASES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _phrase in cw.MAKING_PHRASES:
    _first = re.split(r"[\s-]", _phrase)[0]
    _PHRASES_BY_FIRST[_first] = (*_PHRASES_BY_FIRST.get(_first, ()), _phrase)
_UNSPACED_LEAD = re.compile(f"(?:{_alternation(cw.UNSPACED_LEAD)})*")
_UNSPACED_CLAUSE = re.compile(r"[.!?;:,\n。！？；：，、]")
# Japanese and Korean verbs, their object before them: their request form asks.
_UNSPACED_OBJECT_FIRST = frozenset(v for v in cw.UNSPACED_VERBS
                                   if any("\u3040" <= c <= "\u309f" or "\uac00" <= c <= "\ud7af" for c in v))
_FIRSTS = cw.MAKING_VERBS | frozenset(_PHRASES_BY_FIRST) | cw.CLOSING_VERBS


def makes_content(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` (of `words`, `cues._words`) asks for a piece of content by its noun with a
    verb that makes anything: the noun among `content_words.MAKING_REACH` words after the verb in its clause
    (before a closing German infinitive), or within `UNSPACED_REACH` characters of a verb of an unspaced
    script."""
    if not t.isascii() and _unspaced(t):
        return True
    found = _FIRSTS.intersection(words)
    if not found:
        return False
    for phrase in cw.NOT_CONTENT:
        if phrase in t:
            t = t.replace(phrase, " ")
    for first in found:
        if first in cw.CLOSING_VERBS:
            if any(_asks_closing(t, i) and _names_content(_clause_before(t, i)) for i, _ in _spans(t, first)):
                return True
            continue
        verbs = (first,) * (first in cw.MAKING_VERBS) + _PHRASES_BY_FIRST.get(first, ())
        if any(_asks_for(t, i) and _names_content(_clause_after(t, j)) for verb in verbs for i, j in _spans(t, verb)):
            return True
    return False


def _spans(t: str, word: str) -> list[tuple[int, int]]:
    """Where `word` (or a phrase) stands in `t` with no letter or digit on either side."""
    out, i, n = [], t.find(word), len(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not t[i - 1].isalnum()) and (j == len(t) or not t[j].isalnum() or word.endswith(" ")):
            out.append((i, j))
        i = t.find(word, i + 1)
    return out


def _unspaced(t: str) -> bool:
    """A verb of making with a noun of content near it, in a script without spaces."""
    for verb in cw.UNSPACED_VERBS:
        i = t.find(verb)
        if i >= 0 and (_UNSPACED_LEAD.fullmatch(_UNSPACED_CLAUSE.split(t[max(0, i - cw.UNSPACED_REACH):i])[-1].strip())
                       or verb in _UNSPACED_OBJECT_FIRST):
            near = t[max(0, i - cw.UNSPACED_REACH):i + len(verb) + cw.UNSPACED_REACH]
            if any(noun in near for noun in cw.UNSPACED_NOUNS):
                return True
    return False


def _clause_after(t: str, end: int) -> list[str]:
    """The `MAKING_REACH` words after `end`, up to the clause's end, pronouns after the verb skipped."""
    rest = t[end:end + 120]
    stop = _CLAUSE_END.search(rest)
    words = [w.strip(_EDGES).lstrip("-") for w in rest[:stop.start() if stop else len(rest)].split()]
    while words and words[0] in cw.PRONOUNS:
        words.pop(0)
    return [] if words and words[0] in cw.NOT_MADE else words[:cw.MAKING_REACH]


def _clause_before(t: str, start: int) -> list[str]:
    """The `MAKING_REACH` words before `start`, from the clause's start."""
    head = _CLAUSE_END.split(t[max(0, start - 120):start])[-1]
    return [w.strip(_EDGES) for w in head.split()[-cw.MAKING_REACH:]]


def _asks_how(t: str, start: int) -> bool:
    """The clause before the verb at `start` asks how (`content_words.HOW_WORDS`): "how do I make ...?"."""
    return not cw.HOW_WORDS.isdisjoint(_clause_before(t, start))


def _asks_closing(t: str, start: int) -> bool:
    """The clause of the closing verb at `start` opens with a request (`content_words.CLOSING_LEADS`: "Kannst du
    mir einen Trainingsplan erstellen?"), not a story ("Anna möchte nach einem Rezept 3 Kuchen machen") nor how."""
    before = _clause_before(t, start)
    return bool(before) and before[0] in cw.CLOSING_LEADS and not _asks_how(t, start)


def _asks_for(t: str, start: int) -> bool:
    """The verb at `start` opens its clause, or a comma's part of it, after request words at most
    (`content_words.LEAD_WORDS`): "Please create ...", "Hey, can you make me ...", not "John wants to make"."""
    head = _CLAUSE_END.split(t[max(0, start - 120):start])[-1].rsplit(",", 1)[-1]
    return all(w.strip(_EDGES) in cw.LEAD_WORDS for w in head.split())


def _names_content(words: list[str]) -> bool:
    """`words` name a piece of content: a noun of it, a German compound ending in one, a show's script."""
    span = " ".join(words)
    if _NOUN.search(span) or SHOW_SCRIPT.search(span):
        return True
    return any(_COMPOUND.search(word) for word in words)
