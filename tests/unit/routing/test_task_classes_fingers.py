"""A finger is no role (2026-12-03, stop 24).

Spanish "finge" (pretend) is a role-play stem, and it begins the English and German "finger": "Why does my
finger hurt when I bend it?" read as role-play on the 30B-A3B (main 0646fb0: 6 of the 7 members below), and 21
MMLU items on fingers and fingerprints did too. The verb's forms are whole words of the role-play family
(`cue_words.WHOLE_WORDS`, test_task_classes_pretend_words); "Finge que eres un pirata" and Italian "Fingi
di essere ..." keep their role.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

FINGERS = [
    "Why does my finger hurt when I bend it?",
    "I cut my finger while cooking, what should I do?",
    "How do I remove a ring stuck on my finger?",
    "Why are my fingertips wrinkly after a bath?",
    "How are fingerprints used to identify people?",
    "Warum tut mein Finger weh, wenn ich ihn beuge?",
    "Wie entsteht ein Fingerabdruck?",
]

ROLES = [
    "Finge que eres un pirata y cuéntame tu historia.",
    "Fingi di essere un detective e interrogami.",
]


@pytest.mark.parametrize("prompt", FINGERS)
def test_a_finger_is_no_role(policy, views, prompt):
    assert decide(policy, views, prompt).task != "roleplay"


@pytest.mark.parametrize("prompt", ROLES)
def test_pretending_keeps_its_role(policy, views, prompt):
    assert decide(policy, views, prompt).task == "roleplay"
