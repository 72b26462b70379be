"""Reading a latest turn after earlier ones (`tasks.stands_alone`): does it close the conversation, or ask
about a topic of its own?

Why words and no model of the conversation: a turn that closes ("Danke!", "谢谢！", "ok great") or names
a new topic ("Explain quantum entanglement.") is short and says so in a few words of every language, and a
wrong reading costs only the conversation's task for one turn (the smallest model without thinking for a
"Thanks, now do the same for 5 trains" read alone). The words are in `turn_words`.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import turn_words
from .signals import CJK_CHARS, HAN_COMPATIBILITY_CHARS, OPENING_MARKS, THAI_LAO_CHARS

CLOSING_MAX_CHARS = 80     # thanks with a courtesy: longer turns say more than thanks
TOPIC_MAX_CHARS = 200      # a request about a topic, one line
_UNSPACED_CHARS = re.compile(rf"[{THAI_LAO_CHARS}{CJK_CHARS}{HAN_COMPATIBILITY_CHARS}\U0001f000-\U0001faff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_OPENING_MARKS = OPENING_MARKS


def _alternation(phrases: Iterable[str], bounded: bool, ends: bool = True) -> re.Pattern[str]:
    """One pattern of `phrases`, the longest first (an alternation takes its first match, not its longest);
    `bounded`: where a word begins, and where one ends too unless not `ends`."""
    body = "|".join(map(re.escape, sorted(set(phrases), key=len, reverse=True)))
    if not bounded:
        return re.compile(f"(?:{body})")
    return re.compile(rf"(?<![^\W_])(?:{body})" + (r"(?![^\W_])" if ends else ""))


def _patterns(phrases: Iterable[str], ends: bool = True) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(pattern of the spaced scripts' phrases as whole words, or word starts where not `ends`; anywhere
    pattern of the others')."""
    phrases = tuple(phrases)
    unspaced = [p for p in phrases if _UNSPACED_CHARS.search(p)]
    spaced = [p for p in phrases if not _UNSPACED_CHARS.search(p)]
    return _alternation(spaced, True, ends), _alternation(unspaced, False)


_CLOSINGS = _patterns(turn_words.CLOSINGS)
_COURTESY = _patterns(turn_words.COURTESY)


def _remove(patterns: tuple[re.Pattern[str], re.Pattern[str]], t: str) -> str:
    return patterns[1].sub(" ", patterns[0].sub(" ", t))


def closes(text: str) -> bool:
    """The turn is made of thanks, praise, an acknowledgement or a goodbye (`turn_words.CLOSINGS`), with
    words that go with them (`turn_words.COURTESY`) at most, in any language: "Danke!", "perfect, thank
    you", "Merci beaucoup !", "好的，谢谢". A number or any other word asks more ("Thanks, now do the same
    for 5 trains", "谢谢，那如果是2小时呢？"), and an acknowledgement alone ("ok") may say "go on"."""
    t = text.strip().lower()
    if not t or len(t) > CLOSING_MAX_CHARS or any(c.isdigit() for c in t):
        return False
    if not (_CLOSINGS[0].search(t) or _CLOSINGS[1].search(t)):
        return False
    return not _LETTER.search(_remove(_COURTESY, _remove(_CLOSINGS, t)))


def without_closings(text: str) -> str:
    """The lower-cased text without its closing words: what it says beside its thanks."""
    return _remove(_CLOSINGS, text.lower())


_LEADS = re.compile("(?:" + "|".join(map(re.escape, sorted(turn_words.TOPIC_LEADS, key=len, reverse=True)))
                    + r")(?![^\W_])[\s,]*")
_REQUESTS = _patterns(turn_words.TOPIC_REQUESTS)
_BACK_UNSPACED = re.compile("|".join(map(re.escape, turn_words.BACK_REFERENCES_UNSPACED)))
_EMPTY_UNSPACED = re.compile("|".join(map(re.escape, turn_words.EMPTY_TOPIC_UNSPACED)))


def names_a_topic(text: str) -> bool:
    """The turn asks about a topic it names ("Explain quantum entanglement.", "Erkläre mir die
    Quantenverschränkung.", "解释一下量子纠缠"): a request verb at its start (after a polite lead: "Can you
    explain ...", `turn_words.TOPIC_REQUESTS`), or in Japanese and Korean before it, then a topic that holds
    no word pointing back (`turn_words.BACK_REFERENCES`: "Explain that step.", "Erkläre das nochmal") and
    more than a question word ("Can you explain why?")."""
    s = text.strip().lstrip(_OPENING_MARKS)
    if not s or len(s) > TOPIC_MAX_CHARS or "\n" in s:
        return False
    t = s.lower()
    start = 0
    while lead := _LEADS.match(t, start):
        start = lead.end()
    request = _REQUESTS[0].match(t, start) or _REQUESTS[1].match(t, start)
    if request is not None:
        begin, end = request.end(), len(t)
    else:
        after = min((i for i in (t.find(m) for m in turn_words.TOPIC_REQUESTS_AFTER) if i > 0), default=-1)
        if after < 0:
            return False
        begin, end = start, after
    return _own_topic(s[begin:end] if len(s) == len(t) else "", t[begin:end])


def _own_topic(original: str, topic: str) -> bool:
    """The lower-cased `topic` (of the `original` text, "" where lower-casing moved its letters) names
    something and points back at nothing."""
    words = _WORD.findall(topic)
    if not turn_words.BACK_REFERENCES.isdisjoint(words) or _BACK_UNSPACED.search(topic):
        return False
    if turn_words.GERMAN_DAS in words and not _das_is_an_article(original):
        return False
    content = [w for w in words if w not in turn_words.EMPTY_TOPIC]
    if any(_UNSPACED_CHARS.search(w) for w in content):
        rest = _EMPTY_UNSPACED.sub("", "".join(content))
        return len(rest) >= 2 and rest not in turn_words.GENERIC_TOPICS_UNSPACED
    named = [w for w in content if w not in turn_words.ARTICLES]
    return bool(named) and not all(w in turn_words.GENERIC_TOPICS for w in named)


_DAS = re.compile(r"(?<![^\W_])das(?![^\W_])\W*(\w?)", re.IGNORECASE)


def _das_is_an_article(original: str) -> bool:
    """Every German "das" of the topic is an article before a capitalised noun ("Erkläre das Higgs-Boson"),
    not a pronoun that points back ("Erkläre das nochmal", "Erklär mir das bitte genauer")."""
    return bool(original) and all(m.group(1)[:1].isupper() for m in _DAS.finditer(original))


def german_das_points_back(text: str) -> bool:
    """A German "das" of `text` is a pronoun that points back ("Kannst du das erklären?"), not an article before
    a capitalised noun ("Ist das Ende zu traurig?")."""
    return _DAS.search(text) is not None and not _das_is_an_article(text)


_OWN_THINGS = _patterns(turn_words.OWN_THINGS + turn_words.SAYINGS, ends=False)   # "joke" begins "jokes"
_POINTS_BACK = turn_words.BACK_REFERENCES - turn_words.ASKED_PERSON


def asks_its_own_thing(text: str) -> bool:
    """The turn asks for a thing complete in itself (`turn_words.OWN_THINGS`: "Tell me a joke.", "Cuéntame un
    chiste.", "讲个笑话") or how something is said in another language (`turn_words.SAYINGS`), in one line, and
    points back at nothing ("Tell me a joke about this equation.", "Explain that joke.")."""
    s = text.strip()
    if not s or len(s) > TOPIC_MAX_CHARS or "\n" in s:
        return False
    t = s.lower()
    if not (_OWN_THINGS[0].search(t) or _OWN_THINGS[1].search(t)):
        return False
    return _POINTS_BACK.isdisjoint(_WORD.findall(t)) and not _BACK_UNSPACED.search(t)


_FACT_WORDS_UNSPACED = re.compile("|".join(map(re.escape, turn_words.FACT_WORDS_UNSPACED)))
_ANSWER_UNSPACED = re.compile("|".join(map(re.escape, turn_words.ANSWER_WORDS_UNSPACED)))
FACT_MAX_CHARS = 60   # a one-line question of fact in a script without spaces


def asks_an_unspaced_fact(text: str) -> bool:
    """A one-line question of fact in Chinese, Japanese or Korean (`turn_words.FACT_WORDS_UNSPACED`, a question
    mark), with no number and nothing pointing back ("モナリザを描いたのは誰？", "蒙娜丽莎是谁画的？"; not
    "那x是多少？", "这是谁说的？")."""
    s = text.strip()
    if not s or len(s) > FACT_MAX_CHARS or "\n" in s or not s.endswith(("?", "？")) or any(c.isdigit() for c in s):
        return False
    return bool(_FACT_WORDS_UNSPACED.search(s)) and not _BACK_UNSPACED.search(s) and not _ANSWER_UNSPACED.search(s)
