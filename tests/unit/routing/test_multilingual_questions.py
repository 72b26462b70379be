"""Basic questions of fact in 137 languages: MultiQ (`data/multilingual-questions`, CC BY 4.0).

90 English questions ("What is the chemical formula for water?", "Who was the first Emperor of China?";
MultiQ's sums left out) machine-translated into 136 languages, 12,330 rows: a question of fact, answered
without thinking, each translation on its English original's model. Measured once on the rules before the
class of `test_task_classes_code_words.py` was mended (main f977a69): 12,189 without thinking, 119 as code
with thinking on the largest model (Chichewa 59 of 90, Persian 21), 10,832 on the English original's model
(87.8%; French 70 of 90: a French question takes more tokens and words than a trivial English one). The
texts are used for nothing else; a miss names a class, not a row.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from gateway.routing.features import route_request_from_prompt

MULTIQ = Path(__file__).resolve().parents[3] / "data" / "multilingual-questions" / "multiq.jsonl"
MAX_CODE = 5                               # of 12,330: a code word read inside another language's word
MIN_NO_THINKING, MIN_LANG_NO_THINKING = 0.995, 0.88
MIN_SAME_MODEL, MIN_LANG_SAME_MODEL = 0.88, 0.65


def test_questions_of_fact_are_routed_alike_in_137_languages(policy, views):
    decided: dict[str, dict[str, tuple[str, bool, str]]] = defaultdict(dict)
    for line in MULTIQ.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        d = policy.decide(route_request_from_prompt(row["question"], mode="balanced"), views)
        decided[row["lang"]][row["id"]] = (d.task, d.thinking, d.model)
    english = decided["en"]
    assert len(decided) == 137 and all(len(rows) == 90 for rows in decided.values())
    code = [(lang, i) for lang, rows in decided.items() for i, d in rows.items() if d[0] == "code"]
    assert len(code) <= MAX_CODE, code
    no_thinking = {lang: sum(not d[1] for d in rows.values()) / 90 for lang, rows in decided.items()}
    same_model = {lang: sum(d[2] == english[i][2] for i, d in rows.items()) / 90 for lang, rows in decided.items()}
    assert sum(no_thinking.values()) / 137 >= MIN_NO_THINKING, no_thinking
    assert min(no_thinking.values()) >= MIN_LANG_NO_THINKING, sorted(no_thinking.items(), key=lambda x: x[1])[:5]
    assert sum(same_model.values()) / 137 >= MIN_SAME_MODEL, sorted(same_model.items(), key=lambda x: x[1])[:5]
    assert min(same_model.values()) >= MIN_LANG_SAME_MODEL, sorted(same_model.items(), key=lambda x: x[1])[:5]
