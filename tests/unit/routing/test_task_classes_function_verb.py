"""The verb "to function" and its noun "functioning" are no code word (2026-12-03).

French "comment fonctionne ...", "le fonctionnement de ...", Polish "jak funkcjonuje ...", Russian "как
функционирует ...", Ukrainian "як функціонує ..." hold the stem of the code family's "function" (fonction,
funkcj, функци, функці) and went to the largest model as code with thinking (5 of the 9 requests below
on main ca1a4f1; found while writing the guards of `test_task_classes_fact_length.py`). They ask how a
thing works: knowledge, without thinking. A function to write stays code.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

HOW_IT_WORKS = [
    ("en", "Describe the functioning of a parliamentary democracy in detail."),
    ("fr", "Expliquez en détail, avec des exemples, comment fonctionne la photosynthèse chez les plantes vertes."),
    ("fr", "Décris le fonctionnement du système immunitaire humain face à un virus."),
    ("fr", "Comment fonctionnent les marées et pourquoi changent-elles chaque jour ?"),
    ("pl", "Wyjaśnij szczegółowo, jak funkcjonuje układ odpornościowy człowieka."),
    ("pl", "Opisz funkcjonowanie parlamentu w Polsce."),
    ("ru", "Объясни подробно, как функционирует иммунная система человека."),
    ("ru", "Опиши функционирование банковской системы."),
    ("uk", "Поясни детально, як функціонує імунна система людини."),
    ("de", "Erkläre ausführlich, wie das menschliche Immunsystem funktioniert."),
]


@pytest.mark.parametrize("lang, prompt", HOW_IT_WORKS)
def test_how_a_thing_functions_is_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "knowledge" and not d.thinking, (lang, prompt, d.task, d.thinking)


# Guards: a function or a functional program to write stays code.
@pytest.mark.parametrize("prompt", [
    "Écris une fonction qui inverse une chaîne de caractères.",
    "Écris une fonction Python qui vérifie si une liste fonctionne comme une pile.",
    "Napisz funkcję w Pythonie, która sortuje listę.",
    "Напиши функцию на Python, которая сортирует список.",
    "Напиши функцію, яка перевіряє, чи є число простим.",
    "Write a function that checks whether a number is prime.",
])
def test_a_function_to_write_stays_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (prompt, d.task)
