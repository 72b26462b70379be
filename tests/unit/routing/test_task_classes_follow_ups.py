"""A follow-up that refers back to an earlier turn keeps the conversation's task (2026-12-03, follow31).

On main 7c4aeca (balanced), after "Write a short story about a dragon." and the story, "Make it longer." and
"Now make it funny." were chat on the 0.6B; after "Write a Python function that merges two sorted lists." and
a fenced function, "Now write tests for it." was writing (the 4B, no thinking) and "What is its time
complexity?" knowledge on the 0.6B. `ComplexityPolicy._task` read the latest turn alone and kept it where
`tasks.stands_alone` held, which it does for every task but chat and knowledge ("write" makes "Now write
tests for it." writing), and for a question of fact ("What is its ...?"); otherwise it read the whole
conversation's signals beside the latest turn's words, so the earlier turn's request words were never read:
"Add type hints." and "why?" were code only because the assistant's fence was in the whole text.

A follow-up that points back (a pronoun, a possessive, "again", `follow_up_words`), or that asks nothing of
its own, takes the task of the latest earlier user turn that stands alone, read alone as a first turn is,
and its difficulty from that turn. A follow-up that names a made thing of its own ("Now write a poem about
it.", "Translate it into German.", "Summarize it.") takes its own task. Guards: a question of its own, thanks
and a request without a back reference keep their own task.
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_chat, route_request_from_prompt
from gateway.routing.follow_ups import points_back
from gateway.thinking import ThinkingIntent

STORY = ("Write a short story about a dragon.",
         "Once upon a time, a small dragon named Ember lived in a cave high above a quiet village...")
CODE = ("Write a Python function that merges two sorted lists.",
        "```python\ndef merge(a, b):\n    out, i, j = [], 0, 0\n    while i < len(a) and j < len(b):\n"
        "        if a[i] <= b[j]:\n            out.append(a[i]); i += 1\n        else:\n"
        "            out.append(b[j]); j += 1\n    return out + a[i:] + b[j:]\n```")
MATH = ("A train travels 120 km in 1.5 hours. What is its average speed?", "80 km/h.")
SUMMARY = ("Summarize the following article in two sentences:\n\nThe city council met on Tuesday to discuss the "
           "new bus network. After three hours of debate, members agreed to add four night lines and to raise "
           "the frequency of the airport shuttle. The changes start in March and cost 2 million euros a year, "
           "paid from the parking budget.",
           "The council agreed to add four night bus lines and a more frequent airport shuttle. The changes "
           "start in March and cost 2 million euros a year.")
TRANSLATION = ("Translate into French: The weather is nice today and we are going to the beach.",
               "Il fait beau aujourd'hui et nous allons à la plage.")


def after(policy, views, earlier: tuple[str, str], turn: str, *more: tuple[str, str]):
    messages = []
    for question, answer in (earlier, *more):
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    messages.append({"role": "user", "content": turn})
    return policy.decide(route_request_from_chat({"model": "auto", "messages": messages}, ThinkingIntent(),
                                                 "balanced"), views)


def alone(policy, views, prompt: str):
    return policy.decide(route_request_from_prompt(prompt), views)


STORY_FOLLOW_UPS = [
    "Make it longer.", "Now make it funny.", "Make it shorter and give it a happy ending.", "Can you continue it?",
    "Give the dragon a sister.", "Make it more exciting.", "Change the ending.", "Now make it rhyme.",
    "Mach sie länger.", "Mach sie lustiger.", "Kannst du sie fortsetzen?",
    "Rends-la plus drôle.", "Peux-tu la rendre plus longue ?", "Continue l'histoire.",
    "Hazla más larga.", "Hazlo más divertido.", "¿Puedes continuarla?",
    "把它写长一点。", "让它更有趣一些。", "继续写。",
]

CODE_FOLLOW_UPS = [
    "Now write tests for it.", "What is its time complexity?", "Add type hints.", "why?", "Can you make it faster?",
    "Write unit tests for it.", "What is the time complexity of this?", "Explain how it works.",
    "Does it handle empty lists?", "Rewrite it without the while loop.", "Add docstrings to it.",
    "Schreib jetzt Tests dafür.", "Was ist seine Zeitkomplexität?", "Füge Typannotationen hinzu.",
    "Écris des tests pour cette fonction.", "Quelle est sa complexité temporelle ?", "Ajoute des annotations de type.",
    "Ahora escribe pruebas para esto.", "¿Cuál es su complejidad temporal?", "Añade anotaciones de tipo.",
    "为它写单元测试。", "它的时间复杂度是多少？", "加上类型注解。",
]

MATH_FOLLOW_UPS = [
    "Now do it for 200 km.", "Can you check it again?", "Show it in miles per hour.", "Solve it another way.",
    "Löse es auf eine andere Weise.", "Rechne es in Meilen pro Stunde um.",
    "Résous-le d'une autre manière.", "Et en miles par heure ?",
    "Resuélvelo de otra manera.", "¿Y en millas por hora?",
    "用另一种方法解它。", "换算成英里每小时呢？",
]

SUMMARY_FOLLOW_UPS = [
    "Make it shorter.", "Now in one sentence.", "Make it less formal.", "Kürzer, bitte.", "Mach es kürzer.",
    "Fais-le plus court.", "Plus court, s'il te plaît.", "Hazlo más corto.", "Más corto, por favor.",
    "再短一点。", "把它缩短一点。",
]

TRANSLATION_FOLLOW_UPS = [
    "Now into German.", "And into Spanish?", "Make it more formal.", "Jetzt ins Italienische.", "Und auf Deutsch?",
    "Et en espagnol ?", "Rends-la plus formelle.", "¿Y al alemán?", "Hazla más formal.", "再翻译成日语。",
    "用更正式的语气。",
]


def _case(earlier, turn, task):
    return pytest.param(earlier, turn, task, id=f"{task}:{turn}")


FOLLOW_UPS = ([_case(STORY, t, "writing") for t in STORY_FOLLOW_UPS]
              + [_case(CODE, t, "code") for t in CODE_FOLLOW_UPS]
              + [_case(MATH, t, "math") for t in MATH_FOLLOW_UPS]
              + [_case(SUMMARY, t, "extraction") for t in SUMMARY_FOLLOW_UPS]
              + [_case(TRANSLATION, t, "extraction") for t in TRANSLATION_FOLLOW_UPS])


@pytest.mark.parametrize("earlier,turn,task", FOLLOW_UPS)
def test_a_follow_up_keeps_the_conversations_task_and_its_difficulty(policy, views, earlier, turn, task):
    d = after(policy, views, earlier, turn)
    first = alone(policy, views, earlier[0])
    assert first.task == task
    assert (d.task, d.thinking, round(d.score, 4)) == (task, first.thinking, round(first.score, 4)), d.reason


@pytest.mark.parametrize("turn", ["Make it longer.", "Now make it funny.", "Mach sie lustiger.", "继续写。"])
def test_the_task_comes_from_the_latest_earlier_turn_that_stands_alone(policy, views, turn):
    """Story, "Thanks!", "Make it shorter.", then the turn: the story's request is read, not the thanks nor
    the follow-up before it; after code, then a story, the story."""
    d = after(policy, views, STORY, turn, ("Thanks!", "You're welcome!"), ("Make it shorter.", "Ember lived..."))
    assert d.task == "writing", d.reason
    d = after(policy, views, CODE, turn, STORY)
    assert d.task == "writing", d.reason


# A follow-up that names a made thing of its own takes its own task, whatever it points back to.
OWN_MADE_THINGS = [
    (STORY, "Now write a poem about it.", "writing"), (CODE, "Now write a poem about it.", "writing"),
    (CODE, "Write a haiku about this function.", "writing"),
    (STORY, "Translate it into German.", "extraction"), (CODE, "Translate it into German.", "extraction"),
    (STORY, "Summarize it.", "extraction"), (CODE, "Summarize it.", "extraction"),
    (STORY, "Schreib ein Gedicht darüber.", "writing"), (STORY, "Übersetze sie ins Englische.", "extraction"),
    (STORY, "Fasse sie zusammen.", "extraction"),
    (STORY, "Écris un poème à ce sujet.", "writing"), (STORY, "Traduis-la en anglais.", "extraction"),
    (STORY, "Résume-la.", "extraction"),
    (STORY, "Escribe un poema sobre eso.", "writing"), (STORY, "Tradúcela al inglés.", "extraction"),
    (STORY, "Resúmela en una frase.", "extraction"),
    (STORY, "把它翻译成英文。", "extraction"), (STORY, "为它写一首诗。", "writing"), (STORY, "总结一下。", "extraction"),
    (STORY, "Now write a Python script that prints it.", "code"), (MATH, "Write it as a Python function", "code"),
]


@pytest.mark.parametrize("earlier,turn,task", OWN_MADE_THINGS)
def test_a_follow_up_that_names_a_made_thing_of_its_own_takes_its_task(policy, views, earlier, turn, task):
    d = after(policy, views, earlier, turn)
    assert d.task == task, d.reason


# Turns that stand alone keep the task they have read alone, after any conversation.
GUARDS = [
    ("What is the capital of France?", "knowledge"), ("Wie heißt die Hauptstadt von Frankreich?", "knowledge"),
    ("¿Cuál es la capital de Francia?", "knowledge"), ("Quelle est la capitale de la France ?", "knowledge"),
    ("Who wrote Hamlet?", "knowledge"), ("Wer hat Hamlet geschrieben?", "knowledge"),
    ("¿Quién escribió Hamlet?", "knowledge"), ("Qui a écrit Hamlet ?", "knowledge"), ("谁写了哈姆雷特？", "knowledge"),
    ("Thanks!", "chat"), ("Danke!", "chat"), ("Merci !", "chat"), ("¡Gracias!", "chat"), ("谢谢！", "chat"),
    ("Hello! How are you?", "chat"),
    ("Write a haiku about rain.", "writing"), ("Schreib ein Haiku über den Regen.", "writing"),
    ("Écris un haïku sur la pluie.", "writing"), ("Escribe un haiku sobre la lluvia.", "writing"),
    ("写一首关于雨的俳句。", "writing"),
    ("Explain quantum entanglement.", "knowledge"), ("Erkläre mir die Quantenverschränkung.", "knowledge"),
    ("Write a Python function that reverses a string.", "code"),
    ("What time is it in Tokyo?", "knowledge"), ("What is the capital of the country that borders Portugal?", "knowledge"),
    ("¿Cuál es la película más larga de la historia?", "knowledge"), ("¿Qué es la fotosíntesis?", "knowledge"),
    ("What is the population of Canada and its capital?", "knowledge"),
    ("¿Cuál es la capital de España y su población?", "knowledge"),
]


@pytest.mark.parametrize("earlier", [STORY, CODE, SUMMARY], ids=["story", "code", "summary"])
@pytest.mark.parametrize("turn,task", GUARDS)
def test_a_turn_that_stands_alone_keeps_its_task(policy, views, earlier, turn, task):
    d = after(policy, views, earlier, turn)
    assert d.task == task == alone(policy, views, turn).task, d.reason


# Words that point back, and words alike that point at nothing, read alone (`follow_ups.points_back`).
@pytest.mark.parametrize("turn", [
    "Now write tests for it.", "Make that shorter.", "What is the complexity of that?", "Can you do that?",
    "Was ist seine Zeitkomplexität?", "Schreib Tests dafür.", "Löse es anders.", "Mach es kürzer.",
    "Quelle est sa complexité ?", "Résous-le autrement.", "Traduis-la en anglais.",
    "¿Cuál es su complejidad?", "Resuélvelo de otra manera.", "Tradúcela al inglés.", "¿Puedes hacerlo más corto?",
    "它的时间复杂度是多少？", "再写一个。", "それをもっと短くして。",
])
def test_words_that_point_back(turn):
    assert points_back(turn)


@pytest.mark.parametrize("turn", [
    "Is it possible to travel faster than light?", "Is it true that octopuses have three hearts?",
    "What time is it in Tokyo?", "Write a function that merges two lists.", "What is the capital of France?",
    "¿Qué es la fotosíntesis?", "¿Cuál es la película más larga?", "Gibt es Leben auf dem Mars?",
    "Wie geht es dir?", "Explain the title of the article.", "Who wrote Hamlet?",
])
def test_words_alike_that_point_at_nothing(turn):
    assert not points_back(turn)
