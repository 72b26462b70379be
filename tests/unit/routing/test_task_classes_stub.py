"""An unfinished definition to complete is code, whatever its comment says (2026-12-03).

Found by routing HumanEval-XL's prompts (FloatAI, MIT; a held-out check of code in 23 languages, see
`data/multilingual-code` and BENCHMARKS.md): a function's signature with its documentation and no body,
the whole request. In C# (`/// <summary>`) and Go (`import "encoding/json"`) 75-100% read as extraction
without thinking, in Ruby (`#` comments, not counted as code lines) half as math, and in every language
a docstring that says "extract", "çevirin" (convert) or "you'll be given" took its words' task. The shape
survives translation: the text opens with code and ends inside a definition it leaves open.

Written by this project for this test (none copied from HumanEval-XL or any benchmark). Each class holds
several languages and programming languages, with guards that must not change.
"""

from __future__ import annotations

import pytest

from gateway.routing.stubs import is_code_stub

from .decisions import decide


STUBS = [
    ("de/python", 'def zaehle_vokale(text: str) -> int:\n    """Extrahiere alle Vokale aus dem Text und gib ihre\n'
                  '    Anzahl zurück.\n    >>> zaehle_vokale("Hallo")\n    2\n    """\n'),
    ("es/python", 'from typing import List\n\n\ndef resumir(numeros: List[int]) -> int:\n    """Resume la lista en un solo '
                  'número: la suma de los 3 mayores.\n    >>> resumir([5, 1, 4, 2, 3])\n    12\n    """\n'),
    ("tr/python", "def buyuk_harf(s):\n    '''\n    Verilen metni büyük harfe çevirin ve döndürün.\n    >>> buyuk_harf('abc')\n"
                  "    'ABC'\n    '''\n"),
    ("en/python", 'def split_words(s):\n    import re\n    """You will be given a sentence. Your task is to split it\n'
                  '    into words and return them as a list.\n    """\n'),
    ("ru/go", 'package main\n\nimport "encoding/json"\n\n// Извлеки из JSON-строки поле name и верни его.\n'
              "func ExtractName(raw string) string {\n"),
    ("tr/csharp", "using System;\n\nnamespace Cozum\n{\n    public class Program\n    {\n        /// <summary>\n"
                  "        /// Verilen 2 sayının en büyük ortak bölenini 3 adımda bulun.\n        /// </summary>\n"
                  "        public static int Ebob (int a, int b)\n        {"),
    ("zh/ruby", "# 给定 3 个整数 a、b、c，返回其中最大的 2 个数之和。\n# >>> top_two(1, 5, 3)\n# 8\ndef top_two(a, b, c)"),
    ("fr/javascript", "/**\n * Traduis chaque mot de la phrase en majuscules et renvoie la phrase.\n * enMajuscules('le chat') "
                      "== 'LE CHAT'\n */\nfunction enMajuscules(phrase) {\n"),
    ("ja/perl", "# 文字列から数字だけを抜き出して返す。\nsub digits_only\n{\n  my ($s) = @_;\n"),
    ("ar/java", "import java.util.*;\n\nclass Solution {\n    /**\n     * استخرج أكبر عدد في القائمة.\n     */\n"
                "    public static int largest(List<Integer> xs) {\n"),
]


@pytest.mark.parametrize("lang,prompt", STUBS)
def test_an_unfinished_definition_is_code_with_thinking(policy, views, lang, prompt):
    assert is_code_stub(prompt), lang
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, d.task, d.thinking)


# A one-line request to complete it before the stub, that names no other task: code as well.
LEAD_STUBS = [
    ("en", "Complete the following function:\n\n" + STUBS[0][1]),
    ("en", "Finish this:\n" + STUBS[4][1]),
    ("de", "Vervollständige diese Funktion:\n\n" + STUBS[7][1]),
    ("es", "Completa la siguiente función:\n\n" + STUBS[1][1]),
    ("zh", "完成下面的函数：\n" + STUBS[5][1]),
    ("ru", "Допиши функцию:\n\n" + STUBS[6][1]),
    ("tr", "Aşağıdaki fonksiyonu tamamlayın:\n\n" + STUBS[2][1]),
    ("ar", "أكمل الدالة التالية:\n\n" + STUBS[9][1]),
]


@pytest.mark.parametrize("lang,prompt", LEAD_STUBS)
def test_a_request_to_complete_a_stub_is_code_with_thinking(policy, views, lang, prompt):
    assert is_code_stub(prompt), lang
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, d.task, d.thinking)


# The same stub documented in three languages goes to the same model as its English original.
SAME_STUB = {
    "en": "Return the words of the sentence in reverse order.",
    "de": "Gib die Wörter des Satzes in umgekehrter Reihenfolge zurück.",
    "zh": "按相反的顺序返回句子中的单词。",
    "he": "החזר את המילים של המשפט בסדר הפוך.",
}


def test_a_stub_and_its_translations_go_to_one_model(policy, views):
    models = {lang: decide(policy, views, f'def reverse_words(s: str) -> str:\n    """{doc}\n    """\n').model
              for lang, doc in SAME_STUB.items()}
    assert len(set(models.values())) == 1, models


# Not a stub: an instruction in words before the code, finished code, or material that only looks like code.
NOT_STUBS = [
    ("en", 'Translate this docstring into German:\n\ndef f(x):\n    """Return x doubled."""\n'),
    ("de", "Fasse zusammen, was diese Funktion tut:\n\nfunction f(a) {\n"),
    ("en", "def double(x):\n    return 2 * x\n"),
    ("es", "function doble(x) {\n  return 2 * x;\n}\n"),
    ("en", '{"name": "Ann", "orders": [{"id": 1,'),
    ("fr", "# Compte rendu de la réunion\n\nPrésents : Anne, Marc.\nRésume le compte rendu en une phrase."),
    ("en", "def\n"),
    ("en", "Explain what this function should do:\n\n" + STUBS[0][1]),
    ("de", "Übersetze den Kommentar ins Englische:\n\n" + STUBS[4][1]),
    ("es", "Resume en una frase qué hace esta función:\n\n" + STUBS[7][1]),
    ("en", "Here are my notes.\nPlease finish the function below.\n\n" + STUBS[0][1]),
]


@pytest.mark.parametrize("lang,prompt", NOT_STUBS)
def test_words_first_finished_code_or_data_is_no_stub(lang, prompt):
    assert not is_code_stub(prompt), (lang, prompt)


GUARDS = [   # decided as before the class: the instruction in words names the task
    ("en", 'Translate this docstring into German:\n\ndef f(x):\n    """Return x doubled."""\n', "extraction"),
    ("fr", "# Compte rendu de la réunion\n\nPrésents : Anne, Marc.\nRésume le compte rendu en une phrase.",
     "extraction"),
]


@pytest.mark.parametrize("lang,prompt,task", GUARDS)
def test_an_instruction_before_the_code_still_names_the_task(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task == task, (lang, prompt)
