"""A story, a poem or a song whose topic is a riddle, a proof or a puzzle (2026-12-04, err32).

"Write a story where the hero solves a riddle.", "Write a poem about a mathematical proof." and "Escribe un cuento
sobre un detective que resuelve un acertijo." were reasoning on the 30B-A3B with 8K thinking on main 301c4f4, while
"Write a poem about the Pythagorean theorem." and "写一个关于侦探解谜的故事。" were writing on the 4B: a riddle, a
proof, a puzzle or "solves" in a text's topic read as a puzzle to solve. The text to make is the task; its topic is
no puzzle, in every language.
Guards keep their decision: a proof or a riddle asked for itself ("Write a proof that sqrt 2 is irrational.",
"Write a riddle for kids."), a riddle to solve, a story in which a puzzle is posed to solve.
Left: a made text that `cues.made_thing` does not name ("Compose a song about solving puzzles", "Écris une histoire
où le héros résout une énigme") stays reasoning.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

MEMBERS = [
    "Write a story where the hero solves a riddle.",
    "Write a poem about a mathematical proof.",
    "Write a short story about a detective solving a logic puzzle.",
    "Write a bedtime story about a dragon who loves riddles.",
    "Write a limerick about a mathematician proving a theorem.",
    "Write a blog post about why I love logic puzzles.",
    "Escribe un cuento sobre un detective que resuelve un acertijo.",
    "Escribe un poema sobre una demostración matemática.",
    "Schreibe eine Geschichte über einen Detektiv, der ein Rätsel löst.",
    "Напиши рассказ о детективе, который разгадывает загадку.",
]

# (prompt, task on main 301c4f4): each keeps it.
GUARDS = [
    ("Write a proof that sqrt 2 is irrational.", "reasoning"),
    ("Write a riddle for kids.", "reasoning"),
    ("Solve this riddle: what has keys but can't open locks?", "reasoning"),
    ("Prove that there are infinitely many primes.", "reasoning"),
    ("Write a poem about the Pythagorean theorem.", "writing"),
    ("写一个关于侦探解谜的故事。", "writing"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_a_text_about_a_puzzle_is_writing(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
