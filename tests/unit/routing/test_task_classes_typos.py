"""A request typed with a slip in the word that names its task (2026-12-03, stop 25).

"implment a binary serach in javscript" was chat on the smallest model where "implement a binary search in
javascript" is code with thinking; "how do i fix this eror in my progam" was chat. People type fast; a slip in
"function", "program", "python", "calculate" or "summarize" hid the task. A word one slip away (a letter
dropped, added, changed, or two swapped) from a word that names a task is read as that word (`spelling`),
unless it is a word itself: a word of Qwen's vocabulary ("junction" is no misspelt "function", "fiction" no
misspelt "function").

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from .decisions import decide

SLIPS = [
    ("implment a binary serach in javscript", "implement a binary search in javascript"),
    ("how do i fix this eror in my progam", "how do i fix this error in my program"),
    ("write a fucntion that reverses a string", "write a function that reverses a string"),
    ("write a functoin to merge two dicts", "write a function to merge two dicts"),
    ("pyhton code to read a csv file", "python code to read a csv file"),
    ("wirte a javascirpt function that debounces", "write a javascript function that debounces"),
    ("typescirpt interface for a user with name and email", "typescript interface for a user with name and email"),
    ("can you optimze this algorthm for me", "can you optimize this algorithm for me"),
    ("calcualte the integral of x^2 from 0 to 3", "calculate the integral of x^2 from 0 to 3"),
    ("sumarize this: The meeting moved to Friday because the room was booked on Thursday.",
     "summarize this: The meeting moved to Friday because the room was booked on Thursday."),
    ("translate to french: where is the train station", "translate to french: where is the train station"),
    ("write a regx that matches a date like 2024-01-31", "write a regex that matches a date like 2024-01-31"),
]


@pytest.mark.parametrize("slipped,typed_well", SLIPS)
def test_a_slip_in_the_task_word_keeps_the_task(policy, views, slipped, typed_well):
    want, got = decide(policy, views, typed_well), decide(policy, views, slipped)
    assert (got.task, got.thinking, got.model) == (want.task, want.thinking, want.model), (slipped, got.task, want.task)


WORDS_NEAR_TASK_WORDS = [
    ("Tell me about the junction of the Rhine and the Moselle.", "code"),
    ("Write a short story about a fiction writer in Paris.", "code"),
    ("Is a python a dangerous snake for children?", "math"),
    ("What does the word fraction mean in everyday English?", "code"),
    ("Write a poem about a quiet program of songs at the village hall.", "math"),
    # other languages' words one slip from a task word: Dutch "witte" (white), Slovenian "vode" (water)
    ("Welke witte vogel zwemt in de vijver?", "writing"),
    ("Koja je kemijska formula vode?", "code"),
    ("Hvorfor er solen gul om morgenen?", "math"),
]


@pytest.mark.parametrize("prompt,not_task", WORDS_NEAR_TASK_WORDS)
def test_real_words_near_task_words_are_not_slips(policy, views, prompt, not_task):
    assert decide(policy, views, prompt).task != not_task, prompt
