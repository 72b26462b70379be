"""Held-out check of role preambles in the user's message (2026-12-03, roles31): a request routed with a
generic assistant preamble before it ("You are a helpful assistant.", "Du bist ein hilfreicher Assistent.")
must get the decision it gets without one (model, thinking, task), and one with an expert role before a
sum, a program or a question of fact ("You are a math tutor.", "You are a senior software engineer.") the
task it gets without the role.

Expected decisions, written before measuring: the same (model, thinking, task) as without the preamble for
the generic preambles; the same task for the expert roles. The texts are this project's held-out files
(provenance in their READMEs): MultiQ questions of fact in English, German, French, Spanish, Chinese and
Russian (`data/multilingual-questions`), MSVAMP word problems in the same languages (`data/msvamp-pairs`),
NQ-open questions (`data/knowledge-questions`), MBPP requests (`data/code-requests`). The preambles are
this project's own. Prints the share of rows that keep their decision, per file and preamble.

    PYTHONPATH=. .venv/bin/python scripts/preamble_check.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from gateway import routing
from gateway.routing import features

LANGS = ("en", "de", "fr", "es", "zh", "ru")
GENERIC = {
    "en": ("You are a helpful assistant.", "You are an AI assistant."),
    "de": ("Du bist ein hilfreicher Assistent.",),
    "fr": ("Tu es un assistant utile.", "Vous êtes un assistant IA serviable."),
    "es": ("Eres un asistente útil.",),
    "zh": ("你是一个有用的助手。", "你是一个乐于助人的AI助手。"),
    "ru": ("Ты полезный ассистент.",),
}
EXPERT = {
    "math": {"en": "You are a math tutor.", "de": "Du bist ein Mathelehrer.", "fr": "Tu es un professeur de mathématiques.",
             "es": "Eres un profesor de matemáticas.", "zh": "你是一位数学老师。", "ru": "Ты — учитель математики."},
    "code": {"en": "You are a senior software engineer."},
    "knowledge": {"en": "You are a world-class expert.", "de": "Du bist ein Experte.", "fr": "Tu es un expert.",
                  "es": "Eres un experto.", "zh": "你是一位专家。", "ru": "Ты — эксперт."},
}
ROOT = Path(__file__).resolve().parents[1] / "data"


def rows() -> dict[str, list[tuple[str, str]]]:
    """(language, text) per file: questions of fact, word problems, programs."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in (ROOT / "multilingual-questions" / "multiq.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["lang"] in LANGS:
            out["multiq"].append((r["lang"], r["question"]))
    for line in (ROOT / "msvamp-pairs" / "pairs.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        if r["lang"] in LANGS and len(out["msvamp"]) < 600:
            out["msvamp"].append((r["lang"], r["prompt"]))
    nq = (ROOT / "knowledge-questions" / "nq_open_dev.txt").read_text(encoding="utf-8").splitlines()
    out["nq"] = [("en", q) for q in nq[:500] if q.strip()]
    mbpp = (ROOT / "code-requests" / "mbpp.txt").read_text(encoding="utf-8").splitlines()
    out["mbpp"] = [("en", q) for q in mbpp[:300] if q.strip()]
    return out


def main() -> None:
    policy = routing.make_policy("complexity")
    views = features.catalogue_views()

    def decide(text: str):
        d = policy.decide(features.route_request_from_prompt(text, mode="balanced"), views)
        return d.model, d.thinking, d.task

    expert_of = {"multiq": "knowledge", "nq": "knowledge", "msvamp": "math", "mbpp": "code"}
    for name, items in rows().items():
        kept, total, kept_task, total_task = 0, 0, 0, 0
        for lang, text in items:
            bare = decide(text)
            for pre in GENERIC.get(lang, ()):
                total += 1
                kept += decide(pre + ("" if lang == "zh" else " ") + text) == bare
            role = EXPERT[expert_of[name]].get(lang)
            if role:
                total_task += 1
                kept_task += decide(role + ("" if lang == "zh" else " ") + text)[2] == bare[2]
        print(f"{name:<7} generic preamble: {kept}/{total} keep (model, thinking, task); "
              f"expert role: {kept_task}/{total_task} keep the task")


if __name__ == "__main__":
    main()
