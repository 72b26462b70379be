#!/usr/bin/env python
"""Derive `data/msvamp-pairs/pairs.jsonl` (one word problem in ten languages, no labels) from MSVAMP.

Why: the free head's hashed words were learned from English text only, so a German, Spanish or French
question loses most of them. MSVAMP (MathOctopus, MIT licence) holds 1,000 SVAMP problems, each in
English and nine human translations: parallel text to fit a correction that makes a translation
score as its English original does (`scripts/msvamp_correction_cv.py`). It carries no model outcomes
and is not GSM8K, MGSM, MMLU or MT-Bench. The 250 problems of the unit tests' held-out sample
(`tests/unit/routing/data/msvamp/`, every fourth problem) are left out, so that check stays held out.

The English text is SVAMP's preprocessed one ("kids on monday . how many"); punctuation is joined
back to its word and sentences capitalised, as the tests do, so the signals read it as a user's text.
The translations are verbatim. Deterministic: the same input files give a byte-identical output.

    python scripts/msvamp_pairs_data.py --msvamp-dir DIR_WITH_test_English.json_...
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "msvamp-pairs" / "pairs.jsonl"
SAMPLE = ROOT / "tests" / "unit" / "routing" / "data" / "msvamp" / "msvamp_sample.jsonl"
LANGS = {"en": "English", "de": "German", "es": "Spanish", "fr": "French", "ru": "Russian", "ja": "Japanese",
         "zh": "Chinese", "th": "Thai", "bn": "Bengali", "sw": "Swahili"}


def svamp_english(text: str) -> str:
    """SVAMP's preprocessed English as natural text (the same as the unit tests' `_svamp_english`)."""
    text = re.sub(r" ([.?,!])", r"\1", text)
    return re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)


def build(msvamp_dir: Path, sample: Path) -> list[dict]:
    held_out = {json.loads(line)["msvamp_index"] for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()}
    texts = {}
    for code, name in LANGS.items():
        lines = (msvamp_dir / f"test_{name}.json").read_text(encoding="utf-8").splitlines()
        texts[code] = [json.loads(line)["m_query"] for line in lines if line.strip()]
    n = len(texts["en"])
    if any(len(t) != n for t in texts.values()):
        raise SystemExit("the language files differ in length; they must be parallel")
    rows = []
    for i in range(n):
        if i in held_out:
            continue
        for code in LANGS:
            text = svamp_english(texts[code][i]) if code == "en" else texts[code][i]
            rows.append({"msvamp_index": i, "lang": code, "prompt": text})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--msvamp-dir", type=Path, required=True, help="holds MSVAMP's test_<Language>.json files")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = build(args.msvamp_dir, SAMPLE)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows ({len(rows) // len(LANGS)} problems) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
