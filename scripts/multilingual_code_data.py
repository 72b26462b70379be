#!/usr/bin/env python
"""Derive `data/multilingual-code/*.jsonl` (code stubs documented in 23 languages) from HumanEval-XL.

Why: a held-out check that a function to complete is routed as code with thinking in every language, and
that each translation goes to its English original's model (`tests/unit/routing/test_multilingual_code.py`).
HumanEval-XL (FloatAI, MIT licence) holds HumanEval's problems with their documentation translated into 23
languages, for 12 programming languages. Only each row's `prompt` (signature and documentation) is kept;
tests and solutions are dropped. Deterministic: the same commit gives byte-identical files.

    python scripts/multilingual_code_data.py --repo GIT_DIR_OF_FloatAI/humaneval-xl [--commit HEAD]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "multilingual-code"
ALL = ("English", "Russian", "Chinese", "German", "Spanish", "French", "Italian", "Portuguese", "Greek",
       "Hungarian", "Dutch", "Finnish", "Indonesian", "Turkish", "Arabic", "Vietnamese", "Bulgarian",
       "Persian", "Malay", "Hebrew", "Estonian", "Tagalog", "Afrikaans")
SOME = ("English", "Russian", "Chinese", "German", "Greek", "Turkish", "Arabic", "Hebrew")
OTHER_LANGUAGES = ("javascript", "csharp", "go", "ruby")


def rows(repo: str, commit: str, pl: str, langs: tuple[str, ...]) -> Iterator[dict[str, str]]:
    for lang in langs:
        text = subprocess.run(["git", "-C", repo, "show", f"{commit}:data/{pl}/{lang}.jsonl"],
                              capture_output=True, check=True, text=True).stdout
        for line in text.splitlines():
            if line.strip():
                r = json.loads(line)
                yield {"id": r["task_id"], "lang": lang, "prompt": r["prompt"]}


def write(path: Path, items: Iterator[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in items:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", required=True, help="git directory of a clone of FloatAI/humaneval-xl")
    ap.add_argument("--commit", default="HEAD")
    args = ap.parse_args()
    write(OUT / "humaneval_xl_python.jsonl", rows(args.repo, args.commit, "python", ALL))
    write(OUT / "humaneval_xl_other.jsonl",
          (r for pl in OTHER_LANGUAGES for r in rows(args.repo, args.commit, pl, SOME)))


if __name__ == "__main__":
    main()
