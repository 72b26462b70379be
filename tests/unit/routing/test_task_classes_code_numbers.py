"""A question about code that names its language or tool, with numbers in it (2026-12-03, stop 23).

"How do I round 3.14159 to 2 decimals in JavaScript?", "How do I make a list of 10 random numbers between
1 and 100 in Python?": two numbers made the question a word problem, math on a small model, before the code
reading was tried (the numbers are the program's data). A language or a tool that names only code (Python,
JavaScript, SQL, numpy, pandas beside a dataframe) now makes it code, unless a sum is asked with a word of
math ("calculate", "solve") or the question is a test question with options.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

CODE_WITH_NUMBERS = [
    ("en", "How do I make a list of 10 random numbers between 1 and 100 in Python?"),
    ("en", "Why is my numpy array shape (3,) and not (3,1)?"),
    ("en", "In Python, why does 0.1 + 0.2 not equal 0.3?"),
    ("en", "How do I round 3.14159 to 2 decimals in JavaScript?"),
    ("en", "How do I convert 1,000,000 to \"1M\" in Python?"),
    ("en", "My SQL query returns 0 rows when I filter on dates after 2023-01-01, why?"),
    ("de", "Wie runde ich 3,14159 in JavaScript auf 2 Nachkommastellen?"),
    ("es", "¿Cómo genero una lista de 10 números aleatorios entre 1 y 100 en Python?"),
    ("fr", "Comment arrondir 3,14159 à 2 décimales en JavaScript ?"),
    ("ru", "Как в Python получить список из 10 случайных чисел от 1 до 100?"),
    ("zh", "如何用Python生成10个1到100之间的随机数？"),
]


@pytest.mark.parametrize("lang, prompt", CODE_WITH_NUMBERS)
def test_numbers_in_a_question_about_code_are_its_data(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, (lang, d.task, d.thinking)


# Guards: sums with no language named, and sums asked with a word of math, stay math.
GUARDS = [
    "A list holds 10 numbers whose mean is 50. If one number, 20, is removed, what is the new mean?",
    "Solve 3x + 5 = 20.",
    "What is 15% of 80?",
    "Calculate the compound interest on $1000 at 5% for 3 years.",
    "Berechne 15 % von 80.",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_sums_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)
