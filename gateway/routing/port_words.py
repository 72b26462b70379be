"""Code put into another programming language (2026-12-03): the words `cues.ports_code` reads.

A request to translate code ("Translate this Python function to Rust", "Übersetze diesen Code nach Java",
"把这段代码翻译成 Java") holds the verb of a translation of text, an extraction cue in every language. What
tells it apart is the target: a programming language after a word of direction, or, in languages that
mark the direction after the name (Japanese, Korean, Turkish, Hindi), before a particle of one. A text
translated into a human language names that language instead. Written by this project; lower-case.
"""

from __future__ import annotations

# Verbs of translating, converting and rewriting, read as substrings of the clause that holds them.
PORT_VERBS: tuple[str, ...] = (
    "translat", "convert", "rewrite", "übersetz", "konvertier", "umschreib", "traduc", "tradui",
    "tradu", "convierte", "convertir", "reescrib", "réécri", "convertis", "riscriv", "converti", "reescrev",
    "перевед", "переведи", "перепиш", "конвертир", "переклад", "przetłumacz", "przepisz", "konwertuj",
    "çevir", "dönüştür", "vertaal", "översätt", "oversæt", "oversett", "dịch", "chuyển", "terjemah",
    "ubah", "翻译", "翻譯", "转换", "轉換", "改写", "改寫", "重写", "重寫", "翻訳", "変換", "書き換え",
    "번역", "변환", "ترجم", "حوّل", "अनुवाद", "बदल",
)

# Programming languages by name, as whole words. `WEAK_TARGETS` also name other things ("to go", "in
# c", Ruby a name, a crystal): a target only where the request names code as well.
TARGETS: tuple[str, ...] = (
    "python", "python3", "javascript", "typescript", "java", "kotlin", "scala", "c++", "c#", "f#", "golang",
    "rust", "swift", "objective-c", "php", "perl", "haskell", "ocaml", "elixir", "erlang", "clojure", "lua",
    "matlab", "fortran", "cobol", "vb.net", "vba", "powershell", "bash", "zig", "solidity", "groovy",
    "node.js", "nodejs", "sql", "dart", "julia", "delphi", "pascal", "lisp", "prolog",
)
WEAK_TARGETS: tuple[str, ...] = ("go", "c", "r", "d", "ruby", "crystal", "elm", "nim")

# Words of direction before the target, by language: English, German, Spanish, French, Italian,
# Portuguese, Russian and Ukrainian, Polish, Dutch, Swedish, Vietnamese, Indonesian, Arabic; Chinese
# glues its (成, 为, 到) to the verb before.
TO_WORDS: tuple[str, ...] = (
    "to", "into", "in", "nach", "ins", "a", "al", "en", "vers", "para", "em", "на", "в", "na", "do", "naar",
    "till", "sang", "ke", "إلى",
)
TO_UNSPACED: tuple[str, ...] = ("成", "为", "為", "到")
# Particles of direction after the target: Japanese, Korean, Turkish (after an apostrophe), Hindi.
AFTER_NAME: tuple[str, ...] = ("に", "へ", "으로", "로", "'a", "'e", "'ya", "'ye", "’a", "’e", "’ya", "’ye", " में")
