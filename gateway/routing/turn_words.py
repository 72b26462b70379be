"""Words of a latest turn after earlier ones: whether it closes, names a topic of its own, or points back.

Read by `turns` for `tasks.stands_alone`, lower-case. Phrases of spaced scripts match whole words; those of
Chinese, Japanese, Korean and Thai match anywhere (those scripts put no space between words, and Korean's
endings are glued to the word).
"""

from __future__ import annotations

# Thanks, praise of the answer, an acknowledgement that it was understood, a goodbye: a turn made of these
# (and of `COURTESY`) asks nothing more ("Danke!", "ok great", "perfect, thank you", "谢谢！").
CLOSINGS: tuple[str, ...] = (
    # English
    "thanks", "thank you", "no thanks", "no thank you", "thank u", "thankyou", "thanx", "thx", "tnx", "ty", "tysm",
    "tyvm", "cheers",
    "much appreciated", "appreciate it", "i appreciate it", "appreciated", "great", "perfect", "awesome",
    "excellent", "wonderful", "brilliant", "fantastic", "amazing", "nice", "cool", "helpful", "very helpful",
    "that helps", "that helped", "that makes sense", "makes sense", "got it", "understood", "bye", "goodbye",
    "good bye", "bye bye", "see you", "see ya", "good night", "have a nice day", "have a good day",
    # German, Dutch
    "danke", "dankeschön", "danke schön", "danke sehr", "vielen dank", "vielen lieben dank", "besten dank",
    "herzlichen dank", "super", "prima", "toll", "klasse", "perfekt", "verstanden", "alles klar", "tschüss",
    "tschüs", "auf wiedersehen", "bis dann", "dank je", "dank je wel", "dank u", "dank u wel", "bedankt",
    "geweldig", "top",
    # Spanish, Portuguese, Italian, French, Catalan, Romanian
    "gracias", "muchas gracias", "mil gracias", "perfecto", "genial", "excelente", "entendido",
    "adiós", "hasta luego", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "valeu", "perfeito",
    "ótimo", "entendi", "tchau", "grazie", "grazie mille", "perfetto", "ottimo", "capito", "arrivederci",
    "merci", "merci beaucoup", "parfait", "génial", "super merci", "compris", "au revoir", "à bientôt",
    "gràcies", "mulțumesc", "mersi",
    # Russian, Ukrainian, Polish, Czech, Turkish, Greek, Hungarian, Finnish, Swedish, Danish, Norwegian
    "спасибо", "благодарю", "отлично", "понятно", "супер", "пока", "до свидания", "дякую", "зрозуміло",
    "dzięki", "dziękuję", "dziękuje", "świetnie", "rozumiem", "děkuji", "díky", "teşekkürler", "teşekkür ederim",
    "sağol", "sağ ol", "harika", "anladım", "ευχαριστώ", "köszönöm", "köszi", "kiitos",
    "tack", "tack så mycket", "tusen tack", "mange tak", "tusind tak", "takk", "tusen takk",
    # Indonesian, Malay, Vietnamese, Tagalog, Swahili
    "terima kasih", "makasih", "cảm ơn", "cám ơn", "tuyệt vời", "salamat", "asante",
    # Arabic, Persian, Hebrew, Hindi, Bengali
    "شكرا", "شكراً", "شكرًا", "ممتاز", "مرسی", "ممنون", "תודה", "धन्यवाद", "शुक्रिया", "बहुत बढ़िया",
    "ধন্যবাদ",
    # Chinese, Japanese, Korean, Thai (matched anywhere)
    "谢谢", "謝謝", "感谢", "感謝", "多谢", "多謝", "太好了", "明白了", "懂了", "再见", "再見", "ありがとう",
    "どうも", "助かりました", "了解", "わかりました", "分かりました", "감사", "고마워", "고맙", "알겠", "ขอบคุณ",
    "🙏", "👍",
)
# Words that go with a closing and ask nothing by themselves: intensifiers, "for the help", "again", an
# acknowledgement ("ok", "alright") and the person thanked. A turn of these alone ("ok", "ok, again") may
# say "go on" and is no closing.
COURTESY: tuple[str, ...] = (
    "ok", "okay", "okey", "k", "alright", "all right", "oh", "ah", "wow", "yes", "yeah", "yep", "so", "very",
    "much", "so much", "very much", "a lot", "a ton", "really", "again", "for that", "for this",
    "for the help", "for your help", "for helping", "for everything", "for the answer", "for the explanation",
    "for explaining", "for the quick answer", "for your patience", "for your time", "sure",
    "por la explicación", "pela explicação", "pour l'explication", "pour les explications", "per la spiegazione",
    "за объяснение", "за ответ", "für die schnelle antwort",
    "that's", "that is", "this is", "it's", "that was", "man", "mate", "buddy", "bro", "dude", "friend",
    "you", "and", "just", "sir", "hi", "hey", "hello", "there",
    "dir", "ihnen", "vielmals", "sehr", "nochmal", "für die hilfe", "für die antwort", "für die erklärung",
    "das war", "war", "ja", "gut", "sehr gut",
    "por", "la", "el", "ayuda", "tu", "su", "por todo", "por la ayuda", "sí", "bien", "amigo", "amiga",
    "muy", "muito", "pela ajuda", "de novo", "molto", "mille", "tanto", "tante", "per l'aiuto", "sì",
    "beaucoup", "oui", "pour l'aide", "pour ton aide", "pour votre aide", "encore", "ça", "très",
    "vale", "d'accord", "c'est", "c'était", "est", "vraiment", "das ist", "ist", "è", "é", "está", "fue", "era",
    "это было", "было", "большое", "огромное", "за помощь", "ещё раз", "ясно", "да", "хорошо", "ладно", "ок",
    "вам", "тебе", "дуже", "bardzo", "za pomoc", "çok", "yardımın için", "hocam",
    "so mycket", "mycket", "banyak", "bạn", "nhiều", "rất", "nhé", "ạ", "po",
    "جزيلا", "جزيلاً", "لك", "بہت", "बहुत", "आपका", "जी", "תודה רבה", "רבה",
    "非常", "好的", "好", "你", "您", "了", "啊", "呀", "的", "ございます", "ございました", "です", "ね",
    "とても", "本当に", "합니다", "해요", "요", "니다", "정말", "너무", "많이", "네", "ครับ", "ค่ะ", "มาก",
)
# A request about a topic, at the turn's start (after `TOPIC_LEADS`), or in Japanese and Korean after the
# topic it closes ("量子もつれについて説明して", "양자 얽힘에 대해 설명해 줘"): what follows names a topic
# of its own unless it points back.
TOPIC_REQUESTS: tuple[str, ...] = (
    "explain", "describe", "tell me about", "tell me something about", "tell me everything about",
    "what do you know about", "give me an overview of", "give an overview of", "teach me about",
    "erkläre mir", "erklär mir", "erkläre", "erklär", "erklären sie", "beschreibe", "beschreib",
    "beschreiben sie", "erzähl mir etwas über", "erzähl mir von", "erzähl mir über", "erzähle mir von",
    "erzähl mir was über", "erzähl mir", "explícame", "explicame", "explica", "explique", "descríbeme",
    "describe", "descríbe", "háblame de", "háblame sobre", "cuéntame sobre", "cuéntame de",
    "explique-moi", "explique moi", "expliquez-moi", "décris-moi", "décris", "décrivez", "parle-moi de",
    "parle-moi des", "parle-moi du", "parlez-moi de", "spiegami", "spiega", "descrivi", "descrivimi",
    "parlami di", "parlami del", "parlami della", "parlami dei", "me explique", "me fale sobre",
    "fale sobre", "fale-me sobre", "descreva", "объясни мне", "объясни", "объясните", "опиши", "опишите",
    "расскажи мне о", "расскажи мне про", "расскажи о", "расскажи об", "расскажи про", "расскажите о",
    "расскажите про", "поясни", "wyjaśnij", "opisz", "opowiedz o",
    "解释一下", "解释", "解釋一下", "解釋", "介绍一下", "介绍", "介紹一下", "介紹", "讲讲", "讲一下", "说说",
    "描述一下", "描述", "说明一下",
)
TOPIC_REQUESTS_AFTER: tuple[str, ...] = (
    "について説明", "について教えて", "について解説", "とは何か説明", "에 대해 설명", "에 대해 알려", "에 대해서 설명",
    "에 대해서 알려",
)
# Words before a topic request that ask politely ("Can you explain ...", "Bitte erkläre ...").
TOPIC_LEADS: tuple[str, ...] = (
    "please", "pls", "can you", "could you", "would you", "will you", "can you please", "could you please",
    "now", "bitte", "kannst du", "könntest du", "können sie", "por favor", "puedes", "podrías", "ahora",
    "peux-tu", "pouvez-vous", "pourrais-tu", "s'il te plaît", "potresti", "puoi", "per favore", "você pode",
    "pode", "пожалуйста", "можешь", "а теперь", "теперь", "请", "請", "现在", "再给我", "给我",
)
# Words of a topic that point back to the conversation: a pronoun or a demonstrative, the answer or its
# steps, "again", "more" ("Explain that step.", "Erkläre das nochmal", "Объясни это подробнее").
BACK_REFERENCES = frozenset((
    "it", "its", "that", "this", "these", "those", "them", "they", "again", "above", "previous", "last",
    "same", "your", "answer", "answers", "step", "steps", "solution", "result", "calculation", "reasoning",
    "formula", "working", "you", "more", "further", "faster", "shorter", "easier", "quicker", "alternative",
    "alternatives", "detail", "details", "here", "there",
    "es", "dies", "diese", "diesen", "dieses", "nochmal", "noch", "nochmals", "davon", "dazu", "darüber",
    "daran", "dabei", "deine", "deinen", "antwort", "schritt", "schritte", "lösung", "rechnung", "ergebnis",
    "genauer",
    "eso", "esto", "ese", "este", "esta", "esa", "lo", "otra", "vez", "nuevo", "respuesta", "paso", "pasos",
    "ça", "cela", "ceci", "cette", "encore", "réponse", "étape", "étapes",
    "questo", "quello", "nuovo", "risposta", "passaggio", "isso", "isto", "novo", "resposta",
    "это", "этот", "эту", "эти", "то", "ещё", "еще", "раз", "подробнее", "ответ", "шаг", "шаги", "решение",
    "так", "tego", "jeszcze",
))
# Back references of scripts without spaces, matched anywhere in the topic.
BACK_REFERENCES_UNSPACED: tuple[str, ...] = (
    "这", "這", "那", "它", "再", "上面", "刚才", "剛才", "答案",
    "それ", "これ", "その", "この", "もう一度", "さっき", "그거", "이거", "그것", "이것", "다시", "왜",
)
# Words that name no topic: a question word or a manner alone ("Can you explain why?", "Explain how.",
# "Explain in more detail.").
EMPTY_TOPIC = frozenset((
    "why", "how", "please", "in", "a", "bit", "little", "briefly", "simply", "simple", "terms", "me", "us",
    "to", "again", "now", "warum", "wieso", "wie", "bitte", "mir", "uns", "kurz", "einfach", "etwas", "was",
    "por", "qué", "que", "cómo", "porque", "pourquoi", "comment", "moi", "perché", "come", "mi", "porquê",
    "como", "почему", "как", "мне", "пожалуйста", "кратко", "просто",
    # the manner of an explanation asked again ("Explain like I'm five.", "Explain in simpler terms.")
    "like", "i", "m", "five", "year", "old", "child", "kid", "simpler", "differently", "better", "other", "words",
    "another", "way", "mal", "doch", "einfacher", "anders", "más", "fácil", "plus", "simplement", "проще", "иначе",
))
# Articles, and the nouns a definite article points back with when they are the whole topic ("Explain the
# difference.", "Erkläre den Unterschied.", "Explica la fórmula."): "Explain the difference between TCP and
# UDP" names its own.
ARTICLES = frozenset(("the", "a", "an", "der", "die", "das", "den", "dem", "el", "la", "los", "las", "le", "les",
                      "l", "il", "lo", "o", "os", "as", "un", "una", "une"))
GENERIC_TOPICS = frozenset((
    "difference", "method", "approach", "logic", "idea", "concept", "process", "problem", "question", "example",
    "proof", "equation", "units", "unit", "code", "function", "algorithm", "error", "output", "math", "trick",
    "unterschied", "methode", "ansatz", "logik", "idee", "beispiel", "beweis", "gleichung", "einheiten", "funktion",
    "algorithmus", "fehler", "diferencia", "método", "lógica", "ejemplo", "prueba", "ecuación", "fórmula", "código",
    "función", "algoritmo", "différence", "méthode", "logique", "exemple", "preuve", "équation", "formule",
    "fonction", "algorithme", "differenza", "metodo", "esempio", "equazione", "formula", "funzione", "diferença",
    "разницу", "разница", "метод", "логику", "пример", "доказательство", "уравнение", "формулу", "код", "функцию",
    "алгоритм",
))
GENERIC_TOPICS_UNSPACED = frozenset(("区别", "方法", "过程", "公式", "代码", "算法", "函数", "例子", "思路", "原理"))
EMPTY_TOPIC_UNSPACED: tuple[str, ...] = ("为什么", "為什麼", "怎么", "怎麼", "一下", "请", "吗", "呢", "なぜ", "どうして")
# German demonstrative "das" unless a capitalised noun follows it as its article ("Erkläre das Higgs-Boson").
GERMAN_DAS = "das"
# Things complete in themselves that a turn may ask for after any other task (a joke, a fun fact, a riddle, a
# quote, a story), and phrases that ask how something is said in another language: with no word pointing back
# (`BACK_REFERENCES` but the person asked, "Can you tell me a joke?"), the turn stands alone ("Tell me a joke.",
# "Cuéntame un chiste.", "讲个笑话"). Stems of spaced scripts match where a word begins.
OWN_THINGS: tuple[str, ...] = (
    "joke", "fun fact", "random fact", "interesting fact", "cool fact", "riddle", "tongue twister", "pun ", "puns",
    "quote", "story", "stories", "poem", "haiku", "limerick", "something funny", "something interesting",
    "witz", "eine geschichte", "rätsel", "zungenbrecher", "zitat", "märchen", "gedicht", "spruch", "sprüche",
    "chiste", "adivinanza", "trabalenguas", "dato curioso", "datos curiosos", "cuento", "poema", "una historia",
    "blague", "devinette", "virelangue", "citation", "un conte", "poème", "une histoire",
    "barzellett", "indovinell", "scioglilingua", "citazion", "favola", "poesia", "una storia",
    "piada", "adivinha", "trava-língua", "curiosidade", "citação", "uma história",
    "анекдот", "шутк", "загадк", "скороговорк", "цитат", "сказк", "историю", "интересный факт", "забавный факт", "стих",
    "dowcip", "żart", "kawał", "zagadk", "fıkra", "şaka", "bilmece", "masal", "raadsel", "grapje", "moppen",
    "笑话", "笑話", "段子", "谜语", "謎語", "绕口令", "名言", "趣事", "冷知识", "冷知識",
    "冗談", "ジョーク", "ダジャレ", "なぞなぞ", "早口言葉", "面白い話", "豆知識",
    "농담", "유머", "수수께끼", "명언", "재미있는 이야기",
)
SAYINGS: tuple[str, ...] = (
    "how do you say", "how do i say", "how to say", "how would you say", "what's the word for", "what is the word for",
    "wie sagt man", "was heißt", "cómo se dice", "como se dice", "comment dit-on", "comment on dit", "come si dice",
    "como se diz", "como se fala", "как сказать", "как будет по", "jak powiedzieć", "nasıl denir",
    "怎么说", "怎麼說", "何て言う", "なんて言う", "어떻게 말해",
)
# The person asked is no back reference here ("How do you say thank you in Japanese?").
ASKED_PERSON = frozenset(("you", "your"))
# Question words of fact of Chinese, Japanese and Korean, which ask them where the question's word stands, often
# last ("モナリザを描いたのは誰？", "蒙娜丽莎是谁画的？", "한국의 수도는 어디야?"): such a question, with no number and
# nothing pointing back, stands alone as its spaced languages' questions do (`cues.asks_a_fact`). Not a quantity's
# or a reason's ("多少", "为什么"), nor which ("哪一步错了？", "どのステップ？"): those ask about the answer before,
# as do questions about its steps or its mistakes (`ANSWER_WORDS_UNSPACED`: "哪里错了？", "어디가 틀렸어?").
FACT_WORDS_UNSPACED: tuple[str, ...] = (
    "谁", "誰", "哪里", "哪裡", "哪儿", "哪国", "哪年", "什么时候", "什麼時候",
    "どこ", "いつ", "何年", "何語", "누구", "어디", "언제", "무엇",
)
ANSWER_WORDS_UNSPACED: tuple[str, ...] = (
    "步", "式", "解", "错", "錯", "ステップ", "段階", "答え", "間違", "違う", "단계", "답", "풀이", "공식", "틀", "잘못",
)
