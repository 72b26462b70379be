"""A new request of its own after a math or code turn gets its own task (2026-12-03, edit31).

After "Solve 3x + 7 = 22." / "x = 5.", "Tell me a joke." went on as the math task (the 1.7B, thinking) on
main de8daac: read alone it is small talk, and `tasks.stands_alone` let small talk stand alone only as a
greeting or thanks. A turn that asks for a thing complete in itself, a joke, a fun fact, a story, a riddle or
a quote (`turn_words.OWN_THINGS`), or how a phrase is said in another language, and points back at nothing
(`turn_words.BACK_REFERENCES`: "Tell me a joke about it"), stands alone, in several languages. So does a
question of fact of Chinese, Japanese or Korean whose question word stands last ("日本の首都はどこ？"), as
"What's the capital of Japan?" did already. Follow-ups
("Now do it for 2x + 3 = 9.", "Explain step 2.", "Why?", "And in Python?", "Make it faster.") go on.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_chat, route_request_from_prompt
from gateway.thinking import ThinkingIntent

MATH = ("Solve 3x + 7 = 22.", "x = 5.")
CODE = ("Write a Python function that reverses a linked list.",
        "```python\ndef reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n"
        "    return prev\n```")


def after(policy, views, earlier: tuple[str, str], turn: str):
    messages = [{"role": "user", "content": earlier[0]}, {"role": "assistant", "content": earlier[1]},
                {"role": "user", "content": turn}]
    return policy.decide(route_request_from_chat({"model": "auto", "messages": messages}, ThinkingIntent(),
                                                 "balanced"), views)


NEW_REQUESTS = [
    # English
    "Tell me a joke.", "Tell me a joke about cats.", "Can you tell me a funny joke?", "Know any good jokes?",
    "Tell me a fun fact.", "Give me a fun fact about octopuses.", "Tell me a riddle.",
    "Give me an inspirational quote.", "How do you say thank you in Japanese?",
    "Write a poem about the sea.", "Tell me a bedtime story about a dragon.", "Good morning!",
    "Translate \"I love you\" into Spanish.", "Who painted the Mona Lisa?",
    # German
    "Erzähl mir einen Witz.", "Kennst du einen guten Witz?", "Schreib ein Gedicht über den Herbst.",
    "Wie sagt man danke auf Japanisch?",
    # Spanish
    "Cuéntame un chiste.", "Cuéntame un chiste sobre gatos.", "¿Me cuentas un chiste?", "Cuéntame una historia.",
    "¿Cómo se dice gracias en japonés?",
    # French, Italian, Portuguese
    "Raconte-moi une blague.", "Dis-moi une blague.", "Raconte-moi une histoire.",
    "Raccontami una barzelletta.", "Conte uma piada.", "Me conta uma piada.",
    # Russian, Polish, Turkish
    "Расскажи анекдот.", "Расскажи шутку.", "Расскажи сказку.", "Opowiedz mi dowcip.", "Bana bir fıkra anlat.",
    # Chinese, Japanese, Korean
    "讲个笑话", "给我讲个笑话吧", "讲一个故事", "冗談を言って", "何か面白い話をして", "농담 하나 해줘",
    # a question of fact whose question word is not its first (`turns.asks_an_unspaced_fact`)
    "モナリザを描いたのは誰？", "日本の首都はどこ？", "蒙娜丽莎是谁画的？", "澳大利亚的首都是哪里？",
    "第一次世界大战是什么时候开始的？", "모나리자를 그린 사람은 누구야?", "한국의 수도는 어디야?",
]


@pytest.mark.parametrize("earlier", [MATH, CODE], ids=["math", "code"])
@pytest.mark.parametrize("turn", NEW_REQUESTS)
def test_a_new_request_after_a_math_or_code_turn_gets_its_own_task(policy, views, earlier, turn):
    alone = policy.decide(route_request_from_prompt(turn, mode="balanced"), views)
    d = after(policy, views, earlier, turn)
    assert d.task == alone.task and d.thinking == alone.thinking and d.task not in ("math", "code"), (d.task, alone.task)


FOLLOW_UPS_MATH = ["Now do it for 2x + 3 = 9.", "Explain step 2.", "Why?", "Make it faster.", "Tell me more.",
                   "Can you explain that joke?", "Tell me a joke about this equation.",
                   "Erklär mir das nochmal.", "¿Por qué?", "再算一次", "Объясни ещё раз.",
                   "那x是多少？", "x是多少？", "为什么？", "这是谁说的？", "どのステップ？", "どこが間違ってる？", "어디가 틀렸어?"]
FOLLOW_UPS_CODE = ["And in Python?", "Make it faster.", "Why?", "Explain step 2.", "Add comments to it.",
                   "Now make it recursive."]


@pytest.mark.parametrize("turn", FOLLOW_UPS_MATH)
def test_a_follow_up_after_a_math_turn_keeps_math(policy, views, turn):
    d = after(policy, views, MATH, turn)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)


@pytest.mark.parametrize("turn", FOLLOW_UPS_CODE)
def test_a_follow_up_after_a_code_turn_keeps_code(policy, views, turn):
    d = after(policy, views, CODE, turn)
    assert d.task == "code" and d.thinking, (d.task, d.thinking)
