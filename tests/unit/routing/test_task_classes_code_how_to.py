"""How to work on data that only programs hold, asked in a short request with no language named (2026-12-04,
devq32).

"Given a linked list, reverse it." and "Write code to reverse a linked list." were code on main 8ff5bd0, but "How
do I reverse a linked list?" was knowledge on the 0.6B without thinking and "Reverse a linked list." chat: a
programming problem told in words (`problems`) needed a verb that poses it (given, return, design), and a
question of how, or a bare imperative, posed none. Likewise a developer's words that name only code were not
read as code alone: "How do I center a div?", "How do I fix a CORS error?", "How do I fix a segmentation
fault?" were knowledge on the 0.6B. A short request of how to work on a linked list, a hash map or a substring,
or on a div, asks for code in every language.
Guards keep their decision: a question of what such data is, or which is faster, an explanation, a text or a
joke about it, a translation of such a request, a divided cake.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

MEMBERS = [
    # A question of how, about data only programs hold.
    "How do I reverse a linked list?",
    "How do I detect a cycle in a linked list?",
    "How can I find the middle of a linked list?",
    "How to merge two sorted linked lists?",
    "How would I find the longest substring without repeating characters?",
    "How do I count the keys of a hash map?",
    "how do i remove duplicates from a sorted linked list",
    "¿Cómo invierto una lista enlazada?",
    "¿Cómo busco una subcadena en una cadena de caracteres?",
    "Comment inverser une liste chaînée ?",
    "Wie kehre ich eine verkettete Liste um?",
    "Come invertire una lista concatenata?",
    "Como inverter uma lista ligada?",
    "Как развернуть связный список?",
    "如何反转链表？",
    "怎么判断链表有环？",
    "連結リストを逆順にするには？",
    # A bare imperative on such data.
    "Reverse a linked list.",
    "Find the middle node of a linked list.",
    "Merge two sorted linked lists.",
    "Remove duplicates from a sorted linked list.",
    "Invierte una lista enlazada.",
    "Inverse une liste chaînée.",
    "Kehre eine verkettete Liste um.",
    "Разверни связный список.",
    "反转一个链表。",
    # A developer's words that name only code.
    "How do I center a div?",
    "How do I center a div horizontally and vertically?",
    "How do I make a div take the full height of the page?",
    "Why does my div not center?",
    "How do I fix a CORS error?",
    "How do I fix a segmentation fault?",
    "What causes a segfault?",
    "¿Cómo centro un div?",
    "Comment corriger une erreur CORS ?",
    "Wie behebe ich einen Segmentation Fault?",
    "如何让div居中？",
]

# (prompt, task on main 8ff5bd0): each keeps it.
GUARDS = [
    ("What is a linked list?", "knowledge"),
    ("Explain how a linked list works.", "knowledge"),
    ("Write a blog post about linked lists.", "writing"),
    ("Translate into French: How do I reverse a linked list?", "extraction"),
    ("Tell me a joke about linked lists.", "chat"),
    ("¿Qué es una lista enlazada?", "knowledge"),
    ("链表是什么？", "knowledge"),
    ("Write a poem about a hash table.", "writing"),
    ("What is the difference between an array and a linked list?", "knowledge"),
    ("Is a linked list faster than an array?", "knowledge"),
    ("I divided the cake into 8 slices.", "chat"),
    ("How do I divide a cake into 8 equal slices?", "knowledge"),
    ("How do I reverse a car with a trailer?", "knowledge"),
    ("How do I find the middle of a line segment?", "knowledge"),
    ("Give me a summary of the history of data structures.", "extraction"),
]


@pytest.mark.parametrize("prompt", MEMBERS)
def test_how_to_work_on_code_data_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code", d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d
