"""A system prompt or earlier turns before the latest user turn (2026-12-03, stop 23).

Nearly every request from an SDK or an agent framework carries a system prompt ("You are a helpful
assistant."). The task's cue words were read in the latest user turn, but its shape in the whole
conversation, where the system prompt's sentence is a situation told before the question: a described
situation that ends in a question is a puzzle, so "You are a helpful assistant." + "What's the capital
of France?" went to the 30B-A3B as reasoning with thinking. With one of three short system prompts (the
first two below, and Qwen's own "You are Qwen, created by Alibaba Cloud. ..."), 176-228 of the 793 one-turn
requests of the behaviour sets changed their decision on main 8970c55 (119-128 knowledge -> reasoning). The task, the score and the trivial tier are now read in the latest user turn,
as if it were sent alone, beside a system prompt of up to `TRIVIAL_CONTEXT_TOKENS`; a turn that names no
task after earlier turns ("再算一次") still reads the conversation.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway.routing.features import route_request_from_chat, route_request_from_prompt
from gateway.thinking import ThinkingIntent

from .decisions import cheapest

DATA = Path(__file__).parent / "data"
ROWS = [row for path in sorted(DATA.glob("behaviour*.jsonl"))
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if "filler" not in row]
SYSTEM_PROMPTS = ["You are a helpful assistant.", "Du bist ein hilfreicher Assistent. Antworte freundlich.",
                  "你是一个乐于助人的助手。"]


def chat(policy, views, *messages: tuple[str, str]):
    body = {"messages": [{"role": role, "content": content} for role, content in messages]}
    return policy.decide(route_request_from_chat(body, ThinkingIntent(), "balanced"), views)


@pytest.mark.parametrize("system", SYSTEM_PROMPTS)
def test_a_short_system_prompt_changes_no_decision_of_the_behaviour_sets(policy, views, system):
    assert len(ROWS) > 700
    moved = []
    for row in ROWS:
        alone = policy.decide(route_request_from_prompt(row["prompt"]), views)
        framed = chat(policy, views, ("system", system), ("user", row["prompt"]))
        if (alone.task, alone.thinking, alone.model) != (framed.task, framed.thinking, framed.model):
            moved.append((row["prompt"][:60], alone.task, framed.task))
    assert moved == []


def test_a_question_after_small_talk_is_read_alone(policy, views):
    d = chat(policy, views, ("user", "hi"), ("assistant", "Hello! How can I help you today?"),
             ("user", "What's the capital of Canada?"))
    assert d.task == "knowledge" and not d.thinking and d.model == cheapest(views)


@pytest.mark.parametrize("follow_up", ["再算一次", "And if she had 5 more?", "Again please"])
def test_a_follow_up_that_names_no_task_continues_the_conversation(policy, views, follow_up):
    d = chat(policy, views, ("system", "You are a helpful assistant."),
             ("user", "Mia has 12 apples and gives 5 to Leo. Then she buys 7 more. How many apples does she have?"),
             ("assistant", "She has 14 apples."), ("user", follow_up))
    assert d.task == "math" and d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("turn, task", [("Thanks!", "chat"), ("What's the capital of Canada?", "knowledge")])
def test_thanks_and_a_new_question_of_fact_stand_alone(policy, views, turn, task):
    d = chat(policy, views, ("system", "You are a helpful assistant."),
             ("user", "Mia has 12 apples and gives 5 to Leo. Then she buys 7 more. How many apples does she have?"),
             ("assistant", "She has 14 apples."), ("user", turn))
    assert d.task == task and not d.thinking and d.model == cheapest(views), (d.task, d.thinking, d.model)


def test_a_long_system_prompt_keeps_a_short_question_off_the_smallest_model(policy, views):
    rules = " ".join(f"Rule {i}: always cite the policy document section that applies to the customer's case."
                     for i in range(12))
    d = chat(policy, views, ("system", "You are the support agent of Acme Corp. " + rules),
             ("user", "What's the capital of Canada?"))
    assert d.task == "knowledge" and not d.thinking and d.model != cheapest(views)
