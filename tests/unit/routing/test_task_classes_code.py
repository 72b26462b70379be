"""What a build verb makes decides between code and another task (2026-12-03).

Found by routing MBPP's 974 task descriptions ("Write a function to extract ...", Austin et al. 2021,
CC BY 4.0; read as a held-out check of code described in words, see BENCHMARKS.md): 23 read as
extraction without thinking and 57 as math, because the purpose of the program names another task. And
the other way round: a word that names code in one reading names something else in another ("Taylor
Swift", "rust on a bike", "a code of conduct", "a workout program"), and a song or a training plan went
to code with thinking on the largest model.

Written by this project for this test (none copied from MBPP or any benchmark). Each class holds several
phrasings in several languages, with guards that must not change.
"""

from __future__ import annotations

import pytest

from .decisions import decide


# A program asked for, whose purpose names another task (extract, calculate, summarise, prove, translate):
# code, with thinking.
PROGRAMS = [
    ("en", "Write a function that extracts every email address from a block of text."),
    ("en", "Write a python function to calculate the electricity bill from the units used."),
    ("en", "Implement an algorithm to calculate the shortest path between two cities."),
    ("en", "Write a regex to extract the year from a date like 2024-05-17."),
    ("en", "Create a script that summarizes each log file in a folder into one line."),
    ("de", "Schreibe eine Funktion, die aus einer Liste alle geraden Zahlen extrahiert."),
    ("es", "Escribe una función que extraiga los correos electrónicos de un texto."),
    ("fr", "Écris une fonction qui calcule la moyenne d'une liste de notes."),
    ("it", "Scrivi una funzione che calcola l'area di un triangolo dati i tre lati."),
    ("pt", "Escreva uma função que extraia os números de telefone de uma string."),
    ("pl", "Napisz funkcję, która wyodrębnia wszystkie daty z tekstu."),
    ("zh", "写一个函数，从字符串中提取所有的电子邮件地址。"),
    ("ja", "文字列からメールアドレスを抽出する関数を書いてください。"),
]


@pytest.mark.parametrize("lang,prompt", PROGRAMS)
def test_a_program_asked_for_is_code_whatever_it_does(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, prompt, d.task, d.thinking)


# The made thing is a text, and a word elsewhere names code only in another reading: writing, no thinking.
TEXTS = [
    ("en", "Write a song in the style of Taylor Swift about a summer road trip."),
    ("en", "Write a short poem about the rust on my grandfather's old bike."),
    ("en", "Write a code of conduct for our hiking club."),
    ("en", "Draft a dress code for the office party invitation."),
    ("de", "Schreib ein Gedicht über Rust, den Rost an meinem alten Fahrrad."),
    ("es", "Escribe una canción al estilo de Taylor Swift sobre un viaje en coche."),
    ("fr", "Écris un poème sur une île, Java, et ses volcans."),
]


@pytest.mark.parametrize("lang,prompt", TEXTS)
def test_a_text_asked_for_is_writing_beside_a_code_word(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("writing", False), (lang, prompt, d.task, d.thinking)


# A plan named "program" by what it trains or teaches: no code, no thinking. Known, not read: a program
# named by its occasion alone ("Make a program for my wedding reception") stays code, and a plan with
# two quantities ("a 12-week program for a beginner who can run 5 km") is math, as any request holding
# two quantities and naming no other task.
PLANS = [
    ("en", "Create a workout program for a beginner who wants to run a first marathon."),
    ("en", "Put together a study programme for my history exam, one topic an evening."),
    ("de", "Erstelle ein Trainingsprogramm für einen Anfänger, dreimal pro Woche."),
    ("es", "Hazme un programa de entrenamiento para correr mi primera maratón."),
    ("fr", "Fais-moi un programme d'entraînement pour courir un semi-marathon."),
]


@pytest.mark.parametrize("lang,prompt", PLANS)
def test_a_plan_called_a_program_is_no_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, (lang, prompt, d.task, d.thinking)


# Guards: code stays code, extraction of material stays extraction.
@pytest.mark.parametrize("prompt,task", [
    ("Write a Python script that generates a random poem every morning.", "code"),
    ("How do I reverse a list in Rust?", "code"),
    ("Write a Swift function that formats a date as ISO 8601.", "code"),
    ("Escribe un programa que cuente las palabras de un archivo.", "code"),
    ("Write a program that prints the first ten prime numbers.", "code"),
    ("Create a Jupyter notebook that trains a small classifier on the iris data in Python.", "code"),
    ("Write a bio for my GitHub profile: I build Python tools for biologists.", "writing"),
    ("Extract the function names from this snippet: def load(): pass; def save(): pass", "extraction"),
    ("Extract the dates from this text: we met on 3 May, again on 9 June and last on 1 July 2024.",
     "extraction"),
    ("Write a story about a programmer who writes a function that can predict the weather.", "writing"),
])
def test_guards(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task, prompt
