"""An error message a program printed, pasted with or without a question (2026-12-04, err32).

"I'm getting \"ModuleNotFoundError: No module named 'requests'\"" was chat on the 0.6B on main 301c4f4, "TypeError:
Cannot read properties of undefined (reading 'map')" extraction on the 1.7B, "Why do I get IndexError: list index
out of range?" knowledge, "panic: runtime error: index out of range [5] with length 3" extraction: an exception's
name, a traceback, a compiler's error code or a tool's fatal line is what developers paste when a program fails,
and what they ask is how to fix it, in every language. The message is read as the material; the words around it
decide where they ask for something else (a translation, a summary of a log).
Guards keep their decision: an error named without its message ("What is a TypeError?"), an error that is no
program's ("Error: the printer is out of paper.", "I made an error in my tax return: ..."), a translation or a
summary of a message.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.error_messages import shows_an_error

from .decisions import decide

MEMBERS = [
    "I'm getting \"ModuleNotFoundError: No module named 'requests'\"",
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "Why do I get IndexError: list index out of range?",
    "Uncaught ReferenceError: $ is not defined",
    "panic: runtime error: index out of range [5] with length 3",
    "error[E0382]: borrow of moved value: `v`",
    "SyntaxError: unexpected EOF while parsing",
    "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    import foo\n"
    "ModuleNotFoundError: No module named 'foo'",
    "fatal: not a git repository (or any of the parent directories): .git",
    "Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3",
    "How do I fix this? KeyError: 'name'",
    "my app crashes with ValueError: invalid literal for int() with base 10: 'abc'",
    "Me sale este error: TypeError: 'NoneType' object is not subscriptable",
    "J'ai cette erreur : KeyError: 'name'. Comment la corriger ?",
    "Ich bekomme diesen Fehler: NameError: name 'x' is not defined",
    "Recebo este erro: ZeroDivisionError: division by zero",
    "报错：AttributeError: 'str' object has no attribute 'append'，怎么解决？",
    "このエラーが出ます：ZeroDivisionError: division by zero",
    "Выдаёт ошибку: IndentationError: unexpected indent",
]

# (prompt, task on main 301c4f4): each keeps it.
GUARDS = [
    ("What is a TypeError?", "knowledge"),
    ("Error: the printer is out of paper. What should I do?", "knowledge"),
    ("I made an error in my tax return: I forgot a form.", "chat"),
    ("Translate into French: Error: file not found", "extraction"),
    ("What does 'fatal error' mean in a game?", "knowledge"),
    ("Summarize this log: TypeError: x is undefined at line 5", "extraction"),
    ("Translate into Spanish: TypeError: Cannot read properties of undefined", "extraction"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_a_pasted_error_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code", d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d


@pytest.mark.parametrize("text", [
    "What is a TypeError?",
    "Error: the printer is out of paper.",
    "The Panic: a novel about the 1907 crash",
    "Human error: the main cause of accidents.",
    "A fatal: mistake",
])
def test_no_program_printed_these(text):
    assert not shows_an_error(text)
