"""A request to edit a text it gives: rewrite it, fix its grammar, make it more formal (`tasks.classify`).

Why a reading of its own: the editing verbs ("rewrite", "proofread", "fix the grammar") are also those of a
program's repair, a translation or a summary, and the text to edit, given after a colon or in quotes, read
as material to extract from or as small talk. The request's head (what is left of it without the given
text) names the edit: an editing verb ("Rephrase this: ...", "润色这段话：..."), a verb of correction with
what of the language it mends, a voice or a tense ("Fix the grammar: ...", "Corrige les fautes : ...",
"Change this to the past tense: ..."), or a manner of speaking to change to ("Make this more casual: ...",
"Formuliere ... höflicher um: ..."), in `edit_words`. The caller keeps code, math markup, a proof and a
program asked for; a summary or a translation beside the edit stays extraction.

A reply to a message it gives is a text to write as well (2026-12-04, reply32): the head names a verb of
replying and a word for a message ("Respond to this email: ...", "Antworte auf diese E-Mail: ...", "回复这封邮件：
..."), so the message's own question ("Can you work this weekend?") is not read as the user's. "Answer this
question: ..." names a question to answer, no message.

A text given without a colon or quotes ("Rewrite this more formally I need the report now", "What's a more
formal way to say gonna", 2026-12-04, edits32) leaves no head to read apart from it, so the request is read
whole and asks for more: it opens with its edit (an editing verb, "make this", "make ... sound"), or asks for a
way to say something, and it names a manner to reach ("more polite", "höflicher"), not a language to say it
in; "How do I make my voice sound more confident?" and "What is a polite way to decline a job offer?" name no
text to edit.
"""

from __future__ import annotations

import re

from . import edit_words
from .cues import asks_a_fact
from .signals import CJK_CHARS, stems_pattern

HEAD_MAX_CHARS = 200         # the instruction before the given text: one line of request
UNSPACED_OPENING = 8         # Chinese characters that hold an unmarked edit's verb: "把这句话改得"
_UNSPACED = re.compile(f"[{CJK_CHARS}]")
# The given text: after a colon (Latin colons before a space or a line's end, the full-width one anywhere),
# or in quotes of any script ("...", “...”, «...», „...“, 「...」).
_COLON = re.compile(r"[:：]")
_QUOTED = re.compile(r"\"[^\"\n]+\"|“[^”\n]+”|„[^“”\n]+[“”]|«[^»\n]+»|「[^」\n]+」|『[^』\n]+』")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_URL = re.compile(r"\S+://\S+")
_EDITS, _FIXES, _OBJECTS, _STYLES, _MORE, _OWN_COMPARATIVES, _EXTRACTION = (
    stems_pattern(words) for words in (edit_words.EDIT_VERBS, edit_words.FIX_VERBS, edit_words.LANGUAGE_OBJECTS,
                                       edit_words.STYLES, edit_words.COMPARATIVES, edit_words.STYLE_COMPARATIVES,
                                       edit_words.KEEPS_EXTRACTION))
_REPLIES, _MESSAGES, _QUESTIONS, _SOURCES = (
    stems_pattern(words) for words in (edit_words.REPLY_VERBS, edit_words.MESSAGE_NOUNS, edit_words.QUESTION_NOUNS,
                                       edit_words.REPLY_SOURCES))
REPLY_GAP_CHARS = 32         # between a verb of replying and its message: "reply to this customer complaint"
_SAYS, _SOUNDS, _LANGUAGES, _CHANGES = (
    stems_pattern(words) for words in (edit_words.SAY_PHRASES, edit_words.SOUNDS, edit_words.TARGET_LANGUAGES,
                                       edit_words.CHANGE_INTO))


def _whole_words(words: tuple[str, ...]) -> str:
    """An alternation of `words`, each a whole word in a spaced script; a Chinese one anywhere ("让这句话")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) + ("" if _UNSPACED.search(w) else r"(?![^\W_])") for w in ordered)


# The polite words an unmarked edit may open with ("Can you please rephrase ..."), then its verb of making and
# the text it makes ("Make this ...", "Mach das ...", "让这句话 ...").
_OPENING = re.compile(rf"[\W_]*(?:(?:{_whole_words(edit_words.OPENERS)})[\W_]*)*")
_MAKE = re.compile(rf"(?:{_whole_words(edit_words.MAKE_VERBS)})")
_MADE_TEXT = re.compile(rf"\s*(?:{_whole_words(edit_words.TEXT_WORDS)})")


def _given_text(text: str) -> tuple[str, str] | None:
    """(the request's head, the text it gives), or None: the text after the first colon that a space, a line's
    end or a full-width colon marks (not a time's "10:30"), else the quoted parts, else the lines after the
    first. The given text holds words (two, or three characters of a script without spaces): "Rewrite as a
    fraction: 0.75" gives a number."""
    colon = next((m for m in _COLON.finditer(text)
                  if m.group() == "：" or text[m.end():m.end() + 1] in ("", " ", "\n", "\t")), None)
    if colon is not None:
        head, given = text[:colon.start()], text[colon.end():]
    elif _QUOTED.search(text):
        head, given = _QUOTED.sub(" ", text), " ".join(m.group() for m in _QUOTED.finditer(text))
    elif "\n" in text.strip():
        head, given = text.strip().split("\n", 1)
    else:
        return None
    given = _URL.sub(" ", given)   # "Shorten this URL: https://..." gives no text
    words = len(_WORDS.findall(given)) + len(_UNSPACED.findall(given)) // 3
    return (head, given) if words >= 2 or len(_UNSPACED.findall(given)) >= 3 else None


def edit_head(text: str) -> str | None:
    """The request's head (lower-cased, without its editing verbs), where the request gives a text and its head asks to edit it
    (`edit_words`) and asks no question of fact ("Which is more formal: ...?") nor a summary or a
    translation; else None. The caller reads the head's cues: the given text's words are material."""
    given = _given_text(text.strip())
    if given is None:
        return _unmarked_edit(text.strip().lower())
    head = given[0].strip().lower() + " "
    if not head.strip() or len(head) > HEAD_MAX_CHARS or asks_a_fact(head) or _EXTRACTION.search(head):
        return None
    edits = (_EDITS.search(head) or (_FIXES.search(head) and (_OBJECTS.search(head) or _STYLES.search(head)))
             or (_STYLES.search(head) and _MORE.search(head)) or _OWN_COMPARATIVES.search(head) or _replies(head))
    # What the head names beside its editing verb: "proofread this" names no proof, "rewrite this proof" does.
    return _EDITS.sub(" ", head) if edits else None


def _replies(head: str) -> bool:
    """The lower-cased head asks for a reply to the message it gives: a verb of replying and a word for a
    message near it, either first ("respond to this email", "contesta a esta reseña", "回复这封邮件", "このメールに
    返信して"), with no word between that makes the message a source ("answer using this text", "respond only
    with the category of this message"), and no question to answer ("answer the questions about this text")."""
    if _QUESTIONS.search(head):
        return False
    verbs, messages = list(_REPLIES.finditer(head)), list(_MESSAGES.finditer(head))
    for verb in verbs:
        for message in messages:
            gap = head[min(verb.end(), message.end()):max(verb.start(), message.start())]
            if len(gap) <= REPLY_GAP_CHARS and not _SOURCES.search(gap):
                return True
    return False


def _opens_an_edit(t: str) -> bool:
    """The lower-cased request `t` opens, after polite words at most, with an editing verb ("can you rephrase
    ...", "把这句话改得 ..." within a Chinese clause's first words), or with a verb of making and the text it makes
    ("make this ...") or a word of sounding after it ("make i cant come tomorrow sound ...")."""
    start = _OPENING.match(t).end()
    if _UNSPACED.match(t, start):   # a Chinese clause names its text before the verb: "把这句话改得 ..."
        opening = start + UNSPACED_OPENING
        if _EDITS.search(t, start, opening) or _CHANGES.search(t, start, opening):
            return True
    elif _EDITS.match(t, start):
        return True
    made = _MAKE.match(t, start)
    return made is not None and bool(_MADE_TEXT.match(t, made.end()) or _SOUNDS.search(t, made.end()))


def _unmarked_edit(t: str) -> str | None:
    """The lower-cased one-line request `t` without its editing verbs, where it gives its text unmarked and asks
    to edit it: it opens with the edit or asks for a way to say something (`edit_words.SAY_PHRASES`), names a
    manner to reach (a style with a comparative, or a comparative of its own), and no language to say it in
    nor a summary or a translation; else None."""
    if not t or "\n" in t or len(t) > HEAD_MAX_CHARS or _LANGUAGES.search(t) or _EXTRACTION.search(t):
        return None
    manner = (_STYLES.search(t) and _MORE.search(t)) or _OWN_COMPARATIVES.search(t)
    return _EDITS.sub(" ", t) + " " if manner and (_SAYS.search(t) or _opens_an_edit(t)) else None
