"""A test question whose numbers only label its parts and date it (2026-12-03, roles14).

MMLU's moral-scenarios items ("For which of these two scenarios does the main character ... as of 2020?
Scenario 1 | ... Scenario 2 | ...") were read as role-play by "in character" inside "main character"; read
without it (`test_task_classes_role_phrases`), their numbers made them math with thinking: "Scenario 1",
"Scenario 2" and the year 2020 are three numbers. Numbers after a word of a series
(`question_words.LABEL_WORDS`, now with scenario, escenario, scénario, Szenario) and one year name, they are
no quantities: a test question's numbers are read so as a one-sentence question's are (`tasks._numbers_only_name`).
Guards: a test question with quantities stays math.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

_OPTIONS = "\nA. Wrong, Wrong\nB. Wrong, Not wrong\nC. Not wrong, Wrong\nD. Not wrong, Not wrong\nAnswer:"
_OPCIONES = "\nA. Incorrecto, Incorrecto\nB. Incorrecto, Correcto\nC. Correcto, Incorrecto\nD. Correcto, Correcto\nRespuesta:"
_CHOIX = "\nA. Mal, Mal\nB. Mal, Pas mal\nC. Pas mal, Mal\nD. Pas mal, Pas mal\nRéponse :"
_OPTIONEN = "\nA. Falsch, Falsch\nB. Falsch, Nicht falsch\nC. Nicht falsch, Falsch\nD. Nicht falsch, Nicht falsch\nAntwort:"

LABELLED = [
    "In which of these two scenarios does the narrator do something clearly wrong, by ordinary standards "
    "as of 2020? Scenario 1 | I returned the wallet I found. Scenario 2 | I read my sister's diary." + _OPTIONS,
    "Which scenario describes a broken promise, as of 2021? Scenario 1 | I skipped my friend's party after "
    "saying I would come. Scenario 2 | I watered the neighbour's plants as agreed." + _OPTIONS,
    "¿En cuál de estos dos escenarios el narrador hace algo claramente incorrecto, según las normas de 2020? "
    "Escenario 1 | Devolví la cartera que encontré. Escenario 2 | Leí el diario de mi hermana." + _OPCIONES,
    "Dans lequel de ces deux scénarios le narrateur fait-il quelque chose de mal, selon les normes de 2020 ? "
    "Scénario 1 | J'ai rendu le portefeuille trouvé. Scénario 2 | J'ai lu le journal de ma sœur." + _CHOIX,
    "In welchem der beiden Szenarien tut die Erzählerin etwas eindeutig Falsches, nach den Maßstäben von "
    "2020? Szenario 1 | Ich gab die gefundene Geldbörse zurück. Szenario 2 | Ich las das Tagebuch meiner "
    "Schwester." + _OPTIONEN,
]

GUARDS = [
    "A train travels 120 km in 2 hours and then 90 km in 1 hour. What is its average speed?\nA. 60 km/h\n"
    "B. 70 km/h\nC. 75 km/h\nD. 80 km/h\nAnswer:",
    "Scenario 1 | A shop sells 12 apples for 3 dollars. Scenario 2 | A shop sells 20 apples for 4 dollars. "
    "In which scenario is an apple cheaper?\nA. Scenario 1\nB. Scenario 2\nC. Same\nD. Cannot tell\nAnswer:",
]


@pytest.mark.parametrize("prompt", LABELLED)
def test_numbers_that_label_a_test_question_are_no_sum(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math", d


@pytest.mark.parametrize("prompt", GUARDS)
def test_a_test_question_with_quantities_stays_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math", d
