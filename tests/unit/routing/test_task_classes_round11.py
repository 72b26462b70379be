"""Classes of requests of round 11 (2026-12-03): small talk about the assistant's day, questions typed
without a question mark, material that comes before its request or after a short question about it,
a general claim whose reason is asked for (a proof without a proof word), and the words of Danish and
Malay, which had no lexicon.

Written by this project for this test, not taken from any benchmark and not copied from the behaviour
sets (set 9, the held-out set of this round, was written and measured before these). Each class holds
several phrasings in at least four languages, some of them languages no behaviour set holds; each has
guards, near misses that must keep their decision.
"""

from __future__ import annotations

import pytest

from .decisions import cheapest, decide


# Small talk that asks about the assistant's day or evening, after a line about one's own: chat, no
# thinking, the smallest model (a told situation that ends in a question read as a puzzle).
HOW_WAS_YOUR_DAY = [
    ("en", "Finally done with my exams. How was your day?"),
    ("en", "back from the gym and totally wrecked. how's your week been"),
    ("de", "Bin gerade vom Training zurück. Wie war dein Tag?"),
    ("es", "Acabo de llegar del trabajo, qué cansancio. ¿Cómo estuvo tu día?"),
    ("fr", "Je rentre tout juste du boulot. Comment s'est passée ta journée ?"),
    ("da", "Jeg er lige kommet hjem fra arbejde. Hvordan går det med dig?"),
    ("nb", "Endelig fredag. Hvordan har du det?"),
    ("uk", "Щойно повернулася з роботи. Як минув твій день?"),
    ("ms", "Baru bangun tidur ni. Apa khabar awak hari ni?"),
]
# A told situation with a question about it: not small talk.
NOT_SMALL_TALK = [
    ("en", "Tom ran 5 km on Monday and 7 km on Tuesday. How was his total for the two days?"),
    ("en", "My grandfather fought in Korea. How was the war ended in the end?"),
]


@pytest.mark.parametrize("lang,prompt", HOW_WAS_YOUR_DAY)
def test_asking_about_the_assistants_day_is_small_talk(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking, d.model) == ("chat", False, cheapest(views)), d.reason


@pytest.mark.parametrize("lang,prompt", NOT_SMALL_TALK)
def test_a_question_about_a_told_situation_is_no_small_talk(policy, views, lang, prompt):
    assert decide(policy, views, prompt).task != "chat"


# A question typed without a question mark, opening with a question word (after at most a short lead
# such as "quick q:"): a knowledge question, no thinking; a one-liner on the smallest model.
NO_QUESTION_MARK = [
    ("en", "who painted the mona lisa"),
    ("en", "quick question: when did the berlin wall go up"),
    ("de", "wann ist goethe gestorben"),
    ("es", "cuándo cayó el muro de berlín"),
    ("pt", "quem descobriu o brasil"),
    ("da", "hvem opfandt telefonen"),
    ("nb", "hvem skrev peer gynt"),
    ("ms", "bila malaysia mencapai kemerdekaan"),
    ("uk", "коли заснували київ"),
    ("ru", "кто написал войну и мир"),
]
# Openings that read like a question word and ask nothing, or ask for a text.
NOT_QUESTIONS = [
    ("en", "what a week it has been honestly", "chat"),
    ("en", "when you get a chance write me a short poem about rain", "writing"),
    ("de", "wenn du Zeit hast, schreib mir ein kurzes Gedicht über Regen", "writing"),
    ("es", "cuando puedas escríbeme un poema corto sobre la lluvia", "writing"),
    ("de", "wer hätte das gedacht, endlich Wochenende", "chat"),
]


@pytest.mark.parametrize("lang,prompt", NO_QUESTION_MARK)
def test_a_question_without_a_question_mark_asks_for_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking, d.model) == ("knowledge", False, cheapest(views)), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_QUESTIONS)
def test_an_exclamation_or_a_request_is_no_question(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task == task


# Material before its request, or after a short question about it ("What does this say?"): extraction,
# no thinking, whatever figures the material holds.
MATERIAL = [
    ("en", "Dear customer, parcel 7781-22 will be delivered on Tuesday between 9 and 13; if nobody is home "
           "it goes to the post office on Bridge Street.\n\nFrom this email I just need the parcel number and "
           "the day."),
    ("de", "Lieber Kunde, Ihr Paket 7781-22 kommt am Dienstag zwischen 9 und 13 Uhr, sonst liegt es in der "
           "Filiale in der Brückenstraße.\n\nAus dieser Mail brauche ich nur die Paketnummer und den Tag."),
    ("en", "What is this letter actually asking me to do? Dear tenant, from 1 March the rent for your flat at "
           "12 Elm Road rises from 820 to 865 pounds a month; please update your standing order before the 25th."),
    ("de", "Worum geht es hier, kurz gesagt? Ab dem 1. Mai fährt die Linie 7 nur noch alle 20 Minuten und "
           "nachts gar nicht mehr, weil die Strecke zwischen Hauptbahnhof und Zoo saniert wird."),
    ("es", "¿De qué va esto, en pocas palabras? El ayuntamiento ha decidido que desde junio los contenedores "
           "de vidrio se vaciarán cada 15 días en lugar de cada semana y que las multas subirán a 300 euros."),
    ("fr", "Ça dit quoi, ici ? À partir du 3 avril, la piscine municipale ferme le lundi, les horaires du soir "
           "passent de 21 h à 20 h et l'abonnement annuel augmente de 12 euros."),
    ("da", "Hvad betyder det her egentlig? Fra 1. august stiger prisen på månedskortet fra 420 til 455 kr., og "
           "natbusserne kører kun fredag og lørdag på grund af vejarbejde."),
    ("ms", "Apa maksud surat ni? Mulai 1 Mac, sewa rumah anda di Jalan Mawar akan naik daripada 900 kepada 950 "
           "ringgit sebulan, dan bayaran perlu dibuat sebelum 5 haribulan."),
]
# A question first that points at no material, a word problem asked first, a check of one's working or a
# why about what follows: not extraction.
NOT_MATERIAL = [
    ("en", "Any advice? My landlord wants 300 euros more each month and I earn 2,100 after tax, so I'm thinking "
           "of moving out next spring.", "extraction"),
    ("en", "Can you help with this? Tom has 12 apples and gives 5 to Ann, then buys 8 more. How many does he "
           "have now?", "extraction"),
    # A question that points at the material and asks to check it or why it happens, not what it says.
    ("en", "Is this right? I bought 3 shirts at 15 euros each and 2 pairs of socks at 4 euros, so I think I paid "
           "53 euros in total for everything.", "extraction"),
    ("en", "Can you check this for me? Train A leaves at 9:00 going 80 km/h and train B leaves at 10:00 going "
           "100 km/h, so B catches A at 14:00.", "extraction"),
    ("de", "Stimmt das hier? Ich habe 3 Hemden zu je 15 Euro und 2 Paar Socken zu je 4 Euro gekauft, also habe "
           "ich insgesamt 53 Euro bezahlt.", "extraction"),
    ("en", "Why does this happen? Every time I open the fridge the light flickers twice and then the motor "
           "starts humming loudly for a minute.", "extraction"),
]


@pytest.mark.parametrize("lang,prompt", MATERIAL)
def test_material_before_its_request_or_after_a_question_about_it_is_extraction(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("extraction", False), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_MATERIAL)
def test_a_question_that_points_at_no_material_is_no_extraction(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task != task


# A general claim about numbers or figures whose reason is asked for ("why ... always", "show me",
# "an argument for it"), with no proof word: a proof, reasoning with thinking on a larger model.
GENERAL_CLAIMS = [
    ("en", "Is it true that the square of every even number is divisible by 4? I want to understand why, "
           "not just check a few."),
    ("en", "can you convince me that any multiple of 6 is also a multiple of 3"),
    ("de", "Warum ist die Summe zweier ungerader Zahlen immer gerade? Zeig mir das bitte allgemein."),
    ("es", "¿Por qué la suma de los ángulos de cualquier cuadrilátero es siempre 360 grados?"),
    ("da", "Hvorfor er produktet af to ulige tal altid ulige? Jeg vil gerne se et rigtigt argument."),
    ("ms", "Kenapa hasil darab dua nombor genap sentiasa genap? Tunjukkan kepada saya."),
    ("pt", "Me mostra por que todo número primo maior que 2 é ímpar?"),
]
# "Show me", "why ... always" and "every" about anything but a general claim on numbers or figures.
NOT_CLAIMS = [
    ("en", "show me the way to the station", "reasoning"),
    ("en", "Why do cats always land on their feet?", "reasoning"),
    ("en", "Why are odd socks always disappearing from my washing machine?", "reasoning"),
    ("de", "Warum ist der Zug immer zu spät?", "reasoning"),
    ("en", "Pretend you're a pirate and tell me a story about every treasure you ever found.", "reasoning"),
]


@pytest.mark.parametrize("lang,prompt", GENERAL_CLAIMS)
def test_the_reason_for_a_general_claim_is_a_proof(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True) and d.model != cheapest(views), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_CLAIMS)
def test_why_always_about_the_world_is_no_proof(policy, views, lang, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task != task and d.thinking is False, d.reason


# Danish and Malay, which had no lexicon (Norwegian shares most of the Danish words): roles, writing,
# summaries, explanations, software; Ukrainian "скрипт" (a script); Italian "fai finta" and informal
# Indonesian "anggap aja kamu" (pretend).
NEW_WORDS = [
    ("da", "Lad som om du er min svigermor, og kritiser min madlavning.", "roleplay"),
    ("da", "Du er min tandlæge, og jeg er rigtig bange. Berolig mig lidt.", "roleplay"),
    ("da", "Skriv en kort tale til min brors bryllup, gerne lidt sjov.", "writing"),
    ("da", "Jeg skal bruge en lille tale til min mors fødselsdag.", "writing"),
    ("da", "Kan du forklare, hvordan en varmepumpe egentlig virker, og hvorfor den sparer strøm?", "knowledge"),
    ("da", "Opsummer det her for mig: Kommunen har besluttet at lukke biblioteket i Vestbyen fra 1. juni, "
           "og bøgerne flyttes til hovedbiblioteket, der til gengæld får længere åbningstider.", "extraction"),
    ("nb", "Lat som om du er en streng sjef, og gi meg tilbakemelding på søknaden min.", "roleplay"),
    ("ms", "Anggap awak seorang doktor, dan saya pesakit yang takut jarum.", "roleplay"),
    ("ms", "Awak jadi pelanggan yang marah, saya pula pekerja kaunter.", "roleplay"),
    ("ms", "Tolong karangkan sajak pendek tentang hujan di kampung.", "writing"),
    ("ms", "Terangkan kenapa langit berwarna biru pada waktu siang.", "knowledge"),
    ("ms", "Boleh buatkan laman web ringkas untuk kedai bunga saya?", "code"),
    ("uk", "Потрібен скрипт, який щоранку надсилає мені курс долара.", "code"),
    ("ru", "Нужен скрипт, который раз в час проверяет, доступен ли сайт.", "code"),
    ("it", "Fai finta di essere un cameriere scortese e io ordino la cena.", "roleplay"),
    ("id", "Anggap aja kamu dosen pembimbing, terus kritik proposalku ya.", "roleplay"),
]
# The same words where they name no task: a Danish talent, a Malay date.
NOT_NEW_WORDS = [
    ("en", "Tell me three tales about foxes.", "roleplay"),
    ("ms", "bila kita boleh jumpa lagi agaknya, rindu la", "code"),
]


@pytest.mark.parametrize("lang,prompt,task", NEW_WORDS)
def test_danish_malay_and_missing_words(policy, views, lang, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task and d.thinking is (task == "code"), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_NEW_WORDS)
def test_the_new_words_name_nothing_elsewhere(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task != task


# Not understanding what something was, said after a line of context and asked about ("I still don't get
# what it was. A treaty, a war?"): a knowledge request, not a puzzle.
NOT_UNDERSTOOD = [
    ("en", "I read about the Peace of Westphalia today and I don't get what it changed. Religion? Borders?"),
    ("es", "Leí sobre la Reconquista y no entiendo qué fue exactamente. ¿Una guerra, varias, algo más?"),
    ("fr", "J'ai vu un reportage sur la Fronde. Je ne comprends pas ce que c'était, une révolte ou une guerre ?"),
    ("da", "Vi har haft om Kalmarunionen i skolen. Jeg forstår ikke, hvad den gik ud på. Var det én stat?"),
    ("pl", "Czytałem o unii lubelskiej. Nie rozumiem, co właściwie zmieniła. Czy to było jedno państwo?"),
    ("ms", "Saya baca pasal Kesultanan Melaka. Saya tak faham kenapa ia jatuh. Portugis terlalu kuat ke?"),
]
# A puzzle after "I don't get it", and a riddle one does not understand: still reasoning.
STILL_PUZZLES = [
    ("en", "I don't get it. Tom is older than Ann and Ann is older than Bob. Who is the youngest?"),
    ("en", "I don't understand this riddle: what has keys but can't open any locks?"),
]


@pytest.mark.parametrize("lang,prompt", NOT_UNDERSTOOD)
def test_not_understanding_what_something_was_asks_for_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


@pytest.mark.parametrize("lang,prompt", STILL_PUZZLES)
def test_a_puzzle_one_does_not_get_stays_a_puzzle(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True), d.reason


# Steps asked for by name in Italian without "a", Danish, Norwegian, French, Dutch: reasoning with
# thinking, unless an explanation verb asks for knowledge.
STEP_BY_STEP = [
    ("it", "Me lo fai vedere passo passo che la diagonale di un quadrato non si misura col lato?"),
    ("da", "Kan du gennemgå trin for trin, hvordan man finder ud af, hvem der lyver?"),
    ("nb", "Vis meg steg for steg at dette alltid stemmer."),
    ("fr", "Montre-moi pas à pas que la racine de 3 n'est pas une fraction."),
    ("nl", "Laat stap voor stap zien dat de wortel van 2 geen breuk is."),
]
EXPLAINED_STEPS = [
    ("it", "Spiegami passo passo come si fa il pane in casa."),
    ("da", "Forklar trin for trin, hvordan man bager rugbrød."),
]


@pytest.mark.parametrize("lang,prompt", STEP_BY_STEP)
def test_steps_asked_for_by_name_are_reasoning(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True), d.reason


@pytest.mark.parametrize("lang,prompt", EXPLAINED_STEPS)
def test_steps_of_an_explanation_stay_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# Boards and spreadsheets that run what one builds (an Arduino, a Raspberry Pi, an ESP32, Google Sheets,
# an Excel macro): software, a build beside a build verb.
BOARD_BUILDS = [
    ("en", "Could you put together something for my Arduino that blinks an LED when the door opens?"),
    ("de", "Kannst du mir was für meinen Raspberry Pi basteln, das jeden Morgen die Pflanzen gießt?"),
    ("es", "¿Me armas algo en Google Sheets que me mande un aviso cuando baje el stock?"),
    ("pt", "Consegue montar uma macro no Excel que junte as planilhas de todos os meses?"),
    ("da", "Kan du bygge noget til min ESP32, der måler fugtigheden i jorden?"),
]
BOARD_QUESTIONS = [
    ("en", "How do I update my Raspberry Pi?"),
    ("en", "What is an Arduino?"),
    ("en", "My Google Sheets keeps freezing, what should I do?"),
]


@pytest.mark.parametrize("lang,prompt", BOARD_BUILDS)
def test_a_build_for_a_board_or_a_spreadsheet_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


@pytest.mark.parametrize("lang,prompt", BOARD_QUESTIONS)
def test_a_question_about_a_board_is_knowledge(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("knowledge", False), d.reason


# A claim that something never happens or has no largest case ("Why are there infinitely many primes?",
# "Warum gibt es keine größte Primzahl?"): a proof too.
UNBOUNDED_CLAIMS = [
    ("en", "Why are there infinitely many primes? I've never seen the argument."),
    ("de", "Warum gibt es unendlich viele Primzahlen?"),
    ("es", "¿Por qué el producto de dos números impares nunca es par?"),
    ("da", "Hvorfor findes der ikke et største primtal?"),
]
NOT_UNBOUNDED_CLAIMS = [
    ("en", "What's the largest prime below 50?", "reasoning"),
    ("en", "Why is the largest planet never visible at noon?", "reasoning"),
]


@pytest.mark.parametrize("lang,prompt", UNBOUNDED_CLAIMS)
def test_the_reason_for_an_unbounded_claim_is_a_proof(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("reasoning", True), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_UNBOUNDED_CLAIMS)
def test_largest_without_a_claim_is_no_proof(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task != task
