"""What a question asks (2026-12-02, 2026-12-03): a fact, named by its opening question word, and the
numbers that name rather than count ("season 4", "the 17th prime minister"). Written by this project,
not learned from any benchmark; read by `cues.asks_a_fact`, `cues._works_on_a_number` and
`tasks._numbers_only_name`.
"""

from __future__ import annotations

# A one-sentence question that opens with a question word asks for a fact (`cues.asks_a_fact`): a song, a
# poem, a character or a function is its topic, not a text to write or a role to play ("who wrote the
# lyrics of ...", "what is the function of the spleen", "qui a écrit le poème ..."). Each opening is
# followed by a space (or is the whole first word); scripts that ask with a word in mid-sentence (Japanese,
# Korean, Turkish) are not read.
# Apart: the openings of languages that spell a question with articles and prepositions, in as many
# words as English or more (German, Spanish, French, Italian, Portuguese, Dutch): Qwen's tokenizer spends
# more tokens on their words, so their questions are also measured in words (`tasks.FACT_MAX_WORDS`).
# English is measured in tokens; Russian, Ukrainian, Polish and Indonesian put it in fewer words.
WORDY_FACT_OPENINGS: tuple[str, ...] = (
    "wer ", "wem ", "wessen ", "wann ", "wo ", "welche ", "welcher ", "welches ", "welchen ", "was ist ",
    "was sind ", "wie viele ", "wie viel ", "in welchem ", "in welcher ",
    "quién ", "quiénes ", "cuándo ", "dónde ", "cuál ", "cuáles ", "qué ", "cuántos ", "cuántas ", "cuánto ",
    "en qué ",
    "qui ", "quand ", "où ", "quel ", "quelle ", "quels ", "quelles ", "qu'est-ce ", "qu’est-ce ", "que ",
    "combien ", "en quelle ", "dans quel ", "à quel ", "à quelle ", "de quel ", "de quelle ", "lequel ",
    "laquelle ", "comment s'appelle", "comment s’appelle", "comment appelle-t-on ",
    "chi ", "quando ", "dove ", "quale ", "quali ", "qual ", "che cos", "cosa ", "quanti ", "quante ", "in che ",
    "quem ", "onde ", "quais ", "o que ", "quantos ", "quantas ", "em que ",
    "wie ", "wanneer ", "waar ", "welke ", "wat ", "hoeveel ",
)
# A wordy language's fact question that joins a how or a why asks for an explanation besides its fact
# ("¿cuáles fueron las causas de ... y cómo la empeoraron las alianzas?"): not a one-line answer.
JOINED_EXPLANATIONS: tuple[str, ...] = (
    " und wie ", " und warum ", " y cómo ", " y por qué ", " et comment ", " et pourquoi ", " e come ",
    " e perché ", " e como ", " e por que ", " e porque ", " en hoe ", " en waarom ",
)
FACT_OPENINGS: tuple[str, ...] = (
    "who ", "whom ", "whose ", "when ", "where ", "which ", "what ", "what's ", "how many ", "how much ",
    "in which ", "in what ", "on which ",
) + WORDY_FACT_OPENINGS + (
    "кто ", "когда ", "где ", "какой ", "какая ", "какое ", "какие ", "какова ", "каков ", "каково ", "что ",
    "сколько ", "в каком ", "чей ", "чья ",
    "хто ", "коли ", "де ", "який ", "яка ", "яке ", "які ", "що ", "скільки ",
    "kto ", "kiedy ", "gdzie ", "który ", "która ", "które ", "jaki ", "jaka ", "jakie ", "ile ",
    "siapa ", "kapan ", "di mana ", "berapa ",
    "谁", "哪", "什么时候",
)
# English opens a clause of time or place with its question word ("when you get a chance, ...", "where you
# see a comma, ..."); other languages tell them apart (wann / wenn, cuándo / cuando, quand is both: read).
NOT_FACT_OPENINGS: tuple[str, ...] = ("when you ", "when u ", "where you ", "when i ", "where i ")
# German "wie" is "how" (Dutch "wie" is "who"): "wie", a verb and one of these persons asks how to do
# something ("wie rufe ich ...", "wie kann man ..."), not a fact ("wie hoch ist ...", "wie schreef ...").
HOW_TO_PERSONS: tuple[str, ...] = ("ich", "man", "wir", "du")
# The families a fact question names as its topic and does not ask for.
FACT_TOPICS = frozenset({"writing", "product", "roleplay", "role_clause", "extraction"})
# Words whose number names one of a series, not a quantity ("season 4", "game 7 of the 2016 world series",
# "Staffel 4", "la temporada 2"): read right before a number (`tasks`).
LABEL_WORDS = frozenset((
    "season", "series", "episode", "scenario", "chapter", "volume", "vol", "part", "book", "game", "act", "scene", "phase",
    "stage", "level", "grade", "page", "section", "article", "amendment", "psalm", "verse", "route", "highway",
    "interstate", "channel", "platform", "gate", "terminal", "war", "bowl", "week", "day", "apollo",
    "staffel", "folge", "kapitel", "band", "teil", "spiel", "akt", "szene", "szenario", "stufe", "klasse", "seite",
    "artikel", "weltkrieg", "woche", "tag",
    "temporada", "episodio", "capítulo", "parte", "tomo", "libro", "volumen", "juego", "partido", "acto",
    "escena", "escenario", "fase", "nivel", "grado", "página", "artículo",
    "saison", "épisode", "scénario", "chapitre", "partie", "livre", "match", "acte", "scène", "niveau", "article",
    "stagione", "puntata", "capitolo", "atto", "scena", "livello", "pagina", "articolo",
    "episódio", "livro", "jogo", "ato", "cena", "nível", "artigo",
    "сезон", "серия", "эпизод", "глава", "часть", "том",
))
# Months and days, capitalised before a number of a date ("March 3", "Monday 5"): no product's name.
CALENDAR_WORDS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
))
# Russian, Ukrainian and Polish put the number first ("в 5 сезоне", "у 2 сезоні", "w 3 sezonie"): a bare
# number names one of a series before these singular forms, which no count takes (five seasons are
# "5 сезонов", two are "2 сезона"; "2 серии" counts as well, so its form is read only after an ordinal).
LABEL_FORMS_AFTER_NUMBER = frozenset((
    "сезон", "сезоне", "серия", "эпизод", "эпизоде", "глава", "главе", "часть", "том", "томе", "выпуск",
    "выпуске",
    "сезоні", "серія", "епізод", "епізоді", "розділ", "розділі", "частина", "частині", "томі",
    "sezon", "sezonie", "odcinek", "odcinku", "rozdział", "rozdziale", "część", "tom", "tomie",
))
# After an ordinal ("в 3-м сезоне", "5-я серия 2-го сезона", "the 3rd season", "la 3e saison", "la 2ª
# temporada"), these forms too, and every word of `LABEL_WORDS`.
LABEL_FORMS_AFTER_ORDINAL = LABEL_FORMS_AFTER_NUMBER | frozenset((
    "сезона", "сезону", "сезоном", "серии", "серию", "серией", "эпизода", "главы", "главу", "части", "тома",
    "выпуска", "серії", "серію", "епізоду", "розділу", "частини", "тому",
    "sezonu", "odcinka", "rozdziału", "części", "tomu",
))
# Phrases that hold a word of a number's property and name something else ("the 17th prime minister").
NOT_NUMBER_PROPERTY: tuple[str, ...] = (
    "prime minister", "prime rate", "prime time", "primetime", "amazon prime", "prime video", "prime day",
    "prime meridian", "prime suspect", "decimal point", "dewey decimal",
)
# Words before a number that make it a year ("in 1995", "seit 2001", "в 1995"): a number shaped like a year
# is worked on only without one of them (`cues._works_on_a_number`).
YEAR_BEFORE = frozenset((
    "in", "since", "by", "until", "till", "during", "from", "year", "circa", "around", "before", "after",
    "en", "año", "desde", "hasta", "dans", "année", "depuis", "jusqu'en", "im", "jahr", "jahre", "seit", "bis",
    "nel", "anno", "dal", "fino", "em", "ano", "até", "в", "с", "до", "году", "w", "roku", "od",
))
