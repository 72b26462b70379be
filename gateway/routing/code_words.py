"""What makes a request for code hard or easy (round 14, 2026-12-03): the families of hard work, the words of
a small one, and the openings of a question about code rather than a request for it (`code_difficulty`).
Written by this project from what makes code hard for any reader (concurrency, systems, algorithms beyond
the basic containers, a bound on time or space, low-level work), not learned
from any benchmark. Technical terms are mostly written in English whatever the request's language, so
each family holds the English term and the usual word of a few other languages. Lower case; a word of a
spaced script is read whole ("kmp" is not "kmph"), one that ends with "*" as a
stem that begins a word ("concurren*" reads "concurrent" and "concurrency"); others as substrings.
"""

from __future__ import annotations

# Each family counts once, however many of its words a request holds. Only terms that name hard work and
# little else: a request for a plain function mentions "an efficient algorithm", "the median of", "a linear
# transform" or "a subsequence" as often as a hard one, and in a translation those words change (on
# HumanEval-XL's 23 languages such words moved a function to another model in one translation in ten).
# Names of techniques ("Dijkstra", "mutex", "B-tree", "SIMD") and big-O bounds are written alike in every
# language; the few words of prose here come with their usual translations.
HARD_FAMILIES: dict[str, tuple[str, ...]] = {
    "concurrency": (
        "lock-free", "lock free", "lockfree", "wait-free", "concurren*", "thread-safe", "thread safe",
        "multithread*", "multi-thread*", "mutex", "mutexes", "semaphore*", "deadlock*", "race condition*",
        "memory ordering", "atomics", "nebenläufig*", "многопоточ*", "并发", "多线程", "マルチスレッド",
        "線程安全", "线程安全", "スレッドセーフ",
    ),
    "systems": (
        "distributed system*", "distributed cache", "distributed lock", "consensus algorithm", "paxos", "sharding",
        "fault-tolerant", "fault tolerant", "load balanc*", "rate limiter*", "microservice*", "garbage collector",
        "memory allocator", "storage engine", "query planner", "query optimizer", "compiler*", "bytecode",
        "virtual machine", "kernel module", "verteilte system*", "sistema distribuido", "sistemas distribuidos",
        "système distribué", "systèmes distribués", "распределённая система", "распределённых систем", "распределённый кэш", "распределенный кэш", "распределенная система", "распределенных систем", "分布式",
        "分散システム", "compilador*", "compilateur*", "компилятор*", "编译器", "コンパイラ",
    ),
    "algorithms": (
        "dynamic programming", "backtracking", "branch and bound", "np-hard", "np-complete", "shortest path*",
        "dijkstra*", "bellman-ford", "floyd-warshall", "max flow", "maximum flow", "minimum spanning tree",
        "topological sort*", "segment tree*", "fenwick", "a trie", "the trie", "trie node*", "trie-based", "prefix tree*", "suffix array*", "suffix tree*", "red-black",
        "avl tree*", "b-tree*", "b+ tree*", "skip list*", "bloom filter*", "lru cache", "lru", "lfu", "union-find",
        "disjoint set*", "kmp", "a* search", "dynamische programmierung", "programación dinámica",
        "programmation dynamique", "динамическое программирование", "динамического программирования", "动态规划", "動的計画",
    ),
    "bound": (
        "time complexity", "space complexity", "linear time", "linear complexity", "logarithmic time",
        "constant space", "constant extra space", "lineare komplexität", "complejidad lineal", "tiempo lineal",
        "complexité linéaire", "temps linéaire", "линейной сложност*", "линейная сложность", "линейное время",
        "线性复杂度", "线性时间", "線形時間",
        "zeitkomplexität", "laufzeitkomplexität", "complejidad temporal", "complejidad espacial",
        "complexité temporelle", "complexité en temps", "временная сложность", "временной сложност*",
        "时间复杂度", "空间复杂度", "時間計算量", "空間計算量",
    ),
    "low_level": (
        "simd", "avx", "cuda", "gpu kernel*", "assembly language", "inline asm", "inline assembly", "zero-copy",
        "undefined behavior", "undefined behaviour", "cache line*", "cache-friendly", "memory barrier*",
    ),
}

# A small request: its words lower the score however long the request is.
EASY_WORDS: tuple[str, ...] = (
    "hello world", "hello, world", "simple", "basic", "beginner", "quick", "example of", "one-liner",
    "one liner", "snippet", "einfach", "sencill*", "básic*", "basique", "простой", "простая", "простую",
    "простое", "简单", "簡単", "semplice", "hallo welt", "hallo-welt", "hola mundo", "bonjour le monde",
    "olá mundo", "ciao mondo", "привет, мир", "привет мир", "你好世界", "你好，世界", "ハローワールド",
)

# The openings of a question about code ("How do I reverse a list?", "What does this line do?"): the user
# asks how, not for a program. Lower-case, after leading marks.
QUESTION_OPENINGS: tuple[str, ...] = (
    "how ", "what", "why ", "which ", "when ", "where ", "is there", "is it ", "can i ", "can you explain",
    "should i ", "does ", "do i ", "difference between", "explain", "is ",
    "wie ", "was ", "warum ", "wieso ", "weshalb ", "welche", "gibt es", "kann ich ", "erkläre", "erklär",
    "cómo ", "como ", "qué ", "que ", "por qué", "por que", "cuál", "cual", "explica",
    "comment ", "pourquoi ", "quel", "qu'est", "qu’est", "est-ce", "explique",
    "come ", "perché ", "cosa ", "qual", "spiega",
    "как ", "что ", "почему ", "зачем ", "какой ", "какая ", "какие ", "объясни",
    "如何", "怎么", "怎样", "为什么", "什么", "哪", "为何", "请解释", "解释",
    "どう", "なぜ", "何", "どの",
)
# A request put as a question ("Can you write a function that ...?", "Kannst du mir ein Skript schreiben?"):
# a request for code, however it ends. Lower-case openings.
REQUEST_OPENINGS: tuple[str, ...] = (
    "can you", "could you", "would you", "will you", "please", "pls", "kannst du", "könntest du",
    "können sie", "könnten sie", "bitte", "puedes", "podrías", "podria", "pourrais-tu", "peux-tu",
    "pouvez-vous", "pourriez-vous", "potresti", "puoi", "você pode", "pode ", "можешь", "можете", "не мог",
    "пожалуйста", "你能", "你可以", "请", "能不能", "麻烦", "帮我", "お願い", "unaweza", "tafadhali",
)
# Languages that ask at the sentence's end or in its middle ("在 Python 中如何反转列表？", "Pythonでリストを逆順に
# するにはどうすればいいですか？"): a question word or particle anywhere in the request's first line.
QUESTION_MARKS_ANYWHERE: tuple[str, ...] = (
    "如何", "怎么", "怎样", "为什么", "吗？", "吗?", "呢？", "どう", "なぜ", "ですか", "ますか", "어떻게", "왜 ",
    "나요", "까요",
)

# Functions of mathematics written as calls in a formula ("sqrt(16)", "log(100)", "gcd(12, 18)"): no program's
# call (`fragments`). Lower case.
MATH_FUNCTIONS = frozenset({
    "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "log", "exp",
    "sqrt", "abs", "max", "min", "gcd", "lcm", "mod", "det", "deg", "lim", "sgn", "sum", "prod", "var", "cov",
    "floor", "ceil", "arg", "tr", "rank", "span", "dim", "ker", "proj", "ggt", "kgv", "mcd", "mcm", "pgcd",
    "ppcm", "нод", "нок",
})

# Spreadsheets (code31): a formula of Excel, Google Sheets or LibreOffice Calc, Power Query or DAX is a program in
# a spreadsheet's language (`sheets`). Functions and features that name nothing else, whole words or phrases ...
SHEET_FUNCTIONS = frozenset((
    "sumif", "sumifs", "countif", "countifs", "averageif", "averageifs", "vlookup", "hlookup", "xlookup", "iferror",
    "sumproduct", "arrayformula", "importrange", "textjoin", "xmatch", "countblank", "networkdays",
    # their names in the localised applications (French, Spanish, German, Portuguese, Russian)
    "recherchev", "rechercheh", "buscarv", "buscarh", "sverweis", "wverweis", "xverweis", "summewenn",
    "summewenns", "zählenwenn", "zählenwenns", "procv", "proch", "somase", "somases", "впр", "гпр", "суммесли",
    "суммеслимн", "счётесли", "счетесли",
))
SHEET_PHRASES: tuple[str, ...] = (
    "index match", "index/match", "index-match", "index and match", "pivot table", "pivot tables", "pivottable",
    "power query", "power pivot", "google apps script", "tabla dinámica", "tableau croisé", "pivot-tabelle",
    "pivottabelle", "сводная таблица", "сводную таблицу", "tabela przestawna", "tabelę przestawną", "数据透视表",
    "ピボットテーブル", "somme.si", "nb.si", "sumar.si", "contar.si", "cont.se", "somma.se", "conta.se",
    "cerca.vert", "wyszukaj.pionowo", "suma.jeżeli", "licz.jeżeli",
)
# ... DAX only in a phrase of its own (the DAX is also Frankfurt's stock index) ...
DAX_PHRASES: tuple[str, ...] = ("dax measure", "dax formula", "dax formel", "dax expression", "dax query",
                                "dax function", "dax expressions", "power bi")
# ... and an application of spreadsheets (in the forms the inflecting languages give Excel) beside a word of
# formulas or macros ("an Excel formula", "eine Excel-Formel", "формулу Excel", "Excel公式").
SHEET_APPS = frozenset(("excel", "excela", "excelu", "excelem", "excelben", "excelissä", "excelissa", "excelde",
                        "эксель", "экселе", "экселя", "excel'е"))
SHEET_APP_PHRASES: tuple[str, ...] = ("google sheets", "google sheet", "libreoffice calc", "openoffice calc",
                                      "google таблиц", "google tabel", "arkusz kalkulacyjn", "spreadsheet",
                                      "spreadsheets",
                                      "tabellenkalkulation", "hoja de cálculo", "tableur", "электронной таблиц")
FORMULA_WORDS = frozenset(("formula", "formulas", "formulae", "formel", "formeln", "fórmula", "fórmulas",
                           "formule", "formules", "macro", "macros", "makro", "makros", "vzorec", "vzorce",
                           "kaava", "kaavan", "képlet", "képletet", "formül", "formülü", "formüller"))
FORMULA_STEMS: tuple[str, ...] = ("формул", "formuł", "公式", "数式", "함수식", "수식")

# Functions of programs called by name in a question about one short form ("What does len(x) return?", `fragments`):
# builtins of the common languages that no formula of mathematics writes. Lower case.
CODE_CALLS = frozenset({
    "len", "print", "println", "printf", "sprintf", "puts", "range", "str", "repr", "isinstance", "enumerate",
    "zip", "sorted", "input", "open", "append", "malloc", "calloc", "realloc", "free", "sizeof", "strlen",
    "strcpy", "strcmp", "memcpy", "memset", "scanf", "typeof", "parseint", "settimeout", "fmt", "echo",
})
