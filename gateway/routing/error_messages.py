"""An error message a program printed, pasted with or without a question (2026-12-04, err32): "TypeError: Cannot
read properties of undefined", "Why do I get IndexError: list index out of range?", a Python traceback, Rust's
"error[E0382]", Go's "panic:", git's "fatal:", npm's "ERR!". Developers paste one when a program fails and ask how to
fix it, in every language; its words (reading, index, defined) are the program's, no task of the user's. The
shapes are a program's alike in every language: an exception's name in CamelCase before its message, or a tool's
mark. A request around the message that asks for something else, a translation or a summary of a log, keeps it.
"""

from __future__ import annotations

import re

from .cues import cue_hits

_ERROR = re.compile(
    r"\b[A-Z][A-Za-z]*(?:Error|Exception)(?::\s|\s+at\s|\s*$)"   # "TypeError: ...", "...Exception at ..."
    r"|Traceback \(most recent call last\)"
    r"|\berror\[E\d{3,4}\]"                                    # rustc
    r"|(?m:^)(?:panic|fatal):\s"                               # Go, git
    r"|\bnpm ERR!"
    r"|\(core dumped\)"
    r"|\bUncaught [A-Z]\w*")                                    # a browser's console
_LINE_END = re.compile(r"\n|$")


def shows_an_error(text: str) -> bool:
    """`text` holds an error message a program printed (module docstring)."""
    return _ERROR.search(text) is not None


def asks_about_an_error(text: str) -> bool:
    """`text` shows an error message and asks nothing else of it: the words before each message, and those after
    its line, name no extraction (a translation, a summary) and no role."""
    first = _ERROR.search(text)
    if first is None:
        return False
    rest, start = [], 0
    for match in _ERROR.finditer(text):
        if match.start() >= start:
            rest.append(text[start:match.start()])
            start = _LINE_END.search(text, match.end()).end()
    rest.append(text[start:])
    return cue_hits(" ".join(rest)).isdisjoint(("extraction", "roleplay"))
