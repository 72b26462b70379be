"""Reading the cue lexicons: which tasks the words of a request name, in many languages.

The words are in `task_words` (the first lexicons, about 25 languages), `cue_words` (round 9's and
later families: a role at a clause's start, software, a written product, informal greetings, proof
verbs, ideas asked for), `question_words` (what a question asks: a fact, a label's number) and
`build_words` (what a request asks to be made, and the code words that name other things). This module
reads them: Latin and Cyrillic stems at word starts, phrases by their first word, stems of other scripts
anywhere, plus the readings of structure (a role given at a clause's start, a fact question, a build verb
and what it makes, a number to work on).
tests/unit/routing/test_behaviour.py and test_behaviour_set.py hold hand-written prompts in these
and other languages; a lexicon only reaches the phrasings it holds (BENCHMARKS.md measures how far).
"""

from __future__ import annotations

import re
from typing import Collection

from . import build_words, cue_words, figure_words, port_words, question_words, task_words, tool_words
from .answer_formats import without_answer_formats
from .contents import makes_content
from .figures import measures_a_figure
from .languages import names_a_language, without_everyday_names
from .personas import poses_role
from .role_openings import gives_role
from .role_phrases import without_described_roles
from .sheets import names_a_formula
from .signals import (CJK_CHARS, HAN_COMPATIBILITY_CHARS, MYANMAR_KHMER_CHARS, OPENING_MARKS, THAI_LAO_CHARS,
                      non_ascii, utf8)
from .symbols import instruction, with_symbols
from .units import converts_units

_CUES: dict[str, tuple[str, ...]] = dict(task_words.CUES)
for _task, _stems in cue_words.STEMS.items():   # round 9's families (cue_words), after the first lexicons
    _CUES[_task] = _CUES.get(_task, ()) + _stems
_CUES["measure"] = figure_words.MEASURE_STEMS + figure_words.UNSPACED_MEASURES   # read by `figures`, dropped


# A short request that opens with an interjection alone ("Na, was gibt's Neues?", "Ê, dạo này sao rồi?").
_OPENING_WORD = re.compile(r"\s*([^\W\d_]+)\s*[,!.…،]")
_WHOLE_WORDS = cue_words.WHOLE_WORDS
_BOUNDED_PHRASES = frozenset(stem for stems in cue_words.STEMS.values() for stem in stems)
_WHOLE_KEYS = frozenset(_WHOLE_WORDS)

_WORD = re.compile(r"[^\W\d_]+")
_PLAIN_WORD = re.compile(r"[a-z\u00c0-\u024f\u0400-\u04ff]+")


_FIRST_WORD = re.compile(r"([a-z\u00c0-\u024f\u0400-\u04ff]+) ")
Table = dict[str, tuple[tuple[str, str], ...]]


def _tables() -> tuple[dict[str, str], Table, tuple[tuple[str, str], ...]]:
    """Single-word stems of spaced scripts (matched against word prefixes; a stem named in two tasks
    counts for the first); phrases of those scripts by their first word (searched only when the text
    holds that word); the rest (stems with punctuation, scripts without spaces) as (substring, task)."""
    stems_of_words: dict[str, str] = {}
    by_first: dict[str, list[tuple[str, str]]] = {}
    rest: list[tuple[str, str]] = []
    for task, stems in _CUES.items():
        for stem in stems:
            first = _FIRST_WORD.match(stem)
            if _PLAIN_WORD.fullmatch(stem):
                stems_of_words.setdefault(stem, task)
            elif first:
                by_first.setdefault(first.group(1), []).append((stem, task))
            else:
                rest.append((stem, task))
    return stems_of_words, {w: tuple(p) for w, p in by_first.items()}, tuple(rest)


_STEMS, _BY_FIRST, _SUBSTRINGS = _tables()
_PHRASE_FIRST_WORDS = frozenset(_BY_FIRST)   # a set: `words & it` looks up the text's words, not its 300 keys


def _by_first_char(pairs: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for stem, task in pairs:
        out.setdefault(stem[0], []).append((stem, task))
    return {c: tuple(p) for c, p in out.items()}


# A substring can occur only where its first character does: a text is searched only for the stems
# that begin with one of its characters (a few dozen, not all 400, when a text holds a character of
# another script, a dash or a curly quote).
_SUBSTRINGS_BY_CHAR = _by_first_char(_SUBSTRINGS)
# The first characters that begin a substring stem and are ASCII: all an ASCII text can hold.
_ASCII_FIRST_CHARS = tuple(c for c in _SUBSTRINGS_BY_CHAR if c.isascii())
# Every beginning of a word stem of `_LONG` letters or more, from `_LONG` letters on, with the task of
# the stem it is ("" where it is none): a word is read a letter longer only while it still begins like
# a stem (most words stop at the first look-up). The stems shorter than `_LONG` letters (one: "où") are
# looked up whole; were they in the chain, most words would pass its first look-up.
_LONG = 3
_SHORT_STEMS = {stem: task for stem, task in _STEMS.items() if len(stem) < _LONG}
_SHORT_LENGTHS = tuple(sorted({len(stem) for stem in _SHORT_STEMS}))
_BEGINNINGS = {stem[:k]: _STEMS.get(stem[:k], "") for stem in _STEMS for k in range(_LONG, len(stem) + 1)}
# A text's words (`_WORD`'s matches), three times faster: in its UTF-8 bytes every ASCII character
# that is not a letter becomes a space (one C pass; a byte under 0x80 is always a whole ASCII
# character), then `str.split`. A piece that is ASCII is a run of letters, a word; the few that hold
# other characters (an accent, a dash, most of a text in another script) are split by `_WORD`.
_BYTE_NON_LETTERS = bytes(b if b >= 128 or _WORD.fullmatch(chr(b)) else ord(" ") for b in range(256))
# Thai, Lao, Burmese, Khmer, Chinese, Japanese and often Korean put no space between a Latin name and the
# words around it ("用python写", "javascriptで", "python으로"): that name is read as a word of its own.
_UNSPACED = re.compile(f"[{THAI_LAO_CHARS}{MYANMAR_KHMER_CHARS}{CJK_CHARS}{HAN_COMPATIBILITY_CHARS}]+")
# Cues are read in the instruction: the head and the tail of the last turn (pasted material between
# them, an article to summarise say, would otherwise lend its words).
CUE_WINDOW = 400


def cue_hits(text: str) -> set[str]:
    """The tasks whose cue words occur near the start or the end of the text (lower-cased).

    A set lookup per word prefix and a C-speed substring search per phrase whose first word the text
    holds: about a tenth of a millisecond, where one regular expression over all stems took three."""
    text = instruction(text)   # a translation's payload is what is translated, no request (`symbols`)
    shown = text if len(text) <= 2 * CUE_WINDOW else text[:CUE_WINDOW] + "\n" + text[-CUE_WINDOW:]
    t = lowered = shown.lower()
    hits = _read(t)
    if "roleplay" in hits:   # a role phrase that tells what its subject does ("enzymes act as catalysts")
        plain = without_described_roles(t)
        if plain is not t:
            t, hits = plain, _read(plain)
    if "code" in hits:   # the text as written, where `t` is it lower-cased (the case of a name tells a noun)
        plain = _without_other_codes(shown if t is lowered else "", t)
        if plain is not t:
            hits = _read(plain)
            # A show's script, no code, read as the content it is ("Create a script for a YouTube video").
            if hits.isdisjoint(("code", "writing", "product", "content")) and makes_content(t, _words(utf8(t))):
                hits.add("content")
    if "extraction" in hits:   # "... Return the answer in JSON.": the answer's format, no extraction
        plain = without_answer_formats(t)
        if plain is not t:
            t, hits = plain, _read(plain)
    return with_symbols(shown, t, hits)


def _without_other_codes(shown: str, t: str) -> str:
    """`t` (the lower-cased `shown`) without the phrases whose code word names something else
    (`build_words.NOT_CODE`: "dress code", "workout program"; `SHOW_SCRIPT`: "a script for a YouTube video") and
    the names of languages used as everyday words (`languages.without_everyday_names`: "a swift", "Java島"); `t`
    itself when it holds none."""
    lowered = t
    for phrase in build_words.NOT_CODE:
        if phrase in t:
            t = t.replace(phrase, " ")
    if "script" in t or "skript" in t or "скрипт" in t:
        t = build_words.SHOW_SCRIPT.sub(" ", t)
    return without_everyday_names(shown if t is lowered else "", t, _words(utf8(t)))


def _read(t: str) -> set[str]:
    """`cue_hits` of the lower-cased text `t` (its window)."""
    raw = utf8(t)
    words = _words(raw)
    firsts = [c for c in _ASCII_FIRST_CHARS if c in t]
    if not raw.isascii():   # the other first characters, among the text's characters beyond ASCII
        firsts += _SUBSTRINGS_BY_CHAR.keys() & set(non_ascii(raw))
    hits = {task for c in firsts for stem, task in _SUBSTRINGS_BY_CHAR[c] if stem in t}
    for first in words & _PHRASE_FIRST_WORDS:
        hits.update(task for stem, task in _BY_FIRST[first]
                    if (_begins_a_word(t, stem) if stem in _BOUNDED_PHRASES else stem in t))
    hits.update(_stem_tasks(words - _not_stem_words(words)))
    return with_structure(t, words, hits)


def _not_stem_words(words: Collection[str]) -> frozenset[str]:
    """The words that begin like a task's stem and are no word of it (`cue_words.NOT_STEM_WORDS`); in an
    English text, also a resume (`cue_words.ENGLISH_NOT_STEM_WORDS`)."""
    if cue_words.ENGLISH_NOT_STEM_WORDS.isdisjoint(words) or cue_words.ENGLISH_WORDS.isdisjoint(words):
        return cue_words.NOT_STEM_WORDS
    return cue_words.NOT_STEM_WORDS | cue_words.ENGLISH_NOT_STEM_WORDS


def _begins_a_word(t: str, phrase: str) -> bool:
    """`phrase` occurs in `t` where a word begins ("si todos" is not in "casi todos"). Round 9's phrases
    (`cue_words`) are read so; the first lexicons' phrases match anywhere, as their decisions on the
    labelled files were measured ("in character" inside "main character" among them)."""
    i = t.find(phrase)
    while i > 0 and t[i - 1].isalpha():
        i = t.find(phrase, i + 1)
    return i >= 0


def with_structure(t: str, words: Collection[str], hits: set[str]) -> set[str]:
    """`hits` (of the lower-cased text `t` and its words) with the readings beyond stems: whole words,
    pairs of families, a role given at a clause's start, a greeting by an opening interjection."""
    hits.update(_WHOLE_WORDS[w] for w in _WHOLE_KEYS.intersection(words))
    # A tool, or a language whose name names other things too, as a language ("my Java loop", "In Go, ...").
    tool = _names_a_tool(t, words) or names_a_language(t, words) or names_a_formula(t, words)
    if tool:
        hits.add("code")
    for family, table in cue_words.KEYED_PHRASES.items():
        if family not in hits and any(p in t for key in table.keys() & words for p in table[key]):
            hits.add(family)
    for first, second in cue_words.PAIRS:
        if first in hits and second in hits:
            hits.add("software")
    if "claim_object" in hits and _states_a_general_claim(t, words):
        hits.add("claim")
    if (not hits.isdisjoint(("claim_object", "number_property")) and hits.isdisjoint(("code", "software"))
            and _works_on_a_number(t)):
        hits.add("math")
    hits -= cue_words.INTERNAL
    if hits.isdisjoint(("code", "software")) and converts_units(t):
        hits.add("math")
        hits.discard("extraction")   # "Переведи 5 миль в километры": into a unit, not a language
    measured = "measure" in hits
    hits.discard("measure")
    if hits.isdisjoint(("code", "software", "writing", "product")) and measures_a_figure(t, words, measured):
        hits.add("math")   # "Find the area of a circle with radius 7 cm", "What is ln 5?" (`figures`)
    if "extraction" in hits:   # a translation, unless it puts code into another programming language
        target = code_target(t)
        if target == "strong" or (target and "code" in hits):
            hits.discard("extraction")
            hits.add("program")
        elif target:
            hits.add("code_target")
    if "code" in hits or "software" in hits:
        made = made_thing(t, words)
        if made == "code":
            hits.add("program")
        elif made == "writing":   # a text about code or software
            hits -= {"code", "software"}
    if "software" in hits:
        if builds(t, words):
            hits.add("build")
        if repairs(t):
            hits.add("repair")
    role = gives_role(t)
    if role:
        hits.add(role)
    if "roleplay" not in hits and poses_role(t):
        hits.add("persona")
    opening = _OPENING_WORD.match(t)
    if opening and opening.group(1) in cue_words.INTERJECTIONS:
        hits.add("greeting")
    # A language or a tool named ("Python", "SQL", "numpy"): code that names nothing else.
    named = "code" in hits and (tool or _names_only_code(t, words))
    if asks_a_fact(t):
        hits -= question_words.FACT_TOPICS
        if "code" in hits and "program" not in hits and not named:
            hits.discard("code")
    if "code" in hits and hits.isdisjoint(("program", "software")) and not named and _names_everyday_life(t, words):
        hits.discard("code")
    if named:
        hits.add("named_code")
    if hits.isdisjoint(("writing", "product")) and makes_content(t, words):
        hits.add("content")   # "Create a workout plan", "Dame una receta" (`contents`)
    return hits


_OPENING_MARKS = OPENING_MARKS
# The end of a statement: Latin and Devanagari marks before a space or the end, a Chinese or Japanese mark
# anywhere (those scripts put no space after it). A sentence ends at a statement's end or a question mark.
STATEMENT_END = re.compile(r"[.!。！।]+(?:\s|$)|[。！]")
_SENTENCE_END = re.compile(r"[.!?。！？।]+(?:\s|$)|[。！？]")


_HOW_TO = re.compile(r"wie [^\W\d_]+ (?:" + "|".join(question_words.HOW_TO_PERSONS) + r")(?!\w)")


def asks_a_fact(t: str) -> bool:
    """The lower-cased text `t` is one sentence that opens with a question word (`question_words.FACT_OPENINGS`):
    "who wrote the lyrics of ...", "¿cuál es la función del páncreas?"; not a clause of time that English
    opens alike (`question_words.NOT_FACT_OPENINGS`: "when you get a chance write me a short poem"), nor German's
    "how do I" (`question_words.HOW_TO_PERSONS`: "wie rufe ich eine Funktion auf?")."""
    s = t.lstrip(_OPENING_MARKS)
    return (s.startswith(question_words.FACT_OPENINGS) and not s.startswith(question_words.NOT_FACT_OPENINGS)
            and not _HOW_TO.match(s) and not _SENTENCE_END.search(s.rstrip(" ?？!.\n")))


def asks_a_wordy_fact(t: str) -> bool:
    """`asks_a_fact`, opened with a question word of a language that asks in as many words as English or more
    (`question_words.WORDY_FACT_OPENINGS`: "qu'est-ce que ...", "¿en qué año ...?"): `tasks.is_trivial`
    reads its length in words. Not when it joins a how or a why (`question_words.JOINED_EXPLANATIONS`)."""
    return (asks_a_fact(t) and t.lstrip(_OPENING_MARKS).startswith(question_words.WORDY_FACT_OPENINGS)
            and not any(joined in t for joined in question_words.JOINED_EXPLANATIONS))


_STRONG_CODE = tuple(stem for stem in _CUES["code"]
                     if stem in build_words.NOT_WEAK_CODE or not stem.startswith(build_words.WEAK_CODE))


def _names_a_tool(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` (of `words`) names a programming tool (`tool_words`): a name that means
    nothing else, or one that does beside a word of what it is used for ("my React component")."""
    named = tool_words.TOOLS.intersection(words)
    if any(name not in tool_words.LATEX_COMMANDS or "\\" + name not in t for name in named):
        return True
    return (
        not tool_words.SHARED_NAMES.isdisjoint(words)
        and (not tool_words.TOOL_CONTEXT.isdisjoint(words) or any(c in t for c in tool_words.TOOL_CONTEXT_UNSPACED)))


def _names_only_code(t: str, words: Collection[str]) -> bool:
    """`t` (of `words`) holds a word of the code family that names nothing else (Python, SQL, a regex, an
    algorithm), where a word begins: after a space or a mark, or glued to Chinese or Japanese ("用Python")."""
    return any(stem in t and (not stem[0].isalpha() or not stem.isascii() or _begins_a_word(t, stem)
                              or any(w.startswith(stem) for w in words))
               for stem in _STRONG_CODE)


def _states_a_general_claim(t: str, words: Collection[str]) -> bool:
    """Round 11: beside what a claim about numbers or figures is about (`claim_object`), a word of
    generality and a question of why or a request to show it (`cue_words.CLAIM_ALL`, `CLAIM_WHY`):
    "Why is the product of two odd numbers always odd?", "show me why any multiple of 6 is ...". The
    words split at an apostrophe or a hyphen are whole words here too."""
    return (not cue_words.CLAIM_ALL.isdisjoint(words)
            and (not cue_words.CLAIM_WHY.isdisjoint(words) or any(p in t for p in cue_words.CLAIM_WHY_PHRASES)))


def _targets(names: tuple[str, ...]) -> re.Pattern[str]:
    """One of `names` as the target of a translation: after a word of direction (`port_words.TO_WORDS`) or
    Chinese 成 (`TO_UNSPACED`), or before a particle of direction (`AFTER_NAME`: "javaに", "java로", "java'ya")
    with no Latin letter after it (French "c'est" is no Turkish "C'e")."""
    name = "(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")"
    to = "|".join(map(re.escape, port_words.TO_WORDS))
    after = "|".join(map(re.escape, port_words.AFTER_NAME))
    return re.compile(rf"(?:(?<!\w)(?:{to})\s+|[{''.join(port_words.TO_UNSPACED)}]\s*){name}(?![\w+#])"
                      rf"|(?<![a-z0-9_+#]){name}\s?(?:{after})(?![a-z])")


_STRONG_TARGET = _targets(port_words.TARGETS)
_WEAK_TARGET = _targets(port_words.WEAK_TARGETS)
# Quoted material ("Translate 'I want to go to Java' into Spanish"): what is translated, not where to.
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|「[^」\n]*」|(?<!\w)'[^'\n]*'(?!\w)")
_CLAUSE_ENDS = re.compile(r"[.!?]+(?=\s|$)|[。！？:：;\n]")


def code_target(t: str) -> str:
    """"strong" when a clause of the lower-cased text `t` that holds a verb of translating or converting
    (`port_words.PORT_VERBS`) names a programming language as its target ("translate this function to
    rust", "nach java", "翻译成 java", "javaに翻訳"), "weak" when only a name that also means other things
    is the target ("to go", "in c": code only where code is named or shown), else "". Quoted material is
    read as what is translated; the clause ends at a colon, so the text after it is material too."""
    if not any(v in t for v in port_words.PORT_VERBS):
        return ""
    found = ""
    for clause in _CLAUSE_ENDS.split(_QUOTED.sub(" ", t)):
        if any(v in clause for v in port_words.PORT_VERBS):
            if _STRONG_TARGET.search(clause):
                return "strong"
            if _WEAK_TARGET.search(clause):
                found = "weak"
    return found


def _any_whole_word(words: Collection[str]) -> re.Pattern[str]:
    """One of `words`, as a whole word (the longest first)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")


_BUILD_WORD = _any_whole_word(build_words.BUILD_WORDS)
_NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_OBJECT_FIRST = re.compile(r"[^\u0000-\u04ff\u1e00-\u1eff]")   # a verb of a script whose object comes before it


def builds(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` asks for something to be made: a build verb (`build_words.BUILD_WORDS`,
    `BUILD_PHRASES`) not followed by the user's own software or "with" ("make my website load faster"
    is none), and a verb of doing (`DO_WORDS`) only with a word after it ("what should I do?" is none);
    or wanting or needing (`WANT_PHRASES`) something other than to know. In scripts of languages that
    put the object first (Japanese, Korean, Hindi, ...) the verb alone. Read only where software is
    named, so few requests pay for it. `words`: the text's words (`_words`)."""
    for start, end in _build_spans(t, words):
        if _OBJECT_FIRST.match(t, start):
            return True
        nxt = _NEXT_WORDS.match(t, end)
        if nxt is None and t[start:end] not in build_words.DO_WORDS:
            return True   # the verb ends its clause ("... eine App bauen, die ...")
        if nxt and (not build_words.NOT_BUILT.intersection(nxt.groups())
                    or (_asked_of_you(t, start) and _software_follows(t, end))):
            return True
    for phrase in build_words.WANT_PHRASES:
        i = t.find(phrase)
        if i >= 0 and (i == 0 or not t[i - 1].isalpha()):
            nxt = _NEXT_WORDS.match(t, i + len(phrase))
            if _OBJECT_FIRST.match(t, i) or (nxt and nxt.group(1) not in build_words.NOT_WANTED):
                return True
    return False


def _build_spans(t: str, words: Collection[str],
                 phrases: tuple[str, ...] = build_words.BUILD_PHRASES) -> list[tuple[int, int]]:
    """Where the lower-cased text `t` (of `words`) holds a build verb (`build_words.BUILD_WORDS`, whole) or
    one of `phrases` (the first occurrence of each). The pattern of 232 words, tried at every character,
    costs a tenth of a millisecond on a long text: it runs only on a text that holds a build word `_words`
    splits; the others are the build words among `words`, found where they stand whole."""
    if any(w in t for w in _SPLIT_BUILD_WORDS):
        spans = [(m.start(), m.end()) for m in _BUILD_WORD.finditer(t)]
    else:
        spans = sorted(span for w in build_words.BUILD_WORDS.intersection(words) for span in _whole(t, w))
    return spans + [(i, i + len(p)) for p in phrases for i in [t.find(p)] if i >= 0]


def _whole(t: str, word: str) -> list[tuple[int, int]]:
    """Where `word` stands in `t` with no word character (`\\w`: a letter, a digit or "_") on either side."""
    out, i, n = [], t.find(word), len(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not _word_char(t[i - 1])) and (j == len(t) or not _word_char(t[j])):
            out.append((i, j))
        i = t.find(word, i + 1)
    return out


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


_CODE_WORDS = tuple(sorted({s.strip() for s in _CUES["code"]}
                           | {w for w, family in cue_words.WHOLE_WORDS.items() if family == "code"}))
_TEXT_STEMS = tuple(sorted({s.strip() for s in _CUES["writing"] + cue_words.STEMS["writing"]
                            + cue_words.STEMS["product"] + build_words.MADE_TEXTS}))
_TEXT_WORDS = frozenset(w for w, family in cue_words.WHOLE_WORDS.items() if family in ("writing", "product"))
_MADE_PHRASES = build_words.BUILD_PHRASES + build_words.MADE_VERBS
_WORD_EDGES = ",.!?:;\"'()«»“”„"
MADE_WORDS, MADE_CHARS = 5, 16   # after a verb of a spaced script; around one of a script without spaces


def made_thing(t: str, words: Collection[str]) -> str:
    """What the lower-cased text `t` asks to be made: "code" or "writing" by the first word among the
    few after a build verb that names code (`cues` "code" family) or a text (the writing and product
    families, `build_words.MADE_TEXTS`), else "". In scripts that put the object first, or write no spaces,
    code named just before or after the verb ("関数を書いて", "写一个函数"). `words`: the text's words."""
    for start, end in sorted(_build_spans(t, words, _MADE_PHRASES)):
        if t[start:end] in build_words.BUILD_NOUNS:
            continue
        if _OBJECT_FIRST.match(t, start):
            if any(w in t[max(0, start - MADE_CHARS):end + MADE_CHARS] for w in _CODE_WORDS):
                return "code"
            continue
        for word in t[end:end + 80].split()[:MADE_WORDS]:
            word = word.strip(_WORD_EDGES)
            if word.startswith(_CODE_WORDS):
                return "code"
            if word in build_words.BUILD_WORDS:   # another verb ("program yaz": write a program)
                continue
            if word.startswith(_TEXT_STEMS) or word in _TEXT_WORDS:
                return "writing"
    return ""


def _asked_of_you(t: str, start: int) -> bool:
    """The words just before the verb at `start` ask the assistant to do it (`build_words.ASKED_OF_YOU`:
    "can you", "help me", "puedes", ...)."""
    return t[max(0, start - 24):start].rstrip().endswith(build_words.ASKED_OF_YOU)


_SOFTWARE_STEMS = cue_words.STEMS["software"]
_SOFTWARE_WORDS = frozenset(w for w, family in cue_words.WHOLE_WORDS.items() if family == "software")


def _software_follows(t: str, end: int) -> bool:
    """Software is named within the four words after the verb ending at `end` ("make my website
    responsive", "hacer que mi página web ...", not "make my phone stop ... from the weather app")."""
    words = t[end:end + 80].split()[:4]
    window = " ".join(words)
    return (any(w.strip(",.!?:;") in _SOFTWARE_WORDS for w in words)
            or any(_begins_a_word(window, stem) for stem in _SOFTWARE_STEMS))


_REPAIR_WORD = _any_whole_word(build_words.REPAIR_WORDS)


def _names_everyday_life(t: str, words: Collection[str]) -> bool:
    """The lower-cased text `t` names the body, travel, a vehicle, music, an animal or an application to a
    school or a state (`build_words.EVERYDAY_STEMS` beginning a word, `EVERYDAY_WORDS` whole), where a word
    of the code family that names other things as often means one of those ("the liver's function", "a visa
    for the program"). `words`: the text's words (`_words`); only those that are everyday words or begin
    as a stem does are looked for in the text (a pattern of them all, tried at every character, cost a
    tenth of a millisecond on a long text)."""
    whole = build_words.EVERYDAY_WORDS.intersection(words).union(w for w in _SPLIT_EVERYDAY_WORDS if w in t)
    if any(_whole(t, w) for w in whole):
        return True
    stems = {stem for w in words for stem in _EVERYDAY_BY_BEGINNING.get(w[:_STEM_LETTERS], ()) if w.startswith(stem)}
    return any(_begins_a_word_char_run(t, stem) for stem in stems)


def _begins_a_word_char_run(t: str, stem: str) -> bool:
    """`stem` occurs in `t` with no word character (`_word_char`) before it."""
    i = t.find(stem)
    while i > 0 and _word_char(t[i - 1]):
        i = t.find(stem, i + 1)
    return i >= 0


def repairs(t: str) -> bool:
    """The lower-cased text `t` names a repair of software (`build_words.REPAIR_WORDS`, `REPAIR_PHRASES`):
    whose software is not asked, since one repairs one's own. Read only where software is named."""
    return _REPAIR_WORD.search(t) is not None or any(p in t for p in build_words.REPAIR_PHRASES)


def words_of(text: str) -> set[str]:
    """The words of `text` as `_words` splits them: letters only, and runs inside an unspaced script."""
    return _words(utf8(text))


def _words(raw: bytes) -> set[str]:
    """`set(_WORD.findall(text))` of the text whose UTF-8 bytes are `raw` (see `_BYTE_NON_LETTERS`), and
    the runs of other letters inside a word of a script written without spaces (`_UNSPACED`)."""
    pieces = raw.translate(_BYTE_NON_LETTERS).decode("utf-8", "surrogatepass").split()
    words = {piece for piece in pieces if piece.isascii()}
    for piece in pieces:
        if not piece.isascii():
            words.update(_WORD.findall(piece))
            if _UNSPACED.search(piece):
                words.update(word for run in _UNSPACED.split(piece) for word in _WORD.findall(run))
    return words


# The build words that `_words` splits (Devanagari and Bengali vowel signs are no letters to it): looked for
# as substrings; every other build word the pattern finds is one of the text's words.
_SPLIT_BUILD_WORDS = tuple(sorted(w for w in build_words.BUILD_WORDS if _words(utf8(w)) != {w}))
# Likewise for the everyday words ("green card"); an everyday stem begins one of the text's words.
_SPLIT_EVERYDAY_WORDS = tuple(sorted(w for w in build_words.EVERYDAY_WORDS if _words(utf8(w)) != {w}))
_STEM_LETTERS = 4   # the shortest everyday stem's


def _by_beginning(stems: Collection[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        out[stem[:_STEM_LETTERS]] = (*out.get(stem[:_STEM_LETTERS], ()), stem)
    return out


_EVERYDAY_BY_BEGINNING = _by_beginning(build_words.EVERYDAY_STEMS)


def _stem_tasks(words: Collection[str]) -> set[str]:
    """The tasks of the word stems that begin any of `words`."""
    hits = {_SHORT_STEMS[w[:k]] for k in _SHORT_LENGTHS for w in words if w[:k] in _SHORT_STEMS}
    for word in [w for w in words if w[:_LONG] in _BEGINNINGS]:   # most words begin like no stem
        for k in range(_LONG, len(word) + 1):
            task = _BEGINNINGS.get(word[:k])
            if task is None:
                break
            if task:
                hits.add(task)
    return hits


# A number standing alone (not an ordinal, "17th", part of a name, "h1n1", nor of a compound, "a 33-year-old"),
# in any script around it.
_LONE_NUMBER = re.compile(r"(?<![a-zа-яё0-9.,])\d+(?:[.,/]\d+)*(?![a-zа-яё0-9]|-[a-zа-яё])")
YEAR = re.compile(r"1\d{3}|20\d{2}")


def _works_on_a_number(t: str) -> bool:
    """The lower-cased text `t`, which names a number's property or a figure (`cue_words` "claim_object",
    "number_property"), holds a number to work on: one standing alone, not a year, outside the phrases that
    name something else (`question_words.NOT_NUMBER_PROPERTY`: "the 17th prime minister")."""
    if any(p in t for p in question_words.NOT_NUMBER_PROPERTY):
        return False
    return any(not YEAR.fullmatch(n.group()) or _a_year_worked_on(t, n) for n in _LONE_NUMBER.finditer(t))


_PROPERTY_WORDS = cue_words.STEMS["claim_object"] + cue_words.STEMS["number_property"]
_PROPERTY_REACH = 24   # characters: "the prime factorisation of 1260", "Is 2023 a prime number"
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _a_year_worked_on(t: str, number: re.Match[str]) -> bool:
    """A number shaped like a year (1000-2099) is one to work on where a property's word sits beside it and
    no word of time comes before it: "Is 2023 prime?", "the square root of 1024", "1001是质数吗", not "the
    sum of the reparations in 1919" nor "1995年"."""
    start, end = number.span()
    before = _WORD_BEFORE.search(t, max(0, start - _PROPERTY_REACH), start)
    if (before and before.group(1) in question_words.YEAR_BEFORE) or t.startswith("年", end):
        return False
    around = t[max(0, start - _PROPERTY_REACH): end + _PROPERTY_REACH]
    return any(p in around for p in _PROPERTY_WORDS)
