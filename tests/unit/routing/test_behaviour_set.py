"""The decision the default policy must get on hand-written requests: 14 kinds, 854 requests, 33 languages.

Provenance: `data/behaviour.jsonl` was written by this project for this test (2026-12-01), not taken
or adapted from any benchmark. Each row is one request of a kind applications send (the eight
MT-Bench kinds, plus code described in words, summaries, proofs, trivia, chat and long-context
retrieval) in English and 14 other languages (it, pt, nl, sv, pl, uk, tr, id, ko, ar, he, hi, th,
vi), none of them in the labelled files. A long-context row is its question after a hand-written
filler paragraph repeated past the long-context threshold. Expected decisions follow Qwen3's
guidance: thinking for math, code, proofs and logic; none for writing, role-play, extraction,
summaries, knowledge (stem and humanities explanations, trivia), chat and retrieval; trivia and
chat on the smallest model; math, code and proofs on a larger one (balanced mode, full catalogue).

`python -m tests.unit.routing.test_behaviour_set [FILE]` prints the misses per language and per kind.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gateway.routing.features import catalogue_views, route_request_from_prompt
from gateway.routing.tasks import LONG_CONTEXT_TOKENS
from gateway.tokens import count_tokens

from .decisions import cheapest

DATA = Path(__file__).with_name("data") / "behaviour.jsonl"
# A second set, written after the lexicons were fixed on the first and measured once before any
# change made for it (BENCHMARKS.md has both figures): other prompts, and es, de, fr, ru, zh, ja,
# bn, sw and fa, three of which (bn, sw, fa) no lexicon held at the time.
UNSEEN = Path(__file__).with_name("data") / "behaviour_unseen.jsonl"
# A third (112 requests: en, it, ko, hi, te, ro, cs, el), written and measured the same way after the
# second was fixed; ro, cs and el had no lexicon then.
THIRD = Path(__file__).with_name("data") / "behaviour_third.jsonl"
# A fourth (84 requests: en, fr, pt, zh, tr, fi), written and measured after the third's fixes;
# Finnish had no lexicon.
FOURTH = Path(__file__).with_name("data") / "behaviour_fourth.jsonl"
# A fifth (56 requests: en, de, fi, th), written before any measurement and kept out of every fit and
# fix: the final held-out check of scripts/task_cv.py. Its misses are kept as they are, not fixed.
FIFTH = Path(__file__).with_name("data") / "behaviour_fifth.jsonl"
# A sixth (84 requests: en, es, pl, ar, vi, hu), written by this project for this test (2026-12-02) before
# any measurement, in the phrasings applications send (informal, indirect, with context, naming no
# textbook verb); measured once before round 9's fixes (BENCHMARKS.md). Hungarian had no lexicon.
SIXTH = Path(__file__).with_name("data") / "behaviour_sixth.jsonl"
# A seventh (56 requests: en, de, ko, tl), written by this project for this test (2026-12-02) after round
# 9's fixes and before any measurement, held out in round 9; round 10 fixed its classes (in-sample since).
SEVENTH = Path(__file__).with_name("data") / "behaviour_seventh.jsonl"
# An eighth (56 requests: en, it, id, sw), written by this project for this test (2026-12-03) before round
# 10's fixes and any measurement, measured once on main's rules, kept out of every fix: held out.
EIGHTH = Path(__file__).with_name("data") / "behaviour_eighth.jsonl"
# A ninth (56 requests: en, da, uk, ms), written by this project for this test (2026-12-03) after round 10
# and before any measurement, measured once on main's rules before round 11 (BENCHMARKS.md); Danish and
# Malay had no lexicon.
NINTH = Path(__file__).with_name("data") / "behaviour_ninth.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ROWS = load(DATA)
UNSEEN_ROWS = load(UNSEEN)
THIRD_ROWS = load(THIRD)
FOURTH_ROWS = load(FOURTH)
FIFTH_ROWS = load(FIFTH)
SIXTH_ROWS = load(SIXTH)
SEVENTH_ROWS = load(SEVENTH)
EIGHTH_ROWS = load(EIGHTH)
NINTH_ROWS = load(NINTH)


def prompt_of(row: dict) -> str:
    """The request's text; a long-context row's filler repeated past the threshold comes first."""
    if "filler" not in row:
        return row["prompt"]
    repeats = LONG_CONTEXT_TOKENS * 5 // (4 * max(count_tokens(row["filler"]), 1))   # a quarter past it
    return row["filler"] * repeats + "\n\n" + row["prompt"]


def misses(policy, views, row: dict) -> list[str]:
    """What the decision got wrong: 'task', 'thinking', 'tier' (empty when all is right)."""
    d = policy.decide(route_request_from_prompt(prompt_of(row), mode="balanced"), views)
    smallest = cheapest(views)
    wrong = []
    if d.task != row["task"]:
        wrong.append("task")
    if d.thinking is not row["thinking"]:
        wrong.append("thinking")
    if (row["tier"] == "smallest") != (d.model == smallest) and row["tier"] is not None:
        wrong.append("tier")
    return wrong


# Misses kept in view (strict: the test fails once one is fixed, so the list stays true).
KNOWN_MISSES = {
    ("behaviour", "th", "reasoning"): "Thai marks no sentence ends; the situation reads as one short question",
    ("third", "el", "code_words"): "'σενάριο' is a script and a film scenario alike: no cue, so no thinking",
    ("third", "it", "writing"): "'biglietto' is a note and a ticket alike: no cue, read as chat (no thinking, as wanted)",
    ("third", "te", "roleplay"): "the Telugu role phrase is in no lexicon: read as chat, no thinking as wanted",
    ("fourth", "zh", "extraction"): "the material after the colon is 38 characters, under MATERIAL_CHARS: "
                                    "Chinese packs more per character",
    ("fourth", "fi", "roleplay"): "'Haluan, että olet ...': the role follows a conjunction, not a clause's start",
    ("fourth", "fi", "code_words"): "'nostometodit': the method word ends a Finnish compound, and stems match at "
                                    "word starts",
    ("fourth", "fi", "humanities"): "Finnish has no lexicon: 'vertaile' (compare) is not read",
    ("unseen", "en", "math"): "artefact version 6 scores this one-step product 0.020 (version 5: 0.032, the "
                              "French row 0.154): among the easiest GSM8K questions, so the smallest model clears "
                              "the balanced floor",
    # The fifth set, held out: 19 misses of 56 (4 thinking) measured once; round 9's class fixes (role
    # clauses, software, writing products, greetings, proof verbs) leave Thai's unmarked rows.
    **{("fifth", "th", kind): "Thai: no verb of the lexicons and no sentence marks, the task read from shape"
       for kind in ("reasoning", "stem", "humanities", "trivia")},
    # The sixth set: 34 misses of 84 (18 thinking) before round 9, 7 (5 thinking) after it, 5 after round 10,
    # these 2 after round 11.
    **{("sixth", lang, "extraction"): "'an email' / 'a message' in the instruction reads as writing, before the "
       "material after the colon" for lang in ("en", "ar")},
    # The seventh set, held out in round 9: 16 misses of 56 (8 thinking) measured once after round 9 (main's
    # rules: 19, 9 thinking); round 10's classes left 3, round 11's (boards and spreadsheets) leave these 2.
    ("seventh", "de", "code_words"): "'was basteln, das ... in einen Ordner verschiebt': no software or tool word "
                                     "beside the folder",
    ("seventh", "tl", "writing"): "'maikling mensahe ... babasahin ko sa reception': a message to read out, no "
                                  "family (a message is also what an extraction quotes)",
    # The eighth set, held out: 14 misses of 56 (6 thinking, 4 tier) on main's rules, measured once; after
    # round 10 these 12 (5 thinking) were left, round 11's classes leave these 4.
    ("eighth", "en", "writing"): "'the menu-board copy': a product of no family",
    ("eighth", "en", "roleplay"): "a role asked for with no role phrase ('take his side and push back')",
    ("eighth", "sw", "writing"): "'tangazo fupi la redio' (a radio ad): a product of no family",
    ("eighth", "sw", "stem"): "'Programu yangu ya benki ...': 'programu' is a code word of the first lexicon, "
                              "not the software family that round 10 reads with a build verb",
    # The ninth set, held out: 26 misses of 56 (13 thinking, 4 tier) on main's rules, measured once; round 11's
    # classes (in-sample for this set since) leave these 3 (no thinking miss, 1 tier).
    ("ninth", "uk", "roleplay"): "'Ти власниця кав'ярні ... став мені питання': a role by description, read as "
                                 "extraction",
    ("ninth", "uk", "reasoning"): "the socks-in-a-drawer puzzle reads as math (thinking and tier right)",
    ("ninth", "ms", "math"): "an unpunctuated budget sum: its difficulty scores under the balanced floor (smallest "
                             "model)",
}


def _param(row: dict, where: str):
    reason = KNOWN_MISSES.get((where, row["lang"], row["kind"]))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(row, marks=marks, id=f"{where}-{row['lang']}-{row['kind']}")


@pytest.mark.parametrize("row", [_param(r, "behaviour") for r in ROWS] + [_param(r, "unseen") for r in UNSEEN_ROWS]
                         + [_param(r, "third") for r in THIRD_ROWS] + [_param(r, "fourth") for r in FOURTH_ROWS]
                         + [_param(r, "fifth") for r in FIFTH_ROWS] + [_param(r, "sixth") for r in SIXTH_ROWS]
                         + [_param(r, "seventh") for r in SEVENTH_ROWS] + [_param(r, "eighth") for r in EIGHTH_ROWS]
                         + [_param(r, "ninth") for r in NINTH_ROWS])
def test_decision(policy, views, row):
    assert misses(policy, views, row) == [], (row["prompt"][-120:],
                                              policy.decide(route_request_from_prompt(prompt_of(row)), views).reason)


@pytest.mark.parametrize("rows,n_langs", [(ROWS, 15), (UNSEEN_ROWS, 10), (THIRD_ROWS, 8), (FOURTH_ROWS, 6),
                                            (FIFTH_ROWS, 4), (SIXTH_ROWS, 6), (SEVENTH_ROWS, 4),
                                            (EIGHTH_ROWS, 4), (NINTH_ROWS, 4)])
def test_the_sets_cover_kinds_and_languages(rows, n_langs):
    kinds = Counter(r["kind"] for r in rows)
    langs = Counter(r["lang"] for r in rows)
    assert len(kinds) == 14 and len(langs) == n_langs and set(kinds.values()) == {n_langs}


def report(rows: list[dict]) -> None:
    from gateway.routing import make_policy

    policy, views = make_policy("complexity"), catalogue_views()
    by_lang, by_kind, total, thinking = Counter(), Counter(), Counter(), Counter()
    for row in rows:
        wrong = misses(policy, views, row)
        thinking[row["lang"]] += "thinking" in wrong
        if wrong:
            by_lang[row["lang"]] += 1
            by_kind[row["kind"]] += 1
            print(f"MISS {row['lang']:>2} {row['kind']:<13} {','.join(wrong):<15} {row['prompt'][-70:]!r}")
        total[row["lang"]] += 1
    n = sum(total.values())
    print(f"misses {sum(by_lang.values())}/{n}, of which thinking {sum(thinking.values())}")
    print("per language (thinking):", " ".join(f"{lang} {by_lang[lang]}({thinking[lang]})/{total[lang]}" for lang in total))
    kinds = Counter(r["kind"] for r in rows)
    print("per kind:", " ".join(f"{k} {by_kind[k]}/{kinds[k]}" for k in kinds))


if __name__ == "__main__":
    import sys

    report(load(Path(sys.argv[1])) if len(sys.argv) > 1 else ROWS)
