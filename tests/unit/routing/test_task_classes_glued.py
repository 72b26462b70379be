"""A Latin-script name glued to a script that puts no spaces between words (2026-12-03).

Chinese, Japanese, Thai and often Korean writers put no space between "Python", "SQL" or "JavaScript" and
the words around it ("用Python写一个例子", "JavaScriptで書いて", "Python으로"). The cue lexicons look words
up by their start, so a name inside such a run was not read: "什么是递归？用Python写一个例子。" was writing
without thinking, "请帮我用SQL查出每个部门工资最高的员工" chat, where "What is recursion? Write an example in
Python." is code with thinking. Found while tidying the sentence-end patterns; measured on main 947bc70.

Written by this project for this test (none copied from any benchmark).
"""

from __future__ import annotations

import pytest

from gateway.routing.cues import cue_hits

from .decisions import decide

GLUED_CODE = [
    ("zh", "什么是递归？用Python写一个例子。"),
    ("zh", "请帮我用SQL查出每个部门工资最高的员工"),
    ("zh", "能不能用Rust重写这段逻辑，让它支持并发？"),
    ("zh", "帮我把这个功能改成用TypeScript实现"),
    ("ja", "次の処理をJavaScriptで書いてください：配列の重複を取り除く"),
    ("ja", "このデータをSQLで集計する方法を教えて"),
    ("ko", "간단한 웹 크롤러를Python으로 만들어 줘"),
    ("th", "ช่วยเขียนโค้ดPythonเพื่ออ่านไฟล์CSVให้หน่อย"),
]


@pytest.mark.parametrize("lang, prompt", GLUED_CODE)
def test_a_language_name_glued_to_unspaced_text_is_code(policy, views, lang, prompt):
    d = decide(policy, views, prompt)
    assert (d.task, d.thinking) == ("code", True), (lang, d.task, d.thinking)


# Guards: a Latin name glued to Chinese that names no program (a shop, a phone) stays what it was; a
# Latin word with accents is still one word ("über" holds no "ber").
GUARDS = [
    ("我昨天去了Costco买东西，好累啊", "chat"),
    ("给我写一首关于iPhone的诗", "writing"),
    ("Schreibe ein Gedicht über den Frühling.", "writing"),
    ("Écris un poème sur l'été à Montréal.", "writing"),
]


@pytest.mark.parametrize("prompt, task", GUARDS)
def test_guards(policy, views, prompt, task):
    d = decide(policy, views, prompt)
    assert d.task == task and not d.thinking, (d.task, d.thinking)


def test_the_latin_run_is_read_as_a_word_of_its_own():
    assert "code" in cue_hits("用python写")
    assert "code" in cue_hits("pythonで書いて")
    assert "code" in cue_hits("python으로")
