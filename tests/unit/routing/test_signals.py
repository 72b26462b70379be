"""Structure signals and the layout heads of the learned score."""

from __future__ import annotations

import json

import pytest

from gateway.routing.model import ARTEFACT_PATH, load_model
from gateway.routing.signals import (HEAD_FEATURES, HEAD_INPUTS, WINDOW, dense_signals, english_tokens, head_of,
                                     lexical_buckets, structure_signals)

MC = "Let p = (1, 2, 5, 4)(2, 3) in S_5. Find the index of <p> in S_5.\nA. 8\nB. 2\nC. 24\nD. 120\nAnswer:"
FREE = "James runs 3 sprints 3 times a week. He runs 60 meters each sprint, and 1/2 of it uphill. How far is that?"


def test_question_and_options_are_read_apart():
    s = structure_signals(MC, 40)
    assert 0.5 < s["q_share"] < 1.0
    assert s["opt_digit_share"] == 1.0
    assert s["q_log_parens"] > 0 and s["q_log_clauses"] > 0
    f = structure_signals(FREE, 30)
    assert f["q_share"] == 1.0 and f["opt_log_mean_tokens"] == 0.0 and f["opt_digit_share"] == 0.0
    assert f["q_log_numbers"] > 0 and f["q_log_big_nums"] == 0.0


def test_part_lengths_are_tokens_not_characters():
    # The same token count spread over twice the characters (another script's density) keeps the lengths.
    wide = MC.replace(" ", "  ")
    a, b = structure_signals(MC, 40), structure_signals(wide, 40)
    assert abs(a["q_log_tokens"] - b["q_log_tokens"]) < 0.02
    assert abs(a["opt_log_mean_tokens"] - b["opt_log_mean_tokens"]) < 0.02


def test_digits_of_every_script_count_alike():
    # Bengali, Devanagari and Arabic-Indic digits: the same numbers as "1/2", "60" and "3" in FREE. Each
    # takes two Qwen3 tokens where "1" takes one; the English-equivalent tokens take that back.
    from gateway.tokens import count_tokens

    for digits in ("০১২৩৪৫৬৭৮৯", "०१२३४५६७८९", "٠١٢٣٤٥٦٧٨٩"):
        native = FREE.translate(str.maketrans("0123456789", digits))
        assert count_tokens(native) == count_tokens(FREE) + 6   # 3, 3, 60, 1/2
        for signals in (structure_signals, dense_signals):
            a, b = signals(FREE, count_tokens(FREE)), signals(native, count_tokens(native))
            assert {k: v for k, v in a.items() if "digit" in k} == {k: v for k, v in b.items() if "digit" in k}
    assert structure_signals(FREE, 30)["q_digit_share"] > 0


def test_token_lengths_are_english_equivalent_in_scripts_that_take_many_tokens():
    bengali = "একটি দোকান 3টি পেনসিল 2 $-এ বিক্রি করে। আনা 12টি পেনসিল কেনে। সে কত টাকা ফেরত পাবে?"
    letters = sum("\u0980" <= c <= "\u09ff" for c in bengali)
    assert english_tokens(bengali, 78) == pytest.approx(78 - 1.04 * letters)
    assert english_tokens(FREE, 30) == 30   # ASCII
    assert english_tokens("Привет, сколько будет 2+2?", 12) == 12   # a language-dependent ratio: left alone
    # Only the script's letters lose tokens: the equation of a Hindi request keeps its own.
    hindi = "x के लिए हल करो: 3x - 7 = 2x + 5."
    assert english_tokens(hindi, 30) == pytest.approx(30 - 0.87 * sum("\u0900" <= c <= "\u097f" for c in hindi))
    # A formula's Greek letters are symbols; a Greek question's words give back their excess tokens.
    assert english_tokens("If α = 2β and β = 3, what is α + β?", 20) == 20
    greek = "Πόσα ρέστα παίρνει η Άννα;"
    assert english_tokens(greek, 43) == pytest.approx(43 - 0.97 * len("ΠόσαρέσταπαίρνειΆννα"))
    # Counted in a window of a long text, scaled to the whole.
    assert english_tokens(bengali * 10, 780, bengali) == pytest.approx(780 - 10 * 1.04 * letters)
    # The digits' share of the question's tokens is the share of its English-equivalent tokens.
    assert structure_signals(bengali, 78)["q_digit_share"] == pytest.approx(4 / (78 - 1.04 * letters))  # 3, 2, 12


def test_clauses_count_several_scripts():
    zh = structure_signals("小明有15个苹果，他给了小红7个，又买了12个。每个朋友得到多少个？", 30)
    assert zh["q_log_clauses"] > 0 and zh["q_log_numbers"] > 0


def test_head_follows_layout():
    assert head_of(dense_signals(MC, 40)) == "mc"
    assert head_of(dense_signals(FREE, 30)) == "free"


def test_artefact_heads_match_code_and_scores_rank_within_layout():
    raw = json.loads(ARTEFACT_PATH.read_text())
    assert sorted(raw["heads"]) == sorted(HEAD_FEATURES)
    for name, h in raw["heads"].items():
        assert h["features"] == list(HEAD_INPUTS[name])
        assert h["calibration"] == sorted(h["calibration"])
    cv = raw["cv"]["mean"]
    assert cv["gsm8k"]["apgr"] > 0.55 and cv["mmlu"]["apgr"] > 0.6 and raw["cv"]["repeats"] >= 1
    m = load_model()
    for text, tokens in ((MC, 40), (FREE, 30)):
        assert 0.0 <= m.score(text, tokens) <= 1.0


def test_long_prompt_keeps_its_layout_and_lexical_reads_a_window():
    # A long passage before the options: the window keeps the end, so the options still pick the head.
    long_mc = "Read the passage. " + "The committee met and discussed the budget. " * 200 + "\n" + MC
    assert len(long_mc) > 4 * WINDOW
    assert head_of(dense_signals(long_mc, 2000)) == "mc"
    # Words beyond the lexical window do not change the buckets.
    body = "alpha beta " * 50
    dim = 1 << 14
    assert lexical_buckets(body + "gamma " * 2000 + body, dim) == lexical_buckets(body + "delta " * 2000 + body, dim)


def test_magnitude_range_of_the_quantities():
    import math

    en = "A loan of $12,000 costs 4% a year. How much after 3 years?"
    zh = "一笔12,000美元的贷款每年利息4%。3年后一共要还多少？"
    expected = math.log10(12000 / 3) / 3
    for text in (en, zh):  # the same quantities in another script: the same signal
        assert abs(structure_signals(text, 20)["q_num_range"] - expected) < 1e-9
    assert structure_signals("What is the capital of France?", 8)["q_num_range"] == 0.0
    assert structure_signals("Add 7 and 7.", 5)["q_num_range"] == 0.0          # one magnitude
    assert structure_signals("Version 1.2.3 ships 0 bugs and 40 fixes.", 12)["q_num_range"] == 0.0  # 1.2.3 unparsable, 0 skipped


def test_number_punctuation_is_the_same_in_every_convention():
    # Decimal marks, thousands marks (also a space) and a time's colon between digits: "$6.50" and
    # "6,50 $" hold one each. They are not clauses, and they say how the numbers are written.
    en = "A shirt costs $6.50 and a coat $1,000. The shop opens at 9:30. How much?"
    fr = "Une chemise coûte 6,50 $ et un manteau 1 000 $. Le magasin ouvre à 9:30. Combien ?"
    de = "Ein Hemd kostet 6,50 $ und ein Mantel 1.000 $. Der Laden öffnet um 9:30. Wie viel?"
    values = {structure_signals(t, 25)["q_log_num_punct"] for t in (en, fr, de)}
    assert len(values) == 1 and values.pop() > 0
    assert structure_signals("Add 3, 4 and 5. What is 2 / 3?", 12)["q_log_num_punct"] == 0.0   # a list, a fraction
    assert "q_log_num_punct" in HEAD_FEATURES["free"] and "q_log_num_punct" not in HEAD_FEATURES["mc"]


def test_identifiers_are_not_quantities():
    s = dense_signals("Call Maria on 555-0142 or Peter on 555-0199, or write to order 2026-05-01.", 30)
    assert s["n_numbers"] >= 6 and s["n_quantities"] == 0
    assert dense_signals("She buys 3-4 apples and 12 pears.", 20)["n_quantities"] == 3


def test_greek_asks_with_a_semicolon_but_a_formula_does_not():
    assert dense_signals("Ποιος πλανήτης είναι πιο κοντά στον Ήλιο;", 20)["n_questions"] == 1
    assert dense_signals("Let α = 2; β = 3; compute α + β.", 20)["n_questions"] == 0
    assert dense_signals("int x = 1; return x;", 20)["n_questions"] == 0


def test_chinese_full_stops_count_as_sentences_for_the_task_rules():
    assert dense_signals("三个箱子都贴错了标签。你可以拿出一个水果。怎样找出正确的标签？", 40)["n_sentences"] == 3


# The plain forms of the patterns that signals.py writes with a leading character or class (so Python's
# re skips in C to where that character occurs): the same matches at the same places, or every signal
# and decision built on them would move.
PLAIN_FORMS = {
    "_NUMBER": r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*",
    "_SENTENCE": r"[.!?。！？؟।]+(?:\s|$)",
    "_Q_SENTENCE": r"[.!?؟।]+(?:\s|$)|[。！？]+",
    "_WORD_HYPHEN": r"(?<=[^\W\d_])-|-(?=[^\W\d_])",
    "_GREEK": r"[\u0370-\u03ff]{4}",
    "_TWO_TOKEN_DIGIT": "(?![0-9\uff10-\uff19])\\d",
}
# Every character these patterns treat apart, and a few they do not.
ALPHABET = "0123456789٣.,-:; \u00a0\u202f\n\t!?؟।。！？aZéжλΩπ_x+=$" + "αβγδ" + "３১"


def _texts() -> list[str]:
    import random
    from pathlib import Path

    rng = random.Random(12)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(40))) for _ in range(5000)]
    for path in sorted((Path(__file__).with_name("data")).glob("*.jsonl")):
        texts += [json.loads(line)["prompt"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + [MC, FREE]


def test_fast_patterns_match_their_plain_forms():
    import re

    from gateway.routing import signals

    texts = _texts()
    for name, plain in PLAIN_FORMS.items():
        fast, slow = getattr(signals, name), re.compile(plain)
        assert fast.pattern != plain
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], (name, text)


# Counts read in faster ways (UTF-8 bytes, the characters beyond ASCII, a pattern without a branch the
# text cannot match) must equal the plain counts they replace, or every signal built on them would move.
ODD_TEXTS = ["", "x", "\ud800 lone surrogate 1+2", "a\udfff;{}", "３＋４＝？ ١٢ ১৮ ×÷ 50% €5", "  def f():\n    return 1;\n}",
             "int x = 1;\n\n  y\r\n\t{ z }\n", "\u037e ; ;", "。！？ Hi? ¿Qué?"]


def _all_texts() -> list[str]:
    return _texts() + ODD_TEXTS + [t * 40 for t in ODD_TEXTS]


def test_character_counters_count_as_str_count():
    from gateway.routing import signals as S

    counters = {S._OPERATOR: S._OPERATORS, S._QUESTION_MARKS: S._QUESTIONS, S._MONEY: S._MONEY_SIGNS,
                S._CODE: S._CODE_CHARS, S._CLAUSE: S._CLAUSES, S._CJK_STOPS: S._STOPS, S._ASCII_DIGITS: S._ASCII_DIGIT_CHARS}
    for text in _all_texts():
        raw = S.utf8(text)
        others = S.non_ascii(raw)
        assert others == "".join(c for c in text if not c.isascii())
        for chars, counter in counters.items():
            assert counter(raw, others) == S._chars(chars, text), (chars, text)
        assert S._digits_and_punct(raw, others) == (S._count(S._ANY_DIGIT, text), S._count(S._PUNCT, text)), text
        assert S._digit_count(text) == S._count(S._ANY_DIGIT, text)


def test_a_character_counter_refuses_a_repeated_character():
    from gateway.routing.signals import _CharCounter

    with pytest.raises(ValueError, match="repeated"):
        _CharCounter("+-+")


def test_code_lines_without_their_line_end_branch_where_the_text_cannot_match_it():
    import re

    from gateway.routing import signals as S

    without_ends = [t.translate({ord(c): " " for c in ";{}"}) for t in _all_texts()]
    assert any(S._CODE_LINE.search(t) for t in without_ends)
    for text in without_ends:
        assert S._CODE_LINE.findall(text) == S._CODE_LINE_WITHOUT_ENDS.findall(text), text
    assert re.compile(S._CODE_LINE_START + r"|[;{}]\s*$", re.M).pattern == S._CODE_LINE.pattern


def test_english_tokens_given_or_counted_give_the_same_signals():
    from gateway.routing.signals import window

    for text in _all_texts()[-300:]:
        english = english_tokens(text, 50, window(text))
        assert dense_signals(text, 50, english) == dense_signals(text, 50)
        assert structure_signals(text, 50, english) == structure_signals(text, 50)
