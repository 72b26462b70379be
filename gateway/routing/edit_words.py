"""Words of a request to edit a given text: rewrite it, fix its grammar, make it more formal (read by `edits`).

Lower-case. Stems of spaced scripts match where a word begins ("rephras" -> rephrase, rephrasing); those of
Chinese, Japanese and Korean match anywhere. Written by this project (2026-12-03, edit31), not learned from any
benchmark: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Chinese,
Japanese and Korean.
"""

from __future__ import annotations

# Verbs that ask for an edit by themselves ("Rephrase this: ...", "Reformule : ...", "润色这段话：...").
# Not "polish" alone: it names a language too ("Translate into Polish: ...").
EDIT_VERBS: tuple[str, ...] = (
    "rewrit", "re-writ", "rephras", "reword", "paraphras", "proofread", "proof-read", "copyedit", "copy-edit",
    "polish this", "polish the", "polish my", "polish up", "shorten", "tighten up", "tighten this",
    "umformulier", "formulier", "umschreib", "paraphrasier", "korrekturles", "überarbeit", "lektorier",
    "reformul", "réécri", "relis", "raccourci", "reescrib", "parafrase", "acorta", "riscriv", "riformul",
    "parafras", "accorci", "reescrev", "encurt", "herschrijf", "herformuleer", "przeredaguj", "parafrazuj",
    "yeniden yaz", "перефраз", "перепиш", "переформулир", "отредактир",
    "润色", "潤色", "改写", "改寫", "重写", "改述", "校对", "校對", "書き直", "言い換え", "添削", "校正",
    "推敲", "リライト", "다시 써", "다듬어", "교정", "윤문",
)
# Verbs that ask to correct or improve, an edit when they name what of the language they mend
# (`LANGUAGE_OBJECTS`: "Fix the grammar: ...", "Corrige les fautes : ...", "修改语法错误：...").
FIX_VERBS: tuple[str, ...] = (
    "fix", "correct", "check", "improve", "change", "adjust", "edit", "put", "convert", "turn", "transform",
    "korrigier", "verbesser", "prüf", "überprüf", "änder", "setz", "wandl", "pon ", "mets", "metti", "coloque",
    "corrig", "amélior", "vérifi", "chang", "mejor", "revis", "cambi", "corregg", "miglior", "controll",
    "corrij", "melhor", "mude", "verbeter", "corrigeer", "controleer", "popraw", "sprawdź", "düzelt",
    "исправ", "улучш", "провер", "измен",
    "修改", "纠正", "糾正", "改正", "检查", "檢查", "改进", "优化", "直して", "直す", "修正", "訂正", "チェック",
    "고쳐", "수정",
)
LANGUAGE_OBJECTS: tuple[str, ...] = (
    "grammar", "grammatical", "spelling", "punctuation", "typo", "mistake", "error", "wording", "phrasing",
    "tone", "style", "passive voice", "active voice", "past tense", "present tense", "future tense",
    "passiv", "aktiv", "vergangenheit", "voix passive", "voix active", "voz pasiva", "voz activa", "forma passiva",
    "voz passiva", "被动语态", "主动语态", "过去时", "受け身", "受動態", "過去形",
    "grammatik", "rechtschreib", "zeichensetzung", "tippfehler", "fehler", "formulierung", "tonfall",
    "grammaire", "orthographe", "ponctuation", "faute", "erreur", "formulation", "gramática", "ortografía",
    "puntuación", "falta", "errore", "redacción", "tono", "grammatica", "ortografia", "punteggiatura", "errori",
    "pontuação", "erro", "redação", "grammatica", "spelling", "fouten", "gramatyk", "pisowni", "błęd",
    "dilbilgisi", "yazım", "imla",
    "граммат", "орфограф", "пунктуац", "ошибк", "опечатк", "формулировк",
    "语法", "語法", "错别字", "錯別字", "病句", "标点", "標點", "拼写", "措辞", "措辭", "语气", "語氣", "文法",
    "誤字", "脱字", "句読点", "言い回し", "表現", "문법", "맞춤법", "오타", "띄어쓰기",
)
# A manner of speaking to change to, comparative in itself or after `COMPARATIVES` ("Make this more casual:
# ...", "Formuliere ... höflicher um", "Rends ce message plus poli", "改得更口语化"). Not "simple" or "clear":
# "Explain more simply: ..." asks for an explanation.
STYLES: tuple[str, ...] = (
    "formal", "informal", "casual", "polite", "rude", "concise", "professional", "friendl", "natural", "fluent",
    "confident", "persuasive",
    "formell", "höflich", "freundlich", "professionell", "locker", "formel", "poli ", "polie", "courtois", "amical",
    "professionnel", "poliment", "formal", "educad", "cortés", "amable", "profesional", "formale", "gentil", "cortese",
    "professionale", "educado", "formeel", "beleefd", "uprzejm", "formaln", "kibar", "resmi",
    "формальн", "официальн", "вежлив", "дружелюб", "профессиональн",
    "正式", "礼貌", "禮貌", "简洁", "簡潔", "口语化", "口語化", "书面", "書面", "委婉", "丁寧", "フォーマル", "カジュアル",
    "自然な", "敬語", "공손", "정중", "자연스럽", "격식",
)
COMPARATIVES: tuple[str, ...] = (
    "more", "less", "sound", "plus", "moins", "más", "menos", "più", "meno", "mais", "meer", "minder",
    "bardziej", "daha", "более", "менее", "更", "もっと", "より", "더",
)
# Comparatives of their own language, an edit of style without a word for "more".
STYLE_COMPARATIVES: tuple[str, ...] = (
    "nicer", "gentler", "softer", "politer", "friendlier",
    "formeller", "höflicher", "freundlicher", "professioneller", "lockerer", "kürzer", "knapper",
    "вежливее", "короче", "понятнее",
)

# The text to edit given without a colon or quotes ("Rewrite this more formally I need the report now", "What's
# a more formal way to say gonna"): the request names its edit as it opens, after these polite openers at most
# ("Can you rephrase ...", "Bitte formuliere ..."), or asks for a way to say something (`SAY_PHRASES`, anywhere).
OPENERS: tuple[str, ...] = (
    "can you", "could you", "would you", "will you", "can u", "pls", "please", "plz", "kindly", "hey", "hi",
    "help me", "just", "puedes", "podrías", "por favor", "ayúdame a", "peux-tu", "pouvez-vous", "pourrais-tu",
    "stp", "s'il te plaît", "bitte", "kannst du", "könntest du", "puoi", "potresti", "per favore", "pode",
    "você pode", "por favor", "пожалуйста", "можешь", "помоги",
    "请", "請", "帮我", "幫我", "你能", "能不能", "可以",
)
# A way to say something asked for: "a more formal way to say", "how do I say ... in a nicer way", "¿cómo digo
# de forma más formal ...?", "这句话怎么说更礼貌", "丁寧な言い方".
SAY_PHRASES: tuple[str, ...] = (
    "way to say", "way of saying", "way to phrase", "way to word", "how do i say", "how can i say",
    "how should i say", "how would i say", "how could i say", "how to say", "how do you say", "how would you say",
    "how do i word", "how to word", "how should i word", "how do i phrase", "how to phrase", "how should i phrase",
    "cómo digo", "cómo puedo decir", "cómo decir", "cómo le digo", "forma de decir", "manera de decir",
    "como digo", "como posso dizer", "como dizer", "forma de dizer", "maneira de dizer", "jeito de dizer",
    "comment dire", "comment puis-je dire", "comment je peux dire", "comment je dis", "façon de dire",
    "manière de dire", "wie sage ich", "wie kann ich sagen", "wie sagt man", "wie formuliere ich", "art zu sagen",
    "come dico", "come posso dire", "come dire", "modo per dire",
    "как сказать", "как мне сказать", "как можно сказать", "как лучше сказать",
    "怎么说", "怎麼說", "怎样说", "如何说", "怎么讲", "怎么表达", "如何表达", "言い方", "どう言えば", "どう言う",
    "어떻게 말",
)
# A verb of making that opens an edit where a word for the text follows it or a word of sounding comes later
# ("Make this more polite ...", "make i cant come tomorrow sound more professional", "Haz que suene más ...",
# "Mach das höflicher ..."); "How do I make my voice sound more confident?" opens with no edit.
MAKE_VERBS: tuple[str, ...] = (
    "make", "haz", "hazlo", "hazla", "mach", "rends", "rendez", "fais", "rendi", "fai", "faça", "deixe", "maak",
    "сделай", "让", "讓", "使",
)
TEXT_WORDS: tuple[str, ...] = (
    "this", "it", "that", "these", "the sentence", "the message", "esto", "eso", "esta", "este", "que",
    "das", "dies", "es", "ça", "cela", "le", "la", "-le", "-la", "questo", "questa", "isso", "isto", "dat", "dit",
    "это", "这", "這", "它",
)
SOUNDS: tuple[str, ...] = (
    "sound", "suene", "suena", "sonne", "klingt", "klingen", "suoni", "soe", "soar", "klinkt", "звучал",
    "звучит", "听起来", "聽起來",
)
# Chinese verbs of changing a text into a manner ("把这句话改得更正式一点"), an edit where they open the request.
CHANGE_INTO: tuple[str, ...] = ("改得", "改成", "改为", "改為", "改一下")
# A language to say it in ("How do you say thank you more politely in Japanese?"): a translation's reading.
TARGET_LANGUAGES: tuple[str, ...] = (
    "english", "french", "spanish", "german", "chinese", "japanese", "italian", "portuguese", "russian",
    "arabic", "korean", "inglés", "francés", "alemán", "japonés", "chino", "italiano", "portugués", "ruso",
    "englisch", "französisch", "spanisch", "japanisch", "chinesisch", "italienisch", "russisch", "anglais",
    "espagnol", "allemand", "japonais", "chinois", "italien", "russe", "английск", "французск", "немецк",
    "испанск", "японск", "китайск", "英语", "英文", "法语", "日语", "德语", "中文", "汉语", "韩语", "西班牙语",
    "日本語", "英語", "中国語", "フランス語", "영어", "일본어", "중국어",
)
# A summary or a translation asked beside an edit: it stays extraction ("Summarize and shorten: ...").
KEEPS_EXTRACTION: tuple[str, ...] = (
    "summar", "extract", "translat", "tl;dr", "zusammenfass", "übersetz", "résum", "tradu", "resum", "riassum",
    "samenvat", "vertaal", "streść", "przetłumacz", "özetle", "çevir", "резюм", "перевед", "переклад",
    "总结", "總結", "摘要", "概括", "翻译", "翻譯", "要約", "翻訳", "요약", "번역",
)

# A reply to a message the request gives (2026-12-04, reply32): a verb of replying and a word for a message in
# the head ("Respond to this email: ...", "Contesta a esta reseña: ...", "回复这封邮件：..."), a text to write,
# whatever the message itself asks ("Answer this message from my boss: Can you work this weekend?").
REPLY_VERBS: tuple[str, ...] = (
    "reply", "replie", "respond", "respons", "answer", "write back", "writing back",
    "contest", "respuesta", "répond", "repond", "répons", "antwort", "beantwort", "rispond", "rispost",
    "respost", "ответ",
    "回复", "回覆", "答复", "答覆", "回信", "回应", "回應", "返信", "返事", "返答",
)
MESSAGE_NOUNS: tuple[str, ...] = (
    "email", "e-mail", "mail", "message", "text", "sms", "comment", "review", "complaint", "letter", "tweet",
    "post", "dm", "inquiry", "enquiry", "note", "chat",
    "correo", "mensaje", "comentario", "reseña", "queja", "carta", "publicación", "courriel", "commentaire",
    "avis", "plainte", "lettre", "réclamation", "nachricht", "kommentar", "bewertung", "rezension", "beschwerde",
    "brief", "anfrage", "messaggio", "commento", "recensione", "reclamo", "lettera", "mensagem", "comentário",
    "avaliação", "reclamação", "письм", "сообщени", "комментари", "отзыв", "жалоб",
    "邮件", "郵件", "消息", "信息", "訊息", "短信", "评论", "評論", "留言", "投诉", "投訴", "来信", "來信", "封信",
    "メール", "メッセージ", "コメント", "レビュー", "クレーム", "手紙", "問い合わせ",
)
# A question, a quiz or a riddle to answer names no message: "Answer this question: ...", "Answer the questions
# about this text: ..." keep their task.
QUESTION_NOUNS: tuple[str, ...] = (
    "question", "quiz", "riddle", "puzzle", "exercise", "pregunta", "acertijo", "frage", "rätsel", "énigme",
    "devinette", "domanda", "indovinell", "pergunta", "charada", "вопрос", "загадк",
    "问题", "問題", "题", "題", "谜", "謎", "質問", "クイズ",
)
# Words between the verb and the message that make the message a source, not the one replied to: "Answer
# using this text: ...", "Respond only with the category of this message: ...", "根据这封邮件回答".
REPLY_SOURCES: tuple[str, ...] = (
    "with", "using", "based", "from", "about", "according", "con", "usando", "según", "sobre", "basánd", "basad",
    "avec", "selon", "en utilisant", "basé", "basant", "mit", "anhand", "laut", "über", "basier", "secondo",
    "basandot", "com", "segundo", "basead", "baseando", "по", "используя", "основываясь",
    "根据", "根據", "基于", "基於", "用", "关于", "關於", "で", "について", "に基づ",
)
