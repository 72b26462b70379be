"""A role phrase that describes what something does, not a role given to the assistant: "How do enzymes
act as catalysts?", "Can a noun act as an adjective?", "La enzima actúa como catalizador", "L'ATP joue le
rôle de ...", "Какую роль играют митохондрии?", "线粒体在细胞中扮演什么角色？".

The role-play lexicon (`task_words.CUES["roleplay"]`) holds phrases that give a role as an imperative
("Act as a travel agent", "Actúa como un chef", "Выступи в роли учителя", "扮演一个海盗") and that a
statement uses, in the same words, for what its subject does. Where the phrase stands tells them apart:
a role is given at a clause's start (after a lead-in: "for this conversation act as"), or after the one
it speaks to and words of asking ("you", "please", "I want you to", "your task is to", "请你"). After a
third-person subject ("enzymes act as", "that act as", "线粒体在细胞中扮演") it describes. A phrase that
names the role as a noun ("el papel de", "die Rolle", "в роли", "роль") takes a verb before it ("asume el
papel de", "Übernimm die Rolle", "Выступи в роли", "фермент выступает в роли"): the word before that verb
decides; a question word before it ("какую роль", "¿cuál es el papel de") describes. A phrase inside
another word ("in character" in "main character") is no role phrase at all. `cues.cue_hits` reads the
text again without the described phrases.

The verbs of pretending are read alike (2026-12-04, roles32, `role_words.PRETENDING_WORDS`): "Pretend you
are a pirate", "Can you pretend ...?", "¿Puedes fingir ...?", "Let's pretend", "假装你是", "请你假装" ask for a
role; "My dog pretends to be asleep", "Why do kids pretend ...?", "Mi hijo finge estar enfermo", "我的狗假装睡着"
tell what someone else does, as do the forms that only tell ("pretended") and Japanese "ふりをして" running on
into its sentence ("病気のふりをして学校を休みます") rather than ending it or a request ("ふりをしてください").
"""

from __future__ import annotations

import re

from . import role_words

# Phrases that give a role with a verb of acting (the phrase's first word is the verb).
ACTING = ("act as", "act like", "play the role", "take on the role", "assume the role", "embrace the role",
          "step into the role", "adopt the role", "adopt the persona", "actúa como",
          "joue le rôle", "agis comme", "agissez comme", "đóng vai", "berperan")
# Phrases that name the role as a noun, after a verb of their own.
ROLE_NOUNS = ("el papel de", "il ruolo di", "o papel de", "die rolle", "в роли", "роль")
# Phrases of a script without spaces, after which the subject or the one spoken to stands glued.
UNSPACED = ("扮演",) + role_words.PRETENDING_UNSPACED
# Phrases that only need to begin a word ("in character", not inside "main character").
BOUNDED = ("in character",)
# The one a role is given to, or the speaker asking for it ("I'll act as the customer, you ...").
PERSONS = frozenset((
    "you", "u", "yourself", "you'll", "you'd", "you're", "i", "i'll", "i'd", "i'm", "me", "we", "we'll", "us",
    "let's", "lets", "someone", "assistant", "ai", "bot", "chatbot", "chatgpt", "gpt", "tú", "tu", "usted",
    "ustedes", "yo", "te", "me", "vous", "toi", "je", "nous", "du", "ihr", "ich", "wir", "ты", "вы", "я",
    "мы", "você", "vocês", "eu", "io", "bạn", "em", "anh", "tôi", "mình", "kamu", "anda", "aku", "saya",
))
# Words between that one and the phrase: of asking, of time, modal verbs.
FILLERS = frozenset((
    "please", "pls", "plz", "kindly", "now", "just", "also", "then", "simply", "always", "only", "will",
    "shall", "should", "must", "can", "could", "would", "to", "need", "want", "going", "gonna", "wanna",
    "do", "don't", "dont", "not", "never", "and", "por", "favor", "ahora", "ya", "maintenant", "s'il",
    "plaît", "plait", "stp", "bitte", "mal", "jetzt", "nun", "doch", "пожалуйста", "теперь", "сейчас",
    "будешь", "будете", "на", "себя", "per", "favore", "ora", "agora", "hãy", "xin", "vui", "lòng", "bây",
    "giờ", "tolong", "silakan", "sekarang",
    # Verbs of going on and of asking, before a verb of pretending ("Keep pretending", "Sigue fingiendo", "¿Puedes
    # fingir ...?", "Puoi fingere ...?", "Quiero que finja ...").
    "keep", "continue", "sigue", "continúa", "continua", "puedes", "podrías", "puede", "podría", "puoi",
    "potresti", "può", "pode", "podes", "poderia", "que", "quiero", "quisiera", "voglio", "vorrei", "quero",
    "queria", "gostaria",
))
# A copula after the one spoken to: "Your task is to act as ...".
COPULAS = frozenset(("is", "es", "est", "ist", "é"))
SECOND_PERSON = frozenset(("you", "your", "tu", "tú", "tus", "ton", "ta", "vos", "votre", "dein", "deine",
                           "deinen", "твоя", "твоей", "ваша", "seu", "sua"))
# A question word before a role noun asks what role something plays.
QUESTION_WORDS = frozenset((
    "what", "which", "how", "why", "cuál", "cual", "qué", "que", "cómo", "quel", "quelle", "quels", "quelles",
    "was", "welche", "welchen", "welches", "wie", "какова", "каков", "какую", "какой", "какая", "какие",
    "qual", "quale", "che",
))
_UNSPACED_ADDRESS = ("你", "您", "请", "我", "我们", "咱们")
_UNSPACED_FILLERS = ("现在", "来", "就", "请", "能", "可以", "要")
_CLAUSE_START = re.compile(r"[,.!?;:¿¡\n，。！？；：、()\"«»“”]")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LEAD_IN = re.compile(r"\s*(?:" + "|".join(map(re.escape, role_words.ROLE_LEAD_INS)) + r")\b")
_PRETENDING = re.compile(r"(?<![^\W\d_])(?:(?:" + "|".join(map(re.escape, role_words.PRETENDING_STEMS)) + r")[^\W\d_]*"
                         r"|(?:" + "|".join(map(re.escape, role_words.PRETENDING_WORDS)) + r")(?![^\W\d_]))")
_JAPANESE_PRETENDING = re.compile("|".join(map(re.escape, role_words.JAPANESE_PRETENDING)))
_SENTENCE_REST = re.compile(r"[^。！？!?\n]*")


def without_described_roles(t: str) -> str:
    """The lower-cased text `t` with its described role phrases blanked (spaces of the same length); `t`
    itself when it holds none."""
    out = t
    for phrase in ACTING + ROLE_NOUNS + UNSPACED + BOUNDED:
        i = t.find(phrase)
        while i >= 0:
            if _describes(t, i, phrase):
                out = out[:i] + " " * len(phrase) + out[i + len(phrase):]
            i = t.find(phrase, i + 1)
    for start, end in _described_pretending(t):
        out = out[:start] + " " * (end - start) + out[end:]
    return out if out != t else t


def _described_pretending(t: str) -> list[tuple[int, int]]:
    """The spans of the verbs of pretending in `t` that tell what someone else does (see the module's
    docstring): a form that only tells, a verb after a subject of its own or before the noun it qualifies ("pretend
    play"), Japanese "ふりをして" running on."""
    spans = []
    for m in _PRETENDING.finditer(t):
        if (m.group() in role_words.TELLING_FORMS or t.startswith(role_words.PRETENDING_NOUNS, m.start())
                or not _addressed(_words_before(t, m.start()), speaker=False)):
            spans.append(m.span())
    for m in _JAPANESE_PRETENDING.finditer(t):
        rest = _SENTENCE_REST.match(t, m.end()).group().strip()
        if rest and not rest.startswith(role_words.JAPANESE_REQUESTS):
            spans.append(m.span())
    return spans


def _words_before(t: str, i: int) -> list[str]:
    """The words of `i`'s clause before it, without a lead-in."""
    return _WORDS.findall(_clause_before(t, i).replace("’", "'"))


def _clause_before(t: str, i: int) -> str:
    """The text of `i`'s clause before it, without a lead-in ("from now on")."""
    before = t[:i]
    m = None
    for m in _CLAUSE_START.finditer(before):
        pass
    prefix = before[m.end():] if m else before
    lead = _LEAD_IN.match(prefix)
    return prefix[lead.end():] if lead else prefix


def _describes(t: str, i: int, phrase: str) -> bool:
    """The role phrase `phrase` at `i` in `t` stands inside a word, or after a subject it describes."""
    if phrase not in UNSPACED and i > 0 and t[i - 1].isalpha():
        return True
    if phrase in BOUNDED:
        return False
    if phrase in UNSPACED:
        return not _addressed_unspaced(_clause_before(t, i).strip(), phrase not in role_words.PRETENDING_UNSPACED)
    words = _words_before(t, i)
    if _addressed(words):
        return False
    if phrase not in ROLE_NOUNS or words[-1] in QUESTION_WORDS:
        return True
    return not _addressed(words[:-1])   # the verb before the role noun


def _addressed(words: list[str], speaker: bool = True) -> bool:
    """The words before a role phrase (within its clause) are none, or end with the one spoken to (or the speaker
    alone, unless `speaker` is False: `role_words.SPEAKERS`)."""
    while words and words[-1] in FILLERS:
        words = words[:-1]
    if not words or (words[-1] in PERSONS and (speaker or words[-1] not in role_words.SPEAKERS)):
        return True
    return words[-1] in COPULAS and not SECOND_PERSON.isdisjoint(words)


def _addressed_unspaced(prefix: str, speaker: bool = True) -> bool:
    """`_addressed` for a script without spaces: the text before ends with the one spoken to."""
    while True:
        filler = next((f for f in _UNSPACED_FILLERS if prefix.endswith(f)), "")
        if not filler:
            break
        prefix = prefix[:-len(filler)]
    if not prefix:
        return True
    address = next((a for a in _UNSPACED_ADDRESS if prefix.endswith(a)), "")
    return bool(address) and (speaker or address not in role_words.SPEAKERS)
