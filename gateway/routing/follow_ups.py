"""A latest turn that follows up an earlier one: it keeps the conversation's task unless it names a made thing
of its own.

Why: `tasks.stands_alone` reads whether a small-talk or knowledge turn asks something of its own; every
other task stands alone there, so "Now write tests for it." after a function was writing (its "write") and
"What is its time complexity?" a question of fact. A turn that points back at the earlier turn's made thing
(a pronoun, a possessive, "again": `follow_up_words`) asks about or for more of it, in the earlier turn's
task, unless it names a made thing of another task beside its verb ("Now write a poem about it.",
"Translate it into German.", "Summarize it."). Thanks, greetings and a topic of its own ("Explain quantum
entanglement.") still stand alone as `turns` reads them. The policy then reads the task and the difficulty
in the latest earlier user turn that stands alone (`ComplexityPolicy._task`).
"""

from __future__ import annotations

import re

from . import follow_up_words as words
from . import turns
from .cues import cue_hits
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
    if not words.POSSESSIVES.isdisjoint(found) and _owned_by_nothing_named(text.strip()):
        return True
    if found[1:2] == ["es"] and found[0] not in words.NOT_BEFORE_ES:
        return True
    if any(_SPANISH_ENCLITIC.search(w) for w in found if len(w) >= 5):
        return True
    return any(w == "that" and (i < 2 or found[i - 1] in words.THAT_AFTER) for i, w in enumerate(found)) or (
        "that" in found and _ends_with_that(t))


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


def follows_up(task: str, text: str) -> bool:
    """The latest turn, read alone as `task`, goes on with the conversation's task: it asks nothing of its
    own (`tasks.stands_alone`), or points back without being thanks, a greeting or a topic of its own."""
    if not stands_alone(task, text):
        return True
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
