"""Task class of a request: which published prior applies to it and whether Qwen3 should think.

Why rules and not a learned classifier: no labelled multilingual task data exists here, and the
class picks a column of the priors table and the thinking policy, so a wrong class costs some
quality, not a failed request. Two kinds of evidence, both prompt-only: shapes that survive
translation (tools in the request, length, code punctuation and indented lines, digits with
operators or several quantities, answer options, question marks of several scripts), and the words
that name the task, from small hand-written lexicons in about 25 languages (`cues`).

Order matters: tools and length decide before content; visible code before words; a request that
names its task (role-play, extraction or translation, a proof) before the quantities it contains,
so a table of figures to extract is not a sum to work out.
"""

from __future__ import annotations

import re

from . import cue_words, question_words, turns
from .cues import STATEMENT_END, YEAR, asks_a_fact, asks_a_wordy_fact, cue_hits, made_thing, words_of
from .edits import edit_head
from .fragments import holds_code_fragment
from .preambles import task_after_role
from .error_messages import asks_about_an_error
from .problems import states_a_problem
from .scales import bounds_a_scale
from .puzzles import poses_a_puzzle
from .signals import OPENING_MARKS, OPENING_PARENTHESIS, dense_signals, holds_question_mark
from .stubs import is_code_stub

_MATERIAL = re.compile(r":\s|：")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
LABEL_CHARS = 24   # the word of a series right before its number, at most
# An ordinal's ending ("3-м", "5-я", "3rd", "3e", "2ª"), then the word after a number. German and Polish
# "4. Staffel" is not read: the signals count its dot as a sentence's end, and a label is read in one sentence.
_LABEL_AFTER = re.compile(r"(-[^\W\d_]{1,3}|st|nd|rd|th|e|er|re|ème|ª|º)?[ \t]+([^\W\d_]+)")

TASKS: tuple[str, ...] = ("math", "code", "reasoning", "knowledge", "extraction", "writing", "roleplay", "chat",
                          "long_context", "tool_use")
# Qwen3's guidance: thinking for complex logic, math and code; no thinking for quick general answers.
# The priors agree: thinking adds 35-46 points on AIME and LiveCodeBench, nothing on IFEval and
# Arena-Hard, and costs long-context retrieval (RULER, 8B: 84.4 thinking against 89.1 not).
THINKING_TASKS = frozenset({"math", "code", "reasoning"})
LONG_CONTEXT_TOKENS = 8192
KNOWLEDGE_MIN_TOKENS = 20   # counted with the chat template's 8 tokens: about 12 of content
TRIVIAL_MAX_TOKENS = 24     # about 16 tokens of content: a greeting or a one-line fact
# Scripts differ in tokens per word (a Hindi or Thai question takes two to three times the tokens of
# its English original): a one-sentence question of at most this many characters is short as well.
# The tokens must be the text's own (at most 2 per character, the chat template's 8 aside), not tool
# definitions or earlier turns sent with a short question.
TRIVIAL_MAX_CHARS, TOKENS_PER_CHAR, TEMPLATE_TOKENS = 64, 2, 8
# Qwen's tokenizer spends more tokens on a German, Spanish or Russian word than on an English one, so a
# question as short as a trivial English one (16 content tokens, about 12 words) is short in words as well,
# in a script that spaces its words (at most `WORD_CHARS` characters a word on average; a Chinese or Thai
# text has none, or spaces only between phrases).
TRIVIAL_MAX_WORDS, WORD_CHARS = 12, 12
# A one-sentence question opened with a question word of a language that asks in as many words as English or
# more (`cues.asks_a_wordy_fact`: German, Spanish, French, Italian, Portuguese, Dutch) is a one-line fact up to
# more words: English's 16 content tokens hold such a question of up to about 14 words, and its translation
# takes up to about 15% more ("Quel est le nom des particules qui composent le noyau d'un atome ?" against
# "What is the name of the particles that make up an atom's nucleus?"). English's own are read in tokens.
FACT_MAX_WORDS = 16
CHAT_MAX_TOKENS = 48        # a greeting with a question ("Good morning! How are you today?"), any script
MATERIAL_CHARS = 40         # material after the colon, at least
TAIL_CHARS = 40             # "Explain." / "Justify." after a question: it asks to justify the answer
MIN_SITUATION = 2           # sentences (Chinese and Japanese full stops included) of a described situation
# A passage, a blank line, a question about it: the question one sentence of at most `QUESTION_MAX_CHARS`,
# the passage at least `PASSAGE_MIN` long (a character of a script without spaces counts 3, as a Chinese
# character says about what 3 Latin letters do) in sentences and characters; longer where the question
# asks "how many" or "how much", as a word problem's question does (`QUANTITY_PASSAGE_MIN`).
QUESTION_MAX_CHARS, PASSAGE_MIN, QUANTITY_PASSAGE_MIN = 200, (2, 150), (3, 300)
# What a question about a passage may still ask for: a sum, a proof, code, a text or a role of its own
# ("Calculate what share of the workers died", "Write a sequel").
_ASKS_BEYOND_THE_PASSAGE = frozenset({"math", "code", "program", "reasoning", "writing", "roleplay"})
# What an edit's head may also ask of code, a sum, a proof or a role ("Rewrite this function in Rust: ..."); the
# words of the text it gives are its material ("... мы решили остаться дома" holds "реши", solve).
_NOT_EDITS = ("code", "program", "named_code", "software", "math", "reasoning", "roleplay")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A text, a role or a program asked for: a puzzle's shape inside it is the made thing's content (`puzzles`).
_MADE_THINGS = ("writing", "roleplay", "role_clause", "program")
# A list given as a literal of three quoted items or more at the request's end ("... concatenate them.
# ['p', 'that.', 'o']", "7, ['q', 'e', 'w']"): the input of an operation to run over it, program
# execution in any language, whatever the items hold. A list quoted inside a sentence is no input.
_LIST_INPUT = re.compile(r"""\[\s*(?:(['"])[^'"\n]*\1\s*,\s*){2,}(['"])[^'"\n]*\2\s*\]\s*$""")
LIST_INPUT_CHARS = 4000   # the end of the text the list is looked for in


def _has_code(sig: dict[str, float]) -> bool:
    return bool(sig["fence"] or sig["n_code_lines"] >= 2 or (sig["code_share"] >= 1.2 and sig["n_code_lines"] >= 1))


def _has_quantities(sig: dict[str, float]) -> bool:
    """Math markup, or two quantities or more: word problems ("James runs 3 sprints 3 times a week")
    are math in every language, and a request that names another task was classified before."""
    return sig["log_markup"] > 0 or sig["n_quantities"] >= 2


def classify(sig: dict[str, float], prompt_tokens: int, has_tools: bool, text: str = "",
             long_context_tokens: int = LONG_CONTEXT_TOKENS) -> str:
    """One of TASKS, from the signals of `signals.dense_signals` and the text's cue words."""
    if has_tools:
        return "tool_use"
    if prompt_tokens >= long_context_tokens:
        return "long_context"
    # Code that stops at a definition to complete, whatever its comment's words name (`stubs`).
    if sig["fence"] or is_code_stub(text):
        return "code"
    # Round 14: a programming problem told in words ("Given an integer array nums, return ...", "Design a data
    # structure that ..."), before its scene is read as a puzzle, its paragraphs as a passage and its sums as
    # math (`problems`); answer options make it a test question about the procedure.
    if text and sig["n_options"] < 2 and states_a_problem(text):
        return "code"
    # An error message a program printed ("TypeError: ...", a traceback, "panic: ..."), asked about or pasted alone,
    # before its words are read as the user's (`error_messages`).
    if text and sig["n_options"] < 2 and asks_about_an_error(text):
        return "code"
    cues = cue_hits(text) if text else set()
    # Round 12: a puzzle told by its shape, not a cue word (a chain of swaps, a Boolean expression, brackets
    # to close, a count in a described scene: `puzzles`), even as a test question, unless a text or a
    # program is asked for ("Write a story in which Alice and Bob swap bodies, then ..."); math where it
    # counts in figures ("7 desks in a row. Hector sits 2 seats to the right of Kim ...").
    if text and cues.isdisjoint(_MADE_THINGS) and poses_a_puzzle(text.lower()):
        return "math" if _has_quantities(sig) else "reasoning"
    asked = _question_after_passage(text) if sig["n_options"] < 2 else None
    if asked is None and sig["n_options"] < 2 and not sig["log_markup"] and not _has_code(sig):
        asked = _request_before_passage(text)
    if asked is not None and not asked & _ASKS_BEYOND_THE_PASSAGE:
        return "extraction"
    # Answer options: a test question, about a speech, a website or a quoted "you are the ..." at most.
    test_question = sig["n_options"] >= 2
    # A role at the start before a concrete task ("You are a math tutor. Solve ..."), a named person ("You are
    # Elon Musk. ..."): the task of the request after the role, or role-play (`preambles`).
    role_task = "" if test_question or not text else task_after_role(text, cues, lambda rest: _alone(
        rest, max(1, prompt_tokens * len(rest) // len(text)), long_context_tokens))
    if role_task:
        return role_task
    # A program asked for, whatever it is to do ("Write a function to extract ...", "... that calculates").
    if "program" in cues and not test_question:
        return "code"
    # A role given after a lead-in ("Let's play a game: you're the innkeeper"), or a game ("let's play"),
    # unless it plays with numbers.
    if not test_question and "role_clause" in cues:
        return "roleplay"
    # A role posed as a hypothetical ("As a pirate captain, what would you say ...?", "If you were a knight,
    # how would you ...?"), unless it holds a sum, a program or a proof: "If you were to invest ..." poses none.
    if (not test_question and "persona" in cues and not _has_quantities(sig)
            and cues.isdisjoint(("math", "code", "reasoning", "extraction", "quantity"))):
        return "roleplay"
    if not test_question and "play" in cues and not _has_quantities(sig):
        # A game named by what it is ("Let's play chess"), with no role: small talk.
        return "roleplay" if "game" not in cues or "roleplay" in cues else "chat"
    # Code shown to be translated into a language whose name means other things too ("Translate this to Go:"
    # and lines of code): code, not a translation (`cues.code_target`).
    if "code_target" in cues and _has_code(sig):
        return "code"
    # A text given to edit ("Fix the grammar: ...", "Reformule : ...", "润色：..."): writing, not its material (`edits`).
    edited = None if test_question or sig["log_markup"] or _has_code(sig) else edit_head(text)
    if edited is not None and cue_hits(edited).isdisjoint(_NOT_EDITS) and not holds_code_fragment(text):
        return "writing"
    # A story, a poem or a song about a riddle, a proof or a sum ("Write a story where the hero solves a riddle"):
    # the text to make is the task, its topic no puzzle to solve.
    if ("writing" in cues and not cues.isdisjoint(("reasoning", "math")) and not test_question
            and "roleplay" not in cues and "extraction" not in cues and _makes_a_text(text)):
        return "writing"
    for task in ("roleplay", "extraction", "reasoning"):
        if task in cues:
            return task
    # Round 11: the reason for a general claim about numbers or figures ("Why is the product of two odd
    # numbers always odd?", "show me why any multiple of 6 is ..."): a proof asked without a proof word.
    if "claim" in cues and not test_question:
        return "reasoning"
    if "stepwise" in cues and ("knowledge" not in cues or _explains_only_its_answer(text)):
        return "reasoning"
    # A fragment of code on the request's line ("Find the bug: for i in range(10) print(i)", `fragments`).
    if _has_code(sig) or _LIST_INPUT.search(text[-LIST_INPUT_CHARS:]) or holds_code_fragment(text):
        return "code"
    about_material = sig["n_options"] < 2 and _asks_about_material(text)
    material = about_material or (sig["n_options"] < 2 and sig["n_questions"] == 0 and _introduces_material(text))
    # Ideas, a plan or advice asked, and no quantity ("Give me 5 ideas for a 10-year-old's party", "My 2 year
    # old has a fever of 39 degrees, what should I do?"): the numbers describe, they are no sum.
    # A piece of content asked for by its noun too ("Create a meal plan for 7 days with 2000 calories", `contents`),
    # unless it holds a sum's signs ("Make a plan to pay off $5000 in 12 months at 18% interest").
    content = "content" in cues and not (sig["log_money"] or sig["n_operators"] or sig["log_decimals"])
    suggests = (content or not cues.isdisjoint(("ideas", "advice"))) and cues.isdisjoint(("quantity", "math"))
    # A question about code that names its language or tool, and numbers in it ("How do I round 3.14159 to 2
    # decimals in JavaScript?", "Why does my Java loop from 0 to 10 run 11 times?"): the program's data, no
    # sum, unless one is asked for.
    if "named_code" in cues and "math" not in cues and not test_question:
        return "code"
    reckons = not suggests and ((_has_quantities(sig) and not material)
                                or ("quantity" in cues and sig["n_quantities"] >= 1))
    # Numbers that only label and date a one-sentence question or a test question ("Scenario 1 | ... Scenario
    # 2 | ... as of 2020?") are no sum.
    names_only = (sig["n_sentences"] <= 1 or test_question) and _numbers_only_name(text)
    # Numbers that bound a scale, a range to pick from or a count to say ("Rate this essay from 1 to 10: ...",
    # "Pick a number from 1 to 10."): no sum either (`scales`).
    if "math" in cues or (reckons and not names_only and not bounds_a_scale(text)):
        return "math"
    if "code" in cues:
        return "code"
    # Software named by what it is (an app, a bot, a plugin, a class with methods): code, unless the
    # request asks for an explanation ("Explain how a Telegram bot receives messages") or is one
    # question word's question about it ("Which app is best for learning Spanish?") or asks for advice
    # ("Can you recommend a good note-taking app?"): a recommendation, not a build ("Can you make me a
    # bot that ...?" stays a build).
    # Round 10: software names a build beside a build verb ("Can you whip up a bot that ...?"), or in a
    # request that asks no question ("I'd love an app that ..."); "My bank app keeps logging me out, what
    # should I do?" asks about an app.
    asks = ("interrogative" in cues and sig["n_questions"] > 0 and sig["n_sentences"] <= 1) or "advice" in cues
    # A repair ("Can you help me fix my Flask app? It returns 500 ...") is a build unless it is a user's
    # one-sentence question ("How do I fix my banking app when ...?").
    build = "build" in cues or ("repair" in cues and not asks) or (sig["n_questions"] == 0 and not asks)
    if "software" in cues and "knowledge" not in cues and not test_question and "advice" not in cues and build:
        return "code"
    if "syllogism" in cues and not test_question:
        return "reasoning"
    if about_material:   # "What is this letter asking me to do? Dear tenant, ...": about the material
        return "extraction"
    if "writing" in cues or (not cues.isdisjoint(("product", "content")) and not test_question and not asks):
        return "writing"
    if "knowledge" in cues and not _only_in_tail(text):
        return "knowledge"
    if material:
        return "extraction"
    if "ideas" in cues and not test_question:
        return "writing"
    if "greeting" in cues and prompt_tokens <= CHAT_MAX_TOKENS:
        return "chat"
    unmarked = "interrogative" in cues and sig["n_questions"] == 0 and _unmarked_question(text)
    what_to_do = "advice" in cues and any(p in text.lower() for p in cue_words.WHAT_TO_DO)
    return _by_shape(sig, prompt_tokens, "interrogative" in cues, unmarked, what_to_do)


def _makes_a_text(text: str) -> bool:
    lowered = text.lower()
    return made_thing(lowered, words_of(lowered)) == "writing"


def _alone(text: str, tokens: int, long_context_tokens: int) -> str:
    """The task of `text`, `tokens` long, read alone."""
    return classify(dense_signals(text, tokens), tokens, False, text, long_context_tokens)


def _question_after_passage(text: str) -> set[str] | None:
    """The cue hits of the question of a text that is a passage, a blank line and one question about it
    (a question mark of any script, or a question word first: "when did the dam open"), else None. In every language a
    pasted article and a question about it take this shape; a word problem is one paragraph (no row of
    GSM8K or MGSM holds a blank line) or too short to be a passage."""
    if "\n" not in text:
        return None
    parts = _BLANK_LINE.split(text.strip())
    question = parts[-1].strip() if len(parts) > 1 else ""
    if not question or len(question) > QUESTION_MAX_CHARS or STATEMENT_END.search(question.rstrip("?？؟;\u037e ")):
        return None
    if not holds_question_mark(question) and not asks_a_fact(question.lower()):
        return None
    passage = text.strip()[:-len(question)]
    weight = len(passage) + 2 * sum(1 for c in passage if c >= "\u2e80")
    asked = cue_hits(question)
    sentences, chars = QUANTITY_PASSAGE_MIN if "quantity" in asked else PASSAGE_MIN
    return asked if weight >= chars and _sentences(passage) >= sentences else None


# Citation marks right after a full stop, as an encyclopedia's text is pasted ("... 12 to 13 years.[9] Males
# ..."): the stop still ends a sentence.
_CITATIONS = re.compile(r"([.!。！])(?:\[[^\[\]\n]{1,20}\])+")


def _sentences(passage: str) -> int:
    """The passage's sentences, a full stop before citation marks ending one as well."""
    return len(STATEMENT_END.findall(_CITATIONS.sub(r"\1", passage)))


def _request_before_passage(text: str) -> set[str] | None:
    """The cue hits of the request of a text that is one request, a blank line, then a reference text that
    asks nothing, else None: the mirror of `_question_after_passage`, as applications send a question with
    the text retrieved for it ("When did the line open?", "Who is Shoji Hashimoto", "Tell me about the dam",
    then an article). The request is one sentence of at most `QUESTION_MAX_CHARS`; the text is as long as
    a passage there, and ends in no question (a riddle or a word problem pasted under "solve this" asks its
    own). The caller keeps out math markup and code, and the request's cues keep a sum, a program or a text
    asked for."""
    parts = _BLANK_LINE.split(text.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    request, passage = parts[0].strip(), parts[1].strip()
    if not request or len(request) > QUESTION_MAX_CHARS or STATEMENT_END.search(request.rstrip(_REQUEST_END)):
        return None
    if passage.endswith(_QUESTION_ENDS):
        return None
    weight = len(passage) + 2 * sum(1 for c in passage if c >= "\u2e80")
    asked = cue_hits(request)
    sentences, chars = QUANTITY_PASSAGE_MIN if "quantity" in asked else PASSAGE_MIN
    return asked if weight >= chars and _sentences(passage) >= sentences else None


_REQUEST_END = "?？؟;\u037e.!。！ "
_QUESTION_ENDS = ("?", "？", "؟", ";", "\u037e")


def _explains_only_its_answer(text: str) -> bool:
    """The text's explanation verbs ask to justify its own answer ("How many atoms are in a grain of salt?
    Try to explain your answer ... step-by-step", `cue_words.JUSTIFY_PHRASES`): without those phrases it
    names no topic to explain. "Explain step by step how a bill becomes law" keeps its topic."""
    t = text.lower()
    if not any(p in t for p in cue_words.JUSTIFY_PHRASES):
        return False
    for phrase in cue_words.JUSTIFY_PHRASES:
        t = t.replace(phrase, " ")
    return "knowledge" not in cue_hits(t)


def _numbers_only_name(text: str) -> bool:
    """The text's numbers name a date or one of a series, not quantities: numbers after a word of a series
    (`question_words.LABEL_WORDS`: "how many episodes in season 4 of ...") or after Chinese and Japanese 第
    ("第4季"), or before one (`_before_a_label`: "в 5 сезоне", "the 3rd season"), and one year at most ("How
    many people lived in London in 1851?", "game 7 of the 2016 world series"; "How many years passed between
    1945 and 1989?" asks a sum). A one-sentence question's "how many" (in any language the quantity lexicon
    reads) then asks about a date or a title, not a quantity to reckon with ("What is 1984 divided by 4?"
    holds 4). Numbers of a product's name (`_name_before`:
    "Compare the iPhone 15 and the Pixel 8") are names too."""
    # A capitalised word names a product only beside one that surely does ("the iPhone 15 and the Pixel 8"):
    # German capitalises every noun ("wenn jeder Korb 12 Äpfel fasst und Lena 5 Körbe füllt"). A number
    # named by nothing is unnamed whatever the others are: the second such number, or one that is no year,
    # ends the reading (a test question's long text holds dozens of numbers).
    unnamed: list[str] = []
    maybe: list[str] = []
    surely = found = False
    for m in _NUMBER.finditer(text):
        found = True
        if _after_a_label(text, m.start()) or _before_a_label(text, m.end()):
            continue
        name = _name_before(text, m.start())
        if name == "surely":
            surely = True
        elif name == "maybe":
            maybe.append(m.group())
        elif unnamed or not YEAR.fullmatch(m.group()):
            return False
        else:
            unnamed.append(m.group())
    if not surely:
        unnamed += maybe
    return found and len(unnamed) <= 1 and all(YEAR.fullmatch(n) for n in unnamed)


def _name_before(text: str, start: int) -> str:
    """Whether the number at `start` is part of a product's or a model's name: "surely" when it is glued to
    Latin letters ("Galaxy S24", "M2", "PS5") or follows a word with a capital inside it ("iPhone 15",
    "MacBook 12"), "maybe" when it follows a capitalised word inside a sentence ("the Pixel 8", "Windows 11";
    not "Add 5 and 7", nor a month's "March 3"), else ""."""
    before = text[start - 1:start]
    if before.isascii() and before.isalpha():
        return "surely"
    word = _LAST_WORD.search(text, max(0, start - LABEL_CHARS), start)
    if word is None or word.group(1).lower() in question_words.CALENDAR_WORDS:
        return ""
    name = word.group(1)
    if any(c.isupper() for c in name[1:]) and any(c.islower() for c in name):
        return "surely"
    return "maybe" if name[0].isupper() and not _opens_a_sentence(text, word.start(1)) else ""


def _opens_a_sentence(text: str, start: int) -> bool:
    """The word at `start` is the text's or a sentence's first."""
    head = text[:start].rstrip(_OPENING_MARKS)
    return not head or head[-1] in _SENTENCE_MARKS


_OPENING_MARKS = OPENING_MARKS + OPENING_PARENTHESIS
_SENTENCE_MARKS = ".!?:;\n。！？"


def _after_a_label(text: str, start: int) -> bool:
    """The number at `start` follows a word of a series (`question_words.LABEL_WORDS`) or 第."""
    if text[start - 1:start] == "第":
        return True
    word = _LAST_WORD.search(text, max(0, start - LABEL_CHARS), start)
    return word is not None and word.group(1).lower() in question_words.LABEL_WORDS


def _before_a_label(text: str, end: int) -> bool:
    """The number ending at `end` comes before a word of a series: an ordinal before any of its forms ("в
    3-м сезоне", "the 3rd season", "la 3e saison"), a bare number before a singular form no count takes
    ("в 5 сезоне", "w 3 sezonie": `question_words.LABEL_FORMS_AFTER_NUMBER`)."""
    after = _LABEL_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(2).lower()
    if after.group(1):
        return word in question_words.LABEL_WORDS or word in question_words.LABEL_FORMS_AFTER_ORDINAL
    return word in question_words.LABEL_FORMS_AFTER_NUMBER


def _introduces_material(text: str) -> bool:
    """An instruction, a colon, then the material it applies to ("Find the number, the total and
    the due date: Invoice INV-2291, total 1,240.00 EUR, ..."): extraction or a summary in every
    language, so the figures in the material are data, not a sum. Not when the request asks a
    question (the caller checks) or holds an equation, or when its instruction holds a number (a
    word problem's quantities come before its question)."""
    if "=" in text:
        return False
    colon = _MATERIAL.search(text)
    if colon is None:
        return False
    head, tail = text[:colon.start()], text[colon.end():]
    return len(tail) >= MATERIAL_CHARS and len(head) <= 2 * len(tail) and not any(map(str.isdigit, head))


_QUESTION_MARK = re.compile(r"[?？؟]")
QUESTION_HEAD_CHARS = 160    # a short question about the material (with any line of context before it)
_DEICTIC = frozenset(cue_words.DEICTIC_WORDS)


def _asks_about_material(text: str) -> bool:
    """Round 11: a short question that points at what follows and asks what it says, means or is about,
    or for it shorter ("What is this letter asking me to do?", "Worum geht es hier?", "Apa intipati notis
    ni?"), then the material, which asks nothing: extraction or a summary, so its figures are data. The
    question holds a word that points (`cue_words.DEICTIC_WORDS`: this, here, hier, esto, ici, тут, ini,
    ...), a word or phrase of saying or meaning (`MATERIAL_WORDS`, `MATERIAL_PHRASES`) and no number;
    the material is at least twice `MATERIAL_CHARS` and as long as the question. "Any advice? My landlord
    wants 300 euros more ..." points at nothing, "Is this right? I paid 3 x 15 ..." asks for a check; a
    word problem asked after its question ends in a question."""
    mark = _QUESTION_MARK.search(text)
    if mark is None or mark.start() > QUESTION_HEAD_CHARS or "=" in text:
        return False
    head, tail = text[:mark.start()].lower(), text[mark.end():].strip()
    if len(tail) < max(2 * MATERIAL_CHARS, len(head)) or _QUESTION_MARK.search(tail) or any(map(str.isdigit, head)):
        return False
    words = set(_WORD.findall(head))
    points = not _DEICTIC.isdisjoint(words) or any(w in head for w in cue_words.DEICTIC_UNSPACED)
    return points and (not cue_words.MATERIAL_WORDS.isdisjoint(words)
                       or any(p in head for p in cue_words.MATERIAL_PHRASES))


_WORD = re.compile(r"[^\W\d_]+")
_LEAD = re.compile(r"[^:：\n]{1,24}[:：]\s*")      # "quick question: ..."
_CLAUSE_MARKS = re.compile(r"[,.!;:，。！；、]")
UNMARKED_WORDS = (3, 14)      # words of a question typed without its mark, at least and at most


def _unmarked_question(text: str) -> bool:
    """Round 11: a question typed without a question mark, in one clause: it opens with a question word
    (`interrogative`), after at most a short lead ("quick question:"), and holds 3 to 14 words ("who
    painted the mona lisa", "hvem opfandt telefonen", "хто написав лісову пісню"). Not an exclamation
    with a comma ("wer hätte das gedacht, endlich Wochenende") nor a longer text."""
    t = text.strip().lower()
    lead = _LEAD.match(t)
    if lead:
        t = t[lead.end():]
    words = t.split()
    if _CLAUSE_MARKS.search(t) or not UNMARKED_WORDS[0] <= len(words) <= UNMARKED_WORDS[1]:
        return False
    return "interrogative" in cue_hits(" ".join(words[:2]))


def _only_in_tail(text: str) -> bool:
    """The explanation verb is a short appendix after a told situation and its question ("Tom is
    taller than Ann. Is Ann taller than Tom? Explain."): the question decides the task, in any
    language. A question alone with a request to explain ("What drove Japan's growth? Explain the
    background.") stays a knowledge request."""
    last = max(text.rfind(q) for q in "?？؟")
    if last < 0 or not 0 < len(text[last + 1:].strip()) <= TAIL_CHARS:
        return False
    before = text[:last]
    return bool(STATEMENT_END.search(before)) and "knowledge" not in cue_hits(before)


def _by_shape(sig: dict[str, float], prompt_tokens: int, fact_question: bool, unmarked: bool = False,
              what_to_do: bool = False) -> str:
    """A request that names no task. A described situation (two sentences or more) that ends in a
    question (and is more than a greeting: "Hi! How are you?") is a puzzle, or a word problem when
    it holds a number: in every language riddles and logic questions take this shape, and a
    knowledge request mostly names itself with a verb (explain, describe, compare), which the cue
    lexicons read first. `unmarked`: a question typed without its mark (`_unmarked_question`).
    `what_to_do`: it asks what I or we should do (`cue_words.WHAT_TO_DO`), advice about a situation
    told without quantities ("We missed our flight. What should we do?"); with quantities it stays a
    puzzle ("I have a 3-litre jug and a 5-litre jug. I need 4 litres. What do I do?")."""
    asks = sig["log_questions"] > 0 or sig["ends_colon"] or sig["n_options"] >= 2 or unmarked
    long_enough = prompt_tokens >= KNOWLEDGE_MIN_TOKENS
    statements = sig["n_sentences"] - sig["n_questions"]   # a situation is told before it is asked about
    advice = what_to_do and sig["n_quantities"] == 0
    if (asks and long_enough and sig["n_options"] < 2 and sig["n_sentences"] >= MIN_SITUATION and statements >= 1
            and not advice):
        return "math" if sig["n_quantities"] >= 1 else "reasoning"
    one_question = sig["log_questions"] > 0 and sig["n_sentences"] <= 1
    if asks and (long_enough or fact_question or one_question or sig["n_options"] >= 2):
        return "knowledge"
    return "chat"


def stands_alone(task: str, text: str) -> bool:
    """A latest turn read alone as `task` asks something of its own: a task other than small talk and
    knowledge, a question of fact ("What's the capital of Canada?", "日本の首都はどこ？"), a request about a topic it names
    ("Explain quantum entanglement.", `turns.names_a_topic`), a thing complete in itself ("Tell me a joke.",
    `turns.asks_its_own_thing`), a greeting ("Hello! How are you?"), or
    thanks, praise or a goodbye alone in any language ("Danke!", "ok great", `turns.closes`). Other small
    talk and questions after earlier turns refer back to them ("再算一次", "And if she had 5 more?", "Can
    you explain that step?"), as does thanks with more ("Thanks, now do the same for 5 trains"): the
    conversation's task goes on."""
    if turns.closes(text):
        return True
    if task in ("knowledge", "chat") and (turns.names_a_topic(text) or turns.asks_its_own_thing(text)):
        return True
    if task == "knowledge":
        return asks_a_fact(text.lower()) or turns.asks_an_unspaced_fact(text)
    return task != "chat" or "greeting" in cue_hits(turns.without_closings(text))


def is_trivial(task: str, sig: dict[str, float], prompt_tokens: int, text: str = "") -> bool:
    """A greeting or a one-line factual question: every Qwen3 size answers it, so the smallest does.
    Short is in tokens, or in characters or words of `text` (when given) for scripts and languages that
    take more tokens per word; a question of fact in a wordy language, in `FACT_MAX_WORDS` words."""
    if task not in ("chat", "knowledge") or sig["n_quantities"] > 1 or sig["n_options"] > 0:
        return False
    chars = len(text.strip())
    short_text = 0 < chars <= TRIVIAL_MAX_CHARS and prompt_tokens <= TEMPLATE_TOKENS + TOKENS_PER_CHAR * chars
    words = len(text.split())
    short_text = short_text or (0 < words <= TRIVIAL_MAX_WORDS and chars <= WORD_CHARS * words)
    short_text = short_text or (task == "knowledge" and TRIVIAL_MAX_WORDS < words <= FACT_MAX_WORDS
                                and chars <= WORD_CHARS * words and asks_a_wordy_fact(text.strip().lower()))
    if task == "chat":   # small talk of up to three sentences
        return (prompt_tokens <= CHAT_MAX_TOKENS or short_text) and sig["n_sentences"] <= 3
    return (prompt_tokens <= TRIVIAL_MAX_TOKENS or short_text) and sig["n_sentences"] <= 1
