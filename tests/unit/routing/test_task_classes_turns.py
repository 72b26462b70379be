"""Two classes of a latest turn after a math turn (2026-12-03, turns14): read alone or with the conversation.

`tasks.stands_alone` decides whether the latest user turn is read alone or continues the conversation's
task. On main 9d828f0, after "A train travels 120 km in 1.5 hours. What is its average speed?":

- thanks outside English ("Danke!", "Спасибо!", "谢谢！", "ありがとう") carried no greeting cue, so they
  continued the math task (the 1.7B, thinking 1024), where "Thanks!" went to the smallest model as chat;
  and "Thanks, now do the same for 5 trains" was read alone as small talk because it holds "thanks".
  A turn made only of thanks, praise, an acknowledgement or a goodbye (`turn_words.CLOSINGS`), with words
  that go with them (`turn_words.COURTESY`), stands alone; a turn that asks more beside its thanks goes on.
- a request that names a topic of its own ("Explain quantum entanglement.", "Erkläre mir die
  Quantenverschränkung.") continued the math task, where "What is the capital of France?" is read alone.
  A request opened by a verb that asks about a topic (`turn_words.TOPIC_REQUESTS`), whose topic holds no
  word that points back (`turn_words.BACK_REFERENCES`: "Explain that step.", "Erkläre das nochmal"),
  stands alone.
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_chat
from gateway.thinking import ThinkingIntent

from .decisions import cheapest

MATH = "A train travels 120 km in 1.5 hours. What is its average speed?"


def after_math(policy, views, turn: str, system: str | None = None):
    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": "user", "content": MATH}, {"role": "assistant", "content": "80 km/h."},
        {"role": "user", "content": turn}]
    return policy.decide(route_request_from_chat({"messages": messages}, ThinkingIntent(), "balanced"), views)


CLOSINGS = [
    # English
    "Thanks!", "Thank you so much!", "thx", "ok great", "perfect, thank you", "Great, thanks a lot!",
    "Got it, thanks.", "Awesome, cheers!", "Much appreciated.", "Thanks again, bye!", "ok thank you 🙏",
    "Perfect!", "That makes sense, thank you!", "Goodbye!", "Sure, thanks", "no thanks", "Thank you for your patience!",
    # German, Dutch
    "Danke!", "Danke schön!", "Vielen Dank!", "Super, danke dir!", "Alles klar, danke.", "Tschüss!",
    "dank je", "Bedankt!",
    # Spanish, Portuguese, Italian, French
    "¡Gracias!", "Muchas gracias", "Perfecto, gracias.", "obrigado", "Muito obrigada!", "grazie", "Grazie mille!",
    "Merci beaucoup !", "Parfait, merci !", "Au revoir !", "Merci, c'est parfait.",
    # Russian, Polish, Ukrainian, Turkish
    "Спасибо!", "Большое спасибо!", "Понятно, спасибо.", "dziękuję", "Дякую!", "teşekkürler", "Çok teşekkür ederim!",
    # Chinese, Japanese, Korean
    "谢谢！", "谢谢你", "非常感谢！", "好的，谢谢", "ありがとう", "ありがとうございます！", "감사합니다", "고마워요!",
    # Arabic, Hindi, Vietnamese, Indonesian, Swedish
    "شكرا", "شكرا جزيلا!", "धन्यवाद", "cảm ơn", "Cảm ơn bạn nhiều!", "terima kasih", "Tack så mycket!",
]


@pytest.mark.parametrize("turn", CLOSINGS)
def test_thanks_and_goodbyes_after_a_math_turn_stand_alone_and_are_trivial(policy, views, turn):
    d = after_math(policy, views, turn)
    assert d.task == "chat" and not d.thinking and d.model == cheapest(views), (d.task, d.thinking, d.model)


@pytest.mark.parametrize("turn", ["Danke!", "谢谢！", "Спасибо!"])
def test_thanks_stand_alone_beside_a_system_prompt(policy, views, turn):
    d = after_math(policy, views, turn, system="You are a helpful assistant.")
    assert d.task == "chat" and not d.thinking and d.model == cheapest(views), (d.task, d.thinking, d.model)


# Thanks for an explanation: read alone, the explanation's word names knowledge; still trivial.
@pytest.mark.parametrize("turn", ["Thanks for explaining!", "Gracias por la explicación", "Danke für die Erklärung!",
                                  "Merci pour l'explication !", "Спасибо за объяснение!"])
def test_thanks_for_an_explanation_are_trivial(policy, views, turn):
    d = after_math(policy, views, turn)
    assert d.task in ("chat", "knowledge") and not d.thinking and d.model == cheapest(views), (d.task, d.thinking)


# Thanks with a further request, or an acknowledgement that may say "go on": the math task goes on.
GOES_ON = [
    "Thanks, now do the same for 5 trains", "Thanks, now do the same for the return trip",
    "Thanks! And if it took 2 hours?", "Great, and in miles per hour?", "ok", "ok, again",
    "谢谢，那如果是2小时呢？", "谢谢，再算一次", "Danke, und wenn es 2 Stunden dauert?", "Danke, jetzt für 3 Züge",
    "Спасибо, а если 2 часа?", "Gracias, ¿y si tarda 2 horas?", "Merci, et en 2 heures ?",
]


@pytest.mark.parametrize("turn", GOES_ON)
def test_thanks_with_a_further_request_continue_the_task(policy, views, turn):
    d = after_math(policy, views, turn)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)


def test_a_greeting_after_a_math_turn_still_stands_alone(policy, views):
    d = after_math(policy, views, "Hello! How are you?")
    assert d.task == "chat" and not d.thinking and d.model == cheapest(views)


NEW_TOPICS = [
    "Explain quantum entanglement.", "Explain how vaccines train the immune system.",
    "Can you explain why the sky is blue?", "Describe the water cycle.", "Tell me about black holes.",
    "Please explain the theory of relativity in simple terms.",
    "Erkläre mir die Quantenverschränkung.", "Beschreibe den Wasserkreislauf.",
    "Erzähl mir etwas über schwarze Löcher.",
    "Explícame el entrelazamiento cuántico.", "Describe el ciclo del agua.",
    "Explique-moi l'intrication quantique.", "Parle-moi des trous noirs.",
    "Spiegami l'entanglement quantistico.",
    "Объясни квантовую запутанность.", "Расскажи о чёрных дырах.",
    "解释一下量子纠缠", "介绍一下黑洞", "Explain the difference between TCP and UDP.", "Erkläre das Higgs-Boson.",
    "Explain the Pythagorean theorem.", "量子もつれについて説明してください", "양자 얽힘에 대해 설명해 줘",
]


@pytest.mark.parametrize("turn", NEW_TOPICS)
def test_a_request_that_names_a_new_topic_stands_alone(policy, views, turn):
    d = after_math(policy, views, turn)
    assert d.task in ("knowledge", "chat") and not d.thinking, (d.task, d.thinking)


REFERS_BACK = [
    "Explain that step.", "Can you explain why?", "Explain it again.", "Explain your answer.",
    "Explain in more detail.", "Describe the steps.", "Tell me more about it.", "Explain like I'm five.",
    "Explain in simpler terms.", "Explain the difference.", "Can you explain the method?",
    "Describe the method you used.", "Describe a faster way.", "Erklär mal.", "Erkläre den Unterschied.",
    "Explica la fórmula.", "解释一下公式", "解释一下原理", "それについてもう一度説明して",
    "Erkläre das nochmal", "Erklär mir das bitte genauer.", "Kannst du das erklären?",
    "Explícamelo otra vez.", "Explica eso.", "Explique-moi ça.", "Объясни это подробнее.", "Объясни ещё раз.",
    "Объясни, почему так.",
    "再算一次", "再解释一下", "解释一下这一步", "And if it took 2 hours?",
]


@pytest.mark.parametrize("turn", REFERS_BACK)
def test_a_request_that_refers_back_continues_the_task(policy, views, turn):
    d = after_math(policy, views, turn)
    assert d.task == "math" and d.thinking, (d.task, d.thinking)


def test_a_program_asked_for_the_conversations_task_is_code(policy, views):
    d = after_math(policy, views, "Write it as a Python function")
    assert d.task == "code" and d.thinking


OTHER_TASKS = [
    ("Write a Python function that reverses a linked list.", "def reverse(head): ..."),
    ("If all bloops are razzies and all razzies are lazzies, are all bloops lazzies? Explain your reasoning.",
     "Yes: every bloop is a razzie, and every razzie a lazzie."),
]


@pytest.mark.parametrize("earlier", OTHER_TASKS)
@pytest.mark.parametrize("turn", ["Danke!", "谢谢！", "Gracias, perfecto.", "Explain quantum entanglement.",
                                  "Объясни квантовую запутанность."])
def test_closings_and_new_topics_stand_alone_after_code_and_reasoning(policy, views, earlier, turn):
    question, answer = earlier
    messages = [{"role": "user", "content": question}, {"role": "assistant", "content": answer},
                {"role": "user", "content": turn}]
    d = policy.decide(route_request_from_chat({"messages": messages}, ThinkingIntent(), "balanced"), views)
    assert d.task in ("chat", "knowledge") and not d.thinking, (d.task, d.thinking)
