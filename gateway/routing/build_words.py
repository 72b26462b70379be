"""What a request asks to be made (rounds 10 and 11, 2026-12-02 and 2026-12-03): the verbs that build,
repair or want something, the words that keep a verb from building ("make my website faster"), and what
the made thing is, code or a text (`cues.builds`, `cues.repairs`, `cues.made_thing`). Written by this
project, not learned from any benchmark; `cue_words` holds the families of the other tasks.
"""

from __future__ import annotations

import re

# Round 10: verbs that ask for something to be made. Software (an app, a bot, a website) names a build
# only beside one of these, or in a request that asks no question ("I'd love an app that ..."): "My bank
# app keeps logging me out, what should I do?" asks about an app. Whole words of spaced scripts (a stem
# would read "makes" in "what makes an app good"); phrases and other scripts as substrings.
BUILD_WORDS = frozenset((
    "make", "build", "write", "create", "code", "develop", "program", "design", "whip", "knock", "hack",
    "automate", "implement", "generate",
    "mach", "mache", "machen", "bau", "baue", "bauen", "erstell", "erstelle", "erstellen", "schreib", "schreibe",
    "schreiben", "programmier", "programmiere", "programmieren", "entwickle", "entwickeln", "bastel", "bastle",
    "basteln", "einrichten", "umbauen", "umbaue",
    "haz", "hazme", "hacer", "hacerme", "crea", "créame", "crear", "crearme", "construye", "constrúyeme",
    "construir", "escribe", "escríbeme", "escribir", "desarrolla", "desarrollar", "arma", "ármame", "armar",
    "diseña", "diseñar", "entwirf", "entwerfe", "entwerfen", "conçois", "concevoir", "спроектируй",
    "armarme", "monta", "montar", "móntame", "armas", "montas",
    "fais", "faire", "crée", "créer", "construis", "construire", "écris", "écrire", "développe", "développer",
    "coder", "bricole", "bricoler", "rendre", "rends",
    "fai", "fammi", "fare", "farmi", "creami", "creare", "costruisci", "costruire", "scrivi", "scrivimi",
    "scrivere", "sviluppa", "sviluppare", "prepara", "preparami", "progetta", "progettare",
    "faz", "faça", "fazer", "cria", "crie", "criar", "construa", "escreva", "escrever", "desenvolva",
    "desenvolver", "monte",
    "zrób", "zrobić", "zrobisz", "stwórz", "stworzyć", "stworzysz", "napisz", "napisać", "napiszesz", "zbuduj",
    "zbudować", "przygotuj", "zaprogramuj",
    "сделай", "сделать", "создай", "создать", "напиши", "написать", "разработай", "разработать", "собери",
    "собрать", "зроби", "зробити", "створи", "створити", "напиши", "написати", "розроби",
    "اصنع", "تصنع", "أنشئ", "انشئ", "تنشئ", "اكتب", "تكتب", "برمج", "تبرمج", "سوي", "تسوي",
    "صمم", "تصمم",
    "készíts", "készítenél", "készítsd", "csinálj", "csinálnál", "írj", "írnál", "építs", "építenél",
    "fejlessz", "rakni", "rakj", "összerakni", "összeraknál",
    "yap", "yapar", "yapabilir", "oluştur", "oluşturur", "oluşturabilir", "yaz", "yazar", "yazabilir",
    "geliştir",
    "buat", "buatkan", "buatin", "bikin", "bikinin", "bikinkan", "membuat", "bangun", "tulis", "tuliskan",
    "rancang",
    "làm", "tạo", "viết", "maak", "maken", "bouw", "bouwen", "schrijf", "gör", "göra", "bygg", "bygga", "skapa",
    "lav", "lave", "byg", "bygge",   # Danish (round 11)
    "tee", "tehdä", "teetkö", "rakenna", "rakentaa", "luo", "luoda", "koodaa", "kirjoittaa", "udělej", "vytvoř", "napiš", "creează", "construiește", "φτιάξε", "φτιάξεις",
    "δημιούργησε", "gumawa", "gawan", "gawin", "bumuo", "tengeneza", "nitengenezee", "unda", "niundie",
    "niandikie", "बनाओ", "बनाइए", "बनाएं", "बना", "बनाना", "بساز", "বানাও", "বানিয়ে",
))
BUILD_PHRASES: tuple[str, ...] = (
    "put together", "throw together", "set up", "cook up", "spin up", "zusammenbauen", "metti insieme",
    "mettere insieme", "xây dựng", "thiết kế",
    "做一个", "做个", "写一个", "写个", "开发", "搭建", "创建", "编写", "设计", "作って", "作れ", "作成", "開発",
    "만들", "짜 줘", "짜줘", "개발", "สร้าง", "เขียน",
)
# Repairing software ("fix my Flask app", "debug my bot", "arregla mi app"): the user's own software is
# its usual object, so `NOT_BUILT` does not apply. A repair asked of the assistant is code; a one-sentence
# question with a question word ("How do I fix my banking app when ...?") stays a user's question.
REPAIR_WORDS = frozenset((
    "fix", "debug", "refactor", "fixen", "fixe", "debuggen", "debugge", "reparier", "repariere", "reparieren",
    "beheb", "behebe", "beheben", "korrigier", "korrigiere", "arregla", "arréglame", "arreglar", "arreglarme",
    "corrige", "corrígeme", "corregir", "depura", "depurar", "repara", "reparar", "corriger", "répare",
    "réparer", "débogue", "déboguer", "correggi", "correggere", "aggiusta", "aggiustare", "ripara", "riparare",
    "conserta", "consertar", "corrija", "corrigir", "depure", "napraw", "naprawić", "naprawisz", "popraw",
    "poprawić", "poprawisz", "исправь", "исправить", "почини", "починить", "отладь", "отладить", "виправ",
    "виправити", "полагодь", "düzelt", "düzeltir", "düzeltebilir", "perbaiki", "benerin", "betulkan", "sửa",
    "repareer", "fiks", "fixa", "laga", "korjaa", "ayusin", "rekebisha", "أصلح", "اصلح", "تصلح", "javítsd",
    "javítanád", "opravit", "oprav", "repară", "διόρθωσε",
))
REPAIR_PHRASES: tuple[str, ...] = ("修复", "修一下", "调试", "修正して", "直して", "デバッグ", "고쳐", "디버그", "수정해")
# Wanting or needing something ("I need a bot that ...", "Potrzebuję bota ...", "أبغى تطبيق ..."): with
# software named, a build, whatever question follows ("Dasz radę coś takiego zrobić?"); not when what
# is wanted is to know (`NOT_WANTED` after it: "I want to know why my app crashes").
WANT_PHRASES: tuple[str, ...] = (
    "i need", "i want", "i'd like", "i would like", "i'd love", "we need", "we want", "ich brauche",
    "ich hätte gern", "ich möchte", "ich will", "wir brauchen", "necesito", "quiero", "me gustaría",
    "j'ai besoin", "je voudrais", "je veux", "il me faut", "mi serve", "vorrei", "voglio", "ho bisogno",
    "preciso", "quero", "gostaria", "potrzebuję", "chcę", "chciałbym", "chciałabym", "мне нужен",
    "мне нужна", "мне нужно", "хочу", "мені потрібен", "мені потрібна", "istiyorum", "ihtiyacım",
    "aku butuh", "saya butuh", "aku mau", "saya mau", "saya ingin", "aku ingin", "mình cần", "tôi cần",
    "mình muốn", "tôi muốn", "kellene", "szeretnék", "ik wil", "ik heb een", "jag vill", "jag behöver",
    "haluan", "tarvitsen", "gusto ko", "gusto kong", "kailangan ko", "nataka", "nahitaji",
    "أبغى", "ابغى", "أريد", "اريد", "بدي", "أحتاج", "احتاج", "我想要", "我需要", "欲しい", "ほしい",
    "싶어", "싶은데", "필요해", "चाहिए",
)
NOT_WANTED = frozenset((
    "to", "know", "saber", "sapere", "wissen", "savoir", "wiedzieć", "знать", "знати", "tahu", "kujua",
    "malaman", "weten", "veta", "tietää", "أن", "biết",
))
# Verbs of doing as much as making ("what should I do?", "was soll ich machen?", "co mam zrobić?"): a
# build only with a word after them in their clause; the other verbs also end a clause ("... eine App
# bauen, die ...").
DO_WORDS = frozenset((
    "make", "mach", "mache", "machen", "haz", "hacer", "fais", "faire", "fai", "fare", "faz", "faça", "fazer",
    "zrób", "zrobić", "zrobisz", "сделай", "сделать", "зроби", "зробити", "làm", "gör", "göra", "tee",
    "tehdä", "udělej", "yap", "yapar", "gawin", "gumawa", "buat", "bikin",
))
# Asking the assistant to do it, just before a build verb ("Can you make my website responsive?", "Could
# you help me make my bot ...", "¿Puedes hacer que mi página ...?"): a change to the user's own software
# is then a build too (`NOT_BUILT` does not apply). "How do I make my website load faster?" asks how.
ASKED_OF_YOU: tuple[str, ...] = (
    "can you", "could you", "would you", "will you", "please", "help me", "kannst du", "könntest du",
    "kannst du mir", "bitte", "puedes", "podrías", "me puedes", "me podrías", "tu peux", "peux-tu",
    "pourrais-tu", "pouvez-vous", "você pode", "pode", "puoi", "potresti", "mi puoi", "możesz",
    "можешь", "можете", "ты можешь",
)
# The user's own software, or "with", after a build verb ("make my website load faster", "what can I do
# with my app"): a question about it, no build. (A verb that ends its clause, "what should I do?", is none.)
NOT_BUILT = frozenset((
    "with", "mit", "con", "avec", "com", "z", "ze", "с", "з", "ile", "dengan", "với", "met", "med",
    "my", "our", "mein", "meine", "meinen", "meiner", "unsere", "unseren", "mi", "mis", "nuestra", "nuestro",
    "mon", "ma", "mes", "notre", "nos", "mio", "mia", "nostro", "nostra", "meu", "minha", "nosso", "nossa",
    "mój", "moją", "moja", "mojej", "мой", "мою", "моё", "мій", "мою", "benim", "saya", "aku", "ku",
))

# What a build verb makes (`cues.made_thing`): the first of the few words after the verb (before it, in
# scripts that put the object first) that names code or a text decides between the two. "Write a function
# to extract ..." is code whatever the function does; "Write a song in the style of Taylor Swift" is a
# text, whatever word of a programming language it holds. Texts beyond the writing and product families,
# read only here (a question about a song is no request to write one), as stems: none may begin a
# common word of another meaning ("rap" begins "rapide", "verse" "version").
MADE_TEXTS: tuple[str, ...] = (
    "song", "ballad", "canción", "chanson", "canzone", "canção", "liedje", "piosenk", "песн", "пісн",
    "şarkı", "lagu", "bài hát", "wimbo",
)
# Build verbs that are nouns as often ("a software program to improve drafting skills"): not read there.
BUILD_NOUNS = frozenset(("program", "code"))
# Verbs of writing in scripts that put the object first, read only by `cues.made_thing` ("関数を書いて").
MADE_VERBS: tuple[str, ...] = ("書いて", "書け", "書く", "写")
# Words of the code family that name other things as often (a function of the liver, a code name, a
# training program, Java the island): in a fact question, code only beside a word that names only code
# (Python, SQL, a regex) or a program asked for.
WEAK_CODE: tuple[str, ...] = (
    "function", "funktion", "función", "fonction", "funzione", "função", "funkcj", "fonksiyon", "fungsi",
    "функци", "функці", "hàm", "program", "programa", "programme", "programm", "програм", "code", "código",
    "codice", "kod", "код", "implement", "implementier", "реализ", "java", "rust", "swift", "kotlin",
)
# Code words that begin as a weak one does and name only code.
NOT_WEAK_CODE: tuple[str, ...] = ("javascript",)
# Phrases holding a word of the code family that name something else: a code of conduct, a dress code,
# a plan called a program, a word that a programming language's name begins, a singer. `cues.cue_hits`
# reads a text that holds one without it.
NOT_CODE: tuple[str, ...] = (
    # Python the snake: its kinds, the plural, a python kept as a pet ("How big do ball pythons get?").
    "ball python", "royal python", "python royal", "burmese python", "reticulated python", "rock python",
    "carpet python", "tree python", "blood python", "pythons", "python as a pet", "pet python",
    "swiftly", "swiftness", "swifter", "swiftest", "taylor swift", "rusty", "rusted", "rusting", "rustic",
    "rustle", "rustling", "javanese", "programmers", "programmer", "programmierer", "programmiererin",
    "programadores", "programador", "programadora", "programmeurs", "programmeur", "programmatori",
    "programmatore", "программистов", "программисты", "программист",
    "code of conduct", "code of ethics", "code of practice", "dress code", "zip code", "postal code",
    "post code", "promo code", "discount code", "coupon code", "area code", "country code", "morse code",
    "código de conducta", "código de vestimenta", "código postal", "código de conduta", "code de conduite",
    "code vestimentaire", "code postal", "code promo", "codice di condotta", "codice postale",
    "graduate program", "undergraduate program", "degree program", "master's program", "masters program",
    "phd program", "doctoral program", "exchange program", "mba program", "graduate programme", "degree programme",
    "master's programme", "doctoral programme", "programa de maestría", "programa de posgrado",
    "programa de doctorado", "programa de mestrado", "programme de master", "programme de doctorat",
    "programme d'échange",
    "workout program", "training program", "exercise program", "fitness program", "study program",
    "diet program", "meal program", "reading program", "loyalty program", "tv program", "radio program",
    "workout programme", "training programme", "exercise programme", "fitness programme", "study programme",
    "programa de entrenamiento", "programa de ejercicio", "programa de estudio", "programa de dieta",
    "programme d'entraînement", "programme de musculation", "programme d'exercices", "programme de révision",
    "programme d'études", "programma di allenamento", "programma di studio", "programa de treino",
    "programa de exercícios", "programa de estudos", "program treningowy", "programu treningowego",
    "программа тренировок", "программу тренировок", "программа занятий", "программу занятий",
    "програма тренувань", "програму тренувань",
    "exchange programme", "programa de intercambio", "programma di scambio", "программа обмена", "программы обмена", "программу обмена", "engine code",
    # The verb "to function" and its noun: how a thing works ("comment fonctionne ...", "jak funkcjonuje ...").
    "functioning", "fonctionn", "funkcjonu", "funkcjonow", "функционир", "функціону",
)
# 2026-12-03: words of everyday life (the body, travel, vehicles, music, animals, applying to a school or a
# state) that outrank a word of the code family that names other things as often (`WEAK_CODE`:
# the liver's function, an exchange program, Java the island, a rust stain, the singer Swift): "Does the
# liver function change with age?". Read at a word's start, in spaced scripts; whole words where a stem
# would begin a word of code ("rein" in "reinforcement", "trip" in "triple").
EVERYDAY_STEMS: tuple[str, ...] = (
    "liver", "kidney", "lung", "thyroid", "pancrea", "bladder", "bowel", "immune", "symptom", "doctor",
    "pregnan", "leber", "niere", "lunge", "schilddrüse", "arzt", "ärzt", "hígado", "riñon", "riñón", "pulmon",
    "pulmón", "tiroides", "médic", "poumon", "thyroïd", "médecin", "fegato", "polmon", "почк",
    "щитовидн", "врач",
    "vacation", "holiday", "island", "beach", "ferry", "hotel", "flight", "tourist", "sightsee", "urlaub",
    "insel", "fähre", "vacacion", "playa", "turist", "vacances", "plage", "touris",
    "отпуск", "остров", "пляж", "отел", "гостиниц", "паром", "турист", "путешеств", "поездк",
    "bike", "bicycle", "mechanic", "catalytic", "fahrrad", "bicicleta", "coche", "voiture", "vélo",
    "велосипед", "автомобил",
    "song", "singer", "concert", "lyric", "sänger", "konzert", "canci", "cantante", "concierto", "chanson",
    "chanteu", "песн", "певец", "певиц", "концерт",
    "puppy", "snake", "reptile", "schlange", "haustier", "perro", "serpiente", "mascota", "chien", "serpent",
    "собак", "змея", "змеи", "питом",
    "scholarship", "tuition", "stipendi", "стипенди", "citizenship",
)
EVERYDAY_WORDS = frozenset((
    "heart", "blood", "brain", "herz", "blut", "corazón", "sangre", "rein", "reins", "cœur", "coeur", "sang",
    "сердце", "сердца", "кровь", "trip", "trips", "reise", "viaje", "voyage", "car", "cars", "dog", "dogs",
    "hund", "hunde", "visa", "visas", "visum", "visado", "beca", "becas", "виза", "визу", "визы", "mba",
    "phd", "green card", "isla", "islas", "печень", "печени",
    # Java's island among its neighbours ("Should I visit Java or Bali?").
    "bali", "lombok", "sumatra", "borneo", "jakarta", "yogyakarta", "bandung", "surabaya", "indonesia",
    "indonesien", "indonésie",
))


# The script of a show (a video, a podcast, a film, a play, an episode, an advert): a text to write, not a
# program ("Write a script for a YouTube video about ...", "a podcast script for an episode on ...",
# "un script pour une vidéo", "ein Skript für ein YouTube-Video", "скрипт для видео"). `cues.cue_hits`
# reads a text that holds one without it, as it does `NOT_CODE`. A language or a program's verb elsewhere
# in the text still reads as code ("a Python script that renames every video file").
_SHOWS = (r"(?:youtube[- ])?(?:video|vídeo|vidéo|videos|podcast|film|movie|play|episode|commercial|advert|ad|"
          r"skit|sketch|scene|show|trailer|documentary|documentaire|documental|doku|dokumentation|"
          r"youtube|tiktok|reel|видео|ролика|ролик|подкаста|подкаст|фильма|фильм)")
SHOW_SCRIPT = re.compile(
    r"\b(?:(?:short |youtube |tv |radio )?" + _SHOWS + r"[- ]?(?:script|skript)"
    r"|(?:script|skript|скрипт) (?:for|pour|für|для) (?:(?:a|an|the|my|our|un|une|le|la|ein|eine|einen)\s)?"
    r"(?:[^\W\d_]+[- ]){0,2}" + _SHOWS + r")(?!\w)")

