"""Translation robustness: a question scores alike in every language, and its decision is the same.

The hand-written pairs (written by this project) carry one word problem into languages the labelled
data lacks; the MGSM file (human translations of GSM8K questions, beside the repository in shared/)
checks six more on 123 questions, and skips where shared/ is absent.
"""

from __future__ import annotations

import json
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
    "uk": "Магазин продає олівці по 3 за 2 $. Анна купує 12 олівців і платить купюрою 20 $. Скільки решти вона отримає?",
    "he": "חנות מוכרת עפרונות, 3 ב-2 $. אנה קונה 12 עפרונות ומשלמת בשטר של 20 $. כמה עודף היא תקבל?",
    "id": "Sebuah toko menjual pensil 3 buah seharga 2 $. Anna membeli 12 pensil dan membayar dengan uang 20 $. Berapa kembalian yang ia terima?",
    "fa": "یک مغازه مداد را 3 تا 2 $ می‌فروشد. آنا 12 مداد می‌خرد و با یک اسکناس 20 $ پول می‌دهد. چقدر پول پس می‌گیرد؟",
}
# Percentile points between a translation's score and the original's (artefact version 5, measured
# 2026-12-01): 0.08-0.25 for it, pt, ar, vi, pl, id, tr, ko, he, uk, sw, th and fa; 0.29-0.49 for
# sv, hi, nl, bn and te. The largest gaps are the digits' share of the question's Qwen tokens: a
# Bengali or Telugu question takes 4-5 times the tokens of its English original (Dutch and Swedish
# 1.4-1.6 times, and a comma more here). Scaling the share by a per-script token ratio measured on
# this repository's parallel prompts lowered the MGSM CV of ru, ja and zh (BENCHMARKS.md), so it was
# not adopted. The tolerance holds today's worst case so a regression shows; every language gets
# the same task and thinking decision. Artefact version 6 (number punctuation instead of fractions;
# this problem has neither) moved English from 0.094 to 0.108 and the gaps by -0.03 to +0.03: te
# 0.49 -> 0.50, bn 0.42 -> 0.44, ko 0.19 -> 0.22, ar 0.10 -> 0.13. The MGSM mean gaps below went
# from 0.113-0.246 to 0.108-0.253 (smaller in de, es, fr, ru and zh; ja 0.246 -> 0.253).
# Artefact version 7 (the free head's step regressor): English 0.108 -> 0.124; the gaps shrink in 13
# of 18 languages (nl 0.42 -> 0.21, sv 0.38 -> 0.20, sw 0.23 -> 0.03, vi 0.13 -> 0.01, pt 0.08 ->
# 0.00), stay in ar, uk, hi and bn, and widen in te only, 0.50 -> 0.513, which needs 0.52.
# The MGSM mean gaps below: de 0.163, es 0.176, fr 0.167, ja 0.228, ru 0.187, zh 0.141 (es and fr
# wider, ja, zh and ru narrower than version 6's).
PAIR_TOLERANCE = 0.52
MGSM_MEAN_TOLERANCE = 0.3  # mean over a language's questions (the held-out CV is in BENCHMARKS.md)


@pytest.mark.parametrize("lang", sorted(set(PROBLEM) - {"en"}))
def test_hand_written_translations_get_the_same_decision(policy, views, lang):
    en = policy.decide(route_request_from_prompt(PROBLEM["en"]), views)
    other = policy.decide(route_request_from_prompt(PROBLEM[lang]), views)
    assert other.task == en.task == "math" and other.thinking and en.thinking
    assert abs(other.score - en.score) <= PAIR_TOLERANCE, (lang, other.score, en.score)


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
