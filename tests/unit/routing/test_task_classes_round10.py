"""Classes of requests of round 10 (2026-12-03): builds asked as questions against users' questions
about their apps, named games, roles asked for as a favour, proofs asked as "justify", "I wonder",
informal greetings of Korean and Tagalog, and a Tagalog lexicon.

Written by this project for this test, not taken from any benchmark and not copied from the behaviour
sets (set 8, the held-out set of this round, was written before these and is not fixed here). Each
class holds several phrasings in several languages.
"""

from __future__ import annotations

import pytest

from .decisions import cheapest, decide


# A build asked as a question: the build verb makes it code.
BUILDS_ASKED = [
    ("en", "Can you knock together a Slack bot that posts the lunch menu every day at noon?"),
    ("en", "Could you whip up a little web app where my students can upload their homework?"),
    ("es", "¿Me puedes armar un bot de Slack que publique el menú cada día a mediodía?"),
    ("es", "¿Puedes crear una página web sencilla para la panadería de mi tía?"),
    ("ar", "هل يمكنك أن تصنع لي بوت على سلاك ينشر قائمة الغداء كل يوم؟"),
    ("hu", "Össze tudnál rakni egy Slack botot, ami minden délben kiteszi a menüt?"),
    ("de", "Kannst du mir eine kleine App bauen, die meine Ausgaben zählt?"),
    ("pl", "Możesz mi zrobić aplikację, która przypomina o lekach?"),
]
# A user's question about an app or a website they use: a knowledge question, no thinking (no build
# verb, or the verb's object is the user's own software: "make my website faster"); a short one on the
# smallest model (a longer one is the complexity score's to place: the 4B, measured).
SHORT_APP_QUESTIONS = [
    ("en", "My bank app keeps logging me out, what should I do?"),
    ("en", "How do I make my website load faster?"),
]
APP_QUESTIONS = SHORT_APP_QUESTIONS + [
    ("en", "Why does the weather app on my phone drain the battery so much?"),
    ("es", "La app del banco se me cierra sola cada vez que la abro, ¿qué hago?"),
    ("de", "Meine Banking-App stürzt ständig ab, was kann ich tun?"),
    ("pt", "O aplicativo do banco fica travando no meu celular, o que eu faço?"),
    ("pl", "Aplikacja banku ciągle mnie wyloguje, co mam zrobić?"),
    ("ar", "تطبيق البنك يسجل خروجي كل شوية، ماذا أفعل؟"),
]


@pytest.mark.parametrize("lang,prompt", BUILDS_ASKED)
def test_a_build_asked_as_a_question_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


@pytest.mark.parametrize("lang,prompt", APP_QUESTIONS)
def test_a_question_about_ones_app_is_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


@pytest.mark.parametrize("lang,prompt", SHORT_APP_QUESTIONS)
def test_a_short_question_about_ones_app_goes_to_the_smallest_model(policy, views, lang, prompt):
    assert decide(policy, views, prompt).model == cheapest(views)


# A game named by what it is (chess, tic-tac-toe, hangman, rock-paper-scissors): small talk on the
# smallest model, no thinking; a game with a role stays role-play.
NAMED_GAMES = [
    ("en", "Let's play chess."),
    ("en", "Let's play tic-tac-toe, you go first!"),
    ("es", "Juguemos al ajedrez."),
    ("fr", "Jouons aux échecs !"),
    ("it", "Giochiamo a scacchi?"),
    ("pl", "Zagrajmy w szachy."),
    ("ru", "Давай сыграем в шахматы."),
    ("tr", "Satranç oynayalım mı?"),
    ("de", "Lass uns ein Spiel spielen: Schere, Stein, Papier!"),
]
GAMES_WITH_A_ROLE = [
    ("en", "Let's play chess: you're a grumpy grandmaster who comments on every move."),
    ("es", "Juguemos: tú eres el dragón y yo el caballero."),
]


@pytest.mark.parametrize("lang,prompt", NAMED_GAMES)
def test_a_named_game_is_small_talk_on_the_smallest_model(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking, d.model) == ("chat", False, cheapest(views)), d.reason


@pytest.mark.parametrize("lang,prompt", GAMES_WITH_A_ROLE)
def test_a_game_with_a_role_stays_roleplay(policy, views, lang, prompt):
    assert decide(policy, views, prompt).task == "roleplay"


# A role asked for as a favour ("could you be the ...", "spiel den ...", "kunwari ikaw ang ..."), a
# question included.
ROLES_ASKED = [
    ("en", "Could you be the hiring manager and ask me a few tough questions?"),
    ("en", "Can you be my driving examiner for a bit? I take the test on Monday."),
    ("de", "Spiel mal den strengen Zollbeamten und frag mich aus."),
    ("es", "¿Puedes ser el entrevistador y hacerme preguntas difíciles?"),
    ("pt", "Você pode ser o recrutador e me fazer umas perguntas?"),
    ("ko", "오늘은 네가 카페 사장님이고 나는 손님이야."),
    ("tl", "Kunwari ikaw ay isang guro at ako ang estudyante mo."),
]


@pytest.mark.parametrize("lang,prompt", ROLES_ASKED)
def test_a_role_asked_as_a_favour_is_roleplay(policy, views, lang, prompt):
    assert decide(policy, views, prompt).task == "roleplay"


# "Could you be the ..." naming no role ("the one to", "the first", "the same"), and Portuguese's
# impersonal "pode ser o ..." (it may be the ...): no role. Lead's mend after the round.
NOT_ROLES_ASKED = [
    ("en", "Could you be the one to explain recursion to me simply?"),
    ("en", "Be the first to reply: what's the capital of Canada?"),
    ("pt", "Pode ser o mesmo texto, mas mais curto?"),
    ("pt", "Pode ser o problema da bateria do celular?"),
    ("es", "¿Puedes ser el primero en leer mi cuento y darme tu opinión?"),
    ("fr", "Tu peux être le premier à lire mon texte ?"),
    # Openings that look like a role request and are ordinary requests: "Kannst du die ... nennen?",
    # "Seja o mais breve possível", "Be the judge of this", "Spiel den Song ab", "Sé la voz de la razón".
    ("de", "Kannst du die Hauptstadt von Peru nennen?"),
    ("de", "Kannst du die Datei in JSON umwandeln? name: Max, alter: 30"),
    ("de", "Spiel den Song nochmal ab."),
    ("pt", "Seja o mais breve possível: o que é DNS?"),
    ("pt", "Seja a mais objetiva possível na resposta: quem descobriu o Brasil?"),
    ("en", "Be the change you want to see in the world - who said this?"),
    ("en", "Be the judge of this argument: is a hot dog a sandwich?"),
    ("es", "Sé la voz de la razón y dime si debo comprar un coche nuevo."),
    ("fr", "Sois le plus précis possible : quelle est la capitale de l'Australie ?"),
    ("ru", "Можешь быть уверен, что это сработает? Это просто вопрос."),
]


@pytest.mark.parametrize("lang,prompt", NOT_ROLES_ASKED)
def test_could_you_be_the_one_names_no_role(policy, views, lang, prompt):
    assert decide(policy, views, prompt).task != "roleplay"


# A proof asked as "justify why" or "can you show that": reasoning, with thinking.
JUSTIFY = [
    ("en", "Justify why the product of two odd numbers is always odd."),
    ("de", "Begründe, warum das Produkt zweier ungerader Zahlen ungerade ist."),
    ("es", "Justifica por qué la suma de dos números pares es par."),
    ("fr", "Justifie pourquoi le carré d'un nombre pair est pair."),
    ("ko", "두 짝수의 합이 항상 짝수라는 걸 보여 줄 수 있어?"),
    ("tl", "Patunayan na ang produkto ng dalawang odd na numero ay odd."),
]


@pytest.mark.parametrize("lang,prompt", JUSTIFY)
def test_justify_and_can_you_show_are_proofs(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True), d.reason


# "I wonder ...", "I've always wondered ...", "mich würde interessieren": a knowledge question without
# a question mark.
WONDER = [
    ("en", "I've always wondered how the pyramids were built."),
    ("es", "Siempre me he preguntado cómo se construyeron las pirámides."),
    ("fr", "Je me demande pourquoi la Révolution française a éclaté."),
    ("de", "Mich würde interessieren, warum das Römische Reich zerfallen ist."),
    ("ko", "조선이 왜 망했는지 궁금해요."),
    ("ja", "江戸時代がなぜあんなに長く続いたのか知りたいです。"),
]


@pytest.mark.parametrize("lang,prompt", WONDER)
def test_i_wonder_asks_for_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# Informal greetings of Korean chat ("ㅎㅇ", "하이") and Tagalog ("kumusta", "musta", "uy").
GREETINGS = [
    ("ko", "ㅎㅇㅎㅇ 뭐 해?"),
    ("ko", "하이 오늘 하루 어땠어?"),
    ("tl", "Uy, musta ka?"),
    ("tl", "Kumusta ang araw mo?"),
    ("tl", "Magandang umaga! Ano'ng balita?"),
]


@pytest.mark.parametrize("lang,prompt", GREETINGS)
def test_more_informal_greetings_are_chat_on_the_smallest_model(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.model) == ("chat", cheapest(views)), d.reason


# Tagalog: the verbs that name a task (write, summarise, translate, explain, pretend, calculate).
TAGALOG = [
    ("Sumulat ka ng maikling tula tungkol sa tag-ulan.", "writing"),
    ("Isulat mo ang isang liham ng pasasalamat para sa guro ko.", "writing"),
    ("Paki-buod ang balitang ito sa isang pangungusap, salamat.", "extraction"),
    ("Isalin mo sa Ingles ang pangungusap na ito, pakiusap.", "extraction"),
    ("Ipaliwanag mo kung paano gumagana ang bakuna sa katawan.", "knowledge"),
    ("Magpanggap ka na isang tindera sa palengke na ayaw tumawad.", "roleplay"),
    ("Lutasin mo ang equation na ito para sa akin.", "math"),
]


@pytest.mark.parametrize("prompt,task", TAGALOG)
def test_tagalog_names_its_task(policy, views, prompt, task):
    assert decide(policy, views, prompt).task == task


# None of these families takes what is plainly another task.
NOT_THE_CLASS = [
    ("en", "Write a function that checks whether my website is online.", "code"),
    ("en", "I've always wondered: if 3 hens lay 3 eggs in 3 days, how many eggs do 6 hens lay in 6 days?", "math"),
    ("en", "Let's play a word game where you're a sphinx and I must answer your riddles.", "roleplay"),
    ("es", "Hazme una app para llevar la cuenta de mis gastos.", "code"),
    ("en", "I need a bot that welcomes new members in our Discord server.", "code"),
    ("en", "Explain how chess engines evaluate a position.", "knowledge"),
]


@pytest.mark.parametrize("lang,prompt,task", NOT_THE_CLASS)
def test_round_10_classes_leave_other_tasks_alone(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task == task


# Software wanted or needed ("I need a bot that ...", "Potrzebuję ...", "أبغى ..."), then a question: a build.
WANTED_BUILDS = [
    ("en", "I need a bot that posts our standup notes to Slack. Could you do that?"),
    ("es", "Necesito una app para apuntar lo que gasto cada día. ¿Me echas una mano?"),
    ("de", "Ich brauche ein Plugin, das Spam-Kommentare automatisch löscht. Geht das?"),
    ("pl", "Chcę aplikację, która liczy, ile wody piję. Pomożesz?"),
    ("ar", "أحتاج تطبيق يذكرني بمواعيد الدواء، هل تقدر؟"),
]


@pytest.mark.parametrize("lang,prompt", WANTED_BUILDS)
def test_software_wanted_then_a_question_is_a_build(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


# A repair of one's own software asked of the assistant, with details after the question: code, with
# thinking ("fix my Flask app" takes "my", which a build verb's object may not). Lead's mend after the
# round: these read as math (their status codes and versions are quantities) or as knowledge.
REPAIRS_ASKED = [
    ("en", "Can you help me fix my Flask app? It returns 500 on every POST request."),
    ("en", "Could you debug my Discord bot? It stops answering after about 10 minutes."),
    ("de", "Kannst du meine App reparieren? Sie stürzt beim Login mit Fehler 401 ab."),
    ("es", "¿Me ayudas a arreglar mi app de Django? Devuelve 404 en todas las rutas."),
    ("fr", "Tu peux corriger mon site web ? Le formulaire renvoie une erreur 500."),
    ("pt", "Pode consertar meu bot do Telegram? Ele trava depois de 3 mensagens."),
    ("ru", "Можешь исправить мой бот? Он падает с ошибкой 502 после обновления."),
    ("pl", "Pomożesz mi naprawić moją aplikację? Wyrzuca błąd 500 przy logowaniu."),
]
# The same verbs in a user's one-sentence question about an app they use stay knowledge, no thinking.
REPAIR_QUESTIONS = [
    ("en", "How do I fix my banking app when it keeps logging me out?"),
    ("de", "Wie kann ich meine Banking-App reparieren, wenn sie ständig abstürzt?"),
    ("es", "¿Cómo arreglo la app del banco si se cierra sola?"),
]


@pytest.mark.parametrize("lang,prompt", REPAIRS_ASKED)
def test_a_repair_of_ones_software_asked_of_the_assistant_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


@pytest.mark.parametrize("lang,prompt", REPAIR_QUESTIONS)
def test_how_to_repair_an_app_one_uses_is_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# Russian and Ukrainian name software too (they had no word for an app, a website or a bot).
SLAVIC_BUILDS = [
    ("ru", "Сделай мне бота для телеграма, который напоминает пить воду."),
    ("ru", "Можешь создать простой сайт для моей пекарни с меню и формой заказа?"),
    ("uk", "Зроби мені застосунок, який рахує мої витрати за місяць."),
]


@pytest.mark.parametrize("lang,prompt", SLAVIC_BUILDS)
def test_russian_and_ukrainian_builds_are_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


# A change to one's own software asked of the assistant ("Can you make my website responsive?", "Kannst
# du meine App schneller machen?"): a build, code with thinking. Asked how to do it oneself ("How do I make
# my website load faster?"), a question (SHORT_APP_QUESTIONS above). Lead's mend after the round.
CHANGES_ASKED = [
    ("en", "Can you make my website responsive so it works on phones?"),
    ("en", "Could you help me make my Discord bot reply in threads?"),
    ("de", "Kannst du meine App so umbauen, dass sie offline funktioniert?"),
    ("es", "¿Puedes hacer que mi página web cargue más rápido? Uso WordPress."),
    ("fr", "Tu peux rendre mon site web plus rapide ? Il est fait avec React."),
    ("pt", "Você pode fazer meu bot do Telegram responder em grupos?"),
]


@pytest.mark.parametrize("lang,prompt", CHANGES_ASKED)
def test_a_change_to_ones_software_asked_of_the_assistant_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


# Asked of the assistant, but what is to change is not the software ("make my phone stop ... from the
# weather app"): no build.
@pytest.mark.parametrize("prompt", [
    "Can you make my phone stop sending notifications from the weather app?",
    "Kannst du meine Mutter überzeugen, die App zu installieren?",
])
def test_a_change_asked_of_the_assistant_to_something_else_is_no_build(policy, views, prompt):
    assert decide(policy, views, prompt).task != "code"
