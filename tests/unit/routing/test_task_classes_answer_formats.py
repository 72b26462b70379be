"""A clause that only sets the answer's format, before or after the request (2026-12-04, format32).

"Solve 3x + 7 = 22. Return the answer in JSON." was extraction on the 1.7B without thinking on main 7116331, "Answer
in JSON: what are the three primary colors?" and "What are the benefits of exercise? Use bullet points." extraction:
JSON and bullet points are words of the extraction family (a text's data put into a structure), and a clause that
asks for the answer in JSON, in bullet points, in a table or in markdown read as the task. Applications and agent
frameworks add such a clause to every kind of request; the request keeps its own task, in every language.
Guards keep their decision: a text given to put into a structure ("Convert this CSV to JSON: ...", "Extract the
names as JSON: ...", "Turn these notes into bullet points: ...", "Summarize in bullet points: ..."), a question
about JSON, code asked with a format clause.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

# (request with a format clause, the same request without it): both get the same task and thinking.
PAIRS = [
    ("Return the answer as a JSON object: what is the capital of France?", "What is the capital of France?"),
    ("Answer in JSON: what are the three primary colors?", "What are the three primary colors?"),
    ("Respond in bullet points: what are the benefits of exercise?", "What are the benefits of exercise?"),
    ("What is the capital of France? Respond in JSON.", "What is the capital of France?"),
    ("What are the benefits of exercise? Use bullet points.", "What are the benefits of exercise?"),
    ("Give the answer in JSON: what is 15 times 4?", "What is 15 times 4?"),
    ("Output JSON only. Question: who wrote Hamlet?", "Who wrote Hamlet?"),
    ("Solve 3x + 7 = 22. Return the answer in JSON.", "Solve 3x + 7 = 22."),
    ("Solve 3x + 7 = 22. Format your answer as JSON.", "Solve 3x + 7 = 22."),
    ("Please answer in bullet points: why is the sky blue?", "Why is the sky blue?"),
    ("Prove that the square root of 2 is irrational. Answer in markdown.", "Prove that the square root of 2 is irrational."),
    ("Write a haiku about autumn. Respond in JSON with a key named poem.", "Write a haiku about autumn."),
    ("Responde en formato JSON: ¿cuál es la capital de Francia?", "¿Cuál es la capital de Francia?"),
    ("Réponds en JSON : quelle est la capitale de la France ?", "Quelle est la capitale de la France ?"),
    ("Antworte im JSON-Format: Was ist die Hauptstadt von Frankreich?", "Was ist die Hauptstadt von Frankreich?"),
    ("Responda em JSON: qual é a capital da França?", "Qual é a capital da França?"),
    ("Rispondi in formato JSON: qual è la capitale della Francia?", "Qual è la capitale della Francia?"),
    ("Ответь в формате JSON: какая столица Франции?", "Какая столица Франции?"),
    ("用JSON格式回答：法国的首都是哪里？", "法国的首都是哪里？"),
    ("JSON形式で答えて：フランスの首都は？", "フランスの首都は？"),
]

# (prompt, task on main 7116331): each keeps it.
GUARDS = [
    ("Convert this CSV to JSON: name,age Bob,3", "extraction"),
    ("Extract the names as JSON: Alice met Bob and Carol.", "extraction"),
    ("Turn these notes into bullet points: meeting moved, budget approved.", "extraction"),
    ("Summarize in bullet points: The economy grew 2% this year and jobs rose.", "extraction"),
    ("What is JSON?", "knowledge"),
    ('Parse this JSON: {"a": 1}', "extraction"),
    ("Write a Python function that reverses a string. Respond in markdown.", "code"),
    ("List three fruits in JSON.", "extraction"),
    ("Classify the sentiment of this review as JSON: The food was cold.", "extraction"),
    ("Identify the countries and their capitals in the following sentences. Output in JSON format.\n"
     "a) Copenhagen, Denmark's capital, is lovely.\nb) Lisbon, in Portugal, is sunny.", "extraction"),
]


@pytest.mark.parametrize("prompt,alone", PAIRS)
def test_a_format_clause_leaves_the_request_its_task(policy, views, prompt, alone):
    d, a = decide(policy, views, prompt), decide(policy, views, alone)
    assert (d.task, d.thinking) == (a.task, a.thinking), (d, a)
    assert d.task != "extraction", d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
