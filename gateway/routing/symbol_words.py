"""Words of work done symbol by symbol (2026-12-03, sym31), read by `symbols`: a number's representations ("to
binary", "en chiffres romains", "в двоичную систему", "二进制"), the units of writing and what is done with them
(counted, reversed, sorted, compared), and the verbs of translating whose payload is no request. Lower-case;
English, German, French, Spanish, Italian, Portuguese, Russian, Chinese, Japanese, Korean. Written by this
project, not learned from any benchmark.
"""

from __future__ import annotations

# A number's representations, read where a word begins (a stem: "binär" begins "binären", "двоичн" "двоичную").
# Not "hex" as a stem ("hexagon"): it is a whole word below. Not "base" alone: "base 3" is read with its number.
REPRESENTATION_STEMS: tuple[str, ...] = (
    "binary", "binär", "binaire", "binari", "binári", "binair", "hexadecimal", "hexadezimal", "hexadécimal",
    "esadecimal", "octal", "oktal", "ottal", "decimal", "dezimal", "décimal", "ternary", "roman numeral",
    "römische", "römischen", "chiffres romains", "chiffre romain", "números romanos", "número romano",
    "numeros romanos", "numeri romani", "numero romano", "algarismos romanos", "римск", "scientific notation",
    "wissenschaftliche schreibweise", "exponentialschreibweise", "notation scientifique", "notación científica",
    "notazione scientifica", "notação científica", "экспоненциальн", "научной нотации", "стандартном виде",
    "стандартный вид", "two's complement", "two’s complement", "twos complement", "zweierkomplement",
    "complément à deux", "complemento a dos", "complemento a due", "complemento de dois", "дополнительный код",
    "дополнительном коде", "двоичн", "шестнадцатеричн", "восьмеричн", "десятичн", "троичн", "систему счисления",
    "системе счисления",
)
REPRESENTATION_WORDS = frozenset(("hex", "bin", "oct"))
# Scripts written without spaces: a representation anywhere, and no word of direction needed.
REPRESENTATION_UNSPACED: tuple[str, ...] = (
    "二进制", "二進制", "十六进制", "十六進制", "八进制", "八進制", "十进制", "十進制", "进制", "進制", "罗马数字",
    "羅馬數字", "科学计数法", "科學記數法", "补码", "補碼", "進数", "ローマ数字", "指数表記", "補数", "진수", "진법",
    "로마 숫자", "과학적 표기법", "보수로",
)
# Words of direction before a representation (two words between at most: "into a binary number", "в двоичную
# систему", "in römischen Zahlen"), in the languages above; and the verbs that put a number into one without a
# preposition (Russian's instrumental: "напиши 1994 римскими цифрами").
TO_WORDS = frozenset((
    "to", "into", "in", "as", "from", "nach", "ins", "als", "von", "aus", "en", "a", "al", "à", "de", "del", "desde",
    "para", "em", "da", "dal", "per", "in", "в", "во", "на", "из", "na", "do", "naar", "van",
))
INSTRUMENTAL: tuple[str, ...] = ("римскими", "двоичным", "шестнадцатеричным", "восьмеричным")
# Nouns after a representation that ask for the number in it ("the binary representation of 42", "l'équivalent").
REPRESENTATION_NOUNS = frozenset((
    "representation", "equivalent", "form", "value", "darstellung", "form", "représentation", "équivalent",
    "representación", "equivalente", "rappresentazione", "representação", "представление", "записи", "запись",
))

# What is done with the letters of a given string. Counting (phrases where a word begins; unspaced anywhere; not
# "compte", "cuenta" or "conta" alone, an account or a report: "el número de cuenta", "compte rendu").
COUNT_WORDS: tuple[str, ...] = (
    "how many", "count", "number of", "wie viele", "wieviele", "zähl", "anzahl", "combien", "compte les",
    "compte le nombre", "nombre de", "cuántas", "cuántos", "cuenta las", "cuenta los", "cuenta cuánt", "número de",
    "quante", "quanti", "conta le", "conta i", "conta quant", "numero di", "quantas", "quantos", "сколько",
    "посчитай", "подсчитай", "количество", "几个", "多少", "数一数", "いくつ", "何文字", "몇",
)
# Units of writing that a word holds: counted in a given word, or in one named after "in" ("in strawberry?").
LETTER_UNITS: tuple[str, ...] = (
    "letter", "vowel", "consonant", "syllable", "buchstab", "vokal", "konsonant", "silbe", "lettre", "voyelle",
    "consonne", "syllabe", "letra", "vocal", "consonante", "sílaba", "sillab", "vogal", "vogais", "букв", "гласн",
    "согласн", "слог", "字母", "元音", "辅音", "音节", "母音", "子音", "音節", "글자", "모음", "자음", "음절", "철자",
)
# What follows a letter counted bare ("wie viele r sind in", "how many e are in", "cuántas a hay en").
AFTER_BARE_LETTER: tuple[str, ...] = (
    "are", "is", "in", "there", "sind", "gibt", "im", "hay", "tiene", "en", "dans", "y", "ci", "há", "tem", "em",
    "в", "во", "есть",
)
# Units that name other things too ("characters in Hamlet", "words in the Bible"): only in a given string.
SIGN_UNITS: tuple[str, ...] = (
    "character", "zeichen", "caractère", "carácter", "caracter", "caratter", "символ", "字符", "文字",
    "word", "wort", "wört", "mot", "palabra", "parol", "palavra", "слов", "单词", "単語", "단어",
)
# A string reversed, compared, sorted, or read letter by letter.
REVERSE_WORDS: tuple[str, ...] = (
    "backwards", "in reverse", "reverse the", "reverse this", "reverse it", "reversed", "rückwärts", "umgekehrt", "à l'envers", "a l'envers", "à l’envers",
    "al revés", "al reves", "invertid", "al contrario", "al rovescio", "ao contrário", "de trás para frente",
    "задом наперёд", "задом наперед", "наоборот", "в обратном порядке", "倒过来", "倒著", "倒着", "反过来", "倒序",
    "反转", "逆から", "逆順", "거꾸로",
)
COMPARE_WORDS: tuple[str, ...] = (
    "palindrom", "palíndrom", "палиндром", "anagram", "анаграмм", "回文", "变位词", "アナグラム", "회문", "애너그램",
)
ORDER_WORDS: tuple[str, ...] = (
    "alphabetical", "alphabetisch", "alphabétique", "alfabétic", "alfabetic", "по алфавиту", "字母顺序", "按字母",
    "アルファベット順", "五十音順", "알파벳 순", "가나다순",
)
INITIAL_WORDS: tuple[str, ...] = (
    "first letter", "last letter", "anfangsbuchstab", "erste buchstab", "ersten buchstab", "première lettre",
    "dernière lettre", "primera letra", "última letra", "prima lettera", "primeira letra", "первую букву",
    "первые буквы", "последнюю букву", "首字母", "頭文字", "첫 글자",
)
# Nouns that name a given word before it ("the word strawberry", "das Wort Erdbeere", "в слове молоко", "单词").
WORD_NOUNS = frozenset(("word", "wort", "mot", "palabra", "parola", "palavra", "слово", "слове"))
WORD_NOUNS_UNSPACED: tuple[str, ...] = ("单词", "這個詞", "这个词", "単語", "단어")
# Nouns of a text whose words or characters are counted, before it in quotes ("the sentence \"...\"", "der Satz").
TEXT_NOUNS: tuple[str, ...] = (
    "sentence", "phrase", "string", "text", "satz", "zeichenkette", "frase", "texte", "chaîne", "cadena", "testo",
    "предложени", "фраз", "строк", "текст", "句子", "这句话", "文章", "文字列", "문장",
)
# A word after "in" that is no given string but a set of letters or a form of text ("in alphabet?", "in a haiku").
NOT_GIVEN = frozenset((
    "alphabet", "alfabeto", "алфавит", "алфавите", "haiku", "sonnet", "limerick", "english", "german", "french",
    "spanish", "russian", "chinese", "total", "all", "it", "english?",
))
# Words before "a palindrome" or "an anagram" that ask what one is, not whether a string is one.
DEFINITION_WORDS = frozenset(("is", "ist", "es", "est", "è", "é", "what", "was", "qué", "que", "what's", "что"))
# The openings of a yes-or-no question, whose string is named before "a palindrome" ("Is racecar a palindrome?").
YES_NO_OPENINGS: tuple[str, ...] = ("is ", "are ", "ist ", "sind ", "es ", "¿es ", "est-ce ", "è ", "é ", "são ", "son ")

# Verbs of translating a text: the words after the instruction's colon, or in its quotes, are what is translated.
TRANSLATE_VERBS: tuple[str, ...] = (
    "translat", "übersetz", "traduc", "tradui", "tradu", "перевед", "переклад", "przetłumacz", "vertaal",
    "översätt", "oversæt", "oversett", "dịch", "terjemah", "çevir", "翻译", "翻譯", "翻訳", "번역", "ترجم", "अनुवाद",
)
# The endings of the nouns those stems begin: a translation named, none asked ("the following translation key:").
TRANSLATION_NOUN_ENDINGS: tuple[str, ...] = ("ion", "ions", "ung", "ungen", "ón", "ione", "ioni", "ção", "ções")
