"""Advice asked after a told situation is no puzzle (2026-12-03).

"I started a new company named Greystone Inc. What do we do?" (Databricks Dolly 15k, `brainstorming`,
`data/dolly-requests`, CC BY-SA 3.0) read as reasoning with thinking on the 30B: a situation of two
sentences or more that ends in a question takes the shape of a riddle (`tasks._by_shape`), and "what do
I / we do", "what should I do" ask for advice, not a solution to work out (Qwen3's guidance: a quick
general answer, no thinking). With a comma instead of a full stop the same request already read as
advice ("My 2 year old has a fever of 39 degrees, what should I do?", `test_task_classes_ideas.py`).
A situation told with quantities keeps its puzzle reading ("I have a 3-litre jug and a 5-litre jug. I need
exactly 4 litres. What do I do?"), so the same fever told in two sentences still reads as math: not mended.

Written by this project for this test (none copied from Dolly or any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide


ADVICE = [
    ("en", "I started a small bakery last month. What do we do to get our first customers?"),
    ("en", "My landlord wants to raise the rent. What should I do?"),
    ("en", "I just moved to a new city and I don't know anyone. What do I do?"),
    ("en", "We lost our luggage at the airport. What should we do now?"),
    ("de", "Mein Chef ignoriert seit Wochen meine E-Mails. Was soll ich tun?"),
    ("de", "Wir haben unseren Flug verpasst. Was sollen wir tun?"),
    ("es", "Mi jefe no contesta mis correos desde hace semanas. ¿Qué hago?"),
    ("es", "Perdimos el último tren a casa. ¿Qué debemos hacer?"),
    ("fr", "Mon voisin fait du bruit tous les soirs. Que dois-je faire ?"),
    ("fr", "Nous avons raté notre correspondance à Lyon. Que devons-nous faire ?"),
]


@pytest.mark.parametrize("lang,prompt", ADVICE)
def test_advice_after_a_situation_is_answered_without_thinking(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("knowledge", "chat") and not d.thinking, (lang, d.task, d.thinking)


# Guards: a riddle about what someone else should do, and a word problem asked as "what ... do", keep
# their puzzle or sum.
@pytest.mark.parametrize("prompt,task", [
    ("A farmer must cross a river with a wolf, a goat and a cabbage. His boat holds only one of them at a "
     "time. What should he do?", "reasoning"),
    ("Anna, Ben and Carl each own a different pet: a cat, a dog and a fish. Anna does not own the dog, and "
     "Ben owns the fish. Who owns the dog?", "reasoning"),
    ("I have a 3-litre jug and a 5-litre jug. I need exactly 4 litres of water. What do I do?", "math"),
    ("A shop sells pens at 3 dollars each. Tom has 20 dollars and buys 4 pens. How much money does he have "
     "left?", "math"),
])
def test_guards(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task, prompt
