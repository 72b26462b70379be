"""Round 14: a programming problem told in words, with no language named and no code shown: "Given an
integer array nums, return the number of ...", "You are given the root of a binary tree ... Return ...",
"Design a data structure that ...", "Implement the LRUCache class", "给你一个字符串 s，返回 ...". Such a
statement names no task word of the lexicons (no "write a function", no language), so it read as chat,
as extraction (a paragraph, a blank line, more text) or as math (its numbers and sums): 24 of 180 LeetCode
statements read as code (`data/code-difficulty`).

Read in the text's head: a verb that poses a problem (`problem_words`: return, given, design, in about ten
languages), looked for near its start or its end, and data that only programs hold (an array, a
substring, a linked list), a shape of code in the prose (an indexed name "nums[i]", a field "node.left",
a signature "int get(int key)", a class named in CamelCase), or a variable's name after its type ("a
string s", "整数数组 nums"), anywhere in it: a statement gives its data in one paragraph and asks for the
result in another. A number's, a matrix's or a binary tree's data counts only beside a verb of returning: "Given a positive integer n
such that ..., find ..." and "Given the matrix A = ..., find its eigenvalues" are math. Not a text that
asks for an extraction, a summary or a translation in its first paragraph, or for a text to be written
about such data ("Write a blog post about linked lists"): the statement is then its material; nor one that
opens by asking what such data is or why ("Explain what a hash table is and how lookups return values").
"""

from __future__ import annotations

import re

from . import problem_words
from .cues import cue_hits, made_thing, words_of
from .signals import MARKDOWN_MARKS, OPENING_MARKS

PROBLEM_CHARS = 3000   # the head of a text read for a statement: its data and request come first
# A statement poses its problem near its start or its end ("Given ...", "... Return the number of ..."): a
# verb is looked for there first, as the cue lexicons are read (`cues.CUE_WINDOW`), so a long text that
# poses none costs two short searches.
POSING_CHARS = 600


def _alternatives(words: tuple[str, ...]) -> str:
    """One pattern of the lower-cased `words`, grouped by their first character (a leading word boundary, or
    every word tried at every character, cost a search three times as long): a word of a spaced script up
    to its end (a trailing "*" of any of its words as a stem), one of a script without spaces (Chinese,
    Japanese, Korean) anywhere. `_at_word_starts` keeps the matches of spaced words where a word begins."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if _unspaced(w):
            pattern = re.escape(w)
        else:
            pattern = r"\s+".join(re.escape(p.rstrip("*")) + (r"\w*" if p.endswith("*") else "")
                                   for p in w.split()) + r"(?!\w)"
        groups.setdefault(w[0], []).append(pattern[len(re.escape(w[0])):])
    return "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in groups.items()) + ")"


def _unspaced(word: str) -> bool:
    return any(c >= "\u2e80" for c in word)


def _at_word_starts(matches, t: str) -> list[re.Match[str]]:
    """The `matches` in the lower-cased `t` that begin a word, or are of a script without spaces."""
    return [m for m in matches if m.start() == 0 or not t[m.start() - 1].isalnum() or _unspaced(m.group())]


def _has(pattern: re.Pattern[str], t: str) -> bool:
    return bool(_at_word_starts(pattern.finditer(t), t))


_CODE_NOUN = re.compile(_alternatives(problem_words.CODE_NOUNS))
_SHARED_NOUN = re.compile(_alternatives(problem_words.SHARED_NOUNS))
_RETURN = re.compile(_alternatives(problem_words.RETURN_VERBS))
# German's "zurück" (back) returns only with a verb of giving ("gib ... zurück"), and tells of going back in
# every story ("kam zurück"): a verb of returning beside data, never the verb that poses the problem.
_POSING = re.compile(_alternatives(tuple(w for w in problem_words.RETURN_VERBS if w != "zurück")
                                   + problem_words.GIVEN_WORDS + problem_words.DESIGN_VERBS))
# A type noun, then a name (`_names_a_variable`): "a string s", "整数数组 nums".
_NAME = r"\s*([a-z_][a-z0-9_]*)(?![a-z0-9_])"
_CODE_TYPED = re.compile(_alternatives(problem_words.CODE_TYPES) + _NAME)
_SHARED_TYPED = re.compile(_alternatives(problem_words.SHARED_TYPES) + _NAME)
# Code in the prose, in any language: an indexed name ("nums[i]", "grid[r][c + 1]"), a node's field
# ("Node.left", "head.next"), a typed signature ("int get(int key)", "LRUCache(int capacity)"), a class
# named in CamelCase ("the LRUCache class", "实现 FirstUnique 类"). Each is looked for only where the text
# holds its mark (a bracket, a dot, a parenthesis, a word for a class).
# A name of one letter indexed ("a[n] = 2a[n-1] + 1") is also a sequence of mathematics: beside a verb of
# returning only (`_holds_data`).
_INDEX = r"\[[a-z_]\w*(?:\s*[+\-]\s*\d+)?\]"
_INDEXED = re.compile(r"(?<![A-Za-z_0-9])[A-Za-z_][A-Za-z_0-9]+" + _INDEX)
_INDEXED_LETTER = re.compile(r"(?<![A-Za-z_0-9])[A-Za-z]" + _INDEX)
_FIELD = re.compile(r"\w\.(?:val|left|right|next|children|length)\b")
_SIGNATURE = re.compile(r"\b(?:int|void|bool|boolean|String|string|double|long|char)\s+\w+\("
                        r"|\w\((?:int|String|string|char|long|double|boolean|bool|List)\b")
_CLASS_WORDS = ("class", "类", "クラス", "클래스")
_CLASS = re.compile(r"\b(?:[A-Z][a-z0-9]+[A-Z]|[A-Z]{2,}[a-z])\w*\s*(?:class\b|类|クラス|클래스)")


def _shows_code(paragraph: str) -> bool:
    """The paragraph holds code in its prose (`_INDEXED`, `_FIELD`, `_SIGNATURE`, `_CLASS`)."""
    return (("[" in paragraph and _INDEXED.search(paragraph) is not None)
            or ("." in paragraph and _FIELD.search(paragraph) is not None)
            or ("(" in paragraph and _SIGNATURE.search(paragraph) is not None)
            or (any(w in paragraph for w in _CLASS_WORDS) and _CLASS.search(paragraph) is not None))


# A name used as code elsewhere: beside an operator or a bracket ("grid[i][j]", "sum < target").
_OPERATOR = r"[\[\](=<>+\-*/%]"
_OPENING_MARKS = OPENING_MARKS + MARKDOWN_MARKS
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A grid's dimensions in two variables ("an m x n matrix grid", "n * n"): data beside a verb of returning.
_DIMENSIONS = re.compile(r"(?<!\w)[a-z]\s*[x*×]\s*[a-z](?!\w)")


# A short request that asks how to work on its data, or tells to, needs no verb that poses a problem.
SHORT_CHARS = 200
_HOW = re.compile(_alternatives(problem_words.HOW_WORDS + problem_words.DATA_VERBS))


def states_a_problem(text: str) -> bool:
    """The text states a programming problem in words (module docstring)."""
    if not (_has(_POSING, text[:POSING_CHARS].lower())
            or (len(text) > POSING_CHARS and _has(_POSING, text[-POSING_CHARS:].lower()))
            or (len(text) <= SHORT_CHARS and _asks_how(text.lower()))):
        return False
    head = text[:PROBLEM_CHARS]
    if not _holds_data(head):
        return False
    first = _PARAGRAPH.split(head.strip(), maxsplit=1)[0]
    lowered = first.lower()
    return ("extraction" not in cue_hits(first) and made_thing(lowered, words_of(lowered)) != "writing"
            and not lowered.lstrip(_OPENING_MARKS).startswith(problem_words.ASKING_OPENINGS))


def _asks_how(t: str) -> bool:
    """The short lower-cased request `t` asks how to work on something, or tells to (`problem_words.HOW_WORDS`,
    `DATA_VERBS`): a word of a spaced script where it opens, one of the others anywhere."""
    opened = t.lstrip(_OPENING_MARKS + "¿")
    return any(m.start() == 0 or _unspaced(m.group()) for m in _HOW.finditer(opened))


def _holds_data(head: str) -> bool:
    """The head of a text that poses a problem holds its data (module docstring): data only programs hold,
    code in the prose or a string's or an array's name; a number's, a matrix's or a tree's beside a verb
    of returning."""
    t = head.lower()
    if _has(_CODE_NOUN, t) or _shows_code(head):
        return True
    if any(_names_a_variable(_name(m, head, t), head) for m in _at_word_starts(_CODE_TYPED.finditer(t), t)):
        return True
    return _has(_RETURN, t) and (
        _has(_SHARED_NOUN, t) or bool(_DIMENSIONS.search(head)) or bool(_INDEXED_LETTER.search(head))
        or any(_names_a_variable(_name(m, head, t), head, strict=True)
               for m in _at_word_starts(_SHARED_TYPED.finditer(t), t)))


def _name(match: re.Match[str], head: str, t: str) -> str:
    """The name a type-noun match holds, as `head` spells it (`t` is it lower-cased)."""
    return head[match.start(1):match.end(1)] if len(t) == len(head) else match.group(1)


def _names_a_variable(name: str, head: str, strict: bool = False) -> bool:
    """`name`, read after a type noun, is a variable's: one letter, or shaped as code ("word1", "row_i",
    "maxOnes"), or (never one of `problem_words.NOT_NAMES`) a word used as code in `head`, beside an
    operator or a bracket ("matrix grid ... grid[i][j]"); unless `strict`, also one used again anywhere
    ("a string text ... in text") or one that ends its phrase ("an array nums of integers", "an array
    prices, where"): "the solar array produces 12 kWh" names none."""
    if len(name) == 1 or re.search(r"[0-9_]|[a-z][A-Z]", name):
        return True
    if name.lower() in problem_words.NOT_NAMES:
        return False
    word = re.escape(name)
    if re.search(rf"{_OPERATOR}\s*{word}(?!\w)|(?<!\w){word}\s*{_OPERATOR}", head) is not None:
        return True
    if strict:
        return False
    if len(re.findall(rf"(?<!\w){word}(?!\w)", head)) >= 2:
        return True
    after = re.search(rf"(?<!\w){word}(?:\s*[,.:;)，。：；]|\s+([^\W\d_]+))", head)
    return after is not None and (after.group(1) is None or after.group(1).lower() in problem_words.NOT_NAMES)
