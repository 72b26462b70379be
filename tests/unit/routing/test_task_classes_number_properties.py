"""Whether one given number has a property, or an operation on it, where the number looks like a year or the
property is named by a word the lists lacked (2026-12-04, nprop32).

"Is 97 prime?" was math with thinking on main 5730baf, but "Is 1001 prime?", "What is the square root of 1024?" and
"What are the prime factors of 2024?" were knowledge on the 0.6B without thinking: a four-digit number from 1000 to
2099 was read as a year, so the property had no number to work on. "Is 144 a perfect square?", "Is 28 a perfect
number?" and "Is 15 a composite number?" were knowledge too: the words "perfect square", "perfect number",
"composite", "triangular number" were missing from the number's properties. Whether a given number is prime, a
perfect square or a power of two is a sum to work out (a small model gets it wrong without thinking), in every
language.
Guards keep their decision: a year that dates something ("the prime minister in 1995", "a fraction of voters in
2020", "the year 1000"), a book named by a number, a leap year (a calendar fact), a property asked about with no
number ("What is a perfect square?", "Is pi a rational number?").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

MEMBERS = [
    # A number that looks like a year, the subject or object of a property or operation.
    "Is 1001 prime?",
    "Is 1001 a prime number?",
    "Is 2023 a prime number?",
    "Is 1999 prime or composite?",
    "What is the square root of 1024?",
    "What are the prime factors of 2024?",
    "Find the prime factorisation of 1260.",
    "What is 1999 squared?",
    "Is 1729 the sum of two cubes?",
    "Is 2023 divisible by 7?",
    "What is the remainder when 2024 is divided by 9?",
    "Is 1024 a power of two?",
    "¿Es 2023 un número primo?",
    "¿Cuál es la raíz cuadrada de 1024?",
    "Est-ce que 1001 est un nombre premier ?",
    "Quelle est la racine carrée de 1156 ?",
    "Ist 1001 eine Primzahl?",
    "Bestimme die Primfaktorzerlegung von 2024.",
    "1001是质数吗？",
    "求1024的平方根。",
    "2024を素因数分解して。",
    "Является ли 1001 простым числом?",
    # A property the lists lacked, of a number of any size.
    "Is 144 a perfect square?",
    "Is 100 a perfect square?",
    "Is 27 a perfect cube?",
    "Is 28 a perfect number?",
    "Is 15 a composite number?",
    "Is 21 a triangular number?",
    "Is 13 a Fibonacci number?",
    "Is 1331 a perfect cube?",
    "¿Es 144 un cuadrado perfecto?",
    "¿Es 28 un número perfecto?",
    "144 est-il un carré parfait ?",
    "Ist 144 eine Quadratzahl?",
    "Ist 15 eine zusammengesetzte Zahl?",
    "144 è un quadrato perfetto?",
    "144 é um quadrado perfeito?",
    "144是完全平方数吗？",
    "28是完全数吗？",
    "15是合数吗？",
    "144は平方数ですか？",
    "Является ли 144 полным квадратом?",
    "Является ли 15 составным числом?",
]

# (prompt, task on main 5730baf): each keeps it.
GUARDS = [
    ("What was the prime rate in 1981?", "knowledge"),
    ("What fraction of Americans voted in 2020?", "knowledge"),
    ("Who was the prime minister of Canada in 1995?", "knowledge"),
    ("What was the sum of the reparations in 1919?", "knowledge"),
    ("What was the population of Rome in the year 1000?", "knowledge"),
    ("Which integer sequence was discovered in 1202?", "knowledge"),
    ("Is 1984 a good book?", "knowledge"),
    ("Was 2020 a leap year?", "knowledge"),
    ("Is 2024 a leap year?", "knowledge"),
    ("What happened in 1001?", "knowledge"),
    ("Is pi a rational number?", "knowledge"),
    ("What is a perfect square?", "knowledge"),
    ("What is a perfect number?", "knowledge"),
    ("Is 0 a natural number?", "knowledge"),
    ("Name a famous perfect game in 1956.", "chat"),
    ("¿Quién era el primer ministro de Francia en 1995?", "knowledge"),
    ("Wer war 1995 Premierminister von Kanada?", "knowledge"),
    ("1995年加拿大总理是谁？", "knowledge"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_a_property_of_a_given_number_is_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
