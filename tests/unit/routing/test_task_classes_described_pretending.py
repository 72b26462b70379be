"""Pretending described, not asked for (2026-12-04, roles32).

"Mi hijo finge estar enfermo para no ir a la escuela, ¿qué hago?" was role-play on the 30B-A3B without thinking
(main 5730baf), as was every sentence below: the role-play lexicon reads the verb of pretending ("pretend",
Spanish, Portuguese and Italian "finge", "fingir", "fingere", Chinese 假装, Japanese ふりをして) wherever it stands.
A sentence that tells what someone else pretends (a child, a pet, a coworker, children in general, in the third
person or the past) asks for no role: the verb then follows a subject of its own ("My dog pretends", "Il mio gatto
finge", "为什么小孩子喜欢假装"), or is a form that only tells ("pretended"), or, in Japanese, runs on into the sentence
instead of ending it with a request ("病気のふりをして学校を休みます"). The speaker alone before it asks advice ("Should I
pretend to be sick tomorrow?", "我假装生病请假，..."); "I'll pretend to be a customer" and "let me" still give a role.
"Pretend play" names a kind of play. Each member gets the decision the same text gets with the verb of pretending
replaced by a neutral one ("says he is sick", "seems to be asleep"): the neutral text
and its task, written down before the mend was measured. Some of those neutral decisions are the rules' reading of
a told situation and its question (reasoning), which this class leaves as it is. The neutral verb keeps the text's
number of words where it can ("dice estar enfermo", not "dice que está enfermo"): a short question's tier is read
in words, so one more word moves "Mi hijo ... ¿qué hago?" from the 0.6B to the 4B whatever the verb.

Guards keep role-play where the verb is asked of the assistant: at a clause's start ("Pretend you are a pirate",
"Finge que eres un detective"), after the one spoken to and words of asking ("Can you pretend", "Let's pretend",
"¿Puedes fingir", "你能假装", "请你假装"), or ending a Japanese request ("海賊のふりをしてください"). French "fais semblant"
(the imperative, "faites", "faisons") was read by no lexicon ("Fais semblant d'être un chat." was chat on the
0.6B): it joins the family, and "Mon fils fait semblant d'être malade" (the third person) stays as it was.
German "tu so, als" is read only as the imperative: "Mein Sohn tut so, als wäre er krank" keeps its decision.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

# (text, the same text with a neutral verb, the neutral text's task)
DESCRIBED = [
    # English
    ("My dog pretends to be asleep when I call him, why?", "My dog seems to be asleep when I call him, why?",
     "knowledge"),
    ("Why do kids pretend to be superheroes?", "Why do kids dress up as superheroes?", "knowledge"),
    ("My coworker pretended to be sick yesterday. Should I tell my boss?",
     "My coworker said he was sick yesterday. Should I tell my boss?", "reasoning"),
    ("My son pretends to be sick so he can skip school. What should I do?",
     "My son says he is sick so he can skip school. What should I do?", "knowledge"),
    ("Why does my cat pretend not to hear me when I call her?", "Why does my cat seem not to hear me when I call her?",
     "knowledge"),
    ("Is it normal for a toddler to pretend to be a dog all day?",
     "Is it normal for a toddler to bark like a dog all day?", "knowledge"),
    ("Possums pretend to be dead when they are threatened. How does that work?",
     "Possums appear to be dead when they are threatened. How does that work?", "reasoning"),
    ("Why is pretend play important for toddlers?", "Why is free play important for toddlers?", "knowledge"),
    ("Pretend play ideas for toddlers?", "Free play ideas for toddlers?", "writing"),
    ("My daughter pretends she is a cat at school. Is that normal?",
     "My daughter says she is a cat at school. Is that normal?", "reasoning"),
    # The speaker alone asks advice about pretending
    ("How can I pretend to be sick convincingly?", "How can I look sick convincingly?", "knowledge"),
    ("Should I pretend to be sick tomorrow?", "Should I say I am sick tomorrow?", "knowledge"),
    # Spanish
    ("Mi hijo finge estar enfermo para no ir a la escuela, ¿qué hago?",
     "Mi hijo dice estar enfermo para no ir a la escuela, ¿qué hago?", "knowledge"),
    ("Mi perro finge estar dormido cuando lo llamo, ¿por qué?",
     "Mi perro parece estar dormido cuando lo llamo, ¿por qué?", "knowledge"),
    ("¿Por qué a los niños les gusta fingir que son superhéroes?",
     "¿Por qué a los niños les gusta decir que son superhéroes?", "knowledge"),
    # Italian
    ("Il mio gatto finge di dormire quando lo chiamo, perché?", "Il mio gatto sembra dormire quando lo chiamo, perché?",
     "knowledge"),
    ("Mio figlio finge di stare male per non andare a scuola, cosa devo fare?",
     "Mio figlio dice di stare male per non andare a scuola, cosa devo fare?", "knowledge"),
    ("Perché i bambini amano fingere di essere supereroi?", "Perché i bambini amano dire di essere supereroi?",
     "knowledge"),
    # Portuguese
    ("O meu filho finge estar doente para não ir à escola.", "O meu filho diz que está doente para não ir à escola.",
     "chat"),
    ("Meu cachorro finge que está dormindo quando eu chamo. Por quê?",
     "Meu cachorro parece que está dormindo quando eu chamo. Por quê?", "reasoning"),
    # Chinese
    ("我的狗在我叫它的时候假装睡着，为什么？", "我的狗在我叫它的时候好像睡着了，为什么？", "knowledge"),
    ("为什么小孩子喜欢假装自己是超级英雄？", "为什么小孩子喜欢说自己是超级英雄？", "knowledge"),
    ("我儿子假装生病不去上学，我该怎么办？", "我儿子说自己生病不去上学，我该怎么办？", "knowledge"),
    ("我假装生病请假，老板会发现吗？", "我说自己生病请假，老板会发现吗？", "knowledge"),
    # Japanese
    ("息子が病気のふりをして学校を休みます。どうすればいいですか？", "息子が病気だと言って学校を休みます。どうすればいいですか？",
     "knowledge"),
]

# Read by no role lexicon before, and still not role-play (their decisions on main 5730baf).
UNREAD = [
    ("Mon fils fait semblant d'être malade, que faire ?", "knowledge"),
    ("Mein Sohn tut so, als wäre er krank. Was soll ich tun?", "knowledge"),
]

# Asked of the assistant: role-play.
ASKED = [
    "Pretend you are a pirate and tell me about your ship.",
    "Let's pretend we are on Mars.",
    "Can you pretend to be my grandmother and tell me a bedtime story?",
    "I want you to pretend you are a barista in Paris.",
    "Please pretend to be a tour guide in Rome.",
    "Now pretend you're a dragon and greet me.",
    "Keep pretending you're the captain of this ship.",
    "Pretend my dog can talk. What would he say to me?",
    "I'll pretend to be a customer and you are the shopkeeper.",
    "Let me pretend to be your customer.",
    "Finge que eres un detective y resuelve este caso.",
    "Finge que eres mi jefe y hazme una entrevista de trabajo.",
    "¿Puedes fingir que eres mi abuela?",
    "Finja que você é meu chefe e me entreviste.",
    "Puoi fingere di essere un cameriere?",
    "Fais semblant d'être un chat.",
    "Faites semblant d'être des touristes perdus et demandez-moi votre chemin.",
    "Faisons semblant d'être au restaurant, tu es le serveur.",
    "假装你是一个海盗，给我讲讲你的船。",
    "请你假装是我的老师。",
    "你能假装是我的老师吗？",
    "我们假装在火星上。",
    "我扮演顾客，你扮演店员。",
    "海賊のふりをしてください。",
]


@pytest.mark.parametrize("text,neutral,task", DESCRIBED)
def test_described_pretending_is_decided_as_with_a_neutral_verb(policy, views, text, neutral, task):
    d, plain = decide(policy, views, text), decide(policy, views, neutral)
    assert plain.task == task, plain
    assert (d.model, d.thinking, d.task) == (plain.model, plain.thinking, plain.task), (d, plain)


@pytest.mark.parametrize("text,task", UNREAD)
def test_pretending_no_lexicon_reads_keeps_its_decision(policy, views, text, task):
    assert decide(policy, views, text).task == task


@pytest.mark.parametrize("text", ASKED)
def test_pretending_asked_of_the_assistant_is_a_role(policy, views, text):
    assert decide(policy, views, text).task == "roleplay"
