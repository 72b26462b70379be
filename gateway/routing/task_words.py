"""The first lexicons: the words that name a request's task, in many languages (read by `cues`).

Why lexicons: the shape of a prompt (digits, code punctuation, question marks) tells math and code
apart, but not a proof from a poem, an extraction from an essay or a role-play from a question. The
verb that names the task does, and it is a short, closed list per language. Written by this project
(not learned from any benchmark): one or a few stems per task in English, German, Spanish, French,
Italian, Portuguese, Russian, Polish, Turkish, Vietnamese, Indonesian, Chinese, Japanese, Korean,
Arabic and Hindi, and (2026-12-01) Dutch, Swedish, Ukrainian, Hebrew, Thai, Persian, Bengali,
Swahili and Telugu, with a few verbs of Romanian, Czech and Greek. Single Latin and Cyrillic stems
match at the start of a word, so a stem also matches its inflections ("summar" -> summarise,
summary); phrases of those scripts match where the text holds their first word; stems of other
scripts match anywhere.
Programming-language names are ASCII in every language, which is why they are one list. Later rounds'
families are in `cue_words` and `build_words`.
"""

from __future__ import annotations

CUES: dict[str, tuple[str, ...]] = {
    "code": (
        "skript", "스크립트", "スクリプト", "脚本", "स्क्रिप्ट", "స్క్రిప్ట్", "স্ক্রিপ্ট", "اسکریپت", "סקריפט",
        "สคริปต์", "κώδικα", "πρόγραμμα", "συνάρτηση",
        "تابع", "برنامه", "الگوریتم",
        "csv", "funkci", "функці", "برنامج", "תוכנית", "תוכנה", "פונקציה",
        "โปรแกรม", "ฟังก์ชัน", "โค้ด", "chương trình", "programu", "msimbo", "প্রোগ্রাম", "ফাংশন", "కోడ్",
        "ప్రోగ్రామ్", "ఫంక్షన్",
        "python", "javascript", "typescript", "c++", "c#", "golang", "rust", "kotlin", "swift",
        "php", "haskell", "fortran", "matlab", "ocaml", "powershell", "cobol",
        "sql", "html", "css", "regex", "lock-free", "unit test", "stack trace", "recursion", "segmentation fault",
        "code", "program", "algorithm", "implement", "function", "script", "debug", "compile", "refactor",
        # 2026-12-03: compounds that end in code (German, Dutch, Swedish, Danish and Norwegian), read at a word's start.
        "quellcode", "kerncode", "beispielcode", "pseudocode", "programmcode", "testcode", "servercode",
        "clientcode", "backendcode", "frontendcode", "broncode", "voorbeeldcode", "källkod", "kildekode",
        "algorithmus", "programmier", "implementier", "función", "algoritmo", "programa",
        "código", "fonction", "algorithme", "programme", "funzione", "codice", "função", "funkcj",
        "algorytm", "fonksiyon", "kodu", "hàm ", "thuật toán", "lập trình", "fungsi",
        "функци", "алгоритм", "програм", "код", "реализ",
        "函数", "代码", "算法", "程序", "编程", "関数", "コード", "アルゴリズム", "プログラム", "実装",
        "함수", "코드", "알고리즘", "프로그램", "구현", "دالة", "خوارزمية", "برمجة", "كود",
        "फ़ंक्शन", "फंक्शन", "एल्गोरिदम", "प्रोग्राम", "कोड",
    ),
    "roleplay": (
        "be my ", "act like", "tu sois mon", "tu sois ma", "você seja meu", "você seja minha", "sé mi ",
        "sei il mio", "sei la mia", "请你当", "请你扮", "olmanı istiyorum", "sei mein", "sei meine",
        "fai la parte", "joacă rolul", "hraj roli", "zahraj si", "παίξε τον ρόλο", "υποδύσου",
        "stay in character", "del personaje", "ton personnage", "in deiner rolle", "из образа", "в образе",
        "保持角色", "uhusika", "চরিত্রে থেকে", "در نقش", "نقش را بازی", "وانمود کن",
        "finja que", "imagine que você é", "immagina di essere", "doe alsof", "speel de rol", "låtsas",
        "spela rollen", "уяви, що ти", "уяви що ти", "зіграй роль", "olduğunu varsay", "rolüne gir",
        "berpura-pura", "bayangkan kamu", "bayangkan anda", "라고 생각하고", "라고 상상", "העמד פנים",
        "שחק את התפקיד", "מתחזה", "मान लो कि तुम", "मान लीजिए कि आप", "สมมติว่าคุณ", "สวมบทบาท", "giả vờ",
        "hãy tưởng tượng bạn là", "jifanye", "igiza", "ধরো তুমি", "অভিনয় কর", "నువ్వు ఒక", "నటించ",
        "pretend", "act as", "assume the role", "play the role", "take on the role", "roleplay",
        "embrace the role", "step into the role", "adopt the role", "adopt the persona",
        "role-play", "imagine yourself", "picture yourself", "you are now", "in character",
        "die rolle", "tu so, als", "stell dir vor, du bist", "actúa como", "el papel de",
        "joue le rôle", "agis comme", "agissez comme", "fais comme si", "il ruolo di", "atue como", "o papel de",
        "притворись", "в роли", "роль", "представь, что ты", "wciel się", "udawaj", "rolünü",
        "gibi davran", "đóng vai", "berperan", "扮演", "假装", "役になりき", "ロールプレイ", "ふりをして",
        "역할을 맡", "역할극", "연기해", "척해", "تقمص", "تظاهر", "भूमिका निभा", "अभिनय",
    ),
    "reasoning": (
        "demonstreaz", "demonstrează", "dokaž", "dokažte", "απόδειξε", "αποδείξτε",
        "montre qu", "montrez qu", "muestra que", "mostra che", "mostre que", "toon aan dat", "visa att",
        "pokaż, że", "покажи, что", "покажите, что", "покажи, що", "ことを示", "দেখাও যে", "onyesha kwamba",
        "onyesha kuwa", "نشان بده که", "نشان دهید که", "ثابت کن", "اثبات کن", "معما",
        "bewijs", "raadsel", "logica", "bevisa", "gåta", "logik", "доведи", "доведіть", "логічн",
        "הוכח", "พิสูจน์", "ปริศนา", "thibitisha", "kitendawili", "প্রমাণ কর", "ধাঁধা",
        "నిరూపించ", "పొడుపు",
        "prove", "proof", "show that", "logic", "puzzle", "riddle", "deduce", "syllogism", "true or false",
        "irrational", "contradiction", "beweis", "zeige, dass", "rätsel", "demuestr", "demostr",
        "acertijo", "lógic", "démontr", "preuve", "énigme", "logique", "dimostr", "indovinell", "logic",
        "prove que", "prova que", "доказ", "докаж", "логическ", "загадк", "головолом", "udowodnij", "dowód",
        "zagadk", "kanıtla", "ispatla", "bulmaca", "chứng minh", "câu đố", "buktikan", "teka-teki",
        "证明", "逻辑", "谜题", "推理", "証明", "論理", "パズル", "なぞなぞ", "증명", "논리", "수수께끼",
        "أثبت", "برهن", "منطق", "لغز", "सिद्ध कर", "सिद्ध की", "प्रमाणित", "तर्क", "पहेली",
    ),
    "extraction": (
        "bullet points", "boil this down", "condensa", "rezum", "shrň", "συνόψισε", "περίληψη", "συμπύκνωσ",
        "gist", "main idea", "key points", "in one sentence", "in one line", "this paragraph", "this passage",
        "idea principal", "en una línea", "en una frase", "este párrafo", "in einer zeile",
        "in einem satz", "dieses absatzes", "aus dieser nachricht", "l'essentiel", "en une ligne",
        "en une phrase", "ce paragraphe", "relève", "суть", "одной строкой", "одним предложением",
        "этого абзаца", "выпиши", "要点", "一句话", "这段话", "找出所有", "一行で", "一文で", "この段落", "抜き出",
        "এক লাইনে", "অনুচ্ছেদ", "বের করো", "kiini", "kwa mstari mmoja", "aya hii", "در یک خط", "این پاراگراف",
        "خلاصه", "بیرون بکش", "استخراج کن", "ترجمه کن",
        "list the", "from the following", "from the text", "from the review", "pull out", "haal uit",
        "vat samen", "samenvatting", "plocka ut", "sammanfatta", "sammandrag", "wypisz", "випиши",
        "витягни", "перекажи", "підсумуй", "стисло", "dari ulasan", "dari teks", "뽑아", "חלץ",
        "סכם את", "סכם במשפט", "תמצת", "ดึงชื่อ", "ดึงข้อมูล", "สรุป", "lấy ra", "rút ra", "fupisha",
        "muhtasari", "সারাংশ", "সংক্ষেপ", "సారాంశ", "సంగ్రహ",
        "extract", "summar", "summaris", "tl;dr", "named entit", "json", "classify", "sentiment",
        "translate", "rewrite the following", "proofread", "extrahier", "zusammenfass", "übersetz",
        "extrae", "resum", "resúm", "traduc", "tradúc", "extrai", "résum", "tradui", "estrai", "riassum", "tradu",
        "извлеки", "резюм", "кратко", "перевед", "wyodrębnij", "streść", "podsumuj", "przetłumacz",
        "çıkar", "özetle", "çevir", "trích xuất", "tóm tắt", "dịch sang", "dịch câu", "dịch đoạn", "ekstrak", "ringkaskan", "ringkasan", "ringkasin", "meringkas", "terjemah",
        "提取", "总结", "概括", "摘要", "翻译", "抽出", "要約", "まとめて", "翻訳", "추출", "요약", "번역",
        "استخرج", "لخص", "تلخيص", "ترجم", "निकालें", "सारांश", "अनुवाद",
    ),
    "math": (
        "محاسبه کن", "معادله", "احتمال",
        "bereken", "los op", "beräkna", "обчисли", "розв'яжи", "рівнянн", "חשב את", "משווא", "คำนวณ",
        "สมการ", "hesabu", "mlinganyo", "নির্ণয় কর", "সমীকরণ", "లెక్కించ", "సమీకరణ",
        "calculate", "compute", "solve", "equation", "integral", "derivative", "probability",
        "berechne", "löse", "gleichung", "wahrscheinlichkeit", "calcula", "resuelve", "ecuación",
        "probabilidad", "calcule", "résou", "équation", "probabilité", "calcola", "risolvi", "equazione",
        "probabilità", "resolva", "equação", "probabilidade", "вычисл", "реши", "уравнени", "вероятност",
        "oblicz", "rozwiąż", "równani", "hesapla", "denklem", "olasılık", "giải phương trình",
        "xác suất", "hitung", "persamaan", "计算", "求解", "方程", "概率", "計算", "方程式", "確率",
        "계산", "방정식", "확률", "احسب", "معادلة", "احتمال", "गणना", "समीकरण", "प्रायिकता",
    ),
    "writing": (
        "লেখো", "লিখুন", "بنویس", "شعر", "داستان", "نامه",
        "schrijf", "verhaal", "skriv", "dikt", "berättelse", "вірш", "оповідан", "כתוב ", "כתבו ",
        "שיר על", "סיפור", "เขียน", "บทกวี", "เรื่องสั้น", "andika", "shairi", "hadithi",
        "কবিতা", "গল্প", "రాయ", "కవిత", "కథ",
        "write", "compose", "draft", "essay", "story", "poem", "letter", "email", "blog", "slogan",
        "headline", "lyrics", "schreib", "verfass", "aufsatz", "geschichte", "gedicht", "escrib",
        "redacta", "ensayo", "cuento", "poema", "carta", "écri", "rédig", "essai", "poème", "lettre",
        "scrivi", "racconto", "poesia", "lettera", "escreva", "redija", "conto", "напиши", "сочин",
        "эссе", "рассказ", "стих", "письмо", "napisz", "opowiadani", "wiersz", "yaz", "hikaye", "şiir",
        "mektup", "viết", "bài thơ", "tulis", "puisi", "写", "故事", "诗", "作文", "書いて", "物語",
        "詩", "手紙", "써", "작성", "이야기", "편지", "اكتب", "قصة", "قصيدة", "رسالة", "مقال",
        "लिख", "कहानी", "कविता", "पत्र", "निबंध",
    ),
    # Verbs that ask for an explanation: a knowledge request, however it is framed.
    "knowledge": (
        "شرح بده", "توضیح بده", "مقایسه کن",
        "discuss", "discuti", "discuta", "bespreek", "leg uit", "beschrijf", "vergelijk", "diskutera",
        "förklara", "beskriv", "jämför", "omów", "обговори", "поясни", "поясніть", "порівняй", "tartış",
        "bahas", "논의", "ناقش", "דון ב", "הסבר", "תאר", "השווה", "चर्चा", "อภิปราย", "อธิบาย",
        "เปรียบเทียบ", "thảo luận", "jadili", "eleza", "linganisha", "ব্যাখ্যা", "বর্ণনা", "আলোচনা",
        "వివరించ", "చర్చించ",
        "explain", "describe", "discuss", "compare", "outline", "elaborate", "define", "history",
        "erkläre", "beschreib", "vergleich", "explica", "describ", "compara", "explique", "décri",
        "compare", "spiega", "descrivi", "confronta", "объясни", "опиши", "сравни", "wyjaśnij", "opisz",
        "porównaj", "açıkla", "anlat", "karşılaştır", "giải thích", "mô tả", "so sánh", "jelaskan",
        "uraikan", "bandingkan", "解释", "描述", "比较", "介绍", "説明", "比較", "설명", "비교",
        "اشرح", "صف", "قارن", "समझाइए", "वर्णन", "तुलना",
    ),
    # Questions of quantity: with a number in a described situation they make a word problem.
    "quantity": (
        "چند", "چقدر",
        "hoeveel", "hur många", "hur mycket", "скільки", "כמה", "เท่าไร", "เท่าไหร่", "ngapi",
        "kiasi gani", "কত", "ఎన్ని", "ఎంత",
        "how many", "how much", "how old", "how long", "how far", "wie viel", "wie alt", "wie lange",
        "cuánt", "combien", "quanti", "quante", "quanto", "quantos", "quantas", "сколько", "ile",
        "kaç", "ne kadar", "bao nhiêu", "berapa", "多少", "几", "いくつ", "何", "몇", "얼마", "كم",
        "कितन",
    ),
    # Question words of fact-finding ("What is the capital of ...?"): a knowledge question, not chat.
    "interrogative": (
        "چیست", "چه کسی", "کجا", "چرا",
        "chi ", "wat is", "wie", "waar", "wanneer", "waarom", "vad är", "vem", "när", "varför",
        "що таке", "хто", "коли", "чому", "מה ", "מי ", "איפה", "מתי", "למה", "อะไร", "ใคร",
        "ที่ไหน", "ทำไม", "nini", "nani", "wapi", "kwa nini", "কী", "কে ", "কোথায়", "কেন", "ఏమిటి",
        "ఎవరు", "ఎక్కడ", "ఎందుకు",
        "what is", "what are", "what's", "is there", "are there", "who", "where", "when", "which", "why",
        "was ist", "welche", "gibt es", "wer", "wann",
        "warum", "qué", "quién", "dónde", "cuándo", "por qué", "qu'est", "quel", "quelle", "où",
        "quand", "pourquoi", "che cos", "dove", "quando", "perché", "o que", "quem", "onde",
        "что такое", "кто", "где", "когда", "почему", "co to", "kto", "gdzie", "kiedy", "dlaczego",
        "nedir", "kim", "nerede", "ne zaman", "neden", "là gì", "ở đâu", "khi nào", "tại sao",
        "apa", "siapa", "di mana", "kapan", "mengapa", "什么", "谁", "哪", "为什么", "とは", "誰", "どこ",
        "いつ", "なぜ", "무엇", "누구", "어디", "언제", "왜", "ما هو", "ما هي", "أين", "متى", "لماذا",
        "क्या", "कौन", "कहाँ", "कब", "क्यों",
    ),
    # Greetings and small talk: a short request that holds one is chat, whatever its punctuation.
    "greeting": (
        "selam", "moi!", "hei!", "hola!",
        "سلام", "ممنون",
        "hello", "hi!", "hi,", "hey", "good morning", "good evening", "how are you", "thank you", "thanks",
        "guten morgen", "guten tag", "hallo", "wie geht", "hola", "buenos días", "qué tal", "bonjour", "salut",
        "ça va", "buongiorno", "ciao", "come stai", "bom dia", "olá", "tudo bem", "goedemorgen",
        "hoe gaat het", "god morgon", "hej", "hur mår du", "dzień dobry", "cześć", "jak się masz",
        "привет", "как дела", "доброе утро", "доброго ранку", "привіт", "як справи", "merhaba", "günaydın",
        "nasılsın", "selamat pagi", "apa kabar", "xin chào", "chào buổi", "bạn thế nào", "你好", "早上好",
        "こんにちは", "おはよう", "안녕", "좋은 아침", "مرحبا", "صباح الخير", "كيف حالك", "שלום", "בוקר טוב",
        "מה שלומך", "नमस्ते", "सुप्रभात", "कैसे हैं", "สวัสดี", "เป็นอย่างไรบ้าง", "hujambo", "habari",
        "নমস্কার", "কেমন আছ", "నమస్కారం", "ఎలా ఉన్నారు",
    ),
    # Steps of reasoning asked for by name.
    "stepwise": (
        "explain your reasoning", "reasoning step", "step by step", "step-by-step", "schritt für schritt",
        "paso a paso", "étape par étape", "passo dopo passo", "passo a passo", "шаг за шагом",
        "krok po kroku", "adım adım", "từng bước", "langkah demi langkah", "一步一步", "逐步",
        "ステップバイステップ", "段階的", "단계별", "خطوة بخطوة", "चरण दर चरण",
    ),
}

# A request that opens by giving the model a role ("You are a grumpy ship captain.") is role-play.
ROLE_OPENINGS: tuple[str, ...] = (
    "you are a ", "you are an ", "you're a ", "eres un ", "eres una ", "du bist ein", "tu es un ", "tu es une ",
    "sei un ", "sei una ", "você é um ", "você é uma ", "je bent een ", "du är en ", "jesteś ", "sen bir ",
    "kamu adalah ", "anda adalah ", "bạn là một ", "你是一个", "你是一位", "あなたは", "당신은 ", "أنت ", "אתה ",
    "तुम एक ", "आप एक ", "คุณเป็น", "wewe ni ", "تو یک ", "তুমি একজন ",
)

# A text put into another language with a verb of conversion and the language's name instead of a word
# for translating ("convert it into the English language", "render it in French", "pasa esto al inglés",
# "übertrage ihn ins Englische", "mets-la en anglais"): a translation. Keyed by the verb, read as the
# `extraction` family's keyed phrases (`cue_words.KEYED_PHRASES`); units ("convert 5 miles into km") and
# code ("convert this into Python") name no language.
_LANGUAGE_NAMES = {
    "en": ("english", "french", "spanish", "german", "chinese", "japanese", "italian", "portuguese", "russian",
           "arabic", "hindi", "korean", "persian", "polish", "turkish", "dutch", "bengali", "vietnamese"),
    "es": ("inglés", "español", "castellano", "francés", "alemán", "chino", "japonés", "italiano", "portugués",
           "ruso", "árabe", "catalán"),
    "de": ("englische", "deutsche", "französische", "spanische", "chinesische", "japanische", "italienische",
           "russische", "polnische", "türkische"),
    "fr": ("anglais", "français", "espagnol", "allemand", "chinois", "japonais", "italien", "russe", "arabe",
           "portugais"),
}
_CONVERSION = (
    ("en", ("convert", "converting", "render"), ("into ", "into the ", "to ", "to the ", "in ")),
    ("es", ("pasa", "pásalo", "pásala", "convierte", "conviértelo", "conviértela"), ("al ",)),
    ("de", ("übertrage", "übertragen", "übertrag"), ("ins ",)),
    ("fr", ("mets", "mettez", "convertis", "convertissez"), ("en ",)),
)
LANGUAGE_CONVERSION: dict[str, tuple[str, ...]] = {
    verb: tuple(prep + name for prep in preps for name in _LANGUAGE_NAMES[lang])
    for lang, verbs, preps in _CONVERSION for verb in verbs
}
