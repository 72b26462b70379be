"""A word that is code only sometimes, in a request about everyday life (2026-12-03).

"function", "program", "code", Java, Rust and Swift name other things as often as code: the liver's
function, an exchange program, an engine code, the island, a rust stain, the singer. In a question about
the body, travel, vehicles, music, animals or an application to a school or a state, "Does the liver
function change with age?", "Do I need a visa for the Fulbright program?", "How do I get rust off my
bike?" went to the largest model as code with thinking (11 of 16 such questions on main 362909a). The
words of those domains now outrank a word that is code only sometimes, when nothing names code alone
(Python, SQL, an algorithm), no program is asked for and no software is named.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

EVERYDAY = [
    ("en", "Does the liver function change with age?"),
    ("en", "How does the function of the kidney differ from that of the liver?"),
    ("en", "Do I need a visa for the Fulbright program?"),
    ("en", "Is the MBA program at INSEAD worth the tuition?"),
    ("en", "How do I get rust off my bike?"),
    ("en", "Can I bring my dog on the ferry to Java?"),
    ("en", "Are Swift's new songs any good?"),
    ("en", "My car shows code P0420, is the catalytic converter bad?"),
    ("de", "Wie verändert sich die Funktion der Leber im Alter?"),
    ("de", "Brauche ich ein Visum für das Programm in Kanada?"),
    ("es", "¿Cómo cambia la función del hígado con la edad?"),
    ("es", "¿Necesito visa para el programa de intercambio en Japón?"),
    ("fr", "Comment la fonction du rein change-t-elle avec l'âge ?"),
    ("fr", "Faut-il un visa pour le programme d'échange au Canada ?"),
    ("ru", "Как меняется функция печени с возрастом?"),
    ("ru", "Нужна ли виза для программы обмена в Японии?"),
]


@pytest.mark.parametrize("lang, prompt", EVERYDAY)
def test_a_weak_code_word_in_an_everyday_question_is_not_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, (lang, d.task, d.thinking)


# Guards: questions about programs and functions that name no everyday domain, or name code alone, or ask
# for a program, stay code with thinking.
GUARDS = [
    "How do I implement a binary search tree?",
    "Why does my function return None?",
    "How do I call a function from another file?",
    "Does Java pass objects by reference?",
    "Should I use Kotlin or Java for Android?",
    "Why does my Rust program panic on unwrap?",
    "How do I compile my program?",
    "Write a function that computes the cost of a trip from the distance and the fuel price.",
    "Write a program that tracks my dog's vaccinations.",
    "Write a Python function that converts a song's duration from seconds to minutes.",
    "How do I debug the Java app that logs my patients' heart rate?",
    "¿Por qué mi función devuelve None?",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_guards(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (d.task, d.thinking)


# The people who write code are no code: a joke about programmers is a text to write (2026-12-03: code with
# thinking on the 235B in en, de and es on main ec4d28a). A program for them, or their code, is still code.
@pytest.mark.parametrize("prompt", [
    "Tell me a joke about programmers.",
    "Erzähl mir einen Witz über Programmierer.",
    "Cuéntame un chiste sobre programadores.",
    "Raconte-moi une blague sur les programmeurs.",
])
def test_a_text_about_programmers_is_not_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("prompt", [
    "I am a programmer and my Python code crashes with a KeyError, why?",
    "Write a program for programmers to track their hours.",
])
def test_code_beside_programmers_stays_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (d.task, d.thinking)
