"""A role preamble before a request (2026-12-03, roles31).

Many clients put a generic assistant preamble into the user's message ("You are a helpful assistant. What is the
boiling point of water?"): on main (de8daac) every such request was role-play on the 30B-A3B without thinking, a sum
("You are a helpful assistant. Solve 3x + 7 = 22.") included, in English, German, Chinese, Spanish and the rest. The
preamble sets no role: the request gets the decision it gets without it (model, thinking, task).
An expert role before a concrete, checkable task ("You are a math tutor. Solve 3x + 7 = 22 and explain each step.",
"As an experienced lawyer, explain the difference between a will and a trust.") was role-play as well: the task
after the role wins where it is a sum, code (a review too), a translation, an extraction or a summary, or a
question of fact or an explanation (a named proof too); the role is then a hint of style. "You are <a named person>." followed by
talk as them ("You are Elon Musk. Talk about why we should go to Mars.") is role-play (chat on the 0.6B on main).
Guards keep role-play where the role is the task: a greeting, a story or an opinion asked of the role, a request
that speaks to the role ("Greet your crew", "Tell me about your worst storm"), roles given by "pretend",
"imagine", "act as", "embrace the role", and personas given standing duties.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_chat
from gateway.thinking import ThinkingIntent

from .decisions import decide

SUMMARY_TEXT = ("The meeting was moved to Friday because the room was booked, and the budget review will now take "
                "place next week after the auditors send their report.")

# (preamble, request): the request alone and after the preamble get the same decision.
GENERIC = [
    ("You are a helpful assistant.", "What is the boiling point of water?"),
    ("You are an AI assistant.", "Summarize: " + SUMMARY_TEXT),
    ("You are a helpful assistant.", "Solve 3x + 7 = 22."),
    ("You are a helpful assistant.", "Write a Python function that reverses a string."),
    ("You are a friendly and helpful AI assistant.", "Translate into German: The weather is nice today."),
    ("You're a helpful assistant.", "Who wrote Hamlet?"),
    ("You are a helpful, honest and harmless assistant.", "Why is the sky blue?"),
    ("You are Qwen, created by Alibaba Cloud. You are a helpful assistant.", "What is the capital of Japan?"),
    ("You are a helpful assistant.\n", "Hello! How are you?"),
    ("You are ChatGPT, a large language model trained by OpenAI.", "What is 17 * 23?"),
    ("Du bist ein hilfreicher Assistent.", "Was ist die Hauptstadt von Frankreich?"),
    ("Du bist ein hilfreicher KI-Assistent.", "Löse die Gleichung 3x + 7 = 22."),
    ("Tu es un assistant utile.", "Quelle est la capitale de l'Italie ?"),
    ("Vous êtes un assistant IA serviable.", "Résumez ce texte : " + SUMMARY_TEXT),
    ("Eres un asistente útil.", "¿Cuál es la capital de Francia?"),
    ("Eres un asistente de IA útil.", "Resuelve 3x + 7 = 22."),
    ("你是一个有用的助手。", "法国的首都是哪里？"),
    ("你是一个乐于助人的AI助手。", "解方程 3x+7=22。"),
    ("Ты полезный ассистент.", "Какая столица Франции?"),
    ("Sei un assistente utile.", "Qual è la capitale della Francia?"),
    ("Você é um assistente útil.", "Qual é a capital da França?"),
]

# An expert role, then a concrete task: the task wins.
EXPERT = [
    ("You are a math tutor. Solve 3x + 7 = 22 and explain each step.", "math"),
    ("Tu es un professeur de mathématiques. Résous 3x + 7 = 22.", "math"),
    ("Du bist ein Mathelehrer. Löse die Gleichung 2x - 4 = 10.", "math"),
    ("Eres un profesor de matemáticas. Resuelve 3x + 7 = 22.", "math"),
    ("你是一位数学老师。请解方程 3x+7=22。", "math"),
    ("Ты — учитель математики. Реши уравнение 3x + 7 = 22.", "math"),
    ("あなたは数学の先生です。3x + 7 = 22 を解いてください。", "math"),
    ("You are a math tutor. Can you solve 3x + 7 = 22?", "math"),
    ("You are a mathematician. Prove that the square root of 2 is irrational.", "reasoning"),
    ("You are a senior software engineer. Review this code: def f(x): return x*2", "code"),
    ("Du bist ein erfahrener Entwickler. Schreibe eine Python-Funktion, die eine Liste umkehrt.", "code"),
    ("You are a professional translator. Translate into French: Good morning.", "extraction"),
    ("Eres un traductor profesional. Traduce al inglés: Buenos días a todos.", "extraction"),
    ("Tu es un traducteur professionnel. Traduis en anglais : Bonjour tout le monde.", "extraction"),
    ("You are an expert editor. Summarize this paragraph in one sentence: " + SUMMARY_TEXT, "extraction"),
    ("You are a world-class historian. When did the Roman Empire fall?", "knowledge"),
    ("Du bist ein Historiker. Wann fiel das Römische Reich?", "knowledge"),
    ("Eres un historiador. ¿Cuándo cayó el Imperio romano?", "knowledge"),
    ("你是一位历史学家。罗马帝国是什么时候灭亡的？", "knowledge"),
    ("You are a chemistry professor. What is the chemical formula of table salt?", "knowledge"),
    ("As an experienced lawyer, explain the difference between a will and a trust.", "knowledge"),
    ("Como abogado experto, explica la diferencia entre un testamento y un fideicomiso.", "knowledge"),
]

# Role-play: the role is the task.
ROLEPLAY = [
    "You are Elon Musk. Talk about why we should go to Mars.",
    "You are Sherlock Holmes. Tell me what you deduce about me.",
    "Du bist Albert Einstein. Erzähl mir von deiner Jugend.",
    "Eres Don Quijote. Háblame de Dulcinea.",
    "Tu es Napoléon Bonaparte. Parle-moi de la campagne de Russie.",
]

GUARDS = [
    "Imagine you are a pirate captain. Greet your crew.",
    "Pretend to be Sherlock Holmes and describe me.",
    "You are a pirate captain. Greet your crew.",
    "You are a grumpy ship captain. Tell me about your worst storm.",
    "Du bist ein Pirat. Begrüße deine Mannschaft.",
    "Tu es un chevalier médiéval. Raconte-moi ta dernière bataille.",
    "Eres un detective privado. Cuéntame tu caso más difícil.",
    "你是一个海盗船长。跟你的船员打个招呼。",
    "As a pirate captain, what would you say to your crew to motivate them?",
    "As a pirate captain, explain how you would split the treasure.",
    "You are a helpful assistant. You are a pirate captain. Greet your crew.",
    "You are a Dungeon Master. The party enters a dark cave. What happens next?",
    "You are a medieval innkeeper. What is on the menu tonight, and who are your strangest guests?",
    "Pretend yourself to be Elon Musk in all the following conversations. Speak like Elon Musk as much as "
    "possible. Why do we need to go to Mars?",
    "Embrace the role of Sheldon from The Big Bang Theory. What is your opinion on hand dryers?",
    "Imagine yourself as a doctor tasked with devising innovative remedies for various ailments. Diagnose a case "
    "of intense abdominal pain.",
    "Act as a math teacher. I will give you equations and concepts, and you will explain them in easy terms.",
    "You are a travel agent. Your job is to plan trips for your clients and answer their questions in character.",
]


@pytest.mark.parametrize("preamble,request_text", GENERIC)
def test_a_generic_preamble_is_ignored(policy, views, preamble, request_text):
    alone = decide(policy, views, request_text)
    d = decide(policy, views, preamble + ("" if preamble.endswith(("。", "\n")) else " ") + request_text)
    assert (d.model, d.thinking, d.task) == (alone.model, alone.thinking, alone.task), (d, alone)


@pytest.mark.parametrize("prompt,task", EXPERT)
def test_the_task_after_an_expert_role_wins(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
    assert d.thinking == (task in ("math", "code", "reasoning")), d


@pytest.mark.parametrize("prompt", ROLEPLAY + GUARDS)
def test_a_role_that_is_the_task_stays_roleplay(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "roleplay", d


# The same requests in a chat body: a role in the system message, a preamble in the user's message.
CHATS = [
    ([("system", "You are a math tutor."), ("user", "Solve 3x+7=22.")], "math"),
    ([("system", "You are a helpful assistant."), ("user", "You are a math tutor. Solve 3x+7=22.")], "math"),
    ([("user", "You are a helpful assistant. What is the boiling point of water?")], "knowledge"),
    ([("system", "You are a helpful assistant."), ("user", "Du bist ein hilfreicher Assistent. Löse 3x + 7 = 22.")], "math"),
    ([("user", "You are a math tutor."), ("assistant", "Sure, what shall we work on?"), ("user", "Solve 3x+7=22.")], "math"),
    ([("user", "You are a pirate captain. Greet your crew.")], "roleplay"),
]


@pytest.mark.parametrize("messages,task", CHATS)
def test_a_role_in_a_chat_body(policy, views, messages, task):
    body = {"messages": [{"role": role, "content": text} for role, text in messages]}
    d = policy.decide(route_request_from_chat(body, ThinkingIntent(), "balanced"), views)
    assert d.task == task, d
    assert d.thinking == (task == "math"), d


def test_a_generic_preamble_alone_in_a_chat_body_is_the_prompt_s_decision(policy, views):
    text = "You are a helpful assistant. Who wrote Hamlet?"
    body = {"messages": [{"role": "user", "content": text}]}
    d = policy.decide(route_request_from_chat(body, ThinkingIntent(), "balanced"), views)
    alone = decide(policy, views, "Who wrote Hamlet?")
    assert (d.model, d.thinking, d.task) == (alone.model, alone.thinking, alone.task), (d, alone)
