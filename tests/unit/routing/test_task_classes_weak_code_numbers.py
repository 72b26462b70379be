"""A question about code that names a language whose name also names other things, with numbers in it
(2026-12-03, stop 23).

"Why does my Java loop from 0 to 10 run 11 times?", "In Go, why does my slice of length 3 have capacity 4?",
"Why is my C array of 10 ints only 40 bytes?": Java, Go, Rust, Ruby, C, Swift, Kotlin, Scala, Lua, Julia name
an island, a verb, an oxide, a gem, a grade, a bird, a staircase, the moon or a person as well, so the rules
read them as code only weakly (`build_words.WEAK_CODE`) or not at all, and the numbers made these questions
word problems, math (often on the 0.6B with thinking). Such a name beside a word of what programs are made
of (a loop, an array, a slice, an int, a float, a panic; `tool_words.LANGUAGE_CONTEXT`) is the language: the
question is code, whatever numbers it holds (`test_task_classes_code_numbers` is the same class for the
names that mean only code). Guards: word problems that name the island, the verb, the game, coffee, the
oxide, gems, a grade, a temperature, race-track loops, arrays of solar panels, slices of pizza, or a person
called Ruby or Julia keep their decision.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

CODE_WITH_NUMBERS = [
    ("en", "Why does my Java loop from 0 to 10 run 11 times?"),
    ("en", "In Go, why does my slice of length 3 have capacity 4?"),
    ("en", "Why does 0.1 + 0.2 print 0.30000000000000004 in Java?"),
    ("en", "How do I format a float to 2 decimal places in Go?"),
    ("en", "My Rust program panics with index 5 out of bounds for length 5. Why?"),
    ("en", "Why is my C array of 10 ints only 40 bytes?"),
    ("en", "In Ruby, how do I round 2.675 to 2 decimals?"),
    ("en", "My Java for loop goes from 1 to 100 but prints only 99 numbers, why?"),
    ("en", "How do I convert the string \"42\" to an int in Go?"),
    ("en", "Why does my Swift array of 5 items crash at index 5?"),
    ("en", "In Kotlin, why does 7 / 2 print 3 and not 3.5?"),
    ("en", "Why does my C program print 2147483647 + 1 as a negative number?"),
    ("en", "Why does 10 / 3 return 3 in Ruby?"),
    ("en", "In Scala, why does my list of 3 elements print 4 items?"),
    ("en", "In Lua, why does my table index start at 1 and not at 0?"),
    ("en", "Why does my Rust vector of 4 u8 values take 24 bytes on the stack?"),
    ("en", "Why does printf(\"%.2f\", 2.675) print 2.67 in C?"),
    ("en", "How many bytes does an int take in C, 2 or 4?"),
    ("de", "Warum läuft meine Java-Schleife von 0 bis 10 elfmal?"),
    ("de", "Wie formatiere ich in Go eine Float-Zahl mit 2 Nachkommastellen?"),
    ("de", "Warum ist mein C-Array mit 10 Ints nur 40 Bytes groß?"),
    ("fr", "Pourquoi ma boucle Java de 0 à 10 s'exécute-t-elle 11 fois ?"),
    ("fr", "Comment formater un float avec 2 décimales en Go ?"),
    ("fr", "Pourquoi mon programme Rust panique avec l'index 5 hors limites pour une longueur de 5 ?"),
    ("es", "¿Por qué mi bucle en Java de 0 a 10 se ejecuta 11 veces?"),
    ("es", "En Ruby, ¿cómo redondeo 2.675 a 2 decimales?"),
    ("it", "Il mio programma in Java stampa 11 numeri invece di 10, perché?"),
    ("pl", "Dlaczego moja pętla w Javie od 0 do 10 wykonuje się 11 razy?"),
    ("ru", "Почему мой цикл на Java от 0 до 10 выполняется 11 раз?"),
    ("ru", "Почему мой массив на Go из 3 элементов имеет ёмкость 4?"),
    ("zh", "为什么我的Java循环从0到10运行了11次？"),
    ("zh", "在Go中，为什么长度为3的切片容量是4？"),
    ("zh", "为什么我的C数组有10个int却只有40字节？"),
    ("ja", "Javaのループで0から10まで回すと11回実行されるのはなぜ？"),
]


@pytest.mark.parametrize("lang, prompt", CODE_WITH_NUMBERS)
def test_numbers_in_a_question_about_a_weakly_named_language_are_its_data(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, (lang, d.task, d.thinking)


# Guards: word problems whose weak name is an island, a verb, a game, coffee, an oxide, a gem, a grade, a
# temperature or a person, and loops, arrays, slices, prints of everyday life: they stay math.
WORD_PROBLEMS = [
    "Java is an island of 128,297 km². If 151 million people live there, how many people live on each km²?",
    "A farm in Java has 24 solar panels in an array. Each makes 300 W. How many watts in all?",
    "A café sells a cup of java for $3. If it sells 120 cups a day, how much does it make in a week?",
    "Sam and Ana go to the store with $20 and buy 3 loaves at $4 each. How much is left?",
    "A Go board has 19 lines each way. How many points does the board have?",
    "An iron gate loses 2 grams of metal to rust each year. How much does it lose in 15 years?",
    "Ruby has 12 rubies and gives 3 to each friend. How many friends get rubies?",
    "A jeweller sets 4 rubies in each ring. How many rubies does she need for 9 rings?",
    "Maria got a C on 2 of her 5 tests and an A on the rest. How many A's did she get?",
    "The temperature was 25 C in the morning and rose by 3 degrees every hour. What was it after 4 hours?",
    "What is 77 F in C? Round to 2 decimals.",
    "Tom runs 5 loops of a 400 m race track. How many meters does he run?",
    "A farm has an array of 24 solar panels, each making 300 W. How many watts does the array make?",
    "A pizza is cut into 8 slices. If Ana eats 3 slices, how many slices are left?",
    "Julia prints 30 pages a minute on her printer. How many pages does she print in 12 minutes?",
    "Ruby's class has 30 students and 12 are boys. How many are girls?",
    "Julia has an array of 6 rows of 4 stamps. How many stamps does she have?",
    "Ruby bakes a pizza, cuts it into 8 slices and eats 2. How many slices are left?",
    "In Java leben 151 Millionen Menschen auf 128.297 km². Wie viele Menschen leben auf einem km²?",
    "Ruby a 12 rubis et en donne 3 à chaque amie. Combien d'amies reçoivent des rubis ?",
    "Ruby tiene 12 rubíes y da 3 a cada amiga. ¿Cuántas amigas reciben rubíes?",
    "Una pizza se corta en 8 porciones. Si Ana come 3, ¿cuántas porciones quedan?",
    "一个比萨被切成8块，小明吃了3块，还剩几块？",
    "Mia took a swift loop around the 400 m track 3 times. How far did she run?",
    "Let's go slice 3 onions and 2 tomatoes for the salad. How many pieces if each gives 8?",
    "Ana's 8 pizza slices go to 4 friends. How many slices does each get?",
    "In Java, a farmer has 3 rows of 12 coffee trees. How many trees?",
    "Julia scored 3 goals in each round of 4 games. How many goals did she score?",
    "Tom and Jerry go round the 400 m loop 6 times. How far do they go?",
    "The price of 5 kg of rust remover is $20. How much for 12 kg?",
    "The vector c = (3, 4). What is its length?",
    "My son got a C in 3 of his 8 classes. What fraction is that?",
    "Na Jawie żyje 151 milionów ludzi. Ilu ludzi żyje na 1 km², jeśli wyspa ma 128 297 km²?",
]


@pytest.mark.parametrize("prompt", WORD_PROBLEMS)
def test_word_problems_naming_the_other_meanings_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)
