"""Words of a scale to rate on, a number to pick and a count to say aloud (2026-12-04), read by `scales` beside
a range of numbers ("from 1 to 10", "1-10", "del 1 al 10", "1到10"). Written by this project, not learned from
any benchmark; lower case.
"""

from __future__ import annotations

# Whole words of the spaced scripts: a request to rate, or the scale named.
RATE_WORDS = frozenset((
    "rate", "rating", "score", "grade", "scale", "stars",
    "califica", "califícalo", "califícala", "puntúa", "puntuación", "escala", "valora",
    "note", "noter", "notez", "évalue", "évaluez", "échelle",
    "bewerte", "bewerten", "bewertung", "skala", "benote",
    "valuta", "voto", "scala", "avalie", "avalia", "classifique",
    "оцени", "оцените", "оценка", "шкале", "шкала",
))
# Phrases: a number to pick or guess, a count to say ("count from 1 to 10 in French"); and the words of a
# scale in the scripts written without spaces.
PHRASES: tuple[str, ...] = (
    "pick a number", "choose a number", "guess a number", "think of a number", "count from",
    "elige un número", "piensa en un número", "piensa un número", "adivina un número", "cuenta del",
    "choisis un nombre", "pense à un nombre", "devine un nombre", "compte de",
    "wähle eine zahl", "denk an eine zahl", "denke an eine zahl", "rate eine zahl", "zähle von",
    "scegli un numero", "pensa a un numero", "conta da", "escolha um número", "pense em um número", "conte de",
    "выбери число", "загадай число", "угадай число", "посчитай от", "считай от",
    "打分", "评分", "分制", "满分", "选一个数", "猜一个数", "想一个数", "数到",
    "評価", "点満点", "採点", "数字を選", "数字を当て",
)
# Words that ask for a sum over the range after all ("If I pick a number from 1 to 10 at random, what is the
# chance it is even?"): whole words, then phrases and the scripts without spaces.
RECKON_WORDS = frozenset((
    "chance", "chances", "probability", "odds", "likely", "likelihood", "expected", "random", "randomly",
    "average", "mean", "sum", "total", "probabilidad", "azar", "promedio", "suma", "probabilité", "hasard",
    "moyenne", "somme", "wahrscheinlichkeit", "zufällig", "durchschnitt", "summe", "probabilità", "caso",
    "media", "somma", "probabilidade", "soma", "вероятность", "вероятности", "случайно", "сумма", "среднее",
))
RECKON_PHRASES: tuple[str, ...] = (
    "how many", "cuántos", "cuántas", "combien", "wie viele", "quanti", "quante", "quantos", "quantas", "сколько",
    "概率", "几率", "随机", "多少", "確率", "ランダム", "いくつ", "平均", "合計", "总和",
)
