"""A question about code that names only a less common programming language (2026-12-03, stop 24).

"How do I format a float to 2 decimal places in PHP?" was math on the 0.6B, "How do I write a loop in Fortran?"
writing, "How do I plot a sine wave in MATLAB?", "What is a closure in Lua?" and "How do I make an HTTP request
in Elixir?" knowledge on the 0.6B without thinking (main 617acaa): PHP, Haskell, Fortran, MATLAB, OCaml,
PowerShell and COBOL name nothing else (Erlang is left out: a stem, it would read Dutch "erlangs", past it) (`task_words.CUES["code"]`); Zig and Elixir do (a zig-zag, an
elixir of life) and are read as the weak names are, beside a word of programs (`tool_words.WEAK_LANGUAGES`).
Guards keep their decision: pearls ("Perle"), an elixir of life, a zig-zag, keywords of an essay.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

CODE = [
    "How do I format a float to 2 decimal places in PHP?",
    "Wie formatiere ich in PHP eine Zahl mit 2 Nachkommastellen?",
    "¿Cómo formateo un número con 2 decimales en PHP?",
    "What is a monad in Haskell?",
    "How do I write a loop in Fortran?",
    "How do I plot a sine wave in MATLAB?",
    "Comment tracer une sinusoïde en MATLAB ?",
    "如何在 MATLAB 中画正弦波？",
    "How do I use pattern matching in OCaml?",
    "How do I read a file line by line in PowerShell?",
    "Как прочитать файл построчно в PowerShell?",
    "How do I define a record in COBOL?",
    "How do I make an HTTP request in Elixir?",
    "How do I define a struct in Zig?",
    "What is a closure in Lua?",
]

GUARDS = [
    ("Wie viele Perlen hat eine Kette, wenn jede Perle 2 Gramm wiegt und die Kette 60 Gramm wiegt?", "math"),
    ("In the story, the wizard brews an elixir of life. What does it symbolise?", None),
    ("A hiker walks a zig-zag path of 12 segments, each 150 m long. How far does she walk?", "math"),
    ("What are the keywords of this essay's first paragraph?", None),
    ("Elke ochtend liep de bakker erlangs op weg naar de markt. Hoe heet de bakker in dit verhaal?", None),
]


@pytest.mark.parametrize("prompt", CODE)
def test_a_less_common_language_named_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_are_not_code(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task != "code", d
    if task:
        assert d.task == task, d
