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
}
# Percentile points between a translation's score and the original's. Measured: 0.08-0.16 for the
# Latin, Arabic, Korean and Vietnamese versions, 0.35 for Hindi (its digits are a smaller share of
# its many more Qwen tokens); the tolerance holds today's worst case so a regression shows.
PAIR_TOLERANCE = 0.36
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
