"""Word families of round 9 (2026-12-02): requests that name their task by what they make or by a
role, not by a textbook verb. Written by this project, not learned from any benchmark; `cues` merges
them into its lexicons and reads them the same way (Latin and Cyrillic stems at word starts, phrases by
their first word, other scripts anywhere), plus two readings of its own:

- whole words (`WHOLE_WORDS`), for short words whose stem would begin other words ("app" in "apply",
  "bot" in "bottle", "note" in "notebook");
- pairs (`PAIRS`): two families that name code only together: a tool and the files or folders it works
  on, a class and its methods ("class" and "method" alone are everyday words);
- openings (`ROLE_OPENINGS`, `ROLE_LEAD_INS`, `INTERJECTIONS`): where a clause begins, see `cues`.
"""

from __future__ import annotations

# Families whose name is a task of `tasks.TASKS` count for it; "play" (a game with the assistant),
# "software", "product", "advice" and "syllogism" are read by `tasks`; "tool", "files", "class" and "method" only
# in `PAIRS`.
STEMS: dict[str, tuple[str, ...]] = {
    # "show that" and "prove": a proof, in more languages.
    "reasoning": (
        "wykaż", "wykazać", "chứng tỏ", "bizonyíts", "igazold, hogy", "mutasd meg, hogy", "lássuk be",
        "todista", "osoita, että", "näytä, että", "tõesta", "näita, et", "จงแสดงว่า", "จงพิสูจน์",
        "arătați că", "arată că", "ukaž, že", "ukažte, že", "tunjukkan bahwa", "olduğunu göster",
        "दिखाइए कि", "दिखाओ कि", "הראה ש", "임을 보여", "임을 보이", "示せ", "zeig, dass", "zeigen sie, dass",
        "بيّن أن", "بيّن أنّ", "وضّح أن",
    ),
    # A syllogism: "if all / every ...", read by `tasks` only where no quantity makes it a word problem
    # ("Wenn jeder Eimer 5 Liter enthält") and no answer options make it a test question.
    "syllogism": (
        "if all ", "if every ", "si todos", "si todas", "si tous", "si toutes", "se tutti", "se tutte",
        "wenn alle ", "wenn jeder", "jeśli wszyscy", "jeżeli wszyscy", "jeśli każd", "если все", "якщо всі",
        "eğer tüm", "eğer bütün", "jika semua", "nếu tất cả", "nếu mọi", "ha minden", "ha az összes",
        "als alle ", "om alla ", "jos kaikki", "dacă toți", "pokud všichni", "αν όλοι", "إذا كان كل",
        "إذا كانت كل", "اذا كان كل", "如果所有", "もしすべての", "만약 모든", "यदि सभी", "אם כל",
    ),
    # Writing verbs of languages the first lexicons lacked.
    "writing": (
        "kirjoita", "laadi", "írj", "írjon", "írnál", "megír", "összeállít", "soạn", "ช่วยร่าง",
    ),
    # Writing named by what it produces: a speech, a toast, a card, a note, a cover letter, wishes. Read
    # by `tasks` where no answer options make the request a question about one.
    "product": (
        "speech", "eulog", "caption", "tagline", "limerick", "limerik", "haiku", "sonnet", "wedding vows",
        "cover letter", "birthday card", "greeting card", "farewell card", "thank-you note", "thank you note",
        "a few words for", "a few words at", "a few kind words", "toast for", "toast to", "pep talk", "jingle",
        "eine rede", "kurze rede", "rede zum", "rede zur", "rede für", "trinkspruch", "grußwort", "glückwunsch",
        "anschreiben", "bewerbungsschreiben", "bildunterschrift", "ein paar worte", "geburtstagskarte",
        "abschiedskarte", "discurso", "brindis", "unas palabras", "unas líneas", "pie de foto", "eslogan",
        "felicitación", "dedicatoria", "tarjeta de cumpleaños", "tarjeta para", "carta de presentación", "discours", "petit mot",
        "quelques mots pour", "faire-part", "lettre de motivation", "discorso", "brindisi", "bigliettino",
        "due parole per", "didascali", "brinde", "bilhete", "cartão de aniversário", "cartão para", "algumas palavras para",
        "carta de apresentação", "toespraak", "toost", "briefje", "kaartje", "een paar woorden voor", "bildtext",
        "personligt brev", "przemówieni", "przemow", "życzeni", "kilka słów", "kilka ciepłych",
        "kartkę", "liścik", "list motywacyjny", "wierszyk", "rymowank", "vzkaz", "přípitek",
        "proslov", "pár slov", "motivační dopis", "bilet prietenos", "discurs", "felicitare", "câteva cuvinte pentru",
        "scrisoare de intenție", "тост", "записк", "открытк", "поздравлени", "несколько слов",
        "сопроводительное письмо", "промов", "листівк", "привітанн", "кілька слів", "kadeh kaldırma",
        "davetiye", "tebrik", "pidato", "kata sambutan", "kartu ucapan",
        "surat lamaran", "phát biểu", "diễn văn", "lời chúc", "thiệp", "thư xin việc", "bài đăng", "khẩu hiệu",
        "vài lời", "beszéd", "pohárköszöntő", "köszöntő", "képeslap", "pár kedves",
        "néhány kedves", "motivációs levél", "puhe ", "puheen", "puhetta", "maljapuhe", "onnittelu", "runo", "σημείωμα", "πρόποση", "ευχές",
        "สุนทรพจน์", "คำอวยพร", "การ์ดอวยพร", "คำกล่าว", "แคปชั่น",
        "خطاب", "كلمة قصيرة", "كلمة بمناسبة", "نخب", "بطاقة تهنئة", "تهنئة", "كلمات أغنية",
        "נאום", "ברכה ל", "פתק", "سخنرانی", "متن تبریک", "演讲稿", "致辞", "祝酒词", "便条", "贺卡", "邀请函",
        "文案", "求职信", "标语", "发言稿", "贺词", "スピーチ", "乾杯の挨拶", "招待状", "キャプション", "挨拶文",
        "祝辞", "축사", "건배사", "쪽지", "초대장", "연설", "인사말", "자기소개서", "축하 메시지", "भाषण", "चिट्ठी",
        "शुभकामना संदेश", "বক্তৃতা", "চিরকুট", "చీటీ", "ప్రసంగ", "hotuba",
    ),
    # Informal greetings and small talk.
    "greeting": (
        "what's up", "whats up", "how's it going", "how's your day", "how is your day", "how are things",
        "howdy", "hiya", "heya", "qué onda", "cómo va", "cómo te va", "co tam", "co słychać", "jak leci",
        "co u ciebie", "siema", "hejka", "wie läuft", "was geht", "was gibt's neues", "alles klar bei dir",
        "quoi de neuf", "ça roule", "come va", "tudo bom", "что нового", "mitä kuuluu", "moikka", "szia",
        "sziasztok", "mi újság", "hogy vagy", "dạo này", "khỏe không", "sao rồi", "هلا والله", "أهلا", "اهلا",
        "شخبار", "كيفك", "شلونك", "إزيك", "كيف الحال", "jak se máš", "ce faci", "τι κάνεις", "잘 지내", "元気",
        "最近怎么样", "最近好吗", "tjena", "läget", "naber", "ne haber", "gimana kabar", "מה נשמע", "מה קורה",
        "क्या हाल", "कैसे हो", "หวัดดี", "เป็นไงบ้าง", "mambo", "چطوری",
    ),
    # A game with the assistant: role-play (tasks reads it unless the request holds quantities).
    "play": (
        "let's play", "lets play", "let's do a roleplay", "lass uns ein spiel", "lass uns spielen", "juguemos",
        "vamos a jugar", "jouons", "on joue à", "giochiamo", "facciamo un gioco", "vamos jogar",
        "vamos brincar", "zagrajmy", "pobawmy się", "давай сыграем", "давай поиграем", "давай зіграємо",
        "oynayalım", "ayo main", "ayo bermain", "laten we een spel", "låt oss leka", "låt oss spela",
        "pojďme si zahrát", "hai să ne jucăm", "ας παίξουμε", "leikitään", "pelataan", "játsszunk",
        "chơi trò", "cùng chơi", "لنلعب", "هيا نلعب", "خلينا نلعب", "我们来玩", "来玩个", "玩个游戏",
        "ゲームをしよう", "ごっこ", "게임하자", "놀이를 하자", "역할 놀이", "चलो खेलते", "มาเล่นเกม",
        "มาเล่นบทบาท", "tucheze", "بیا بازی کنیم",
    ),
    # Software: an app, a bot, a plugin, a browser extension, a website.
    "software": (
        "plugin", "plug-in", "add-on", "browser extension", "chrome extension", "firefox extension",
        "extension for", "extension pour", "erweiterung für", "browser-erweiterung", "extensión para",
        "extensión de chrome", "extensão para", "estensione per", "rozszerzenie do", "tiện ích mở rộng",
        "bővítmény", "website", "web page", "webpage", "web app", "webapp", "webseite", "sitio web",
        "página web", "site web", "sito web", "strona internetow", "stronę internetow", "stronę www",
        "weboldal", "trang web", "aplikacj", "aplicativo", "aplikasi", "sovellus", "applikáció", "ứng dụng",
        "chatbot", "userscript", "webhook", "endpoint", "eklenti", "تطبيق", "بوت", "إضافة للمتصفح", "موقع ويب",
        "موقع إلكتروني", "网站", "网页", "小程序", "插件", "アプリ", "プラグイン", "拡張機能", "ボット",
        "ウェブサイト", "앱", "플러그인", "확장 프로그램", "봇", "웹사이트", "ऐप", "वेबसाइट", "แอป", "เว็บไซต์",
        "ปลั๊กอิน", "บอท",
    ),
    # Asking for advice or a recommendation ("Can you recommend a good note-taking app?"): read by `tasks`,
    # where it keeps software and a written product from reading as a build or a text to write.
    "advice": (
        "recommend", "suggest a good", "suggestions for", "empfehl", "recomiend", "recomenda", "recommand",
        "conseill", "consigli", "raccomand", "poleć", "polec", "посовет", "порекоменд", "рекоменд",
        "öner", "rekomendasi", "sarankan", "gợi ý", "ajánl", "suosittel", "doporuč", "recomand",
        "推荐", "推薦", "おすすめ", "お勧め", "추천", "تنصح", "تنصحني", "ترشح", "सुझाव", "แนะนำ",
    ),
    # A tool, and the files or folders it works on (together: software).
    "tool": (
        "tool", "werkzeug", "herramienta", "outil", "strument", "ferrament", "narzędzi", "araç", "công cụ",
        "työkalu", "eszköz", "nástroj", "unealtă", "εργαλείο", "инструмент", "інструмент",
        "工具", "ツール", "도구", "أداة", "टूल", "เครื่องมือ",
    ),
    "files": (
        "folder", "directory", "directorio", "ordner", "datei", "verzeichnis", "carpeta", "archivo", "fichier",
        "dossier", "cartell", "arquivo", "katalog", "plik", "klasör", "dosya", "thư mục", "tệp", "kansio",
        "tiedost", "mappá", "mappa", "fájl", "složk", "soubor", "fișier", "dosar", "φάκελ", "αρχεί", "папк",
        "файл", "berkas", "pdf", "csv", "文件", "フォルダ", "ファイル", "폴더", "파일", "مجلد", "ملف",
        "फ़ोल्डर", "फ़ाइल", "โฟลเดอร์", "ไฟล์",
    ),
    "method": (
        "method", "methode", "método", "méthode", "metod", "metot", "métodus", "метод", "phương thức",
        "メソッド", "메서드", "메소드", "方法", "دوال", "توابع",
    ),
    "class": ("一个类", "クラス", "클래스", "كلاس"),
}

# Whole words only: each as it is written, lower-case.
WHOLE_WORDS: dict[str, str] = {
    **dict.fromkeys(("app", "apps", "bot", "bots", "bota", "botot", "botu", "boty", "widget", "widgets", "cli",
                     "gui", "frontend", "backend"), "software"),
    "alat": "tool",
    **dict.fromkeys(("class", "classes", "klasse", "klassen", "clase", "classe", "klasa", "klasę", "klass",
                     "sınıf", "sınıfı", "osztály", "osztályt", "luokka", "luokan", "класс", "třídu", "clasă",
                     "lớp"), "class"),
    **dict.fromkeys(("note", "toast", "bio"), "product"),
    # "funktion" as a word: the stem would begin "funktioniert" (it works).
    **dict.fromkeys(("funktion", "funktionen"), "code"),
}

# The families of two words that name code only together.
PAIRS: tuple[tuple[str, str], ...] = (("tool", "files"), ("class", "method"))
INTERNAL = frozenset({"tool", "files", "class", "method"})   # read here, in pairs, and dropped

# A clause that gives the assistant a role, near the request's start: at a clause's start, after a
# lead-in ("from now on", "let's play a game:"). Each opening names the role with an article, a
# possessive or a copula, so "you are right" or "are you a robot?" are not one.
ROLE_OPENINGS: tuple[str, ...] = (
    "you're the ", "you are the ", "you're my ", "you are my ", "you will be ", "you'll be ",
    "du bist der ", "du bist die ", "du bist das ", "du bist mein", "bist du der ", "bist du die ",
    "bist du das ", "bist du mein", "bist du ein", "eres el ", "eres la ", "eres mi ", "serás ",
    "tu es le ", "tu es la ", "tu es l'", "tu es mon ", "tu es ma ", "tu seras ", "sei il ", "sei la ",
    "sei lo ", "sei l'", "sarai ", "você é o ", "você é a ", "você será ", "tu és o ", "tu és a ",
    "je bent de ", "jij bent ", "du är ", "ty jesteś ", "będziesz ", "bądź moim", "bądź moją", "sen bir ",
    "kamu jadi ", "bạn là ", "bạn sẽ là ", "olet ", "te egy ", "te vagy ", "legyél ", "légy ", "ești un ",
    "ești o ", "είσαι ο ", "είσαι η ", "είσαι ένας ", "είσαι μια ", "ти — ", "ты — ", "你是", "你现在是",
    "君は", "너는 ", "كن ", "تخيل أنك", "تخيّل أنك", "את ה", "คุณคือ",
)
# After a lead-in the copula alone gives the role: "From now on you're Captain Reyes".
LEAD_ROLE_OPENINGS: tuple[str, ...] = (
    "you're ", "you are ", "eres ", "du bist ", "bist du ", "tu es ", "sei ", "você é ", "jesteś ", "bạn là ",
    "te ", "olet ", "أنت ", "انت ", "你是", "ты ", "ти ", "sen ", "kamu ", "anda ", "je bent ", "jij bent ",
    "du är ", "あなたは", "君は", "너는 ", "당신은 ", "είσαι ", "ești ", "jsi ", "אתה ", "तुम ", "आप ", "คุณ",
)
ROLE_LEAD_INS: tuple[str, ...] = (
    "from now on", "for the rest of this chat", "for this chat", "for this conversation", "a partir de ahora",
    "desde ahora", "de ahora en adelante", "ab jetzt", "von jetzt an", "ab sofort", "à partir de maintenant",
    "désormais", "d'ora in poi", "da adesso", "a partir de agora", "de agora em diante", "od teraz",
    "od tej chwili", "отныне", "с этого момента", "віднині", "bundan sonra", "mulai sekarang", "vanaf nu",
    "från och med nu", "mostantól", "ezentúl", "từ giờ", "từ bây giờ", "từ nay", "من الآن", "从现在开始",
    "从现在起", "今から", "これから", "지금부터", "이제부터", "अब से", "ตั้งแต่นี้", "tästä lähtien", "de acum",
)
# A short request that opens with one of these, alone before a comma or a mark, is a greeting.
INTERJECTIONS = frozenset((
    "yo", "na", "ê", "ey", "moi", "moikka", "moro", "terve", "hei", "siema", "siemka", "hejka", "elo", "szia",
    "szevasz", "helló", "halo", "hallo", "hai", "hey", "heya", "hiya", "hi", "hoi", "hej", "hola", "buenas",
    "ciao", "salut", "coucou", "servus", "moin", "ahoj", "čau", "cześć", "oi", "olá", "alo", "chào", "هلا",
    "أهلا", "اهلا", "مرحبا", "привет", "здорово", "merhaba", "selam", "γεια", "jambo", "habari",
))

# Words of praise after a role opening: "you're the best", "du bist der Beste", "eres la mejor" (stems,
# lower-case; scripts without spaces match at the start of what follows the opening).
PRAISE: tuple[str, ...] = (
    "best", "greatest", "goat", "hero", "genius", "legend", "beste", "größte", "mejor", "máximo",
    "máxima", "meilleur", "migliore", "melhor", "najlepsz", "лучш", "terbaik", "tuyệt", "legjobb",
    "paras",
    "最棒", "最好", "最厉害", "天才", "最高", "최고", "الأفضل", "افضل", "ดีที่สุด",
)
