"""Round 12: puzzles that need several dependent steps, read by their shape rather than a cue word, in
the languages of the lexicon's largest tables. Found by the BIG-Bench Hard check (`data/reasoning-tasks`):
each was read as knowledge, chat or extraction, without thinking.

- a chain of pairwise swaps: two or more "X and Y swap/trade/switch ..." ("First, Alice and Bob swap
  books. Then, Bob and Claire swap books. At the end, Bob has");
- a Boolean expression to evaluate: a run of constants and operators ("not ( True ) and False is",
  "nicht ( wahr und falsch ) oder nicht wahr");
- a sequence of brackets to close, with the brackets named ("... the parentheses are closed properly.
  Input: [ ( {");
- a count or a position read off a described scene: "if I remove all the X, how many Y remain",
  "arranged in a row ... directly to the left of";
- a long list of words to sort alphabetically (`_LONG_LIST` words or more after the request; a short
  list needs no steps).
"""

from __future__ import annotations

import re
from itertools import repeat

_AND = r"(?:and|und|y|e|et|en|i|и)"
# Swap verbs of the other languages, which may come before the pair.
_SWAP_FIRST = ("tauschen", "tauscht", "vertauschen", "wechseln", "intercambian", "cambian", "échangent", "echangent",
               "scambiano", "trocam", "меняются", "обмениваются")
_SWAP = r"(?:swaps?|switch(?:es)?|trades?|exchanges?|" + r"|".join(_SWAP_FIRST) + ")"
_NAME = r"[^\W\d_]+"
# "Alice and Bob swap", "tauschen Anna und Ben": a pair and a swap verb, in either order; the verb first
# only where a language puts it there (German's second place, Spanish's inversion), so that English nouns
# ("salt-exchange glands and produce") are no verb.
# Not "my brother and I switch cars" (one's own life, no puzzle) nor "trade off".
_ME = r"(?!(?:i|me|we|ich|wir|yo|je|moi|io|eu|я)\b)"
_PAIR_SWAP = re.compile(rf"\b{_NAME} {_AND} {_ME}{_NAME},? {_SWAP}\b(?! off)"
                        rf"|(?<!-)\b(?:{'|'.join(_SWAP_FIRST)}) {_NAME} {_AND} {_ME}{_NAME}\b")

_BOOL_CONSTANTS = frozenset(("true", "false", "wahr", "falsch", "verdadero", "falso", "vrai", "faux", "vero",
                             "verdadeiro", "истина", "ложь"))
_BOOL_OPERATORS = frozenset(("and", "or", "not", "xor", "und", "oder", "nicht", "y", "o", "no", "et", "ou", "non",
                             "e", "não", "и", "или", "не", "&&", "||", "!", "¬", "∧", "∨"))
_BOOL_TOKEN = re.compile(r"&&|\|\||[()!¬∧∨]|[^\W_]+")
_BOOL_RUN = 6   # tokens: "not ( True ) and False" is the shortest expression worth steps
# Each token as a letter, "c" a constant, "o" an operator, "b" a bracket, "x" anything else: a run of the
# expression's tokens is then a run of letters that a regular expression finds in C.
_BOOL_KIND = {**dict.fromkeys(_BOOL_CONSTANTS, "c"), **dict.fromkeys(_BOOL_OPERATORS, "o"), "(": "b", ")": "b"}
_BOOL_KIND_RUN = re.compile(f"[cob]{{{_BOOL_RUN},}}")

_BRACKET_WORD = re.compile(r"parenthes|bracket|brace|klammer|paréntesis|parentesis|corchete|llave|parenthès|"
                           r"crochet|parentesi|parênteses|скобк|括号|括弧")
_BRACKET_RUN = re.compile(r"(?:[()\[\]{}<>]\s*){3,}")

# "If I remove all the X ..., how many Y remain": every thing of a kind taken away, then a count. The
# "all" keeps out a question about one ingredient ("si quito el azúcar, ¿cuántas calorías quedan?").
_REMOVE_COUNT = re.compile(
    r"\b(?:remove|take away|take out) all\b.{0,80}\bhow many\b.{0,80}\b(?:remain|are left|left)\b"
    r"|\b(?:entferne (?:ich )?alle\b|alle\b.{0,60}\bentferne\b).{0,80}\bwie viele\b.{0,80}\b(?:bleiben|übrig)"
    r"|\b(?:quito|retiro|saco) tod[oa]s\b.{0,80}\bcuánt[oa]s\b.{0,80}\bqueda"
    r"|\b(?:enlève|retire) tou(?:s|tes)\b.{0,80}\bcombien\b.{0,80}\brest", re.S)
# A row whose things are then listed ("arranged in a row: a pink pen, ..."), not "the kids sat in a row".
_IN_A_ROW = re.compile(r"(?:\bin a row|\bin einer reihe|\ben (?:una )?fila|\ben rang(?:ée)?|\bin fila)\s*[:：]")
_ROW_RELATION = re.compile(r"\b(?:left|right)[- ]most\b|\bto the (?:left|right) of\b|\bfurthest from\b"
                           r"|\b(?:links|rechts) (?:von|neben)\b|\ba la (?:izquierda|derecha) de\b"
                           r"|\bà (?:gauche|droite) d")

_ALPHABETICAL = re.compile(r"alphabeti|alphabéti|alfabéti|alfabeti|алфавит|字母顺序|アルファベット順")
_LIST_WORD = re.compile(r"[^\W\d_]+")
_LONG_LIST = 8


def poses_a_puzzle(t: str) -> bool:
    """The lower-cased text `t` (the whole request) holds one of the puzzles of this module's docstring.
    Each reading runs only where a substring it needs occurs (a C-speed search): most requests hold none,
    and the regular expressions over a whole long text cost a tenth of a millisecond."""
    # Two swaps hold two swap verbs: one "trade" in an economics text is not worth the pattern's search.
    return ((sum(map(t.count, _SWAP_STEMS)) >= 2 and len(_PAIR_SWAP.findall(t)) >= 2)
            or (_holds(t, _BOOL_CONSTANTS) and _holds_boolean_expression(t))
            or (_holds(t, _BRACKET_STEMS) and _BRACKET_RUN.search(t) is not None
                and _BRACKET_WORD.search(t) is not None)
            or (_holds(t, _COUNT_STEMS) and _holds(t, _REMOVE_STEMS) and _REMOVE_COUNT.search(t) is not None)
            or (_holds(t, _ROW_STEMS) and _IN_A_ROW.search(t) is not None and _ROW_RELATION.search(t) is not None)
            or (_holds(t, _ALPHABET_STEMS) and _long_list_to_sort(t)))


def _holds(t: str, stems) -> bool:
    return any(stem in t for stem in stems)


_SWAP_STEMS = ("swap", "switch", "trade", "exchange", *_SWAP_FIRST)
_BRACKET_STEMS = ("parenth", "bracket", "brace", "klammer", "paréntesis", "parentesis", "corchete", "llave",
                  "crochet", "parentesi", "parênteses", "скобк", "括号", "括弧")
_COUNT_STEMS = ("how many", "wie viele", "cuánt", "combien")
# Every match of `_REMOVE_COUNT` holds one of these (its pattern, tried at every character, costs a tenth of
# a millisecond over a long text).
_REMOVE_STEMS = ("remove all", "take away all", "take out all", "entferne", "quito tod", "retiro tod", "saco tod",
                 "enlève tou", "retire tou")
_ROW_STEMS = ("in a row", "in einer reihe", "fila", "en rang")
_ALPHABET_STEMS = ("alphab", "alfab", "алфавит", "字母顺序", "アルファベット順")


def _long_list_to_sort(t: str) -> bool:
    """A request to put words in alphabetical order, then a list of `_LONG_LIST` words or more: what
    follows the last colon or question mark after the request ("Sort these words alphabetically: List:
    ...", "Can you put this list in alphabetical order? walnut, almond, ...")."""
    found = _ALPHABETICAL.search(t)
    if found is None:
        return False
    rest = t[found.end():]
    cut = max(rest.rfind(":"), rest.rfind("?"), rest.rfind("："), rest.rfind("？"))
    return cut >= 0 and len(_LIST_WORD.findall(rest[cut + 1:])) >= _LONG_LIST


def _holds_boolean_expression(t: str) -> bool:
    """A run of `_BOOL_RUN` tokens or more, each a constant, an operator or a bracket, with a constant and
    two operators at least: "True or false: ..." and "not fish and not reptiles" are no expression."""
    if not _a_constant_beside_another_token_of_its_kind(t):
        return False
    kinds = "".join(map(_BOOL_KIND.get, _BOOL_TOKEN.findall(t), repeat("x")))
    return any("c" in run and run.count("o") >= 2 for run in _BOOL_KIND_RUN.findall(kinds))


_SYMBOLS = "()!¬∧∨&|"   # a bracket or an operator that is no word ("&" and "|" paired or not: this test may pass more)
_TOKEN_WORD = re.compile(r"[^\W_]+")   # `_BOOL_TOKEN`'s words: a character is in one when `str.isalnum` says so


def _a_constant_beside_another_token_of_its_kind(t: str) -> bool:
    """A constant, as a whole token, whose next or previous token is a constant, an operator or a bracket:
    every expression of `_BOOL_RUN` tokens holds one. Tokenizing a long text in `_BOOL_TOKEN`'s way costs a
    tenth of a millisecond or more, and "true" and "false" are common words; this looks around each of
    them only, and lets through every text that holds an expression."""
    n = len(t)
    for constant in _BOOL_CONSTANTS:
        i = t.find(constant)
        while i >= 0:
            j = i + len(constant)
            if not (i and t[i - 1].isalnum()) and not (j < n and t[j].isalnum()):
                k = i - 1   # the previous token: skip what no token holds, then a symbol or a word's last letter
                while k >= 0 and not t[k].isalnum() and t[k] not in _SYMBOLS:
                    k -= 1
                if k >= 0 and (t[k] in _SYMBOLS or _word_ending_at(t, k + 1) in _BOOL_KIND):
                    return True
                while j < n and not t[j].isalnum() and t[j] not in _SYMBOLS:
                    j += 1
                if j < n and (t[j] in _SYMBOLS or _TOKEN_WORD.match(t, j).group() in _BOOL_KIND):
                    return True
            i = t.find(constant, i + 1)
    return False


def _word_ending_at(t: str, end: int) -> str:
    start = end - 1
    while start > 0 and t[start - 1].isalnum():
        start -= 1
    return t[start:end]
