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
# Spanish words spelled as a French possessive ("son": they are), and Spanish's own articles, which tell a
# Spanish turn ("¿Los tomates son frutas?").
SPANISH_VERBS = frozenset(("son",))
SPANISH_ARTICLES = frozenset(("el", "los", "las", "unos", "unas", "del"))
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

# A question read alone as knowledge after earlier turns (`follow_ups.asks_its_own_question`) asks about its own
# subject ("Why is the sky blue?" after a story) unless it points back: besides `POINTERS` and the rest above,
# by the words below. Whole words of spaced scripts; those of Chinese and Japanese match anywhere.
# An opening that goes on from the turn before ("And what about duplicates?", "¿Y en millas por hora?", "Und
# wie schnell in Meilen?"), and Chinese's particle of a question asked on from another ("换算成英里每小时呢？").
CONTINUATIONS = frozenset((
    "and", "but", "und", "aber", "y", "pero", "et", "mais", "e", "ma", "mas", "и", "а", "но",
))
CONTINUATION_PHRASES: tuple[str, ...] = ("what about", "how about", "what if", "was ist mit", "et si", "y si", "e se")
CONTINUATIONS_UNSPACED: tuple[str, ...] = ("呢", "那么", "还有", "還有", "じゃあ", "では")
# Parts of a made thing: a text's, a program's, a sum's, and its mistakes ("Is the ending too sad?", "Is the answer
# right?", "Does the poem rhyme?", "どこが間違ってる？"). A question of its own rarely names them; one that does may be
# about the thing just made.
MADE_THING_PARTS = frozenset((
    "ending", "beginning", "opening", "title", "plot", "character", "characters", "hero", "heroine", "villain",
    "protagonist", "narrator", "dialogue", "tone", "style", "line", "lines", "verse", "verses", "stanza", "stanzas",
    "rhyme", "rhymes", "meter", "metre", "rhythm", "paragraph", "sentence", "sentences", "chapter", "draft", "version", "story", "poem",
    "essay", "text", "introduction", "intro", "conclusion", "argument", "arguments", "wording", "loop",
    "variable", "variables", "function", "method", "output", "input", "code", "bug", "test", "tests", "query",
    "subquery", "index", "join", "parameter", "parameters", "import", "imports", "comments", "regex",
    "syntax", "answer", "result", "solution", "step", "steps", "calculation", "formula", "equation",
    "ende", "schluss", "titel", "ton", "handlung", "figur", "figuren", "held", "heldin", "bösewicht", "zeile", "zeilen",
    "strophe", "reim", "reime", "versmaß", "rhythmus", "absatz", "satz", "geschichte", "gedicht", "schleife", "funktion", "ausgabe",
    "antwort", "ergebnis", "lösung", "schritt", "rechnung", "formel", "gleichung",
    "final", "título", "tono", "trama", "personaje", "personajes", "protagonista", "línea", "verso", "estrofa", "rima", "métrica", "ritmo",
    "párrafo", "frase", "historia", "cuento", "poema", "bucle", "función", "salida", "respuesta", "resultado",
    "solución", "paso", "pasos", "cálculo", "fórmula", "ecuación", "código",
    "fin", "titre", "intrigue", "personnage", "personnages", "héros", "héroïne", "méchant", "ligne", "lignes",
    "strophe", "rime", "rythme", "paragraphe", "phrase", "histoire", "poème", "boucle", "fonction", "sortie", "réponse",
    "résultat", "étape", "étapes", "calcul", "formule", "équation",
))
MADE_THING_PARTS_UNSPACED: tuple[str, ...] = (
    "结局", "結局", "结尾", "結尾", "开头", "開頭", "标题", "標題", "情节", "情節", "角色", "主角", "反派", "诗句", "押韵", "节奏", "節奏",
    "段落", "故事", "句", "循环", "循環", "变量", "變量", "函数", "函數", "代码", "代碼", "答案", "结果", "結果", "步骤", "步驟",
    "結末", "タイトル", "登場人物", "主人公", "関数", "コード", "答え", "ステップ", "段階", "間違", "違う", "错", "錯",
    "단계", "답", "풀이", "공식", "틀", "잘못",
)
# A judgement of a thing against what it is for ("Is the ending too sad?", "Is the conclusion strong enough?", "Is
# the subquery necessary?", "最后一句是不是太长了？"): of the thing just made.
JUDGEMENTS = frozenset((
    "too", "enough", "necessary", "needed", "required", "genug", "nötig", "notwendig", "demasiado", "suficiente",
    "necesario", "necesaria", "trop", "assez", "suffisant", "suffisante", "nécessaire", "troppo", "abbastanza",
))
JUDGEMENTS_UNSPACED: tuple[str, ...] = ("太长", "太短", "够", "夠", "必要", "多余", "多餘", "過ぎ", "すぎ")
# A request to the assistant at the question's start, and verbs that change a made thing: together they ask for an
# edit ("Can you add a villain?", "Kannst du einen Bösewicht hinzufügen?"); "Can you see the Great Wall from
# space?" and "Why do onions make you cry?" ask about the world.
REQUESTS: tuple[str, ...] = (
    "can you", "could you", "would you", "will you", "can we", "could we", "can i", "please", "kannst du",
    "könntest du", "können sie", "könnten sie", "puedes", "podrías", "podemos", "peux-tu", "pourrais-tu", "pouvez-vous", "pourriez-vous",
    "on peut", "puoi", "potresti", "você pode", "pode",
)
REQUESTS_UNSPACED: tuple[str, ...] = ("能不能", "可不可以", "你能", "你可以", "可以", "能否", "请", "請", "麻烦", "麻煩")
EDIT_VERBS = frozenset((
    "make", "add", "change", "remove", "delete", "rewrite", "shorten", "lengthen", "expand", "extend", "continue",
    "fix", "improve", "rename", "replace", "turn", "give", "use", "include", "drop", "cut", "simplify", "optimize",
    "write", "redo", "edit", "adjust", "check", "verify", "review", "test", "prüfen", "überprüfen", "testen",
    "revisar", "comprobar", "vérifier", "tester", "controllare", "verificar",
    "machen", "hinzufügen", "ändern", "entfernen", "löschen", "umschreiben", "kürzen", "erweitern", "verbessern",
    "ersetzen", "geben", "schreiben", "fortsetzen",
    "hacer", "añadir", "agregar", "cambiar", "quitar", "eliminar", "reescribir", "acortar", "alargar", "ampliar",
    "mejorar", "reemplazar", "dar", "escribir", "continuar", "poner",
    "faire", "rendre", "ajouter", "changer", "enlever", "supprimer", "réécrire", "raccourcir", "allonger",
    "améliorer", "remplacer", "donner", "écrire", "continuer", "mettre",
    "fare", "aggiungere", "cambiare", "togliere", "riscrivere", "fazer", "adicionar", "mudar", "reescrever",
))
EDIT_VERBS_UNSPACED: tuple[str, ...] = ("加", "添", "改", "删", "刪", "去掉", "换", "換", "写", "寫", "变", "變", "把", "让", "讓",
                                        "缩短", "縮短", "扩", "擴", "修")
# The user's own next doing asked ("Should I mention the date?", "¿Debería usar una lista?"): about the thing the
# conversation makes.
USER_DOINGS: tuple[str, ...] = (
    "should i", "should we", "shall i", "shall we", "do i need to", "do we need to", "sollte ich", "sollten wir",
    "soll ich", "sollen wir", "debería", "deberíamos", "devrais-je", "dois-je", "devrions-nous", "faut-il",
    "dovrei", "devo", "我应该", "我應該", "要不要", "我需要",
)
# The assistant asked about itself or its doing ("Are you sure?", "Why did you use recursion?", "Bist du sicher?",
# "你确定吗？").
ASSISTANT_ASKED: tuple[str, ...] = (
    "are you", "were you", "did you", "have you", "you sure", "bist du", "hast du", "sind sie sicher",
    "estás seguro", "estás segura", "está seguro", "está segura", "es-tu", "as-tu", "êtes-vous", "avez-vous",
    "sei sicuro", "hai usato", "você tem certeza",
)
ASSISTANT_ASKED_UNSPACED: tuple[str, ...] = ("你确定", "你確定", "确定吗", "確定嗎", "你为什么", "你為什麼", "本当に")
# A comparison whose other side is left out is with the thing before ("Is there a faster way?", "Would a heap be
# faster?", "¿Hay una forma más rápida?", "有没有更快的方法？"); with it the question is its own ("Is a kilometer
# longer than a mile?", "Ist es möglich, schneller als das Licht zu reisen?"). Comparatives match where a word
# begins (German declines them: "einen schnelleren Weg").
COMPARATIVES: tuple[str, ...] = (
    "more", "less", "better", "worse", "faster", "slower", "quicker", "simpler", "easier", "harder", "shorter",
    "longer", "cleaner", "clearer", "smaller", "bigger", "larger", "cheaper", "safer", "nicer", "funnier",
    "happier", "sadder", "darker", "friendlier", "stronger", "efficient", "elegant", "readable",
    "besser", "schneller", "langsamer", "einfacher", "kürzer", "länger", "schöner", "sauberer", "mehr", "weniger",
    "más", "menos", "mejor", "peor", "plus", "moins", "meilleur", "mieux", "pire", "più", "migliore", "mais",
    "melhor", "pior",
)
COMPARISON_OTHERS = frozenset(("than", "als", "que", "qué", "di", "del", "della", "do", "da"))
COMPARATIVES_UNSPACED: tuple[str, ...] = ("更", "比较", "比較", "もっと", "より")
COMPARISON_OTHERS_UNSPACED: tuple[str, ...] = ("比", "より")
# Words that say nothing of a question's subject, of one letter or of three or more: articles, pronouns, auxiliaries,
# prepositions, question words, and the verbs of a request. A question of its own holds another word, and shares
# none of those with the earlier user turns ("Write a short story about a dragon." then "Can you make the dragon
# friendlier?" shares "dragon").
FUNCTION_WORDS = frozenset((
    "a", "i", "o", "e", "y", "u",
    "the", "and", "but", "for", "nor", "are", "was", "were", "can", "could", "you", "your", "how", "why", "who",
    "what", "when", "where", "which", "whom", "whose", "not", "has", "have", "had", "did", "does", "doing", "its",
    "our", "their", "they", "them", "there", "this", "that", "these", "those", "with", "from", "about", "into",
    "onto", "than", "then", "will", "would", "should", "shall", "may", "might", "must", "been", "being", "some",
    "any", "all", "more", "most", "much", "many", "very", "also", "just", "only", "even", "other", "such", "true",
    "possible", "really", "get", "one", "out", "off", "over", "under", "like", "way", "his", "her", "him", "she",
    "please", "write", "tell", "give", "show", "explain", "describe", "make", "now", "let", "use", "using",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
    "aber", "ist", "sind", "war", "waren", "wird", "werden", "kann", "können", "hat", "haben", "wie", "was", "wer",
    "warum", "wieso", "weshalb", "mit", "von", "für", "auf", "aus", "bei", "nach", "über", "unter", "durch",
    "ohne", "gegen", "nicht", "auch", "noch", "schon", "sehr", "mehr", "möglich", "man", "sich", "ich", "sie",
    "wir", "ihr", "mir", "dir", "mich", "dich", "uns", "euch", "dass", "wenn", "als", "schreib", "schreibe",
    "erkläre", "bitte",
    "los", "las", "una", "unos", "unas", "que", "qué", "por", "para", "con", "sin", "sobre", "del", "como", "cómo",
    "cuál", "cuando", "donde", "porque", "son", "está", "están", "era", "ser", "estar", "puede", "pueden",
    "posible", "más", "muy", "pero", "también", "hay", "este", "esta", "ese", "esa", "eso", "esto", "sus", "nos",
    "les", "escribe", "explica", "favor",
    "une", "des", "qui", "quoi", "pourquoi", "comment", "est", "sont", "était", "être", "avoir", "peut",
    "peuvent", "plus", "très", "avec", "pour", "dans", "sur", "par", "sans", "mais", "cette", "ces", "elle",
    "ils", "elles", "nous", "vous", "leur", "leurs", "ses", "aux", "écris", "explique",
    "gli", "che", "perché", "come", "per", "uno", "sono", "della", "com", "uma", "são", "dos", "das",
))
# Words that name no subject of their own beside `turn_words.GENERIC_TOPICS` and `turn_words.EMPTY_TOPIC`: a way, an
# idea, a judgement, more of the same ("Is there a better way?", "Any tips?", "Could you elaborate?", "Does order
# matter?"), read as `FUNCTION_WORDS` are.
GENERIC_WORDS = frozenset((
    "way", "ways", "approach", "approaches", "methods", "option", "options", "alternative", "alternatives", "ideas",
    "tip", "tips", "suggestion", "suggestions", "examples", "detail", "details", "elaborate", "sure", "certain",
    "correct", "right", "wrong", "good", "bad", "fine", "okay", "different", "same", "order", "matter", "matters",
    "work", "works", "help", "better", "best", "faster", "simpler", "easier", "another", "else", "instead",
    "weg", "wege", "möglichkeit", "möglichkeiten", "sicher", "richtig", "falsch", "gut", "anders", "beispiele",
    "forma", "formas", "manera", "maneras", "opción", "opciones", "ideas", "ejemplos", "seguro", "segura",
    "correcto", "correcta", "bien", "mal", "otra", "otro",
    "façon", "manière", "moyen", "option", "idées", "exemples", "sûr", "sûre", "correct", "juste", "faux", "bon",
    "autre",
))
# Characters of Chinese and Japanese that say nothing of a subject: two neighbours of others make a word of one.
FUNCTION_CHARS = frozenset(
    "的是了吗嗎呢么麼什为為在有我你他她它们們一个個这這那和与與会會能可以不没沒很太吧啊如何怎样樣请請写寫把让讓给給用要就都也还還"
    "上下里中到对對说說吧呀哪谁誰多少几幾"
    "のはがをにでともへかやよねなだですますいうる"
)
