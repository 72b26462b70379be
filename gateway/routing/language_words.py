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
