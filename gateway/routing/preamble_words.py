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

# A character, not a profession (2026-12-04, roles32): a question after a role is the question's own task where the
# role is an expert or a helper the user consults about the world ("You are a history teacher. When did World War II
# end?"), and role-play where the role is a character whose world the question asks about ("You are a medieval
# innkeeper. What's on the menu tonight?"): a figure of fiction, myth or history, a creature, or a persona in such a
# setting. Whole words, lower-case (English, Spanish, French, German, Italian, Portuguese, Russian); not Italian "re"
# (king), which English "you're" splits into; not German "geist" (the mind), "schloss" (a lock) nor "fee" (English "a
# fee"), not French "orque" (an orca).
CHARACTER_WORDS = frozenset((
    "pirate", "pirates", "buccaneer", "dragon", "dragons", "wizard", "witch", "warlock", "sorcerer", "sorceress",
    "mage", "necromancer", "knight", "squire", "innkeeper", "tavern", "barkeep", "barmaid", "king", "queen",
    "prince", "princess", "emperor", "empress", "pharaoh", "samurai", "ninja", "viking", "gladiator", "centurion",
    "cowboy", "outlaw", "vampire", "werewolf", "ghost", "zombie", "elf", "dwarf", "orc", "goblin", "troll", "fairy",
    "mermaid", "genie", "bard", "minstrel", "jester", "peasant", "blacksmith", "superhero", "medieval", "fantasy",
    "victorian", "futuristic", "dystopian", "mythical", "enchanted", "haunted", "dungeon", "castle", "kingdom",
    "realm",
    "pirata", "piratas", "dragón", "mago", "maga", "bruja", "brujo", "hechicero", "hechicera", "caballero",
    "posadero", "posadera", "tabernero", "tabernera", "taberna", "posada", "rey", "reina", "príncipe", "princesa",
    "emperador", "emperatriz", "faraón", "samurái", "vikingo", "gladiador", "vaquero", "vampiro", "fantasma",
    "zombi", "elfo", "enano", "orco", "duende", "hada", "sirena", "herrero", "bufón", "juglar", "fantasía",
    "castillo", "reino",
    "magicien", "magicienne", "sorcier", "sorcière", "chevalier", "aubergiste", "tavernier", "tavernière", "auberge",
    "roi", "reine", "princesse", "empereur", "impératrice", "pharaon", "samouraï", "gladiateur", "fantôme",
    "elfe", "nain", "fée", "sirène", "forgeron", "bouffon", "ménestrel", "médiéval", "médiévale",
    "château", "royaume",
    "pirat", "piraten", "drache", "drachen", "zauberer", "zauberin", "hexe", "magier", "ritter", "wirt", "gastwirt",
    "schankwirt", "wirtin", "taverne", "könig", "königin", "prinz", "prinzessin", "kaiser", "kaiserin", "pharao",
    "wikinger", "vampir", "gespenst", "zwerg", "ork", "meerjungfrau", "schmied", "narr", "mittelalter",
    "mittelalterlich", "mittelalterliche", "mittelalterlicher", "mittelalterlichen", "burg", "königreich",
    "drago", "strega", "cavaliere", "locandiere", "locanda", "oste", "regina", "principe", "principessa",
    "imperatore", "faraone", "vichingo", "gladiatore", "nano", "fata", "fabbro", "medievale", "castello", "regno",
    "dragão", "bruxa", "bruxo", "feiticeiro", "cavaleiro", "estalajadeiro", "taberneiro", "rei", "rainha",
    "imperador", "faraó", "anão", "fada", "sereia", "ferreiro", "castelo",
    "пират", "дракон", "волшебник", "ведьма", "рыцарь", "трактирщик", "король", "королева", "принц", "принцесса",
    "вампир", "призрак", "средневековый", "средневековая",
))
# Scripts without spaces: substrings of the role's sentence (not 龙 alone, inside 恐龙, a dinosaur; not 城, inside
# 宮城).
CHARACTER_UNSPACED: tuple[str, ...] = (
    "海盗", "巨龙", "恶龙", "巫师", "魔法师", "女巫", "骑士", "旅店老板", "客栈老板", "酒馆老板", "店小二", "国王", "女王",
    "王子", "公主", "皇帝", "法老", "武士", "忍者", "维京", "吸血鬼", "幽灵", "僵尸", "精灵", "矮人", "美人鱼", "中世纪",
    "城堡", "铁匠", "海賊", "ドラゴン", "魔法使い", "魔女", "騎士", "宿屋", "酒場", "王様", "姫", "ファラオ", "吸血鬼",
    "幽霊", "ゾンビ", "エルフ", "ドワーフ", "妖精", "人魚", "中世", "鍛冶屋",
)
# Words that point into the role's scene ("What's the most precious thing here?", "What's on the menu tonight?"): a
# question with one asks the one who stands there, whatever the role. Whole words; phrases and scripts without
# spaces as substrings. Not German "hier", which is French "yesterday".
SCENE_WORDS = frozenset(("here", "tonight", "aquí", "acá", "ici", "stasera", "stanotte", "aqui", "здесь"))
SCENE_PHRASES: tuple[str, ...] = (
    "esta noche", "ce soir", "heute abend", "heute nacht", "esta noite", "hoje à noite", "сегодня вечером",
    "这里", "这儿", "今晚", "ここ", "今夜", "今晩",
)
# An expert whose field a character word names ("You are an expert in medieval history.", "a fantasy author", "un
# historiador especializado en piratas"): the role is consulted about the world, no character. Whole words, and the
# endings of German compounds ("Mittelalterhistoriker", "Geschichtslehrer"); scripts without spaces as substrings.
EXPERT_WORDS = frozenset((
    "expert", "experts", "specialist", "historian", "professor", "teacher", "tutor", "lecturer", "scholar",
    "researcher", "scientist", "author", "writer", "novelist", "archaeologist", "guide", "curator", "consultant",
    "analyst", "advisor", "adviser", "coach", "instructor", "educator", "critic", "journalist", "librarian",
    "experto", "experta", "especialista", "historiador", "historiadora", "profesor", "profesora", "maestro",
    "maestra", "investigador", "investigadora", "científico", "científica", "autor", "autora", "escritor",
    "escritora", "novelista", "arqueólogo", "arqueóloga", "guía", "asesor", "asesora", "crítico",
    "experte", "spécialiste", "historien", "historienne", "professeur", "enseignant", "enseignante", "chercheur",
    "chercheuse", "scientifique", "auteur", "autrice", "écrivain", "écrivaine", "romancier", "archéologue",
    "conseiller", "critique",
    "expertin", "spezialist", "spezialistin", "historikerin", "professorin", "lehrerin", "forscherin",
    "autorin", "schriftstellerin", "archäologin", "beraterin", "kritikerin",
    "esperto", "esperta", "storico", "storica", "professore", "professoressa", "insegnante", "ricercatore",
    "ricercatrice", "scienziato", "scienziata", "autore", "autrice", "scrittore", "scrittrice", "archeologo",
    "guida", "pesquisador", "pesquisadora", "cientista", "arqueólogo", "guia",
    "эксперт", "историк", "профессор", "учитель", "преподаватель", "писатель", "гид",
))
EXPERT_ENDINGS: tuple[str, ...] = (
    "experte", "historiker", "lehrer", "forscher", "wissenschaftler", "schriftsteller", "archäologe", "berater",
    "kritiker", "professor", "spezialist",
)
EXPERT_UNSPACED: tuple[str, ...] = (
    "专家", "学家", "学者", "教授", "老师", "教师", "作家", "导游", "専門家", "歴史家", "先生", "作家", "ガイド",
)
