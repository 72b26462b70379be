"""A reply to a given message is writing (2026-12-04, reply32).

A request to reply to, respond to, answer or write back to a message it gives (an email, a text, a comment, a
review, a complaint, a letter, a tweet, a post, a DM, an inquiry), after a colon or in quotes, asks for a text:
writing, no thinking, the decision "Respond to this email: Hi, can we move our meeting to Friday?" gets on main
7116331 (qwen3-4b, writing, no thinking; expectation written before measuring). On that commit the given
message's own question was read as the user's ("Answer this message from my boss: Can you work this weekend?",
"Responde a este correo: ¿Podemos ...?", "回复这封邮件：我们能...吗？": knowledge on the 0.6B) or its words as
small talk ("Reply to this customer complaint politely: My order arrived broken.": chat).
The reply is read in the request's head, before the message (`edits`): a verb of replying and a word for a
message; "Answer this question: ..." names a question, not a message, and keeps its task.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

REPLIES = [
    # English
    "Respond to this email: Hi, can we move our meeting to Friday?",
    "Write a reply to this review: The food was cold.",
    "Reply to this customer complaint politely: My order arrived broken.",
    "Answer this message from my boss: Can you work this weekend?",
    "Reply to this text from my friend: are you coming to the party tonight?",
    "Write a response to this comment: This is the worst tutorial I have ever seen.",
    "Help me write back to this letter: Dear Sam, we have not heard from you in months.",
    "Draft a reply to this customer inquiry: Do you ship to Canada and how long does it take?",
    "Reply to this tweet: Just tried the new update and everything is broken again.",
    "How should I reply to this DM: hey, are you still selling the bike?",
    "Respond to \"Can you send me the report by tomorrow?\" from my manager's email.",
    "Write a polite response to this message: Why haven't you paid the invoice yet?",
    "Answer this post: Has anyone else had trouble logging in today?",
    # Spanish
    "Responde a este correo: ¿Podemos mover la reunión al viernes?",
    "Escribe una respuesta a este mensaje: ¿Vienes a la cena del sábado?",
    "Contesta a esta reseña: La comida llegó fría y tarde.",
    # French
    "Réponds à cet e-mail : Pouvons-nous déplacer la réunion à vendredi ?",
    "Rédige une réponse à ce message : Tu viens à la fête samedi soir ?",
    "Réponds à ce commentaire : Ce produit ne marche pas du tout.",
    # German
    "Antworte auf diese E-Mail: Können wir das Meeting auf Freitag verschieben?",
    "Schreib eine Antwort auf diese Nachricht: Kommst du heute Abend zum Essen?",
    "Beantworte diese Beschwerde höflich: Meine Bestellung kam kaputt an.",
    # Italian, Portuguese
    "Rispondi a questa email: Possiamo spostare la riunione a venerdì?",
    "Scrivi una risposta a questa recensione: Il cibo era freddo.",
    "Responda a este e-mail: Podemos mudar a reunião para sexta-feira?",
    # Russian
    "Ответь на это письмо: Можем ли мы перенести встречу на пятницу?",
    # Chinese
    "回复这封邮件：我们能把会议改到周五吗？",
    "帮我回复这条评论：这个产品质量太差了，我要退货。",
    # Japanese
    "このメールに返信してください：会議を金曜日に変更できますか？",
    "このメッセージへの返事を書いて：明日のランチ、一緒に行ける？",
]

# Near misses: their current decision stands.
GUARDS = [
    ("Answer this question: what is the capital of France?", "knowledge"),
    ("Answer the following: 2 + 2 = ?", "math"),
    ("How should I respond to criticism at work?", "knowledge"),
    ("Reply with yes or no: is the earth round?", "knowledge"),
    ("Summarize this email: Hi team, the launch is delayed to March because QA found bugs.", "extraction"),
    ("Translate this email into French: Hi, can we move our meeting to Friday?", "extraction"),
    ("Is this email spam? You won a free iPhone, click here to claim.", "writing"),
    ("Responde a esta pregunta: ¿cuál es la capital de Francia?", "knowledge"),
    ("Answer this riddle: what has keys but can't open locks?", "reasoning"),
    ("Reply to this email in Python code: def send(): pass", "code"),
    # A message named as the source of an answer, or a task on it that is no reply.
    ("Answer based on the following text: The Nile is the longest river in Africa and flows north into the "
     "Mediterranean Sea. Which sea does it flow into?", "reasoning"),
    ("Answer using this text: The Nile is the longest river in Africa. How long is it?", "reasoning"),
    ("Answer the questions about this text: The Nile is the longest river in Africa.", "extraction"),
    ("Respond only with the category of this message: Your package has shipped.", "chat"),
    ("Respond in JSON with the sender of this email: From: bob@example.com Hi there", "extraction"),
    ("Answer with the main point of this post: I think remote work is better for focus but worse for teamwork.",
     "extraction"),
    ("Classify the sentiment of this review: The food was cold and the waiter was rude.", "extraction"),
    ("Responde basándote en este texto: El Nilo es el río más largo de África. ¿Hacia qué mar fluye?",
     "reasoning"),
    ("Réponds à la question selon ce texte : Le Nil est le plus long fleuve d'Afrique.", "extraction"),
    ("Reply in French: How are you today my friend?", "chat"),
]


@pytest.mark.parametrize("prompt", REPLIES)
def test_a_reply_to_a_given_message_is_writing(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_near_misses_keep_their_task(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task
