"""Numbers that bound a scale, a number to pick or a count to recite, not quantities to reckon with (2026-12-04,
scale32).

"Rate this essay from 1 to 10: ..." was math on the 4B with 8K thinking on main ad258fb, "On a scale of 1 to 10,
how good is this slogan: Just do it." math on the 30B-A3B with 32K, "Pick a number from 1 to 10." and "Count
from 1 to 10 in French." math with thinking: two numbers read as two quantities, a sum to work out. They bound a
scale to rate on, a range to pick from or a count to say aloud, in every language.
Guards keep their decision: a sum, a count, an average or a chance over such a range ("What is the sum of the
numbers from 1 to 10?", "How many even numbers are there from 1 to 100?", "If I pick a number from 1 to 10 at
random, what is the chance it is even?"), a rate of speed.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.scales import bounds_a_scale

from .decisions import decide

MEMBERS = [
    # A scale to rate on.
    "Rate this essay from 1 to 10: The sky is blue because of Rayleigh scattering.",
    "On a scale of 1 to 10, how good is this slogan: Just do it.",
    "How would you rate the movie Inception from 1-10?",
    "Rate these movies from 1 to 5 stars: Titanic, Avatar.",
    "On a scale from 1 to 10, how spicy is kimchi?",
    "Score this answer 0-100: Paris is the capital of France.",
    "Rate these jokes 1-10: Why did the chicken cross the road?",
    "How would you rate Paris as a travel destination on a scale of 1 to 5?",
    "Give my cover letter a grade out of 10: Dear Sir, I want the job.",
    "Califica este ensayo del 1 al 10: El cielo es azul.",
    "Bewerte diesen Text von 1 bis 10: Der Himmel ist blau.",
    "Évalue ce poème de 1 à 10 : Les roses sont rouges.",
    "Оцени этот текст по шкале от 1 до 10: Небо голубое.",
    "给这篇文章打分，1到10分：天空是蓝色的。",
    "このエッセイを1から10で評価して：空は青い。",
    # A number to pick or guess.
    "Pick a number from 1 to 10.",
    "Guess a number between 1 and 100.",
    "Think of a number between 1 and 10.",
    "Elige un número del 1 al 10.",
    "Choisis un nombre entre 1 et 10.",
    "Wähle eine Zahl zwischen 1 und 10.",
    "Загадай число от 1 до 100.",
    "从1到10选一个数。",
    # A count to say aloud.
    "Count from 1 to 10 in French.",
    "Cuenta del 1 al 10 en inglés.",
    "Compte de 1 à 20 en allemand.",
    "Zähle von 1 bis 10 auf Spanisch.",
]

# (prompt, task on main ad258fb): each keeps it.
GUARDS = [
    ("What is the sum of numbers from 1 to 10?", "math"),
    ("How many even numbers are there from 1 to 100?", "math"),
    ("How many numbers from 1 to 100 contain the digit 7?", "math"),
    ("What is the probability of picking a prime from 1 to 10?", "math"),
    ("Find the average of the integers from 1 to 10.", "math"),
    ("Count the primes between 1 and 50.", "math"),
    ("If I pick a number from 1 to 10 at random, what is the chance it is even?", "math"),
    ("A car travels at a rate of 60 km/h for 2 hours. How far does it go?", "math"),
    ("Add the numbers from 1 to 10.", "math"),
    ("Rate this essay: The sky is blue because of Rayleigh scattering.", "writing"),
    ("Multiply all the numbers from 1 to 6.", "math"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_numbers_of_a_scale_are_no_sum(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math" and not d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d


@pytest.mark.parametrize("text", [
    "Rate these 3 movies from 1 to 5 and add 7 more.",   # a number beyond the scale's ends
    "Pick 3 numbers.",
    "What is 1 to the power of 10?",
    "Rate 12 apples.",
])
def test_other_numbers_are_no_scale(text):
    assert not bounds_a_scale(text)
