"""Code described in words, at scale: MBPP's 974 task descriptions (`data/code-requests`, CC BY 4.0).

Each is a request for a program ("Write a function to extract ...", "Write a python function to
calculate ..."): code, with thinking (Qwen3's guidance). Measured once on the rules before the class of
`test_task_classes_code.py` was mended (main 8e0ecbc): 894 read as code (23 as extraction, 57 as math),
951 with thinking. The texts are used for nothing else; a miss here names a class to mend, not a row.
"""

from __future__ import annotations

from pathlib import Path

from gateway.routing.features import route_request_from_prompt

MBPP = Path(__file__).resolve().parents[3] / "data" / "code-requests" / "mbpp.txt"
MAX_MISSES = 5   # of 974: a rule that costs more is too wide for code described in words


def test_code_described_in_words_is_code_with_thinking(policy, views):
    prompts = MBPP.read_text(encoding="utf-8").splitlines()
    assert len(prompts) == 974
    misses = []
    for prompt in prompts:
        d = policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)
        if (d.task, d.thinking) != ("code", True):
            misses.append((d.task, d.thinking, prompt))
    assert len(misses) <= MAX_MISSES, misses[:20]
