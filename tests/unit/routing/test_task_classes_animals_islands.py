"""Python the snake and Java the island (2026-12-03, stop 23).

"How big do ball pythons get?", "Can I keep a python as a pet?", "Should I visit Java or Bali?" went to the
largest model as code with thinking (on main 244583e): "python" names only code to the rules, and Java's
island had no neighbour among the everyday words. A kind of python ("ball python", "Burmese python"),
pythons in the plural and a python kept as a pet are the snake; the islands and cities around Java name
the island.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

SNAKES_AND_ISLANDS = [
    ("en", "How big do ball pythons get?"),
    ("en", "What do ball pythons eat?"),
    ("en", "Can I keep a python as a pet?"),
    ("en", "How often should I feed my ball python?"),
    ("en", "Is a Burmese python dangerous to people?"),
    ("en", "Are reticulated pythons the longest snakes?"),
    ("en", "Should I visit Java or Bali?"),
    ("en", "Is Java or Lombok better for a honeymoon?"),
    ("de", "Wie oft sollte ich meinen Königspython füttern?"),
    ("de", "Sollte ich Java oder Bali besuchen?"),
    ("fr", "Que mange un python royal ?"),
    ("fr", "Vaut-il mieux visiter Java ou Bali ?"),
    ("es", "¿Conviene visitar Java o Bali?"),
]


@pytest.mark.parametrize("lang, prompt", SNAKES_AND_ISLANDS)
def test_the_snake_and_the_island_are_not_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, (lang, d.task, d.thinking)


GUARDS = [
    "Is Python good for data science?",
    "How do I install Python on Windows?",
    "Should I learn Java or Python first?",
    "Write a Python script that feeds rows into a database.",
    "How do I visit every node of a tree in Java?",
    "Why are Python lists faster than tuples to append to?",
    "Write a Python class for a pet shop's inventory.",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_the_languages_stay_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, (d.task, d.thinking)
