"""A request, a blank line, then the reference text it is about: the answer is in the text (2026-12-03).

Found by routing Databricks Dolly 15k's first 15 requests of each category (`data/dolly-requests`, CC BY-SA
3.0; each a request, a blank line, its context where it has one): 30 of the 45 `closed_qa`,
`information_extraction` and `summarization` rows read as math (one as reasoning) with thinking, because
the article under the question holds dates and figures. The mirror of `test_task_classes_passage.py`:
applications that send a question with retrieved text put the question first as often as last, and the
user wants what the text says (Qwen3's guidance and the priors: retrieval gains nothing from thinking).

Written by this project for this test (none copied from Dolly or any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide


DAM = ("The Hoover Dam was built between 1931 and 1936 on the Colorado River. About 21,000 men worked on the "
       "project, and 96 of them died during construction. The dam created Lake Mead, which can hold about 35 "
       "cubic kilometres of water when full. Its power plant supplies electricity to Nevada, Arizona and "
       "California.")
CURIE = ("Marie Curie was born in Warsaw in 1867 and moved to Paris in 1891 to study physics. In 1903 she shared "
         "the Nobel Prize in Physics with Pierre Curie and Henri Becquerel, and in 1911 she won a second Nobel "
         "Prize, this time in chemistry. She died in 1934, and her daughter Irène won a Nobel Prize of her own "
         "a year later.")
FERRY = ("The Nordlys ferry line opened in 1962 between Bergen and Kirkenes with two ships. By 1985 it ran "
         "eleven ships calling at 34 ports, and about 300,000 passengers travel on it every year. The newest "
         "ship, launched in 2019, carries 500 passengers and 80 cars and runs partly on batteries. The round trip "
         "along the coast takes eleven days.")

REFERENCE_TEXTS = [
    ("en", "When did Marie Curie move to Paris?\n\n" + CURIE),
    ("en", "How many men worked on the Hoover Dam?\n\n" + DAM),
    ("en", "Who built the first ferries of the Nordlys line\n\n" + FERRY),
    ("en", "Given this text about the Nordlys line, when did it open and how many ports did it call at by 1985?"
           "\n\n" + FERRY),
    ("en", "Tell me about the Hoover Dam\n\n" + DAM),
    ("en", "Provide me a list of the prizes Marie Curie won\n\n" + CURIE),
    ("de", "Wann wurde die Zugspitzbahn eröffnet?\n\nDie Zugspitze ist mit 2962 Metern der höchste Berg "
           "Deutschlands. Sie liegt im Wettersteingebirge an der Grenze zu Österreich. Seit 1930 führt eine "
           "Zahnradbahn zum Zugspitzplatt, und drei Seilbahnen bringen jedes Jahr etwa 500.000 Besucher auf den "
           "Gipfel."),
    ("de", "Erzähl mir etwas über die Fähre Nordlys\n\nDie Linie Nordlys wurde 1962 zwischen Bergen und "
           "Kirkenes mit zwei Schiffen eröffnet. 1985 fuhren elf Schiffe 34 Häfen an, und jedes Jahr reisen "
           "etwa 300.000 Fahrgäste mit. Das neueste Schiff von 2019 fasst 500 Fahrgäste und 80 Autos."),
    ("es", "¿En qué año se inauguró el Canal de Panamá?\n\nEl Canal de Panamá se inauguró en 1914 tras diez "
           "años de obras dirigidas por Estados Unidos. Mide unos 82 kilómetros y une el océano Atlántico con "
           "el Pacífico. En 2016 se abrieron nuevas esclusas para buques de hasta 366 metros de eslora, y cada "
           "año lo cruzan unos 14.000 barcos."),
    # Pasted from an encyclopedia, with its citation marks after the full stops.
    ("en", "What is the average height of an adult giraffe?\n\nGiraffes are the tallest living land animals; "
           "adults are on average 4.3 to 5.7 metres tall.[3] They live in savannas and open woodlands of 15 "
           "African countries.[4] Males weigh about 1,200 kilograms, females about 830.[3][5]"),
    ("de", "Wo lehrte Immanuel Kant?\n\nImmanuel Kant wurde am 22. April 1724 in Königsberg geboren.[1] "
           "Er verließ seine Heimatstadt fast nie und lehrte dort 41 Jahre lang an der Universität.[2] Er starb "
           "am 12. Februar 1804 in Königsberg.[1]"),
    ("es", "¿Cuándo se fundó la Universidad de Salamanca?\n\nLa Universidad de Salamanca fue fundada en 1218 "
           "por el rey Alfonso IX de León.[1] Es la universidad en funcionamiento más antigua de España.[2] "
           "Hoy tiene unos 30.000 estudiantes en nueve campus.[3]"),
    ("fr", "Qui a conçu la tour Eiffel ?\n\nLa tour Eiffel a été construite entre 1887 et 1889 pour "
           "l'Exposition universelle de Paris. Elle mesure 330 mètres et pèse environ 10 100 tonnes. "
           "L'entreprise de Gustave Eiffel l'a bâtie avec 18 038 pièces de fer et 2,5 millions de rivets. "
           "Elle reçoit près de 6 millions de visiteurs par an."),
]


@pytest.mark.parametrize("lang,prompt", REFERENCE_TEXTS)
def test_a_request_before_its_reference_text_asks_what_the_text_says(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "extraction" and not d.thinking, (lang, d.task, d.thinking)


# Guards: a word problem stays math whichever way round, a request for a computation, a text or a program
# keeps its task, and a riddle pasted under "solve this" stays a puzzle.
@pytest.mark.parametrize("prompt,task", [
    ("How many eggs are left?\n\nTom buys 3 boxes of 12 eggs. He breaks 5 of them on the way home.", "math"),
    ("Calculate what share of the workers died, in percent.\n\n" + DAM, "math"),
    ("Write a sequel to this story in which the fox is finally seen.\n\nOnce upon a time a fox lived at the "
     "edge of a quiet village. Every night it crept into the gardens looking for food. The villagers never "
     "saw it, but they always found its tracks in the snow.", "writing"),
    ("Solve this problem.\n\nA train leaves at 9:00 and travels at 80 km/h. A second train leaves the same "
     "station at 10:00 at 120 km/h on the same track. At what time does the second train catch up?", "math"),
    ("Can you solve this riddle?\n\nA man pushes his car to a hotel and tells the owner he is bankrupt. Nobody "
     "is surprised, and nobody calls the police. The owner even smiles at him. Why?", "reasoning"),
    ("Write a Python function that returns the year each ferry was launched.\n\n" + FERRY, "code"),
])
def test_guards(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task, prompt
