"""A piece of content asked for by its noun with a generic making verb (2026-12-04, gen32).

"Create a workout plan for beginners.", "Give me a recipe for chocolate chip cookies.", "Generate 10 multiple
choice questions about photosynthesis.", "Make a table comparing iPhone and Android.": a text to produce, named
by what it is (a plan, a recipe, a quiz, a table, an outline, a schedule, a menu, a checklist, a syllabus, a
script for a video, an FAQ, a product or job description), with a verb that makes anything (create, make,
generate, give me, come up with, put together, prepare). On main ad258fb they read as small talk (chat, the
0.6B), where "Plan a 3-day itinerary for Rome." and "Draft an email to my landlord ..." are writing on the 4B.
Expected, written before measuring: writing, no thinking, the decision "Plan a 3-day itinerary" gets.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

MADE_CONTENT = [
    ("en", "Create a workout plan for beginners."),
    ("en", "Give me a recipe for chocolate chip cookies."),
    ("en", "Generate 10 multiple choice questions about photosynthesis."),
    ("en", "Make a table comparing iPhone and Android."),
    ("en", "Make me a weekly meal plan for a vegetarian."),
    ("en", "Can you create a 4-week study plan for the SAT?"),
    ("en", "Come up with a lesson plan on fractions for 5th graders."),
    ("en", "Put together a packing checklist for a camping trip."),
    ("en", "Prepare an agenda for our Monday team meeting."),
    ("en", "Create a quiz about World War II."),
    ("en", "Give me 5 interview questions for a junior accountant."),
    ("en", "Make an outline for a presentation on climate change."),
    ("en", "Create a daily schedule for a remote worker."),
    ("en", "Create a 5-day itinerary in Japan."),
    ("en", "Design a menu for a summer dinner party."),
    ("en", "Make a to-do list for moving into a new apartment."),
    ("en", "Create a syllabus for an introductory psychology course."),
    ("en", "Create a script for a YouTube video about budgeting."),
    ("en", "Generate an FAQ for a yoga studio."),
    ("en", "Generate a product description for a bamboo toothbrush."),
    ("en", "Create a job description for a marketing manager."),
    ("en", "Give me a business plan for a small bakery."),
    ("en", "I need a meal plan for 7 days with 2000 calories a day."),
    ("es", "Crea un plan de entrenamiento para principiantes."),
    ("es", "Dame una receta de tortilla de patatas."),
    ("es", "Hazme un horario de estudio para la semana."),
    ("es", "Genera 10 preguntas de opción múltiple sobre la fotosíntesis."),
    ("fr", "Donne-moi une recette de cookies."),
    ("fr", "Crée un programme d'entraînement pour débutants."),
    ("fr", "Prépare-moi un menu pour la semaine."),
    ("fr", "Fais-moi un tableau comparatif entre l'iPhone et Android."),
    ("de", "Erstelle einen Lernplan für Mathe."),
    ("de", "Gib mir ein Rezept für Pfannkuchen."),
    ("de", "Erstelle eine Checkliste für den Umzug."),
    ("de", "Kannst du mir einen Trainingsplan erstellen?"),
    ("zh", "帮我制定一个减肥计划。"),
    ("zh", "给我出10道关于光合作用的选择题。"),
    ("zh", "给我一份红烧肉的菜谱。"),
    ("zh", "帮我做一个学习计划表。"),
    ("zh", "请帮我制定一个健身计划"),
    ("en", "Generate a table of contents for my thesis on climate policy."),
    ("en", "Hey, can you make me a meal plan?"),
    ("es", "Crea una tabla comparando iPhone y Android."),
    ("ru", "Создай план тренировок на неделю."),
    ("it", "Creami un piano di allenamento per principianti."),
    ("it", "Dammi una ricetta per la carbonara."),
    ("pt", "Crie um plano de estudos para o ENEM."),
    ("pt", "Me dê uma receita de bolo de cenoura."),
    ("ja", "献立を作って"),
    ("ko", "식단 좀 짜줘"),
]


@pytest.mark.parametrize("lang, prompt", MADE_CONTENT)
def test_made_content_is_writing(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert d.task == "writing" and not d.thinking, (lang, d.task, d.thinking)


# Guards: code named beside the noun, a question about the noun, small talk, a sum, material to read.
GUARDS = [
    ("Create a Python script that renames files.", "code"),
    ("Create a SQL table for users.", "code"),
    ("Make a table of the first 10 primes.", "math"),
    ("What is a good workout plan?", "knowledge"),
    ("Give me a fun fact.", "chat"),
    ("Give me 5 ideas for a birthday party", "writing"),
    ("Make me laugh.", "chat"),
    ("Generate a random number between 1 and 10.", "math"),
    ("Give me the recipe's calories: 200g flour, 100g sugar, 2 eggs, 50g butter.", "extraction"),
    ("How do I make a workout plan?", None),
    ("Create a dropdown menu in React.", "chat"),
    ("Wie erstelle ich einen Lernplan?", None),
    ("Make a plan to pay off $5000 of debt in 12 months at 18% interest.", "math"),
    ("Give me the schedule of the Champions League final.", "chat"),
    ("Make sure the table is clean.", "chat"),
    ("Give me a table for two at 8pm.", "chat"),
    ("Generate a multiplication table for 7.", "chat"),
    ("Dame la receta de la abuela.", "chat"),
    # Word problems whose people make a table, a plan or a recipe: their sums stay math.
    ("John wants to make a table that is 6 feet long and 3 feet wide. How many square feet is its top?", "math"),
    ("María prepara una receta con 3 huevos por tarta. Si hace 4 tartas, ¿cuántos huevos usa?", "math"),
    ("Anna möchte nach einem Rezept 3 Kuchen machen, jeder braucht 4 Eier. Wie viele Eier braucht sie?", "math"),
    ("公司制定了一个计划，每天生产20个零件，一周生产多少个？", "math"),
    ("美美为了做一份菜谱准备了3种蔬菜，每种5个，一共几个？", "math"),
    ("ハナは料理を準備するために2つのレシピを使う。1つ目は8個、2つ目は倍の卵が要る。卵は全部で何個か？", "math"),
    ("怎么制定一个学习计划？", None),
    ("Write a bash script that backs up my home folder.", "code"),
]


@pytest.mark.parametrize("prompt, task", GUARDS)
def test_guards_keep_their_task(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    if task is None:
        assert d.task != "writing", d.task
    else:
        assert d.task == task, d.task
