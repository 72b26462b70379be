"""The words of a clause that only sets the answer's format (2026-12-04), read by `answer_formats`: a verb of
answering, then a format's name ("Return the answer in JSON.", "Use bullet points.", "Responde en formato JSON:",
"用JSON格式回答："). Written by this project, not learned from any benchmark; lower case.
"""

from __future__ import annotations

# Verbs of answering or of giving the answer, in the spaced scripts; a clause opens with one.
ANSWER_VERBS: tuple[str, ...] = (
    "return", "give", "format", "write", "provide", "put", "respond", "reply", "answer", "output", "present", "use",
    "responde", "responda", "contesta", "conteste", "devuelve", "devuelva", "da", "dame", "usa", "utiliza",
    "réponds", "répondez", "renvoie", "renvoyez", "donne", "donnez", "formate", "utilise", "utilisez",
    "antworte", "antwortet", "gib", "geben", "formatiere", "verwende", "nutze",
    "rispondi", "risponda", "restituisci", "dai", "usa", "responde", "retorne", "retorna", "use",
    "ответь", "ответьте", "верни", "верните", "выведи", "дай", "используй",
)
# Words between the verb and the format: the answer itself, an article, "only", the word for a format.
BETWEEN_WORDS: tuple[str, ...] = (
    "me", "us", "the", "your", "an", "a", "answer", "answers", "response", "responses", "output", "reply", "result",
    "results", "only", "in", "as", "using", "with", "la", "el", "respuesta", "en", "como", "formato", "de",
    "réponse", "au", "format", "sous", "forme", "die", "antwort", "im", "als", "il", "nel", "in", "em", "no",
    "resposta", "risposta", "в", "формате", "виде", "ответ",
)
# Format names, in every script (a technical name is written alike everywhere).
FORMAT_NAMES: tuple[str, ...] = (
    "json", "yaml", "xml", "markdown", "bullet points", "bullet-points", "bullets", "a table", "table",
    "bulleted list", "numbered list", "viñetas", "puces", "stichpunkte", "stichpunkten", "elenco puntato",
    "tópicos", "маркированный список", "списком",
)
# Chinese and Japanese: a format's name, then its word for a format and a verb of answering ("用JSON格式回答",
# "JSON形式で答えて").
UNSPACED_FORMAT_WORDS: tuple[str, ...] = ("格式", "形式", "で")
UNSPACED_ANSWER_VERBS: tuple[str, ...] = ("回答", "返回", "输出", "回复", "答え", "回答して", "出力", "返して")
