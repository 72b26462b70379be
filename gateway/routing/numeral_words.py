"""Numbers written as words, in English, Spanish, French and German, and as Chinese and Japanese numerals
(2026-12-04): "radius seven centimetres", "de lado treinta y cinco metros", "de côté dix-huit mètres",
"fünfundzwanzig Meter", "半径为七厘米", "底辺が六センチ". Written by this project, not learned from any benchmark;
read by `numerals.with_digits`.
"""

from __future__ import annotations

# Words whose value is a number (lower-cased); `numerals` reads one only where a figure's measure or a list of
# numbers looks for a number. Not Spanish "once" (eleven, and English once), German "null" (a program's null)
# nor French "cents" ("five cents").
VALUES: dict[str, int] = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    # Spanish
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
    "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
    "ochocientos": 800, "novecientos": 900, "mil": 1000,
    # French
    "zéro": 0, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "quatre-vingt": 80, "quatre-vingts": 80, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
    # German, read whole; a German number glued of several ("fünfundzwanzig") is read by `GERMAN_*` below
    "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "tausend": 1000,
}
# Numbers that are an article or a pronoun as often ("un carré", "this one", "give me one", "an elf"): read
# only in a list of numbers, before a unit, or right after a figure's measure named (`MEASURED_BEFORE`).
ARTICLES: frozenset[str] = frozenset(("one", "un", "une", "uno", "una", "ein", "eine", "eins", "elf"))
MEASURED_BEFORE: frozenset[str] = frozenset((
    "radius", "diameter", "side", "edge", "length", "width", "height", "base", "leg", "legs",
    "radio", "diámetro", "lado", "arista", "altura", "base", "rayon", "diamètre", "côté", "arête", "hauteur",
    "durchmesser", "seite", "seitenlänge", "kante", "kantenlänge", "höhe", "grundseite",
))
# Words that multiply the number before them ("two hundred", "trois cents", "ciento veinte", "dos mil").
MULTIPLIERS: frozenset[str] = frozenset(("hundred", "thousand", "cien", "ciento", "mil", "cent", "cents", "mille",
                                         "hundert", "tausend"))
# Words that join a number's parts: "one hundred and five", "treinta y cinco", "vingt et un" (the tens before,
# a unit after; English "and" only after a hundred or a thousand).
JOINERS: dict[str, str] = {"and": "after_multiplier", "y": "tens_unit", "et": "tens_one"}
# German glues a number's parts: units, "und", tens, "hundert", "tausend".
GERMAN_UNITS = ("eins", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
GERMAN_TEENS = ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
                "neunzehn")
GERMAN_TENS = ("zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")

# Chinese and Japanese numerals: digits and the units of ten, a hundred, a thousand, ten thousand.
CJK_DIGITS: dict[str, int] = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
                              "六": 6, "七": 7, "八": 8, "九": 9}
CJK_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10000, "萬": 10000}
CJK_HALF = "半"   # half ("半米"), where a unit follows it
# Before a numeral, what makes it part of a word or an ordinal, not a quantity ("第三", "初一", "星期一").
CJK_NOT_AFTER = "第初星周週"
# After a numeral, what ends it as a quantity given or a member of a list: a unit of a figure's measure
# (`unit_words.UNSPACED_UNITS` and these), a list's separator, a particle of a measure or a mark.
CJK_UNITS_AFTER: tuple[str, ...] = ("分米", "公分", "公尺", "平方", "立方", "厘米", "センチ", "メートル", "ミリ",
                                    "キロ")
CJK_ENDS_AFTER = "、，,。？?！!和与及的の；;：:"
