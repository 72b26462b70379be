"""scripts/lexicon.py (tried for the free head, not adopted): a translation hashes the lexicon's
words as its English original does, and English text hashes exactly as the runtime hashes it.

The sentences are written for this test (one word problem in the lexicon's 15 languages); none comes
from a benchmark.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path

import pytest

from gateway.routing.signals import LEXICAL_WINDOW, lexical_buckets, window

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))
import lexicon  # noqa: E402
import lexicon_check  # noqa: E402

LEX = lexicon.Lexicon(lexicon.PATH, "outside-english")   # the setting measured on 2026-12-03
LABELS = ROOT.parent / "shared" / "data" / "routing-labels"
DIM = 1 << 14
_OLD_TOKENS = re.compile(r"[a-z]+|\d+")   # signals' tokens before the lexicon

ENGLISH = ("Each day Maria buys two apples and half a loaf of bread. "
           "How many apples does she buy in total after three weeks?")
# language -> (translation, the English words of ENGLISH its lexicon forms must hash as)
PROBLEM = {
    "de": ("Jeden Tag kauft Maria zwei Äpfel und ein halbes Brot. Wie viele Äpfel kauft sie nach drei Wochen "
           "insgesamt?", "each buys two half how many she after three weeks total"),
    "es": ("Cada día María compra dos manzanas y media barra de pan. ¿Cuántas manzanas compra en total después de "
           "tres semanas?", "each day buys two how many total after three weeks"),
    "fr": ("Chaque jour, Maria achète deux pommes et une demi-baguette. Combien de pommes achète-t-elle au total "
           "après trois semaines ?", "each day buys two how many she total after three weeks"),
    "it": ("Ogni giorno Maria compra due mele e mezza pagnotta. Quante mele compra in totale dopo tre settimane?",
           "each day buys half how many total after three weeks"),
    "pt": ("Todo dia Maria compra duas maçãs e meio pão. Quantas maçãs ela compra no total depois de três semanas?",
           "day buys two half how many she total after three weeks"),
    "nl": ("Elke dag koopt Maria twee appels en een half brood. Hoeveel appels koopt ze in totaal na drie weken?",
           "each day buys two half how many she total three weeks"),
    "ru": ("Каждый день Мария покупает два яблока и половину буханки хлеба. Сколько яблок она купит всего через "
           "три недели?", "each day buys two and half how many she total three"),
    "ja": ("マリアは毎日りんごを2つとパンを半分買います。3週間後、全部でりんごをいくつ買いますか？",
           "day half buys after total how many"),
    "zh": ("玛丽亚每天买两个苹果和半个面包。三周后她一共买了多少个苹果？",
           "day buys two and half three after she total how many"),
    # Added 2026-12-03 with the six languages.
    "uk": ("Кожного дня Марія купує два яблука і половину буханця хліба. Скільки яблук вона купить загалом через "
           "три тижні?", "each day buys two and half how many she total after three weeks"),
    "pl": ("Każdego dnia Maria kupuje dwa jabłka i pół bochenka chleba. Ile jabłek kupi łącznie po trzech "
           "tygodniach?", "each day buys two half how many total three"),
    "ko": ("마리아는 매일 사과 두 개와 빵 반 개를 삽니다. 3주 후에 모두 몇 개의 사과를 사나요?",
           "two half buys after how many"),
    "tr": ("Maria her gün iki elma ve yarım somun ekmek alıyor. Üç hafta sonra toplam kaç elma almış olur?",
           "day two half buys three after how many"),
    "id": ("Setiap hari Maria membeli dua apel dan setengah roti. Berapa apel yang ia beli secara total setelah "
           "tiga minggu?", "each two half how many buy total after three"),
    "vi": ("Mỗi ngày Maria mua hai quả táo và nửa ổ bánh mì. Sau ba tuần, cô ấy mua tổng cộng bao nhiêu quả táo?",
           "each day buys two and half after three she total how many"),
}


def _unigram(word: str) -> int:
    return zlib.crc32(word.encode()) % DIM


@pytest.mark.parametrize("lang", sorted(PROBLEM))
def test_a_translation_hashes_the_lexicon_words_as_its_english_original(lang):
    text, words = PROBLEM[lang]
    english, translated = LEX.buckets(ENGLISH, DIM), LEX.buckets(text, DIM)
    without, same = lexical_buckets(text, DIM), set(_OLD_TOKENS.findall(text.lower()))
    for word in words.split():
        assert _unigram(word) in english, word
        assert _unigram(word) in translated, (lang, word)
        # the runtime's own hashing lacks it, unless the language spells it as English does ("total")
        assert word in same or _unigram(word) not in without, (lang, word)


def test_every_lexicon_language_is_tested():
    langs = {lang for by_lang in json.loads(lexicon.PATH.read_text(encoding="utf-8"))["words"].values()
             for lang in by_lang}
    assert langs == set(PROBLEM)


@pytest.mark.parametrize("text", [
    ENGLISH,
    "The café's crème brûlée costs €4.50; a naïve señor pays 2× as much. Über-fast délivery?",
    "Solve 3x - 7 = 2x + 5 for x. Then compute 10^2 (mod 7) — exactly.",
    "A train leaves at 9:30 and travels 120 km/h; 東京 is 300 km away. How long does it take?",
])
def test_english_text_hashes_as_the_runtime_hashes_it(text):
    t = window(text, LEXICAL_WINDOW).lower()
    for lex in (LEX, lexicon.Lexicon()):
        assert lex.tokens(t) == _OLD_TOKENS.findall(t)
        assert lex.buckets(text, DIM) == lexical_buckets(text, DIM)


def _english_texts() -> list[str]:
    texts = [json.loads(line)["problem"] for line in (ROOT / "data" / "mathqa-steps" / "steps.jsonl").open()]
    for name in ("gsm8k.dev.jsonl", "mmlu.dev.jsonl"):
        if (LABELS / name).exists():
            texts += [json.loads(line)["prompt"] for line in (LABELS / name).open() if line.strip()]
    return texts


def test_english_training_texts_tokenise_as_before():
    """Every English text the router's words were fitted on (MathQA here; GSM8K and MMLU where the
    labels are beside the repository): the lexicon changes none, so a retrained artefact could not change."""
    never = lexicon.Lexicon()
    changed = [t[:60] for t in _english_texts() for lex in (LEX, never)
               if lex.tokens(w := window(t, LEXICAL_WINDOW).lower()) != _OLD_TOKENS.findall(w)]
    assert changed == []


def test_every_form_is_one_token_of_its_script_or_a_phrase_of_them():
    data = json.loads(lexicon.PATH.read_text(encoding="utf-8"))
    bad = [f"{lang}:{f}" for by_lang in data["words"].values() for lang, forms in by_lang.items()
           if lang not in lexicon.CJK_LANGS for f in forms.split()
           if not all(lexicon._WORD.fullmatch(x) for x in f.lower().split("_"))]
    assert bad == []


def test_no_english_marker_is_a_form_of_the_lexicon():
    f = lexicon.load()
    forms = {*f.words, *f.excluded_words, *(w for k in (*f.phrases, *f.excluded_phrases) for w in k)}
    assert lexicon.ENGLISH_MARKERS.isdisjoint(forms)


@pytest.mark.parametrize("text, english", [
    ("Tom y Ana compran 3 manzanas cada uno", "and each"),          # "y" is an English token, mapped here
    ("Combien de pommes a-t-elle ?", "how many of"),
    ("Маша купила 3 яблока в магазине", "bought at"),              # "в": a token of an English text
])
def test_excluded_forms_map_outside_english(text, english):
    assert set(english.split()) <= set(LEX.tokens(text.lower()))
    assert not set(english.split()) <= set(lexicon.Lexicon(lexicon.PATH, "never").tokens(text.lower()))


@pytest.mark.parametrize("text", [
    "Tom y Ana: the price of the de luxe model is 3 dollars cada uno.",   # an English marker: nothing excluded maps
    "Solve for y: 3y + 2 = 11 de novo.",                               # no other form of the lexicon
])
def test_excluded_forms_stay_where_a_text_reads_as_english(text):
    t = text.lower()
    assert [w for w in LEX.tokens(t) if w in ("y", "de")] == [w for w in _OLD_TOKENS.findall(t) if w in ("y", "de")]


def test_a_korean_form_matches_with_its_particle_and_a_phrase_as_one_form():
    assert LEX.tokens("사과를 각각 몇 개 샀습니까") == LEX.tokens("사과 각각 몇 개 샀습니까")
    assert "each" in LEX.tokens("사과를 각각") and "each" in LEX.tokens("각각은")
    assert LEX.tokens("bao nhiêu quả") == ["how", "many", "qu"]


def test_an_unknown_excluded_setting_is_refused():
    with pytest.raises(ValueError, match="outside-english"):
        lexicon.Lexicon(lexicon.PATH, "always")


@pytest.mark.skipif(not LABELS.exists(), reason="routing labels not beside the repository")
def test_the_excluded_forms_are_up_to_date():
    """scripts/lexicon_check.py --write has been run since the last edit of the forms."""
    data = json.loads(lexicon.PATH.read_text(encoding="utf-8"))
    found = lexicon_check.problems(data, lexicon_check.english_vocabulary(LABELS), lexicon_check.english_views(LABELS))
    assert found["excluded"] == data["excluded"]


def test_lexicon_runtime_swaps_the_word_hashing_and_puts_it_back(capsys):
    import lexicon_runtime
    from gateway.routing import model

    before = model.lexical_buckets
    assert lexicon_runtime.main(["--rounds", "0"]) == 0
    assert model.lexical_buckets is before
    out = json.loads(capsys.readouterr().out)
    runtime, swapped = out["word problem runtime"], out["word problem lexicon"]
    assert runtime["en"] == swapped["en"]                    # English hashes alike either way
    assert runtime["he"] == swapped["he"]                    # no Hebrew form in the lexicon
    assert runtime["ko"] != swapped["ko"]                    # Korean forms move its score
