"""Classes of requests found by the held-out check on labelled English instructions (Vicuna's questions
and Self-Instruct's user-oriented instructions, `data/instruction-requests`, 2026-12-03): an estimate whose
reasoning is asked for step by step, a role posed as a hypothetical ("As a pirate captain, what would you
say ...?", "If you were a knight, how would you ...?"), the script of a video or podcast, a computer
or a calculator named in a request that asks for no sum, a programme of study named in a letter, a
general claim about numbers to verify, and what a thing is "composed of".

Written by this project for this test, not taken from those sets or any benchmark. Each class holds
several phrasings in English and at least two other languages; each has guards, near misses that must
keep their decision.
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_prompt


def decide(policy, views, prompt: str):
    return policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)


# A question of quantity whose answer and reasoning are asked to be explained step by step: the request
# to explain the answer is a justification, not a topic to explain, so the steps asked for decide
# (thinking on). The knowledge cue of "explain" had stopped the stepwise reading.
JUSTIFIED_STEPS = [
    ("en", "How many piano tuners work in Chicago? Explain your answer and walk me through your reasoning step by step."),
    ("en", "How many grains of rice fill a bathtub? Try to explain your answer, taking me through your reasoning step-by-step."),
    ("es", "¿Cuántas pelotas de tenis caben en un autobús escolar? Explica tu respuesta paso a paso."),
    ("fr", "Combien de litres d'eau une personne boit-elle dans sa vie ? Explique ta réponse étape par étape."),
    ("de", "Wie viele Haare hat ein Mensch auf dem Kopf? Erkläre deine Antwort Schritt für Schritt."),
]
# A topic explained step by step: knowledge, no thinking, as before.
EXPLAINED_STEP_BY_STEP = [
    ("en", "Explain step by step how a bill becomes a law in the United States."),
    ("es", "Explica paso a paso cómo se forma un arcoíris."),
    ("de", "Erkläre Schritt für Schritt, wie ein Gesetz in Deutschland entsteht."),
]


@pytest.mark.parametrize("lang,prompt", JUSTIFIED_STEPS)
def test_an_estimate_with_its_reasoning_asked_step_by_step_thinks(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.thinking and d.task in ("reasoning", "math"), (d.task, d.reason)


@pytest.mark.parametrize("lang,prompt", EXPLAINED_STEP_BY_STEP)
def test_a_topic_explained_step_by_step_stays_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# A role posed as a hypothetical: "as a <role>," with the rest addressed to the assistant, "if you were a
# <role>", "imagine you are a <role>", "introduce yourself as a <role>": role-play, no thinking.
POSED_ROLES = [
    ("en", "As a lighthouse keeper, what would you tell a sailor lost in the fog?"),
    ("en", "As a tour guide in ancient Rome, describe the Colosseum to a group of visitors."),
    ("en", "If you were a dragon guarding a mountain, how would you greet a visiting knight?"),
    ("en", "Imagine you are a Roman centurion. What would you tell your soldiers before a battle?"),
    ("en", "How would you introduce yourself as a pirate at a harbour tavern?"),
    ("es", "Si fueras un dragón que guarda una montaña, ¿cómo saludarías a un caballero?"),
    ("es", "Imagina que eres un cartero del siglo pasado. ¿Qué le contarías a un niño de hoy?"),
    ("es", "Como una astronauta en la Luna, ¿qué le dirías a tu familia por radio?"),
    ("fr", "Si tu étais un chevalier du Moyen Âge, comment te présenterais-tu au roi ?"),
    ("fr", "En tant que capitaine pirate, que dirais-tu à ton équipage avant la tempête ?"),
    ("de", "Wenn du ein Drache wärst, wie würdest du einen Ritter begrüßen?"),
    ("de", "Als Piratenkapitän, was würdest du deiner Mannschaft vor dem Sturm sagen?"),
]
# Near misses: the user's own role, a phrase that begins "as a", a sum or a program in the frame.
NOT_POSED_ROLES = [
    ("en", "As a beginner, which programming language should I learn first?", None),
    ("en", "As a result of inflation, how much will $100 be worth after 3 years at 5% a year?", "math"),
    ("en", "If you were to invest 1000 euros at 3% a year, how much would you have after 5 years?", "math"),
    ("en", "As a senior developer, write a Python function that merges two sorted lists.", "code"),
    ("en", "Imagine you are given an array of integers. Write a function that returns the largest sum.", "code"),
    ("es", "Como no tengo mucho tiempo, ¿me puedes resumir la historia de Roma?", None),
    ("fr", "En tant que débutant, quel langage dois-je apprendre en premier ?", None),
    ("de", "Als ich jung war, wollte ich Pilot werden. Wie wird man Pilot?", None),
]


@pytest.mark.parametrize("lang,prompt", POSED_ROLES)
def test_a_role_posed_as_a_hypothetical_is_roleplay(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("roleplay", False), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_POSED_ROLES)
def test_near_misses_of_a_posed_role_keep_their_task(policy, views, lang, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task != "roleplay", d.reason
    if task is not None:
        assert d.task == task, d.reason


# The script of a video, a podcast, a film or a play: a text to write, not a program; no thinking.
SHOW_SCRIPTS = [
    ("en", "Write a script for a YouTube video about the history of chess."),
    ("en", "Draft a podcast script for an episode on urban gardening."),
    ("en", "Can you write a short film script about two strangers stuck in a lift?"),
    ("fr", "Écris un script pour une vidéo YouTube sur l'histoire du café."),
    ("de", "Schreib ein Skript für ein YouTube-Video über die Geschichte des Kaffees."),
    ("ru", "Напиши скрипт для видео об истории кофе."),
]
# Programs that handle videos or podcasts: code, with thinking, as before.
PROGRAM_SCRIPTS = [
    ("en", "Write a Python script that renames every video file in a folder by its date."),
    ("en", "Write a bash script to download a YouTube video and convert it to mp3."),
    ("de", "Schreib ein Python-Skript, das alle Videos in einem Ordner umbenennt."),
]


@pytest.mark.parametrize("lang,prompt", SHOW_SCRIPTS)
def test_the_script_of_a_show_is_a_text_not_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("writing", "knowledge") and not d.thinking, (d.task, d.reason)


@pytest.mark.parametrize("lang,prompt", PROGRAM_SCRIPTS)
def test_a_program_for_videos_stays_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


# A computer or a calculator named, no sum asked: the stem of "compute" (or Spanish and French "calcula")
# begins the device's name. No thinking.
DEVICES = [
    ("en", "Write a cover letter for a junior computer technician position."),
    ("en", "Prepare an email signature for a graduate student of computer science."),
    ("de", "Mein Computer startet nicht mehr richtig, was kann ich tun?"),
    ("es", "¿Qué calculadora científica me recomiendas para la universidad?"),
    ("fr", "Quelle calculatrice graphique choisir pour le lycée ?"),
]
# A sum to work out: math with thinking, as before.
SUMS = [
    ("en", "Compute the sum of the first 100 prime numbers."),
    ("es", "Calcula el área de un círculo de radio 3 cm."),
    ("fr", "Calcule la moyenne de 4, 8 et 15."),
]


@pytest.mark.parametrize("lang,prompt", DEVICES)
def test_a_computer_named_is_no_sum(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math" and not d.thinking, (d.task, d.reason)


@pytest.mark.parametrize("lang,prompt", SUMS)
def test_a_sum_to_compute_stays_math(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), d.reason


# A programme of study (a graduate, master's or degree programme) named in a letter or a question: the
# plan of study the existing "study program" family names, not a program to write.
STUDY_PROGRAMMES = [
    ("en", "Write a motivation letter for a master's program in economics."),
    ("en", "Draft a letter of recommendation for a student applying to a graduate program in biology."),
    ("es", "Escribe una carta de motivación para un programa de maestría en economía."),
    ("fr", "Rédige une lettre de motivation pour un programme de master en économie."),
]
PROGRAMS_ABOUT_STUDENTS = [
    ("en", "Write a program that lists the graduate students of a course sorted by grade."),
]


@pytest.mark.parametrize("lang,prompt", STUDY_PROGRAMMES)
def test_a_programme_of_study_is_no_program(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, (d.task, d.reason)


@pytest.mark.parametrize("lang,prompt", PROGRAMS_ABOUT_STUDENTS)
def test_a_program_about_students_stays_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


# A general claim about numbers to verify or check ("Verify the statement: for all integers ...", "Comprueba
# si ..."): a proof asked with a verb of checking, as round 11's "why" and "show": reasoning, thinking on.
CLAIMS_TO_VERIFY = [
    ("en", "Verify the correctness of this statement: for all integers n, the product of n and n + 1 is even."),
    ("en", "Can you verify that the sum of any two odd numbers is always even?"),
    ("es", "Comprueba si es cierto que la suma de dos números impares siempre es par."),
    ("fr", "Vérifie que le produit de deux nombres impairs est toujours impair."),
    ("de", "Prüfe, ob die Summe zweier ungerader Zahlen immer gerade ist."),
]
# A check of something that is no claim about numbers: no thinking, as before.
CHECKS = [
    ("en", "Verify that every link on my homepage still works and tell me how to fix broken ones."),
    ("es", "Comprueba si mi correo tiene un tono demasiado formal."),
]


@pytest.mark.parametrize("lang,prompt", CLAIMS_TO_VERIFY)
def test_a_general_claim_to_verify_is_a_proof(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.thinking and d.task in ("reasoning", "math"), (d.task, d.reason)


@pytest.mark.parametrize("lang,prompt", CHECKS)
def test_a_check_of_no_claim_does_not_think(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert not d.thinking, (d.task, d.reason)


# What a thing is composed of, asked without a question word first: the verb of writing "compose" begins
# "composed", which names what the thing is made of. Knowledge, no thinking. (Found beside the computer
# class: once "computer" no longer read as a sum, "Modern computer microchips are composed of ...?" read
# as a text to write.)
MADE_OF = [
    ("en", "Modern batteries are mostly composed of which elements?"),
    ("en", "The atmosphere of Mars is composed mainly of what gas?"),
    ("fr", "L'atmosphère de Mars est composée principalement de quel gaz ?"),
    ("es", "La atmósfera de Marte está compuesta principalmente de qué gas?"),
]
TO_COMPOSE = [
    ("en", "Compose a short poem about batteries."),
    ("fr", "Compose un court poème sur la pluie."),
]


@pytest.mark.parametrize("lang,prompt", MADE_OF)
def test_what_a_thing_is_composed_of_is_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


@pytest.mark.parametrize("lang,prompt", TO_COMPOSE)
def test_a_text_to_compose_stays_writing(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("writing", False), d.reason
