"""Classes of instruction + input requests (2026-12-03), as applications send them through an API: a
task definition, a blank line, the input. Found on Super-NaturalInstructions (`data/instruction-tasks`,
held out); the examples here are this project's own, not rows of that set. Each class holds several
phrasings in English and at least two other languages, and guards that must keep their decision.
"""

from __future__ import annotations

import pytest

from .decisions import decide

# A text to put into another language, asked with a verb of conversion and the language's name instead
# of "translate": a translation, no thinking, whatever numbers the text holds (they were read as a sum).
CONVERT_INTO_A_LANGUAGE = [
    ("en", "In this task, given a sentence in the Chinese language, your task is to convert it into the "
           "English language.\n\n自2003年以来，英国一直在伊拉克8000多个地区驻军。"),
    ("en", "Convert this sentence into English: 他说，4名士兵中有1名受伤。"),
    ("en", "Please render the following in French: We sold 300 tickets in 2 hours."),
    ("es", "Pasa este texto al inglés: Compramos 3 kilos de manzanas por 12 euros."),
    ("de", "Übertrage diesen Satz ins Englische: Wir haben 3 Äpfel für 2 Euro gekauft."),
    ("fr", "Mets cette phrase en anglais : Nous avons vendu 40 billets en 3 jours."),
]
# Conversions that are no translation: units and code keep their decision.
NOT_A_LANGUAGE = [
    ("en", "Convert 5 miles into kilometres and 3 pounds into kilograms.", "math"),
    ("en", "Convert this function into Python:\n```js\nfunction add(a, b) { return a + b; }\n```", "code"),
]


@pytest.mark.parametrize("lang,prompt", CONVERT_INTO_A_LANGUAGE)
def test_converting_a_text_into_a_language_is_a_translation(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("extraction", False), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_A_LANGUAGE)
def test_a_conversion_that_names_no_language_keeps_its_task(policy, views, lang, prompt, task):
    assert decide(policy, views, prompt).task == task


# An operation to run over a list given as a literal of quoted items at the request's end ("concatenate
# them", "reverse it", "remove the duplicates"): program execution, code with thinking, even when the
# items hold no digits to read as quantities.
RUN_OVER_A_LIST = [
    ("en", "In this task you will be given a list of strings and you need to concatenate them.\n\n"
           "['p', 'that.', 'o', 'x']"),
    ("en", "Reverse the order of the items in the list A.\n\n['red', 'green', 'blue', 'white']"),
    ("es", "Elimina los elementos duplicados de la lista.\n\n['casa', 'perro', 'casa', 'gato']"),
    ("de", "Verbinde alle Zeichenketten der Liste zu einer einzigen.\n\n[\"Haus\", \"Baum\", \"Kind\"]"),
    ("zh", "将列表中的所有字符串连接起来。\n\n['a', 'b', 'c', 'd']"),
]
# A list that is not the input to run over, or a text that only talks of a list, keeps its decision.
NOT_A_LIST_TO_RUN = [
    ("en", "Write a short poem that mentions ['rose', 'moon', 'sea'] as its three images, please.", "writing"),
    ("en", "Make a list of three fruits that are rich in vitamin C.", None),
    ("en", "Extract the names of the people from this text: Ann met Bob and Carl in Rome.", "extraction"),
]


@pytest.mark.parametrize("lang,prompt", RUN_OVER_A_LIST)
def test_an_operation_over_a_given_list_is_program_execution(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), d.reason


@pytest.mark.parametrize("lang,prompt,task", NOT_A_LIST_TO_RUN)
def test_a_list_that_is_not_an_input_keeps_its_decision(policy, views, lang, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task != "code"
    if task is not None:
        assert d.task == task, d.reason
