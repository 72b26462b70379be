#!/usr/bin/env python
"""The multilingual lexicon's English side: which words it covers, and which forms it must not map.

Why a script: data/lexicon/lexicon.json is hand-written, but two things in it are not a matter
of taste and are computed here from the shipped artefact and the English training texts:
- `--rank N`: the English words by the weight of their hashed bucket in the free head (its lexical
  weight plus the step regressor's, scaled by the head's weight on the standardised step signal),
  times the square root of the number of GSM8K questions holding them. The lexicon's words were
  picked from the top of this list (names, single letters and words without a plain translation
  left out).
- `--write`: the forms that are themselves words of the English training texts (GSM8K and MMLU dev
  rows in the labels folder, MathQA's problems in data/mathqa-steps) and map to another word. They
  go to the file's `excluded` list, which the runtime skips, so every English training prompt
  tokenises exactly as before. Also rewrites the file in its one-line-per-word layout.
Without an option it prints the excluded forms, forms that are not one token of their script, and
forms listed under two English words (the first wins at load).

    python scripts/lexicon_check.py --rank 300
    python scripts/lexicon_check.py --write
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import lexicon  # noqa: E402
from gateway.routing.model import ARTEFACT_PATH  # noqa: E402
from gateway.routing.signals import LEXICAL_WINDOW, STEPS_SIGNAL, window  # noqa: E402

LABELS = ROOT.parent / "shared" / "data" / "routing-labels"
MATHQA = ROOT / "data" / "mathqa-steps" / "steps.jsonl"
_WORD = re.compile(r"[a-z]+")


def _texts(labels: Path) -> dict[str, list[str]]:
    def read(path: Path, key: str) -> list[str]:
        return [json.loads(line)[key] for line in path.read_text().splitlines() if line.strip()]
    return {"gsm8k": read(labels / "gsm8k.dev.jsonl", "prompt"), "mmlu": read(labels / "mmlu.dev.jsonl", "prompt"),
            "mathqa": read(MATHQA, "problem")}


def english_views(labels: Path) -> list[str]:
    """Each English training text lowercased, whole and as `signals` windows it (a window can cut a
    word, and the cut part is a token of its own)."""
    return [v for texts in _texts(labels).values() for t in texts
            for v in (t.lower(), window(t, LEXICAL_WINDOW).lower())]


def english_vocabulary(labels: Path) -> set[str]:
    """The tokens of the English training texts: [a-z]+ words (what `signals` hashes) and words of
    any script (what `lexicon` looks up), whole and windowed."""
    return {w for v in english_views(labels) for pattern in (_WORD, lexicon._WORD) for w in pattern.findall(v)}


def ranked(labels: Path) -> list[tuple[float, float, int, str]]:
    """(|weight| x sqrt(GSM8K questions holding it), weight, questions, word), largest first."""
    art = json.loads(ARTEFACT_PATH.read_text())
    dim, head = art["lexical_dim"], art["heads"]["free"]
    free = {int(k): v for k, v in head["lexical_weights"].items()}
    steps = {int(k): v for k, v in head["steps"]["lexical_weights"].items()}
    i = head["features"].index(STEPS_SIGNAL)
    scale = head["dense_weights"][i] / head["std"][i]
    texts = _texts(labels)
    df = collections.Counter(w for t in texts["gsm8k"] for w in set(_WORD.findall(t.lower())))
    out = []
    for w in english_vocabulary(labels):
        b = zlib.crc32(w.encode()) % dim
        weight = free.get(b, 0.0) + scale * steps.get(b, 0.0)
        out.append((abs(weight) * df[w] ** 0.5, weight, df[w], w))
    return sorted(out, reverse=True)


def _token_text(views: list[str]) -> str:
    """The English views' tokens (both patterns), space-separated, for finding a phrase's sequence."""
    return " " + " \n ".join(" ".join(pattern.findall(v)) for v in views for pattern in (_WORD, lexicon._WORD)) + " "


def problems(data: dict, vocabulary: set[str], views: list[str]) -> dict[str, list[str]]:
    """Forms to exclude (English tokens, Chinese and Japanese forms inside an English text, phrases
    whose words follow each other in an English text), forms that are not one token (or, written with
    "_", a phrase of tokens) of their script, forms under two English words."""
    cjk_text = "\n".join(v for v in views if lexicon._CJK_CHAR.search(v))
    token_text = None
    seen: dict[str, str] = {}
    excluded, not_a_token, twice = set(), [], []
    for english, by_lang in data["words"].items():
        for lang, forms in by_lang.items():
            for form in forms.split():
                f = form.lower()
                parts = f.split("_")
                if lang not in lexicon.CJK_LANGS and not all(lexicon._WORD.fullmatch(x) for x in parts):
                    not_a_token.append(f"{lang}:{f}")
                if len(parts) > 1:
                    if token_text is None:
                        token_text = _token_text(views)
                    inside = f" {' '.join(parts)} " in token_text
                elif lang in lexicon.CJK_LANGS:
                    inside = f in cjk_text
                else:
                    inside = any(v in vocabulary for v in lexicon._variants(lang, f))
                if inside and f != english:
                    excluded.add(f)
                if seen.setdefault(f, english) != english:
                    twice.append(f"{lang}:{f} ({seen[f]}, {english})")
    return {"excluded": sorted(excluded), "not_a_token": not_a_token, "listed_twice": twice}


def dump(data: dict) -> str:
    """One line per English word, so a diff shows which word changed."""
    words = ",\n".join(f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                       for k, v in data["words"].items())
    about = ",\n".join(f"  {json.dumps(a, ensure_ascii=False)}" for a in data["about"])
    return (f'{{\n "about": [\n{about}\n ],\n "words": {{\n{words}\n }},\n'
            f' "excluded": {json.dumps(data["excluded"], ensure_ascii=False)}\n}}\n')


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels-dir", type=Path, default=LABELS)
    ap.add_argument("--lexicon", type=Path, default=lexicon.PATH)
    ap.add_argument("--rank", type=int, default=0, help="print the top N English words by weight")
    ap.add_argument("--write", action="store_true", help="write the excluded forms into the lexicon file")
    args = ap.parse_args(argv)
    if args.rank:
        for score, weight, df, word in ranked(args.labels_dir)[:args.rank]:
            print(f"{score:.3f} {weight:+.3f} {df:4d} {word}")
        return 0
    data = json.loads(args.lexicon.read_text(encoding="utf-8"))
    found = problems(data, english_vocabulary(args.labels_dir), english_views(args.labels_dir))
    print(json.dumps(found, ensure_ascii=False, indent=1))
    if args.write:
        data["excluded"] = found["excluded"]
        args.lexicon.write_text(dump(data), encoding="utf-8")
    return 1 if found["not_a_token"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
