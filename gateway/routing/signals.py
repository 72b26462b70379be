"""Script-agnostic text signals for the complexity score and the task class. Pure Python.

Why these: Qwen3 serves 119 languages, so nothing here is a keyword list of one language. The dense
signals are shapes that survive translation (digits, operators, currency and math symbols, code
punctuation, answer options, question and sentence marks of several scripts, token/char ratio,
length). The lexical signal hashes ASCII word unigrams and bigrams (CRC32, stable across processes,
unlike `hash()`); its weights are learned from English benchmarks, so it stays silent on other
scripts instead of adding noise through hash collisions.
Cost: a dozen C-speed regex scans over at most `WINDOW` characters; about 0.1 ms for 5K chars.
"""

from __future__ import annotations

import math
import re
import zlib

WINDOW = 4000   # longer texts: the first and last WINDOW/2 characters are read, lengths stay exact

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DECIMAL = re.compile(r"\d[.,]\d")
_MONEY = re.compile(r"[%‰$€£¥₹₽₩₺₫₪฿]")
_OPERATOR = re.compile(r"[+\-*/=^×÷<>≤≥≠√∑∫π±]")
_LETTER = re.compile(r"[^\W\d_]")
_PUNCT = re.compile(r"[^\w\s]")
_CODE = re.compile(r"[{}\[\]();<>=_`#\\|]")
_CODE_LINE = re.compile(r"^[ \t]+\S|[;{}]\s*$|^\s*(?:def|class|import|from|return|for|if|while|function|const|let|var|public|private|#include|SELECT)\b", re.M)
_FENCE = re.compile(r"```|~~~")
_OPTION = re.compile(r"^\s*\(?[A-Ja-j][.)]\s", re.M)
_QUESTION = re.compile(r"[?？؟⸮]")
_SENTENCE = re.compile(r"[.!?。！？؟।]+(?:\s|$)")
_WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MARKUP = re.compile(r"\\[A-Za-z]+|\$[^$\s]")
_ASCII_TOKEN = re.compile(r"[a-z]+|\d+")
_CLAUSE = re.compile(r"[,;:，、；：]")
_FRACTION = re.compile(r"\d\s*/\s*\d")
_OPTION_LINE = re.compile(r"^\s*\(?[A-Ja-j][.)]\s*(.*)$", re.M)
_FIRST_OPTION = re.compile(r"^\s*\(?[Aa][.)]\s", re.M)
_NUMERIC_OPTION = re.compile(r"[\s\d.,\-+/%$()^*√πx=]*")

DENSE_NAMES: tuple[str, ...] = (
    "log_chars", "log_tokens", "tokens_per_char", "digit_share", "log_numbers", "log_distinct_numbers",
    "log_max_number_digits", "log_decimals", "log_money", "log_operators", "operator_share", "letter_share",
    "punct_share", "code_share", "log_code_lines", "fence", "log_newlines", "options", "mc", "log_questions",
    "log_sentences", "mean_word_len", "log_words", "distinct_word_share", "non_ascii_share", "cjk_share",
    "log_markup", "ends_colon", "ends_question", "numbers_per_sentence",
)
# Signals whose scale depends on the script (chars per token, word lengths, which letters): the
# English training data cannot teach their weight, so the learned score ignores them; the task
# classifier may still use them.
SCRIPT_BOUND: frozenset[str] = frozenset({
    "log_chars", "tokens_per_char", "letter_share", "mean_word_len", "log_words", "distinct_word_share",
    "non_ascii_share", "cjk_share",
})
MODEL_DENSE: tuple[str, ...] = tuple(n for n in DENSE_NAMES if n not in SCRIPT_BOUND)
# Structure of the question and its answer options (see `structure_signals`). Every length is in
# tokens or a ratio of characters within the same text, so none depends on the script.
QUESTION_NAMES: tuple[str, ...] = (
    "q_log_tokens", "q_share", "q_log_clauses", "q_clauses_per_sent", "q_log_fracs", "q_log_small_nums",
    "q_digit_share", "q_log_numbers", "q_log_big_nums", "q_log_operators", "q_log_parens", "log_pipes",
)
OPTION_NAMES: tuple[str, ...] = (
    "opt_log_mean_tokens", "opt_log_max_tokens", "opt_len_cv", "opt_digit_share", "opt_numeric",
)
# The learned score has one head per prompt layout, chosen from the prompt's own structure (`mc`):
# free-form problems, where difficulty is the number of quantities and clauses, and multiple-choice
# questions, where it is the subject and the options. Each head reads its own signals.
HEAD_FEATURES: dict[str, tuple[str, ...]] = {
    "free": tuple(n for n in QUESTION_NAMES if n != "q_log_tokens"),
    "mc": MODEL_DENSE + QUESTION_NAMES + OPTION_NAMES,
}
Z_CLIP = 4.0   # standardised signals are clipped: a prompt unlike any training one cannot dominate


def _count(pattern: re.Pattern[str], text: str) -> int:
    """Matches without building a list of them (subn counts in C)."""
    return pattern.subn("", text)[1]


def window(text: str) -> str:
    if len(text) <= WINDOW:
        return text
    half = WINDOW // 2
    return text[:half] + "\n" + text[-half:]


def dense_signals(text: str, prompt_tokens: int) -> dict[str, float]:
    """Named, roughly unit-scaled signals of a text (the full text's lengths, a window's content)."""
    n_chars = max(len(text), 1)
    t = window(text)
    m = max(len(t), 1)
    numbers = _NUMBER.findall(t)
    words = _WORD.findall(t)
    n_words = max(len(words), 1)
    sentences = len(_SENTENCE.findall(t)) or 1
    options = len(_OPTION.findall(t))
    operators = _count(_OPERATOR, t)
    stripped = t.rstrip()
    code_lines = len(_CODE_LINE.findall(t))
    lg = math.log1p
    s = {
        "log_chars": lg(n_chars) / 8,
        "log_tokens": lg(prompt_tokens) / 8,
        "tokens_per_char": min(prompt_tokens / n_chars, 2.0),
        "digit_share": sum(map(t.count, "0123456789")) / m,
        "log_numbers": lg(len(numbers)) / 3,
        "log_distinct_numbers": lg(len(set(numbers))) / 3,
        "log_max_number_digits": lg(max(map(len, numbers), default=0)) / 2,
        "log_decimals": lg(_count(_DECIMAL, t)) / 2,
        "log_money": lg(_count(_MONEY, t)) / 2,
        "log_operators": lg(operators) / 3,
        "operator_share": operators / m * 10,
        "letter_share": _count(_LETTER, t) / m,
        "punct_share": _count(_PUNCT, t) / m * 5,
        "code_share": _count(_CODE, t) / m * 10,
        "log_code_lines": lg(code_lines) / 2,
        "fence": float(bool(_FENCE.search(t))),
        "log_newlines": lg(t.count("\n")) / 3,
        "options": min(options, 10) / 4,
        "mc": float(options >= 3),
        "log_questions": lg(_count(_QUESTION, t)) / 2,
        "log_sentences": lg(sentences) / 3,
        "mean_word_len": sum(map(len, words)) / n_words / 8,
        "log_words": lg(len(words)) / 6,
        "distinct_word_share": len(set(words)) / n_words,
        "non_ascii_share": _count(_NON_ASCII, t) / m,
        "cjk_share": _count(_CJK, t) / m,
        "log_markup": lg(len(_MARKUP.findall(t))) / 2,
        "ends_colon": float(stripped.endswith((":", "：", "答"))),
        "ends_question": float(bool(stripped) and stripped[-1] in "?？؟"),
        "numbers_per_sentence": min(len(numbers) / sentences, 10) / 4,
        # raw counts for the task classifier; not model inputs
        "n_numbers": float(len(numbers)),
        "n_operators": float(operators),
        "n_code_lines": float(code_lines),
        "n_options": float(options),
    }
    return s


def structure_signals(text: str, prompt_tokens: int) -> dict[str, float]:
    """The question (text before the first answer option) and the options, apart.

    Lengths of parts are the prompt's token count times the part's share of characters, so they are
    tokens whatever the script. Clauses count commas, semicolons and colons of several scripts;
    quantities count digits, fractions and operators.
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
    clauses = _count(_CLAUSE, q)
    sentences = len(_SENTENCE.findall(q)) or 1
    per_char = prompt_tokens / m
    lg = math.log1p
    return {
        "q_log_tokens": lg(per_char * len(q)) / 8,
        "q_share": len(q) / m,
        "q_log_clauses": lg(clauses) / 3,
        "q_clauses_per_sent": min(clauses / sentences, 6) / 3,
        "q_log_fracs": lg(_count(_FRACTION, q)) / 2,
        "q_log_small_nums": lg(sum(len(x) == 1 for x in nums)) / 2,
        "q_digit_share": sum(map(q.count, "0123456789")) / qn * 5,
        "q_log_numbers": lg(len(nums)) / 3,
        "q_log_big_nums": lg(sum(len(x.replace(",", "")) >= 3 for x in nums)) / 2,
        "q_log_operators": lg(_count(_OPERATOR, q)) / 2,
        "q_log_parens": lg(q.count("(")) / 2,
        "log_pipes": lg(t.count("|")) / 2,
        "opt_log_mean_tokens": lg(per_char * mean_len) / 5,
        "opt_log_max_tokens": lg(per_char * max(lens)) / 5,
        "opt_len_cv": sd_len / (mean_len + 1),
        "opt_digit_share": sum(sum(map(o.count, "0123456789")) for o in opts) / opt_chars,
        "opt_numeric": sum(bool(_NUMERIC_OPTION.fullmatch(o)) for o in opts) / max(len(opts), 1),
    }


def head_of(sig: dict[str, float]) -> str:
    """Which head of the learned score reads a prompt: its layout, from the prompt alone."""
    return "mc" if sig["mc"] else "free"


def head_vector(head: str, sig: dict[str, float], struct: dict[str, float]) -> list[float]:
    """A head's signals in HEAD_FEATURES order."""
    return [struct[n] if n in struct else sig[n] for n in HEAD_FEATURES[head]]


def lexical_buckets(text: str, dim: int) -> list[int]:
    """Distinct hashed buckets of ASCII word unigrams and bigrams (digits collapsed to their length)."""
    toks = _ASCII_TOKEN.findall(window(text).lower())
    toks = [("#" + str(min(len(w), 6))) if w[0].isdigit() else w for w in toks]
    grams = set(toks)
    grams.update(a + " " + b for a, b in zip(toks, toks[1:]))
    crc = zlib.crc32
    return sorted({crc(g.encode()) % dim for g in grams})
