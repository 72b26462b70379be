"""Numbers in a request for ideas, a plan or advice are no sum (2026-12-03).

"Give me 5 ideas for a 10-year-old's birthday party", "Plan a 3-day itinerary for Rome on a budget of 500
euros", "My 2 year old has a fever of 39 degrees, what should I do?": two numbers made each a word
problem, math with thinking on the 1.7B or the 30B, where the request asks for suggestions or advice (no
quantity, no sum). Found by routing everyday requests by hand (6 of 6 in en, es and fr on main 0b5cf03).

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

NO_SUM = [
    ("en", "Give me 5 ideas for a 10-year-old's birthday party."),
    ("en", "Plan a 3-day itinerary for Rome on a budget of 500 euros."),
    ("en", "My 2 year old has a fever of 39 degrees, what should I do?"),
    ("en", "I need 10 name ideas for a bakery that opens on 1 May."),
    ("es", "Dame 5 ideas para la fiesta de cumpleaños de un niño de 10 años."),
    ("es", "Mi hijo de 3 años tiene 38 de fiebre, ¿qué debo hacer?"),
    ("fr", "Planifie un itinéraire de 3 jours à Rome avec un budget de 500 euros."),
    ("fr", "Donne-moi 5 idées pour l'anniversaire d'un enfant de 8 ans."),
    ("fr", "Planifie un voyage de 3 jours à Rome avec un budget de 500 euros."),
    ("de", "Plane einen Wochenendausflug nach Prag für 2 Personen mit 300 Euro."),
    ("de", "Gib mir 5 Ideen für den 10. Geburtstag meiner Tochter mit 12 Gästen."),
    ("ru", "Дай 5 идей для дня рождения ребёнка 10 лет."),
    ("zh", "给我5个适合10岁孩子生日派对的点子。"),
]


@pytest.mark.parametrize("lang, prompt", NO_SUM)
def test_numbers_in_a_request_for_ideas_or_advice_are_no_sum(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "math" and not d.thinking, (lang, d.task, d.thinking)


# Guards: a question of quantity beside the same words is a sum, tips earned included.
@pytest.mark.parametrize("prompt", [
    "A 3-day trip costs 500 euros per day. How much does the trip cost in all?",
    "She earns $10 an hour plus $15 in tips each day. How much does she earn in 5 days?",
    "I have 5 ideas and my friend has 3 times as many. How many ideas do we have together?",
    "Tengo 5 ideas y mi amigo tiene 3 veces más. ¿Cuántas ideas tenemos en total?",
    "The doctor recommends 2 pills 3 times a day. How many pills does she take in a week?",
    "They plan a trip of 300 miles and drive 60 miles an hour. How many hours will it take?",
])
def test_guards(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (d.task, d.thinking)


# Guards: "ideas" as a topic, and an itinerary to extract from, ask for no list of ideas.
@pytest.mark.parametrize("prompt, task", [
    ("What role did the Silk Road play in spreading ideas between China and Europe?", "knowledge"),
    ("List every city and date mentioned in the following itinerary: we fly to Lisbon on 4 June, take the "
     "train to Porto on 7 June and return home on 12 June.", "extraction"),
])
def test_other_tasks_stay(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task
