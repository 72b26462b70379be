"""Editing a given text is writing (2026-12-03, edit31).

A request to rewrite, rephrase, paraphrase or proofread a text, to fix its grammar, spelling or punctuation,
or to make it more formal, casual, polite or concise, with the text given after a colon or in quotes, asks
for a text in its new form: writing, no thinking, like "Write a cover letter ..." (Qwen3's guidance: no
thinking for general writing). On main de8daac most of the members below read as small talk on the 0.6B
("Rewrite this sentence to be more formal: hey guys, ...", "Fix the grammar: Me and him goes ...") or as
extraction ("Proofread this: ...", "Polish this paragraph: ...", `_introduces_material`'s colon).
The edit is read in the request's head, before its text (`edits`); code, a program, math markup or a sum
asked keep their task ("Fix the bug: def ...", "Rewrite this function in Rust: ...", "Correct the
calculation: 2+2=5"), and a summary stays extraction.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

EDITS = [
    # English
    "Rewrite this sentence to be more formal: hey guys, the thing is broken again.",
    "Fix the grammar: Me and him goes to the store yesterday.",
    "Rephrase this: I can't come to the meeting because I'm sick.",
    "Paraphrase the following sentence: The early bird catches the worm.",
    "Proofread this: Their going too the park tomorow.",
    "Fix the spelling: I recieved the pakage yesterday.",
    "Fix the punctuation: lets eat grandma",
    "Make this more casual: We regret to inform you that your application has been declined.",
    "Make this more concise: In my personal opinion, I think that we should probably consider the option.",
    "Shorten this sentence: Due to the fact that it was raining, we decided to stay inside the house.",
    "Polish this paragraph: our product is good and people like it and it is cheap.",
    "Improve the wording: The results was not so good but we did our best.",
    "Change the tone to be friendlier: Submit the report by Friday.",
    "Can you make \"we need the files asap\" sound more polite?",
    "Rewrite \"the meeting got moved\" in a professional tone.",
    "Correct the grammar in this sentence: She don't like apples.",
    "Please reword this so it sounds less rude: Do it now or you're fired.",
    "Check my spelling and grammar:\nI has been working hear for two year and I like it alot.",
    "Change the following to passive voice: The cat ate the mouse.",
    "Change this to the past tense: She walks to school and buys a coffee.",
    # German
    "Formuliere diesen Satz höflicher um: Gib mir sofort die Unterlagen.",
    "Korrigiere die Grammatik: Ich habe gestern in die Schule gegangen.",
    "Setze den Satz ins Passiv: Der Hund beißt den Mann.",
    "Schreib diesen Satz formeller: hey leute, das ding ist wieder kaputt.",
    "Kannst du die Rechtschreibung prüfen: Ich habe das Packet gestern bekomen.",
    # French
    "Reformule cette phrase de manière plus formelle : salut, le truc est encore cassé.",
    "Corrige les fautes : Je suis allé a l'école hier et j'ai mangé des pomme.",
    "Paraphrase ce texte : Le chat dort sur le canapé toute la journée.",
    # Spanish
    "Reescribe esta frase de forma más formal: oye, la cosa está rota otra vez.",
    "Corrige la gramática: Yo no sabo nada de eso.",
    "Cambia esta frase a la voz pasiva: El perro mordió al hombre.",
    "Haz este mensaje más educado: Mándame el informe ya.",
    # Italian, Portuguese
    "Riformula questa frase in modo più formale: ciao ragazzi, la cosa è rotta di nuovo.",
    "Reescreva esta frase de forma mais formal: oi gente, a coisa quebrou de novo.",
    "Corrija a ortografia: Eu fui na escola ontem e comi maçans.",
    # Russian
    "Перефразируй это предложение: Я не могу прийти сегодня.",
    "Исправь ошибки: Я вчера ходил в магазин и купил хлеп.",
    # Chinese
    "润色这段话：我们的产品很好，大家都喜欢。",
    "改写这句话，使其更正式：嘿，东西又坏了。",
    "修改语法错误：我昨天去了学校和吃了饭在家。",
    # Japanese
    "この文をもっと丁寧に書き直して：明日来い。",
    "この文章を添削してください：私は昨日学校に行くました。",
]

# Near misses: their current decision stands.
GUARDS = [
    ("Fix the bug: def add(a, b): return a - b", "code"),
    ("Rewrite this function in Rust: def add(a, b): return a + b", "code"),
    ("Summarize this: The city council met on Tuesday to discuss the new park. Residents voiced concerns about "
     "parking and noise.", "extraction"),
    ("Correct the calculation: 2+2=5", "math"),
    ("Rewrite the equation 2x + 4 = 10 in slope form and solve it.", "math"),
    ("Write a cover letter for a junior accountant position.", "writing"),
    ("Draft a polite email asking my landlord to fix the heating.", "writing"),
    ("Translate into French: The meeting has been moved to Monday.", "extraction"),
    ("Korrigiere den Fehler in diesem Code: for i in range(10) print(i)", "code"),
    ("修复这个bug：def add(a, b): return a - b", "code"),
    ("Rewrite this proof more clearly: Suppose sqrt 2 is rational, then p/q ...", "reasoning"),
    ("Rewrite as a fraction: 0.75", "math"),
    ("Shorten this URL: https://example.com/a/very/long/path", "chat"),
    ("Translate into Polish: Good morning, how are you today?", "extraction"),
    ("Summarize and shorten: The city council met on Tuesday to discuss the new park. Residents voiced concerns.",
     "extraction"),
    ("Which is more formal: 'Dear Sir' or 'Hi there'?", "knowledge"),
    ("Explain the grammar of this sentence: The horse raced past the barn fell.", "knowledge"),
    ("Fix the errors in my SQL: SELECT * FORM users WHERE id = 1", "code"),
]


@pytest.mark.parametrize("prompt", EDITS)
def test_an_edit_of_a_given_text_is_writing(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_near_misses_keep_their_task(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task
