"""Quantities written as words or as CJK numerals in a short math request (2026-12-04, numerals32).

"圆的半径为七厘米，求面积。" routed as chat on the 0.6B without thinking (main 5730baf), "圆的半径为7厘米，求面积。" as math
with thinking; likewise "Find the area of a circle with radius seven centimetres." (chat) and "What is the sum of
twelve, fifteen and eighteen?" (knowledge): the readings of a figure's measure (`figures`) and of a list of numbers
(`number_lists`) look for digits. A number word or a CJK numeral where those readings look for a quantity (a
figure's measure before a unit or a mark, a list of numbers) is read as its digits (`numerals`), so each member
gets the decision its digit twin gets (model, thinking, budget, task), in English, Spanish, French, German,
Chinese and Japanese.
Guards keep their decision: number words that are no quantity of a task (a count, a name, a title, an idiom,
a counting rhyme), and a figure or a list beside them that asks nothing to compute ("Add one, two and three to my shopping list.",
"What is the volume of a cube? Give me one.").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.numerals import with_digits

from .decisions import decide

# (as written with words or numerals, the same text with digits): the second's decision is the expectation.
MEMBERS = [
    # A figure's measure: English.
    ("Find the area of a circle with radius seven centimetres.", "Find the area of a circle with radius 7 centimetres."),
    ("What is the area of a circle with radius seven cm?", "What is the area of a circle with radius 7 cm?"),
    ("Find the perimeter of a square with side five metres.", "Find the perimeter of a square with side 5 metres."),
    ("What is the volume of a cube with edge three inches?", "What is the volume of a cube with edge 3 inches?"),
    ("Find the area of a circle whose diameter is twenty-four metres.",
     "Find the area of a circle whose diameter is 24 metres."),
    ("What is the circumference of a circle with a radius of one hundred metres?",
     "What is the circumference of a circle with a radius of 100 metres?"),
    ("Find the hypotenuse of a right triangle with legs three and four.",
     "Find the hypotenuse of a right triangle with legs 3 and 4."),
    ("What is the area of a circle with radius nine?", "What is the area of a circle with radius 9?"),
    # Spanish, French, German.
    ("Calcula el área de un círculo de radio siete centímetros.", "Calcula el área de un círculo de radio 7 centímetros."),
    ("¿Cuál es el perímetro de un cuadrado de lado treinta y cinco metros?",
     "¿Cuál es el perímetro de un cuadrado de lado 35 metros?"),
    ("Halla el volumen de una esfera de radio tres centímetros.", "Halla el volumen de una esfera de radio 3 centímetros."),
    ("Quelle est l'aire d'un carré de côté cinq mètres ?", "Quelle est l'aire d'un carré de côté 5 mètres ?"),
    ("Calcule l'aire d'un cercle de rayon vingt et un centimètres.",
     "Calcule l'aire d'un cercle de rayon 21 centimètres."),
    ("Quel est le périmètre d'un carré de côté dix-huit mètres ?", "Quel est le périmètre d'un carré de côté 18 mètres ?"),
    ("Wie groß ist die Fläche eines Kreises mit dem Radius sieben Zentimeter?",
     "Wie groß ist die Fläche eines Kreises mit dem Radius 7 Zentimeter?"),
    ("Berechne den Umfang eines Quadrats mit der Seitenlänge fünfundzwanzig Meter.",
     "Berechne den Umfang eines Quadrats mit der Seitenlänge 25 Meter."),
    ("Berechne das Volumen eines Würfels mit der Kantenlänge drei Zentimeter.",
     "Berechne das Volumen eines Würfels mit der Kantenlänge 3 Zentimeter."),
    # Chinese and Japanese numerals.
    ("圆的半径为七厘米，求面积。", "圆的半径为7厘米，求面积。"),
    ("一个正方形边长是五米，面积是多少？", "一个正方形边长是5米，面积是多少？"),
    ("求半径为十二厘米的圆的面积。", "求半径为12厘米的圆的面积。"),
    ("一个长方形长三十五米，宽二十米，面积是多少？", "一个长方形长35米，宽20米，面积是多少？"),
    ("圆的直径是一百米，周长是多少？", "圆的直径是100米，周长是多少？"),
    ("一个正方体的棱长是两厘米，体积是多少？", "一个正方体的棱长是2厘米，体积是多少？"),
    ("半径为半米的圆的面积是多少？", "半径为0.5米的圆的面积是多少？"),
    ("三角形の底辺が六センチ、高さが四センチのとき面積は？", "三角形の底辺が6センチ、高さが4センチのとき面積は？"),
    ("半径七センチの円の面積を求めよ。", "半径7センチの円の面積を求めよ。"),
    ("一辺が五メートルの正方形の面積は？", "一辺が5メートルの正方形の面積は？"),
    # A list of numbers.
    ("What is the sum of twelve, fifteen and eighteen?", "What is the sum of 12, 15 and 18?"),
    ("What is the average of ten, twenty and thirty?", "What is the average of 10, 20 and 30?"),
    ("Sort these numbers: forty-two, seven, nineteen and three.", "Sort these numbers: 42, 7, 19 and 3."),
    ("¿Cuál es la suma de doce, quince y dieciocho?", "¿Cuál es la suma de 12, 15 y 18?"),
    ("Quelle est la somme de douze, quinze et dix-huit ?", "Quelle est la somme de 12, 15 et 18 ?"),
    ("Was ist die Summe von zwölf, fünfzehn und achtzehn?", "Was ist die Summe von 12, 15 und 18?"),
    ("十二、十五和十八的和是多少？", "12、15和18的和是多少？"),
    ("十二、十五、十八の合計は？", "12、15、18の合計は？"),
    ("What comes next: two, four, six, eight?", "What comes next: 2, 4, 6, 8?"),
    ("Add up one hundred and twenty, thirty-four and seventy-five.", "Add up 120, 34 and 75."),
    ("Ordena de menor a mayor: cuarenta y dos, siete, diecinueve y tres.", "Ordena de menor a mayor: 42, 7, 19 y 3."),
    ("Trouve la médiane de trois, neuf, un, sept et cinq.", "Trouve la médiane de 3, 9, 1, 7 et 5."),
    ("求十二、十五和十八的平均数。", "求12、15和18的平均数。"),
    ("What's the area of a circle with radius one?", "What's the area of a circle with radius 1?"),
    ("Combien font un, deux et trois additionnés ?", "Combien font 1, 2 et 3 additionnés ?"),
    ("Wie viel ist die Summe von eins, zwei und drei?", "Wie viel ist die Summe von 1, 2 und 3?"),
]

# (prompt, task on main 5730baf): number words that are no quantity of a task keep their decision.
GUARDS = [
    ("I have seven brothers and sisters.", "chat"),
    ("Who were the Seven Wonders of the World?", "knowledge"),
    ("Tell me about the Three Kingdoms period.", "chat"),
    ("一心一意是什么意思？", "knowledge"),
    ("三国演义的作者是谁？", "knowledge"),
    ("七上八下是什么意思？", "knowledge"),
    ("十全十美是什么意思？", "knowledge"),
    ("I'm on cloud nine today!", "chat"),
    ("What does the phrase on cloud nine mean?", "knowledge"),
    ("One, two, three, four, I declare a thumb war!", "chat"),
    ("一、二、三，木头人！", "chat"),
    ("Eins, zwei, drei, vier, Eckstein, alles muss versteckt sein.", "chat"),
    ("Uno, dos, tres, ¡a jugar!", "chat"),
    ("What is the area of one circle?", "knowledge"),
    ("Explain the area of a circle to a seven year old.", "knowledge"),
    ("Write a poem about a circle with radius seven and its area.", "writing"),
    ("三角形的面积公式是什么？", "knowledge"),
    ("Quelle est la superficie des trois pays ?", "knowledge"),
    ("Wie groß ist die Fläche der drei Länder?", "knowledge"),
    ("Which circle has the larger area, this one or that one?", "knowledge"),
    ("What is the area of the Three Gorges reservoir?", "knowledge"),
    ("Cuéntame un chiste sobre un círculo de radio siete.", "chat"),
    ("Write a Python function that returns the area of a circle with radius seven.", "code"),
    ("三个和尚没水喝是什么意思？", "knowledge"),
    ("第一、第二和第三名的奖金是多少？", "knowledge"),
    # A list of number words that asks for no work on it, or names a series; "one" as a pronoun.
    ("Summarize chapters one, two and three.", "extraction"),
    ("What do one, two and three mean in this song?", "knowledge"),
    ("Add one, two and three to my shopping list.", "chat"),
    ("Explain the meaning of seven, eight and nine in numerology.", "knowledge"),
    ("Sort seasons one, two and three by rating.", "chat"),
    ("What is the volume of a cube? Give me one.", "reasoning"),
    ("What is the total area of the three circles?", "knowledge"),
    ("三个圆的面积之和是多少？", "knowledge"),
]


@pytest.mark.parametrize("words,digits", MEMBERS)
def test_numbers_written_as_words_route_as_their_digits(policy, views, words, digits):
    expected = decide(policy, views, digits)
    assert expected.task == "math" and expected.thinking, (digits, expected)
    d = decide(policy, views, words)
    assert (d.model, d.thinking, d.budget, d.task) == (expected.model, expected.thinking, expected.budget,
                                                       expected.task), (words, d, expected)


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_number_words_that_are_no_quantity_keep_their_decision(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, (prompt, d)


@pytest.mark.parametrize("prompt,_task", GUARDS)
def test_guards_are_left_as_written(prompt, _task):
    assert with_digits(prompt) == prompt


def test_a_latest_turn_is_read_as_its_digits_too(policy, views):
    """A conversation's latest turn, read alone, gets its digit twin's decision (its tokens counted as the twin's)."""
    from gateway.routing.features import route_request_from_chat
    from gateway.thinking import ThinkingIntent

    def decided(last: str):
        body = {"messages": [{"role": "system", "content": "You are a helpful assistant."},
                             {"role": "user", "content": "Hi there"}, {"role": "assistant", "content": "Hello!"},
                             {"role": "user", "content": last}]}
        return policy.decide(route_request_from_chat(body, ThinkingIntent(), "balanced"), views)

    words, digits = decided("圆的半径为七厘米，求面积。"), decided("圆的半径为7厘米，求面积。")
    assert digits.task == "math" and (words.model, words.thinking, words.budget, words.task) == (
        digits.model, digits.thinking, digits.budget, digits.task)
