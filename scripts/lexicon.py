"""The free head's words in other languages: foreign forms of the English words it weighs most.

Tried for issue #12 and not adopted, twice (BENCHMARKS.md, "A multilingual lexicon for the free head's
words", nine languages, 2026-12-02, and "The lexicon in 15 languages", 2026-12-03): the runtime's
`signals.lexical_buckets` does not use it. Kept so the measurements reproduce
(`scripts/translation_training_cv.py --lexicon data/lexicon/lexicon.json [--lexicon-excluded
outside-english]`); `scripts/lexicon_runtime.py` measures it hooked into the decision path.

Why it was tried: the free head's hashed word buckets and its step regressor were learned from
English text only, so a German, Spanish or French question hashes its words to other buckets, and a
Russian, Chinese or Japanese one to none. `data/lexicon/lexicon.json` maps hand-written forms of 244
English words (chosen by their weight in the shipped head, see its header) in 15 languages onto those
words before hashing. A matched form becomes its English word's tokens; every other token stays what
`signals` makes of it, so text without a form hashes as before.

Tokens: Latin, Cyrillic and Hangul words by a Unicode word pattern (a Korean form also with a particle
after it); Chinese and Japanese forms by one longest-first alternation over the table's entries (no
segmenter); forms written with "_" are phrases of several words. Forms that are tokens of the English
training texts (`excluded` in the file, scripts/lexicon_check.py --write) are never mapped
(`excluded="never"`), or only where a text holds no English marker word and another form of the
lexicon (`"outside-english"`); either way an English training prompt tokenises exactly as before.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.routing.signals import LEXICAL_WINDOW, token_buckets, window  # noqa: E402

PATH = ROOT / "data" / "lexicon" / "lexicon.json"
CJK_LANGS = ("ja", "zh")
# Korean writes a noun and its particle as one word ("연필을", "사과는"): each Korean form also stands
# with each of these after it.
KO_PARTICLES = ("은", "는", "이", "가", "을", "를", "에", "에서", "에게", "의", "도", "로", "으로", "와", "과", "만",
                "씩", "보다", "까지", "부터", "이다", "입니다", "이고", "에는", "으로는")
# Where a text holds one of these it reads as English, and the excluded forms stay as they are
# (`excluded="outside-english"`); none of them is a form of the lexicon (tests/unit/routing/test_lexicon.py).
ENGLISH_MARKERS = frozenset(("the", "and", "how", "with", "what", "this", "that", "does", "many", "much", "each",
                             "are", "were", "has", "have"))
EXCLUDED_POLICIES = ("never", "outside-english")

_ASCII_TOKEN = re.compile(r"[a-z]+|\d+")     # signals' own tokens
_WORD = re.compile(r"[^\W\d_]+|\d+")          # a letter run of any script, or a digit run
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")

Table = dict[str, tuple[str, ...]]


class Forms(NamedTuple):
    words: Table                              # one-word forms of Latin, Cyrillic, Hangul ... scripts
    cjk: Table                                # Chinese and Japanese forms, matched inside runs of their script
    phrases: dict[tuple[str, ...], tuple[str, ...]]   # several-word forms, written with "_" ("bao_nhiêu")
    excluded_words: Table                     # excluded forms (English tokens), mapped only by the gate
    excluded_phrases: dict[tuple[str, ...], tuple[str, ...]]


def _variants(lang: str, form: str) -> list[str]:
    return [form] + [form + p for p in KO_PARTICLES] if lang == "ko" and "_" not in form else [form]


def load(path: Path = PATH) -> Forms:
    """Forms -> English tokens. A form listed under two English words keeps the first (the file lists
    the words by weight); excluded forms go to their own tables."""
    d = json.loads(path.read_text(encoding="utf-8"))
    excluded = set(d["excluded"])
    out = Forms({}, {}, {}, {}, {})
    for english, by_lang in d["words"].items():
        value = tuple(english.split())
        for lang, forms in by_lang.items():
            for written in forms.split():
                written = written.lower()
                if written == english:
                    continue
                for form in _variants(lang, written):
                    ex = written in excluded or form in excluded
                    if "_" in form:
                        (out.excluded_phrases if ex else out.phrases).setdefault(tuple(form.split("_")), value)
                    elif lang in CJK_LANGS:
                        if not ex:
                            out.cjk.setdefault(form, value)
                    else:
                        (out.excluded_words if ex else out.words).setdefault(form, value)
    return out


class Lexicon:
    """The table of one lexicon file, and `signals`' tokens and buckets with it applied.

    `excluded`: "never" leaves the excluded forms (words of the English training texts) as they are;
    "outside-english" maps them too where the text holds no `ENGLISH_MARKERS` word and at least one
    form that is not excluded, so that an English text still tokenises as before."""

    def __init__(self, path: Path = PATH, excluded: str = "never") -> None:
        if excluded not in EXCLUDED_POLICIES:
            raise ValueError(f"excluded={excluded!r}: one of {EXCLUDED_POLICIES}")
        f = load(path)
        self.words, self.cjk = f.words, f.cjk
        gated = excluded == "outside-english"
        self.gated_words = f.excluded_words if gated else {}
        self.phrases = dict(f.phrases)
        self.gated_phrases = f.excluded_phrases if gated else {}
        self._phrase_lengths = sorted({len(k) for k in (*self.phrases, *self.gated_phrases)}, reverse=True)
        self._phrase_starts = {k[0] for k in (*self.phrases, *self.gated_phrases)}
        self._gated_starts = set(self.gated_words) | {k[0] for k in self.gated_phrases}
        self._plain_triggers = set(self.words) | {k[0] for k in self.phrases}
        self._triggers = self._plain_triggers | self._gated_starts
        forms = sorted(self.cjk, key=len, reverse=True)
        self._cjk_forms = re.compile("|".join(map(re.escape, forms))) if forms else None

    def _cjk_english(self, m: re.Match[str]) -> str:
        return " " + " ".join(self.cjk[m.group()]) + " "

    def _gate(self, ascii_tokens: list[str], words: list[str]) -> bool:
        """Map the excluded forms here? Only where a text reads as another language of the lexicon:
        no English marker among its [a-z]+ tokens, and a form that is not excluded among its words."""
        if not self._gated_starts or self._gated_starts.isdisjoint(words):
            return False
        if not ENGLISH_MARKERS.isdisjoint(ascii_tokens):
            return False
        return not self.words.keys().isdisjoint(words) or any(
            tuple(words[i:i + n]) in self.phrases for n in self._phrase_lengths
            for i, w in enumerate(words) if w in self._phrase_starts)

    def tokens(self, text: str) -> list[str]:
        """Word and digit tokens of lowercased `text` as `signals` reads them ([a-z]+ or digit runs),
        each known foreign form replaced by its English word(s)."""
        if text.isascii():
            words = _ASCII_TOKEN.findall(text)
            if self._triggers.isdisjoint(words):
                return words
            gate = self._gate(words, words)
            if not gate and self._plain_triggers.isdisjoint(words):   # English text: the tokens as they were
                return words
        else:
            original = text
            if self._cjk_forms is not None and _CJK_CHAR.search(text):
                text = self._cjk_forms.sub(self._cjk_english, text)
            words = _WORD.findall(text)
            gate = (not self._gated_starts.isdisjoint(words)
                    and self._gate(_ASCII_TOKEN.findall(original), words))
        phrases = {**self.phrases, **self.gated_phrases} if gate else self.phrases
        out: list[str] = []
        i, n_words = 0, len(words)
        while i < n_words:
            t = words[i]
            if t in self._phrase_starts:
                hit = next(((n, phrases[k]) for n in self._phrase_lengths
                            if (k := tuple(words[i:i + n])) in phrases), None)
                if hit is not None:
                    out += hit[1]
                    i += hit[0]
                    continue
            english = self.words.get(t) or (self.gated_words.get(t) if gate else None)
            if english is not None:
                out += english
            elif t.isascii():
                out.append(t)
            else:   # what signals' [a-z]+ finds in a word with other letters ("äpfel" -> "pfel")
                out += _ASCII_TOKEN.findall(t)
            i += 1
        return out

    def buckets(self, text: str, dim: int) -> set[int]:
        """`signals.lexical_buckets` with this lexicon's tokens."""
        return token_buckets(self.tokens(window(text, LEXICAL_WINDOW).lower()), dim)
