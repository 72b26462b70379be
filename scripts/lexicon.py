"""The free head's words in other languages: foreign forms of the English words it weighs most.

Tried for issue #12 and not adopted (BENCHMARKS.md, "A multilingual lexicon for the free head's
words"): the runtime's `signals.lexical_buckets` does not use it. Kept so the measurement reproduces
(`scripts/translation_training_cv.py --lexicon data/lexicon/lexicon.json`).

Why it was tried: the free head's hashed word buckets and its step regressor were learned from
English text only, so a German, Spanish or French question hashes its words to other buckets, and a
Russian, Chinese or Japanese one to none. `data/lexicon/lexicon.json` maps hand-written forms of
about 240 English words (chosen by their weight in the shipped head, see its header) in nine
languages onto those words before hashing. A matched form becomes its English word's tokens; every
other token stays what `signals` makes of it, so text without a form hashes as before.

Tokens: Latin and Cyrillic words by a Unicode word pattern; Chinese and Japanese forms by one
longest-first alternation over the table's entries (no segmenter). Forms that are tokens of the
English training texts are never keys (`excluded` in the file, scripts/lexicon_check.py --write),
so an English training prompt tokenises exactly as before.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.routing.signals import LEXICAL_WINDOW, token_buckets, window  # noqa: E402

PATH = ROOT / "data" / "lexicon" / "lexicon.json"
CJK_LANGS = ("ja", "zh")

_ASCII_TOKEN = re.compile(r"[a-z]+|\d+")     # signals' own tokens
_WORD = re.compile(r"[^\W\d_]+|\d+")          # a letter run of any script, or a digit run
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def load(path: Path = PATH) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(word forms, Chinese and Japanese forms) -> English tokens. A form listed under two English
    words keeps the first (the file lists the words by weight); excluded forms are left out."""
    d = json.loads(path.read_text(encoding="utf-8"))
    excluded = set(d["excluded"])
    words: dict[str, tuple[str, ...]] = {}
    cjk: dict[str, tuple[str, ...]] = {}
    for english, by_lang in d["words"].items():
        value = tuple(english.split())
        for lang, forms in by_lang.items():
            table = cjk if lang in CJK_LANGS else words
            for form in forms.split():
                form = form.lower()
                if form not in excluded and form != english:
                    table.setdefault(form, value)
    return words, cjk


class Lexicon:
    """The table of one lexicon file, and `signals`' tokens and buckets with it applied."""

    def __init__(self, path: Path = PATH) -> None:
        self.words, self.cjk = load(path)
        forms = sorted(self.cjk, key=len, reverse=True)
        self._cjk_forms = re.compile("|".join(map(re.escape, forms))) if forms else None

    def _cjk_english(self, m: re.Match[str]) -> str:
        return " " + " ".join(self.cjk[m.group()]) + " "

    def tokens(self, text: str) -> list[str]:
        """Word and digit tokens of lowercased `text` as `signals` reads them ([a-z]+ or digit runs),
        each known foreign form replaced by its English word(s)."""
        if text.isascii():
            toks = _ASCII_TOKEN.findall(text)
            if self.words.keys().isdisjoint(toks):   # English text: the tokens as they were
                return toks
            return [w for t in toks for w in self.words.get(t, (t,))]
        if self._cjk_forms is not None and _CJK_CHAR.search(text):
            text = self._cjk_forms.sub(self._cjk_english, text)
        out: list[str] = []
        for t in _WORD.findall(text):
            english = self.words.get(t)
            if english is not None:
                out += english
            elif t.isascii():
                out.append(t)
            else:   # what signals' [a-z]+ finds in a word with other letters ("äpfel" -> "pfel")
                out += _ASCII_TOKEN.findall(t)
        return out

    def buckets(self, text: str, dim: int) -> set[int]:
        """`signals.lexical_buckets` with this lexicon's tokens."""
        return token_buckets(self.tokens(window(text, LEXICAL_WINDOW).lower()), dim)
