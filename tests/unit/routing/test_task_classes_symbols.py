"""Requests that need exact work symbol by symbol (2026-12-03, sym31): a number put into another representation, the
letters of a given word counted or rearranged, and a text to translate that talks about code.

On main de8daac "Convert 255 to binary." was chat on the 0.6B without thinking, "What is MCMXCIV?" knowledge,
"Write 1994 in Roman numerals." writing on the 4B without thinking; "How many r's are in strawberry?" knowledge and
"Spell \"necessary\" backwards." chat, both without thinking: small models get such answers wrong unless they
think, symbol by symbol. A representation named after a word of direction ("to binary", "en binaire", "в двоичную
систему", "römischen Zahlen"), with a number or a Roman numeral to put there, is a sum to work out (math); a unit
of writing counted, reversed, sorted or compared in a given string (quoted, "the word X", a word after a colon) is
reasoning. Both think; a small model is fine (`symbols`).
A translation's payload is what is translated, not the request: "Traduis en anglais : J'écris du code Python tous
les jours." was code on the 30B (the payload's "écris du code" read as a program asked for); the instruction
before the colon (or around a quoted text) decides.
Guards keep their decision: facts about an alphabet or a vocabulary, a rhyme, a definition of a palindrome, binary
search explained, code that converts, code translated into another programming language.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

REPRESENTATIONS = [
    "Convert 255 to binary.",
    "What is 255 in hexadecimal?",
    "Convert 1011 from binary to decimal.",
    "What is 64 in octal?",
    "255 in binary",
    "Write 1994 in Roman numerals.",
    "What is MCMXCIV?",
    "What number is XLII in Roman numerals?",
    "Express 123000 in scientific notation.",
    "What is the binary representation of 42?",
    "Convertis 255 en binaire.",
    "Écris 1994 en chiffres romains.",
    "Wandle 255 in Binär um.",
    "Wie lautet 255 in Hexadezimal?",
    "Schreibe 1994 in römischen Zahlen.",
    "Convierte 255 a binario.",
    "Escribe 1994 en números romanos.",
    "Expresa 0,00045 en notación científica.",
    "Converti 255 in binario.",
    "Переведи 255 в двоичную систему.",
    "Напиши 1994 римскими цифрами.",
    "把255转换成二进制。",
    "1994用罗马数字怎么写？",
    "255を2進数に変換して。",
    "Give me 100 in hex.",
    "What is 1010 in base 10?",
]

LETTERS = [
    "How many r's are in strawberry?",
    'How many vowels are in the word "encyclopedia"?',
    'Spell "necessary" backwards.',
    'Reverse the word "banana".',
    'Is "racecar" a palindrome?',
    'Is "listen" an anagram of "silent"?',
    "Is 12321 a palindrome?",
    "Sort these words alphabetically: pear, apple, mango, kiwi.",
    'How many letters are in the word "onomatopoeia"?',
    "Count the words in this sentence: The quick brown fox jumps over the lazy dog.",
    'How many syllables are in "beautiful"?',
    'What is the first letter of each word in "Make America Great Again"?',
    'Wie viele r sind in dem Wort "Erdbeere"?',
    'Schreibe das Wort "Hallo" rückwärts.',
    'Ist "Reliefpfeiler" ein Palindrom?',
    'Combien de lettres dans le mot "anticonstitutionnellement" ?',
    "Écris le mot \"bonjour\" à l'envers.",
    "Trie ces mots par ordre alphabétique : poire, pomme, kiwi.",
    '¿Cuántas letras tiene la palabra "murciélago"?',
    'Escribe la palabra "hola" al revés.',
    '¿Es "reconocer" un palíndromo?',
    "Сколько букв «о» в слове «молоко»?",
    "Напиши слово «привет» задом наперёд.",
    '"strawberry"这个单词里有几个字母r？',
    "把单词“hello”倒过来写。",
    "Spell necessary backwards.",
    "Count the letters in Mississippi.",
    '"banana"里有几个a？',
    'Quanti caratteri ha la parola "ciao"?',
    'Wie viele Silben hat das Wort "Banane"?',
]

TRANSLATIONS = [
    "Translate into English: Ich programmiere gern in meiner Freizeit.",
    "Traduis en anglais : J'écris du code Python tous les jours.",
    "把这句话翻译成英文：我每天用Python写代码。",
    "Translate to Spanish: I wrote a function that sorts the list.",
    "Übersetze ins Englische: Ich schreibe jeden Tag Code in Python.",
    "Traduce al inglés: Escribo código en Python todos los días.",
    "Переведи на английский: Я пишу код на Python каждый день.",
    "Translate to German: Can you write a script that renames my files?",
    "Translate into Japanese: Our app crashes when the user logs in.",
    'Translate "I build apps in Swift" into French.',
]

# (prompt, task on main de8daac): each keeps it.
GUARDS = [
    ("How many letters are in the English alphabet?", "knowledge"),
    ("How many words does Shakespeare's vocabulary have?", "knowledge"),
    ("Write a word that rhymes with cat.", "writing"),
    ("What is a palindrome?", "knowledge"),
    ("Was ist ein Palindrom?", "knowledge"),
    ("Wie viele Buchstaben hat das deutsche Alphabet?", "knowledge"),
    ("Сколько букв в русском алфавите?", "knowledge"),
    ("Explain binary search in 3 sentences.", "knowledge"),
    ("What is binary search?", "knowledge"),
    ("How do I convert an integer to binary in Python?", "code"),
    ("Write a Python function that converts 255 to binary.", "code"),
    ("Write a function that reverses a string.", "code"),
    ("Translate this Python code to JavaScript: def add(a, b): return a + b", "code"),
    ("Translate this Python code to JavaScript:\ndef add(a, b):\n    return a + b", "code"),
    ("Translate this function to Rust: fn main() {}", "code"),
    ("Who was the first Roman emperor?", "knowledge"),
    ("Write a 500-word essay about the Roman Empire.", "writing"),
    ("How many words should a cover letter have?", "knowledge"),
    ("How many characters are in Hamlet?", "knowledge"),
    ("¿Qué es un palíndromo?", "knowledge"),
    ("Qu'est-ce qu'une anagramme ?", "knowledge"),
    ("Combien de lettres compte l'alphabet français ?", "knowledge"),
    ("¿Cuántas letras tiene el alfabeto español?", "knowledge"),
    ("Wie viele Wörter hat die Bibel?", "knowledge"),
    ("Сколько слов в «Войне и мире»?", "knowledge"),
    ("Explique la recherche binaire en 3 phrases.", "knowledge"),
    ("二分查找是什么？", "knowledge"),
    ("Écris une fonction Python qui convertit 255 en binaire.", "code"),
    ("Schreibe eine Funktion, die ein Wort rückwärts ausgibt.", "code"),
    ("Traduce este código de Python a JavaScript: def f(x): return x", "code"),
    ("Übersetze diesen Python-Code nach Java: def f(x): return x", "code"),
    ("把这段Python代码翻译成JavaScript：def f(x): return x", "code"),
    ("Translation of the day: carpe diem", "chat"),
]


@pytest.mark.parametrize("prompt", REPRESENTATIONS)
def test_a_number_put_into_another_representation_is_math(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "math" and d.thinking, d


@pytest.mark.parametrize("prompt", LETTERS)
def test_letters_of_a_given_string_are_worked_with_thinking(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task in ("reasoning", "math") and d.thinking, d


@pytest.mark.parametrize("prompt", TRANSLATIONS)
def test_a_translation_about_code_stays_a_translation(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "extraction", d


@pytest.mark.parametrize("prompt,task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task, d


@pytest.mark.parametrize("mode", ["economy", "quality"])
@pytest.mark.parametrize("prompt", ["Convert 255 to binary.", "How many r's are in strawberry?"])
def test_symbol_work_thinks_in_every_mode(policy, views, prompt, mode):
    d = decide(policy, views, prompt, mode=mode)
    assert d.thinking, (mode, d)
