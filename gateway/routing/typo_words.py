"""Words that name a request's task, read through a slip of the keyboard (`spelling`): the ones a task
reading turns on, at least 4 letters long."""

from __future__ import annotations

TASK_WORDS: tuple[str, ...] = (
    # code
    "function", "functions", "program", "programming", "script", "python", "javascript", "typescript",
    "algorithm", "implement", "compile", "compiler", "database", "query", "regex", "recursion", "recursive",
    "variable", "variables", "array", "integer", "boolean", "debug", "error", "exception", "optimize",
    "refactor", "search", "method", "class", "string", "loop", "code",
    # math
    "calculate", "compute", "equation", "integral", "derivative", "probability", "solve", "simplify",
    # writing, summaries, translation
    "write", "summarize", "summarise", "summary", "translate", "translation", "explain",
)
# Words only an English text holds (a slip is read only there: "vode", "solen", "codi" are Slovenian, Danish
# and Welsh words one slip from "code" and "solve").
ENGLISH_ANCHORS = frozenset((
    "the", "my", "this", "that", "with", "how", "what", "why", "can", "you", "please", "pls", "it", "of", "and",
))
# Short words a few other languages share with English: they count only in a text of ASCII letters alone (no
# "å", "š", "ŵ" of the languages above); "in", "is" and "i" are Dutch, Frisian and Welsh words as well.
ASCII_ANCHORS = frozenset(("a", "to", "for", "on", "me"))
