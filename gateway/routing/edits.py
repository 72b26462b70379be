"""A request to edit a text it gives: rewrite it, fix its grammar, make it more formal (`tasks.classify`).

Why a reading of its own: the editing verbs ("rewrite", "proofread", "fix the grammar") are also those of a
program's repair, a translation or a summary, and the text to edit, given after a colon or in quotes, read
as material to extract from or as small talk. The request's head (what is left of it without the given
text) names the edit: an editing verb ("Rephrase this: ...", "润色这段话：..."), a verb of correction with
what of the language it mends, a voice or a tense ("Fix the grammar: ...", "Corrige les fautes : ...",
"Change this to the past tense: ..."), or a manner of speaking to change to ("Make this more casual: ...",
"Formuliere ... höflicher um: ..."), in `edit_words`. The caller keeps code, math markup, a proof and a
program asked for; a summary or a translation beside the edit stays extraction.
"""

from __future__ import annotations

import re

from . import edit_words
from .cues import asks_a_fact
from .signals import CJK_CHARS, stems_pattern

HEAD_MAX_CHARS = 200         # the instruction before the given text: one line of request
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
        return None
    head = given[0].strip().lower() + " "
    if not head.strip() or len(head) > HEAD_MAX_CHARS or asks_a_fact(head) or _EXTRACTION.search(head):
        return None
    edits = (_EDITS.search(head) or (_FIXES.search(head) and (_OBJECTS.search(head) or _STYLES.search(head)))
             or (_STYLES.search(head) and _MORE.search(head)) or _OWN_COMPARATIVES.search(head))
    # What the head names beside its editing verb: "proofread this" names no proof, "rewrite this proof" does.
    return _EDITS.sub(" ", head) if edits else None
