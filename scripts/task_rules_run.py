"""Print the task rules' decision on behaviour rows as JSON lines, with the code of the current
directory: `scripts/task_cv.py` runs it inside older checkouts (`git archive`) to measure the rules
as they were before a set's own fixes, the only held-out figure the rules have.

Usage: python scripts/task_rules_run.py FILE.jsonl   (run with the checkout as working directory)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from gateway.routing import make_policy  # noqa: E402
from gateway.routing.cues import cue_hits  # noqa: E402
from gateway.routing.features import catalogue_views, route_request_from_prompt  # noqa: E402
from gateway.routing.tasks import LONG_CONTEXT_TOKENS  # noqa: E402
from gateway.tokens import count_tokens  # noqa: E402


def prompt_of(row: dict) -> str:
    if "filler" not in row:
        return row["prompt"]
    repeats = LONG_CONTEXT_TOKENS * 5 // (4 * max(count_tokens(row["filler"]), 1))
    return row["filler"] * repeats + "\n\n" + row["prompt"]


def main(path: str) -> None:
    policy, views = make_policy("complexity"), catalogue_views()
    cheapest = min(views, key=lambda v: (v.output_price, v.input_price)).name
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        d = policy.decide(route_request_from_prompt(prompt_of(row), mode="balanced"), views)
        tier_ok = row["tier"] is None or (row["tier"] == "smallest") == (d.model == cheapest)
        print(json.dumps({"task": d.task, "thinking": d.thinking, "tier_ok": tier_ok,
                          "cues": sorted(cue_hits(row["prompt"]))}))


if __name__ == "__main__":
    main(sys.argv[1])
