"""A question to a character after its role (2026-12-04, roles32).

Since stop 25's preamble mend (roles31) a role followed by one question is a hint of style and the question's own
task decides ("You are a world-class historian. When did the Roman Empire fall?" is knowledge). That holds for an
expert, a professional or a helper, whom the user consults about the world; it does not hold for a character: a
fictional or historical figure, a creature, a persona placed in a setting ("You are a medieval innkeeper. What's on
the menu tonight?" was knowledge on the 4B on main 5730baf, as was every member below). A question to a character
asks about its story's world, which exists only in the role-play: role-play on the 30B-A3B, as a named character's
question already was ("You are Sherlock Holmes. Who stole the necklace?"). Two marks tell it, either enough: the
role's sentence names a character or a setting (a pirate, a dragon, an innkeeper, a knight, medieval, ...), or the
question points into the scene (here, tonight, aquí, ce soir, 这里, ...).

Guards keep the question's task after a profession or a helper and no word of the scene ("You are a history
teacher. When did World War II end?" is knowledge, "You are a chef. How long should I boil an egg?" too), an expert
whose field a character word names ("You are an expert in medieval history.", "a fantasy author"), a concrete
task after any role (a sum, code, a translation), and a generic preamble before a question about tonight (it is no
role at all); test_task_classes_role_preambles.py holds the rest.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

CHARACTER_QUESTIONS = [
    # English
    "You are a medieval innkeeper. What's on the menu tonight?",
    "You are a pirate captain. Where is the treasure buried?",
    "You're a dragon guarding a hoard. What's the most precious thing here?",
    "You are a wizard living in a tall tower. Which spell is the most dangerous?",
    "You are a knight of the Round Table. Who is the bravest knight at court?",
    "You are a tavern keeper in a fantasy village. Any rumors going around?",
    "You are a ship's cook. What's for dinner tonight?",
    # Spanish
    "Eres un pirata. ¿Dónde está el tesoro?",
    "Eres un posadero medieval. ¿Qué hay de cenar esta noche?",
    "Eres un dragón que guarda un tesoro. ¿Qué es lo más valioso que hay aquí?",
    # French
    "Tu es un aubergiste médiéval. Qu'y a-t-il au menu ce soir ?",
    "Tu es un pirate. Où est caché le trésor ?",
    "Tu es un chevalier de la Table ronde. Qui est le plus brave à la cour ?",
    # German
    "Du bist ein Wirt im Mittelalter. Was gibt es heute zu essen?",
    "Du bist ein Pirat. Wo ist der Schatz vergraben?",
    "Du bist ein Drache, der einen Schatz bewacht. Was ist das Wertvollste hier?",
    # Italian, Portuguese
    "Sei un pirata. Dov'è sepolto il tesoro?",
    "Você é um pirata. Onde está o tesouro?",
    # Chinese
    "你是一个海盗。宝藏埋在哪里？",
    "你是一位中世纪的旅店老板。今晚有什么吃的？",
]

# Role-play before this mend, and still.
ALREADY = [
    "You are Sherlock Holmes. Who stole the necklace?",
    "Act as a pirate captain. Where is the treasure buried?",
    "You are a knight. Who is your king?",
]

# A profession or a helper, then a question or a concrete task: the request's own task.
KEEP = [
    ("You are a senior Python developer. Write a function that reverses a list.", "code"),
    ("You are a history teacher. When did World War II end?", "knowledge"),
    ("You are a math tutor. Solve 3x + 7 = 22.", "math"),
    ("You are a helpful assistant. What's on the menu tonight?", "knowledge"),
    ("You are a chef. How long should I boil an egg?", "knowledge"),
    ("You are a doctor. What causes migraines?", "knowledge"),
    ("You are a travel agent. What is the capital of Peru?", "knowledge"),
    ("Eres un profesor de historia. ¿Cuándo terminó la Segunda Guerra Mundial?", "knowledge"),
    ("Tu es un professeur d'histoire. En quelle année la Seconde Guerre mondiale s'est-elle terminée ?", "knowledge"),
    ("Du bist ein Geschichtslehrer. Wann endete der Zweite Weltkrieg?", "knowledge"),
    # An expert whose field a character word names
    ("You are an expert in medieval history. When did the Battle of Hastings take place?", "knowledge"),
    ("You are a fantasy author. What makes a good villain?", "knowledge"),
    ("Eres un historiador especializado en piratas. ¿Quién fue Barbanegra?", "knowledge"),
    ("Du bist ein Mittelalterhistoriker. Wann wurde die Wartburg gebaut?", "knowledge"),
    ("你是一位中世纪历史专家。诺曼征服发生在哪一年？", "knowledge"),
    ("You are a pirate captain. What is 17 * 23?", "math"),
    ("Eres un pirata. Traduce al inglés: ¿dónde está el tesoro?", "extraction"),
]


@pytest.mark.parametrize("text", CHARACTER_QUESTIONS + ALREADY)
def test_a_question_to_a_character_is_roleplay(policy, views, text):
    assert decide(policy, views, text).task == "roleplay"


@pytest.mark.parametrize("text,task", KEEP)
def test_a_question_to_a_profession_keeps_its_task(policy, views, text, task):
    assert decide(policy, views, text).task == task
