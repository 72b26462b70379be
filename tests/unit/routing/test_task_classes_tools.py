"""A question about a programming tool, named by the tool alone (2026-12-03, stop 23).

"Why is my React component rendering twice?", "How do I merge two dataframes in pandas?", "How do I undo
my last git commit?": a framework, a library or a developer's tool named, and no word of the code lexicon
beside it, so the question read as knowledge on the smallest model without thinking (19 of 19 on main
244583e), where "How do I call a function from another file?" is code with thinking. "What's the
difference between let and const in JavaScript?" also lost its code reading: "javascript" begins as
"java" does, a word that names an island as often, so a question of fact dropped it.

Names that mean nothing else (numpy, Kubernetes, Docker, npm) are code as words; names that also mean
other things (React, Flask, Vue, pandas, git) only beside a word of what they are used for (a component,
a route, a dataframe, a commit).

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

TOOLS = [
    ("en", "Why is my React component rendering twice?"),
    ("en", "How do I pass props to a child component in React?"),
    ("en", "Why does useEffect run on every render?"),
    ("en", "How do I set up a Django model with a foreign key?"),
    ("en", "My Flask route returns 404, why?"),
    ("en", "How do I merge two dataframes in pandas?"),
    ("en", "Why is my Docker container exiting immediately?"),
    ("en", "How do I expose a Kubernetes deployment?"),
    ("en", "What's the difference between let and const in JavaScript?"),
    ("en", "How do I undo my last git commit?"),
    ("en", "Why does npm install fail with EACCES?"),
    ("en", "How do I make a Vue component reactive?"),
    ("en", "What is a closure in JavaScript?"),
    ("de", "Warum rendert meine React-Komponente zweimal?"),
    ("de", "Wie mache ich meinen letzten Git-Commit rückgängig?"),
    ("es", "¿Cómo deshago mi último commit en git?"),
    ("fr", "Pourquoi mon conteneur Docker s'arrête-t-il immédiatement ?"),
    ("ru", "Почему мой компонент React рендерится дважды?"),
    ("zh", "为什么我的React组件渲染了两次？"),
]


@pytest.mark.parametrize("lang, prompt", TOOLS)
def test_a_question_about_a_programming_tool_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, (lang, d.task, d.thinking)


# Guards: the same words in their other senses keep their decision (no code, no thinking).
GUARDS = [
    "How does the immune system react to a vaccine?",
    "How do I react when my kid lies?",
    "What component of blood carries oxygen?",
    "Where do giant pandas live?",
    "How do I clean a glass flask?",
    "Quelle est la plus belle vue de Paris ?",
    "How do I commit to a workout routine?",
    "Where are the lymph nodes in the neck?",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_the_words_in_other_senses_are_not_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, (d.task, d.thinking)
