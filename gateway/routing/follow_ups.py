"""A latest turn that follows up an earlier one: it keeps the conversation's task unless it names a made thing
of its own.

Why: `tasks.stands_alone` reads whether a small-talk or knowledge turn asks something of its own; every
other task stands alone there, so "Now write tests for it." after a function was writing (its "write") and
"What is its time complexity?" a question of fact. A turn that points back at the earlier turn's made thing
(a pronoun, a possessive, "again": `follow_up_words`) asks about or for more of it, in the earlier turn's
task, unless it names a made thing of another task beside its verb ("Now write a poem about it.",
"Translate it into German.", "Summarize it."). Thanks, greetings and a topic of its own ("Explain quantum
entanglement.") still stand alone as `turns` reads them, and so does a knowledge question of its own that
points back at nothing and shares no word with the conversation ("Why is the sky blue?" after a story:
`asks_its_own_question`). The policy then reads the task and the difficulty in the latest earlier user turn
that stands alone (`ComplexityPolicy._task`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from . import follow_up_words as words
from . import turn_words, turns
from .cues import cue_hits
from .signals import HAN_COMPATIBILITY_CHARS
from .tasks import stands_alone

FOLLOW_UP_MAX_CHARS = 200   # a follow-up is one short line; a longer turn is read as a request of its own
# The cue families that name a made thing of each task: a text, a summary or translation, a program, a role.
MADE_THING_CUES: dict[str, frozenset[str]] = {
    "writing": frozenset(("writing", "product")),
    "extraction": frozenset(("extraction",)),
    "code": frozenset(("code", "program", "named_code", "software", "code_target")),
    "roleplay": frozenset(("roleplay", "role_clause", "persona", "play")),
}
_WORD = re.compile(r"[^\W\d_]+")
_UNSPACED = re.compile("|".join(map(re.escape, words.POINTERS_UNSPACED)))
_THAT = re.compile(r"(?<![^\W_])that(?![^\W_])")
_FRENCH_ENCLITIC = re.compile(r"-(?:le|la|les|en|lui)(?![^\W_])")
# An accented imperative or an infinitive with its object ("tradúcela", "explícamelo", "resuélvelo", "hacerlo"); not
# "película", "título" (-ula, -ulo).
_SPANISH_ENCLITIC = re.compile(r"(?:[áéíóú][^\W\d_]*[aei]|[^\W\d_]{2,}[aei]r)(?:me|te|se)?l[oa]s?$")
_DUMMY_IT = re.compile(r"(?<![^\W_])(?:is it|it is|it's|was it|it was)(?: [^\W\d_]+){1,2} (?:to|that|whether|if)"
                       r"(?![^\W_])")
_MAKE_VERBS = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(words.MAKE_VERBS, key=len,
                                                                               reverse=True))) + r")(?![^\W_])")
_MAKE_VERBS_UNSPACED = re.compile("|".join(map(re.escape, words.MAKE_VERBS_UNSPACED)))


def points_back(text: str) -> bool:
    """The turn is one short line that holds a word pointing back at an earlier turn: "Now write tests for it.",
    "Was ist seine Zeitkomplexität?", "Résous-le autrement.", "Resuélvelo.", "它的时间复杂度是多少？". An "it"
    of the time or the weather, or before a clause ("Is it possible to ...?"), points at nothing."""
    t = text.strip().lower()
    if not t or len(t) > FOLLOW_UP_MAX_CHARS or "\n" in t:
        return False
    if _UNSPACED.search(t) or _FRENCH_ENCLITIC.search(t):
        return True
    found = _WORD.findall(_DUMMY_IT.sub(" ", t) if "it" in t else t)
    if "it" in found and any(p in t for p in words.DUMMY_IT_PHRASES):
        found = [w for w in found if w != "it"]
    if not words.POINTERS.isdisjoint(found) or not words.SPANISH_ENCLITICS.isdisjoint(found):
        return True
    if not _possessives(t, found).isdisjoint(found) and _owned_by_nothing_named(text.strip()):
        return True
    if found[1:2] == ["es"] and found[0] not in words.NOT_BEFORE_ES:
        return True
    if any(_SPANISH_ENCLITIC.search(w) for w in found if len(w) >= 5):
        return True
    return any(w == "that" and (i < 2 or found[i - 1] in words.THAT_AFTER) for i, w in enumerate(found)) or (
        "that" in found and _ends_with_that(t))


def _possessives(t: str, found: list[str]) -> frozenset[str]:
    """The possessives of the lower-cased turn `t` (of words `found`): French "son" is Spanish's "are" in a
    Spanish turn ("¿Los tomates son frutas?": an opening "¿", a Spanish article)."""
    if t.startswith(("¿", "¡")) or not words.SPANISH_ARTICLES.isdisjoint(found):
        return words.POSSESSIVES - words.SPANISH_VERBS
    return words.POSSESSIVES


def _owned_by_nothing_named(text: str) -> bool:
    """A possessive of the turn follows no capitalised word but the turn's first: "Was ist seine
    Zeitkomplexität?" points back, "¿Cuál es la capital de España y su población?" at Spain."""
    found = _WORD.findall(text)
    for i, w in enumerate(found):
        if w.lower() in words.POSSESSIVES:
            return not any(v[:1].isupper() for v in found[1:i])
    return False


def _ends_with_that(t: str) -> bool:
    """An English "that" that ends a clause ("Can you do that?", "I like that, but shorter")."""
    return any(not t[m.end():].lstrip()[:1].isalpha() for m in _THAT.finditer(t))


def follows_up(task: str, text: str, earlier: Iterable[str] = (), context: str = "") -> bool:
    """The latest turn, read alone as `task`, goes on with the conversation's task (the `earlier` user turns;
    `context`, the text before the turn): it asks nothing of its own (`tasks.stands_alone`) and is no knowledge
    question of its own (`asks_its_own_question`), or points back without being thanks, a greeting or a topic
    of its own."""
    if not stands_alone(task, text):
        return not (task == "knowledge" and asks_its_own_question(text, earlier, context))
    if turns.closes(text) or task == "chat" or (task == "knowledge" and turns.names_a_topic(text)):
        return False
    return points_back(text)


def names_a_made_thing(task: str, text: str) -> bool:
    """The turn, read alone as `task`, names a made thing of that task beside its verbs of making: "Now write a
    poem about it." (a poem), "Translate it into German.", "Summarize it.", "Write it as a Python function";
    "Now write tests for it." names none (its task, writing, is its verb's)."""
    cues = MADE_THING_CUES.get(task)
    if cues is None:
        return False
    rest = _MAKE_VERBS_UNSPACED.sub(" ", _MAKE_VERBS.sub(" ", text.lower()))
    return not cues.isdisjoint(cue_hits(rest))


_QUESTION_END = ("?", "？", "؟")
_UNSPACED_CHARS = re.compile(rf"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff{HAN_COMPATIBILITY_CHARS}]")
_UNSPACED_RUN = re.compile(rf"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff{HAN_COMPATIBILITY_CHARS}]+")


def _phrases(phrases: Iterable[str], begins: bool = True, ends: bool = True) -> re.Pattern[str]:
    """One pattern of `phrases`, the longest first; where a word begins (unless not `begins`: matched at a
    given start) and where one ends (unless not `ends`: a word's beginning, "schneller" of "schnelleren")."""
    body = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile((r"(?<![^\W_])" if begins else "") + f"(?:{body})" + (r"(?![^\W_])" if ends else ""))


_CONTINUATION_PHRASES = _phrases(words.CONTINUATION_PHRASES)
_REQUESTS = _phrases(words.REQUESTS, begins=False)
_USER_DOINGS = _phrases(words.USER_DOINGS)
_ASSISTANT_ASKED = _phrases(words.ASSISTANT_ASKED)
_COMPARATIVES = _phrases(words.COMPARATIVES, ends=False)
_FENCED = re.compile(r"```.*?(?:```|$)", re.DOTALL)
# A capitalised word after a letter, or after a letter and a comma or a semicolon, and a space (Ā-ſ holds both
# cases: the first letter is read again); its capital is matched first, then what comes before it (5 times as fast
# on an answer's text as looking behind at every place).
_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-Я](?:(?<=[^\W_] .)|(?<=[^\W_][,;] .))[^\W\d_]*")
_NO_SUBJECT = words.FUNCTION_WORDS | words.GENERIC_WORDS | turn_words.GENERIC_TOPICS | turn_words.EMPTY_TOPIC
CONTENT_MIN_LETTERS = 3   # a word that may name a subject; shorter ones are articles, pronouns, particles
STEM_MIN_LETTERS = 4      # a word begins another of the same stem ("list", "lists"; "dragon", "dragons")


def asks_its_own_question(text: str, earlier: Iterable[str], context: str = "") -> bool:
    """A turn read alone as knowledge that `tasks.stands_alone` does not read as standing alone (a yes/no
    question, a how or a why: "Is it possible to travel faster than light?", "Why is the sky blue?",
    "天空为什么是蓝色的？") asks about a subject of its own, after turns of any task, where it is one short line
    that ends in a question mark, holds no number (a number asks about the sums before: "Why is x equal to
    5?"), points back at nothing (`points_back`, `_refers_back`, a German pronoun "das"), and holds a word of
    its own that none of the `earlier` user turns holds (`_content`), nor a name or a word of code of the
    `context` (the answers before it: `_names`). "Can you make the dragon friendlier?" after a story about a dragon, "Is Ember a
    girl?" after one about Ember, "Is the ending too sad?", "And what about duplicates?" go on with the earlier
    turn's task."""
    t = text.strip()
    if not t or len(t) > FOLLOW_UP_MAX_CHARS or "\n" in t or not t.endswith(_QUESTION_END):
        return False
    if any(c.isdigit() for c in t) or points_back(t) or _refers_back(t.lower()) or turns.german_das_points_back(t):
        return False
    own = _content(t)
    if not own or _shares_a_stem(own, _names(context)):
        return False
    return not any(_shares_a_stem(own, _content(turn)) for turn in earlier)


def _refers_back(t: str) -> bool:
    """The lower-cased question `t` goes on from the turn before ("And what about duplicates?",
    "换算成英里每小时呢？"), names a part of a made thing ("Is the ending too sad?",
    `follow_up_words.MADE_THING_PARTS`), judges a thing against its purpose ("Is the conclusion strong
    enough?"), asks the assistant about itself or its doing ("Are you sure?", "Why did
    you use recursion?") or to change something ("Can you add a villain?"), asks what the user should do next
    ("Should I mention the date?"), or compares with what it leaves out
    ("Is there a faster way?")."""
    found = _WORD.findall(t.lstrip("¿¡"))
    if (found[:1] and found[0] in words.CONTINUATIONS) or _CONTINUATION_PHRASES.search(t):
        return True
    if any(c in t for c in words.CONTINUATIONS_UNSPACED) or _ASSISTANT_ASKED.search(t) or _USER_DOINGS.search(t):
        return True
    if any(p in t for p in words.MADE_THING_PARTS_UNSPACED + words.ASSISTANT_ASKED_UNSPACED + words.JUDGEMENTS_UNSPACED):
        return True
    if not (words.MADE_THING_PARTS.isdisjoint(found) and words.JUDGEMENTS.isdisjoint(found)):
        return True
    if _compares_with_nothing(t, found):
        return True
    asks = _REQUESTS.match(t.lstrip("¿¡ ")) or t.startswith(words.REQUESTS_UNSPACED)
    return bool(asks) and (not words.EDIT_VERBS.isdisjoint(found) or any(v in t for v in words.EDIT_VERBS_UNSPACED))


def _compares_with_nothing(t: str, found: list[str]) -> bool:
    """The lower-cased question `t` (of words `found`) holds a comparative and not what it compares with."""
    if _COMPARATIVES.search(t):
        return words.COMPARISON_OTHERS.isdisjoint(found)
    if any(c in t for c in words.COMPARATIVES_UNSPACED):
        return not any(c in t for c in words.COMPARISON_OTHERS_UNSPACED)
    return False


def _content(text: str) -> set[str]:
    """The words of `text` that may name a subject: lower-cased words of spaced scripts of three letters or
    more, and a sum's letters ("x"), but `follow_up_words.FUNCTION_WORDS` and words of no subject of their own
    (`follow_up_words.GENERIC_WORDS`); pairs of neighbouring characters of
    Chinese and Japanese neither of which is one of `follow_up_words.FUNCTION_CHARS`, and such a character
    with no such neighbour ("为什么天会下雨？": 天, 雨)."""
    t = text.lower()
    found = {w for w in _WORD.findall(t) if (len(w) >= CONTENT_MIN_LETTERS or len(w) == 1 and w.isascii())
             and not _UNSPACED_CHARS.search(w)}
    found -= _NO_SUBJECT
    for run in _UNSPACED_RUN.findall(t):
        pairs = [i for i in range(len(run) - 1)
                 if run[i] not in words.FUNCTION_CHARS and run[i + 1] not in words.FUNCTION_CHARS]
        paired = {j for i in pairs for j in (i, i + 1)}
        found.update(run[i:i + 2] for i in pairs)
        found.update(c for i, c in enumerate(run) if i not in paired and c not in words.FUNCTION_CHARS)
    return found


def _names(text: str) -> set[str]:
    """The lower-cased capitalised words of `text` inside a sentence (after a letter or a digit, or a comma after
    one, and a space): the names of people, places and things of an answer ("a small dragon named Ember"), not a
    sentence's first word; and the words of its fenced code, a program's names ("self.balance": "Should balance
    be private?")."""
    found = {w.lower() for w in set(_NAME.findall(text)) if w[0].isupper()}
    for block in _FENCED.findall(text):
        found.update(w for w in _WORD.findall(block.lower()) if len(w) >= CONTENT_MIN_LETTERS)
    return found - _NO_SUBJECT


def _shares_a_stem(own: set[str], other: set[str]) -> bool:
    """A word of `own` is one of `other`: the same word, or one that begins the other and is at least
    `STEM_MIN_LETTERS` long ("list" and "lists", "dragon" and "dragons"; "light" and "lighthouse" too, which
    leaves a question with the earlier turn's task, as before). `other` may be a document's words: a word of
    `own` that begins one of them is looked up in their sorted list."""
    if not own.isdisjoint(other):
        return True
    if any(w[:k] in other for w in own for k in range(STEM_MIN_LETTERS, len(w))):
        return True
    ordered = sorted(other)
    for w in own:
        i = bisect_left(ordered, w)
        if len(w) >= STEM_MIN_LETTERS and i < len(ordered) and ordered[i].startswith(w):
            return True
    return False
