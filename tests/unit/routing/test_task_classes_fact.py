"""A one-sentence question that opens with a question word asks for a fact (2026-12-03).

Found by routing Natural Questions' 3,610 open-domain dev questions (Kwiatkowski et al. 2019, CC BY-SA
3.0; search-engine queries, lower case, no question mark) as a held-out check of trivia: 52 read as
writing ("who wrote ... lyrics"), 10 as role-play ("who played the main character in ..."), 16 as code
with thinking on the largest model ("what is the function of the pericardial sac", "who cracked the
enigma code in world war 2"). Such a question names a song, a poem, a character or a function as its
topic; it asks for none to be written or played. Code stays code where a word names only code (Python,
SQL, a regex) or a program is asked for.

Written by this project for this test (none copied from Natural Questions or any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.cues import asks_a_fact

from .decisions import cheapest, decide


FACTS = [
    ("en", "who wrote the lyrics of bohemian rhapsody"),
    ("en", "who composed the moonlight sonata"),
    ("en", "who played the main character in the matrix"),
    ("en", "what is the function of the spleen"),
    ("en", "what are the main functions of the liver"),
    ("en", "who broke the navajo code in the war"),
    ("en", "which poem begins with the line 'shall i compare thee'"),
    ("de", "wer schrieb das Gedicht Erlkönig"),
    ("de", "welche Funktion hat die Leber"),
    ("es", "¿quién escribió el poema Canción de otoño en primavera?"),
    ("es", "¿cuál es la función del páncreas?"),
    ("fr", "qui a écrit le poème Le Lac"),
    ("fr", "quelle est la fonction du foie"),
    ("it", "chi ha scritto la poesia L'infinito"),
    ("pt", "quem escreveu o poema Tabacaria"),
    ("ru", "кто написал стихотворение Бородино"),
    ("ru", "какова функция печени"),
]


@pytest.mark.parametrize("lang,prompt", FACTS)
def test_a_fact_question_about_a_text_or_a_function_asks_for_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("knowledge", "chat") and not d.thinking, (lang, prompt, d.task, d.thinking)
    assert d.model == cheapest(views), (lang, prompt, d.model)


# Guards: a word that names only code keeps a question code; a request keeps its task.
@pytest.mark.parametrize("prompt,task", [
    ("how do i reverse a list in python", "code"),
    ("what does the python function zip do", "code"),
    ("which sql join returns every row of both tables", "code"),
    ("when should i use a regex instead of split in javascript", "code"),
    ("¿cómo escribo una función en Python que invierta una cadena?", "code"),
    ("Write a poem about who I am.", "writing"),
    ("Who wrote this? Summarise the letter below in two sentences: Dear Anna, the roof is fixed, the "
     "garden is planted and the cat is fine.", "extraction"),
])
def test_guards(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task, prompt


# "How many" about a year: a date, not a quantity to reckon with.
YEARS = [
    ("en", "how many gold medals did norway win at the 1994 winter olympics"),
    ("en", "How many people lived in London in 1851?"),
    ("de", "Wie viele Tore schoss Gerd Müller in der Saison 1972?"),
    ("es", "¿Cuántos habitantes tenía Madrid en 1900?"),
    ("fr", "combien de films Truffaut a-t-il tournés en 1962"),
    ("it", "quanti abitanti aveva Roma nel 1871?"),
    ("ru", "Сколько стран участвовало в Олимпиаде 1980 года?"),
]


@pytest.mark.parametrize("lang,prompt", YEARS)
def test_how_many_about_a_year_asks_for_a_fact(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("knowledge", "chat") and not d.thinking, (lang, prompt, d.task, d.thinking)


# A number that names a season, an episode, a chapter or a game (after its word, or after Chinese and
# Japanese 第) is a label, not a quantity: NQ-open held 77 such questions read as math with thinking
# ("how many episodes in season 4 of ...", 2026-12-03).
LABELS = [
    ("en", "how many episodes are in season 3 of the crown"),
    ("en", "when does season 2 episode 5 of severance come out"),
    ("en", "who scored the winning goal in game 7 of the 2016 world series"),
    ("en", "What happens in chapter 12 of the great gatsby?"),
    ("de", "Wie viele Folgen hat Staffel 4 von Dark?"),
    ("es", "¿Cuántos episodios tiene la temporada 2 de La casa de papel?"),
    ("fr", "combien d'épisodes dans la saison 3 de Lupin ?"),
    ("it", "quanti episodi ha la stagione 5 di Gomorra?"),
    ("zh", "权力的游戏第4季有多少集？"),
    ("ja", "進撃の巨人の第3期は何話ありますか？"),
]


@pytest.mark.parametrize("lang,prompt", LABELS)
def test_a_number_that_names_an_episode_or_a_chapter_is_no_quantity(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("knowledge", "chat") and not d.thinking, (lang, prompt, d.task, d.thinking)


# Guards: numbers to reckon with stay math, beside a label's word too.
@pytest.mark.parametrize("prompt", [
    "How many legs do 3 spiders have?",
    "What is 1984 divided by 4?",
    "How much is 1500 times 3?",
    "How many days are there between 1 March and 15 April?",
    "¿Cuántos minutos hay en 2 horas y media?",
    "How many episodes are there in 7 seasons of 22 episodes each?",
    "If season 1 has 10 episodes and season 2 has 13, how many episodes are there in all?",
    "Is number 17 a prime?",
    "Round 3.456 to two decimal places.",
])
def test_numbers_to_reckon_with_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (prompt, d.task)


# A fact question is one sentence. Chinese puts no space after a sentence's mark, and a last sentence often
# goes without one: a second sentence there is a second sentence as in English.
@pytest.mark.parametrize("text, one_question", [
    ("谁写了红楼梦？", True),
    ("谁写了红楼梦", True),
    ("谁写了红楼梦？请介绍一下作者的生平", False),
    ("哪一年发生了辛亥革命。简单说说它的原因", False),
    ("who wrote gitanjali? tell me about the poet", False),
])
def test_a_fact_question_is_one_sentence_in_every_script(text, one_question):
    assert asks_a_fact(text) is one_question


# German "wie" is "how" (Dutch "wie" is "who"): "wie" and a verb with a person after it asks how to do
# something, as "How do I call a function from another file?" does, not a fact; "wie hoch ist ..." and
# Dutch "wie schreef ..." still ask one.
@pytest.mark.parametrize("prompt", [
    "Wie rufe ich eine Funktion aus einer anderen Datei auf?",
    "Wie implementiere ich einen Binärbaum?",
    "Wie kann man eine Funktion rekursiv schreiben?",
    "wie programmiere ich eine schleife in java",
])
def test_a_german_how_to_question_is_not_a_fact_question(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (d.task, d.thinking)


@pytest.mark.parametrize("text", ["wie hoch ist die zugspitze?", "wie heißt die hauptstadt von australien?",
                                  "wie schreef het volkslied van nederland", "wie won het wk in 1974?"])
def test_german_and_dutch_fact_questions_opening_with_wie_stay_fact_questions(text):
    assert asks_a_fact(text)


@pytest.mark.parametrize("prompt", ["How many years passed between 1945 and 1989?",
                                    "How many days are there between 1 March and 15 April?"])
def test_two_dates_to_reckon_with_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (prompt, d.task)
