"""A German summary asked with the separable verb: "Fasse den Text zusammen" (2026-12-03).

Found while writing the guards of `test_task_classes_stub.py`: the lexicon reads "zusammenfassen" and
"Zusammenfassung", but the imperative splits the verb ("Fasse ... zusammen", "Fassen Sie ... zusammen"),
and neither part named the task, so a summary of a pasted text read as chat or by its material's shape.
Written by this project (none copied from any benchmark), with guards where "fassen" or "zusammen"
means something else.
"""

from __future__ import annotations

import pytest

from gateway.routing.cues import cue_hits
from gateway.routing.features import route_request_from_prompt

SUMMARIES = [
    "Fasse den folgenden Text in zwei Sätzen zusammen: Der Stadtrat hat gestern beschlossen, die Bibliothek "
    "am Marktplatz bis zum Frühjahr zu renovieren und in der Zeit eine Ausweichstelle im Rathaus zu öffnen.",
    "Fassen Sie bitte die wichtigsten Punkte der Besprechung zusammen.",
    "Fass mir das Kapitel kurz zusammen, ich habe keine Zeit, es ganz zu lesen.",
    "Kannst du mir diesen Artikel zusammenfassen und dann die Kernaussage nennen?",
]


@pytest.mark.parametrize("prompt", SUMMARIES)
def test_a_summary_with_the_separable_verb_is_extraction(policy, views, prompt):
    assert "extraction" in cue_hits(prompt), prompt
    d = policy.decide(route_request_from_prompt(prompt, mode="balanced"), views)
    assert (d.task, d.thinking) == ("extraction", False), (prompt, d.task)


NOT_SUMMARIES = [
    "Das Fass ist voll, wir tragen es zusammen in den Keller.",
    "Ich kann es nicht fassen, wir haben zusammen gewonnen!",
    "Wir fahren am Wochenende zusammen an die Ostsee.",
]


@pytest.mark.parametrize("prompt", NOT_SUMMARIES)
def test_fassen_or_zusammen_alone_asks_no_summary(prompt):
    assert "extraction" not in cue_hits(prompt), prompt
