"""How well the task rules generalise, and whether a small learned task classifier helps them.

Why this script: the rules (`gateway/routing/tasks.py`, `cues.py`) were fixed on all four hand-written
behaviour sets, so their figure on those sets is in-sample. Two honest measures:
- forward: each set against the rules as they were before its own fixes (the parent of the commit
  that added it; `git archive` of that commit, run by `task_rules_run.py`);
- cross-validation of the learned classifier: leave one set out, and leave one language out.

The classifier: hashed character n-grams (1-4, within words and across spaces, of the head and tail
of the instruction) plus structural signals and the cue lexicons' hits, a multinomial logistic
regression in numpy (full-batch gradient descent, fixed steps: deterministic). "Rules+model": the
rules' task where they have evidence (a cue naming a task, code, quantities, material after a colon,
a fence, tools, length), else the model's, if its probability is at least `--tau`.

Usage: python scripts/task_cv.py [--final] [--tau 0.5]   (--final adds the fifth set, kept untouched
until the end). Prints every figure; thinking = the task is math, code or reasoning (Qwen3's guidance).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import subprocess
import sys
import tarfile
import tempfile
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.routing.signals import dense_signals  # noqa: E402
from gateway.routing.tasks import THINKING_TASKS  # noqa: E402
from gateway.tokens import count_tokens  # noqa: E402

DATA = ROOT / "tests/unit/routing/data"
# (file, commit that added the set with its fixes): the rules before the fixes are its parent's.
SETS = [("behaviour.jsonl", "60e43f3"), ("behaviour_unseen.jsonl", "ef14ec2"),
        ("behaviour_third.jsonl", "58c4a99"), ("behaviour_fourth.jsonl", "d5fda88")]
FIFTH = ("behaviour_fifth.jsonl", None)   # None: the current rules have never seen it
CLASSES = ("math", "code", "reasoning", "knowledge", "extraction", "writing", "roleplay", "chat")
NAMING = {"roleplay", "extraction", "reasoning", "stepwise", "math", "code", "writing", "knowledge"}
CUE_NAMES = sorted(NAMING | {"quantity", "interrogative", "greeting"})
DIM = 1 << 14
EDGE = 300            # characters of the instruction's head and tail read for n-grams
STEPS, LR, L2 = 400, 0.5, 1e-3


def load(name: str) -> list[dict]:
    return [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def rules_at(commit: str | None, name: str) -> list[dict]:
    """The decisions of the rules at `commit` (None: this working tree) on one set."""
    runner = ROOT / "scripts/task_rules_run.py"
    if commit is None:
        out = subprocess.run([sys.executable, str(runner), str(DATA / name)], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
    else:
        with tempfile.TemporaryDirectory() as tmp:
            blob = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
            tarfile.open(fileobj=io.BytesIO(blob)).extractall(tmp)
            out = subprocess.run([sys.executable, str(runner), str(DATA / name)], cwd=tmp, capture_output=True,
                                 text=True, check=True).stdout
    return [json.loads(x) for x in out.splitlines()]


def ngrams(text: str) -> list[int]:
    t = " ".join(text.lower().split())
    t = t if len(t) <= 2 * EDGE else t[:EDGE] + " " + t[-EDGE:]
    t = f" {t} "
    return [zlib.crc32(f"{n}{t[i:i + n]}".encode()) % DIM for n in range(1, 5) for i in range(len(t) - n + 1)]


def structure(text: str, cues: list[str]) -> list[float]:
    sig = dense_signals(text, count_tokens(text) + 8)
    s = [sig["log_tokens"] / 5, min(sig["n_quantities"], 4) / 4, min(sig["n_sentences"], 6) / 6,
         min(sig["n_questions"], 3) / 3, sig["fence"], min(sig["n_code_lines"], 4) / 4, min(sig["code_share"], 3) / 3,
         sig["ends_colon"], float(":" in text or "：" in text)]
    return s + [float(c in cues) for c in CUE_NAMES]


def features(rows: list[dict], cues: list[list[str]]) -> np.ndarray:
    n_struct = len(structure("x", []))
    x = np.zeros((len(rows), DIM + n_struct), dtype=np.float64)
    for i, (r, c) in enumerate(zip(rows, cues)):
        grams = ngrams(r["prompt"])
        np.add.at(x[i], grams, 1.0 / math.sqrt(len(grams)))
        x[i, DIM:] = structure(r["prompt"], c)
    return x


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression over the columns the training rows use, from zeros:
    deterministic. Returns (columns, weights (columns + 1, classes))."""
    cols = np.flatnonzero(x.any(0))
    xb = np.hstack([x[:, cols], np.ones((len(x), 1))])
    w = np.zeros((xb.shape[1], len(CLASSES)))
    onehot = np.eye(len(CLASSES))[y]
    for _ in range(STEPS):
        z = xb @ w
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        w -= LR * (xb.T @ (p - onehot) / len(xb) + L2 * w)
    return cols, w


def predict(model: tuple[np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    cols, w = model
    z = np.hstack([x[:, cols], np.ones((len(x), 1))]) @ w
    p = np.exp(z - z.max(1, keepdims=True))
    return p / p.sum(1, keepdims=True)


def confident(row: dict, rule: dict) -> bool:
    """The rules had evidence: anything but a task read from the shape alone or a greeting."""
    sig = dense_signals(row["prompt"], count_tokens(row["prompt"]) + 8)
    if rule["task"] in ("long_context", "tool_use") or NAMING & set(rule["cues"]):
        return True
    code = sig["fence"] or sig["n_code_lines"] >= 2 or (sig["code_share"] >= 1.2 and sig["n_code_lines"] >= 1)
    return bool(code or sig["log_markup"] > 0 or sig["n_quantities"] >= 2 or rule["task"] == "extraction")


def combine(row: dict, rule: dict, p: np.ndarray, tau: float) -> str:
    if confident(row, rule) or p.max() < tau:
        return rule["task"]
    return CLASSES[int(p.argmax())]


def tally(rows: list[dict], tasks: list[str]) -> tuple[int, int, int]:
    """(task misses, thinking misses, either) over rows; thinking follows the task."""
    task = sum(t != r["task"] for t, r in zip(tasks, rows))
    think = sum((t in THINKING_TASKS) != r["thinking"] for t, r in zip(tasks, rows))
    anym = sum(t != r["task"] or (t in THINKING_TASKS) != r["thinking"] for t, r in zip(tasks, rows))
    return task, think, anym


def held_out(rows, x, rules, groups, tau, label):
    """Train on all groups but one, predict that one; rules vs model vs rules+model."""
    y = np.array([CLASSES.index(r["task"]) if r["task"] in CLASSES else -1 for r in rows])
    model_tasks, mixed = [""] * len(rows), [""] * len(rows)
    for g in sorted(set(groups)):
        test = [i for i, gg in enumerate(groups) if gg == g]
        train_i = [i for i, gg in enumerate(groups) if gg != g and y[i] >= 0]
        w = train(x[train_i], y[train_i])
        p = predict(w, x[test])
        for k, i in enumerate(test):
            lc = rules[i]["task"] in ("long_context", "tool_use")
            model_tasks[i] = rules[i]["task"] if lc else CLASSES[int(p[k].argmax())]
            mixed[i] = combine(rows[i], rules[i], p[k], tau)
    rule_tasks = [r["task"] for r in rules]
    n = len(rows)
    print(f"{label}: {n} rows, misses as task / thinking / any")
    for name, tasks in (("rules (in-sample)", rule_tasks), ("model (held out)", model_tasks),
                        ("rules+model", mixed)):
        t, th, a = tally(rows, tasks)
        print(f"  {name:<18} task {t:>3} ({t / n:.1%})  thinking {th:>3} ({th / n:.1%})  any {a:>3}")
    return model_tasks, mixed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--final", action="store_true", help="also report the fifth set (the final held-out check)")
    ap.add_argument("--tau", type=float, default=0.5, help="model probability needed to replace a rule's guess")
    ap.add_argument("--no-cv", action="store_true", help="skip the leave-one-out runs (29 fits, minutes)")
    args = ap.parse_args()
    sets = SETS + ([FIFTH] if args.final else [])
    rows, now, before, set_of = [], [], [], []
    for k, (name, commit) in enumerate(sets):
        rs = load(name)
        rows += rs
        set_of += [k + 1] * len(rs)
        now += rules_at(None, name)
        before += rules_at(f"{commit}^", name) if commit else rules_at(None, name)
        print(f"set {k + 1} ({name}) read", file=sys.stderr)
    x = features(rows, [r["cues"] for r in now])
    langs = [r["lang"] for r in rows]

    print("== rules only, per set: before its own fixes (held out) / now (in-sample for sets 1-4)")
    for k in sorted(set(set_of)):
        idx = [i for i, s in enumerate(set_of) if s == k]
        for label, dec in (("before", before), ("now", now)):
            sub = [dec[i] for i in idx]
            anym = sum(d["task"] != rows[i]["task"] or d["thinking"] != rows[i]["thinking"] or not d["tier_ok"]
                       for d, i in zip(sub, idx))
            th = sum(d["thinking"] != rows[i]["thinking"] for d, i in zip(sub, idx))
            tk = sum(d["task"] != rows[i]["task"] for d, i in zip(sub, idx))
            print(f"  set {k} {label:<6} any {anym:>3}/{len(idx)}  task {tk:>3}  thinking {th:>3}")

    print("== forward: rules before set k's fixes, alone and with a model trained on sets < k")
    y = np.array([CLASSES.index(r["task"]) if r["task"] in CLASSES else -1 for r in rows])
    for k in sorted(set(set_of))[1:]:
        idx = [i for i, s in enumerate(set_of) if s == k]
        tr = [i for i, s in enumerate(set_of) if s < k and y[i] >= 0]
        w = train(x[tr], y[tr])
        xk = features([rows[i] for i in idx], [before[i]["cues"] for i in idx])
        p = predict(w, xk)
        sub = [rows[i] for i in idx]
        alone = tally(sub, [before[i]["task"] for i in idx])
        mixed = tally(sub, [combine(rows[i], before[i], p[j], args.tau) for j, i in enumerate(idx)])
        model = tally(sub, [before[i]["task"] if before[i]["task"] in ("long_context", "tool_use")
                            else CLASSES[int(p[j].argmax())] for j, i in enumerate(idx)])
        print(f"  set {k} (of {len(idx)}): rules task {alone[0]} thinking {alone[1]}; rules+model task {mixed[0]} "
              f"thinking {mixed[1]}; model alone task {model[0]} thinking {model[1]}")

    if args.no_cv:
        return
    base = [i for i, s in enumerate(set_of) if s <= 4]
    sub_rows, sub_x, sub_rules = [rows[i] for i in base], x[base], [now[i] for i in base]
    held_out(sub_rows, sub_x, sub_rules, [set_of[i] for i in base], args.tau, "== leave one set out (sets 1-4)")
    held_out(sub_rows, sub_x, sub_rules, [langs[i] for i in base], args.tau, "== leave one language out (sets 1-4)")


if __name__ == "__main__":
    main()
