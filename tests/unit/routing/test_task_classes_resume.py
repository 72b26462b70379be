"""A resume in English: a CV, or going on, not a summary (2026-12-04, resume32).

"Rewrite my resume to sound more professional", "Write a resume for a software engineer." and "How long should a
resume be?" were extraction on the 1.7B on main 5fa08a4: the stems "resum" and "résum" ask for a summary in
Spanish, Portuguese and French ("Resume este texto", "Résume ce texte", "Resuma o artigo"), and an English
"resume" or "résumé" began with them. In an English text the word is a CV or going on with something.
Guards keep their decision: a summary asked in Spanish, French or Portuguese with those very words, and a
summary of a resume asked in English. Left: "Help me write a resume summary" (a CV's section) is still a summary.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

# (prompt, the task expected): writing where a resume is to be written or reworded, else not a summary.
WRITTEN = [
    "Write a resume for a software engineer.",
    "Write me a resume for a barista job.",
    "Can you write my resume? I worked 5 years as a nurse.",
    "Rewrite my resume to sound more professional",
    "Draft a résumé for a recent graduate in biology.",
    "Help me write a resume for a data analyst job.",
    "Write a one-page resume for a teacher with 10 years of experience.",
]
NOT_SUMMARIES = [
    "How long should a resume be?",
    "What should I put on my resume?",
    "Is it OK to leave my GPA off my resume?",
    "Should my résumé include a photo?",
    "Can you improve my resume?",
    "Resume the story where we left off.",
    "Let's resume our conversation about dogs.",
    "How do I explain a gap in my resume?",
]

# (prompt, task on main 5fa08a4): each keeps it.
GUARDS = [
    ("Resume este texto: El gato duerme en el sofá todo el día.", "extraction"),
    ("Resume el siguiente artículo en tres frases: La economía creció un 2% este año.", "extraction"),
    ("Résume ce texte : Le chat dort sur le canapé toute la journée.", "extraction"),
    ("Fais un résumé de ce texte : Le chat dort sur le canapé.", "extraction"),
    ("Resuma o artigo: O gato dorme no sofá o dia todo.", "extraction"),
    ("Summarize this resume: John Doe, 5 years as a nurse, BSc in nursing.", "extraction"),
    ("Give me a summary of my resume: John Doe, 5 years as a nurse.", "extraction"),
]


@pytest.mark.parametrize("prompt", WRITTEN)
def test_a_resume_to_write_is_writing(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing", d


@pytest.mark.parametrize("prompt", NOT_SUMMARIES)
def test_a_resume_is_no_summary(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "extraction", d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
