from gateway.config import Thinking
from gateway.thinking import ThinkingIntent, latest_soft_switch, read_intent

CFG = Thinking()


def chat(*msgs, **extra):
    return {"messages": [{"role": r, "content": c} for r, c in msgs], **extra}


def test_nothing_set_leaves_it_to_the_router():
    assert read_intent(chat(("user", "hi")), CFG) == ThinkingIntent()


def test_enable_thinking_false_wins_over_everything():
    body = chat(("user", "hi /think"), chat_template_kwargs={"enable_thinking": False}, thinking_token_budget=100)
    assert read_intent(body, CFG) == ThinkingIntent(enabled=False, source="enable_thinking")


def test_latest_soft_switch_wins():
    body = chat(("system", "/no_think"), ("user", "first /think"), ("assistant", "ok"), ("user", "then /no_think"))
    assert latest_soft_switch(body["messages"]) is False
    body2 = chat(("user", "a /no_think"), ("user", "b /think"))
    assert read_intent(body2, CFG).enabled is True
    # assistant turns do not count, nor paths that merely contain the word
    assert latest_soft_switch([{"role": "assistant", "content": "/no_think"}]) is None
    assert latest_soft_switch([{"role": "user", "content": "see /usr/think/x"}]) is None


def test_soft_switch_in_content_parts():
    msgs = [{"role": "user", "content": [{"type": "text", "text": "solve /no_think"}]}]
    assert latest_soft_switch(msgs) is False


def test_budget_and_effort():
    assert read_intent(chat(("user", "x"), thinking_token_budget=16), CFG) == ThinkingIntent(True, 16, "budget")
    assert read_intent(chat(("user", "x"), thinking_token_budget=0), CFG).enabled is False
    assert read_intent(chat(("user", "x"), thinking_token_budget=10**9), CFG).budget == CFG.max_budget
    assert read_intent(chat(("user", "x"), reasoning_effort="low"), CFG) == ThinkingIntent(True, 1024, "reasoning_effort")
    assert read_intent(chat(("user", "x"), reasoning_effort="none"), CFG).enabled is False


def test_no_think_switch_beats_a_budget():
    body = chat(("user", "x /no_think"), thinking_token_budget=64)
    assert read_intent(body, CFG).enabled is False
