#!/usr/bin/env python
"""Derive `data/code-difficulty/code_difficulty.jsonl`: code requests with a public difficulty label.

Why: the router gives every request of task `code` one difficulty, so a one-line "reverse a list" and a
LeetCode Hard both go to the largest model with the longest budget. A code difficulty score needs held-out
rows whose difficulty someone else decided; `scripts/code_difficulty_check.py` measures a score on them.
Two sources, each with a fixed selection decided before any measurement (README.md):
- LeetCode statements with their Easy / Medium / Hard label, from doocs/leetcode's `solution/` folder:
  the first 60 problems of each label by problem number, Database and Shell problems left out, the
  statement up to its first example (no examples, constraints or solutions), HTML turned into plain text.
- MBPP's short program requests (level `easy`: "Mostly Basic Python Problems"): the first 100 lines of
  `data/code-requests/mbpp.txt`, already in this repository (CC BY 4.0, provenance in its README).
  CodeAlpaca was the first choice and was dropped: its data is CC BY-NC 4.0, which an Apache project's
  users could not carry.
Deterministic: the same commits give a byte-identical file.

    python scripts/code_difficulty_data.py --leetcode GIT_DIR_OF_doocs/leetcode [--leetcode-commit HEAD]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "code-difficulty" / "code_difficulty.jsonl"
PER_LEVEL = 60          # LeetCode problems per label
MBPP = ROOT / "data" / "code-requests" / "mbpp.txt"
MBPP_ROWS = 100
SKIP_TAGS = {"Database", "Shell"}   # a table schema or a file to query, not an algorithm told in words
LEVELS = {"Easy": "easy", "Medium": "medium", "Hard": "hard"}
# The statement ends where its first example begins ("Example 1:", "Example:"), else at its constraints.
_END = re.compile(r"<p>(?:&nbsp;|\s)*</p>\s*(?=<p>\s*<strong[^>]*>\s*Example)|<p>\s*<strong[^>]*>\s*Example"
                  r"|<strong[^>]*>\s*Example|<p>\s*<strong>\s*Constraints", re.I)


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True, text=True).stdout


def plain(fragment: str) -> str:
    """Plain text of a statement's HTML: exponents as ^, list items as "- ", paragraphs as lines."""
    t = re.sub(r"<sup>\s*", "^", fragment)
    t = re.sub(r"<sub>\s*", "_", t)
    t = re.sub(r"<li>\s*", "\n- ", t)
    t = re.sub(r"<br\s*/?>|</p>|</li>|</pre>|<pre>|</ul>|</ol>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\u00a0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in t.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def statement(readme: str) -> tuple[str, list[str], str]:
    """(difficulty, tags, statement text up to the first example) of a doocs README_EN.md."""
    front = readme.split("---", 2)[1]
    level = re.search(r"^difficulty:\s*(\w+)", front, re.M).group(1)
    tags = re.findall(r"^\s+-\s+(.+?)\s*$", front, re.M)
    body = readme.split("<!-- description:start -->", 1)[1].split("<!-- description:end -->", 1)[0]
    end = _END.search(body)
    return level, tags, plain(body[:end.start()] if end else body)


def leetcode(repo: str, commit: str) -> Iterator[dict[str, str]]:
    paths = [p for p in git(repo, "ls-tree", "-r", "--name-only", commit, "solution/").splitlines()
             if re.fullmatch(r"solution/\d{4}-\d{4}/\d{4}\.[^/]+/README_EN\.md", p)]
    paths.sort(key=lambda p: int(p.split("/")[2][:4]))
    taken = {lv: 0 for lv in LEVELS}
    for p in paths:
        level, tags, text = statement(git(repo, "show", f"{commit}:{p}"))
        if level not in taken or taken[level] >= PER_LEVEL or SKIP_TAGS & set(tags) or not text:
            continue
        taken[level] += 1
        yield {"prompt": text, "level": LEVELS[level], "source": "leetcode", "id": p.split("/")[2]}
        if all(n >= PER_LEVEL for n in taken.values()):
            return


def mbpp() -> Iterator[dict[str, str]]:
    for i, line in enumerate(MBPP.read_text(encoding="utf-8").splitlines()[:MBPP_ROWS]):
        yield {"prompt": line, "level": "easy", "source": "mbpp", "id": f"mbpp/{i}"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leetcode", required=True, help="git directory of a clone of doocs/leetcode")
    ap.add_argument("--leetcode-commit", default="HEAD")
    args = ap.parse_args()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in [*mbpp(), *leetcode(args.leetcode, args.leetcode_commit)]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
