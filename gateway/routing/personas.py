"""A role posed as a hypothetical, at a request's start: "As a pirate captain, what would you say to your
crew?", "If you were a knight, how would you ...?", "Imagine you are a time traveller.", "How would you
introduce yourself as a knight?", and the same in Spanish, French and German. `cues` adds the reading
"persona"; `tasks` reads it as role-play unless the request holds a sum, a program or a proof.

Two shapes. A frame that holds the second person itself ("if you were a", "si fueras un", "si tu étais
un", "wenn du ein ... wärst", "yourself as a"). Or "as a <role>," ("como un", "en tant que", "als") whose
role is a few words without a digit, and whose next clause speaks to the assistant (a second-person word
or a verb of telling first: "describe the winning play"); not when either names the user ("As a beginner,
which language should I learn?", "Als ich jung war, ..."), nor a phrase that begins "as a" ("as a
result", "as a rule").
"""

from __future__ import annotations

import re

_OPENING = r"^[\s¿¡\"'«“„]*"
_HOLDS_YOU = re.compile(
    _OPENING + r"(?:if you were (?:a|an|the) |imagine (?:that )?(?:you are|you're) (?:a|an|the) "
    r"|si fueras (?:un|una|el|la) |imagina que eres (?:un|una|el|la) "
    r"|si (?:tu étais|vous étiez) (?:un|une|le|la|l') ?|imagine(?:z)? que (?:tu es|vous êtes) (?:un|une|le|la|l') ?"
    r"|wenn du (?:ein|eine|der|die|das) [^,.!?]{1,40} wärst|stell dir vor,? du wärst )"
    r"|[^.!?]{0,80}\byourself as (?:a|an) ")
_AS_A = re.compile(_OPENING + r"(?:as (?:a|an)|como (?:un|una)|en tant que|als) "
                   r"([^\W\d_]+(?:['’ -][^\W\d_]+){0,5}), *([^.!?]*)")
SECOND_PERSON = frozenset((
    "you", "your", "yourself", "you'd", "you're", "tu", "tú", "te", "ti", "contigo", "toi", "ton", "ta",
    "tes", "vous", "votre", "vos", "du", "dein", "deine", "deiner", "deinem", "deinen", "dich", "dir",
    "würdest", "wärst",
))
FIRST_PERSON = frozenset((
    "i", "i'm", "i've", "my", "me", "we", "our", "us", "yo", "mi", "mis", "nosotros", "je", "j", "mon", "ma",
    "mes", "moi", "nous", "notre", "ich", "mein", "meine", "mich", "mir", "wir", "unser",
))
# Verbs of telling that open the clause after the role: "As a sports commentator, describe ...".
TELLING = frozenset((
    "describe", "tell", "introduce", "explain", "narrate", "give", "share", "write", "talk", "greet",
    "welcome", "convince", "persuade", "announce", "deliver", "say", "present", "pitch", "recount",
    "cuenta", "di", "explica", "preséntate", "presenta", "narra", "décris", "raconte", "dis",
    "explique", "présente", "présentez", "décrivez", "racontez", "beschreibe", "beschreib", "erzähl",
    "erzähle", "sag", "sage", "erkläre", "stell",
))
# Phrases that begin "as a" and name no role.
NOT_ROLES = frozenset((
    "result", "rule", "whole", "example", "reminder", "consequence", "matter", "side", "bonus", "general",
    "start", "first", "last", "follow", "quick", "final", "note", "test", "resultado", "ejemplo",
    "résultat", "exemple", "beispiel", "ergebnis", "folge", "regel",
))
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A second-person conditional in Spanish ("dirías", "harías", "contarías").
_CONDITIONAL_YOU = re.compile(r"[^\W\d_]+rías\b")


def poses_role(t: str) -> bool:
    """The lower-cased text `t` opens by posing a role (see the module's docstring)."""
    if _HOLDS_YOU.match(t):
        return True
    m = _AS_A.match(t)
    if m is None:
        return False
    role, rest = _WORDS.findall(m.group(1)), _WORDS.findall(m.group(2))
    if not rest or not FIRST_PERSON.isdisjoint(role) or not NOT_ROLES.isdisjoint(role[:2]):
        return False
    if not FIRST_PERSON.isdisjoint(rest):
        return False
    return rest[0] in TELLING or not SECOND_PERSON.isdisjoint(rest) or bool(_CONDITIONAL_YOU.search(m.group(2)))


def role_and_request(t: str) -> str | None:
    """The request after "as a <role>," when the lower-cased text `t` opens by posing a role so ("As an
    experienced lawyer, explain ..."): `preambles` reads its task. None for any other opening."""
    m = _AS_A.match(t)
    return t[m.start(2):] if m is not None and poses_role(t) else None
