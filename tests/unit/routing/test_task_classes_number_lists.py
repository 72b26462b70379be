"""A list of numbers to work on is one thing to read, not many quantities of a word problem (2026-12-03, stop 25).

"What is the sum of 12, 15, 18 and 21?" went to the 30B-A3B with a 32K thinking budget, "Find the median
of 3, 9, 1, 7, 5." to the 235B: the learned score was fitted on word problems, where every quantity is one
more step to take, and it read each number of a list as such a step (score 0.83-0.96 on every list below on
main 60a3b21). A short request about a list given as data (sum, average, median, sort, largest, next term)
takes one pass over it. Its difficulty is now read by rules (`number_lists`): a small base, a little per
number, more for a sequence to continue. Word problems that hold a list keep the learned score.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

SMALL = ("qwen3-0.6b", "qwen3-1.7b", "qwen3-4b")

AGGREGATES = [
    ("en", "What is the sum of 12, 15, 18 and 21?"),
    ("en", "What is the average of 4, 8, 15, 16, 23, 42?"),
    ("en", "Find the median of 3, 9, 1, 7, 5."),
    ("en", "Sort these numbers from smallest to largest: 42, 7, 19, 3, 88, 23."),
    ("en", "Which is the largest: 0.7, 0.65, 0.699, 0.71?"),
    ("en", "Add up 120, 340, 75 and 18."),
    ("en", "Compute the mean and standard deviation of 2, 4, 4, 4, 5, 5, 7, 9."),
    ("de", "Was ist die Summe von 12, 15, 18 und 21?"),
    ("de", "Sortiere diese Zahlen aufsteigend: 42, 7, 19, 3, 88, 23."),
    ("fr", "Quelle est la moyenne de 4, 8, 15, 16, 23 et 42 ?"),
    ("fr", "Trouve la médiane de 3, 9, 1, 7, 5."),
    ("es", "¿Cuál es la suma de 12, 15, 18 y 21?"),
    ("es", "Ordena estos números de menor a mayor: 42, 7, 19, 3, 88, 23."),
    ("it", "Qual è la media di 4, 8, 15, 16, 23 e 42?"),
    ("ru", "Найди сумму чисел 12, 15, 18 и 21."),
    ("zh", "求 12、15、18 和 21 的和。"),
    ("zh", "把这些数从小到大排序：42, 7, 19, 3, 88, 23"),
    ("ja", "4、8、15、16、23、42 の平均はいくつですか？"),
]
SEQUENCES = [
    ("en", "What comes next in the sequence 2, 6, 12, 20, 30?"),
    ("en", "What is the next number: 1, 1, 2, 3, 5, 8?"),
    ("en", "Continue the pattern: 3, 9, 27, 81"),
    ("de", "Wie geht die Folge weiter: 2, 6, 12, 20, 30?"),
    ("fr", "Quel est le nombre suivant : 2, 6, 12, 20, 30 ?"),
    ("es", "¿Cuál es el siguiente número de la serie 1, 4, 9, 16, 25?"),
    ("ru", "Какое следующее число в последовательности 2, 6, 12, 20, 30?"),
    ("zh", "下一个数是什么：2, 6, 12, 20, 30？"),
    ("ja", "次の数は何ですか：1, 1, 2, 3, 5, 8"),
]


@pytest.mark.parametrize("lang,prompt", AGGREGATES)
def test_work_on_a_list_is_small_math(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (lang, prompt, d.task)
    assert d.model in SMALL and d.budget <= 4096, (lang, prompt, d.model, d.budget, d.score)
    assert d.extra["difficulty_from"].startswith("list rules"), d.extra["difficulty_from"]


@pytest.mark.parametrize("lang,prompt", SEQUENCES)
def test_a_sequence_to_continue_thinks_more_but_not_on_the_largest(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("math", True), (lang, prompt, d.task)
    assert d.model != "qwen3-235b-a22b" and d.budget <= 8192, (lang, prompt, d.model, d.budget, d.score)
    sums = decide(policy, views, "What is the sum of 2, 6, 12, 20 and 30?")
    assert d.score > sums.score, (prompt, d.score, sums.score)


WORD_PROBLEMS = [
    "Tom scored 80, 85 and 90 on three tests. He needs an average of 88 over four tests. What must he score on "
    "the fourth test?",
    "A shop sold 12, 15 and 18 shirts on three days, each for $9. How much money did it make in all?",
    "Lena läuft am Montag 3, am Dienstag 5 und am Mittwoch 4 Kilometer. Wie viele Kilometer läuft sie in zwei "
    "Wochen, wenn sie jede Woche gleich viel läuft?",
    "小明第一天读了12页，第二天读了15页，第三天读了18页。照这样下去，第五天他读多少页？",
]


@pytest.mark.parametrize("prompt", WORD_PROBLEMS)
def test_word_problems_that_hold_a_list_keep_the_learned_score(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.extra["difficulty_from"].startswith("learned score"), (prompt, d.extra)
