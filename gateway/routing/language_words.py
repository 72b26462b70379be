"""More words for reading a programming language named by a name that names other things (`languages`,
2026-12-03, code31): its name inflected by the request's language, the words of a language's own that it is named
beside, and the words of programs in the inflecting languages. Written by this project; lower case.

Why endings and not a list of forms: Polish, Czech, Russian, Ukrainian, Finnish, Hungarian and Turkish put the
preposition into the name's ending ("w Javie", "na Javę", "v Javě", "на Джаве", "Javalla", "Javában", "Javada"),
so a name is read in every form that its stem and one of these endings make, as the languages inflect a borrowed
name. Only names of `MIN_INFLECTED` letters or more take an ending: "go" and "c" with one would make other words
("goa", "got").
"""

from __future__ import annotations

MIN_INFLECTED = 4
# Weak names beyond `tool_words.WEAK_LANGUAGES`: R (a letter, read as C is), Crystal, Nim (a game of matches),
# Elm (a tree).
MORE_NAMES = frozenset(("r", "crystal", "nim", "elm"))
MORE_LETTERS = frozenset(("r",))
# Names in Cyrillic letters, as Russian and Ukrainian write them ("на Питоне", "на Джаве", "на Пайтоні"); the
# python is also a snake and Java an island ("Ява"), so they are weak names too.
CYRILLIC_NAMES = frozenset(("питон", "пайтон", "джава", "ява", "котлин", "раст", "свифт"))
# Endings added to the whole name ("Rustban", "Kotlina", "Javalla", "Javada", "Питоне", "Пайтоні").
ADDED_ENDINGS = (
    "a", "u", "em", "ie",                                          # Polish, Czech
    "lla", "llä", "ssa", "ssä", "sta", "stä", "lle", "ksi", "ia", "iä", "illa", "issa", "ista", "ille",  # Finnish
    "ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "val", "vel", "hoz", "nak", "nek", "ot", "et", "ként",
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye",             # Turkish
    "е", "а", "у", "ом", "і", "ові", "ою",                                     # Russian, Ukrainian
)
# Endings that take the place of a name's final "a" ("Javy", "Javie", "Javę", "Javą", "Javě", "Джаве", "Джавой").
VOWEL_ENDINGS = ("y", "ie", "ę", "ą", "ě", "ou", "u", "ы", "е", "у", "ой", "ою", "і", "ії")
# Forms those endings make that are other words ("scaly", "July", Italian "scalare"): never read as a name.
NOT_FORMS = frozenset(("scaly", "july", "julie", "swiftie", "swifties", "rustle", "darter", "scalare", "scalata",
                       "scalate", "rustem"))
# Hungarian lengthens a final "a" before its endings ("Javában", "Javával", "Javát").
LENGTHENED = "á"
LENGTHENED_ENDINGS = ("ban", "ba", "ból", "val", "ra", "hoz", "nak", "t", "ként")

# Words of a language's own, after which its name may come ("the Go keyword", "the Rust compiler", "a Dart
# package"); a name that is also a verb or a letter only after an article or a possessive (`DETERMINERS`).
OWN_WORDS = frozenset((
    "keyword", "keywords", "compiler", "compilers", "package", "packages", "crate", "crates", "macro", "macros",
    "trait", "traits", "closure", "closures", "lifetime", "lifetimes", "interpreter", "runtime", "syntax",
    "generics", "interface", "interfaces", "module", "modules", "struct", "structs", "enum", "enums",
    "goroutine", "goroutines", "toolchain", "stdlib", "pointer", "pointers", "header", "headers",
))
DETERMINERS = frozenset(("the", "a", "an", "my", "our", "your", "this", "that", "its"))
# Words of programs beside which a letter ("C", "R") is a language across a preposition at a clause's end ("What
# is a pointer in C?", "How do I install a package in R?").
LETTER_CONTEXT = frozenset((
    "pointer", "pointers", "package", "packages", "macro", "macros", "header", "headers", "compiler", "keyword",
    "keywords", "struct", "structs", "library", "libraries", "dataframe", "segfault", "malloc",
    "paquete", "paquetes", "paquet", "paquets", "pacote", "pacotes", "pacchetto", "pacchetti", "paket", "pakete",
    "pakiet", "pakietu", "пакет", "пакеты", "библиотека", "библиотеку", "puntero", "punteros", "pointeur",
    "pointeurs", "ponteiro", "ponteiros", "puntatore", "puntatori", "zeiger", "wskaźnik", "wskaźniki",
    "указатель", "указатели", "покажчик", "ukazatel",
))
# More words of programs (beside `tool_words.LANGUAGE_CONTEXT`): a language's own words and the forms the
# inflecting languages give a loop, an array, a variable, a keyword ("pętlę", "tablicę", "taulukon", "tömböt").
MORE_CONTEXT = OWN_WORDS | LETTER_CONTEXT | frozenset((
    "block", "blocks", "schlüsselwort", "schlüsselwörter", "ключевое", "ключевого", "ключевые", "ключове",
    "pętlę", "pętlą", "pętle", "tablicę", "tablic", "zmienną", "zmienna", "zmienne", "cyklus", "cyklu",
    "smyčka", "smyčku", "proměnná", "proměnnou", "цикла", "циклы", "массива", "массивы", "переменная",
    "переменную", "масив", "масиву", "змінна", "змінну", "silmukka", "silmukan", "silmukkaa", "taulukko",
    "taulukon", "taulukkoa", "muuttuja", "muuttujan", "ciklus", "ciklust", "tömb", "tömböt", "változó",
    "változót", "döngü", "döngüsü", "döngüsünü", "dizi", "diziyi", "değişken",
))
# Phrases of programs, read as substrings ("la palabra clave defer en Go", "le mot-clé defer").
CONTEXT_PHRASES: tuple[str, ...] = (
    "palabra clave", "palabras clave", "mot-clé", "mot clé", "mots-clés", "parola chiave", "palavra-chave",
    "palavra chave", "słowo kluczowe", "klíčové slovo", "关键字", "キーワード", "语言", "言語",
)
# Phrases that name only a program's workings, beside any weak name but a letter ("the borrow checker in Rust").
ONLY_PHRASES: tuple[str, ...] = ("borrow checker", "multiple dispatch", "type inference", "garbage collect")
# Prepositions of the inflecting languages between a word of programs and the language ("цикл в Go", "v Javě").
MORE_PREPOSITIONS = frozenset(("в", "у", "v", "ve", "na", "u"))
# Words of the other meanings: a parcel sent to an island ("How long does a package take to arrive in Java?").
MORE_NOT_LANGUAGE = frozenset(("parcel", "parcels", "shipping", "shipped", "delivery", "delivered", "courier",
                               "postage", "arrive", "arrives", "tree", "trees", "snake", "snakes", "змея"))

# 2026-12-04 (words32): a language's name used as the everyday word it also is (`languages.without_everyday_names`):
# the bird, the snake, the oxide, the island and its coffee, the gem ("How fast can a swift fly?", "Does vinegar
# remove rust?", "Java島の人口は？"). The words of each name's other meaning, whole words of the spaced scripts
# anywhere in the text, and the words of the scripts without spaces glued to the name ("Java島", "Python蛇").
EVERYDAY_MEANINGS: dict[str, frozenset[str]] = {
    "python": frozenset((
        "snake", "snakes", "reptile", "reptiles", "boa", "boas", "cobra", "cobras", "anaconda", "anacondas",
        "viper", "constrictor", "constrictors", "venom", "venomous", "prey", "zoo", "terrarium", "vivarium",
        "swallow", "swallowed", "hatchling", "jungle", "mice", "rats", "deer", "eat", "eats", "schlange", "schlangen", "giftig", "serpent", "serpents", "venimeux", "serpiente", "venenosa",
        "venenoso", "serpente", "velenoso", "jiboia", "змея", "змеи",
    )),
    "swift": frozenset((
        "bird", "birds", "fly", "flies", "flying", "flew", "nest", "nests", "nesting", "wing", "wings", "wingspan",
        "feather", "feathers", "migrate", "migrates", "migration", "migrating", "falcon", "swallow", "swallows",
        "martin", "martins", "insects", "vogel", "vögel", "fliegen", "oiseau", "oiseaux", "pájaro", "ave",
        "uccello", "pássaro",
    )),
    "rust": frozenset((
        "iron", "steel", "metal", "metals", "pan", "pans", "nail", "nails", "vinegar", "stain", "stains",
        "tetanus", "corrosion", "corrode", "oxidation", "oxide", "paint", "car", "cars", "bike", "chain", "tools",
        "blade", "knife", "bolt", "bolts", "screws", "remover", "fungus", "leaves", "plants", "wheat", "lemon",
        "soda", "sandpaper", "galvanized", "colour", "color", "coloured", "colored",
    )),
    "java": frozenset((
        "island", "islands", "coffee", "volcano", "volcanoes", "mount", "mountain", "beach", "jakarta", "bali", "sumatra", "borneo", "indonesia", "indonesian",
        "temple", "borobudur", "rice", "beans", "roast", "espresso", "insel", "kaffee", "île", "café", "isla",
        "ilha", "isola", "caffè",
    )),
    "ruby": frozenset((
        "gem", "gems", "gemstone", "sapphire", "emerald", "diamond", "ring", "necklace", "jewel", "jewelry",
        "jewellery", "carat", "anniversary", "mined",
    )),
    "kotlin": frozenset(("island", "insel", "russia", "kronstadt", "petersburg", "baltic")),
    "haskell": frozenset(),
}
EVERYDAY_UNSPACED: dict[str, tuple[str, ...]] = {
    "python": ("蛇", "ヘビ", "へび", "蟒"),
    "swift": ("鸟", "鳥", "雨燕", "アマツバメ"),
    "rust": ("锈", "錆", "さび"),
    "java": ("島", "岛", "咖啡", "コーヒー", "珈琲", "火山"),
}
# Names that are common nouns in their other meaning: beside a word of that meaning, the everyday word only where
# written in lower case, as a common noun is mid-sentence ("remove rust from a pan"; "Is Rust used in cars?").
COMMON_NOUNS = frozenset(("python", "swift", "rust", "ruby"))
# Articles before a name that the everyday word takes and a language does not ("a python", "un python", "uma
# python"): the name then in lower case, at a clause's end, before a word of its other meaning or one of
# `AFTER_A_NOUN`, words that follow a sentence's subject ("a python grow", "un python est-il") ...
LOWER_ARTICLES = frozenset(("a", "an", "un", "une", "una", "uma", "um", "uno", "egy"))
AFTER_A_NOUN = frozenset((
    "is", "was", "are", "were", "be", "can", "could", "does", "do", "did", "has", "have", "had", "will", "would",
    "should", "may", "might", "must", "get", "gets", "grow", "grows", "live", "lives", "need", "needs", "sleep",
    "sleeps", "really", "ever", "a", "an", "the", "than", "in", "at", "on", "of", "from", "or", "and", "that",
    "est", "peut", "vit", "mange", "es", "puede", "vive", "come", "é", "pode", "è", "può",
))
# ... or, in German and Dutch, which capitalise every noun, at a clause's end or before a word in lower case ("Was
# frisst ein Python?", "Wie lang wird ein Python in ...").
NOUN_ARTICLES = frozenset(("ein", "eine", "einen", "einem", "einer", "eines", "een"))
# Nouns a language's name modifies, read as the language whatever the article before ("a Python developer",
# "a Swift course", "ein Python Kurs").
LANGUAGE_HEADS = frozenset((
    "developer", "developers", "dev", "devs", "programmer", "programmers", "engineer", "engineers", "coder",
    "coders", "course", "courses", "book", "books", "tutorial", "tutorials", "job", "jobs", "project", "projects",
    "beginner", "beginners", "newbie", "noob", "novice", "learner", "learners", "student", "students", "user",
    "users", "expert", "experts", "version", "versions", "game", "games", "tool", "tools", "file", "files",
    "shell", "environment", "installation", "certification", "certificate", "bootcamp", "interview", "question",
    "questions", "equivalent", "alternative", "implementation", "framework", "frameworks", "binding", "bindings",
    "wrapper", "port", "community", "conference", "career", "salary", "team", "app", "apps", "bot", "api",
    "sdk", "ide", "editor", "notebook", "kernel", "release", "update", "upgrade", "error", "errors", "exception",
    "exceptions", "bug", "bugs", "type", "types", "object", "objects", "value", "values", "backend", "server",
    "dict", "dicts", "dictionary", "dictionaries", "tuple", "tuples", "set", "sets", "generator", "generators",
    "decorator", "decorators", "lambda", "iterator", "snippet", "regex", "thread", "threads", "socket", "queue",
    "stack", "instance", "coroutine", "constructor", "protocol", "optional", "extension", "extensions", "vec",
    "entwickler", "entwicklerin", "programmierer", "kurs", "buch", "projekt", "anfänger",
))
# Words of programming beside which no name is an everyday word ("Is a python a good first language?").
PROGRAMMING_WORDS = frozenset((
    "language", "languages", "programming", "coding", "sprache", "langage",
    "lenguaje", "linguagem", "linguaggio", "язык", "język", "programmation", "programación", "programação",
))
# A question of who, where the name beside another capitalised word is a person's ("Who was Haskell Curry?").
WHO_OPENINGS: tuple[str, ...] = ("who ", "whom ", "wer ", "quién ", "qui ", "chi ", "quem ", "кто ", "kto ")
