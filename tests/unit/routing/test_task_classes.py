"""Classes of requests the task rules read by structure and closed word families (round 9).

Written by this project for this test (2026-12-02), not taken from any benchmark and not copied from
the behaviour sets: each class holds several phrasings in several languages, so a fix that reads one
row of a set and not its class fails here. Each prompt names the task the router must see.
"""

from __future__ import annotations

import pytest

from gateway.routing.features import route_request_from_prompt


def task_of(policy, views, prompt: str) -> str:
    return policy.decide(route_request_from_prompt(prompt, mode="balanced"), views).task


# A request that gives the assistant a role in a clause near its start, after a lead-in ("from now on",
# "let's play a game:", "I want to practise:"), not only as its first words.
ROLE_CLAUSES = [
    ("en", "Quick game before bed: you're the grumpy wizard guarding the bridge and I'm a knight trying to cross."),
    ("en", "For the rest of this chat you are a pirate who only speaks in riddles."),
    ("de", "Ab jetzt bist du mein strenger Fahrlehrer und ich sitze zum ersten Mal am Steuer."),
    ("es", "Vamos a practicar para mi entrevista: eres la directora de una escuela y yo soy un profesor nuevo."),
    ("fr", "Pour s'entraîner : tu es le serveur d'un bistrot parisien et je commande en mauvais français."),
    ("pt", "De agora em diante você é o guia de um museu de dinossauros e eu sou uma criança curiosa."),
    ("pl", "Poćwiczmy rozmowę: ty jesteś lekarzem, a ja pacjentem, który boi się zastrzyków."),
    ("vi", "Luyện tiếng Anh với mình nhé: bạn là nhân viên khách sạn, còn mình là khách vừa đến nhận phòng."),
    ("ar", "تمرين على المحادثة: أنت موظف استقبال في فندق وأنا نزيل وصل متأخرا."),
    ("hu", "Mostantól te vagy a személyi edzőm, és ma a lábnapot tartjuk."),
]
# "Let's play": a game with the assistant is role-play, whatever follows.
GAMES = [
    ("en", "Let's play a game where you are a shopkeeper and I try to sell you junk."),
    ("es", "Juguemos a algo: yo soy el detective y tú el sospechoso."),
    ("it", "Facciamo un gioco: io sono il cliente e tu il commesso di un negozio di scarpe."),
    ("th", "มาเล่นเกมกันนะ ฉันเป็นนักสืบ แล้วคุณเป็นพยาน"),
    ("tr", "Bir oyun oynayalım: sen bir müzeci ol, ben de meraklı bir ziyaretçi."),
]
# Code described by the software it makes: an app, a bot, a plugin, a browser extension, a website,
# a class with methods, a tool that works on files or folders.
SOFTWARE = [
    ("en", "Can you knock together a Slack bot that posts the lunch menu every day at noon?"),
    ("en", "I'd love an app that tracks how many glasses of water I drink."),
    ("de", "Ich hätte gern ein Plugin für WordPress, das alte Kommentare automatisch löscht."),
    ("es", "Hazme una página web sencilla donde mis alumnos puedan subir sus deberes."),
    ("fr", "J'ai besoin d'une extension pour Firefox qui bloque les vidéos en lecture automatique."),
    ("it", "Mi serve un bot per Telegram che mi avvisi quando arriva un pacco."),
    ("pl", "Zrób mi aplikację, która przypomina o podlewaniu kwiatów."),
    ("ar", "أريد تطبيق يحسب مصاريف البيت كل شهر."),
    ("vi", "Làm giúp mình một ứng dụng nhỏ để ghi lại chi tiêu hằng ngày."),
    ("ja", "毎朝天気を通知してくれるボットを作ってほしい。"),
    ("en", "Make a Stack class with push, pop and peek methods."),
    ("de", "Erstelle eine Klasse Konto mit den Methoden einzahlen und abheben."),
    ("es", "Necesito una clase Rectángulo con métodos para el área y el perímetro."),
    ("en", "I want a small tool that merges all the PDF files in a folder into one."),
    ("es", "Quiero una herramienta que borre los archivos duplicados de una carpeta."),
]
# Writing named by what it produces (a speech, a toast, a card, a note, a cover letter), no writing verb.
PRODUCTS = [
    ("en", "Help me with a short speech for my team's end-of-year party."),
    ("en", "I need a cover letter for a junior designer job at a small studio."),
    ("de", "Hilf mir bei einer kurzen Rede für die Hochzeit meines besten Freundes."),
    ("es", "Necesito un discurso breve para la graduación de mi hija."),
    ("it", "Mi prepari un brindisi per il compleanno di mia madre?"),
    ("pt", "Preciso de um discurso curto para a despedida de um colega."),
    ("pl", "Przygotuj przemówienie na zakończenie roku szkolnego."),
    ("vi", "Giúp mình mấy lời chúc cho đám cưới của bạn thân."),
    ("ar", "أحتاج كلمة قصيرة بمناسبة تخرج أخي."),
    ("hu", "Kellene egy rövid beszéd a nagymamám születésnapjára."),
    ("fi", "Tarvitsen lyhyen puheen ystäväni häihin."),
    ("zh", "帮我准备一份公司年会的致辞。"),
]
# Greetings and small talk in informal registers: an interjection that opens a short text.
GREETINGS = [
    ("en", "Hiya! What's new?"),
    ("de", "Na, alles klar bei dir?"),
    ("es", "Buenas, ¿cómo va todo?"),
    ("pl", "Hejka, jak leci?"),
    ("fi", "Moi, mitä kuuluu?"),
    ("hu", "Szia, hogy vagy?"),
    ("vi", "Ê, khỏe không?"),
    ("ar", "أهلا، كيفك؟"),
    ("cs", "Ahoj, jak se máš?"),
]
# "Show that" and "prove" in more languages: proofs think.
PROOFS = [
    ("pl", "Wykaż, że suma kątów czworokąta wynosi trzysta sześćdziesiąt stopni."),
    ("vi", "Chứng tỏ rằng bình phương của một số chẵn là số chẵn."),
    ("ar", "بيّن أن مربع أي عدد فردي هو عدد فردي."),
    ("hu", "Bizonyítsd be, hogy két páros szám összege páros."),
    ("fi", "Todista, että kahden parillisen luvun summa on parillinen."),
    ("fi", "Osoita, että jokainen alkuluku suurempi kuin kaksi on pariton."),
    ("th", "จงแสดงว่าผลคูณของจำนวนคู่สองจำนวนเป็นจำนวนคู่"),
    ("ro", "Arată că suma a două numere impare este pară."),
]
# The classes must not take what is plainly another task.
NOT_THE_CLASS = [
    ("en", "You are a farmer with 12 cows and buy 5 more. How many cows do you have?", "math"),
    ("en", "Explain how a Telegram bot receives messages.", "knowledge"),
    ("en", "Let's play with the numbers: if 3x + 2 = 11, what is x?", "math"),
    ("de", "Na, dann erkläre mir bitte, wie Photosynthese funktioniert.", "knowledge"),
    ("en", "If every crate holds 24 bottles and a shop orders 7 crates, how many bottles arrive?", "math"),
    ("de", "Wenn jeder Korb 12 Äpfel fasst und Lena 5 Körbe füllt, wie viele Äpfel hat sie?", "math"),
    ("es", "Si todos los alumnos pagan 15 euros y son 28, ¿cuánto se recauda?", "math"),
    ("en", "Which part of the brain controls speech?\nA. Broca's area\nB. The cerebellum\nC. The pons\nD. The retina",
     "knowledge"),
    ("en", "Which statement is true?\nA. If all squares are rectangles, some rectangles are squares\nB. No square is a "
           "rectangle\nC. Every rectangle is a square\nD. None of these", "knowledge"),
    ("en", "Read the lines below.\nYou are the river, you are the road\nthat carries us home.\nWhat is its main "
           "image?\nA. Water\nB. Travel\nC. Both\nD. Neither", "knowledge"),
    ("en", "Which of these is a search engine feature for websites?\nA. Crawling\nB. Baking\nC. Knitting\nD. Rowing",
     "knowledge"),
    ("en", "Summarize this speech in one sentence: We choose to go to the moon in this decade and do the other things.",
     "extraction"),
]


@pytest.mark.parametrize("lang,prompt", ROLE_CLAUSES + GAMES)
def test_a_role_given_near_the_start_is_roleplay(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "roleplay"


@pytest.mark.parametrize("lang,prompt", SOFTWARE)
def test_software_described_by_what_it_is_is_code(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "code"


@pytest.mark.parametrize("lang,prompt", PRODUCTS)
def test_writing_named_by_its_product_is_writing(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "writing"


@pytest.mark.parametrize("lang,prompt", GREETINGS)
def test_an_informal_greeting_is_chat(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "chat"


@pytest.mark.parametrize("lang,prompt", PROOFS)
def test_show_that_and_prove_in_more_languages_are_proofs(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "reasoning"


@pytest.mark.parametrize("lang,prompt,task", NOT_THE_CLASS)
def test_the_classes_leave_other_tasks_alone(policy, views, lang, prompt, task):
    assert task_of(policy, views, prompt) == task


# After a lead-in ("from now on", "ab jetzt") the copula alone gives the role, a name after it.
LEAD_IN_ROLES = [
    ("en", "From now on you're Sherlock Holmes and I'm a client with a strange case."),
    ("de", "Ab sofort bist du Goethe und beantwortest meine Fragen in seinem Stil."),
    ("es", "De ahora en adelante eres Cleopatra y me cuentas tu día."),
    ("vi", "Từ bây giờ bạn là Tôn Ngộ Không, hãy nói chuyện như nhân vật đó."),
]
# A syllogism ("if all ... , can ...?") is reasoning in every language.
SYLLOGISMS = [
    ("en", "If all the bakers in town start work before dawn and Marta started after dawn, can Marta be a baker in town?"),
    ("es", "Si todos los gatos del barrio tienen collar y Tom no tiene collar, ¿puede ser Tom un gato del barrio?"),
    ("pl", "Jeśli wszyscy lekarze w tym szpitalu mówią po angielsku, a Jan nie mówi, to czy Jan może tu pracować jako lekarz?"),
    ("hu", "Ha minden madár tud repülni, és a pingvin madár, akkor tud-e repülni a pingvin?"),
]


@pytest.mark.parametrize("lang,prompt", LEAD_IN_ROLES)
def test_after_a_lead_in_the_copula_gives_the_role(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "roleplay"


@pytest.mark.parametrize("lang,prompt", SYLLOGISMS)
def test_a_syllogism_is_reasoning(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "reasoning"


def test_a_phrase_matches_where_a_word_begins():
    from gateway.routing.cues import cue_hits

    assert "syllogism" not in cue_hits("¿Por qué flota el hielo si casi todos los sólidos se hunden?")
    assert "syllogism" in cue_hits("Si todos los gatos tienen collar y Tom no, ¿es Tom un gato?")


# One question word's question about software or a written piece asks for a recommendation or a fact,
# not for a build or a text: a knowledge question, no thinking (a build request asked as a question,
# "Can you make me a bot that ...?", stays code: SOFTWARE above).
RECOMMENDATIONS = [
    ("en", "What's a good website to learn French?"),
    ("en", "Which browser extension blocks ads best?"),
    ("en", "Is there a plugin for WordPress that adds a contact form?"),
    ("en", "Which speech by Lincoln is the most famous?"),
    ("es", "¿Qué app recomiendas para aprender inglés?"),
    ("fr", "Quelle application utiliser pour apprendre l'anglais ?"),
    ("de", "Welche App ist am besten zum Vokabellernen?"),
    ("ru", "Какое приложение лучше для изучения английского?"),
    ("zh", "哪个应用最适合学英语？"),
]
# Asking for a recommendation, in any form: no build, no thinking, the smallest model.
ADVICE = [
    ("en", "Can you recommend a good note-taking app?"),
    ("es", "¿Me recomiendas una app para meditar?"),
    ("de", "Kannst du mir eine gute App zum Joggen empfehlen?"),
    ("ru", "Посоветуй хорошее приложение для заметок."),
    ("zh", "推荐一个记账的应用。"),
    ("en", "Suggest a good browser extension for reading PDFs."),
]


@pytest.mark.parametrize("lang,prompt", RECOMMENDATIONS)
def test_a_question_about_software_asks_for_knowledge(policy, views, lang, prompt):
    d = policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# A role opening followed by a word of praise thanks or compliments: small talk, not role-play.
PRAISES = [
    ("en", "Thanks! You're the best."),
    ("en", "You are the greatest, thank you so much."),
    ("de", "Danke! Du bist der Beste."),
    ("es", "¡Gracias! Eres la mejor."),
    ("fr", "Merci beaucoup, tu es le meilleur !"),
    ("zh", "谢谢！你是最棒的。"),
]
# ... while a role with a description stays role-play, without a lead-in too.
ROLES_AFTER_THANKS = [
    ("en", "Thanks! You're the captain of a sinking ship now. Give a speech to your crew."),
    ("zh", "你是一个海盗船长，跟我聊聊你的冒险。"),
]


@pytest.mark.parametrize("lang,prompt", PRAISES)
def test_praise_is_not_a_role(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "chat"


@pytest.mark.parametrize("lang,prompt", ROLES_AFTER_THANKS)
def test_a_described_role_after_thanks_is_roleplay(policy, views, lang, prompt):
    assert task_of(policy, views, prompt) == "roleplay"


@pytest.mark.parametrize("lang,prompt", ADVICE)
def test_asking_for_a_recommendation_is_no_build(policy, views, lang, prompt):
    d = policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)
    assert d.task in ("knowledge", "chat") and not d.thinking, d.reason
