#!/usr/bin/env python
"""Derive `data/mathqa-steps/steps.jsonl` (problem text and step count) from MathQA's JSON files.

Why: the free-form head learns difficulty from 651 GSM8K rows with a noisy binary target. MathQA
(Amini et al., NAACL 2019, Apache-2.0, https://math-qa.github.io) annotates about 8,000 more
word problems with the operation program that solves them; the number of operations is a step
count, an auxiliary target with far more rows (`scripts/aux_steps_cv.py` measures whether it helps).
MathQA's problems come from AQuA-RAT (2017): none is a GSM8K, MGSM or MMLU row.

The source text is lower-cased and tokenised ("650 boys , 44 % of"); the derived text joins the
punctuation back to its word ("650 boys, 44% of") and capitalises sentence starts, so the router's
signals (clauses, sentence ends, number punctuation) read it as they read a user's text. Problems
that occur twice (the challenge set repeats some) keep their first row in file order. Deterministic:
the same input files give a byte-identical output.

    python scripts/mathqa_steps_data.py --mathqa-dir DIR_WITH_dev.json_test.json_challenge_test.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "mathqa-steps" / "steps.jsonl"
FILES = ("dev.json", "test.json", "challenge_test.json")   # train.json was not in the reachable snapshot

_SPACE_BEFORE = re.compile(r" ([,.?!;:%)])")
_SPACE_AFTER = re.compile(r"([($]) ")
_DIGIT_GROUP = re.compile(r"(\d) ([.,]) ?(\d)")            # "2 . 5" -> "2.5"
_WORD_HYPHEN = re.compile(r"(\w) - (?=[a-z])")              # "3 - digit" -> "3-digit"; "7 - x" stays
_APOSTROPHE = re.compile(r"(\w) ' (?=\w)")                  # "van ' s" -> "van's"
_SENTENCE_START = re.compile(r"(^|[.?!] )([a-z])")


def detokenise(text: str) -> str:
    t = " ".join(text.split())
    t = _DIGIT_GROUP.sub(r"\1\2\3", t)
    t = _WORD_HYPHEN.sub(lambda m: m.group(0) if m.group(1) in "xyzn" else m.group(1) + "-", t)
    t = _APOSTROPHE.sub(r"\1'", t)
    t = _SPACE_BEFORE.sub(r"\1", t)
    t = _SPACE_AFTER.sub(r"\1", t)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), t)


def steps_of(linear_formula: str) -> int:
    """Operations in MathQA's linear program ("add(n0,n1)|divide(#0,n2)|" is 2)."""
    return sum(1 for op in linear_formula.split("|") if op.strip())


def derive(mathqa_dir: Path) -> list[dict]:
    out, seen = [], set()
    for name in FILES:
        for i, r in enumerate(json.loads((mathqa_dir / name).read_text())):
            text = detokenise(r["Problem"])
            steps = steps_of(r["linear_formula"])
            if text in seen or steps == 0:
                continue
            seen.add(text)
            out.append({"source": f"{name}#{i}", "category": r["category"], "steps": steps, "problem": text})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--mathqa-dir", type=Path, required=True, help="folder holding MathQA's " + ", ".join(FILES))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows = derive(args.mathqa_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows))
    print(f"wrote {len(rows)} problems to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
