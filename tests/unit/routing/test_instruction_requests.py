"""Labelled English instructions at scale: Vicuna's 80 questions and Self-Instruct's 252 user-oriented
instructions (`data/instruction-requests`, Apache 2.0), each with a label from its source (a category,
or the application that motivated it).

Only what a label clearly implies is checked (the README's table, written before any measurement):
Vicuna's coding is code with thinking, math is math with thinking, a Fermi estimate asked step by step
thinks, writing is writing without thinking, role-play is a role (or a text) without thinking, generic
and knowledge questions are no code, sum, extraction or tool call and do not think; Self-Instruct's
Grammarly and Gmail requests (editing, emails) do not think, its Wolfram Alpha requests (equations,
proofs) do. Measured once on main's rules (ab42a1b) before the classes of
`test_task_classes_instructions.py` were mended: 23 misses of the 84 checked rows (fermi 10, role-play
6, writing 3, generic 1, Grammarly 1, Gmail 1, Wolfram Alpha 1; see BENCHMARKS.md). The texts are
used for nothing else: a miss here names a class to mend, not a row.
"""

from __future__ import annotations

import json
from pathlib import Path

from gateway.routing.features import route_request_from_prompt

DATA = Path(__file__).resolve().parents[3] / "data" / "instruction-requests"
NOT_A_QUESTION = ("code", "math", "extraction", "tool_use")
# Per label: what the label implies, as a test of (task, thinking).
EXPECTED = {
    ("vicuna_bench", "coding"): lambda task, think: (task, think) == ("code", True),
    ("vicuna_bench", "math"): lambda task, think: (task, think) == ("math", True),
    ("vicuna_bench", "fermi"): lambda task, think: think,
    ("vicuna_bench", "writing"): lambda task, think: (task, think) == ("writing", False),
    ("vicuna_bench", "roleplay"): lambda task, think: task in ("roleplay", "writing") and not think,
    ("vicuna_bench", "generic"): lambda task, think: task not in NOT_A_QUESTION and not think,
    ("vicuna_bench", "knowledge"): lambda task, think: task not in NOT_A_QUESTION and not think,
    ("self_instruct_user", "Grammarly"): lambda task, think: not think,
    ("self_instruct_user", "Gmail"): lambda task, think: not think,
    ("self_instruct_user", "Wolfram alpha"): lambda task, think: think,
}
CHECKED_ROWS = 84
MAX_MISSES = 5   # of 84 checked: today 4 (a Fermi question whose "history" names a topic, a podcast script
                 # read as a discussion, two languages compared, a text to correct that "solves problems")


def test_labelled_instructions_get_the_decision_their_label_implies(policy, views):
    checked, misses = 0, []
    for name in ("vicuna_bench", "self_instruct_user"):
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            expected = EXPECTED.get((name, row["label"]))
            if expected is None:
                continue
            checked += 1
            d = policy.decide(route_request_from_prompt(row["prompt"], mode="balanced"), views)
            if not expected(d.task, d.thinking):
                misses.append((row["label"], d.task, d.thinking, row["prompt"][:80]))
    assert checked == CHECKED_ROWS
    assert len(misses) <= MAX_MISSES, misses
