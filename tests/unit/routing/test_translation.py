"""Translation robustness: a question scores alike in every language, and its decision is the same.

The hand-written pairs (written by this project) carry one word problem into languages the labelled
data lacks; the MGSM file (human translations of GSM8K questions, beside the repository in shared/)
checks six more on 123 questions, and skips where shared/ is absent.
"""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest

from gateway.routing.features import route_request_from_prompt

MGSM = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "routing-labels" / "mgsm.dev.jsonl"
PROBLEM = {
    "en": "A shop sells pencils at 3 for $2. Anna buys 12 pencils and pays with a $20 bill. How much change does she get?",
    "it": "Un negozio vende matite a 3 per 2 $. Anna compra 12 matite e paga con una banconota da 20 $. Quanto resto riceve?",
    "pt": "Uma loja vende lápis a 3 por 2 $. Ana compra 12 lápis e paga com uma nota de 20 $. Quanto troco ela recebe?",
    "ko": "한 가게에서 연필을 3자루에 2달러에 팝니다. 안나는 연필 12자루를 사고 20달러 지폐로 냅니다. 거스름돈은 얼마입니까?",
    "ar": "يبيع متجر الأقلام بسعر 3 مقابل 2 $. اشترت آنا 12 قلما ودفعت بورقة 20 $. كم الباقي الذي تحصل عليه؟",
    "hi": "एक दुकान 3 पेंसिलें 2 $ में बेचती है। अन्ना 12 पेंसिलें खरीदती है और 20 $ का नोट देती है। उसे कितने पैसे वापस मिलेंगे?",
    "vi": "Một cửa hàng bán bút chì 3 cây giá 2 $. Anna mua 12 cây bút chì và trả bằng tờ 20 $. Cô ấy được thối lại bao nhiêu?",
    "tr": "Bir dükkan kalemleri 3 tanesi 2 $ fiyatla satıyor. Anna 12 kalem alıyor ve 20 $ ile ödüyor. Ne kadar para üstü alır?",
    "pl": "Sklep sprzedaje ołówki po 3 za 2 $. Anna kupuje 12 ołówków i płaci banknotem 20 $. Ile reszty dostanie?",
    # Added 2026-12-01: four languages of MGSM that the labelled files lack (th, bn, sw, te), and six more.
    "th": "ร้านค้าขายดินสอ 3 แท่งราคา 2 $ แอนนาซื้อดินสอ 12 แท่งและจ่ายด้วยธนบัตร 20 $ เธอจะได้เงินทอนเท่าไร?",
    "bn": "একটি দোকান 3টি পেনসিল 2 $-এ বিক্রি করে। আনা 12টি পেনসিল কেনে এবং 20 $-এর নোট দিয়ে দাম দেয়। সে কত টাকা ফেরত পাবে?",
    "sw": "Duka linauza penseli 3 kwa $ 2. Anna ananunua penseli 12 na analipa kwa noti ya $ 20. Atarudishiwa chenji kiasi gani?",
    "te": "ఒక దుకాణం 3 పెన్సిళ్లను 2 $కు అమ్ముతుంది. అన్నా 12 పెన్సిళ్లు కొని 20 $ నోటు ఇస్తుంది. ఆమెకు ఎంత చిల్లర తిరిగి వస్తుంది?",
    "nl": "Een winkel verkoopt potloden, 3 voor 2 $. Anna koopt 12 potloden en betaalt met een biljet van 20 $. Hoeveel wisselgeld krijgt ze?",
    "sv": "En affär säljer pennor, 3 för 2 $. Anna köper 12 pennor och betalar med en 20 $-sedel. Hur mycket växel får hon tillbaka?",
    "el": "Ένα κατάστημα πουλάει μολύβια 3 για 2 $. Η Άννα αγοράζει 12 μολύβια και πληρώνει με ένα χαρτονόμισμα των 20 $. Πόσα ρέστα παίρνει;",
    "uk": "Магазин продає олівці по 3 за 2 $. Анна купує 12 олівців і платить купюрою 20 $. Скільки решти вона отримає?",
    "he": "חנות מוכרת עפרונות, 3 ב-2 $. אנה קונה 12 עפרונות ומשלמת בשטר של 20 $. כמה עודף היא תקבל?",
    "id": "Sebuah toko menjual pensil 3 buah seharga 2 $. Anna membeli 12 pensil dan membayar dengan uang 20 $. Berapa kembalian yang ia terima?",
    "fa": "یک مغازه مداد را 3 تا 2 $ می‌فروشد. آنا 12 مداد می‌خرد و با یک اسکناس 20 $ پول می‌دهد. چقدر پول پس می‌گیرد؟",
}
# Percentile points between a translation's score and the original's (artefact version 7, measured
# 2026-12-02): 0.04-0.09 for th, hi, bn, te and el, whose scripts take 2-6 times the Qwen tokens of
# English and whose token lengths the signals divide by that ratio (`signals.english_tokens`; before,
# 0.27-0.50 with version 6: the digits' share of the question's tokens fell 4-5 times); 0.00-0.04 for
# pt, vi, pl, id, it, sw and tr; 0.13-0.29 for ar, sv, ko, nl, he, uk and fa (Persian and Ukrainian
# take about twice the tokens of English, as Thai does, but so do no other languages of their scripts:
# Arabic 1.2, Russian 1.4). The tolerances hold today's worst cases so a regression shows; every
# language gets the same task and thinking decision.
PAIR_TOLERANCE = 0.3
EXPANDED_SCRIPTS = {"th", "hi", "bn", "te", "el"}
EXPANDED_PAIR_TOLERANCE = 0.1
MGSM_MEAN_TOLERANCE = 0.3  # mean over a language's questions (the held-out CV is in BENCHMARKS.md)


@pytest.mark.parametrize("lang", sorted(set(PROBLEM) - {"en"}))
def test_hand_written_translations_get_the_same_decision(policy, views, lang):
    en = policy.decide(route_request_from_prompt(PROBLEM["en"]), views)
    other = policy.decide(route_request_from_prompt(PROBLEM[lang]), views)
    assert other.task == en.task == "math" and other.thinking and en.thinking
    tolerance = EXPANDED_PAIR_TOLERANCE if lang in EXPANDED_SCRIPTS else PAIR_TOLERANCE
    assert abs(other.score - en.score) <= tolerance, (lang, other.score, en.score)


def test_mgsm_translations_score_alike(policy, views):
    if not MGSM.exists():
        pytest.skip(f"{MGSM} absent (shared/ lies beside the repository)")
    rows = [json.loads(line) for line in MGSM.read_text().splitlines() if line.strip()]
    score = {(r["lang"], r["mgsm_index"]): policy.decide(route_request_from_prompt(r["prompt"]), views).score
             for r in rows}
    questions = sorted({r["mgsm_index"] for r in rows})
    for lang in sorted({r["lang"] for r in rows} - {"en"}):
        gaps = [abs(score[(lang, q)] - score[("en", q)]) for q in questions]
        assert statistics.mean(gaps) <= MGSM_MEAN_TOLERANCE, (lang, statistics.mean(gaps))


MSVAMP = Path(__file__).resolve().parent / "data" / "msvamp" / "msvamp_sample.jsonl"
# 250 simple word problems in English and nine translations (data/msvamp/README.md), against the
# English original: the share decided math with thinking (the misses are broken translations, e.g. a
# Bengali row that repeats one word, and numbers written as words), the mean score shift, and the rank
# correlation of the scores. Measured 2026-12-02 with artefact version 7: shift -0.02 to +0.07 in de,
# es, fr, zh and sw, +0.25 in ru and ja; rank correlation 0.32-0.60; th -0.05 and 0.47, bn -0.01 and
# 0.41 (without `english_tokens` and the digits of every script: th +0.10 and 0.35, bn +0.28 and 0.14).
# Version 6 ranked more alike (0.40-0.65; th 0.75, bn 0.59) and shifted more (+0.12 to +0.30): version
# 7's step signal reads English words, which the translations lack, and it lifts the held-out APGR of
# GSM8K and of MGSM's translations all the same (BENCHMARKS.md), so agreement with the English ranking
# is a proxy here, not the goal.
MSVAMP_MATH_SHARE = 0.96
MSVAMP_SHIFT = 0.3
MSVAMP_CORRELATION = 0.28
MSVAMP_EXPANDED = {"th", "bn"}
MSVAMP_EXPANDED_SHIFT = 0.1
MSVAMP_EXPANDED_CORRELATION = 0.33


def _svamp_english(text: str) -> str:
    """SVAMP's preprocessed English ("kids on monday . how many ...") as the translators' natural text."""
    text = re.sub(r" ([.?,!])", r"\1", text)
    return re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def _ranks(xs: list[float]) -> list[int]:
    order = sorted(range(len(xs)), key=xs.__getitem__)
    ranks = [0] * len(xs)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


@pytest.fixture(scope="module")
def msvamp_decisions(policy, views):
    rows = [json.loads(line) for line in MSVAMP.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["lang"], r["msvamp_index"]): policy.decide(route_request_from_prompt(
        _svamp_english(r["prompt"]) if r["lang"] == "en" else r["prompt"]), views) for r in rows}


@pytest.mark.parametrize("lang", ["de", "es", "fr", "ru", "ja", "zh", "th", "bn", "sw"])
def test_msvamp_translations_decide_and_rank_alike(msvamp_decisions, lang):
    questions = sorted(i for code, i in msvamp_decisions if code == "en")
    ours = [msvamp_decisions[(lang, i)] for i in questions]
    english = [msvamp_decisions[("en", i)] for i in questions]
    assert sum(d.task == "math" and bool(d.thinking) for d in ours) >= MSVAMP_MATH_SHARE * len(ours)
    assert all(d.task == "math" and d.thinking for d in english)
    shift = statistics.mean(a.score - b.score for a, b in zip(ours, english))
    rho = statistics.correlation(_ranks([d.score for d in ours]), _ranks([d.score for d in english]))
    expanded = lang in MSVAMP_EXPANDED
    assert abs(shift) <= (MSVAMP_EXPANDED_SHIFT if expanded else MSVAMP_SHIFT), (lang, shift)
    assert rho >= (MSVAMP_EXPANDED_CORRELATION if expanded else MSVAMP_CORRELATION), (lang, rho)
