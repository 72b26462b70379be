"""A number before the word of a series names one of the series, as one after it does (2026-12-03).

"season 4" and "第4季" were read as labels (`test_task_classes_fact.py`), but Russian, Ukrainian and Polish
put the number first ("в 5 сезоне", "у 2 сезоні", "w 3 sezonie"), and an ordinal comes first in every
language ("в 3-м сезоне", "the 3rd season", "la 3e saison", "la 2ª temporada"): such a trivia question
("сколько серий в 5 сезоне ...?") was read as a sum, math with thinking (11 of the 16 questions below on
main ca1a4f1). German and Polish "die 4. Staffel" is left: the signals count its dot as a sentence's end. A bare number is read before the singular forms of a series' word that
no count takes (Russian "5 сезон", "в 5 сезоне": five seasons are "5 сезонов"), an ordinal before any form.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

NUMBER_FIRST = [
    ("ru", "Сколько серий в 5 сезоне Игры престолов?"),
    ("ru", "сколько серий в 3-м сезоне сериала Друзья"),
    ("ru", "Сколько длится 5-я серия 2-го сезона Во все тяжкие?"),
    ("ru", "Когда выйдет 4 сезон сериала Очень странные дела?"),
    ("ru", "Кто умирает в 6 сезоне Ходячих мертвецов?"),
    ("ru", "О чём 7 глава Мастера и Маргариты?"),
    ("ru", "Сколько страниц в 3 томе Войны и мира?"),
    ("uk", "Скільки серій у 2 сезоні серіалу Відьмак?"),
    ("uk", "Хто загинув у 3-му сезоні серіалу Гра престолів?"),
    ("pl", "Ile odcinków ma 5 sezon Wiedźmina?"),
    ("pl", "Ile odcinków jest w 3 sezonie serialu Ranczo?"),
    ("en", "How many episodes are in the 3rd season of The Crown?"),
    ("en", "Who dies in the 4th book of Harry Potter?"),
    ("it", "Quanti episodi ha la 2ª stagione di Gomorra?"),
    ("fr", "Combien d'épisodes dans la 3e saison de Lupin ?"),
    ("es", "¿Cuántos episodios tiene la 2ª temporada de La casa de papel?"),
]


@pytest.mark.parametrize("lang, prompt", NUMBER_FIRST)
def test_a_number_before_the_word_of_a_series_is_a_label(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("knowledge", "chat") and not d.thinking, (lang, prompt, d.task, d.thinking)


# Guards: counts of seasons and episodes, and word problems, stay math (a plural or a count's case after
# the number: "в 3 сезонах", "5 сезонов", "3 sezony"; or quantities beside the labels).
@pytest.mark.parametrize("prompt", [
    "У Маши 5 яблок, а у Пети на 3 больше. Сколько яблок у них вместе?",
    "Сколько серий в 3 сезонах, если в каждом по 10 серий?",
    "В сериале 5 сезонов по 8 серий. Сколько всего серий?",
    "Сколько будет 5 умножить на 3?",
    "Сколько серий в 2 сезонах сериала, если в первом 8, а во втором 10?",
    "В 1 сезоне 10 серий, а во 2 сезоне 12. Сколько серий всего?",
    "Ile odcinków mają 3 sezony po 12 odcinków?",
    "Скільки серій у 4 сезонах, якщо в кожному по 9 серій?",
    "In the 3rd week she saved 15 dollars more than in the 2nd week. How much did she save in all?",
])
def test_counts_and_word_problems_stay_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (prompt, d.task)
