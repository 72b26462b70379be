"""A piece of content asked for by its noun with a verb that makes anything (2026-12-04): "Create a workout
plan for beginners", "Give me a recipe for ...", "Generate 10 multiple choice questions about ...", "Erstelle
einen Lernplan", "帮我制定一个减肥计划". The verb alone makes a program, a sum or a joke as well, and the noun alone
is asked about ("What is a good workout plan?"); together they ask for a text to write (`contents`). Written
by this project, not learned from any benchmark.
"""

from __future__ import annotations

# Verbs of spaced scripts that make anything, as whole words; phrases (a verb and its pronoun or particle)
# by their first word. Verbs of writing are the writing family's already (`task_words`).
MAKING_VERBS = frozenset((
    "create", "make", "generate", "prepare", "design", "devise", "produce", "craft", "compile", "draw",
    "crea", "créame", "creame", "haz", "hazme", "genera", "genérame", "generame", "dame", "prepara",
    "prepárame", "preparame", "elabora", "elabórame", "diseña", "diséñame", "arma", "ármame", "armame",
    "crée", "cree", "fais", "génère", "genere", "prépare", "élabore", "elabore", "conçois",
    "erstelle", "erstell", "mach", "mache", "generiere", "entwirf", "entwerfe", "bereite", "gib",
    "creami", "fammi", "preparami", "dammi", "crie", "cria", "faça", "gere", "monte",
    "создай", "составь", "сделай", "сгенерируй", "подготовь", "придумай",
))
MAKING_PHRASES: tuple[str, ...] = (
    "give me", "come up with", "put together", "build me", "whip up", "draw up", "i need a ", "i need an ",
    "donne-moi", "donne moi", "propose-moi", "stell mir", "me dê", "me de um", "me dá", "дай мне",
)
# German infinitives and Dutch ones at a clause's end, their object before them ("Kannst du mir einen
# Trainingsplan erstellen?").
CLOSING_VERBS = frozenset((
    "erstellen", "machen", "generieren", "zusammenstellen", "ausarbeiten", "entwerfen", "vorbereiten",
    "maken", "opstellen",
))
# The words that open a request whose verb closes it: a modal asked of the assistant, or "bitte".
CLOSING_LEADS = frozenset(("kannst", "könntest", "würdest", "kann", "könnten", "können", "bitte", "kun", "kunt",
                           "zou", "wil"))
# What is made: the nouns (and their noun phrases) of a text that plans, lists, tabulates or asks, as a word
# begins and ends (a plural ending "s", "es" allowed). Not "questions" alone ("make sense of these
# questions"), nor "list" ("make a list of primes"), nor "script" ("a Python script": `build_words.SHOW_SCRIPT`
# reads a show's), nor "program" (code's).
CONTENT_NOUNS: tuple[str, ...] = (
    "plan", "recipe", "quiz", "quizz", "quizze", "table", "outline", "schedule", "timetable", "itinerary",
    "agenda", "menu", "checklist", "check-list", "to-do list", "todo list", "shopping list", "grocery list",
    "packing list", "reading list", "syllabus", "curriculum", "faq", "product description", "job description",
    "job posting", "job ad", "study guide", "cheat sheet", "worksheet", "flashcard", "rubric", "meal prep",
    "multiple choice questions", "multiple-choice questions", "choice questions", "interview questions",
    "trivia questions", "quiz questions", "practice questions", "exam questions", "test questions",
    "review questions", "discussion questions", "questions for a quiz",
    "receta", "cuestionario", "preguntas de opción", "preguntas tipo test", "preguntas de examen",
    "preguntas de entrevista", "tabla", "esquema", "horario", "itinerario", "menú", "lista de tareas",
    "lista de compras", "lista de la compra", "temario", "guion para", "guión para", "descripción del producto",
    "descripción de producto", "rutina de",
    "recette", "questionnaire", "questions à choix", "qcm", "tableau", "emploi du temps", "planning",
    "itinéraire", "ordre du jour", "liste de courses", "liste de tâches", "programme d'entraînement",
    "programme de révision", "programme sportif", "fiche de révision", "plan de cours", "fiche de poste",
    "ricetta", "tabella", "scaletta", "programma di allenamento", "lista della spesa", "piano di", "piano alimentare",
    "piano settimanale", "questionario", "domande a risposta", "orario", "itinerario", "menù",
    "plano", "receita", "tabela", "cronograma", "roteiro", "cardápio", "lista de compras", "perguntas de",
    "план", "плана", "рецепт", "рецепта", "таблицу", "таблица", "расписание", "меню", "чек-лист", "викторину",
)
# German (and Dutch) compounds end in their noun ("Trainingsplan", "Einkaufsliste", "Quizfragen").
COMPOUND_ENDS: tuple[str, ...] = (
    "plan", "pläne", "rezept", "rezepte", "quiz", "quizfragen", "tabelle", "gliederung", "zeitplan",
    "tagesordnung", "speisekarte", "menü", "checkliste", "einkaufsliste", "packliste", "aufgabenliste",
    "to-do-liste", "lehrplan", "fragenkatalog", "stellenanzeige", "recept",
)
# Nouns of the code family's things and of an interface, where a table or a menu is software's ("Create a
# SQL table", "a dropdown menu"), tables of numbers to work out and a table at a restaurant: read without them.
NOT_CONTENT: tuple[str, ...] = (
    "dropdown menu", "drop-down menu", "context menu", "navigation menu", "nav menu", "hamburger menu",
    "menu bar", "pivot table", "hash table", "lookup table", "truth table", "database table", "sql table",
    "periodic table", "multiplication table", "times table", "table for one", "table for two", "table for three",
    "table for four", "table for 2", "table for 4",
)
# Scripts written without spaces: a verb of making and a noun of content within a few characters of it
# (Chinese puts the object after the verb, Japanese and Korean before it).
UNSPACED_VERBS: tuple[str, ...] = (
    "制定", "做一个", "做一份", "做个", "做份", "生成", "给我出", "帮我出", "出一套", "出一份", "出几道", "出一些",
    "给我一个", "给我一份", "给我来", "来一份", "设计一个", "设计一份", "列一个", "列一份", "列个", "帮我做",
    "作って", "作成して", "考えて", "만들어 줘", "만들어줘", "만들어 주세요", "짜줘", "짜 줘", "작성해 줘",
    "작성해줘", "작성해 주세요",
)
UNSPACED_NOUNS: tuple[str, ...] = (
    "计划", "計画", "食谱", "菜谱", "选择题", "测验", "测试题", "练习题", "题目", "表格", "大纲", "日程", "时间表",
    "行程", "议程", "菜单", "清单", "待办", "课程表", "教案", "常见问题", "产品描述", "职位描述", "招聘启事",
    "献立", "レシピ", "プラン", "スケジュール", "クイズ", "問題", "旅程", "メニュー", "チェックリスト", "表を",
    "계획", "레시피", "식단", "퀴즈", "문제", "일정", "시간표", "메뉴", "체크리스트", "표를",
)
# A question how to make it ("How do I make a workout plan?", "Wie erstelle ich einen Lernplan?"): a question
# about making one, read as such (`tasks`), before the verb in its clause ("怎么制定计划" has no lead of a request).
HOW_WORDS = frozenset(("how", "wie", "cómo", "como", "comment", "come", "как", "jak", "hoe", "hur", "hvordan"))
# The words a request may put before its verb in the verb's clause (after a comma or a clause's end): the verb
# asks only there ("Please create a ...", "Can you make me ...", "Hey, give me ..."); a verb inside a story
# tells what someone did ("John wants to make a table 5 feet long", "María prepara una receta con 3 huevos").
LEAD_WORDS = frozenset((
    "please", "pls", "plz", "can", "could", "would", "will", "you", "kindly", "now", "also", "and", "then", "just",
    "quickly", "help", "me", "i", "want", "need", "to", "hey", "hi", "ok", "okay", "so", "first", "next", "let's",
    "por", "favor", "puedes", "podrías", "podrias", "ahora", "también", "y", "hola", "oye",
    "bitte", "kannst", "könntest", "du", "mir", "jetzt", "auch", "und", "hallo", "hey",
    "peux-tu", "pourrais-tu", "pouvez-vous", "s'il", "te", "vous", "plaît", "plait", "maintenant", "aussi", "et",
    "salut", "bonjour", "stp", "svp", "puoi", "potresti", "per", "favore", "ciao", "você", "pode", "poderia",
    "можешь", "пожалуйста", "привет", "а",
))
# Chinese leads before an unspaced verb, at its clause's start ("请帮我制定", "你能给我出", "麻烦给我一份").
UNSPACED_LEAD = ("请", "帮我", "给我", "为我", "替我", "麻烦你", "麻烦", "你能", "你可以", "能不能", "可不可以",
                 "可以", "能", "你", "帮忙", "再", "先", "现在")
# Words right after the verb: pronouns of whom it is made for, skipped ("give me", "fais-moi", "mach mir"); a
# definite article or a word that makes the verb mean something else, which end the reading ("give me the
# schedule of the final" asks what exists, "make sure the table is clean", "make sense of").
PRONOUNS = frozenset(("me", "us", "mir", "uns", "moi", "nous", "mi", "ci", "мне", "нам", "for"))
NOT_MADE = frozenset((
    "the", "sure", "certain", "sense", "it", "this", "that", "these", "those", "your", "el", "la", "los", "las",
    "le", "les", "der", "die", "das", "den", "dem", "des", "il", "lo", "gli", "o", "os", "as", "este", "esta",
    "ce", "cette", "dieser", "diese", "diesen", "dieses",
))
UNSPACED_REACH = 16   # characters between the verb and the noun, at most
MAKING_REACH = 6      # words after a spaced verb (or before a closing one) the noun stands among
