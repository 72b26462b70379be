"""Editing a text given without a colon or quotes is writing (2026-12-04, edits32).

The class of `test_task_classes_edits.py` ("Rewrite this more formally: ...") where the text to edit follows the
request unmarked: "What's a more formal way to say gonna", "Make this sound more polite - I need the report now",
"Formuliere das höflicher ich brauche den Bericht sofort", "这句话怎么说更礼貌 我明天不来了". It asks for the
text in a new register: writing, no thinking, the decision its marked form gets. On main 5730baf every member
below read as small talk or a question of fact on the 0.6B (0 of 12 of the brief's members as writing).
The request names the edit as it opens (an editing verb, "make ... sound" or "make this") or asks for a way to
say something ("a more formal way to say", "how do I say", "¿cómo digo?", "怎么说"), and names a register to
reach with a comparative ("more polite", "höflicher", "nicer"); a language to say it in keeps a translation's
reading ("How do you say thank you more politely in Japanese?").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

UNMARKED_EDITS = [
    # The brief's members
    "What's a more formal way to say gonna",
    "Make this sound more polite - I need the report now",
    "Can you rephrase I am not able to attend tomorrow more professionally",
    "how do i say sorry im late in a nicer way",
    "make i cant come tomorrow sound more professional",
    "Rewrite this more formally I need the report now",
    "Reformula esto de forma más educada necesito el informe ya",
    "¿Cómo digo de forma más formal que no puedo ir mañana?",
    "Formuliere das höflicher ich brauche den Bericht sofort",
    "Reformule de façon plus polie je veux le rapport maintenant",
    "把这句话改得更正式一点 我明天不能来",
    "这句话怎么说更礼貌 我明天不来了",
    # English paraphrases
    "Is there a more polite way to say you're wrong",
    "What's a nicer way to say your work is sloppy",
    "Make it more professional we are not paying the invoice until you fix it",
    "Please reword this to sound friendlier send me the files today",
    "Could you make this less rude - do it now or else",
    # Spanish, German, French
    "¿Cómo puedo decir de forma más educada que llegas tarde?",
    "Haz que suene más profesional no voy a ir mañana",
    "Mach das professioneller ich brauche den Bericht sofort",
    "Wie sage ich höflicher dass ich morgen nicht komme",
    "Comment dire de façon plus polie que je ne viens pas demain",
    # Italian, Portuguese, Russian
    "Riformula in modo più cortese mandami il report subito",
    "Como digo de forma mais educada que não vou amanhã",
    "Как сказать вежливее я не приду завтра",
    # Chinese, Japanese
    "怎么说更委婉 我不想去",
    "帮我改得更礼貌 你马上把报告给我",
    "もっと丁寧な言い方にして 明日行けない",
]

# Near misses: their current decision stands.
GUARDS = [
    ("What's the formal name for a kangaroo's pouch?", "knowledge"),
    ("How do you say hello in French?", "chat"),
    ("What is a more efficient way to sort a list in Python?", "code"),
    ("Is there a faster way to solve x^2 - 5x + 6 = 0?", "math"),
    # Advice on how to act, no text to word: a question of fact as today.
    ("What is a polite way to decline a job offer?", "knowledge"),
    ("What is the most formal way to address a judge?", "knowledge"),
    ("Is there a more polite word for fat?", "knowledge"),
    # A language to say it in: a translation's reading as today.
    ("How do you say thank you more politely in Japanese?", "chat"),
    ("Wie sagt man danke auf Japanisch?", "knowledge"),
    ("日语的谢谢怎么说", "chat"),
    # A register named with no edit asked.
    ("Why are Japanese people more polite?", "knowledge"),
    ("Why do Germans speak more formally than Americans?", "knowledge"),
    ("How do I become more confident at work?", "knowledge"),
    ("How do I make my voice sound more confident?", "knowledge"),
    # Code or a sum beside the edit keeps its task.
    ("Rewrite this function more concisely", "code"),
    ("Rewrite this more formally we need to solve for x in 2x + 3 = 7", "math"),
]


@pytest.mark.parametrize("prompt", UNMARKED_EDITS)
def test_an_edit_of_an_unmarked_text_is_writing(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_near_misses_keep_their_task(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task
