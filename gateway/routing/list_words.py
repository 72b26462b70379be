"""Words of a request about a list of numbers (`number_lists`)."""

from __future__ import annotations

# "and" between the last two numbers of a list, in the languages the router reads.
AND_WORDS: tuple[str, ...] = (
    "and", "und", "et", "y", "e", "en", "i", "и", "і", "та", "ve", "dan", "và", "og", "och", "ja", "és", "a",
)
# A sequence to continue, not a list to sum or sort: its words, or their stems.
SEQUENCE_WORDS: tuple[str, ...] = (
    "next", "sequence", "series", "pattern", "continue", "comes after", "missing number",
    "folge", "reihe", "nächste", "weiter", "muster",
    "suivant", "suite", "série", "prochain", "motif",
    "siguiente", "serie", "sucesión", "secuencia", "patrón", "próximo", "continúa",
    "successivo", "sequenza", "prossimo", "seguinte", "sequência",
    "следующ", "последовательност", "продолж", "наступн", "послідовн",
    "następn", "ciąg", "volgende", "reeks", "sonraki", "dizi", "berikutnya", "deret", "tiếp theo", "dãy",
    "下一个", "下一项", "数列", "序列", "规律", "接下来", "次の", "規則", "다음", "수열",
)
