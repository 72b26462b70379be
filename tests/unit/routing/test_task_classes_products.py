"""A product named with its model number, in a question about the products (2026-12-03, stop 23).

"Compare the iPhone 15 and the Pixel 8 cameras", "Should I buy a MacBook Air M2 or M3?": the numbers
name the products, they are no quantities, yet two of them made the request a word problem, math with
thinking (10 of 12 such questions in five languages on main 244583e). A number is a product's name when it
is glued to letters ("S24", "M2", "PS5") or follows a name written with a capital inside a sentence
("Pixel 8", "Windows 11"; "iPhone 15" anywhere, its capital being inside the word). A one-sentence question
whose numbers all name things (or one year beside them) asks about things, not a sum.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

PRODUCTS = [
    ("en", "Compare the iPhone 15 and the Pixel 8 cameras."),
    ("en", "Is the Galaxy S24 worth upgrading from an S21?"),
    ("en", "Should I buy a MacBook Air M2 or M3?"),
    ("en", "Is the Canon R6 or the Sony A7 IV better for video?"),
    ("en", "Compare the Tesla Model 3 and the BMW i4."),
    ("en", "Which has the better battery, the Pixel 8 or the iPhone 15?"),
    ("de", "Vergleiche das iPhone 15 mit dem Pixel 8."),
    ("de", "Lohnt sich das Galaxy S24 gegenüber dem S21?"),
    ("es", "¿Qué es mejor, el iPhone 14 o el Galaxy S23?"),
    ("fr", "Quel est le meilleur, l'iPhone 15 ou le Pixel 8 ?"),
    ("zh", "iPhone 15和Pixel 8哪个拍照更好？"),
    ("ru", "Сравни iPhone 15 и Pixel 8."),
]


@pytest.mark.parametrize("lang, prompt", PRODUCTS)
def test_model_numbers_are_no_quantities(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math" and not d.thinking, (lang, d.task, d.thinking)


# Guards: sums about products, numbers a verb or a question word opens, algebra: math with thinking.
GUARDS = [
    "If an iPhone 15 costs $799 and the price drops 10%, what is the new price?",
    "A Pixel 8 costs 699 dollars and a case 29 dollars, how much do 3 of each cost?",
    "Add 5 and 7.",
    "Multiply 12 by 4.",
    "Are 15 and 28 coprime?",
    "Solve 3x + 2 = 11.",
    "If Tom has 5 apples and gives Anna 3, how many are left?",
    "How many days are there between March 3 and June 12?",
    "A 5 kg bag costs 12 dollars, what does 1 kg cost?",
    "Wenn ein iPhone 15 799 Euro kostet und der Preis um 10 % fällt, wie viel kostet es dann?",
    "Si un iPhone 15 cuesta 799 dólares y baja un 10 %, ¿cuánto cuesta ahora?",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_sums_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)
