"""Word families of rounds 9 and 10 (2026-12-02, 2026-12-03): requests that name their task by what they make or by a
role, not by a textbook verb. Written by this project, not learned from any benchmark; `cues` merges
them into its lexicons and reads them the same way (Latin and Cyrillic stems at word starts, phrases by
their first word, other scripts anywhere), plus two readings of its own:

- whole words (`WHOLE_WORDS`), for short words whose stem would begin other words ("app" in "apply",
  "bot" in "bottle", "note" in "notebook");
- pairs (`PAIRS`): two families that name code only together: a tool and the files or folders it works
  on, a class and its methods ("class" and "method" alone are everyday words);
- openings (`INTERJECTIONS`): where a request begins, see `cues`; the openings that give a role are in
  `role_words`.

What a request asks to be made (build, repair and want verbs, code or a text) is in `build_words`.
"""

from __future__ import annotations

from .task_words import LANGUAGE_CONVERSION

# Families whose name is a task of `tasks.TASKS` count for it; "play" (a game with the assistant),
# "software", "product", "advice", "syllogism" and (round 10) "game" are read by `tasks`; "build" and
# "repair" are added by `cues.builds` and `cues.repairs` beside software; "tool", "files", "class" and
# "method" only in `PAIRS`.
# Round 11: the text a request takes things from, named with a demonstrative: (openings, nouns) per
# language, read as every opening before every noun. Not "in this text" (a test question's phrase).
_SOURCES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("from this", "from that", "out of this", "out of that"),
     ("email", "e-mail", "mail", "message", "text", "note", "letter", "receipt", "invoice", "notice", "post",
      "sms", "chat", "screenshot", "document", "page", "announcement")),
    (("aus dieser", "aus der"), ("mail", "e-mail", "nachricht", "sms", "rechnung", "notiz", "quittung")),
    (("aus diesem", "aus dem"), ("text", "brief", "beleg", "dokument", "kassenbon", "schreiben")),
    (("de este", "de ese"), ("correo", "mensaje", "texto", "recibo", "ticket", "documento", "anuncio")),
    (("de esta", "de esa"), ("nota", "factura", "carta")),
    (("de ce", "dans ce"), ("mail", "message", "texte", "courriel", "ticket", "document", "sms")),
    (("de cette", "dans cette"), ("note", "facture", "lettre", "annonce")),
    (("da questo", "da quel", "in questo"), ("messaggio", "testo", "scontrino", "documento", "avviso")),
    (("da questa", "da quella", "in questa"), ("mail", "email", "nota", "fattura", "lettera", "ricevuta")),
    (("dessa", "desta", "nessa", "nesta"), ("mensagem", "nota", "carta")),
    (("desse", "deste", "nesse", "neste"), ("email", "e-mail", "texto", "recibo", "documento", "aviso")),
    (("fra denne", "fra den her", "i denne", "i den her", "fra den", "fra denna"),
     ("mail", "e-mail", "besked", "sms", "kvittering", "faktura", "tekst", "meldingen", "melding")),
    (("fra dette", "fra det her", "i dette", "i det her"), ("brev", "dokument", "opslag")),
    (("dari", "daripada"), tuple(f"{noun} {this}" for noun in ("mesej", "pesan", "pesanan", "teks", "emel",
                                                                "email", "resit", "struk", "surat", "notis")
                                 for this in ("ini", "ni"))),
    (("з цього", "із цього"), ("повідомлення", "листа", "тексту", "чека", "оголошення")),
    (("з цієї", "із цієї"), ("записки", "квитанції", "смс")),
    (("из этого",), ("сообщения", "письма", "текста", "чека", "объявления")),
    (("из этой",), ("записки", "квитанции", "смс")),
    (("z tego",), ("maila", "e-maila", "tekstu", "paragonu", "listu", "ogłoszenia", "smsa")),
    (("z tej",), ("wiadomości", "notatki", "faktury")),
)

# Round 11: not understanding what, why or how something was ("I still don't get what it was. A country,
# a company?"), per language: (negations, question words); every negation before every question word.
_NOT_UNDERSTOOD: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("don't get", "don't really get", "still don't get", "don't understand", "don't really understand",
      "do not understand", "never understood", "never really understood", "never got"),
     ("what", "why", "how", "who", "when")),
    (("no entiendo", "no entiendo bien", "nunca entendí", "no acabo de entender"), ("qué", "por qué", "cómo", "quién")),
    (("je ne comprends pas", "je ne comprends pas bien", "je n'ai jamais compris"),
     ("ce que", "ce qu'", "pourquoi", "comment", "qui")),
    (("verstehe nicht", "verstehe nicht ganz", "nie verstanden", "kapiere nicht"), ("was", "warum", "wie", "wer")),
    (("non capisco", "non ho mai capito", "non ho capito"), ("cosa", "che cosa", "perché", "come")),
    (("não entendo", "nunca entendi", "não entendi"), ("o que", "por que", "como")),
    (("forstår ikke", "forstår ikke helt", "aldrig forstået", "aldrig rigtig forstået", "skjønner ikke",
      "förstår inte", "fattar inte"), ("hvad", "hva", "hvorfor", "hvordan", "vad", "varför", "hur")),
    (("nie rozumiem", "nigdy nie rozumiałem", "nigdy nie rozumiałam"), ("co", "dlaczego", "jak")),
    (("tak faham", "tidak faham", "kurang faham", "tak paham", "tidak paham", "nggak ngerti", "gak ngerti",
      "tidak mengerti"), ("kenapa", "mengapa", "apa", "bagaimana", "macam mana")),
    (("не розумію", "не зрозумів", "не зрозуміла", "не понимаю", "не понял", "не поняла"),
     ("що", "чому", "як", "что", "почему", "как")),
    (("begrijp niet", "snap niet"), ("wat", "waarom", "hoe")),
)

# What I or we should do, asked after a told situation ("We missed our flight. What should we do?"): advice,
# and `tasks` reads no riddle in the situation (Dolly 15k, 2026-12-03: "What do we do?" as a puzzle).
WHAT_TO_DO: tuple[str, ...] = (
    "what should i do", "what do i do", "what should we do", "what do we do", "qué debo hacer", "qué hago",
    "qué debemos hacer", "qué hacemos", "que dois-je faire", "que faire", "que devons-nous faire",
    "que faisons-nous", "was soll ich tun", "was soll ich machen", "was sollen wir tun", "was sollen wir machen",
    "cosa devo fare", "cosa dobbiamo fare", "o que devo fazer", "o que devemos fazer", "что мне делать",
    "что делать", "что нам делать", "怎么办", "どうすればいい",
)

STEMS: dict[str, tuple[str, ...]] = {
    # "show that" and "prove": a proof, in more languages.
    "reasoning": (
        "wykaż", "wykazać", "chứng tỏ", "bizonyíts", "igazold, hogy", "mutasd meg, hogy", "lássuk be",
        "todista", "osoita, että", "näytä, että", "tõesta", "näita, et", "จงแสดงว่า", "จงพิสูจน์",
        "arătați că", "arată că", "ukaž, že", "ukažte, že", "tunjukkan bahwa", "olduğunu göster",
        "दिखाइए कि", "दिखाओ कि", "הראה ש", "임을 보여", "임을 보이", "示せ", "zeig, dass", "zeigen sie, dass",
        "بيّن أن", "بيّن أنّ", "وضّح أن",
        # Round 10: a proof asked as "justify why" or "can you show that".
        "justify why", "justify that", "begründe", "justifica por qué", "justifica que", "justifie pourquoi",
        "justifiez pourquoi", "justifie que", "giustifica perché", "giustifica che", "justifique por que",
        "uzasadnij, że", "uzasadnij, dlaczego", "обоснуй", "라는 걸 보여", "다는 걸 보여", "는 걸 보여",
        "는 것을 보여", "patunayan", "bugtong", "lohika",
        # Round 11: informal Indonesian "buktiin"; Danish and Norwegian "bevis at" (Dutch "bewijs" was read).
        "buktiin", "bevis at", "bevis, at",
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
    # Round 11: what a general claim about numbers or figures is about (odd numbers, primes, triangles,
    # multiples). With a word of generality and a question of why (`CLAIM_ALL`, `CLAIM_WHY`, read in
    # `cues`) it asks for a proof: "Why is the product of two odd numbers always odd?".
    "claim_object": (
        "odd number", "even number", "odd integer", "even integer", "prime", "integer", "whole number",
        "divisible", "triangle", "angle", "fraction", "multiple of", "square of", "sum of", "product of",
        "consecutive", "polygon", "quadrilateral", "rational number", "irrational number",
        "ulige tal", "lige tal", "primtal", "heltal", "delelig", "trekant", "vinkel", "brøk", "summen af",
        "produktet af", "oddetall", "partall",
        "ungerade", "gerade zahl", "primzahl", "ganze zahl", "teilbar", "dreieck", "winkel", "vielfache",
        "summe zweier", "summe von", "produkt zweier", "produkt von",
        "impar", "número par", "números pares", "número primo", "números primos", "entero", "divisible",
        "triángulo", "ángulo", "fracción", "múltiplo", "suma de", "producto de", "cuadrilátero",
        "nombre pair", "nombres pairs", "nombre premier", "nombres premiers", "entier", "triangle",
        "somme de", "produit de", "quadrilatère",
        "dispari", "numero pari", "numeri pari", "numero primo", "numeri primi", "intero", "divisibile",
        "triangol", "angol", "frazione", "multiplo", "somma di", "prodotto di", "radice",
        "ímpar", "número primo", "inteiro", "divisível", "triângulo", "ângulo", "fração", "soma de",
        "produto de", "quadrilátero",
        "ganjil", "genap", "nombor perdana", "bilangan prima", "boleh dibahagi", "habis dibagi", "segi tiga",
        "segitiga", "sudut", "pecahan", "gandaan", "kelipatan", "hasil tambah", "hasil darab", "hasil kali",
        "непарн", "парне число", "парні числа", "просте число", "прості числа", "ціле число", "ділиться",
        "трикутник", "дріб", "кратн", "сума двох", "добуток",
        "нечётн", "нечетн", "чётн", "четн", "простое число", "простые числа", "целое число", "делится",
        "треугольник", "дробь", "сумма двух", "произведение",
    ),
    # 2026-12-03: a property of one number or one operation on it, named by a noun ("the square root of
    # 144", "the prime factors of 360", "7 squared"). With a number to work on (`cues`) it is math.
    "number_property": (
        "square root", "cube root", "factorial", "prime factor", "squared", "cubed", "decimal", "remainder when",
        "greatest common", "least common", "lcm", "gcd", "logarithm",
        "quadratwurzel", "kubikwurzel", "wurzel aus", "wurzel von", "fakultät", "primfaktor", "dezimal",
        "raíz cuadrada", "raíz cúbica", "factores primos", "al cuadrado",
        "racine carrée", "racine cubique", "factorielle", "facteurs premiers", "décimal", "au carré",
        "fattoriale", "fattori primi", "raiz quadrada", "fatorial", "fatores primos",
        "квадратный корень", "корень из", "кубический корень", "факториал", "простые множители", "остаток",
        "в квадрате", "десятичн",
        "平方根", "立方根", "阶乘", "質因数", "质因数", "素因数", "素数", "质数", "余数", "小数", "階乗",
        # 2026-12-04: a number's kind that the lists lacked ("Is 144 a perfect square?", "Is 15 a composite
        # number?"), and the cases of the Russian ones ("Является ли 1001 простым числом?").
        "perfect square", "perfect cube", "perfect number", "composite number", "triangular number",
        "fibonacci number", "power of two", "power of 2",
        "cuadrado perfecto", "cubo perfecto", "número perfecto", "número compuesto", "número triangular",
        "carré parfait", "cube parfait", "nombre parfait", "nombre composé", "nombre triangulaire",
        "quadratzahl", "kubikzahl", "vollkommene zahl", "zusammengesetzte zahl", "dreieckszahl",
        "quadrato perfetto", "cubo perfetto", "numero perfetto", "numero composto",
        "quadrado perfeito", "cubo perfeito", "número perfeito", "número composto",
        "простым числом", "простого числа", "полным квадратом", "полный квадрат", "составным числом",
        "составное число", "совершенным числом", "совершенное число",
        "完全平方数", "完全数", "是合数", "平方数", "立方数", "合成数",
    ),
    # Writing verbs of languages the first lexicons lacked.
    "writing": (
        "kirjoita", "laadi", "írj", "írjon", "írnál", "megír", "összeállít", "soạn", "ช่วยร่าง",
        "sumulat", "isulat", "sulatan", "magsulat", "liham", "kuwento", "kwento",   # Tagalog (round 10)
        # Round 11: Danish and Norwegian (a poem; "skriv" is Swedish's), Malay (compose, a poem, a story).
        "digt", "formuler", "karangkan", "mengarang", "karangan", "sajak", "pantun", "cerpen",
    ),
    # Round 10, Tagalog: summarise, translate; explain, describe, compare; solve, calculate; how much.
    "extraction": (
        "ibuod", "buurin", "paki-buod", "isalin", "ilista mo",
        # Round 11: Danish and Norwegian (summarise, shorten), Malay (summarise, the gist).
        "opsummer", "oppsummer", "sammenfat", "forkort", "intipati",
    ),
    "knowledge": (
        "ipaliwanag", "ilarawan", "ihambing", "talakayin",
        # Round 11: Danish and Norwegian (explain, compare), Malay (explain, describe).
        "forklar", "sammenlign", "terangkan", "huraikan",

        # "I wonder ...": a knowledge question without a question mark.
        "wonder why", "wonder how", "wonder what", "wonder when", "wondered why", "wondered how",
        "wondered what", "wondered when", "curious why", "curious how", "me pregunto por qué",
        "me pregunto cómo", "me he preguntado", "siempre me pregunté", "je me demande pourquoi",
        "je me demande comment", "je me suis toujours demandé", "mich würde interessieren",
        "ich frage mich, warum", "ich frage mich, wie", "würde gern wissen", "mi chiedo perché",
        "mi chiedo come", "mi sono sempre chiesto", "me pergunto por que", "sempre me perguntei",
        "zastanawiam się, dlaczego", "zastanawiam się, jak", "мне интересно, почему", "интересно, почему",
        "merak ediyorum", "tôi tự hỏi", "gusto kong malaman", "지 궁금", "のか知りたい", "のか気になる",
        "我一直想知道", "我很好奇", "أتساءل",
    ),
    "math": ("lutasin", "kalkulahin", "kwentahin", "udregn", "beregn"),   # round 11: Danish, Norwegian
    "quantity": ("magkano", "hvor mange", "hvor meget", "hvor mye"),
    "interrogative": (
        "ano ang", "anong", "ano'ng", "sino ang", "sino si",
        # Round 11: Danish and Norwegian; Malay; "how come".
        "hvad", "hvem", "hvornår", "hvorfor", "hvordan", "hvilken", "hvilke", "kenapa", "bagaimana",
        "macam mana", "how come",
    ),
    # Writing named by what it produces: a speech, a toast, a card, a note, a cover letter, wishes. Read
    # by `tasks` where no answer options make the request a question about one.
    "product": (
        "speech", "eulog", "caption", "tagline", "limerick", "limerik", "haiku", "sonnet", "wedding vows",
        "cover letter", "my resume", "a resume", "my résumé", "a résumé", "my cv", "birthday card", "greeting card", "farewell card", "thank-you note", "thank you note",
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
        # Round 10: a blurb, a few lines for a card or an invitation.
        "blurb", "a few lines for", "a few lines to", "ein paar zeilen", "paar zeilen für", "quelques lignes pour",
        "qualche riga per", "algumas linhas para", "umas linhas para", "kilka linijek", "несколько строк для",
        "축하 문구", "인사 문구", "문구 좀", "talumpati",
        # Round 11: a Danish or Norwegian speech ("tale" alone begins "talent"), a Malay one.
        "en tale", "lille tale", "kort tale", "tale til", "ucapan",
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
        "ㅎㅇ", "하이 ", "하이~", "하이!", "kumusta", "magandang umaga", "magandang hapon",
        "magandang gabi",
        # Round 11: asking about the assistant's day ("How was your day?", "Wie war dein Tag?"), and Danish,
        # Norwegian and Malay greetings.
        *(f"{how} your {when}" for how in ("how was", "how's", "how is", "how has")
          for when in ("day", "evening", "week", "weekend", "night", "morning", "afternoon", "shift")),
        "how have you been", "how are you doing", "wie war dein tag", "wie war dein wochenende",
        "wie geht es dir", "cómo estuvo tu día", "cómo te fue", "cómo va tu día", "comment s'est passée ta",
        "comment vas-tu", "com'è andata la", "como foi seu dia", "como foi o seu dia", "como foi teu dia",
        "godmorgen", "god morgen", "goddag", "hvordan går det", "hvordan har du det", "hvordan var din dag",
        "hvordan står det til", "як минув", "як твій день", "як у тебе справи", "как прошёл твой",
        "как прошел твой", "как у тебя дела", "apa khabar", "selamat petang", "tengah buat apa",
        "jak minął ci dzień", "jak ci minął dzień",
    ),
    # Round 11: steps asked for by name (Italian without "a", Danish, Norwegian, French, Dutch, ...).
    "stepwise": (
        "passo passo", "trin for trin", "steg for steg", "pas à pas", "stap voor stap", "krok za krokiem",
        "по шагам", "крок за кроком", "hatua kwa hatua", "selangkah demi selangkah",
    ),
    # Round 10: a game named by what it is (chess, tic-tac-toe, hangman, rock-paper-scissors). With "let's
    # play" and no role it is small talk (`tasks`), not role-play.
    "game": (
        "chess", "checkers", "draughts", "tic-tac-toe", "tic tac toe", "noughts and crosses", "connect four",
        "hangman", "rock paper scissors", "rock, paper", "twenty questions", "20 questions", "sudoku",
        "battleship", "blackjack", "poker", "scrabble", "wordle", "galgenmännchen", "schere, stein",
        "schere stein", "vier gewinnt", "stadt, land, fluss", "ajedrez", "tres en raya", "ahorcado",
        "piedra, papel", "piedra papel", "échecs", "morpion", "pierre, feuille", "pierre-feuille", "scacchi",
        "impiccato", "morra cinese", "sasso, carta", "xadrez", "jogo da velha", "pedra, papel", "szachy",
        "szachów", "warcaby", "kółko i krzyżyk", "wisielc", "шахмат", "шашк", "крестики-нолики", "шахи",
        "хрестики-нулики", "satranç", "tavla", "adam asmaca", "catur", "cờ vua", "cờ caro", "oẳn tù tì",
        "sakk", "amőbáz", "akasztófa", "schaak", "boter kaas en eieren", "galgje", "schack", "luffarschack",
        "shakki", "ristinolla", "hirsipuu", "šachy", "piškvorky", "σκάκι", "τρίλιζα", "国际象棋", "象棋",
        "下棋", "五子棋", "井字棋", "石头剪刀布", "猜拳", "チェス", "将棋", "囲碁", "五目並べ", "三目並べ",
        "しりとり", "じゃんけん", "체스", "바둑", "오목", "틱택토", "끝말잇기", "가위바위보", "شطرنج",
        "שחמט", "शतरंज", "หมากรุก", "เป่ายิ้งฉุบ", "bato bato pik", "ahedres",
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
        "มาเล่นบทบาท", "tucheze", "بیا بازی کنیم", "maglaro tayo", "laro tayo", "lad os spille", "lad os lege",
        "la oss spille", "jom main", "mari main",
    ),
    # Round 10, Tagalog: pretend, play the part of.
    "roleplay": (
        "magpanggap", "gumanap",
        # Round 11: pretend (Danish, Norwegian, Italian "fai finta", informal Indonesian and Malay "anggap").
        "lad som om", "lad som du", "lat som om", "lat som du", "forestil dig, at du er", "forestil dig at du er",
        "spil rollen", "spill rollen", "fai finta", "facciamo finta", "anggap aja kamu", "anggap saja kamu",
        "anggap kamu", "anggap awak", "anggaplah awak", "berlakon",
        # French "faire semblant" as a request (roles32): the imperative, "let's"; "il fait semblant" tells.
        "fais semblant", "faites semblant", "faisons semblant",
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
        # Lead's mend after round 10: Russian and Ukrainian had none (an app, a website, a plugin).
        "приложени", "веб-сайт", "сайт", "плагин", "застосун",
        # Round 11: a website in Malay and Danish; boards and spreadsheets that run what one builds.
        "laman web", "hjemmeside", "raspberry pi", "arduino", "esp32", "esp8266", "microcontroller",
        "mikrocontroller", "microcontrolador", "google sheets", "google sheet", "apps script", "excel macro",
        # Stop 24: the systems of a system-design request ("Design a URL shortener", "设计一个分布式限流器").
        "rate limiter", "url shortener", "news feed", "chat system", "distributed system", "distributed cache",
        "key-value store", "message queue", "web crawler", "load balancer", "notification system",
        "microservice", "api gateway", "sistema distribuido", "caché distribuid", "système distribué",
        "verteilte system", "verteilten rate", "распределённ", "限流器", "分布式", "短链接", "消息队列",
    ),
    # Asking for advice or a recommendation ("Can you recommend a good note-taking app?"): read by `tasks`,
    # where it keeps software and a written product from reading as a build or a text to write.
    "advice": (
        "recommend", "suggest a good", "suggestions for", "empfehl", "recomiend", "recomenda", "recommand",
        "conseill", "consigli", "raccomand", "poleć", "polec", "посовет", "порекоменд", "рекоменд",
        "öner", "rekomendasi", "sarankan", "gợi ý", "ajánl", "suosittel", "doporuč", "recomand",
        "推荐", "推薦", "おすすめ", "お勧め", "추천", "تنصح", "تنصحني", "ترشح", "सुझाव", "แนะนำ", "irekomenda",
        "magrekomenda",
        # 2026-12-03: advice asked after a situation ("My 2 year old has a fever, what should I do?").
        *WHAT_TO_DO,
    ),
    # 2026-12-03: ideas, names or a plan asked for, a list to write ("Give me 5 ideas for ...", "Plan a
    # 3-day itinerary ..."): `tasks` reads it as writing, and its numbers as no sum.
    "ideas": (
        "ideas for", "ideas to", "ideas on", "idea for", "name ideas", "brainstorm", "itinerary for",
        "ideen für", "ideen zum", "ideen zur", "idee für", "reiseplan", "ideas para", "ideas de", "idea para",
        "itinerario de", "itinerario para", "idées pour", "idées de", "idée de", "itinéraire de", "itinéraire pour",
        "idee per", "ideias para", "ideias de", "идеи для", "идей для", "идею для", "маршрут на", "маршрут для",
        "点子", "出主意", "行程安排", "旅行计划", "アイデアを", "アイディアを", "아이디어를", "아이디어 좀",
        "plan a ", "plan my ", "plan me a", "planifie", "planea ", "planéame", "planeja", "plane eine", "plane einen",
        "plane mir", "спланируй", "规划一", "帮我规划",
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

# Round 11: phrases read only where the text holds their key word (`cues` looks a key up among the text's
# words, then searches the key's phrases): the text a request takes things from, named with a
# demonstrative ("from this email", "aus dieser Nachricht", "fra den her besked", "dari mesej ini"), keyed
# by its noun, is extraction; not understanding what something was, keyed by the verb, is knowledge.
UNDERSTAND_VERBS = frozenset((
    "get", "got", "understand", "understood", "entiendo", "entendí", "entender", "comprends", "compris",
    "verstehe", "verstanden", "kapiere", "capisco", "capito", "entendo", "entendi", "forstår", "forstået",
    "skjønner", "förstår", "fattar", "rozumiem", "rozumiałem", "rozumiałam", "faham", "paham", "ngerti",
    "mengerti", "розумію", "зрозумів", "зрозуміла", "понимаю", "понял", "поняла", "begrijp", "snap",
))


def _keyed(phrases, key) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        out.setdefault(key(phrase), []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _words_of(phrase: str) -> list[str]:
    return "".join(c if c.isalpha() else " " for c in phrase).split()


# A German summary asked with the verb split ("Fasse den Text zusammen"), keyed by its particle: the
# imperative's forms only ("wir tragen das Fass zusammen" asks nothing).
SPLIT_SUMMARY = {"zusammen": ("fasse ", "fassen sie ", "fass mir ", "fass uns ", "fass das ", "fass den ",
                              "fass die ")}

KEYED_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "extraction": {**_keyed((f"{prep} {noun}" for preps, nouns in _SOURCES for prep in preps for noun in nouns),
                            lambda phrase: _words_of(phrase)[-1]), **SPLIT_SUMMARY, **LANGUAGE_CONVERSION,
                   "kern": ("den kern",)},   # the gist, "kern" as a word: not "den Kerncode", "den Kernel"
    "knowledge": _keyed((f"{neg}{sep}{qw}" for negs, qws in _NOT_UNDERSTOOD for neg in negs for qw in qws
                         for sep in (" ", ", ")),
                        lambda phrase: next(w for w in _words_of(phrase) if w in UNDERSTAND_VERBS)),
}

# Whole words only: each as it is written, lower-case.
WHOLE_WORDS: dict[str, str] = {
    **dict.fromkeys(("app", "apps", "bot", "bots", "bota", "botot", "botu", "boty", "widget", "widgets", "cli",
                     "gui", "frontend", "backend", "appli",
                     # a bot in Russian and Ukrainian, as words ("бот" is inside "работа", work)
                     "бот", "бота", "боту", "ботом", "боты", "ботов", "боти"), "software"),
    "alat": "tool",
    **dict.fromkeys(("class", "classes", "klasse", "klassen", "clase", "classe", "klasa", "klasę", "klass",
                     "sınıf", "sınıfı", "osztály", "osztályt", "luokka", "luokan", "класс", "třídu", "clasă",
                     "lớp"), "class"),
    **dict.fromkeys(("note", "toast", "bio"), "product"),
    # Round 10: "Schach" as a word (the stem begins "Schachtel", a box); Tagalog "tula", a poem (the stem
    # begins "tulad", like).
    "schach": "game", "tula": "writing",
    # Tagalog question words as words ("saan" begins the name "Saanvi").
    **dict.fromkeys(("saan", "kailan", "bakit"), "interrogative"),
    "musta": "greeting",   # Tagalog "how are you", as a word (the stem begins "mustard")
    # "funktion" as a word: the stem would begin "funktioniert" (it works).
    **dict.fromkeys(("funktion", "funktionen"), "code"),
    # Round 11: a script in Ukrainian and Russian, as words ("скрипт" begins "скрипка", a violin); Malay
    # "bila" (when), as a word ("bila" begins Indonesian "bilangan", a number); Norwegian "hva" (what).
    **dict.fromkeys(("скрипт", "скрипта", "скрипту", "скриптом", "скрипти", "скрипты", "скриптів", "скриптов"),
                    "code"),
    "bila": "interrogative", "hva": "interrogative",
    **dict.fromkeys(("macro", "macros", "makro", "makros", "vba"), "software"),
    # Short code names as words, with their inflections, not as stems: "kod" begins Chichewa "kodi" (the
    # particle that opens a question) and Lithuanian "kodėl" (why), "api" Lithuanian "apie" (about), "java"
    # Malagasy "javatra" (a thing), "bash" Albanian "bashkë" (together); Persian "کد" is inside "کدام"
    # (which), Hebrew "קוד" inside "נקודה" (a point), in scripts whose stems match anywhere.
    **dict.fromkeys(("api", "apis", "java", "bash", "kod", "kody", "kodem", "kodzie", "kodów", "kodach", "kodas",
                     "kodo", "kodą", "kods", "koda", "kodlar", "kodları", "kodla", "kodlama", "kodlamak",
                     "کد", "کدها", "کدهای", "کدی", "کدش", "کدم", "کدت", "קוד", "הקוד", "בקוד", "לקוד", "וקוד",
                     "מקוד", "שקוד", "קודים", "הקודים", "בקודים"), "code"),
    # Hebrew "חידה" (a riddle) as a word: it is inside "יחידה" (a unit). Hindi "सिद्ध" (prove), inside
    # "प्रसिद्ध" (famous), is read with the verb after it instead (`cues`): these words split at vowel signs.
    **dict.fromkeys(("חידה", "החידה", "חידות", "החידות", "בחידה", "לחידה", "חידת"), "reasoning"),
    # Pretending, as the forms of the verb that ask for a role (Spanish, Portuguese, Italian), not as the stems
    # "finge", "fingi": they began English "finger", German "fingen" (caught) and "fingiert" (faked).
    **dict.fromkeys(("finge", "finges", "fingir", "finja", "finjas", "finjan", "finjam", "finjamos", "fingid",
                     "fingiendo", "fingindo", "fingi", "finga", "fingere", "fingete", "fingiamo", "fingiti",
                     "fingendo"), "roleplay"),
}

# A request to explain or justify one's own answer or reasoning ("Try to explain your answer", "Explica tu
# respuesta", "Erkläre deine Antwort"): a justification, not a topic to explain, so the knowledge cue of
# its verb does not stop a request for steps of reasoning (`tasks`). Lower-case substrings.
JUSTIFY_PHRASES: tuple[str, ...] = (
    "explain your answer", "explain your reasoning", "explain your thinking", "explain how you got",
    "justify your answer", "explain the answer you give",
    "explica tu respuesta", "explica tu razonamiento", "justifica tu respuesta", "explique su respuesta",
    "explique ta réponse", "explique ton raisonnement", "justifie ta réponse", "expliquez votre réponse",
    "expliquez votre raisonnement", "justifiez votre réponse",
    "erkläre deine antwort", "erkläre deinen gedankengang", "erklären sie ihre antwort", "begründe deine antwort",
    "explique sua resposta", "explique seu raciocínio", "justifique sua resposta",
    "spiega la tua risposta", "spiega il tuo ragionamento", "giustifica la tua risposta",
)

# Words that a stem begins but that name something else: a device, not a sum to work out (a computer,
# "compute"; a calculator in Spanish, Portuguese, French and Italian, "calcula", "calcule", "calcola");
# what a thing is made of, not a text to write ("composed of", "compose"). `cues` reads the stems of a
# text's other words only. Whole words, lower-case.
NOT_STEM_WORDS = frozenset((
    "computer", "computers", "computerised", "computerized", "calculadora", "calculadoras", "calculatrice",
    "calculatrices", "calcolatrice", "calcolatrici", "composed",
))
# 2026-12-04: words the summary stems "resum" / "résum" begin that, in an English text (a word of
# `ENGLISH_WORDS`), are a CV or going on ("Write my resume", "Resume the story"); in Spanish, Portuguese and
# French they ask for a summary ("Resume este texto", "Résume ce texte").
ENGLISH_NOT_STEM_WORDS = frozenset(("resume", "resumes", "resumed", "resuming", "résumé", "résumés", "resumé"))
ENGLISH_WORDS = frozenset((
    "the", "my", "this", "that", "with", "how", "what", "should", "can", "you", "please", "it", "of", "and", "a",
    "an", "for", "to", "on", "in", "our", "let", "me", "i", "is",
))

# Round 11: a general claim ("claim_object" above) is a proof only with a word of generality (any, every,
# always, alle, immer, siempre, semua, завжди, ...) and a question of why, a request to show it or for
# an argument (why, show me, argument, convince me, warum, zeig, por qué, pourquoi, perché, kenapa,
# tunjuk, чому, покажи, ...). Whole words, lower-case.
CLAIM_ALL = frozenset((
    "any", "every", "all", "always", "whatever", "altid", "alltid", "alle", "ethvert", "enhver", "ethvert",
    "immer", "jede", "jeder", "jedes", "beliebige", "beliebigen", "siempre", "cualquier", "cualquiera", "todo",
    "toda", "todos", "todas", "toujours", "tout", "toute", "tous", "toutes", "sempre", "ogni", "qualsiasi",
    "qualunque", "tutti", "tutte", "qualquer", "sentiasa", "selalu", "semua", "setiap", "завжди", "будь",
    "кожен", "кожне", "всі", "всегда", "любой", "любое", "любые", "каждый", "все", "zawsze", "każdy",
    "każda", "dowolny", "dowolna",
    # A claim that something never happens or has no largest case ("Why are there infinitely many primes?").
    "infinitely", "infinite", "never", "largest", "biggest", "unendlich", "niemals", "größte", "infinitos",
    "infinitas", "nunca", "jamais", "infinité", "infiniti", "uendeligt", "uendelig", "aldrig", "største",
    "нескінченно", "ніколи", "бесконечно", "никогда",
))
CLAIM_WHY = frozenset((
    "why", "show", "argument", "convince", "holds", "hvorfor", "vis", "vise", "argument", "overbevis",
    "warum", "wieso", "zeig", "zeige", "zeigen", "überzeug", "muestra", "muéstrame", "mostrar",
    "argumento", "convénceme", "pourquoi", "montre", "montrer", "convaincs", "perché", "mostra", "mostrami",
    "argomento", "convincimi", "mostre", "convence", "kenapa", "mengapa", "tunjuk", "tunjukkan", "hujah",
    "yakinkan", "чому", "покажи", "почему", "аргумент", "убеди", "dlaczego", "pokaż",
    # A claim to verify or check ("Verify that the sum of any two odd numbers is even", "Comprueba si ...").
    "verify", "confirm", "verifica", "verifique", "comprueba", "compruebe", "vérifie", "vérifiez", "prüfe",
    "überprüfe", "verifiziere", "controlla", "confira", "sjekk", "kontroller", "перевір", "проверь",
))
CLAIM_WHY_PHRASES: tuple[str, ...] = ("por qué", "por que", "porque", "far vedere", "fammi vedere")

# Round 11: words that point at what follows ("What is this letter asking?", "Worum geht es hier?", "Про що
# тут?", "Apa intipati notis ni?"): a short question with one, then material that asks nothing, is a
# request about the material (`tasks`). Whole words; scripts without spaces as substrings.
DEICTIC_WORDS = frozenset((
    "this", "these", "here", "hier", "dies", "diese", "dieser", "dieses", "diesem", "esto", "esta", "este",
    "aquí", "ici", "ceci", "ça", "questo", "questa", "qui", "isso", "isto", "aqui", "dette", "denne", "här",
    "detta", "dit", "deze", "тут", "це", "цей", "ця", "здесь", "это", "этот", "эта", "ini", "ni", "tutaj",
    "bu", "burada", "này", "đây",
))
# Substrings: Danish "det her" / "den her" ("her" alone is English too), scripts without spaces.
DEICTIC_UNSPACED: tuple[str, ...] = ("det her", "den her", "这", "これ", "この", "이거", "이 글", "هذا", "هذه")
# The question asks what the material says, means or is about, or for it shorter ("What's it actually
# saying?", "Worum geht es hier?", "Про що тут, коротко?", "Apa maksud surat ni?"), not to check it ("Is
# this right? I paid 3 x 15 ...") or why it happens: words (`MATERIAL_WORDS`) and phrases.
MATERIAL_WORDS = frozenset((
    "say", "says", "saying", "said", "mean", "means", "meaning", "about", "asking", "gist", "short", "shorter",
    "summary", "tldr", "worum", "heißt", "bedeutet", "steht", "kurz", "kürzer", "dice", "dicen", "significa",
    "dit", "signifie", "parle", "court", "bref", "diz", "fala", "resumo", "curto", "betyder", "handler",
    "kortere", "kort", "коротко", "означає", "йдеться", "означает", "говорится", "кратко", "maksud",
    "intipati", "pendek", "bermaksud", "isinya", "znaczy", "krótko", "betekent",
))
MATERIAL_PHRASES: tuple[str, ...] = (
    "de qué va", "quiere decir", "veut dire", "en gros", "in breve", "står der", "про що", "о чём", "о чем",
    "tentang apa", "o co chodzi", "staat er", "这是什么意思", "什么意思", "どういう意味", "무슨 뜻", "ماذا يعني",
)

# The families of two words that name code only together.
PAIRS: tuple[tuple[str, str], ...] = (("tool", "files"), ("class", "method"))
INTERNAL = frozenset({"tool", "files", "class", "method", "claim_object", "number_property"})   # read here, in pairs, and dropped

# A short request that opens with one of these, alone before a comma or a mark, is a greeting.
INTERJECTIONS = frozenset((
    "yo", "na", "ê", "ey", "moi", "moikka", "moro", "terve", "hei", "siema", "siemka", "hejka", "elo", "szia",
    "szevasz", "helló", "halo", "hallo", "hai", "hey", "heya", "hiya", "hi", "hoi", "hej", "hola", "buenas",
    "ciao", "salut", "coucou", "servus", "moin", "ahoj", "čau", "cześć", "oi", "olá", "alo", "chào", "هلا",
    "أهلا", "اهلا", "مرحبا", "привет", "здорово", "merhaba", "selam", "γεια", "jambo", "habari", "uy",
    "musta", "kumusta",
))
