"""A quantity to convert from one unit to another, asked as an imperative or a bare phrase (2026-12-03, units14).

"Convert 100 Fahrenheit to Celsius.", "Rechne 100 Grad Fahrenheit in Celsius um.", "Convierte 5 millas a
kilómetros." and "把 100 华氏度换算成摄氏度。" were chat on the 0.6B without thinking (main 6d8f7a6), "100 F in C?"
knowledge, "Переведи 5 миль в километры." extraction (a translation), while "How many ounces are in 3 pounds?" was
math: the question form names a quantity ("how many"), the imperative names only the units. A number with a unit,
then a word of direction and another unit (`unit_words`), is a sum to work out in every language, as the question
form is; it may stay on a small model with thinking on.
Guards keep their decision: things that are no quantity converted (a text to uppercase, a recipe to vegan, an
essay to bullet points, Python 2 to 3), a file format (CSV to JSON), a program that converts ("Write a function
that converts Celsius to Fahrenheit"), a number with no unit to convert it to, and a unit that only follows a
preposition of place or time ("I walked 5 miles to the store"), a rate ("5 часов в день"), a program's data
("How do I convert 5 MB to bytes in Python?" stays code).

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.units import converts_units

from .decisions import decide

MEMBERS = [
    "Convert 100 Fahrenheit to Celsius.",
    "Convert 5 miles to kilometers.",
    "Convert 250 grams of flour to cups.",
    "Convert 3.5 liters to gallons.",
    "Convert 60 mph to km/h.",
    "Convert 90 minutes to hours.",
    "Convert 2.5 GB to MB.",
    "Please convert 72 inches into feet.",
    "Can you convert 180 cm to feet and inches?",
    "100 F in C?",
    "5 miles in km",
    "Rechne 100 Grad Fahrenheit in Celsius um.",
    "Rechne 5 Meilen in Kilometer um.",
    "Wandle 3 Liter in Gallonen um.",
    "Convierte 5 millas a kilómetros.",
    "Convierte 100 grados Fahrenheit a Celsius.",
    "Pasa 2 kilos a libras.",
    "Convertis 10 miles en kilomètres.",
    "Convertissez 30 degrés Celsius en Fahrenheit.",
    "Converti 20 gradi Celsius in Fahrenheit.",
    "Converta 10 quilômetros em milhas.",
    "Переведи 5 миль в километры.",
    "把 100 华氏度换算成摄氏度。",
    "把5英里换算成公里。",
    "将 3 公斤转换为磅。",
    "5マイルをキロメートルに変換して。",
    "5마일을 킬로미터로 변환해 줘.",
    "Rechne 2,5 Tassen in Milliliter um.",
    "Convert 1 TB to GB",
    "What is 5 km in miles?",
]

# (prompt, task on main 6d8f7a6): each keeps it.
GUARDS = [
    ("Convert this text to uppercase.", "chat"),
    ("Convert this Python 2 code to Python 3.", "code"),
    ("Convert this recipe to vegan.", "chat"),
    ("Convert my essay into bullet points.", "extraction"),
    ("Convertis ce texte en majuscules.", "chat"),
    ("Convert this CSV to JSON: name,age\nAlice,30\nBob,25", "extraction"),
    ("Convert this JSON to YAML.", "extraction"),
    ("Write a function that converts Celsius to Fahrenheit.", "code"),
    ("Write a Python function to convert 100 Fahrenheit to Celsius.", "code"),
    ("Convert this paragraph into French.", "extraction"),
    ("Convert 255 to binary.", "math"),   # no unit, but a representation since sym31 (test_task_classes_symbols)
    ("How do I convert a PDF to Word?", "knowledge"),
    ("I walked 5 miles to the store this morning.", "chat"),
    ("Preheat the oven to 180 C and bake for 30 minutes.", "math"),
    ("Plan a 3 day trip to Rome for me.", "writing"),
    ("把这段文字转换成大写。", "writing"),
    ("I lost 5 pounds in a week, is that healthy?", "knowledge"),
    ("Я сплю 5 часов в день, это нормально?", "knowledge"),
    ("We drove 300 miles to Denver last weekend, any tips for the way back?", "knowledge"),
    ("Translate into French: I walked 5 miles to school.", "extraction"),
    ("Write a haiku about 5 minutes to midnight.", "writing"),
    ("How do I convert 5 MB to bytes in Python?", "code"),
    ("Summarize: The 5 km race moved to Sunday. Runners should arrive at 8 am in Central Park.", "extraction"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_a_unit_conversion_is_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d


# Near misses inside word problems and test questions, where a unit meets a word of direction: no conversion
# asked (the labelled files' decisions do not move; the reading is checked itself).
NOT_CONVERSIONS = [
    "The lot is 30 feet in width and a quarter of a mile in length.",
    "Les médecins facturent 150 $ par heure à l'hôpital.",
    "Am Montag ging Walt 4 Meilen zu Fuß.",
    "He gives the seller $4000 in dollar bills.",
    "Her friend wants to buy the rope for $2 a meter.",
    "Robin's income increased from $30000 to $60000.",
    "She raised $300. How much money, in dollars, did they raise?",
    "Suppose $a$, $b,$ and $c$ satisfy $a^2/b = 1, b^2/c = 2, c^2/a = 3$. Find $a$.",
]


@pytest.mark.parametrize("text", NOT_CONVERSIONS)
def test_near_misses_convert_no_unit(text):
    assert not converts_units(text.lower())


def test_a_conversion_is_read():
    assert converts_units("change 34 l 18 cl to liters.")
