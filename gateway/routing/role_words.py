"""The openings that give the assistant a role (rounds 9 and 10, 2026-12-02, 2026-12-03; split from
`cue_words` on 2026-12-03): a clause near the request's start that names the role with an article, a
possessive or a copula ("You're the innkeeper", "Du bist der Zollbeamte", "From now on you're Captain
Reyes"), or asks for one as a favour ("Could you be the hiring manager?"). Read by `role_openings`
(`gives_role`); the role-play phrases read anywhere are `task_words.CUES["roleplay"]`. Written by this
project; lower-case.
"""

from __future__ import annotations

# A clause that gives the assistant a role, near the request's start: at a clause's start, after a
# lead-in ("from now on", "let's play a game:"). Each opening names the role with an article, a
# possessive or a copula, so "you are right" or "are you a robot?" are not one.
ROLE_OPENINGS: tuple[str, ...] = (
    "you're the ", "you are the ", "you're my ", "you are my ", "you will be ", "you'll be ",
    "du bist der ", "du bist die ", "du bist das ", "du bist mein", "bist du der ", "bist du die ",
    "bist du das ", "bist du mein", "bist du ein", "eres el ", "eres la ", "eres mi ", "serás ",
    "tu es le ", "tu es la ", "tu es l'", "tu es mon ", "tu es ma ", "tu seras ", "sei il ", "sei la ",
    "sei lo ", "sei l'", "sarai ", "você é o ", "você é a ", "você será ", "tu és o ", "tu és a ",
    "je bent de ", "jij bent ", "du är ", "ty jesteś ", "będziesz ", "bądź moim", "bądź moją", "sen bir ",
    "kamu jadi ", "bạn là ", "bạn sẽ là ", "olet ", "te egy ", "te vagy ", "legyél ", "légy ", "ești un ",
    "ești o ", "είσαι ο ", "είσαι η ", "είσαι ένας ", "είσαι μια ", "ти — ", "ты — ", "你是", "你现在是",
    "君は", "너는 ", "كن ", "تخيل أنك", "تخيّل أنك", "את ה", "คุณคือ",
    # Round 11: Danish and Norwegian, Malay.
    "du er min ", "du er den ", "du er det ", "du er en ", "du er et ", "awak jadi ", "kau jadi ", "awak ialah ",
)
# After a lead-in the copula alone gives the role: "From now on you're Captain Reyes".
LEAD_ROLE_OPENINGS: tuple[str, ...] = (
    "you're ", "you are ", "eres ", "du bist ", "bist du ", "tu es ", "sei ", "você é ", "jesteś ", "bạn là ",
    "te ", "olet ", "أنت ", "انت ", "你是", "ты ", "ти ", "sen ", "kamu ", "anda ", "je bent ", "jij bent ",
    "du är ", "あなたは", "君は", "너는 ", "당신은 ", "είσαι ", "ești ", "jsi ", "אתה ", "तुम ", "आप ", "คุณ",
    "네가 ", "ikaw ang ", "ikaw ay ", "ikaw si ",
)
# Round 10: a role asked for as a favour, at a clause's start: a question too ("Could you be the hiring
# manager and ask me ...?", "¿Puedes ser el entrevistador?", "Spiel mal den Zollbeamten").
ROLE_REQUESTS: tuple[str, ...] = (
    "could you be the ", "can you be the ", "would you be the ", "will you be the ", "could you be my ",
    "can you be my ", "would you be my ", "spiel mal den ", "spiel mal die ", "spiel bitte den ", "spiel bitte die ",
    "sei mal der ", "sei mal die ",
    "puedes ser el ", "puedes ser la ", "¿puedes ser el ", "¿puedes ser la ", "podrías ser el ",
    "podrías ser la ", "¿podrías ser el ", "¿podrías ser la ", "peux-tu être le ", "peux-tu être la ",
    "tu peux être le ", "tu peux être la ", "puoi essere il ", "puoi essere la ", "potresti essere il ",
    "potresti essere la ", "você pode ser o ", "você pode ser a ", "możesz być ", "можешь быть моим ",
    "можешь быть моей ", "будь моим ", "будь моей ",
)
# After a role request, words that name no role ("Could you be the one to explain ...", "¿Puedes ser el
# primero en leer ...?"): no role. Openings that begin ordinary requests as often as roles are not in
# the family: "be the" ("Be the judge of this"), "kannst du die" ("Kannst du die Hauptstadt nennen?"),
# "spiel den" ("Spiel den Song ab"), "seja o" ("Seja o mais breve possível"), "sé la", "sois le",
# "pode ser o" ("it may be the"), "можешь быть" ("you can be sure").
NOT_A_ROLE = frozenset((
    "one", "first", "last", "same", "only", "best", "uno", "primero", "primera", "último", "última", "mismo",
    "misma", "único", "única", "mejor", "premier", "première", "dernier", "dernière", "même", "seul", "seule",
    "meilleur", "erste", "letzte", "gleiche", "selbe", "einzige", "beste", "primo", "prima", "ultimo", "ultima",
    "stesso", "stessa", "unico", "unica", "migliore", "primeiro", "primeira", "mesmo", "mesma", "melhor",
    "pierwszy", "pierwszą", "первым", "первой", "лучшим",
))
ROLE_LEAD_INS: tuple[str, ...] = (
    "from now on", "for the rest of this chat", "for this chat", "for this conversation", "a partir de ahora",
    "desde ahora", "de ahora en adelante", "ab jetzt", "von jetzt an", "ab sofort", "à partir de maintenant",
    "désormais", "d'ora in poi", "da adesso", "a partir de agora", "de agora em diante", "od teraz",
    "od tej chwili", "отныне", "с этого момента", "віднині", "bundan sonra", "mulai sekarang", "vanaf nu",
    "från och med nu", "mostantól", "ezentúl", "từ giờ", "từ bây giờ", "từ nay", "من الآن", "从现在开始",
    "从现在起", "今から", "これから", "지금부터", "이제부터", "अब से", "ตั้งแต่นี้", "tästä lähtien", "de acum",
    "kunwari", "오늘은", "이번엔",
)

# Words of praise after a role opening: "you're the best", "du bist der Beste", "eres la mejor" (stems,
# lower-case; scripts without spaces match at the start of what follows the opening).
PRAISE: tuple[str, ...] = (
    "best", "greatest", "goat", "hero", "genius", "legend", "beste", "größte", "mejor", "máximo",
    "máxima", "meilleur", "migliore", "melhor", "najlepsz", "лучш", "terbaik", "tuyệt", "legjobb",
    "paras",
    "最棒", "最好", "最厉害", "天才", "最高", "최고", "الأفضل", "افضل", "ดีที่สุด",
)

# Verbs of pretending (2026-12-04, roles32) that tell what someone else does as often as they ask the assistant
# for a role: "Pretend you are a pirate" and "My dog pretends to be asleep", Spanish "Finge que eres un detective"
# and "Mi hijo finge estar enfermo", Italian "Puoi fingere di essere ...?" and "Il mio gatto finge di dormire".
# `role_phrases` reads them as role phrases: a role where they stand at a clause's start or after the one spoken
# to, a description after a subject of their own. English's stem takes any ending ("pretending"); the others are
# whole words (the forms of Spanish, Portuguese and Italian that are not only second person or "let's": "finjas",
# "fingiamo" ask for a role wherever they stand) and French phrases.
PRETENDING_STEMS: tuple[str, ...] = ("pretend",)
PRETENDING_WORDS: tuple[str, ...] = (
    "finge", "fingir", "finja", "finjan", "finjam", "fingiendo", "fingindo", "fingendo", "finga", "fingere",
    "fais semblant", "faites semblant", "faisons semblant",
)
PRETENDING_UNSPACED: tuple[str, ...] = ("假装",)
# The speaker alone before a verb of pretending tells or asks advice ("Should I pretend to be sick?", "我假装生病请假");
# "I'll pretend to be the customer" and "let me" give roles.
SPEAKERS = frozenset(("i", "yo", "je", "ich", "я", "eu", "io", "我"))
# Forms that only tell: the third person, the past, a noun ("My coworker pretended", "The Old Pretender").
TELLING_FORMS = frozenset(("pretends", "pretended", "pretender", "pretenders"))
# The verb as a modifier of a noun: the kind of play, not a request ("Pretend play ideas for toddlers?").
PRETENDING_NOUNS: tuple[str, ...] = ("pretend play", "pretend-play", "pretend game")
# Japanese "〜のふりをして" asks for a role where a request ends it ("海賊のふりをしてください") or it ends the sentence;
# running on, it tells ("病気のふりをして学校を休みます").
JAPANESE_PRETENDING: tuple[str, ...] = ("ふりをして",)
JAPANESE_REQUESTS: tuple[str, ...] = ("ください", "下さい", "くれ", "ほしい", "欲しい", "もらえ", "もらい", "いただけ",
                                      "ちょうだい")
