"""A programming language's name used as an everyday word (2026-12-04, words32).

"How fast can a swift fly?", "How long can a python grow?", "Does vinegar remove rust?", "Who was Haskell
Curry?" and "Java島で一番大きい都市は？" went to the 30B-A3B as code with 4K thinking (main 5730baf): the bird,
the snake, the oxide, the logician and the island are named by words the rules read as languages, and nothing
else in the text names code. Each member should get the decision it gets with that word replaced by a word of
the same meaning that names no language (a swallow, a boa, corrosion, Sumatra): that pair is the expectation,
written before measuring. The shapes that tell the everyday word: an indefinite article before it ("a python",
"un python", "ein Python?"), its plural ("swifts"), a word of its other meaning beside it (a bird's flight, a
snake's zoo, an iron pan, an island: "Java島", "Python蛇"), a person's name in a question of who.
Guards keep code with thinking: the language named with no such shape, or beside a word of programs, a noun
it modifies ("a Python developer") or a verb of building ("Write a snake game in Python").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

# (member, the same question with the word replaced by one that names no language)
MEMBERS = [
    ("How fast can a swift fly?", "How fast can a swallow fly?"),
    ("Do swifts sleep while flying?", "Do swallows sleep while flying?"),
    ("Can swifts land on the ground?", "Can swallows land on the ground?"),
    ("Is a swift faster than a falcon?", "Is a swallow faster than a falcon?"),
    ("Is a swift a kind of swallow?", "Is a martin a kind of swallow?"),
    ("How fast does a swift fly in km/h?", "How fast does a swallow fly in km/h?"),
    ("How long can a python grow?", "How long can a boa grow?"),
    ("What does a python eat?", "What does a boa eat?"),
    ("Is a python venomous?", "Is a boa venomous?"),
    ("Can a python swallow a deer?", "Can a boa swallow a deer?"),
    ("How big can a python get in the wild?", "How big can a boa get in the wild?"),
    ("How old is the python at the zoo?", "How old is the boa at the zoo?"),
    ("Is a python faster than a cobra?", "Is a boa faster than a cobra?"),
    ("How do I remove rust from my bike chain?", "How do I remove corrosion from my bike chain?"),
    ("How do I remove rust from a cast iron pan?", "How do I remove corrosion from a cast iron pan?"),
    ("Does vinegar remove rust?", "Does vinegar remove corrosion?"),
    ("How do I get rust off my knife?", "How do I get corrosion off my knife?"),
    ("Is a ruby more valuable than a sapphire?", "Is an emerald more valuable than a sapphire?"),
    ("Who invented the game of Go?", "Who invented the game of chess?"),
    ("What does a lisp sound like in children?", "What does a stammer sound like in children?"),
    ("How many pascals are in one atmosphere?", "How many millibars are in one atmosphere?"),
    ("Tell me about La Scala in Milan.", "Tell me about the opera house in Milan."),
    ("Where does Java coffee come from?", "Where does Kona coffee come from?"),
    ("What is the largest city on Java?", "What is the largest city on Sumatra?"),
    ("Why was Java coffee called java?", "Why was Mocha coffee called mocha?"),
    ("How tall is Mount Merapi on Java?", "How tall is Mount Merapi on Sumatra?"),
    ("Who was Haskell Curry?", "Who was Alonzo Church?"),
    ("Is Kotlin Island part of Russia?", "Is Kronstadt Island part of Russia?"),
    # French
    ("Que mange un python ?", "Que mange un boa ?"),
    ("Combien de temps vit un python ?", "Combien de temps vit un boa ?"),
    ("Un python est-il dangereux ?", "Un boa est-il dangereux ?"),
    ("Qu'est-ce que le café de Java ?", "Qu'est-ce que le café de Sumatra ?"),
    ("Quelle est la plus grande ville de Java ?", "Quelle est la plus grande ville de Sumatra ?"),
    # German
    ("Wie groß wird ein Python?", "Wie groß wird eine Boa?"),
    ("Was frisst ein Python?", "Was frisst eine Boa?"),
    ("Wie alt wird ein Python im Zoo?", "Wie alt wird eine Boa im Zoo?"),
    ("Welche ist die größte Stadt auf Java?", "Welche ist die größte Stadt auf Sumatra?"),
    # Spanish, Portuguese
    ("¿Cuál es la ciudad más grande de Java?", "¿Cuál es la ciudad más grande de Sumatra?"),
    ("Quanto pode crescer uma python?", "Quanto pode crescer uma jiboia?"),
    # Italian
    ("Cosa mangia un python?", "Cosa mangia un boa?"),
    ("Quanto è lungo un python?", "Quanto è lungo un boa?"),
    # Japanese, Chinese
    ("Java島で一番大きい都市は？", "スマトラ島で一番大きい都市は？"),
    ("Java島の人口は？", "スマトラ島の人口は？"),
    ("Javaコーヒーの産地はどこ？", "モカコーヒーの産地はどこ？"),
    ("爪哇岛上最大的城市是哪个？", "苏门答腊岛上最大的城市是哪个？"),
    ("Java岛上最大的城市是哪个？", "苏门答腊岛上最大的城市是哪个？"),
    ("Java咖啡来自哪里？", "摩卡咖啡来自哪里？"),
    ("Python蛇能长多长？", "蟒蛇能长多长？"),
    ("Java岛有多少座火山？", "苏门答腊岛有多少座火山？"),
]


def _key(d):
    return d.task, d.model, d.thinking, d.budget


@pytest.mark.parametrize("prompt, replaced", MEMBERS)
def test_an_everyday_name_is_decided_as_its_everyday_word(policy, views, prompt, replaced):
    d = decide(policy, views, prompt)
    assert d.task != "code" and not d.thinking, d
    assert _key(d) == _key(decide(policy, views, replaced))


GUARDS = [
    "How fast is Swift compared to Objective-C?",
    "Is Rust faster than Go?",
    "How do I install Python on Windows?",
    "Write a Java class for a bank account.",
    "What does the Go keyword defer do?",
    "Jak napisać pętlę for na Javę?",
    "Write a function in R to compute the mean.",
    "Is Python hard to learn?",
    "Should I learn Rust or Go?",
    "Write a snake game in Python.",
    "用Python写一个贪吃蛇游戏",
    "Python蛇游戏怎么写？",
    "How do I use Python to analyse bird migration data?",
    "How do I model snake movement in Python?",
    "How do I make a python game where the snake grows?",
    "Write a Python program that simulates a flock of birds.",
    "How do I write a Swift app for bird watching?",
    "Is a Python developer well paid?",
    "Is a Swift developer in demand?",
    "Can you recommend a Python course?",
    "Is a Python list faster than a tuple?",
    "Can a Python function return two values?",
    "can a python function return two values",
    "Is a Rust crate like a Python package?",
    "Ich bin ein Python-Entwickler, wie lerne ich Rust?",
    "Ist Python eine gute erste Sprache?",
    "Python est-il un bon premier langage ?",
    "Is rust a good first language?",
    "what is python used for",
    "Who created Python?",
    "Who designed Haskell?",
    "Is Kotlin better than Java for Android?",
    "Javaで島の地図を描くには？",
    "How fast can Python sort a million numbers?",
]


@pytest.mark.parametrize("prompt", GUARDS)
def test_a_language_named_stays_code(policy, views, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "code" and d.thinking, d
