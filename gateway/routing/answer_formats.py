"""A clause that only sets the answer's format, before or after the request (2026-12-04, format32): "Solve 3x + 7
= 22. Return the answer in JSON.", "Answer in JSON: what are the three primary colors?", "... Use bullet points.",
"Responde en formato JSON: ...", "用JSON格式回答：...". JSON and bullet points are words of the extraction family
(a given text's data put into a structure, `task_words`); in such a clause they shape the answer, and the request
keeps its own task. `cues` reads the text without the clause where it finds the extraction family. A clause
opens with a verb of answering (`answer_format_words`), holds only words of the answer and of a format before the
format's name, and ends its sentence (or names its keys: "with a key named poem"): "Extract the names as JSON:
...", "Convert this CSV to JSON", "Respond in JSON with the sender of this email: ..." and "Give me a table of ..."
are none. A text of several lines gives material whose data the format
asks for ("Identify the countries ... in the following sentences. Output in JSON format.\na) ..."): kept whole.
"""

from __future__ import annotations

import re

from . import answer_format_words as words


def _either(items: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


_CLAUSE = re.compile(
    rf"(?<!\w)(?:please\s+)?(?:{_either(words.ANSWER_VERBS)})(?:\s+(?:{_either(words.BETWEEN_WORDS)}))*"
    rf"\s+(?:{_either(words.FORMAT_NAMES)})(?:[ -](?:object|format|array|only))*(?:\s+only)?"
    r"(?:\s+with\s+(?:an?\s+|the\s+)?(?:keys?|fields?|propert(?:y|ies)|attributes?)\b[^.:!?\n]*)?\s*(?:[.:!]|$)"
    rf"|(?:用|以)?(?:json|yaml|xml|markdown)(?:{_either(words.UNSPACED_FORMAT_WORDS)})*"
    rf"(?:{_either(words.UNSPACED_ANSWER_VERBS)})\w*\s*[：:。]?")


_FORMAT_STEMS = ("json", "yaml", "xml", "markdown", "bullet", "table", "viñetas", "puces", "stichpunkt", "puntato",
                 "tópicos", "списк")


def without_answer_formats(t: str) -> str:
    """The lower-cased text `t` without its clauses that only set the answer's format; `t` itself when it holds
    none, or nothing else."""
    if "\n" in t.strip() or not any(name in t for name in _FORMAT_STEMS):
        return t
    plain = _CLAUSE.sub(" ", t)
    return plain if plain != t and plain.strip() else t
