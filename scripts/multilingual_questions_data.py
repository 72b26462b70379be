#!/usr/bin/env python
"""Derive `data/multilingual-questions/multiq.jsonl` (basic questions in 137 languages) from MultiQ.

Why: a held-out check that a short question of fact is routed alike in every language a user may write
(knowledge, no thinking) and that each translation goes to its English original's model
(`tests/unit/routing/test_multilingual_questions.py`). MultiQ (Holtermann, Röttger, Dill and Lauscher,
2024; CC BY 4.0) holds 200 English questions machine-translated into 136 languages. Kept: the 100 questions
written for MultiQ (`gpt-*` ids) except its `maths` domain (sums: another task), so 90 a language; the 100
`lmsys-*` questions (taken from LMSYS-Chat conversations, many of them sums) are left out. Deterministic.

    python scripts/multilingual_questions_data.py --csv MultiQ.csv
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "multilingual-questions" / "multiq.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", required=True, help="data/MultiQ.csv of paul-rottger/multiq")
    args = ap.parse_args()
    with open(args.csv, encoding="utf-8", newline="") as f, OUT.open("w", encoding="utf-8") as out:
        for row in csv.DictReader(f):
            if row["id"].startswith("gpt-") and row["domain"] != "maths":
                out.write(json.dumps({"id": row["id"], "lang": row["language"], "domain": row["domain"],
                                      "question": row["prompt"].strip()}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
