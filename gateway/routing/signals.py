"""Script-agnostic text signals for the complexity score and the task class. Pure Python.

Why these: Qwen3 serves 119 languages, so nothing here is a keyword list of one language. The dense
signals are shapes that survive translation (digits, operators, currency and math symbols, code
punctuation, answer options, question and sentence marks of several scripts, length in tokens as
the English text would count them: `english_tokens`).
The lexical signal hashes ASCII word unigrams and bigrams, numbers reduced to their digit count
(CRC32, stable across processes, unlike `hash()`); its weights are learned from English benchmarks,
so on other scripts only the numbers' shapes speak (they are script-free), not their words.
Cost: about a dozen C-speed scans over at most `WINDOW` characters, the words over at most
`LEXICAL_WINDOW`; counts of character sets are read from the UTF-8 bytes (`_CharCounter`). For the
129 labelled prompts of 2,000 characters or more, dense and structure signals together take
0.37-0.39 ms on this 2-core machine, against 0.64-0.69 ms with every set counted by `str.count` and
`english_tokens` scanning the whole window (2026-12-02, thread time, load average 3-5; BENCHMARKS.md).
"""

from __future__ import annotations

import math
import re
import zlib
from typing import Iterable

# Longer texts: the first and last half-window are read, lengths stay exact. Why these sizes: the
# decision's p99 is paid on the longest prompts, and by repeated CV neither window costs APGR
# (MMLU with windows of 4000/2000 characters and words over 1000: 0.652/0.653/0.652). Below 2000 the
# answer options of the longest multiple-choice prompts fall out of the window and pick the wrong head.
WINDOW = 2000
LEXICAL_WINDOW = 1000

# A pattern whose plain form begins with a repeat or a lookbehind (`[.!?]+`) is written to begin with
# one character or class (`[.!?][.!?]*`): Python's re then skips in C to the places where that
# character occurs, where a leading repeat makes it try a match at every position (2 to 60 times
# slower on a 2,000-character window). The plain form is given beside it, and
# tests/unit/routing/test_signals.py checks that both find the same matches. Not rewritten:
# `_IDENTIFIER` (run only where digits are joined by a hyphen), `_ASCII_TOKEN` (little to gain on
# words), and the patterns anchored at line starts (no such form).

# Digit groups in every common convention: 5,000.5 and 5.000,5 and 5 000 (French, Russian; also with
# no-break spaces), so a translated question has the same quantities as its original.
# Plain form: \d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*  (the first digit taken out).
_NUMBER = re.compile(r"\d(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d*(?:[.,]\d+)*)")
_DECIMAL = re.compile(r"\d[.,]\d")
# Single-character classes are counted with str.count per character: several times faster than a regex.
_MONEY = "%‰$€£¥₹₽₩₺₫₪฿"
_OPERATOR = "+-*/=^×÷<>≤≥≠√∑∫π±"
_PUNCT = re.compile(r"[^\w\s]")
_CODE = "{}[]();<>=_`#\\|"
_CODE_LINE_START = r"^(?:[ \t]+\S|\s*(?:def|class|import|from|return|for|if|while|function|const|let|var|public|private|#include|SELECT)\b)"
_CODE_LINE = re.compile(_CODE_LINE_START + r"|[;{}]\s*$", re.M)
# `_CODE_LINE`'s second branch needs one of ";{}": in a text without them the first branch alone finds
# the same matches, three times faster (a pattern anchored at line starts skips the rest in C).
_CODE_LINE_WITHOUT_ENDS = re.compile(_CODE_LINE_START, re.M)
_OPTION = re.compile(r"^\s*\(?[A-Ja-j][.)]\s", re.M)
_QUESTION_MARKS = "?？؟⸮\u037e"
_GREEK = re.compile(r"[\u0370-\u03ff][\u0370-\u03ff]{3}")   # a Greek word, not a formula's alpha or pi
_GREEK_LETTER = re.compile(r"[\u0370-\u03ff]")
_SENTENCE = re.compile(r"[.!?。！？؟।][.!?。！？؟।]*(?:\s|$)")   # plain form: [.!?。！？؟।]+(?:\s|$)
# Sentence ends of the question, with the full stops of Chinese and Japanese, which no space follows.
# Plain form: [.!?؟।]+(?:\s|$)|[。！？]+  (either kind of stop first, then the rest of its branch).
_Q_SENTENCE = re.compile(r"[.!?؟।。！？](?:(?<=[.!?؟।])[.!?؟।]*(?:\s|$)|(?<=[。！？])[。！？]*)")
_CJK_STOPS = "。！？"   # where `_SENTENCE` and `_Q_SENTENCE` can differ
# The marks a request or a sentence may open with before its first word (spaces, Spanish inverted marks,
# quotes of several languages), stripped before its opening is compared with a list of openings. Readers
# of a request's first line also strip a markdown list, heading or quote (`MARKDOWN_MARKS`); the reader of
# a sentence's first word an opening parenthesis (`OPENING_PARENTHESIS`).
OPENING_MARKS = " \t\n¿¡\"'«“„"
MARKDOWN_MARKS = "*#>-"
OPENING_PARENTHESIS = "("
# The scripts written without spaces between words, as ranges of a character class: kana, the Han
# ideographs and Hangul (`CJK_CHARS`), the Han compatibility ideographs (`HAN_COMPATIBILITY_CHARS`),
# Thai and Lao (`THAI_LAO_CHARS`), Burmese and Khmer (`MYANMAR_KHMER_CHARS`). Each reader builds its
# class from the ranges it needs (`cues`, `turns`, `languages`, `code_difficulty`).
CJK_CHARS = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
HAN_COMPATIBILITY_CHARS = r"\uf900-\ufaff"
THAI_LAO_CHARS = r"\u0e00-\u0eff"
MYANMAR_KHMER_CHARS = r"\u1000-\u109f\u1780-\u17ff"
_CJK = re.compile(f"[{CJK_CHARS}]")


def stems_pattern(stems: Iterable[str]) -> re.Pattern[str]:
    """One pattern of word stems, the longest first: a stem of a spaced script where a word begins, one of a
    script without spaces (`CJK_CHARS`) anywhere ("rewrite", "umformulier", "润色")."""
    stems = sorted(set(stems), key=len, reverse=True)
    spaced = "|".join(re.escape(s) for s in stems if not _CJK.search(s))
    unspaced = "|".join(re.escape(s) for s in stems if _CJK.search(s))
    either = "|".join(p for p in (spaced and rf"(?<![^\W_])(?:{spaced})", unspaced) if p) or "(?!)"
    return re.compile(f"(?:{either})")   # one group: readers join its pattern into longer ones
# A hyphen beside a letter joins words ("3-mal", "court-il", "5-year-old"); it is not a minus sign.
# Plain form: (?<=[^\W\d_])-|-(?=[^\W\d_])
_WORD_HYPHEN = re.compile(r"-(?:(?<=[^\W\d_]-)|(?=[^\W\d_]))")
# Digit groups joined by hyphens with six digits or more: a phone number, a date or an order number
# ("555-0142", "2026-05-01"), an identifier to copy, not a quantity to compute with.
_IDENTIFIER = re.compile(r"\d+(?:-\d+)+")
_DIGIT_HYPHEN = re.compile(r"-(?<=\d-)(?=\d)")
_MARKUP = re.compile(r"\\[A-Za-z]+|\$[^$\s]")
_ASCII_TOKEN = re.compile(r"[a-z]+|\d+")
_CLAUSE = ",;:，、；："
_OPTION_LINE = re.compile(r"^\s*\(?[A-Ja-j][.)]\s*(.*)$", re.M)
_FIRST_OPTION = re.compile(r"^\s*\(?[Aa][.)]\s", re.M)
_SEPARATOR = re.compile(r"[.,]")
_ASCII_DIGITS = "0123456789"
_ANY_DIGIT = re.compile(r"\d")
# Scripts whose letters take many more Qwen3 tokens than the English they translate (the tokenizer
# has few merges for them): the tokens each letter adds over the English original, the median over
# parallel texts of (translation's tokens - original's) / the translation's letters of that script.
# Bengali 1.04 and Thai 0.36 over the 1,000 problems of MSVAMP (tests/unit/routing/data/msvamp/README.md;
# the behaviour sets' 14-28 hand-written translations give 1.03 and 0.32), Devanagari (Hindi) 0.87,
# Greek 0.97 (letters of its words of 4 letters or more, so that a formula's "δβ" or "π" stays a
# symbol) and Telugu 1.45 over the behaviour sets. A translation into these takes 2-6 times the
# tokens of its English original. In Latin, Cyrillic, Arabic, Hebrew, CJK and Hangul text the ratio is
# 0.9-2.1 and depends on the language (Russian 1.44, Ukrainian 2.07; Arabic 1.22, Persian 2.06), not
# the script, so those are left as they are. The scripts' own digits are not letters here: a digit
# other than 0-9 (and the full-width ones) takes two tokens, one more than its ASCII twin.
_EXCESS_SCRIPTS = (   # the script's letters (digits left out), the shortest run counted, excess tokens each
    ("\u0980-\u09e5\u09f0-\u09ff", 1, 1.04),   # Bengali
    ("\u0900-\u0965\u0970-\u097f", 1, 0.87),   # Devanagari
    ("\u0c00-\u0c65\u0c70-\u0c7f", 1, 1.45),   # Telugu
    ("\u0e00-\u0e4f\u0e5a-\u0e7f", 1, 0.36),   # Thai
    ("\u0370-\u03ff", 4, 0.97),                 # Greek, in words of 4 letters or more
)
# (one letter of the script, its runs as counted, excess tokens per letter) and any such letter
_EXCESS_TOKENS = tuple((re.compile(f"[{cls}]"), re.compile(f"[{cls}]{{{run},}}"), excess)
                       for cls, run, excess in _EXCESS_SCRIPTS)
_EXPANDED = re.compile("[" + "".join(cls for cls, _, _ in _EXCESS_SCRIPTS) + "]")
# Plain form: (?![0-9\uff10-\uff19])\d  (a class: no match attempt at every position).
_TWO_TOKEN_DIGIT = re.compile("[^\\D0-9\uff10-\uff19]")

# Signals whose scale depends on the script (characters per token, word lengths, which letters) are
# not computed: the English training data cannot teach their weight, the task rules do not read
# them, and counting letters and words was half the cost of a long prompt's decision.
DENSE_NAMES: tuple[str, ...] = (
    "log_tokens", "digit_share", "log_numbers", "log_distinct_numbers", "log_max_number_digits",
    "log_decimals", "log_money", "log_operators", "operator_share", "punct_share", "code_share",
    "log_code_lines", "fence", "log_newlines", "options", "mc", "log_questions", "log_sentences",
    "log_markup", "ends_colon", "numbers_per_sentence",
)
# Structure of the question and its answer options (see `structure_signals`). Every length is in
# tokens or a ratio of characters within the same text, so none depends on the script.
QUESTION_NAMES: tuple[str, ...] = (
    "q_log_tokens", "q_share", "q_log_clauses", "q_clauses_per_sent", "q_log_num_punct", "q_log_small_nums",
    "q_digit_share", "q_log_numbers", "q_log_big_nums", "q_num_range", "q_log_operators", "q_log_parens",
    "log_pipes",
)
OPTION_NAMES: tuple[str, ...] = (
    "opt_log_mean_tokens", "opt_log_max_tokens", "opt_len_cv", "opt_digit_share",
)
# The learned score has one head per prompt layout, chosen from the prompt's own structure (`mc`):
# free-form problems, where difficulty is the number of quantities and clauses, and multiple-choice
# questions, where it is the subject and the options. Each head reads its own signals. The
# multiple-choice head skips `mc` (constant there) and the signals its trees never split on when
# trained on all rows; those stay computed for the free head and the task rules (`tasks.classify`).
# It does not read the number punctuation either: added for the free head (version 6), never fitted there.
_MC_UNREAD = ("mc", "options", "fence", "log_code_lines", "log_markup", "ends_colon", "q_log_num_punct")
# The free head skips the question's length and its count of clause marks: the count differs between
# a question and its translations (German sets off every subordinate clause, French and Russian
# write "2,50") and, beside clauses per sentence, added nothing on GSM8K. Without it, by the
# trainer's grouped CV on fold seeds 0, 3, 6 and 9: GSM8K 0.657 / 0.649 / 0.652 / 0.650 (with it
# 0.651 / 0.645 / 0.645 / 0.650), MGSM non-English mean 0.602 / 0.600 / 0.598 / 0.593 (0.587 /
# 0.591 / 0.588 / 0.582).
# Version 6 reads the question's number punctuation (`_number_punct`) instead of its count of
# fractions: clauses per sentence counts "6,50" as a clause and "6.50" not, and beside the number
# punctuation the head can tell the two apart. Same CV, fold seeds 0 / 3 / 6 / 9: GSM8K 0.659 /
# 0.651 / 0.654 / 0.650, MGSM non-English mean 0.610 / 0.608 / 0.612 / 0.602 (version 5 above).
_FREE_UNREAD = ("q_log_tokens", "q_log_clauses")
HEAD_FEATURES: dict[str, tuple[str, ...]] = {
    "free": tuple(n for n in QUESTION_NAMES if n not in _FREE_UNREAD),
    "mc": tuple(n for n in DENSE_NAMES + QUESTION_NAMES + OPTION_NAMES if n not in _MC_UNREAD),
}
# What each head reads: its signals, and for the free head one learned signal after them, the step
# count that a linear regressor over the same signals and words predicts (`model.Head.steps`; fitted
# on MathQA's annotated problems, data/mathqa-steps). Artefact version 7; by the trainer's CV on fold
# seeds 0 / 3 / 6 / 9: GSM8K 0.659 / 0.651 / 0.654 / 0.650 -> 0.663 / 0.660 / 0.662 / 0.654, MGSM
# non-English mean 0.610 / 0.608 / 0.612 / 0.602 -> 0.615 / 0.620 / 0.621 / 0.615 (BENCHMARKS.md).
STEPS_SIGNAL = "mathqa_steps"
HEAD_INPUTS: dict[str, tuple[str, ...]] = {"free": HEAD_FEATURES["free"] + (STEPS_SIGNAL,), "mc": HEAD_FEATURES["mc"]}
Z_CLIP = 4.0   # standardised signals are clipped: a prompt unlike any training one cannot dominate


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Matches without building a list of them (subn counts in C)."""
    return pattern.subn("", text)[1]


def _chars(chars: str, text: str) -> int:
    """Occurrences of any of `chars` in `text`."""
    return sum(map(text.count, chars))


class _CharCounter:
    """Occurrences of any of a set of characters, as `_chars` counts them, several times faster: the
    ASCII ones in one C pass over the text's UTF-8 bytes (`utf8`): `bytes.translate` deletes them and
    the length lost is their count, as each ASCII character is one byte and no other character's
    encoding holds a byte under 0x80; the others by `str.count` in the text's characters beyond ASCII
    (`non_ascii`), the only place they can be, and mostly an empty string."""

    __slots__ = ("ascii", "others")

    def __init__(self, chars: str) -> None:
        if len(set(chars)) != len(chars):   # `_chars` would count a repeated character twice
            raise ValueError(f"repeated characters in {chars!r}")
        self.ascii = "".join(c for c in chars if c.isascii()).encode()
        self.others = "".join(c for c in chars if not c.isascii())

    def __call__(self, raw: bytes, others: str) -> int:
        """In the text whose `utf8` bytes are `raw` and whose `non_ascii` characters are `others`."""
        n = len(raw) - len(raw.translate(None, self.ascii)) if self.ascii else 0
        return n + sum(map(others.count, self.others)) if others and self.others else n


def utf8(text: str) -> bytes:
    """The bytes `_CharCounter` reads. A lone surrogate (JSON allows "\\ud800") passes as three bytes."""
    return text.encode("utf-8", "surrogatepass")


_ASCII = bytes(range(128))


def non_ascii(raw: bytes) -> str:
    """The characters beyond ASCII of a text, in order, from its `utf8` bytes ("" for most English
    prompts): a pattern that matches single characters and never an ASCII one counts the same here as
    in the whole text, on a fraction of its length."""
    return raw.translate(None, _ASCII).decode("utf-8", "surrogatepass") if not raw.isascii() else ""


_OPERATORS, _QUESTIONS, _MONEY_SIGNS = _CharCounter(_OPERATOR), _CharCounter(_QUESTION_MARKS), _CharCounter(_MONEY)
_CODE_CHARS, _CLAUSES, _STOPS = _CharCounter(_CODE), _CharCounter(_CLAUSE), _CharCounter(_CJK_STOPS)
_ASCII_DIGIT_CHARS = _CharCounter(_ASCII_DIGITS)
# `_PUNCT`'s matches among ASCII characters (its matches beyond ASCII are counted in `non_ascii`).
_ASCII_PUNCT = _CharCounter("".join(c for c in map(chr, range(128)) if _PUNCT.fullmatch(c)))


def _digits_and_punct(raw: bytes, others: str) -> tuple[int, int]:
    """`_digit_count` and the count of `_PUNCT` of the text whose `utf8` bytes are `raw` and whose
    characters beyond ASCII are `others`: both classes match single characters."""
    digits, punct = _ASCII_DIGIT_CHARS(raw, others), _ASCII_PUNCT(raw, others)
    if others:
        digits, punct = digits + _count(_ANY_DIGIT, others), punct + _count(_PUNCT, others)
    return digits, punct


def _digit_count(text: str) -> int:
    """Digits of any script: "18", "১৮" (Bengali) and "١٨" (Arabic) count alike."""
    return _ASCII_DIGIT_CHARS(text.encode(), "") if text.isascii() else _count(_ANY_DIGIT, text)


def english_tokens(text: str, tokens: int, sample: str | None = None) -> float:
    """`tokens` as the text would count in English: less the excess tokens of its digits of other
    scripts and of its letters in a script of `_EXCESS_TOKENS` (the first such script it holds),
    counted in `sample` (a window of `text`) and scaled to the whole text. Token lengths and shares
    are then alike between a question and its translation, as the signals assume; the ASCII part of a
    mixed text ("हल करो: 3x - 7 = 2x + 5") keeps its tokens, and so do a formula's Greek letters."""
    sample = text if sample is None else sample
    if sample.isascii():
        return tokens
    others = non_ascii(utf8(sample))   # both patterns match single characters beyond ASCII
    excess = float(_count(_TWO_TOKEN_DIGIT, others))
    first = _EXPANDED.search(others)
    if first is not None:
        runs, per_letter = next((r, x) for letter, r, x in _EXCESS_TOKENS if letter.match(first.group()))
        excess += per_letter * sum(map(len, runs.findall(sample)))
    return max(tokens - excess * len(text) / max(len(sample), 1), 1.0) if excess else tokens


def holds_question_mark(text: str) -> bool:
    """`text` holds a question mark of any script, Greek's ";" after a Greek word included (as
    `dense_signals` counts its questions)."""
    return any(q in text for q in _QUESTION_MARKS) or (";" in text and _GREEK.search(text) is not None)


def window(text: str, size: int = WINDOW) -> str:
    if len(text) <= size:
        return text
    half = size // 2
    return text[:half] + "\n" + text[-half:]


def dense_signals(text: str, prompt_tokens: int, english: float | None = None) -> dict[str, float]:
    """Named, roughly unit-scaled signals of a text (the full text's lengths, a window's content).
    `english`: the text's `english_tokens` (over its window), where the caller has them already."""
    t = window(text)
    m = max(len(t), 1)
    raw = utf8(t)
    others = non_ascii(raw)
    digits, punct = _digits_and_punct(raw, others)
    numbers = _NUMBER.findall(t)
    sentences = len(_SENTENCE.findall(t)) or 1
    options = len(_OPTION.findall(t))
    operators = _OPERATORS(raw, others)
    stripped = t.rstrip()
    code_lines = len((_CODE_LINE if b";" in raw or b"{" in raw or b"}" in raw else _CODE_LINE_WITHOUT_ENDS).findall(t))
    questions = _QUESTIONS(raw, others)
    # Greek asks with ";" (U+037E folds to it under NFC). A Greek word needs a Greek letter: first
    # looked for among the few characters beyond ASCII.
    if ";" in t and _GREEK_LETTER.search(others) and _GREEK.search(t):
        questions += t.count(";")
    lg = math.log1p
    s = {
        "log_tokens": lg(english_tokens(text, prompt_tokens, t) if english is None else english) / 8,
        "digit_share": digits / m,
        "log_numbers": lg(len(numbers)) / 3,
        "log_distinct_numbers": lg(len(set(numbers))) / 3,
        "log_max_number_digits": lg(max(map(len, numbers), default=0)) / 2,
        "log_decimals": lg(_count(_DECIMAL, t)) / 2,
        "log_money": lg(_MONEY_SIGNS(raw, others)) / 2,
        "log_operators": lg(operators) / 3,
        "operator_share": operators / m * 10,
        "punct_share": punct / m * 5,
        "code_share": _CODE_CHARS(raw, others) / m * 10,
        "log_code_lines": lg(code_lines) / 2,
        "fence": float("```" in t or "~~~" in t),
        "log_newlines": lg(t.count("\n")) / 3,
        "options": min(options, 10) / 4,
        "mc": float(options >= 3),
        "log_questions": lg(questions) / 2,
        "log_sentences": lg(sentences) / 3,
        "log_markup": lg(_count(_MARKUP, t)) / 2 if "\\" in t or "$" in t else 0.0,
        "ends_colon": float(stripped.endswith((":", "：", "答"))),
        "numbers_per_sentence": min(len(numbers) / sentences, 10) / 4,
        # raw counts for the task classifier; not model inputs
        "n_numbers": float(len(numbers)),
        "n_quantities": float(len(numbers) - _identifier_numbers(t)) if len(numbers) > 1 and "-" in t
        else float(len(numbers)),
        # `_SENTENCE` and `_Q_SENTENCE` differ only on the full stops that no space follows: the second
        # scan only where the text holds one.
        "n_sentences": float(len(_Q_SENTENCE.findall(t)) or 1 if _STOPS(raw, others) else sentences),
        "n_questions": float(questions),
        "n_operators": float(operators),
        "n_code_lines": float(code_lines),
        "n_options": float(options),
    }
    return s


def _identifier_numbers(text: str) -> int:
    """Numbers that are parts of identifiers (see `_IDENTIFIER`). A search for a literal hyphen
    between digits first: most texts have none, and it costs a tenth of the full scan."""
    if not _DIGIT_HYPHEN.search(text):
        return 0
    return sum(m.count("-") + 1 for m in _IDENTIFIER.findall(text) if sum(map(str.isdigit, m)) >= 6)


def structure_signals(text: str, prompt_tokens: int, english: float | None = None) -> dict[str, float]:
    """The question (text before the first answer option) and the options, apart.

    Lengths of parts are the prompt's token count times the part's share of characters, so they are
    tokens whatever the script. Clauses count commas, semicolons and colons of several scripts;
    quantities count digits, fractions and operators. `english` as for `dense_signals`.
    """
    t = window(text)
    m = max(len(t), 1)
    first = _FIRST_OPTION.search(t)
    q = t[:first.start()] if first else t
    qn = max(len(q), 1)
    opts = _OPTION_LINE.findall(t) if first else []
    lens = [len(o) for o in opts] or [0]
    mean_len = sum(lens) / len(lens)
    sd_len = (sum((x - mean_len) ** 2 for x in lens) / len(lens)) ** 0.5
    opt_chars = max(sum(lens), 1)
    nums = _NUMBER.findall(q)
    digits = [sum(map(str.isdigit, x)) for x in nums]
    per_char = (english_tokens(text, prompt_tokens, t) if english is None else english) / m
    q_raw = utf8(q)
    q_others = non_ascii(q_raw)
    clauses = _CLAUSES(q_raw, q_others)
    sentences = len(_Q_SENTENCE.findall(q)) or 1
    q_tokens = max(per_char * qn, 1.0)
    lg = math.log1p
    return {
        "q_log_tokens": lg(per_char * len(q)) / 8,
        "q_share": len(q) / m,
        "q_log_clauses": lg(clauses) / 3,
        "q_clauses_per_sent": min(clauses / sentences, 6) / 3,
        "q_log_num_punct": lg(_number_punct(q, nums, digits)) / 2,
        "q_log_small_nums": lg(sum(len(x) == 1 for x in nums)) / 2,
        "q_digit_share": sum(digits) / q_tokens,   # every digit of q is in a number
        "q_log_numbers": lg(len(nums)) / 3,
        "q_log_big_nums": lg(sum(d >= 3 for d in digits)) / 2,
        "q_num_range": _magnitude_range(nums) / 3,
        "q_log_operators": lg(_OPERATORS(q_raw, q_others) - (_count(_WORD_HYPHEN, q) if "-" in q else 0)) / 2,
        "q_log_parens": lg(q.count("(")) / 2,
        "log_pipes": lg(t.count("|")) / 2,
        "opt_log_mean_tokens": lg(per_char * mean_len) / 5,
        "opt_log_max_tokens": lg(per_char * max(lens)) / 5,
        "opt_len_cv": sd_len / (mean_len + 1),
        "opt_digit_share": sum(map(_digit_count, opts)) / opt_chars,
    }


def _number_punct(q: str, nums: list[str], digits: list[int]) -> int:
    """Separators between two digits: decimal points and commas and thousands marks (the non-digits
    inside `_NUMBER`'s matches: "6.50", "6,50", "1 000") and a time's colon ("9:30"). They are the
    same in every convention, and a clause count would read "6,50" as a clause but not "6.50"."""
    n = sum(map(len, nums)) - sum(digits)
    i = q.find(":", 1)
    while i > 0:
        n += q[i - 1].isdigit() and q[i + 1:i + 2].isdigit()
        i = q.find(":", i + 1)
    return n


def number_value(x: str) -> float | None:
    """The value of a matched number in any convention: separators followed by exactly three digits
    group thousands (5,000 / 5.000 / 5 000); otherwise the last separator is the decimal point
    (2.5 / 2,5 / 1.234,5). None when it is no quantity (1.2.3)."""
    if not x.isdecimal():   # digits alone (most numbers) need no regrouping
        x = _regrouped(x)
        if x is None:
            return None
    try:
        v = float(x)
    except ValueError:
        return None
    return v if math.isfinite(v) else None   # 10^400 is no quantity a float can compare


def _regrouped(x: str) -> str | None:
    """A number with its thousands marks dropped and a point for its decimal separator; None for 1.2.3."""
    x = x.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    groups = _SEPARATOR.split(x)
    mixed = "." in x and "," in x
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and not mixed:
        return "".join(groups)
    if len(groups) > 2 and not mixed:   # 1.2.3: a version or a date, not a quantity
        return None
    if len(groups) > 1:
        return "".join(groups[:-1]) + "." + groups[-1]
    return x


def _magnitude_range(numbers: list[str]) -> float:
    """Orders of magnitude between the largest and the smallest positive quantity (log10 of their
    ratio): problems that mix, say, thousands of dollars with single percentages take more steps.
    A number that does not parse is skipped."""
    lo = hi = 0.0
    for x in numbers:
        v = number_value(x)
        if v is None:
            continue
        if v > 0:
            lo = v if lo == 0.0 or v < lo else lo
            hi = v if v > hi else hi
    return math.log10(hi / lo) if lo else 0.0


def head_of(sig: dict[str, float]) -> str:
    """Which head of the learned score reads a prompt: its layout, from the prompt alone."""
    return "mc" if sig["mc"] else "free"


def head_vector(head: str, sig: dict[str, float], struct: dict[str, float]) -> list[float]:
    """A head's signals in HEAD_FEATURES order."""
    return [struct[n] if n in struct else sig[n] for n in HEAD_FEATURES[head]]


def lexical_buckets(text: str, dim: int) -> set[int]:
    """Distinct hashed buckets of ASCII word unigrams and bigrams (digits collapsed to their length)."""
    return token_buckets(_ASCII_TOKEN.findall(window(text, LEXICAL_WINDOW).lower()), dim)


def token_buckets(tokens: list[str], dim: int) -> set[int]:
    """Distinct hashed buckets of the unigrams and bigrams of word and digit tokens, each digit run
    collapsed to its length."""
    toks = [("#" + str(min(len(w), 6))) if w[0].isdigit() else w for w in tokens]
    grams = set(toks)
    grams.update(map(" ".join, zip(toks, toks[1:])))
    crc = zlib.crc32
    return {crc(g.encode()) % dim for g in grams}
