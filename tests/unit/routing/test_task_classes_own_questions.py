"""A knowledge question of its own after a turn of another task gets its own decision (2026-12-04, alone32).

On main 5730baf (balanced), after "Write a short story about a dragon." and the story, "Is it possible to travel
faster than light?" was writing, and "Why is the sky blue?" after a function was code (thinking): since stop
25's follow-up mend, a turn read alone as knowledge that `tasks.stands_alone` does not read as standing alone
(a yes/no question, a how or a why: no question word of fact, no topic request) took the earlier turn's task.
Such a question stands alone (`follow_ups.asks_its_own_question`) when it is one short line ending in a question
mark with no number, points back at nothing (`follow_ups.points_back`; an opening "and" or "what about"; a part of
a made thing: "the ending", "the answer"; a judgement: "too sad", "good enough"; the assistant asked about itself
or to edit or check: "Are you sure?", "Can you add ...?"; the user's next doing: "Should I ...?"; a comparison with
what it leaves out: "Is there a faster way?"), and holds a word of its own, beside words of no subject ("way",
"tips"), that no earlier user turn holds, nor a name or a word of code of the answers before. Guards:
questions that point back ("Is it possible to make it longer?", "Can you make the dragon friendlier?", "Is the
ending too sad?", "Is that correct?") keep the earlier turn's task, and so does every case of
test_task_classes_follow_ups.py and test_task_classes_new_requests.py. Left: a common noun of the answer ("Does
the village survive?" after a story of a village the user never named) and a technique the answer did not name
("Would memoization help?" after code) stand alone.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_chat, route_request_from_prompt
from gateway.thinking import ThinkingIntent

STORY = ("Write a short story about a dragon.",
         "Once upon a time, a small dragon named Ember lived in a cave high above a quiet village...")
POEM = ("Write a poem about autumn leaves.", "Golden leaves drift slowly down,\nA quiet carpet on the town...")
CODE = ("Write a Python function that merges two sorted lists.",
        "```python\ndef merge(a, b):\n    out, i, j = [], 0, 0\n    while i < len(a) and j < len(b):\n"
        "        if a[i] <= b[j]:\n            out.append(a[i]); i += 1\n        else:\n"
        "            out.append(b[j]); j += 1\n    return out + a[i:] + b[j:]\n```")
MATH = ("Solve 3x + 7 = 22.", "x = 5.")
TRAIN = ("A train travels 120 km in 1.5 hours. What is its average speed?", "80 km/h.")
EARLIER = {"story": (STORY, "writing"), "poem": (POEM, "writing"), "code": (CODE, "code"), "math": (MATH, "math"),
           "train": (TRAIN, "math")}


def after(policy, views, earlier: tuple[str, str], turn: str, *more: tuple[str, str]):
    messages = []
    for question, answer in (earlier, *more):
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    messages.append({"role": "user", "content": turn})
    return policy.decide(route_request_from_chat({"model": "auto", "messages": messages}, ThinkingIntent(),
                                                 "balanced"), views)


def alone(policy, views, prompt: str):
    return policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)


# Every one is knowledge without thinking when it is the only turn.
OWN_QUESTIONS = [
    # English: yes/no questions, how and why about the world
    "Is it possible to travel faster than light?", "Can humans breathe on Mars?", "Does coffee dehydrate you?",
    "Are tomatoes fruits?", "Why is the sky blue?", "How do vaccines work?", "Is it safe to eat raw eggs?",
    "Do fish feel pain?", "Can dogs eat chocolate?", "Why do cats purr?", "How does the moon affect the tides?",
    "Is Pluto a planet?", "Is it true that octopuses have three hearts?", "Can you see the Great Wall from space?",
    "Why do onions make you cry?",
    # Spanish
    "¿Es posible viajar más rápido que la luz?", "¿Por qué el cielo es azul?", "¿Cómo funcionan las vacunas?",
    "¿Pueden los humanos respirar en Marte?", "¿El café deshidrata?", "¿Los tomates son frutas?",
    # French
    "Est-ce que le café déshydrate ?", "Pourquoi le ciel est-il bleu ?", "Comment fonctionnent les vaccins ?",
    "Est-il possible de voyager plus vite que la lumière ?", "Les tomates sont-elles des fruits ?",
    # German
    "Warum ist der Himmel blau?", "Ist es möglich, schneller als das Licht zu reisen?",
    "Können Menschen auf dem Mars atmen?", "Sind Tomaten Früchte?", "Wie funktionieren Impfstoffe?",
    # Italian, Portuguese
    "Perché il cielo è blu?", "Por que o céu é azul?",
    # Chinese
    "天空为什么是蓝色的？", "疫苗是如何起作用的？", "人类能在火星上呼吸吗？", "咖啡会让人脱水吗？", "为什么天会下雨？",
]


# A question that shares a word with an earlier user turn is read as going on with it, even where the word is
# a coincidence: "travel" after the train that travels keeps the math task.
SHARING = {("train", "Is it possible to travel faster than light?")}
OWN_CASES = [pytest.param(e, t, id=f"{e}:{t}") for t in OWN_QUESTIONS for e in EARLIER if (e, t) not in SHARING]


@pytest.mark.parametrize("earlier,turn", OWN_CASES)
def test_a_knowledge_question_of_its_own_gets_its_own_decision(policy, views, earlier, turn):
    first = alone(policy, views, turn)
    assert (first.task, first.thinking) == ("knowledge", False), first.reason
    d = after(policy, views, EARLIER[earlier][0], turn)
    assert (d.task, d.thinking, round(d.score, 4)) == (first.task, first.thinking, round(first.score, 4)), d.reason


@pytest.mark.parametrize("turn", ["Why is the sky blue?", "Warum ist der Himmel blau?", "天空为什么是蓝色的？"])
def test_a_follow_up_after_a_question_of_its_own_takes_the_questions_task(policy, views, turn):
    """Story, the question, then "Make it shorter.": the question is the latest turn that stands alone."""
    d = after(policy, views, STORY, "Make it shorter.", (turn, "Because ..."))
    assert d.task == "knowledge", d.reason


# Questions that point back at the earlier turn keep its task: a pronoun or a demonstrative, an opening "and",
# a part of the made thing, a word of the earlier turn, an edit verb asked of the assistant.
POINTING_BACK = [
    ("story", "Is it possible to make it longer?"), ("story", "Can you make the dragon friendlier?"),
    ("story", "Is the ending too sad?"), ("story", "¿Puedes hacerlo más largo?"),
    ("story", "这个结局是不是太悲伤了？"), ("story", "Can you add a villain?"), ("story", "Does the dragon have a name?"),
    ("story", "Ist das Ende zu traurig?"), ("story", "¿El final es demasiado triste?"),
    ("story", "La fin est-elle trop triste ?"), ("story", "Kannst du einen Bösewicht hinzufügen?"),
    ("poem", "Does the poem rhyme?"), ("poem", "Can you add a stanza about winter?"),
    ("code", "Does it handle empty lists?"), ("code", "Why did you use recursion?"),
    ("code", "Est-ce que ça marche avec une liste vide ?"), ("code", "Are the lists sorted in place?"),
    ("code", "Is the function stable?"), ("code", "And what about duplicates?"),
    ("math", "Is that correct?"), ("math", "Is the answer right?"), ("train", "And what if the train were faster?"),
    ("train", "¿Y en millas por hora?"), ("train", "Et en miles par heure ?"), ("train", "换算成英里每小时呢？"),
    ("train", "Und wie schnell in Meilen?"), ("math", "Why is x equal to 5?"), ("math", "Why is x positive?"), ("math", "Is 3x + 7 = 22 linear?"),
    ("math", "どこが間違ってる？"),
    # the assistant asked about itself, a comparison with what is left out, no subject of its own, a name of the
    # answer before
    ("math", "Are you sure?"), ("code", "Is there a faster way?"), ("code", "Would a heap be faster?"),
    ("code", "Gibt es einen schnelleren Weg?"), ("code", "¿Hay una forma más rápida?"), ("code", "有没有更快的方法？"),
    ("code", "Y a-t-il une méthode plus rapide ?"), ("math", "Bist du sicher?"), ("math", "你确定吗？"),
    ("story", "Could you elaborate?"), ("story", "Any other ideas?"), ("code", "Does order matter?"),
    ("story", "Is Ember a girl?"),
    # the user's next doing, a judgement, a check asked, a name of the answer's code
    ("story", "Should I give the dragon a name?"), ("story", "¿Debería cambiar el título?"),
    ("story", "Ist der Ton zu düster?"), ("poem", "Is the rhythm good enough?"), ("math", "Can you check your work?"),
    ("code", "Is append thread-safe?"),
] + sorted(SHARING)


@pytest.mark.parametrize("earlier,turn", POINTING_BACK, ids=[f"{e}:{t}" for e, t in POINTING_BACK])
def test_a_question_that_points_back_keeps_the_earlier_task(policy, views, earlier, turn):
    d = after(policy, views, EARLIER[earlier][0], turn)
    assert d.task == EARLIER[earlier][1], d.reason
