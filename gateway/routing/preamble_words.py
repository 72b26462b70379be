"""The words of a role preamble before a request (2026-12-03, roles31), read by `preambles`; lower-case.

A generic assistant preamble ("You are a helpful assistant.", "Du bist ein hilfreicher KI-Assistent.", "你是一个
乐于助人的AI助手。", "You are Qwen, created by Alibaba Cloud.") gives no role: an opening that speaks to the
assistant, an article, words of a closed list of generic qualities and a noun that names an assistant. An
expert role before a concrete task ("You are a math tutor. Solve ...") is a hint of style; what decides is
whether the request after it speaks to the role (`SECOND_PERSON`, after the polite frames of asking,
`ASKING_FRAMES`, are set aside) and, for an explanation, whether it opens with a verb of explaining
(`EXPLAINING`). Written by this project, not learned from any benchmark.
"""

from __future__ import annotations

# The openings of a generic preamble: a second-person copula (the article comes after, in `ARTICLES`).
OPENINGS: tuple[str, ...] = (
    "you are ", "you're ", "you’re ", "du bist ", "sie sind ", "tu es ", "vous êtes ", "eres ", "usted es ",
    "sei ", "lei è ", "você é ", "tu és ", "je bent ", "jij bent ", "u bent ", "du är ", "du er ", "ты — ",
    "ты - ", "ты ", "вы — ", "вы ", "ти — ", "ти ", "jesteś ", "sen ", "kamu adalah ", "anda adalah ",
    "bạn là ",
)
# Openings of scripts without spaces, followed by a measure word or none, then modifiers and the noun.
UNSPACED_OPENINGS: tuple[str, ...] = ("你是", "您是", "你现在是", "あなたは", "君は")
UNSPACED_MEASURES: tuple[str, ...] = ("一个", "一位", "一名", "个", "位")
ARTICLES = frozenset((
    "a", "an", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "een", "en", "ett", "et", "bir", "một",
))
# Generic qualities of an assistant, and the small words that join them ("helpful, honest and harmless").
GENERIC_WORDS = frozenset((
    "helpful", "friendly", "useful", "smart", "intelligent", "honest", "harmless", "polite", "knowledgeable",
    "capable", "reliable", "kind", "concise", "precise", "accurate", "respectful", "general", "purpose",
    "virtual", "very", "highly", "super", "artificial", "intelligence", "large", "and", "&", "helpfull",
    "hilfreicher", "hilfreiche", "hilfreiches", "hilfsbereiter", "hilfsbereite", "freundlicher", "freundliche",
    "nützlicher", "nützliche", "intelligenter", "intelligente", "ki", "virtueller", "virtuelle", "und",
    "utile", "serviable", "sympathique", "aimable", "intelligent", "ia", "virtuel", "virtuelle", "honnête",
    "et", "útil", "amable", "servicial", "inteligente", "de", "virtual", "honesto", "y", "utile", "gentile",
    "disponibile", "di", "e", "prestativo", "prestativa", "amigável", "inteligente", "behulpzame",
    "behulpzaam", "vriendelijke", "nuttige", "hjälpsam", "hjelpsom", "полезный", "полезная", "дружелюбный",
    "умный", "ии", "и", "корисний", "pomocny", "pomocnym", "yardımcı", "bir", "membantu", "hữu", "ích",
))
# Nouns that name an assistant, and the names of assistant models (after which the sentence is free:
# "You are Qwen, created by Alibaba Cloud.", "You are ChatGPT, a large language model trained by OpenAI.").
ASSISTANT_NOUNS = frozenset((
    "assistant", "assistants", "ai", "chatbot", "bot", "model", "language", "llm", "helper", "assistent",
    "assistentin", "ki", "asistente", "assistente", "assistente", "assistant", "assistante", "ассистент",
    "помощник", "помічник", "asystent", "asystentem", "asistan", "asisten", "trợ", "lý",
))
ASSISTANT_NAMES = frozenset(("qwen", "chatgpt", "gpt", "claude", "gemini", "llama", "mistral", "deepseek"))
# For scripts without spaces: modifiers read off the front, then one of the nouns must be all that is left.
UNSPACED_MODIFIERS: tuple[str, ...] = (
    "乐于助人的", "有用的", "有帮助的", "友好的", "智能的", "智能", "聪明的", "人工智能", "ai", "的", "、", "和",
    "親切な", "役に立つ", "有能な", "優秀な", "aiの", "ai",
)
UNSPACED_NOUNS: tuple[str, ...] = ("助手", "助理", "聊天机器人", "机器人", "アシスタントです", "アシスタント")

# Second-person words: a request that holds one (outside `ASKING_FRAMES`) speaks to the role it was given
# ("Greet your crew", "Raconte-moi ta dernière bataille", "跟你的船员打个招呼"): role-play. Not German "du", which
# is French "du" as well ("d'Afrique du Sud"); a German request speaks to the role with "dein", "dich", "dir".
SECOND_PERSON = frozenset((
    "you", "your", "yours", "yourself", "yourselves", "u", "ur", "dein", "deine", "deinen", "deinem",
    "deiner", "deines", "dich", "dir", "tu", "ton", "ta", "tes", "toi", "te", "vous", "votre", "vos", "tú",
    "tus", "ti", "contigo", "usted", "ustedes", "tuo", "tua", "tuoi", "tue", "você", "seu", "sua", "seus",
    "suas", "teu", "ты", "твой", "твоя", "твоё", "твое", "твои", "тебя", "тебе", "тобой", "вы", "ваш",
    "ваша", "ваше", "вас", "вам",
))
SECOND_PERSON_UNSPACED: tuple[str, ...] = ("你", "您", "あなた", "君")
# Frames of asking a favour, set aside before the second person is looked for ("Can you solve ...?").
ASKING_FRAMES: tuple[str, ...] = (
    "can you", "could you", "would you", "will you", "can u", "kannst du", "könntest du", "würdest du",
    "peux-tu", "pourrais-tu", "pouvez-vous", "pourriez-vous", "s'il te plaît", "s'il vous plaît", "puedes",
    "podrías", "puede usted", "podría usted", "puoi", "potresti", "você pode", "você poderia", "можешь",
    "можете", "не могли бы вы", "请你", "你能", "你可以", "您能", "您可以",
)
# Verbs of explaining that open a request for an explanation ("explain the difference between ...").
EXPLAINING: tuple[str, ...] = (
    "explain", "define", "compare", "erkläre", "erklär", "definiere", "vergleiche", "explique", "expliquez",
    "définis", "définissez", "compare", "comparez", "explica", "explícame", "explícanos", "defina", "define",
    "compara", "spiega", "definisci", "confronta", "objasni", "объясни", "объясните", "сравни", "поясни",
    "解释", "说明", "比较", "説明",
)
POLITE_OPENINGS: tuple[str, ...] = ("please ", "bitte ", "por favor, ", "por favor ", "per favore ", "请", "пожалуйста, ")
