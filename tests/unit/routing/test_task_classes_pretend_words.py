"""Pretending as a whole word (2026-12-03): the Spanish, Portuguese and Italian verbs of pretending are read
as the words they are, not as stems.

The role-play stems "finge" and "fingi" began other words: English "finger", "fingering", "fingerling",
German "Fingerspitzengefühl", "Fingerhut", "fingen" (caught) and "fingiert" (faked), Spanish "fingido"
(feigned). Stop 24 listed the finger's forms as words no stem reads (`cue_words.NOT_STEM_WORDS`); now the
verb's forms that ask for a role are whole words of the role-play family (`cue_words.WHOLE_WORDS`): Spanish
finge, finja, finjas, fingir, fingiendo, finjamos, ...; Italian fingi, finga, fingere, fingiti, fingendo,
fingiamo, ...; Portuguese finge, finja, fingir, fingindo. `ROLES` kept their role on main (de8daac) and keep
it; `NEW_ROLES` (forms no stem began) gain it; the guards are words that begin like the verb.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

ROLES = [
    # Spanish
    "Finge que eres un pirata y cuéntame tu historia.",
    "Finja que es un guía turístico en Madrid y muéstreme la ciudad.",
    "¿Puedes fingir que eres mi entrenador personal?",
    "Sigue fingiendo que eres el capitán del barco y dame órdenes.",
    # Italian
    "Fingi di essere un detective e interrogami.",
    "Fingiti un maggiordomo inglese e servimi il tè.",
    "Puoi fingere di essere il mio insegnante di storia?",
    "Fingiamo di essere in un ristorante e tu sei il cameriere.",
    "Fingete di essere due spie e parlatemi in codice.",
    # Portuguese
    "Finja que você é um guia turístico em Lisboa.",
    "Finge que és um pirata e conta-me a tua história.",
    "Você pode fingir ser meu professor de inglês?",
]

# Forms no stem began ("finj...", "finga"): role-play only as whole words (failing on main de8daac).
NEW_ROLES = [
    "Quiero que finjas ser un detective privado y me interrogues.",
    "Finjamos que somos astronautas en Marte y tú eres el comandante.",
    "Voglio che tu finga di essere un cuoco famoso.",
]

GUARDS = [
    # English
    "Why do my fingers go numb in the cold?",
    "What is the correct fingering for a C major scale on the piano?",
    "What is a fingerling potato and how do I cook it?",
    "How do I learn fingerstyle guitar?",
    "Give me some finger food ideas for a birthday party.",
    # German
    "Was bedeutet Fingerspitzengefühl?",
    "Ist der Fingerhut giftig?",
    "Wir fingen gestern drei Forellen im See. Wie brät man sie am besten?",
    "Wie erkenne ich eine fingierte Rechnung?",
    # Spanish: feigned, not a request to pretend
    "¿Qué significa la expresión amor fingido?",
]


@pytest.mark.parametrize("prompt", ROLES + NEW_ROLES)
def test_pretending_is_a_role(policy, views, prompt):
    assert decide(policy, views, prompt).task == "roleplay"


@pytest.mark.parametrize("prompt", GUARDS)
def test_a_word_that_begins_like_pretending_is_no_role(policy, views, prompt):
    assert decide(policy, views, prompt).task != "roleplay"
