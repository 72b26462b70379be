#!/usr/bin/env python
"""Does the router's difficulty score order code requests as their public labels do?

Reads `data/code-difficulty/code_difficulty.jsonl` (`{"prompt", "level", "source"}` lines: MBPP's
everyday requests, easy; LeetCode statements, easy / medium / hard), decides each with the default policy
(`complexity`, every model of the catalogue, one user turn) and prints:
- per source and level: how many rows read as task `code`, their mean `Decision.score`, and the
  decision mix (model, thinking budget) of all the rows;
- among the rows read as code, the AUC of the score for pairs of groups: the chance that a row of the
  harder group scores above a row of the easier one, ties counting half (Mann-Whitney). 0.5 = no order.
Figures only, no verdict; the README of the data says what they were before.

    python scripts/code_difficulty_check.py [--mode balanced|quality|economy] [--data FILE] [--rows]
                                            [--template 'Solve in Python.\\n\\n{prompt}']
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parent.parent / "data" / "code-difficulty" / "code_difficulty.jsonl"
LEVELS = ("easy", "medium", "hard")
# (easier group, harder group); a group is a level over every source, or "source:level".
PAIRS = (("easy", "hard"), ("easy", "medium"), ("medium", "hard"),
         ("leetcode:easy", "leetcode:hard"), ("mbpp:easy", "leetcode:hard"))


class Row(NamedTuple):
    source: str
    level: str
    task: str
    score: float
    model: str
    thinking: bool
    budget: int | None
    prompt: str


def auc(lower: Iterable[float], higher: Iterable[float]) -> float | None:
    """P(a score of `higher` > a score of `lower`) + half P(equal): Mann-Whitney's U over the pair count.
    None when either group is empty."""
    lo, hi = sorted(lower), list(higher)
    if not lo or not hi:
        return None
    wins = sum(bisect_left(lo, h) + 0.5 * (bisect_right(lo, h) - bisect_left(lo, h)) for h in hi)
    return wins / (len(lo) * len(hi))


def decide_all(path: Path, mode: str, template: str = "{prompt}") -> list[Row]:
    from gateway import routing
    from gateway.routing import features

    policy, views = routing.make_policy("complexity"), features.catalogue_views()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        prompt = template.replace("{prompt}", r["prompt"])
        d = policy.decide(features.route_request_from_prompt(prompt, mode=mode), views)
        out.append(Row(r["source"], r["level"], d.task, d.score, d.model.removeprefix("qwen3-"),
                       d.thinking, d.budget, prompt))
    return out


def members(rows: list[Row], group: str) -> list[Row]:
    source, _, level = group.rpartition(":")
    return [r for r in rows if r.level == level and (not source or r.source == source)]


def mix(rows: list[Row]) -> str:
    c = Counter(f"{r.model}/{'think ' + str(r.budget) if r.thinking else 'no'}" for r in rows)
    return ", ".join(f"{k} {n}" for k, n in c.most_common())


def report(rows: list[Row], mode: str) -> None:
    groups = sorted({(r.source, r.level) for r in rows}, key=lambda g: (g[0], LEVELS.index(g[1])))
    names = [f"{s}:{lv}" for s, lv in groups] + [lv for lv in LEVELS if any(r.level == lv for r in rows)]
    print(f"mode={mode}  rows={len(rows)}  code={sum(r.task == 'code' for r in rows)}")
    print(f"{'group':17} {'n':>4} {'code':>9} {'mean score':>10}  other tasks")
    for name in names:
        g = members(rows, name)
        code = [r.score for r in g if r.task == "code"]
        mean = f"{sum(code) / len(code):.3f}" if code else "-"
        other = Counter(r.task for r in g if r.task != "code")
        print(f"{name:17} {len(g):4} {len(code):4} {len(code) / len(g):4.0%} {mean:>10}  "
              f"{dict(other.most_common()) or ''}")
    print("\nAUC of the score among rows read as code (harder group above; ties half; 0.5 = no order)")
    for lower, higher in PAIRS:
        a = auc([r.score for r in members(rows, lower) if r.task == "code"],
                [r.score for r in members(rows, higher) if r.task == "code"])
        print(f"  {lower:>16} < {higher:16} {'-' if a is None else f'{a:.3f}'}")
    print(f"\ndecision mix per group, all rows, {mode} (model/thinking budget: rows)")
    for name in names:
        print(f"  {name:17} {mix(members(rows, name))}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", default="balanced", choices=("balanced", "quality", "economy"),
                    help="cost mode of every request (default balanced)")
    ap.add_argument("--data", type=Path, default=DATA, help="a jsonl of {prompt, level, source} (default: %(default)s)")
    ap.add_argument("--template", default="{prompt}",
                    help="the text sent, {prompt} standing for the row's prompt, e.g. "
                         "'Write a Python function for this problem. {prompt}' (default: the prompt alone)")
    ap.add_argument("--rows", action="store_true", help="also print one line per row: source, level, task, score, decision")
    args = ap.parse_args(argv)
    rows = decide_all(args.data, args.mode, args.template.replace("\\n", "\n"))
    if args.rows:
        for r in rows:
            think = f"think {r.budget}" if r.thinking else "no think"
            print(f"{r.source}:{r.level:6} {r.task:10} {r.score:.3f} {r.model} {think:10} {r.prompt[:70]!r}")
        print()
    report(rows, args.mode)


if __name__ == "__main__":
    main()
