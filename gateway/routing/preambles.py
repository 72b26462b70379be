"""A role preamble before a request in the user's message (2026-12-03, roles31).

Many clients put a generic assistant preamble into the user's message instead of a system message ("You are a
helpful assistant. What is the boiling point of water?", "Du bist ein hilfreicher Assistent. Was ist ...?",
"你是一个有用的助手。法国的首都是哪里？"). It gives no role: `after_generic_preamble` returns the request after it,
which `features` reads as the turn to route, as it reads a user turn after a system message. On main (de8daac)
every such request was role-play on the 30B-A3B without thinking, sums included.

An expert role before a concrete task ("You are a math tutor. Solve 3x + 7 = 22.", "You are a senior software
engineer. Review this code: ...", "As an experienced lawyer, explain ...") is a hint of style: `task_after_role`
gives the task of the request after the role where it is a sum, code, an extraction or a translation, a named
proof, or one question or an explanation (its own task, knowledge mostly), and the request does not speak to the role ("Greet your crew",
"Cuéntame tu caso"): then the role is the task. A named person or character ("You are Elon Musk. Talk about
...") gives a role as surely as a described one; only a sum, code or an extraction after it wins.

A question asked of a character (2026-12-04, roles32) is role-play as well, "you" or not: the role's sentence names
a figure of fiction, myth or history or a setting (`preamble_words.CHARACTER_WORDS`: "You are a medieval innkeeper.
What's on the menu tonight?", "Eres un pirata. ¿Dónde está el tesoro?"), or the question points into the role's scene
(`SCENE_WORDS`: here, tonight, aquí, ce soir, 今晚). An expert or a helper asked about the world keeps the question's
task ("You are a history teacher. When did World War II end?"), as does an expert whose field a character word names
("You are an expert in medieval history.", `EXPERT_WORDS`).
"""

from __future__ import annotations

import re
from typing import Callable, Collection

from . import preamble_words, role_words, task_words
from .cues import asks_a_fact, cue_hits
from .personas import role_and_request
from .signals import OPENING_MARKS, holds_question_mark

# The end of a sentence: a mark before a space or the text's end, a Chinese or Japanese mark, a line's end.
_SENTENCE_END = re.compile(r"[.!]+(?=\s|$)|[。！]+|\n")
_WORDS = re.compile(r"[^\W\d_]+|&")
ROLE_WORDS = 20   # words of a role's sentence, at most
_ROLE_OPENINGS = task_words.ROLE_OPENINGS + role_words.ROLE_OPENINGS
# "You are Elon Musk.", "Eres Don Quijote.", "Tu es Napoléon Bonaparte, ...": capitalised words and nothing else
# up to the sentence's end or a comma. German capitalises every noun ("Du bist Lehrer."): two words there.
_NAME = r"[A-ZÀ-Ý][\w'’.-]*?(?: |(?=[.!,]))"
_NAMED = re.compile(r"\s*(?i:you are|you're|you’re|tu es|vous êtes|eres|sei|você é) ((?:" + _NAME + r"){1,4})[.!,]"
                    r"|\s*(?i:du bist) ((?:" + _NAME + r"){2,4})[.!,]")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý]")
# The readings of `cues` that give a role, and the tasks of a request that win over an expert role.
ROLE_READINGS = ("roleplay", "role_clause", "persona")
CONCRETE = frozenset(("math", "code", "extraction"))


def after_generic_preamble(text: str) -> str:
    """`text` after its opening sentences of generic assistant preamble; `text` itself when it opens with none,
    or is nothing else."""
    rest = text
    while True:
        head = rest.lstrip()
        end = _SENTENCE_END.search(head)
        if end is None or not _generic(head[:end.start()].lower()):
            break
        rest = head[end.end():]
    rest = rest.strip()
    return rest if rest and len(rest) < len(text.strip()) else text


def _generic(sentence: str) -> bool:
    """The lower-cased sentence (without its end mark) is a generic assistant preamble."""
    for opening in preamble_words.UNSPACED_OPENINGS:
        if sentence.startswith(opening):
            return _generic_unspaced(sentence[len(opening):].strip())
    opening = next((o for o in preamble_words.OPENINGS if sentence.startswith(o)), "")
    if not opening:
        return False
    words = _WORDS.findall(sentence[len(opening):])
    if words and words[0] in preamble_words.ASSISTANT_NAMES:
        return True
    words = words[1:] if words and words[0] in preamble_words.ARTICLES else words
    return (not preamble_words.ASSISTANT_NOUNS.isdisjoint(words)
            and all(w in preamble_words.GENERIC_WORDS or w in preamble_words.ASSISTANT_NOUNS for w in words))


def _generic_unspaced(rest: str) -> bool:
    """`_generic` after an opening of a script without spaces: a measure word, modifiers, an assistant noun."""
    for measure in preamble_words.UNSPACED_MEASURES:
        if rest.startswith(measure):
            rest = rest[len(measure):]
            break
    changed = True
    while changed:
        changed = False
        for modifier in preamble_words.UNSPACED_MODIFIERS:
            if rest.startswith(modifier) and rest not in preamble_words.UNSPACED_NOUNS:
                rest, changed = rest[len(modifier):].lstrip(), True
    return rest in preamble_words.UNSPACED_NOUNS


def task_after_role(text: str, cues: Collection[str], classify_alone: Callable[[str], str]) -> str:
    """The task of a request given after a role at the text's start (see the module's docstring), "roleplay"
    after a named person, else "" (the caller's rules decide). `cues`: the text's `cue_hits`;
    `classify_alone`: the task of a text read alone."""
    named = _NAMED.match(text)
    if named and not _names_a_person(named.group(1) or named.group(2)):
        named = None
    if named is None and cues_give_no_role(cues):
        return ""
    role, rest = (text[:named.end()], _request_after_name(text, named.end())) if named else _role_and_request(text)
    rest = rest.strip()
    if not rest:
        return "roleplay" if named else ""
    if _speaks_to_the_role(rest):
        return "roleplay" if named else ""
    task = classify_alone(rest)
    if task in CONCRETE or (task == "reasoning" and "reasoning" in cue_hits(rest)):
        return task
    if named:
        return "roleplay"
    # A question of fact or a request to explain: its own task, whatever the role ("When did Rome fall?"), unless
    # it is a question asked of a character.
    if task == "roleplay" or not _asks_or_explains(rest):
        return ""
    return "roleplay" if _asks_a_character(role, rest) else task


def cues_give_no_role(cues: Collection[str]) -> bool:
    return all(reading not in cues for reading in ROLE_READINGS)


def _names_a_person(name: str) -> bool:
    """The capitalised words after "You are" name a person or a character, not an assistant ("You are Qwen")."""
    words = name.split()
    return (all(_NAME_WORD.match(w) for w in words)
            and not {w.lower().strip(".,!") for w in words} & (preamble_words.ASSISTANT_NAMES | preamble_words.ASSISTANT_NOUNS))


def _request_after_name(text: str, end: int) -> str:
    """The request after a named person's sentence, which `end` follows (its mark a full stop or a comma)."""
    if text[end - 1] != ",":
        return text[end:]
    stop = _SENTENCE_END.search(text, end)
    return text[stop.end():] if stop else ""


def _role_and_request(text: str) -> tuple[str, str]:
    """The role's sentence at the text's start and the request after it ("You are a math tutor.", "Solve ..."), or
    "As a <role>," and the request after it ("As an experienced lawyer, explain ..."); ("", "") where the text opens
    with neither. The role's sentence holds no digit and no question, in `ROLE_WORDS` words at most."""
    t = text.lstrip()
    lower = t.lower()
    if lower.startswith(_ROLE_OPENINGS):
        end = _SENTENCE_END.search(t)
        if end is None:
            return "", ""
        role = t[:end.start()]
        if any(c.isdigit() for c in role) or holds_question_mark(role) or len(role.split()) > ROLE_WORDS:
            return "", ""
        return role, t[end.end():]
    request = role_and_request(lower)
    if request is None:
        return "", ""
    if len(lower) != len(t):
        return lower[:len(lower) - len(request)], request
    return t[:len(t) - len(request)], t[len(t) - len(request):]


def _asks_a_character(role: str, request: str) -> bool:
    """The request, a question, is asked of a character: the role names one or a setting, or the question points
    into the role's scene (see the module's docstring). A request to explain ("Explain how tides work") asks about
    the world."""
    t = request.strip().lower()
    if t.startswith(preamble_words.EXPLAINING) or not holds_question_mark(t):
        return False
    if (not preamble_words.SCENE_WORDS.isdisjoint(_WORDS.findall(t))
            or any(p in t for p in preamble_words.SCENE_PHRASES)):
        return True
    r = role.lower()
    words = _WORDS.findall(r)
    character = (not preamble_words.CHARACTER_WORDS.isdisjoint(words)
                 or any(w in r for w in preamble_words.CHARACTER_UNSPACED))
    return character and not _names_an_expert(r, words)


def _names_an_expert(role: str, words: list[str]) -> bool:
    """The lower-cased role (of `words`) names an expert, whose field a character word may name ("an expert in
    medieval history", `preamble_words.EXPERT_WORDS`)."""
    return (not preamble_words.EXPERT_WORDS.isdisjoint(words)
            or any(w.endswith(preamble_words.EXPERT_ENDINGS) for w in words)
            or any(w in role for w in preamble_words.EXPERT_UNSPACED))


def _speaks_to_the_role(request: str) -> bool:
    """The request's instruction (up to its first colon: what follows is material) holds a second-person word
    outside the frame of asking that may open it ("Can you solve ...?"; not "What would you tell ...?")."""
    t = re.split(r"[:：]", request.lower(), maxsplit=1)[0].lstrip(OPENING_MARKS)
    frame = next((f for f in preamble_words.ASKING_FRAMES if t.startswith(f)), "")
    t = t[len(frame):]
    if any(w in t for w in preamble_words.SECOND_PERSON_UNSPACED):
        return True
    return not preamble_words.SECOND_PERSON.isdisjoint(_WORDS.findall(t))


def _asks_or_explains(request: str) -> bool:
    """The request is one question, or opens with a verb of explaining ("explain the difference between ...")."""
    t = request.strip().lower()
    for polite in preamble_words.POLITE_OPENINGS:
        if t.startswith(polite):
            t = t[len(polite):]
    if t.startswith(preamble_words.EXPLAINING):
        return True
    sentences = [s for s in re.split(r"(?<=[.!?？。！])\s*", t) if s.strip()]
    opening = " ".join(t.split()[:2])   # a question typed without its mark ("why does kerosene rise in the wick")
    return len(sentences) == 1 and (holds_question_mark(t) or asks_a_fact(t) or "interrogative" in cue_hits(opening))
