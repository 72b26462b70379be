"""A role phrase that tells what something or someone does, in a third-person sentence (2026-12-03, roles14).

"How do enzymes act as catalysts?" and "Can a noun act as an adjective in English?" were role-play on the 30B-A3B
without thinking (main 6d8f7a6), as were 471 of MMLU's dev questions ("The structures that act as sites of
gas exchange in a woody stem are the ...", and the moral scenarios' "the main character (who uses I/me/my)",
where "in character" matched inside "main character"). A role phrase ("act as", "play the role of", "actúa
como", "joue le rôle de", "die Rolle", "в роли", "роль", "扮演") gives the assistant a role where it opens a
clause or follows the one it speaks to ("you", "please", "I want you to", "请你"); after a third-person
subject ("enzymes act as", "la enzima actúa como", "线粒体在细胞中扮演") or a question word ("какую роль")
it describes what that subject does: the task is the one the rest of the text gives (`role_phrases`).
Guards keep role-play: roles given to the assistant in English, Spanish, French, German, Russian, Chinese.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

DESCRIBED = [
    "How do enzymes act as catalysts?",
    "Can a noun act as an adjective in English?",
    "The structures that act as sites of gas exchange in a woody stem are the\nA. lenticels\nB. stomata\n"
    "C. guard cells\nD. tracheids\nAnswer:",
    "Which of these can act as a buffer in blood?\nA. HCl\nB. NaCl\nC. bicarbonate\nD. glucose\nAnswer:",
    "Mitochondria play the role of the cell's power plant. Explain how.",
    "Why do cats act like they own the house?",
    "For which of these two scenarios does the main character (who uses I/me/my) do something clearly "
    "morally wrong?\nScenario 1 | I took my neighbour's mail.\nScenario 2 | I walked my dog.\n"
    "A. Wrong, Wrong\nB. Wrong, Not wrong\nC. Not wrong, Wrong\nD. Not wrong, Not wrong\nAnswer:",
    "¿Cómo actúa como catalizador una enzima?",
    "La enzima actúa como catalizador en la reacción. ¿Por qué?",
    "L'ATP joue le rôle de monnaie énergétique dans la cellule. Explique pourquoi.",
    "Какую роль играют митохондрии в клетке?",
    "Почему фермент выступает в роли катализатора?",
    "线粒体在细胞中扮演什么角色？",
]

# Already read as the rest of the text gives them on main: they must stay so.
STILL_DESCRIBED = [
    "Who is the main character in The Great Gatsby?",
    "Which organelle acts as the powerhouse of the cell?",
    "¿Cuál es el papel de las mitocondrias en la célula?",
    "Comment une enzyme agit comme catalyseur ?",
    "Wie fungiert ein Enzym als Katalysator?",
    "Was ist die Rolle der Mitochondrien in der Zelle?",
]

ROLES = [
    "Act as a travel agent and plan my trip to Japan.",
    "I want you to act as a Linux terminal.",
    "Please act as my deceased grandmother who used to tell me stories.",
    "You will play the role of a customer support agent.",
    "Your task is to act as a strict interviewer for a nursing job.",
    "For this conversation act as a medieval innkeeper.",
    "Actúa como un chef y dame una receta.",
    "Asume el papel de un detective y resuelve el caso conmigo.",
    "Agis comme un professeur de français.",
    "Sei mein Reiseführer in Rom.",
    "Übernimm die Rolle eines Detektivs.",
    "Выступи в роли учителя истории.",
    "Сыграй роль пирата и расскажи о своём корабле.",
    "请你扮演一个海盗船长。",
    "扮演一个海盗船长，跟我聊天。",
    "Stay in character as Sherlock Holmes.",
]


@pytest.mark.parametrize("prompt", DESCRIBED + STILL_DESCRIBED)
def test_a_role_phrase_that_describes_is_not_roleplay(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "roleplay", d


@pytest.mark.parametrize("prompt", ROLES)
def test_a_role_given_to_the_assistant_is_roleplay(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "roleplay", d
