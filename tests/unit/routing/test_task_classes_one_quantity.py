"""A computation on one given figure or number, asked as a question or an imperative (2026-12-03, geo31).

"Find the area of a circle with radius 7 cm." was chat on the 0.6B without thinking (main 60a3b21), "What is the area
of a circle with radius 7 cm?" knowledge, "求半径为7厘米的圆的面积。" chat, while "Calculate the volume of a sphere with
radius 3." and "Find the hypotenuse of a right triangle with legs 3 and 4." were math with thinking: a verb of
calculating or two quantities name the sum, a measure of a figure with one number given named nothing. Likewise a
function written before its argument ("What is ln 5?", "What is log 1000?"). A measure of a figure beside its
number (`figures`, `figure_words`) or an operation on a number (the number_property family: a root, a factorial, a
percentage, prime factors, a GCD) is a sum to work out in every language; it may stay on a small model with
thinking on.
Guards keep their decision: a measure of a place (a fact), a figure's formula or definition without a number, a
count of sides (a fact), a word that rhymes with a number, a unit conversion (math already, `units`), a program
that computes an area (code), a translation of such a request (extraction), an area given in square metres, a
number that counts something else ("Give me 5 ideas to teach the perimeter of a rectangle", "a 10 year old").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.cues import words_of
from gateway.routing.figures import measures_a_figure

from .decisions import decide

MEMBERS = [
    # A measure of a figure with one number given: English, as a question and as an imperative.
    "Find the area of a circle with radius 7 cm.",
    "What is the area of a circle with radius 7 cm?",
    "What's the circumference of a circle with a diameter of 10 m?",
    "Find the perimeter of a square with side 5 cm.",
    "Find the volume of a cube with edge 4 cm.",
    "What is the surface area of a sphere with radius 2?",
    "Find the diagonal of a square with side 6.",
    "Find the area of a circle whose diameter is 12 m.",
    "What is the volume of a cylinder with radius 3 and height 10?",
    "Calculate the volume of a sphere with radius 3.",
    "Find the hypotenuse of a right triangle with legs 3 and 4.",
    "Give me the area of a circle with radius 7.",
    "Area of a circle with radius 7?",
    "Tell me the perimeter of a regular hexagon with side 4.",
    "What is the area of a square whose side is 9 inches?",
    "Find the side of a cube with volume 27.",
    "What is the radius of a sphere with volume 36?",
    # German, French, Spanish, Italian, Portuguese.
    "Wie groß ist die Fläche eines Kreises mit Radius 7 cm?",
    "Was ist der Umfang eines Kreises mit Radius 5 cm?",
    "Bestimme den Umfang eines Quadrats mit der Seitenlänge 4 cm.",
    "Berechne die Fläche eines Kreises mit Radius 7 cm.",
    "Quelle est l'aire d'un cercle de rayon 7 cm ?",
    "Quel est le périmètre d'un carré de côté 5 cm ?",
    "Trouve le volume d'un cube d'arête 3 cm.",
    "Calcule l'aire d'un cercle de rayon 7 cm.",
    "Ermittle das Volumen eines Würfels mit der Kantenlänge 5 cm.",
    "Donne-moi le volume d'une sphère de rayon 3 cm.",
    "Dime el área de un triángulo equilátero de lado 6.",
    "¿Cuál es el área de un círculo de radio 7 cm?",
    "¿Cuál es el perímetro de un cuadrado de lado 5 cm?",
    "Halla el volumen de una esfera de radio 3 cm.",
    "Qual è l'area di un cerchio di raggio 7 cm?",
    "Qual é a área de um círculo com raio 7 cm?",
    # Chinese, Japanese, Korean, Russian.
    "求半径为7厘米的圆的面积。",
    "求半径为3的球的体积。",
    "边长为5厘米的正方形的周长是多少？",
    "求边长为4的正方形的对角线长。",
    "半径7cmの円の面積を求めよ。",
    "半径3cmの球の体積は？",
    "一辺5cmの正方形の周の長さを求めなさい。",
    "반지름이 7cm인 원의 넓이를 구하시오.",
    "Найди площадь круга радиусом 7 см.",
    "Чему равна площадь круга радиусом 7 см?",
    "Какова площадь круга с радиусом 7 см?",
    "Найдите периметр квадрата со стороной 5 см.",
    "Найди объём шара радиусом 3 см.",
    "Найди длину окружности радиусом 5 см.",
    "Найди площадь поверхности куба с ребром 4 см.",
    # A function before its argument.
    "What is ln 5?",
    "What is log 1000?",
    "What is the natural log of 20?",
    "What is sin 30?",
    "What is sqrt 2?",
    "What is cos 60 degrees?",
    # An operation on one number or two (read before this class: members all the same).
    "What is 15% of 80?",
    "Find 12% of 250.",
    "What is the square root of 144?",
    "What is 7 factorial?",
    "What is 2 to the power of 10?",
    "Find the prime factorisation of 360.",
    "What is the GCD of 48 and 18?",
    "Find the LCM of 12 and 15.",
    "Was ist die Quadratwurzel aus 144?",
    "Bestimme die Primfaktorzerlegung von 360.",
    "Quelle est la factorielle de 6 ?",
    "Quel est le PGCD de 48 et 18 ?",
    "¿Cuál es el mínimo común múltiplo de 4 y 6?",
    "¿Cuánto es el 15% de 80?",
    "6的阶乘是多少？",
    "求27的立方根。",
    "360を素因数分解して。",
    "2の10乗はいくつ？",
    "Чему равен факториал 6?",
    "Найди НОД чисел 48 и 18.",
    "Сколько будет 15% от 80?",
]

# (prompt, task on main 60a3b21): each keeps it.
GUARDS = [
    ("What is the area of Texas?", "knowledge"),
    ("What is the volume of the Pacific Ocean?", "knowledge"),
    ("Find a word that rhymes with seven.", "chat"),
    ("What is the square root symbol called?", "knowledge"),
    ("How many sides does a hexagon have?", "knowledge"),
    ("What is 7 cm in inches?", "math"),
    ("What is the area of a circle?", "knowledge"),
    ("What is the formula for the area of a circle?", "knowledge"),
    ("What is the area of a circle in terms of its diameter?", "knowledge"),
    ("What is a prime factorisation?", "knowledge"),
    ("What is the area code of 212?", "knowledge"),
    ("What does server log 500 error mean?", "knowledge"),
    ("My flat has an area of 50 square meters, is that big?", "knowledge"),
    ("Write a Python function that returns the area of a circle with radius 5.", "code"),
    ("Translate into French: Find the area of a circle with radius 7 cm.", "extraction"),
    ("Wie groß ist die Fläche von Bayern?", "knowledge"),
    ("Quelle est la superficie de la France ?", "knowledge"),
    ("¿Cuál es el área de México?", "knowledge"),
    ("中国的面积是多少？", "knowledge"),
    ("Какова площадь России?", "knowledge"),
    ("地球的表面积是5.1亿平方公里吗？", "knowledge"),
    ("Explain why the area of a circle is pi r squared.", "knowledge"),
    ("Turn the volume up to 5 on the radio.", "chat"),
    ("Describe the shape of a cube in 3 sentences.", "knowledge"),
    ("What is the volume of 2 moles of gas at STP?", "knowledge"),
    ("Write a poem about a circle with 7 colours and its area.", "writing"),
    # A number that counts something else, not a figure's measure.
    ("Explain the volume of a cylinder to a 10 year old.", "knowledge"),
    ("Give me 5 ideas to teach the perimeter of a rectangle.", "writing"),
    ("Explain in 3 sentences how to find the area of a circle.", "knowledge"),
    ("Find the area of the 5th circle.", "chat"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_a_computation_on_one_quantity_is_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d


# Near misses where a figure's word meets a measure, or a function's name a number: nothing to compute.
NOT_FIGURES = [
    "our apartment has an area of 80 square meters.",
    "la surface est de 40 mètres carrés.",
    "面積100平方メートルの部屋の家賃は月8万円",
    "공원의 면적은 300 제곱미터이다.",
    "check the server log 500 times a day.",
    "the area of the square at 5th avenue",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_near_misses_measure_no_figure(text):
    assert not measures_a_figure(text, words_of(text), measured=True)
