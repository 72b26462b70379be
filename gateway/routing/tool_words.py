"""Programming tools and languages named by their names (2026-12-03, stop 23): frameworks, libraries and a
developer's tools, which a question about code often names alone ("Why is my React component rendering twice?", "How
do I undo my last git commit?"). Written by this project for the router's rules (`cues`); lower-case.

- `TOOLS`: names that mean nothing else, read as whole words: code, and a code word that names only code
  (a question of fact about numpy stays code).
- `SHARED_NAMES`: names that also mean other things (to react, a flask, French "vue", the animals, a
  git): code only beside one of `TOOL_CONTEXT`, the parts and acts they are used for (a component, a
  route, a dataframe, a commit). Spring, Rails, Angular and Node are left out: the season, the rails of a
  train, angular momentum and a lymph node are asked about as often, beside "server" or "module".
- `WEAK_LANGUAGES` and the words `languages` reads them beside: languages whose names name other things
  (Java, Go, Rust, Ruby, C), code only where the name stands as a language ("my Java loop", "In Go, ...").
"""

from __future__ import annotations

TOOLS = frozenset((
    "numpy", "scipy", "matplotlib", "sklearn", "pytorch", "tensorflow", "keras", "dataframe", "dataframes",
    "kubernetes", "kubectl", "docker", "dockerfile", "npm", "npx", "webpack", "jquery", "graphql", "github",
    "gitlab", "nodejs", "django", "laravel", "useeffect", "usestate", "jsx", "tsx", "postgresql", "mysql",
    "sqlite", "mongodb", "nginx", "terraform",
    # 2026-12-04: a developer's words for a page's parts, a browser's rule and a crash ("How do I center a
    # div?", "How do I fix a CORS error?", "What causes a segfault?").
    "div", "divs", "flexbox", "cors", "segfault", "localhost", "stdout", "stderr", "stdin",
))
# Names of `TOOLS` that are also LaTeX's commands ("$84 \div 7$", the division sign): no tool where the text
# writes the command.
LATEX_COMMANDS = frozenset(("div",))
SHARED_NAMES = frozenset(("react", "flask", "vue", "pandas", "git"))
# Whole words of the spaced scripts ("reports" is no repo, "surrender" no render; a dataframe and npm are
# `TOOLS` themselves) ...
TOOL_CONTEXT = frozenset((
    "component", "components", "komponente", "komponenten", "composant", "composants", "componente",
    "componentes", "компонент", "компонента", "компоненты", "hook", "hooks", "props", "render", "renders",
    "rendering", "rendered", "rendert", "рендер", "рендерится", "route", "routes", "endpoint", "endpoints",
    "csv", "column", "columns", "commit", "commits", "branch", "branches", "rebase", "repo", "repository",
    "module", "modules", "install", "installed", "installing",
))
# ... and substrings of the scripts written without spaces.
TOOL_CONTEXT_UNSPACED: tuple[str, ...] = ("组件", "渲染", "コンポーネント", "レンダリング", "提交", "コミット")

# Programming languages whose names also name other things (2026-12-03, stop 23): an island and coffee, a
# verb and a board game, an oxide, a gem and a person, a grade and a temperature, a bird or "fast", an
# island again, a staircase, the moon, a person. Read as code by `languages` only beside a word of what
# programs are made of. Whole words of the text's (lower-cased); "c" is read more strictly (a grade, a
# point, a temperature, a vitamin, a test's third option): `LETTER_LANGUAGES`.
WEAK_LANGUAGES = frozenset(("java", "go", "rust", "ruby", "c", "swift", "kotlin", "scala", "lua", "julia", "dart",
                            "zig", "elixir"))   # inflected ("w Javie", "Javalla"): `language_words`
# A letter read as a language only right after "my" before a word of programs ("my C array"), glued before one
# of a script without spaces ("C数组"), or as a clause's "in C" beside a word of `LANGUAGE_ONLY` ("What is
# the largest int in C?"); never by such a word elsewhere ("Boolean variables ... C. ...").
LETTER_LANGUAGES = frozenset(("c",))
# Names that are also verbs ("go slice the onions", "the slices go to ..."): read after a word of programs
# only across a preposition ("a slice in Go").
VERB_LANGUAGES = frozenset(("go",))
# Words and phrases that name only a program's parts: beside any of the weak names but a letter, wherever they
# stand ("How do I convert the string "42" to an int in Go?").
LANGUAGE_ONLY = frozenset((
    "int", "ints", "println", "printf", "sprintf", "struct", "structs", "bool",
    "goroutine", "goroutines", "hashmap", "arraylist", "usize", "segfault", "nullpointerexception", "enum", "enums",
))
LANGUAGE_ONLY_PHRASES: tuple[str, ...] = (
    "for loop", "for-loop", "while loop", "http request", "floating point", "floating-point", "float-zahl", "gleitkomma",
    "flottant", "flotante", "浮点", "浮動小数点", "부동소수점",
)
# Words of programs that name other things as well (a race track's loop, an array of solar panels, a slice
# of pizza, prints of a photo, a decimal to round): beside a weak name only where the name stands as a
# language: right after "my" ("my Java loop", "meine Java-Schleife"), right after the word, across a
# preposition or not ("boucle Java", "bucle en Java", "цикл на Java"), or as a clause's "in Go" ("In Ruby,
# how do I round ...", "... in Java?"), or glued to Chinese or Japanese ("在Go中", "Javaのループ").
LANGUAGE_CONTEXT = frozenset((
    "loop", "loops", "array", "arrays", "slice", "slices", "index", "indexes", "indices", "list", "lists",
    "string", "strings", "vector", "vectors", "map", "maps", "table", "tables", "variable", "variables",
    "float", "floats", "double", "decimal", "decimals", "round", "rounding", "format", "print", "prints",
    "printed", "printing", "output", "outputs", "return", "returns", "returned", "byte", "bytes", "method",
    "methods", "class", "panic", "panics", "panicked", "crash", "crashes", "program", "programs", "code",
    "keyword", "keywords", "closure", "closures",
    "script", "function", "functions", "compile", "compiles", "compiler",
    "schleife", "schleifen", "liste", "zeichenkette", "ausgabe", "nachkommastellen",
    "runden", "formatieren", "formatiere", "programm", "boucle", "boucles", "tableau", "chaîne", "programme",
    "affiche", "arrondir", "formater", "décimales", "bucle", "bucles", "arreglo", "lista", "cadena", "programa",
    "código", "imprime", "redondear", "redondeo", "decimales", "formatear", "ciclo", "laço", "vetor",
    "programma", "stampa", "stringa", "arrotondare", "decimali", "pętla", "pętli", "tablica", "tablicy",
    "programie", "wypisuje",
    "цикл", "массив", "список", "строка", "программа", "код", "выводит", "печатает",
))
LANGUAGE_CONTEXT_UNSPACED: tuple[str, ...] = (
    "循环", "数组", "切片", "列表", "字符串", "索引", "字节", "打印", "输出", "变量", "编译", "程序", "代码",
    "ループ", "配列", "スライス", "リスト", "文字列", "インデックス", "バイト", "出力", "変数", "コンパイル",
    "프로그램", "루프", "반복문", "배열", "슬라이스", "리스트", "문자열", "인덱스", "바이트", "출력", "변수",
)
# Prepositions between a word of programs and the language ("a loop in Java", "bucle en Java", "цикл на Java").
LANGUAGE_PREPOSITIONS = frozenset(("in", "en", "em", "на", "auf", "mit", "with", "using", "con", "avec", "com",
                                   "dans", "im", "w"))
# Possessives before a language that modifies a word of programs ("my Java loop", "meine Java-Schleife").
LANGUAGE_POSSESSIVES = frozenset(("my", "our", "your", "this", "mein", "meine", "meinem", "meinen", "meiner",
                                  "unser", "unsere", "dein", "deine"))
# Words of the other meanings: a text that holds one reads no weak name as a language unless a word of
# `LANGUAGE_ONLY` is there too ("A cup of java ...", "... loses 2 grams of metal to rust", "77 F in C").
NOT_LANGUAGE = frozenset((
    "coffee", "café", "cafe", "cup", "cups", "island", "islands", "volcano", "volcanoes", "rubies", "rubíes",
    "rubis", "gem", "gems",
    "gemstone", "gemstones", "jewel", "jewels", "jeweller", "jeweler", "necklace", "carat", "carats", "oxide",
    "iron", "metal", "corrosion", "celsius", "fahrenheit", "temperature", "degrees", "grade", "grades",
    "vitamin", "board", "stones", "parade", "track", "lap", "laps", "race", "insel", "île", "isla", "kaffee",
))
