"""Words of a follow-up: what points back at an earlier turn's made thing, and the verbs that name no task.

Read by `follow_ups`, lower-case. `turn_words.BACK_REFERENCES` reads a topic asked about ("Explain that
step."); these read a whole turn that may ask for a task of its own ("Now write tests for it.", "What is its
time complexity?"), so they leave out what a request of its own says as often as a follow-up: "you", "your",
"more", "here", German and Spanish "es" (Spanish's "is"), articles. Phrases of Chinese, Japanese and Korean
match anywhere.
"""

from __future__ import annotations

# Pronouns, possessives and demonstratives that point at the earlier turn's text, program or answer, and
# "again": whole words.
POINTERS = frozenset((
    # English ("that" is read apart: it also opens a relative clause)
    "it", "this", "these", "those", "them", "above", "previous", "same", "again", "earlier",
    # German ("es" is Spanish's "is"; "sie" a formal "you")
    "dafür", "davon", "dazu", "daraus", "darin", "damit", "darüber", "daran", "dabei", "nochmal", "nochmals",
    "ihn", "dies", "diese", "dieser", "diesen", "dieses",
    # French
    "ça", "cela", "ceci", "cette", "cet", "ces", "encore",
    # Spanish, Italian, Portuguese
    "eso", "esto", "ello", "este", "esta", "estos", "estas", "ese", "esa", "nuevo",
    "questo", "questa", "quello", "quella", "esso", "ancora", "isso", "isto", "esse", "essa",
    # Russian
    "это", "этот", "эта", "эту", "этого", "ещё", "еще",
))
# Possessives ("What is its time complexity?", "¿Cuál es su complejidad?"): they point back unless a name
# before them in the turn owns them ("What is the population of Canada and its capital?").
POSSESSIVES = frozenset((
    "its", "seine", "seinen", "seiner", "seinem", "sa", "son", "ses", "su", "sus", "dele", "dela", "его", "её",
    "ее", "их",
))
# German "es" as an imperative's or a question's object or subject, the turn's second word ("Löse es anders.",
# "Mach es kürzer.", "Funktioniert es?"), unless the first word makes it Spanish's "is" ("¿Qué es ...?") or
# German's "es" of nothing ("Gibt es ...?", "Wie geht es dir?").
NOT_BEFORE_ES = frozenset((
    "qué", "que", "cuál", "cual", "quién", "quien", "dónde", "donde", "cómo", "como", "cuándo", "cuando", "cuánto",
    "esto", "eso", "esta", "este", "ese", "esa", "ella", "él", "el", "la", "lo", "no", "sí", "si", "y", "pero", "ya",
    "gibt", "geht", "ist", "war", "wie", "wo", "was",
))
# Spanish imperatives and infinitives that carry their object ("Hazlo", "Tradúcela", "Resuélvelo",
# "hacerlo"), whole words; the regular forms are read by `follow_ups` (an accented stem or an infinitive
# before lo/la/los/las).
SPANISH_ENCLITICS = frozenset(("hazlo", "hazla", "hazlos", "hazlas", "dilo", "ponlo", "ponla"))
# Back references of scripts without spaces, matched anywhere.
POINTERS_UNSPACED: tuple[str, ...] = (
    "它", "这", "這", "那个", "那個", "上面", "刚才", "剛才", "再", "继续", "繼續",
    "それ", "これ", "その", "この", "もう一度", "さっき", "그거", "이거", "그것", "이것", "다시",
)
# The word before an English "that" that points back ("Make that shorter", "the complexity of that", "Is that
# right?"): a verb or a preposition; a relative "that" follows a noun ("a function that merges ...").
THAT_AFTER = frozenset((
    "is", "was", "are", "does", "do", "did", "can", "will", "would", "for", "about", "with", "of", "on", "in",
    "from", "to", "explain", "make", "fix", "improve", "rewrite", "change", "translate", "summarize",
    "summarise", "shorten", "expand", "test", "check", "redo", "repeat", "continue", "simplify", "optimize",
))
# English sentences whose "it" points at nothing: the time, the weather, a clause after it ("Is it possible
# to ...", "It is true that ..."): read by `follow_ups`.
DUMMY_IT_PHRASES: tuple[str, ...] = (
    "what time is it", "what day is it", "what date is it", "how late is it", "is it raining", "is it snowing",
    "is it going to rain", "is it going to snow",
)
# Verbs that make something without naming what ("write", "make", "schreib", "写"): a follow-up names its own
# made thing only in the words beside them ("Now write a poem about it." names a poem; "Now write tests for it."
# names nothing of its own).
MAKE_VERBS = frozenset((
    "write", "rewrite", "make", "do", "add", "create", "give", "generate", "produce", "now", "please",
    "schreib", "schreibe", "schreiben", "mach", "mache", "erstelle", "erstell", "jetzt", "bitte",
    "écris", "écrivez", "écrire", "fais", "faites", "crée", "maintenant",
    "escribe", "escriba", "escribir", "haz", "crea", "ahora", "scrivi", "fai", "escreva", "faça",
    "напиши", "сделай", "теперь",
))
MAKE_VERBS_UNSPACED: tuple[str, ...] = ("写", "寫", "做", "现在", "書いて", "써")
