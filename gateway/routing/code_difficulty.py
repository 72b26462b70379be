"""How hard a request for code is, from the prompt alone: the difficulty `d` the priors read for task `code`.

Why: the learned score was fitted on word problems and multiple-choice questions and means nothing for
code, so every code request got the task's headroom (0.9): "How do I reverse a list in Python?" and
"Implement a lock-free concurrent queue in C++" both went to the 235B with a 16K thinking budget. What
makes code hard is visible in the request: what kind of work it names (concurrency, systems, algorithms
beyond the basic containers, a bound on time or space, low-level work: `code_words.HARD_FAMILIES`), how
much it specifies, and whether it asks a question about code or asks for a program. Each part is a rule
with a weight, not a fit; `data/code-difficulty/` measures how the score orders public requests by level.

The score spans [FLOOR, CEILING]: at the top it meets the headroom that every code request had, so a hard
request for code still ranks above the other tasks' defaults; at the bottom a question with a one-line
answer, which the priors send to a small model that thinks briefly.
"""

from __future__ import annotations

import math
import re

from . import code_words
from .cues import builds, words_of
from .signals import CJK_CHARS, MARKDOWN_MARKS, OPENING_MARKS, window

FLOOR, CEILING = 0.1, 0.9
READ_CHARS = 1600          # the request's head and tail: its statement is before or after a paste
BASE = 0.2                 # a question about code that names nothing hard
BUILD = 0.2                # a program asked for, not a question about code
# Each family of hard work named (`code_words.HARD_FAMILIES`): concurrency, systems and a bound on time or
# space (which rules out the obvious program) are hard whatever their size; a named algorithm or data
# structure beyond the basic containers, or low-level work, asks for more than the obvious program.
FAMILY_WEIGHTS = {"concurrency": 0.45, "systems": 0.4, "bound": 0.4, "low_level": 0.3, "algorithms": 0.25}
SPEC = 0.2                 # at most, for a long statement (SPEC_FROM .. SPEC_TO tokens of prose, log scale)
SPEC_FROM, SPEC_TO = 16, 256
CODE_SHOWN = 0.1           # at most, for code pasted with the request (log scale up to CODE_LINES_TO lines)
CODE_LINES_TO = 32
EASY = 0.2                 # a small request named as such ("simple", "hello world")

_CJK = re.compile(f"[{CJK_CHARS}]")


_WORD = re.compile(r"[^\W\d_]+")
_SINGLE_WORD = re.compile(r"[^\W\d_]+\*?")


class _Lexicon:
    """Words of `code_words` looked up the way a long text stays cheap: whole words in the set of the text's
    words, stems (a few dozen) as substrings that begin a word, phrases and CJK terms (which no word split
    finds) as substrings where the text holds their first word, with no word character just before them.
    One pattern of them all, tried at every character, cost a millisecond on a 3,000-character request."""

    def __init__(self, groups: dict[str, tuple[str, ...]]) -> None:
        self.words: dict[str, str] = {}
        self.stems: list[tuple[str, str]] = []
        self.phrases: dict[str, list[tuple[str, str, bool]]] = {}   # by first word; CJK terms under ""
        for name, terms in groups.items():
            for term in terms:
                stem, body = term.endswith("*"), term.rstrip("*")
                if _CJK.search(body):
                    self.phrases.setdefault("", []).append((body, name, True))
                elif not _SINGLE_WORD.fullmatch(term):
                    self.phrases.setdefault(_WORD.match(body).group(), []).append((body, name, stem))
                elif stem:
                    self.stems.append((body, name))
                else:
                    self.words[body] = name
        self._word_keys = frozenset(self.words)
        self._phrase_keys = frozenset(self.phrases)

    def groups_in(self, t: str, words: set[str]) -> set[str]:
        """The groups whose terms the lower-cased text `t`, of `words`, holds."""
        found = {self.words[w] for w in self._word_keys.intersection(words)}
        for stem, name in self.stems:
            if name not in found and stem in t and _stands(t, stem, True):
                found.add(name)
        firsts = list(self._phrase_keys.intersection(words))
        if not t.isascii():
            firsts.append("")
        for first in firsts:
            for phrase, name, open_end in self.phrases[first]:
                if name not in found and phrase in t and _stands(t, phrase, open_end):
                    found.add(name)
        return found




def _stands(t: str, phrase: str, open_end: bool) -> bool:
    """`phrase` occurs in `t` with no word character before it (CJK: anywhere) and, unless `open_end`, none
    after it."""
    if _CJK.search(phrase):
        return True
    i = t.find(phrase)
    while i >= 0:
        before = i == 0 or not (t[i - 1].isalnum() or t[i - 1] == "_")
        j = i + len(phrase)
        after = open_end or j == len(t) or not (t[j].isalnum() or t[j] == "_")
        if before and after:
            return True
        i = t.find(phrase, i + 1)
    return False


_FAMILIES = _Lexicon(code_words.HARD_FAMILIES)
_EASY = _Lexicon({"easy": code_words.EASY_WORDS})
_BIG_O = re.compile(r"(?<![\w])o\s*\(\s*[(\w]")
_OPENING_MARKS = OPENING_MARKS + MARKDOWN_MARKS
_FENCED = re.compile(r"```.*?(?:```|$)|~~~.*?(?:~~~|$)", re.S)


def hard_families(t: str, words: set[str] | None = None) -> set[str]:
    """The families of hard work (`code_words.HARD_FAMILIES`) the lower-cased text `t` names; a big-O bound
    ("O(n log n)", "O(1) space") is a bound. `words`: the text's words, when already split."""
    found = _FAMILIES.groups_in(t, words_of(t) if words is None else words)
    if "bound" not in found and "(" in t and _BIG_O.search(t):
        found.add("bound")
    return found


def asks_about_code(t: str) -> bool:
    """The lower-cased text `t` asks about code rather than for it: it opens with a question
    (`code_words.QUESTION_OPENINGS`: "How do I undo my last commit?"), its first line holds a question word
    of a language that asks mid-sentence (`QUESTION_MARKS_ANYWHERE`), or it is one paragraph that ends with
    a question mark ("In Go, why does my slice have capacity 4?", "My Rust program panics. Why?") and asks
    for nothing to be made: it neither opens as a request (`REQUEST_OPENINGS`: "Can you write a function
    that ...?") nor holds a verb that builds (`cues.builds`: "¿Me puedes hacer una extensión ...?",
    "Csinálnál nekem egy Telegram-botot ...?")."""
    s = t.lstrip(_OPENING_MARKS)
    if s.startswith(code_words.QUESTION_OPENINGS):
        return True
    first_line = s.split("\n", 1)[0]
    if not first_line.isascii() and any(m in first_line for m in code_words.QUESTION_MARKS_ANYWHERE):
        return True
    return (first_line.rstrip().endswith(("?", "？")) and first_line == s.rstrip()
            and not s.startswith(code_words.REQUEST_OPENINGS) and not builds(s, words_of(s)))


def _ramp(x: float, lo: float, hi: float) -> float:
    """0 at `lo`, 1 at `hi`, on a log scale between; clamped."""
    if x <= lo:
        return 0.0
    return min(1.0, math.log(x / lo) / math.log(hi / lo))


def code_difficulty_parts(text: str, english_tokens: float, sig: dict[str, float]) -> dict[str, float]:
    """The named parts of a request's code difficulty, before scaling (`code_difficulty` sums them): `text`
    the request, `english_tokens` its length as English would count it, `sig` its dense signals
    (`signals.dense_signals`: the lines of code in it). Only the parts that are not zero; what
    `qwen-gateway route --explain` shows. The statement's length leaves out fenced code: a long paste is
    read by `CODE_SHOWN`, not as a long specification."""
    t = window(text, READ_CHARS).lower()
    prose_tokens = english_tokens
    if "```" in text or "~~~" in text:
        prose_tokens *= len(_FENCED.sub("", text)) / max(len(text), 1)
    words = words_of(t)
    parts = {"base": BASE, "request": 0.0 if asks_about_code(t) else BUILD}
    parts.update((family, FAMILY_WEIGHTS[family]) for family in sorted(hard_families(t, words)))
    parts["statement"] = SPEC * _ramp(prose_tokens, SPEC_FROM, SPEC_TO)
    parts["code_shown"] = CODE_SHOWN * _ramp(1.0 + sig.get("n_code_lines", 0.0), 1.0, 1.0 + CODE_LINES_TO)
    parts["small"] = -EASY if _EASY.groups_in(t, words) else 0.0
    return {name: value for name, value in parts.items() if value}


def code_difficulty(text: str, english_tokens: float, sig: dict[str, float]) -> float:
    """Difficulty in [FLOOR, CEILING] of a request for code: the sum of its parts (`code_difficulty_parts`,
    each explained in the module's docstring), clamped to [0, 1] and scaled."""
    return scaled(sum(code_difficulty_parts(text, english_tokens, sig).values()))


def scaled(raw: float) -> float:
    """A sum of parts as a difficulty: clamped to [0, 1], then spread over [FLOOR, CEILING]."""
    return FLOOR + (CEILING - FLOOR) * min(1.0, max(0.0, raw))
