"""Small multilingual cue lexicons: the words that name a request's task, in many languages.

Why lexicons: the shape of a prompt (digits, code punctuation, question marks) tells math and code
apart, but not a proof from a poem, an extraction from an essay or a role-play from a question. The
verb that names the task does, and it is a short, closed list per language. Written by this project
(not learned from any benchmark): one or a few stems per task in English, German, Spanish, French,
Italian, Portuguese, Russian, Polish, Turkish, Vietnamese, Indonesian, Chinese, Japanese, Korean,
Arabic and Hindi. Single Latin and Cyrillic stems match at the start of a word, so a stem also
matches its inflections ("summar" -> summarise, summary); phrases and stems of other scripts match
anywhere.
Programming-language names are ASCII in every language, which is why they are one list.
tests/unit/routing/test_behaviour.py holds hand-written prompts in these and other languages.
"""

from __future__ import annotations

import re

_CUES: dict[str, tuple[str, ...]] = {
    "code": (
        "python", "javascript", "typescript", "java", "c++", "c#", "golang", "rust", "kotlin", "swift",
        "sql", "html", "css", "bash", "regex", "lock-free", "unit test", "stack trace", "recursion",
        "code", "program", "algorithm", "implement", "function", "script", "debug", "compile", "refactor",
        "funktion", "algorithmus", "programmier", "implementier", "función", "algoritmo", "programa",
        "código", "fonction", "algorithme", "programme", "funzione", "codice", "função", "funkcj",
        "algorytm", "fonksiyon", "kodu", "hàm ", "thuật toán", "lập trình", "fungsi",
        "функци", "алгоритм", "програм", "код", "реализ",
        "函数", "代码", "算法", "程序", "编程", "関数", "コード", "アルゴリズム", "プログラム", "実装",
        "함수", "코드", "알고리즘", "프로그램", "구현", "دالة", "خوارزمية", "برمجة", "كود",
        "फ़ंक्शन", "फंक्शन", "एल्गोरिदम", "प्रोग्राम", "कोड",
    ),
    "roleplay": (
        "pretend", "act as", "assume the role", "play the role", "take on the role", "roleplay",
        "role-play", "imagine yourself", "picture yourself", "you are now", "in character",
        "die rolle", "tu so, als", "stell dir vor, du bist", "finge", "actúa como", "el papel de",
        "joue le rôle", "fais comme si", "fingi", "il ruolo di", "atue como", "o papel de",
        "притворись", "в роли", "роль", "представь, что ты", "wciel się", "udawaj", "rolünü",
        "gibi davran", "đóng vai", "berperan", "扮演", "假装", "役になりき", "ロールプレイ", "ふりをして",
        "역할을", "연기해", "척해", "تقمص", "تظاهر", "भूमिका निभा", "अभिनय",
    ),
    "reasoning": (
        "prove", "proof", "show that", "logic", "puzzle", "riddle", "deduce", "syllogism", "true or false",
        "irrational", "contradiction", "beweis", "zeige, dass", "rätsel", "demuestr", "demostr",
        "acertijo", "lógic", "démontr", "preuve", "énigme", "logique", "dimostr", "indovinell", "logic",
        "prove que", "prova que", "доказ", "докаж", "логическ", "загадк", "головолом", "udowodnij", "dowód",
        "zagadk", "kanıtla", "ispatla", "bulmaca", "chứng minh", "câu đố", "buktikan", "teka-teki",
        "证明", "逻辑", "谜题", "推理", "証明", "論理", "パズル", "なぞなぞ", "증명", "논리", "수수께끼",
        "أثبت", "برهن", "منطق", "لغز", "सिद्ध", "प्रमाणित", "तर्क", "पहेली",
    ),
    "extraction": (
        "extract", "summar", "summaris", "tl;dr", "named entit", "json", "classify", "sentiment",
        "translate", "rewrite the following", "proofread", "extrahier", "zusammenfass", "übersetz",
        "extrae", "resum", "traduc", "extrai", "résum", "tradui", "estrai", "riassum", "tradu",
        "извлеки", "резюм", "кратко", "перевед", "wyodrębnij", "streść", "podsumuj", "przetłumacz",
        "çıkar", "özetle", "çevir", "trích xuất", "tóm tắt", "dịch", "ekstrak", "ringkas", "terjemah",
        "提取", "总结", "概括", "摘要", "翻译", "抽出", "要約", "まとめて", "翻訳", "추출", "요약", "번역",
        "استخرج", "لخص", "تلخيص", "ترجم", "निकालें", "सारांश", "अनुवाद",
    ),
    "math": (
        "calculate", "compute", "solve", "equation", "integral", "derivative", "probability",
        "berechne", "löse", "gleichung", "wahrscheinlichkeit", "calcula", "resuelve", "ecuación",
        "probabilidad", "calcule", "résou", "équation", "probabilité", "calcola", "risolvi", "equazione",
        "probabilità", "resolva", "equação", "probabilidade", "вычисл", "реши", "уравнени", "вероятност",
        "oblicz", "rozwiąż", "równani", "hesapla", "denklem", "olasılık", "giải phương trình",
        "xác suất", "hitung", "persamaan", "计算", "求解", "方程", "概率", "計算", "方程式", "確率",
        "계산", "방정식", "확률", "احسب", "معادلة", "احتمال", "गणना", "समीकरण", "प्रायिकता",
    ),
    "writing": (
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
        "explain", "describe", "discuss", "compare", "outline", "elaborate", "define", "history",
        "erkläre", "beschreib", "vergleich", "explica", "describ", "compara", "explique", "décri",
        "compare", "spiega", "descrivi", "confronta", "объясни", "опиши", "сравни", "wyjaśnij", "opisz",
        "porównaj", "açıkla", "anlat", "karşılaştır", "giải thích", "mô tả", "so sánh", "jelaskan",
        "uraikan", "bandingkan", "解释", "描述", "比较", "介绍", "説明", "比較", "설명", "비교",
        "اشرح", "صف", "قارن", "समझाइए", "वर्णन", "तुलना",
    ),
    # Questions of quantity: with a number in a described situation they make a word problem.
    "quantity": (
        "how many", "how much", "how old", "how long", "how far", "wie viel", "wie alt", "wie lange",
        "cuánt", "combien", "quanti", "quante", "quanto", "quantos", "quantas", "сколько", "ile",
        "kaç", "ne kadar", "bao nhiêu", "berapa", "多少", "几", "いくつ", "何", "몇", "얼마", "كم",
        "कितन",
    ),
    # Question words of fact-finding ("What is the capital of ...?"): a knowledge question, not chat.
    "interrogative": (
        "what is", "what are", "who", "where", "when", "which", "why", "was ist", "wer", "wann",
        "warum", "qué", "quién", "dónde", "cuándo", "por qué", "qu'est", "quel", "quelle", "où",
        "quand", "pourquoi", "che cos", "dove", "quando", "perché", "o que", "quem", "onde",
        "что такое", "кто", "где", "когда", "почему", "co to", "kto", "gdzie", "kiedy", "dlaczego",
        "nedir", "kim", "nerede", "ne zaman", "neden", "là gì", "ở đâu", "khi nào", "tại sao",
        "apa", "siapa", "di mana", "kapan", "mengapa", "什么", "谁", "哪", "为什么", "とは", "誰", "どこ",
        "いつ", "なぜ", "무엇", "누구", "어디", "언제", "왜", "ما هو", "ما هي", "أين", "متى", "لماذا",
        "क्या", "कौन", "कहाँ", "कब", "क्यों",
    ),
    # Steps of reasoning asked for by name.
    "stepwise": (
        "explain your reasoning", "reasoning step", "step by step", "step-by-step", "schritt für schritt",
        "paso a paso", "étape par étape", "passo dopo passo", "passo a passo", "шаг за шагом",
        "krok po kroku", "adım adım", "từng bước", "langkah demi langkah", "一步一步", "逐步",
        "ステップバイステップ", "段階的", "단계별", "خطوة بخطوة", "चरण दर चरण",
    ),
}

_WORD = re.compile(r"[^\W\d_]+")
_PLAIN_WORD = re.compile(r"[a-z\u00c0-\u024f\u0400-\u04ff]+")


def _tables() -> tuple[dict[int, dict[str, str]], tuple[tuple[str, str], ...]]:
    """Single-word stems of spaced scripts by length (matched against word prefixes), and the rest
    (phrases, stems with punctuation, scripts without spaces) as (substring, task)."""
    by_len: dict[int, dict[str, str]] = {}
    rest: list[tuple[str, str]] = []
    for task, stems in _CUES.items():
        for stem in stems:
            if _PLAIN_WORD.fullmatch(stem):
                by_len.setdefault(len(stem), {}).setdefault(stem, task)
            else:
                rest.append((stem, task))
    return by_len, tuple(rest)


_BY_LEN, _SUBSTRINGS = _tables()
_ASCII_SUBSTRINGS = tuple((stem, task) for stem, task in _SUBSTRINGS if stem.isascii())
_LENGTHS = tuple(sorted(_BY_LEN))
# Cues are read in the instruction: the head and the tail of the last turn (pasted material between
# them, an article to summarise say, would otherwise lend its words).
CUE_WINDOW = 400


def cue_hits(text: str) -> set[str]:
    """The tasks whose cue words occur near the start or the end of the text (lower-cased).

    A set lookup per word prefix and a C-speed substring search per phrase: about a tenth of a
    millisecond, where one regular expression over all stems took three."""
    t = text if len(text) <= 2 * CUE_WINDOW else text[:CUE_WINDOW] + "\n" + text[-CUE_WINDOW:]
    t = t.lower()
    # An ASCII text cannot hold a stem of another script: half the searches skipped on most prompts.
    hits = {task for stem, task in (_ASCII_SUBSTRINGS if t.isascii() else _SUBSTRINGS) if stem in t}
    for word in set(_WORD.findall(t)):
        n = len(word)
        for k in _LENGTHS:
            if k > n:
                break
            task = _BY_LEN[k].get(word[:k])
            if task is not None:
                hits.add(task)
    return hits
