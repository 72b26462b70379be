"""Per label, the task rules' decisions on the labelled instruction sets of `data/instruction-requests`:
how many rows read as each task, how many with thinking, and on which model.

Usage: python scripts/instruction_requests.py [FILE.jsonl ...]   (run from the checkout's root; default:
both files; any file of `{"label", "prompt"}` lines, e.g. `data/reasoning-tasks/bbh_first50.jsonl`). Prints one line a label, then the totals; figures only, no verdict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from gateway.routing import make_policy  # noqa: E402
from gateway.routing.features import catalogue_views, route_request_from_prompt  # noqa: E402

DATA = Path("data/instruction-requests")


def measure(path: Path) -> None:
    policy, views = make_policy("complexity"), catalogue_views()
    tasks: dict[str, Counter] = defaultdict(Counter)
    models: dict[str, Counter] = defaultdict(Counter)
    thinking: Counter = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        d = policy.decide(route_request_from_prompt(row["prompt"], mode="balanced"), views)
        tasks[row["label"]][d.task] += 1
        models[row["label"]][d.model.removeprefix("qwen3-")] += 1
        thinking[row["label"]] += d.thinking
    print(f"== {path.name}")
    width = max(18, *(len(label) for label in tasks))   # BIG-Bench Hard's task names run to 39 characters
    for label in sorted(tasks, key=lambda lb: (-sum(tasks[lb].values()), lb)):
        n = sum(tasks[label].values())
        print(f"{label:{width}} n={n:3} think={thinking[label]:3}  tasks={dict(tasks[label].most_common())}"
              f"  models={dict(models[label].most_common())}")
    total = sum(sum(c.values()) for c in tasks.values())
    print(f"{'ALL':{width}} n={total:3} think={sum(thinking.values()):3}")


def main(paths: list[str]) -> None:
    for p in paths or sorted(DATA.glob("*.jsonl")):
        measure(Path(p))


if __name__ == "__main__":
    main(sys.argv[1:])
