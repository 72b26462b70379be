"""A passage, a blank line, then a question about it: the answer is in the passage (2026-12-03).

Found by routing XQuAD's paragraphs each with its first question after a blank line (Artetxe et al. 2020,
CC BY-SA 4.0; 1,190 per language): 89-97% read as math or reasoning with thinking in 11 of 12 languages,
because the passage holds dates and figures and tells a situation before a question. A user who pastes an
article and asks about it wants what the article says (Qwen3's guidance and the priors: retrieval gains
nothing from thinking), not a sum.

Written by this project for this test (none copied from XQuAD or any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide


PASSAGES = [
    ("en", "The Hoover Dam was built between 1931 and 1936 on the Colorado River. About 21,000 men worked on "
           "the project, and 96 of them died during construction. The dam created Lake Mead, which can hold "
           "about 35 cubic kilometres of water when full. Its power plant supplies electricity to Nevada, "
           "Arizona and California.\n\nHow many workers died while the dam was being built?"),
    ("en", "Marie Curie was born in Warsaw in 1867 and moved to Paris in 1891 to study physics. In 1903 she "
           "shared the Nobel Prize in Physics with Pierre Curie and Henri Becquerel, and in 1911 she won a "
           "second Nobel Prize, this time in chemistry, for the discovery of polonium and radium. She died "
           "in 1934, and her daughter Irène won a Nobel Prize of her own a year later.\n\nWhich prize did she receive in 1911?"),
    ("de", "Die Zugspitze ist mit 2962 Metern der höchste Berg Deutschlands. Sie liegt im Wettersteingebirge "
           "an der Grenze zu Österreich. Seit 1930 führt eine Zahnradbahn zum Zugspitzplatt, und drei "
           "Seilbahnen bringen jedes Jahr etwa 500.000 Besucher auf den Gipfel. Auf dem Gipfel steht seit "
           "1900 eine Wetterstation.\n\nSeit wann fährt die "
           "Zahnradbahn auf die Zugspitze?"),
    ("es", "El canal de Panamá se inauguró en 1914 y une el océano Atlántico con el Pacífico. Mide unos 82 "
           "kilómetros y cada año lo cruzan alrededor de 14.000 barcos. En 1999 Estados Unidos entregó el "
           "control del canal a Panamá, y en 2016 se abrió una ampliación con esclusas más grandes. Hoy el "
           "canal da trabajo a miles de personas.\n\n"
           "¿En qué año pasó el canal a manos de Panamá?"),
    ("fr", "La tour Eiffel a été construite pour l'Exposition universelle de 1889. Haute de 330 mètres "
           "aujourd'hui, elle fut le plus haut monument du monde jusqu'en 1930. Environ 7 millions de "
           "personnes la visitent chaque année, et elle est repeinte tous les sept ans. Elle porte aussi "
           "des antennes de radio et de télévision.\n\n"
           "Tous les combien d'années la tour est-elle repeinte ?"),
    ("ru", "Озеро Байкал находится в Восточной Сибири. Его глубина достигает 1642 метров, и в нём содержится "
           "около 20 процентов мировых запасов пресной озёрной воды. В озеро впадает более 300 рек, а "
           "вытекает только одна — Ангара. Зимой озеро покрывается льдом толщиной до метра, и по нему "
           "ездят машины и даже проходят автогонки.\n\nКакая река вытекает из Байкала?"),
    ("zh", "长城是中国古代的军事防御工程，修建历史可以上溯到公元前七世纪。现存的长城大多是明朝修建的，"
           "全长约八千八百五十公里。一九八七年，长城被列入世界文化遗产名录。每年有数千万游客前来参观。"
           "八达岭是最著名的一段，离北京市区大约七十公里。\n\n"
           "长城是哪一年被列入世界文化遗产名录的？"),
]


@pytest.mark.parametrize("lang,prompt", PASSAGES)
def test_a_question_about_a_passage_asks_what_the_passage_says(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "extraction" and not d.thinking, (lang, d.task, d.thinking)


# Guards: a word problem stays math, a question that asks for a computation or a proof keeps its task,
# and a request after a text keeps its own.
@pytest.mark.parametrize("prompt,task", [
    ("A bakery sells 48 croissants each morning at 2.50 dollars each and 30 muffins at 1.75 dollars each. "
     "On Saturdays it sells twice as many croissants. How much money does it make on a Saturday morning?",
     "math"),
    ("Tom buys 3 boxes of 12 eggs. He breaks 5 of them on the way home.\n\nHow many eggs are left?", "math"),
    ("The Hoover Dam was built between 1931 and 1936 on the Colorado River. About 21,000 men worked on the "
     "project, and 96 of them died during construction. The dam created Lake Mead, which can hold about 35 "
     "cubic kilometres of water when full.\n\nCalculate what share of the workers died, in percent.", "math"),
    ("Once upon a time a fox lived at the edge of a quiet village. Every night it crept into the gardens "
     "looking for food. The villagers never saw it, but they always found its tracks in the snow.\n\n"
     "Write a sequel to this story in which the fox is finally seen.", "writing"),
])
def test_guards(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task, prompt


def test_a_greek_question_after_a_passage(policy, views):
    """Greek asks with ";"."""
    prompt = ("Η Ακρόπολη της Αθήνας είναι ένας βράχος πάνω από την πόλη. Ο Παρθενώνας χτίστηκε εκεί "
              "ανάμεσα στο 447 και το 432 π.Χ. προς τιμήν της θεάς Αθηνάς. Το 1687 ένα βλήμα των Βενετών "
              "ανατίναξε την πυρίτιδα που είχαν αποθηκεύσει μέσα οι Οθωμανοί. Σήμερα το μνημείο το "
              "επισκέπτονται εκατομμύρια άνθρωποι κάθε χρόνο.\n\nΠότε ανατινάχτηκε ο Παρθενώνας;")
    d = decide(policy, views, prompt)
    assert d.task == "extraction" and not d.thinking, (d.task, d.thinking)
