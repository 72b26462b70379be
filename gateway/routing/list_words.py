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
# Work on a list named by the request, whole words: a sum, an average, an order, an extreme. `numerals` reads a
# list of number words as numbers only beside one of these or a word of `SEQUENCE_WORDS`: "one, two, three, go!"
# asks for none, nor "What do one, two and three mean?" or "Add one, two and three to my shopping list." (no "mean"
# or "add" alone).
WORK_WORDS: tuple[str, ...] = (
    "sum", "sum of", "total", "add up", "adding", "average", "mean of", "median", "mode of", "sort", "arrange",
    "in order", "ascending", "descending", "largest", "smallest", "biggest", "greatest", "maximum", "minimum",
    "product of", "multiply", "range of",
    "summe", "addiere", "durchschnitt", "mittelwert", "sortiere", "ordne", "aufsteigend", "absteigend", "größte",
    "kleinste", "produkt", "multipliziere",
    "somme", "additionne", "additionnés", "additionnées", "moyenne", "médiane", "trie", "range", "ordonne",
    "croissant", "décroissant", "plus grand", "plus petit", "produit", "multiplie",
    "suma", "sumar", "promedio", "media de", "mediana", "ordena", "ascendente", "descendente", "mayor", "menor",
    "producto", "multiplica",
    "和是", "之和", "总和", "求和", "平均", "中位数", "排序", "最大", "最小", "乘积", "合計", "合わせ", "足す", "並べ",
)
