"""A word of another language that begins like a code name, or holds one, is no request for code (2026-12-03).

Found by routing MultiQ's basic questions in 137 languages (CC BY 4.0; a held-out check, see
`data/multilingual-questions` and BENCHMARKS.md): 119 of 12,330 questions of fact went to code with
thinking on the largest model, because a short code name was read as the start of another word (Chichewa
"Kodi ...?", the particle that opens a question, and Lithuanian "kodėl", why, begin like "kod"; Lithuanian
"apie", about, like "api"; Malagasy "javatra", a thing, like "java"; Albanian "bashkë", together, like
"bash") or found inside one in a script read without word starts (Persian "کدام", which, holds "کد";
Hebrew "נקודה", a point, holds "קוד"). These names are read as whole words now (with their inflections).
The same held for two words of proof: Hindi "प्रसिद्ध" (famous) holds "सिद्ध" (prove), Hebrew "היחידה" (the
unit) holds "חידה" (a riddle): "What is the Taj Mahal famous for?" went to reasoning with thinking.

Written by this project for this test (none copied from MultiQ or any benchmark), with guards in which
the same names ask for code.
"""

from __future__ import annotations

import pytest

from .decisions import decide



QUESTIONS = [
    ("ny", "Kodi likulu la dziko la Malawi ndi chiyani?"),
    ("ny", "Kodi mvula imagwa bwanji?"),
    ("lt", "Kodėl dangus yra mėlynas?"),
    ("lt", "Ką žinai apie Vilniaus senamiestį?"),
    ("fa", "کدام کشور بیشترین جمعیت را دارد؟"),
    ("fa", "مهمترین رود ایران کدام است؟"),
    ("he", "מהי נקודת ההתכה של ברזל?"),
    ("mg", "Inona ny javatra lehibe indrindra eto an-tany?"),
    ("sq", "Kur u bashkua Gjermania?"),
    ("ckb", "ئەمریکا لە چ ساڵێکدا سەربەخۆ بوو؟"),
]


@pytest.mark.parametrize("lang,prompt", QUESTIONS)
def test_a_word_that_begins_or_holds_a_code_name_is_no_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), (lang, prompt, d.task)


CODE = [
    ("en", "Write a Java class that parses ISO dates."),
    ("en", "Design a REST API for a small library."),
    ("fr", "Écris un script bash qui sauvegarde mes fichiers chaque nuit."),
    ("pl", "Napisz kod, który sortuje listę liczb."),
    ("pl", "Czy możesz poprawić mój kod?"),
    ("tr", "Bu kodu düzelt: print(x"),
    ("tr", "Kod yaz: iki sayıyı toplayan bir fonksiyon."),
    ("lt", "Kodas neveikia, padėk pataisyti funkciją."),
    ("fa", "این کد را درست کن: for i in range(10) print(i)"),
    ("he", "תקן את הקוד הזה: for i in range(10) print(i)"),
]


@pytest.mark.parametrize("lang,prompt", CODE)
def test_the_code_names_as_words_still_ask_for_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, prompt, d.task)


NOT_PROOFS = [
    ("hi", "ताजमहल किस लिए प्रसिद्ध है?"),
    ("hi", "भारत का सबसे प्रसिद्ध खेल कौन सा है?"),
    ("he", "מהי היחידה הקטנה ביותר של החומר?"),
    ("he", "מה היחידה של כוח?"),
]


@pytest.mark.parametrize("lang,prompt", NOT_PROOFS)
def test_a_word_that_holds_a_proof_word_is_no_proof(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), (lang, prompt, d.task)


PROOFS = [
    ("hi", "सिद्ध कीजिए कि √2 अपरिमेय है।"),
    ("hi", "सिद्ध करो कि दो विषम संख्याओं का योग सम होता है।"),
    ("he", "פתור את החידה: מה עולה ולא יורד?"),
    ("he", "יש לי חידה בשבילך: מה יש לו ידיים ואין לו אצבעות?"),
]


@pytest.mark.parametrize("lang,prompt", PROOFS)
def test_the_proof_words_still_ask_for_reasoning(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True), (lang, prompt, d.task)
