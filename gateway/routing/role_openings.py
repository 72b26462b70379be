"""A role given to the assistant at a clause's start, near the request's start (split from `cues` on
2026-12-03): an opening of `role_words` or `task_words.ROLE_OPENINGS` ("You're the innkeeper", "Du bist
der Zollbeamte"), after an optional lead-in ("From now on you're Captain Reyes"), or a role asked for as
a favour ("Could you be the hiring manager?"). Not praise ("You're the best!"), not a question, not a
word problem's situation ("You are a farmer with 12 cows"). `cues.cue_hits` adds the reading.
"""

from __future__ import annotations

import re

from . import role_words, task_words

# An opening whose first sentence holds a number tells a word problem's situation, not a role: "You are
# a farmer with 12 cows", and in Japanese, Korean, Arabic and Hebrew, where the opening is the pronoun
# alone, "you have 104 dollars" ("あなたは104ドル持っています").
_FIRST_SENTENCE = re.compile(r"[^.!?。！？\n]*")
# The opening may also begin a clause near the start, after a lead-in: "Let's play a game: you're the
# innkeeper", "From now on you're Captain Reyes", "Vamos a practicar: eres la directora".
ROLE_HEAD = 160
_ROLE_CLAUSE = re.compile(r"[^,.!?;:،，。！？、\n]*")
_ANY_ROLE_OPENING = task_words.ROLE_OPENINGS + role_words.ROLE_OPENINGS
_CLAUSE_STARTS = re.compile(r"[:;.!?。！？：\n]\s*")
_LEAD_IN = re.compile("(?:" + "|".join(map(re.escape, role_words.ROLE_LEAD_INS)) + r")[,،]?\s*")


def gives_role(t: str) -> str:
    """"roleplay" when the text's first clause gives the assistant a role, "role_clause" when a clause
    near its start does (after an optional lead-in; `tasks` reads it unless answer options make the
    text a test question about a quoted passage), else "". Not when the clause's sentence is a question
    or holds a number ("You are a farmer with 12 cows": a word problem)."""
    head = t[:ROLE_HEAD]
    for start in [0] + [m.end() for m in _CLAUSE_STARTS.finditer(head)]:
        start += len(head[start:]) - len(head[start:].lstrip())
        lead = _LEAD_IN.match(head, start)
        if lead:
            start = lead.end()
        first = start == len(t) - len(t.lstrip()) and not lead
        request = head.startswith(role_words.ROLE_REQUESTS, start)   # asked as a favour: a question too
        if request and _names_no_role(head, start):
            continue
        if (request or head.startswith(_ANY_ROLE_OPENING, start)
                or (lead and head.startswith(role_words.LEAD_ROLE_OPENINGS, start))):
            if not lead and not head.startswith(task_words.ROLE_OPENINGS, start) and _praise(t, start):
                continue
            sentence = _FIRST_SENTENCE.match(t, start)
            asked = t[sentence.end():sentence.end() + 1] in ("?", "？")
            if not _holds_digit(sentence.group()) and (request or not asked):
                return "roleplay" if first and head.startswith(task_words.ROLE_OPENINGS, start) else "role_clause"
    return ""


def _names_no_role(head: str, start: int) -> bool:
    """The role request at `start` is followed by a word that names no role (`role_words.NOT_A_ROLE`:
    "could you be the one to ...", "¿puedes ser el primero en ...?")."""
    opening = max((o for o in role_words.ROLE_REQUESTS if head.startswith(o, start)), key=len)
    words = head[start + len(opening):].split(maxsplit=1)
    return bool(words) and words[0].strip(",.!?¿¡:;") in role_words.NOT_A_ROLE


def _praise(t: str, start: int) -> bool:
    """The opening at `start` praises rather than gives a role ("You're the best!", "Du bist der
    Beste.", "你是最棒的"): what follows it up to the clause's first mark is a word of praise
    (`role_words.PRAISE`) and at most one other word. A role takes a description: "you're the grumpy
    wizard guarding the bridge"."""
    clause = _ROLE_CLAUSE.match(t, start).group()
    opening = next((o for o in _ANY_ROLE_OPENING + role_words.ROLE_REQUESTS if t.startswith(o, start)), "")
    rest = clause[len(opening):].split()
    return len(rest) <= 2 and any(w.startswith(role_words.PRAISE) for w in rest)


def _holds_digit(text: str) -> bool:
    return any(map(str.isdigit, text))
