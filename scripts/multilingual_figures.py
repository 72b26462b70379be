#!/usr/bin/env python
"""Print, per language, how the task rules route the held-out multilingual sets (BENCHMARKS.md).

`data/multilingual-code/*.jsonl` (HumanEval-XL stubs): rows read as code, with thinking, and on the English
original's model. `data/multilingual-questions/multiq.jsonl` (MultiQ): rows read as knowledge, without
thinking, and on the English original's model. Balanced mode, the full catalogue, each prompt alone.

    PYTHONPATH=. python scripts/multilingual_figures.py [--ref-dir DIR]   # DIR: another checkout's root
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if len(sys.argv) == 3 and sys.argv[1] == "--ref-dir":
    sys.path.insert(0, sys.argv[2])

from gateway.routing import make_policy  # noqa: E402
from gateway.routing.features import catalogue_views, route_request_from_prompt  # noqa: E402

POLICY, VIEWS = make_policy("complexity"), catalogue_views()


def decide(text: str) -> tuple[str, bool, str]:
    d = POLICY.decide(route_request_from_prompt(text, mode="balanced"), VIEWS)
    return d.task, d.thinking, d.model


def report(path: Path, field: str, english: str, task: str, thinking: bool) -> None:
    groups: dict[tuple[str, str], dict[str, tuple[str, bool, str]]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        group = row["id"].split("/")[0] if "/" in row["id"] else ""
        groups[(group, row["lang"])][row["id"]] = decide(row[field])
    total = Counter()
    print(f"{path.relative_to(ROOT)}: {task}, thinking {thinking}")
    for (group, lang), rows in groups.items():
        first = groups[(group, english)]
        n = Counter(rows=len(rows), task=sum(d[0] == task for d in rows.values()),
                    thinking=sum(d[1] == thinking for d in rows.values()),
                    model=sum(d[2] == first[i][2] for i, d in rows.items()))
        total.update(n)
        print(f"  {group:10} {lang:11} {n['task']:4}/{n['rows']} {task}, {n['thinking']:4} thinking {thinking}, "
              f"{n['model']:4} on the English original's model")
    print(f"  all: {dict(total)}")


def main() -> None:
    for name in ("humaneval_xl_python.jsonl", "humaneval_xl_other.jsonl"):
        report(ROOT / "data" / "multilingual-code" / name, "prompt", "English", "code", True)
    report(ROOT / "data" / "multilingual-questions" / "multiq.jsonl", "question", "en", "knowledge", False)


if __name__ == "__main__":
    main()
