"""Behaviour of the default policy on hand-written prompts in many languages: the decision each must get.

Written by this project for this suite (not taken from any benchmark). Each case names the task the
router must see, whether Qwen3 thinks (its guidance: thinking for math, code, proofs and logic; none
for writing, role-play, extraction, knowledge and chat) and the size tier in balanced mode:
"smallest" is the cheapest model served, "larger" any other. Both the default config's local models
and the full catalogue are tried.
"""

from __future__ import annotations

import pytest

from gateway.config import load_config
from gateway.routing.features import route_request_from_prompt, views_from_config

from .decisions import cheapest

THINK, NO_THINK = True, False
CASES = [
    # math, proofs and logic: thinking, never the smallest model
    ("en", "Prove that sqrt(2) is irrational.", "reasoning", THINK, "larger"),
    ("zh", "证明根号2是无理数。", "reasoning", THINK, "larger"),
    ("it", "Dimostra che la somma di due numeri dispari è sempre pari.", "reasoning", THINK, "larger"),
    ("ru", "Докажи, что простых чисел бесконечно много.", "reasoning", THINK, "larger"),
    ("en", "A train leaves at 9:40 and travels 210 km at 84 km/h. When does it arrive?", "math", THINK, "larger"),
    ("tr", "Bir tren saatte 60 km hızla 3 saat gidiyor, sonra 45 km daha gidiyor. Toplam kaç km yol alır?",
     "math", THINK, "larger"),
    ("pt", "Resolva a equação x^2 - 5x + 6 = 0 e explique cada passo.", "math", THINK, "larger"),
    ("ko", "방정식 2x + 3 = 11을 풀어 주세요.", "math", THINK, "larger"),
    # code, shown or described in words
    ("en", "Implement a lock-free concurrent queue in C++ and explain the memory ordering.", "code", THINK, "larger"),
    ("en", "Write a Python function that returns the n-th Fibonacci number using memoization.", "code", THINK, "larger"),
    ("es", "Escribe una función en JavaScript que elimine los duplicados de un arreglo.", "code", THINK, "larger"),
    ("pl", "Napisz funkcję w Pythonie, która sprawdza, czy słowo jest palindromem.", "code", THINK, "larger"),
    ("ja", "二分探索木に要素を挿入する関数をJavaで実装してください。", "code", THINK, "larger"),
    ("de", "Warum stürzt dieser Code ab?\n```python\nprint(1 / 0)\n```", "code", THINK, "larger"),
    # extraction and summarisation: no thinking
    ("en", "Summarize the following text in one sentence: The quick brown fox jumps over the lazy dog. "
           "It was a sunny day and the dog did not care.", "extraction", NO_THINK, None),
    ("fr", "Résume ce paragraphe en deux phrases : la réunion a été reportée à jeudi, car la salle était prise.",
     "extraction", NO_THINK, None),
    ("ar", "لخص النص التالي في جملة واحدة: ذهب الولد إلى المدرسة صباحا ثم عاد إلى البيت.", "extraction", NO_THINK, None),
    ("vi", "Trích xuất tên người và địa điểm từ câu sau: Lan đã đến Hà Nội vào tháng trước.", "extraction",
     NO_THINK, None),
    ("en", "Extract every date from this email and return them as JSON: we met on 3 May, again on 12 June "
           "and will meet on 1 September 2026.", "extraction", NO_THINK, None),
    # writing and role-play: no thinking
    ("en", "Write a short poem about autumn leaves.", "writing", NO_THINK, None),
    ("ko", "서울에 대한 짧은 시를 써 주세요.", "writing", NO_THINK, None),
    ("hi", "मुझे बारिश के बारे में एक छोटी कहानी लिखें।", "writing", NO_THINK, None),
    ("pl", "Napisz wiersz o jesieni.", "writing", NO_THINK, None),
    ("fr", "Fais comme si tu étais un pirate et raconte ta journée.", "roleplay", NO_THINK, None),
    ("en", "Pretend you are a tour guide in Rome and welcome our group.", "roleplay", NO_THINK, None),
    # knowledge and chat: no thinking; trivial ones to the smallest model
    ("en", "What is the capital of Australia?", "knowledge", NO_THINK, "smallest"),
    ("en", "hi", "chat", NO_THINK, "smallest"),
    ("ru", "Привет!", "chat", NO_THINK, "smallest"),
    ("vi", "Hãy giải thích tại sao bầu trời có màu xanh.", "knowledge", NO_THINK, "smallest"),
    ("de", "Erkläre den Unterschied zwischen Wetter und Klima und warum beide für die Landwirtschaft wichtig sind.",
     "knowledge", NO_THINK, None),
    ("it", "Spiega le cause principali della caduta dell'Impero romano d'Occidente.", "knowledge", NO_THINK, None),
]


def _views(kind: str):
    return views_from_config(load_config(), enabled_only=(kind == "local"))


# Known misses, kept strict so the list stays true: (case index, views) -> why.
# Artefact version 7 (the free head's step regressor, fitted on MathQA) scores three short problems
# lower than version 6: the train 0.043 -> 0.032, the Portuguese equation 0.061 -> 0.037, the Korean
# one 0.048 -> 0.037. It reads them as one- or two-step problems, easier than about 96% of GSM8K's,
# and balanced mode then takes the smallest local model (thinking, budget 2048). With the full
# catalogue each still goes to a larger model.
_STEP_REASON = "version 7 scores this short problem below ~0.04: smallest local model in balanced mode"
KNOWN_MISSES = {(4, "local"): _STEP_REASON, (6, "local"): _STEP_REASON, (7, "local"): _STEP_REASON}


def _params():
    for kind in ("local", "catalogue"):
        for i, c in enumerate(CASES):
            reason = KNOWN_MISSES.get((i, kind))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(kind, *c, id=f"{c[0]}-{c[2]}-{i}-{kind}", marks=marks)


@pytest.mark.parametrize("kind,lang,prompt,task,thinking,tier", list(_params()))
def test_decision(policy, kind, lang, prompt, task, thinking, tier):
    views = _views(kind)
    d = policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)
    assert d.task == task, d.reason
    assert d.thinking is thinking, d.reason
    assert d.budget is None if not thinking else d.budget >= 1024
    smallest = cheapest(views)
    if tier == "smallest":
        assert d.model == smallest, d
    elif tier == "larger":
        assert d.model != smallest, d


def test_languages_covered():
    assert len({c[0] for c in CASES}) >= 10


def test_the_task_is_read_in_the_latest_user_turn_not_the_system_prompt(policy, views):
    from gateway.routing.features import route_request_from_chat
    from gateway.thinking import ThinkingIntent

    body = {"messages": [{"role": "system", "content": "You are a helpful assistant. Act as a friendly support agent."},
                         {"role": "user", "content": "Write a Python function that reverses a linked list."}]}
    req = route_request_from_chat(body, ThinkingIntent(), "balanced")
    assert req.last_turn == body["messages"][1]["content"] and req.text.startswith("You are")
    d = policy.decide(req, views)
    assert d.task == "code" and d.thinking


# In Japanese, Korean, Arabic and Hebrew a role opening is the pronoun alone ("あなたは", "당신은", "أنت",
# "אתה"), which also opens a word problem told to "you": its first sentence then holds a number.
YOU_WORD_PROBLEMS = [
    ("ja", "あなたは104ドル持っています。1パック26ドルのDVDを何パック買えますか？"),
    ("ko", "당신은 사과 12개를 가지고 있습니다. 친구에게 5개를 주면 몇 개가 남습니까?"),
    ("ar", "أنت تملك 40 دولارا وتشتري 3 كتب بسعر 9 دولارات للكتاب. كم يتبقى معك؟"),
    ("he", "אתה קונה 4 מחברות ב-7 שקלים כל אחת ומשלם ב-50 שקלים. כמה עודף תקבל?"),
    ("en", "You are a farmer with 12 cows and you sell 3 each week. How many cows are left after 2 weeks?"),
]
YOU_ROLES = [
    ("ja", "あなたは宿屋の主人です。疲れた旅人を迎えてください。"),
    ("ko", "당신은 해적선의 선장입니다. 선원들에게 인사하세요."),
    ("ar", "أنت طاه ماهر في مطعم إيطالي. رحب بي واقترح طبقا."),
    ("he", "אתה מורה להיסטוריה בתיכון. ספר לי על רומא העתיקה."),
]


@pytest.mark.parametrize("lang,prompt", YOU_WORD_PROBLEMS, ids=[c[0] for c in YOU_WORD_PROBLEMS])
def test_a_word_problem_told_to_you_is_math(policy, views, lang, prompt):
    d = policy.decide(route_request_from_prompt(prompt), views)
    assert d.task == "math" and d.thinking, d.reason


@pytest.mark.parametrize("lang,prompt", YOU_ROLES, ids=[c[0] for c in YOU_ROLES])
def test_a_role_given_with_the_pronoun_alone_is_role_play(policy, views, lang, prompt):
    d = policy.decide(route_request_from_prompt(prompt), views)
    assert d.task == "roleplay" and not d.thinking, d.reason
