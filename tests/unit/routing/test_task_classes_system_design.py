"""A system-design request ("Design a URL shortener like bit.ly.", "设计一个分布式限流器。") (2026-12-03, stop 24).

Such requests named no software the rules knew and read as chat on the 0.6B without thinking (main d5a2285:
every member below). The systems of a design interview (a rate limiter, a URL shortener, a news feed, a
distributed cache, a message queue ...) are software (`cue_words.STEMS["software"]`), and "entwirf", "diseña",
"conçois", "progetta", "спроектируй" and "设计" are verbs that build (`build_words`), so such a request is code
with thinking; the code difficulty then sends a distributed one to the largest model. Guards: questions about
these systems stay knowledge, designing a logo or a poster stays what it was, and a workout plan is a text to
write (test_task_classes_made_content.py).

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

DESIGNS = [
    "Design a distributed rate limiter for a microservice architecture.",
    "Design a URL shortener like bit.ly.",
    "Design a scalable chat system like WhatsApp.",
    "Design a web crawler that can fetch a billion pages a month.",
    "Design a notification system for a food delivery app.",
    "Entwirf einen verteilten Rate Limiter für eine Microservice-Architektur.",
    "Diseña un sistema distribuido de colas de mensajes.",
    "Conçois un système distribué de files de messages.",
    "Progetta un sistema di notifiche per una app mobile.",
    "Спроектируй распределённый кэш для веб-сервиса.",
    "设计一个分布式限流器。",
]

GUARDS = [
    ("What is a message queue?", "knowledge"),
    ("How does a load balancer work?", "knowledge"),
    ("What are the advantages of microservices?", "knowledge"),
    ("Design a logo for my bakery.", "chat"),
    ("Design a workout plan for beginners.", "writing"),   # a plan to write (test_task_classes_made_content)
    ("Entwerfen Sie ein Logo für meine Bäckerei.", "chat"),
    ("Diseña un cartel para un concierto.", "chat"),
    ("设计一个海报。", "chat"),
]


@pytest.mark.parametrize("prompt", DESIGNS)
def test_a_system_design_request_is_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking and d.model != "qwen3-0.6b", d


@pytest.mark.parametrize("prompt", [p for p in DESIGNS if "distribu" in p or "verteilt" in p or "распредел" in p or "分布式" in p])
def test_a_distributed_one_is_hard(policy, views, prompt):
    assert decide(policy, views, prompt).score >= 0.7


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task
