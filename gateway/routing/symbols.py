"""Work done symbol by symbol (2026-12-03, sym31): a number put into another representation ("Convert 255 to binary",
"Write 1994 in Roman numerals", "What is MCMXCIV?", "把255转换成二进制"), and the letters of a given string counted,
reversed, sorted or compared ("How many r's are in strawberry?", "Spell \"necessary\" backwards", "Ist \"Reliefpfeiler\"
ein Palindrom?"). Small models answer these wrong unless they think, one symbol at a time; the words name a
representation or a unit of writing, the shape shows what to work on: a number or a Roman numeral, a quoted string,
a word named as one ("the word X") or a list after a colon. `cues.cue_hits` reads both as the math family: exact
work on few symbols, which the smallest model does with thinking (reasoning's prior sends a one-line request to
the 30B with 8192 tokens, as a puzzle's).

And a translation's payload (`instruction`): the text after a translation's colon, or quoted in it, is what is
translated, not what is asked ("Traduis en anglais : J'écris du code Python tous les jours." asks no program).
"""

from __future__ import annotations

import re

from . import symbol_words as w
from .signals import CJK_CHARS, OPENING_MARKS, stems_pattern

SHORT_CHARS = 200      # symbols worked on in a short request only: longer texts tell more than their symbols
BARE_ROMAN_CHARS = 60  # a Roman numeral asked about alone ("What is MCMXCIV?"), in at most so many characters
INSTRUCTION_CHARS = 120   # a translation's instruction before its colon, at most
_UNSPACED = re.compile(f"[{CJK_CHARS}]")   # a stem of a script without spaces
_CODE = frozenset(("code", "software", "program", "named_code", "code_target"))


_REPRESENTATION = re.compile(stems_pattern(w.REPRESENTATION_STEMS).pattern + "|(?<!\\w)(?:"
                             + "|".join(w.REPRESENTATION_WORDS) + r")(?!\w)|(?<!\w)(?:base|basis)[- ]?\d+")
_BASE_OR_WIDTH = re.compile(r"(?<!\w)(?:base|basis)[- ]?\d+|\d+[- ]?(?:bit|бит|位)")
_VALUE = re.compile(r"(?<![\w.])-?(?:0x[0-9a-f]+|0b[01]+|\d+(?:[.,]\d+)*(?:e[+-]?\d+)?)(?![\w])|\d")
_ROMAN = re.compile(r"(?<![\w])(?=[MDCLXVI]{2,}(?![\w]))M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
                    r"(?![\w])")
_ROMAN_PAIR = re.compile(r"[MDCLXVI]{2}")   # two Roman letters in a row: all a numeral of interest begins with
_DIGIT = re.compile(r"\d")
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[\s'’]+(?:[^\W\d_]+\s+){0,2}$")
_OPTIONS = re.compile(r"\n\s*\(?[a-e][.)]\s")   # answer options, one a line ("A. 0", "(b) 1")
_CLAUSE_END = re.compile(r"[.!?;。！？；\n]")


def with_symbols(shown: str, t: str, hits: set[str]) -> set[str]:
    """`hits` of the text `shown` (lower-cased `t`) with the family of its work symbol by symbol: math for a number
    put into another representation or letters of a given string worked with. Not where code is
    named: "Write a Python function that converts 255 to binary" asks for a program. Only in a short request
    without answer options: a longer text or a test question tells more than its symbols ("reverse transcriptase",
    "A binary number system has how many digits? A. 0 B. 1 ...")."""
    if not hits.isdisjoint(_CODE) or len(t) > SHORT_CHARS or _OPTIONS.search(t):
        return hits
    starts = {word[:KEY_LETTERS] for word in _WORD.findall(t)}
    if ((_ROMAN_PAIR.search(shown) or _may_name(t, starts, _REPRESENTATION_KEYS)) and converts_representation(shown, t)
            or _may_name(t, starts, _WORK_KEYS) and works_on_letters(t)):
        # math's column, not reasoning's: a one-line count is no puzzle for the 30B
        return (hits - {"extraction"}) | {"math"}
    return hits


KEY_LETTERS = 3
_WORD = re.compile(r"[^\W\d_]+")


def _keys(stems: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """What a text must hold to name one of `stems`: a word that begins as the longest word of a spaced stem does
    (its first `KEY_LETTERS` letters), or an unspaced stem. One set look-up per word, where a pattern of all the
    stems, tried at every character, cost some 40 microseconds on a short text."""
    spaced = [s for s in stems if not _UNSPACED.match(s)]
    return (frozenset(max(_WORD.findall(s), key=len)[:KEY_LETTERS] for s in spaced if len(s) >= KEY_LETTERS),
            tuple(s for s in stems if _UNSPACED.match(s)))


def _may_name(t: str, starts: set[str], keys: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    return not keys[0].isdisjoint(starts) or any(u in t for u in keys[1])


def converts_representation(shown: str, t: str) -> bool:
    """The short text `shown` (lower-cased `t`) asks for a number in another representation: a representation
    named after a word of direction, before a noun of one ("the binary representation of 42") or, in scripts
    without spaces, anywhere, and a number or a Roman numeral to put there; or a Roman numeral asked about alone
    ("What is MCMXCIV?"). "Explain binary search in 3 sentences" names binary after no direction."""
    romans = [m for m in _ROMAN.finditer(shown) if m.group()] if _ROMAN_PAIR.search(shown) else []
    if romans and len(t) <= BARE_ROMAN_CHARS and any(len(m.group()) >= 4 for m in romans):
        return True
    if not romans and not (_DIGIT.search(t) and _VALUE.search(_BASE_OR_WIDTH.sub(" ", t))):
        return False
    if any(u in t for u in w.REPRESENTATION_UNSPACED) or any(i in t for i in w.INSTRUMENTAL):
        return True
    return any(_directed(t, m) for m in _REPRESENTATION.finditer(t))


def _directed(t: str, m: re.Match[str]) -> bool:
    """The representation at `m` follows a word of direction (two words between at most) or comes before a noun
    of representation."""
    clause = _CLAUSE_END.split(t[:m.start()])[-1]
    before = _WORDS_BEFORE.search(clause)
    if before and before.group(1) in w.TO_WORDS:
        return True
    after = t[m.end():].split()[:2]
    return any(word.strip(",.?!:;") in w.REPRESENTATION_NOUNS for word in after)


_COUNT = stems_pattern(w.COUNT_WORDS)
_LETTER_UNIT = stems_pattern(w.LETTER_UNITS)
_SIGN_UNIT = stems_pattern(w.SIGN_UNITS)
_REVERSE = stems_pattern(w.REVERSE_WORDS)
_COMPARE = stems_pattern(w.COMPARE_WORDS)
_ORDER = stems_pattern(w.ORDER_WORDS)
_INITIAL = stems_pattern(w.INITIAL_WORDS)
# A single letter counted: "r's", "'r'", "«о»", or right after a word of counting ("wie viele r sind ...").
_ONE_LETTER = r"(?<![\w'’])[^\W\d_]['’]s(?!\w)|[\"'“«„‘「][^\W\d_][\"'”»“’」]"
# The unit within a few characters of the word of counting, in its sentence ("how many vowels", "count the words",
# "combien de lettres", "有几个字母"), or a letter right after it and a verb or "in" after that ("wie viele r sind",
# "cuántas a hay"; not "the number of X chromosomes", "сколько у него").
NEAR_CHARS = 24
_COUNTED = re.compile(_COUNT.pattern + r"(?:\s+(?:de\s+)?(?P<bare>[^\W\d_])(?:['’]s)?\s+(?:"
                      + "|".join(w.AFTER_BARE_LETTER) + r")(?!\w)|[^.!?。！？\n]{0,%d}?(?:(?P<letter>" % NEAR_CHARS
                      + _LETTER_UNIT.pattern + "|" + _ONE_LETTER + ")|(?P<sign>" + _SIGN_UNIT.pattern + ")))")
# A Latin letter counted right after a Chinese or Japanese word of counting ("几个a", "多少个r"); a word spelled
# backwards ("spell necessary backwards").
_UNSPACED_COUNT = re.compile(r"(?:几个|多少个?|いくつ)\s*[a-z](?![a-z])")
_SPELLED = re.compile(r"(?<!\w)spell\s+[^\W\d_]+\s+backwards")
_QUOTED = re.compile(r"\"[^\"\n]+\"|“[^”\n]+”|„[^“”\n]+[“”]|«[^»\n]+»|「[^」\n]+」|(?<!\w)'[^'\n]+'(?!\w)")
_NAMED_WORD = re.compile(r"(?<!\w)(?:" + "|".join(w.WORD_NOUNS) + r")\s+[\"'“«„]?[^\W\d_]")
_TEXT_NOUN = stems_pattern(w.TEXT_NOUNS)
_AFTER_COLON = re.compile(r"[:：]\s*\S")
_IN_ONE_WORD = re.compile(r"(?<!\w)(?:in|im|dans|en|в|во)\s+([^\W\d_]+)\s*[?？!.]*\s*$")
_LATIN_WORD = re.compile(r"[a-z]{2,}")
_REPRESENTATION_KEYS = _keys(w.REPRESENTATION_STEMS + tuple(w.REPRESENTATION_WORDS) + w.REPRESENTATION_UNSPACED
                             + w.INSTRUMENTAL + ("base", "basis"))
_WORK_KEYS = _keys(w.COUNT_WORDS + w.REVERSE_WORDS + w.ORDER_WORDS + w.INITIAL_WORDS + w.COMPARE_WORDS)
_COMPARED_WORD = re.compile(r"(\w+)\s+(?:an?|ein|eine|un|una|une|um|uma)\s+" + _COMPARE.pattern)


def works_on_letters(t: str) -> bool:
    """The lower-cased text `t` asks to count a unit of writing in a given string (`_given`; a letter's unit in a
    word named after "in" too: "How many r's are in strawberry?"), or to reverse, sort by the alphabet or read
    the first letters of one, or whether one is a palindrome or an anagram. Not a fact about an alphabet or a
    vocabulary ("How many letters are in the English alphabet?"), nor what a palindrome is."""
    for counted in _COUNTED.finditer(t):
        if counted.group("sign") is None and (_given(t) or _in_one_word(t)):
            return True
        if counted.group("sign") is not None and _given_text(t):
            return True
    if _UNSPACED_COUNT.search(t) and _given(t):   # "\"banana\"里有几个a？"
        return True
    if (_REVERSE.search(t) or _ORDER.search(t) or _INITIAL.search(t)) and (_given(t) or _SPELLED.search(t)):
        return True
    if _COMPARE.search(t):
        before = _COMPARED_WORD.search(t)
        return _given(t) or (before is not None and before.group(1) not in w.DEFINITION_WORDS
                             and t.lstrip(OPENING_MARKS).startswith(w.YES_NO_OPENINGS))
    return False


def _given(t: str) -> bool:
    """`t` gives the string to work on: quoted, named as a word ("the word banana", "单词"), after a colon, or a
    Latin word inside a text of a script without spaces ("strawberry里有几个r")."""
    if _QUOTED.search(t) or _NAMED_WORD.search(t) or _AFTER_COLON.search(t):
        return True
    if any(n in t for n in w.WORD_NOUNS_UNSPACED):
        return True
    return bool(_UNSPACED.search(t) and _LATIN_WORD.search(t))


def _given_text(t: str) -> bool:
    """`t` gives a text whose words or characters are counted: after a colon, named as a word, or quoted after a
    noun of text ("the sentence \"...\"", "der Satz", "la frase"); a quoted title is no such text ("How many words
    are in \"War and Peace\"?")."""
    if _AFTER_COLON.search(t) or _NAMED_WORD.search(t) or any(n in t for n in w.WORD_NOUNS_UNSPACED):
        return True
    return bool(_QUOTED.search(t)) and _TEXT_NOUN.search(t) is not None


def _in_one_word(t: str) -> bool:
    one = _IN_ONE_WORD.search(t)
    return one is not None and one.group(1) not in w.NOT_GIVEN


def instruction(text: str) -> str:
    """A translation's instruction without what it translates: the text before a colon that ends a first line
    with a verb of translating (`symbol_words.TRANSLATE_VERBS`), or the text without its quoted material where it
    is one short line with such a verb; else `text` (a comment in code that asks to "çevirin" is no request). "Translate this Python code to JavaScript: ..." keeps its code in the
    instruction."""
    head = text[:INSTRUCTION_CHARS].lower()
    if not any(v in head for v in w.TRANSLATE_VERBS) or not _translates(head):
        return text
    colon = _AFTER_COLON.search(text, 0, INSTRUCTION_CHARS + 2)
    if colon is not None and "\n" not in head[:colon.start()] and _translates(head[:colon.start()]):
        return text[:colon.start() + 1]
    if len(text) <= SHORT_CHARS and "\n" not in text and _QUOTED.search(text.lower()):
        return _QUOTED.sub(" ", text.lower())
    return text


_TRANSLATE_WORD = re.compile(r"\w*(?:" + "|".join(map(re.escape, w.TRANSLATE_VERBS)) + r")\w*")


def _translates(head: str) -> bool:
    """The lower-cased `head` holds a verb of translating, not its noun ("using the following translation key:",
    `symbol_words.TRANSLATION_NOUN_ENDINGS`)."""
    return any(_UNSPACED.match(m.group()) or not m.group().endswith(w.TRANSLATION_NOUN_ENDINGS)
               for m in _TRANSLATE_WORD.finditer(head))
