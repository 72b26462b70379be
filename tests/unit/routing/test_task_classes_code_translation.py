"""Code put from one programming language into another is code, not a translation of text (2026-12-03).

On main a request to translate code ("Translate this Python function to Rust: ...", "Übersetze diesen
Python-Code nach Java", "把这段 Python 代码翻译成 Java") was read as extraction (a translation) on the smallest
model without thinking: the verb of translating is an extraction cue, read before the code words. What
tells the two apart in every language is the target: a programming language after a word of direction
("to Rust", "nach Java", "a JavaScript", "на Go", "翻译成 Java") or before a particle of one ("Javaに",
"Java로", "Python'a"). A text translated into a human language stays extraction, whatever programming
language its words or its quoted material name (Java the island, a python, an error message).

Second, German compounds that end in "-code" ("Kerncode", "Quellcode", "Beispielcode") name code, and the
gist phrase "den Kern" is read only before a word of its own: "schreibe den Kerncode in Go" read as a
request for the gist ("den Kern") and as no code at all; "Erkläre den Kernel von Linux" was extraction too.

Written by this project for this test; none copied from a benchmark.
"""

from __future__ import annotations

import pytest

from .decisions import decide

PORTS = [
    ("en", "Translate this Python function to Rust: def add(a, b): return a + b"),
    ("en", "Translate this JavaScript to TypeScript: function add(a, b) { return a + b; }"),
    ("en", "Can you translate this code into Go? def add(a, b): return a + b"),
    ("en", "Translate the following Java method to Python: public int add(int a, int b) { return a + b; }"),
    ("en", "Please translate my C++ class into C#."),
    ("en", "translate from python to javascript: print('hi')"),
    ("en", "Translate this to Go:\ndef add(a, b):\n    return a + b\n"),
    ("de", "Übersetze diesen Python-Code nach Java: def add(a, b): return a + b"),
    ("de", "Kannst du diese Java-Klasse in Kotlin übersetzen?"),
    ("de", "Übersetze die folgende Funktion von JavaScript nach TypeScript: function add(a, b) { return a + b; }"),
    ("es", "Traduce este código de Python a JavaScript: def add(a, b): return a + b"),
    ("es", "¿Puedes traducir esta función de Java a Python?"),
    ("fr", "Traduis ce code Python en C++ : def add(a, b): return a + b"),
    ("fr", "Peux-tu traduire cette fonction JavaScript en Python ?"),
    ("it", "Traduci questo codice Python in Java: def add(a, b): return a + b"),
    ("pt", "Traduza este código Python para Java: def add(a, b): return a + b"),
    ("ru", "Переведи этот код с Python на Go: def add(a, b): return a + b"),
    ("ru", "Переведи эту функцию на Rust: def add(a, b): return a + b"),
    ("pl", "Przetłumacz ten kod na Rust: def add(a, b): return a + b"),
    ("tr", "Bu Python kodunu Java'ya çevir: def add(a, b): return a + b"),
    ("zh", "把这段 Python 代码翻译成 Java：def add(a, b): return a + b"),
    ("zh", "请把这个函数从 JavaScript 翻译成 Python。"),
    ("ja", "このPythonコードをJavaに翻訳してください: def add(a, b): return a + b"),
    ("ko", "이 Python 코드를 Java로 번역해 줘: def add(a, b): return a + b"),
    ("hi", "इस कोड को Java में अनुवाद करें: def add(a, b): return a + b"),
    ("id", "Terjemahkan kode ini ke Python: function add(a, b) { return a + b; }"),
    ("vi", "Dịch đoạn code này sang Python: function add(a, b) { return a + b; }"),
    ("en", "Translate this Stata code into R."),
]


@pytest.mark.parametrize("lang,prompt", PORTS)
def test_code_translated_into_another_programming_language_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, prompt, d.task)


ALREADY_CODE = [
    ("en", "Port this Java class to Kotlin."),
    ("en", "Convert this C# method to Python."),
    ("en", "Rewrite this Python function in Rust: def add(a, b): return a + b"),
    ("de", "Schreib diesen Python-Code in Go um: def add(a, b): return a + b"),
]


@pytest.mark.parametrize("lang,prompt", ALREADY_CODE)
def test_code_ported_or_converted_stays_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, prompt, d.task)


TEXT_TRANSLATIONS = [
    ("en", "Translate this sentence to French: The weather is nice today."),
    ("en", "Translate \"Python is a programming language\" into German."),
    ("en", "Translate into Spanish: Java is an island in Indonesia, and a python snake lives in its forests."),
    ("en", "Translate this error message into English: 'Fehler: Datei nicht gefunden'"),
    ("en", "Translate this code comment into English: # Berechne die Summe der Liste"),
    ("en", "Translate the comments in this Python code into English."),
    ("en", "Translate 'I want to go to Java next summer' into Spanish."),
    ("en", "Translate I want to go home into French."),
    ("de", "Übersetze diesen Text ins Englische: Das Wetter ist heute schön."),
    ("de", "Übersetze diese Fehlermeldung ins Englische: Datei nicht gefunden"),
    ("es", "Traduce al inglés: Java es una isla de Indonesia con muchos volcanes."),
    ("fr", "Traduis en anglais : « Le python est un serpent »"),
    ("ru", "Переведи на английский: Я изучаю Python и Go."),
    ("fr", "Traduis ce texte en anglais, c'est pour mon cours de Java."),
    ("en", "Translate this Java tutorial into French."),
    ("en", "Translate this Python code into plain English."),
    ("en", "Translate the user manual of my Python app into German."),
]


@pytest.mark.parametrize("lang,prompt", TEXT_TRANSLATIONS)
def test_text_translated_into_a_human_language_stays_extraction(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("extraction", False), (lang, prompt, d.task)


CODE_COMPOUNDS = [
    ("de", "Entwirf einen verteilten Rate Limiter für eine Microservice-Architektur und schreibe den Kerncode in Go."),
    ("de", "Schreibe den Quellcode für einen einfachen TCP-Server in Go."),
    ("de", "Gib mir Beispielcode für einen Webserver in Go."),
    ("de", "Schreib den Kerncode für einen Job-Scheduler in Go."),
    ("nl", "Schrijf de broncode voor een eenvoudige webserver in Go."),
]


@pytest.mark.parametrize("lang,prompt", CODE_COMPOUNDS)
def test_a_compound_that_ends_in_code_names_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, prompt, d.task)


GIST_AND_OTHER_CODES = [
    ("de", "Fasse den Kern dieses Artikels zusammen: Die Stadt plant eine neue Straßenbahnlinie für den Norden."),
    ("de", "Was ist den Kern dieser Nachricht? Wir treffen uns morgen im Büro und besprechen das Budget."),
]


@pytest.mark.parametrize("lang,prompt", GIST_AND_OTHER_CODES)
def test_the_gist_asked_with_den_kern_stays_extraction(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "extraction", (lang, prompt, d.task)


NOT_CODE_COMPOUNDS = [
    ("de", "Wo finde ich den Gutscheincode für meine Bestellung?"),
    ("de", "Wie finde ich den Sicherheitscode meiner Kreditkarte?"),
]


@pytest.mark.parametrize("lang,prompt", NOT_CODE_COMPOUNDS)
def test_a_voucher_or_card_code_is_no_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "code", (lang, prompt, d.task)


NOT_THE_GIST = [
    ("de", "Erkläre den Kernel von Linux."),
    ("de", "Beschreibe den Kernbereich einer Zelle."),
]


@pytest.mark.parametrize("lang,prompt", NOT_THE_GIST)
def test_den_kern_inside_a_longer_word_asks_no_gist(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task != "extraction", (lang, prompt, d.task)
