"""A question about one number's property or a single operation on it, named by a noun (2026-12-03).

"What are the prime factors of 360?", "What is the square root of 144?", "Is 0 an even number?", "Convert
0.375 to a fraction." hold one number, so the shape rule (two quantities or more) does not read a sum, and
they name no verb of the math lexicon ("calculate", "solve"): they went to the smallest model as knowledge
or chat, without thinking (10 of 18 such questions in five languages on main bd373e2). Qwen3's guidance
is thinking for math; the smallest model still serves them. Found while writing guards for the label
numbers of trivia questions.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

ONE_NUMBER = [
    ("en", "What is the square root of 144?"),
    ("en", "What is the factorial of 6?"),
    ("en", "What are the prime factors of 360?"),
    ("en", "Is 0 an even number?"),
    ("en", "Is 91 prime?"),
    ("en", "What is the cube root of 27?"),
    ("en", "Convert 0.375 to a fraction."),
    ("en", "What is 7 squared?"),
    ("en", "Round 3.456 to two decimal places."),
    ("de", "Was ist die Quadratwurzel von 144?"),
    ("de", "Ist 221 eine Primzahl?"),
    ("es", "¿Es 97 un número primo?"),
    ("es", "¿Cuál es la raíz cuadrada de 196?"),
    ("fr", "Quelle est la racine carrée de 169 ?"),
    ("fr", "Quelle est la factorielle de 7 ?"),
    ("ru", "Чему равен квадратный корень из 225?"),
    ("zh", "360的质因数有哪些？"),
    ("ja", "7の階乗はいくつですか？"),
]


@pytest.mark.parametrize("lang, prompt", ONE_NUMBER)
def test_one_number_and_its_property_is_math_with_thinking(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (lang, d.task, d.thinking)


# Guards: the same nouns without a number to work on, or beside an ordinal or a year, name no sum.
@pytest.mark.parametrize("prompt", [
    "who was the 17th prime minister of canada",
    "what was the prime rate in 2018",
    "Which prime minister signed the treaty in 1945?",
    "What is a prime number?",
    "Explain what a square root is to a child.",
    "How much does Amazon Prime cost?",
])
def test_guards(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math" and not d.thinking, (d.task, d.thinking)
