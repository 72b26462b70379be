"""Published Qwen3 scores as a quality model: expected accuracy of (model, thinking, budget) per task.

Why priors and not learned values: the gateway cannot measure answer quality, but the Qwen3
technical report (arXiv 2505.09388; shared/data/qwen3-priors.md beside the repository) measured every size in both
modes. The policy reads three rules straight off these numbers: a small model that thinks beats a
large one that does not on math and code; size wins on knowledge; thinking does not help
long-context retrieval. Each task blends an easier and a harder benchmark by difficulty `d`.
Models not in the table (a fine-tune, a new size) are placed by effective size: sqrt(total x
active) parameters, a common dense-equivalent for MoE models.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from .base import ModelView

# (thinking, non-thinking) per model and benchmark, from the report's post-trained table.
_TABLE: dict[str, dict[str, tuple[float, float]]] = {
    "235b-a22b": {"mmlu_redux": (92.7, 89.2), "gpqa": (71.1, 62.9), "math500": (98.0, 91.2), "aime24": (85.7, 40.1),
                  "lcb": (70.7, 35.3), "bfcl": (70.8, 68.0), "ifeval": (83.4, 83.2), "arena": (95.6, 96.1)},
    "32b": {"mmlu_redux": (90.9, 85.7), "gpqa": (68.4, 54.6), "math500": (97.2, 88.6), "aime24": (81.4, 31.0),
            "lcb": (65.7, 31.3), "bfcl": (70.3, 63.0), "ifeval": (85.0, 83.2), "arena": (93.8, 92.8)},
    "30b-a3b": {"mmlu_redux": (89.5, 84.1), "gpqa": (65.8, 54.8), "math500": (98.0, 89.8), "aime24": (80.4, 32.8),
                "lcb": (62.6, 29.8), "bfcl": (69.1, 58.6), "ifeval": (86.5, 83.7), "arena": (91.0, 88.0)},
    "14b": {"mmlu_redux": (88.6, 82.0), "gpqa": (64.0, 54.8), "math500": (96.8, 90.0), "aime24": (79.3, 31.7),
            "lcb": (63.5, 29.0), "bfcl": (70.4, 61.5), "ifeval": (85.4, 84.8), "arena": (91.7, 86.3)},
    "8b": {"mmlu_redux": (87.5, 79.5), "gpqa": (62.0, 39.3), "math500": (97.4, 87.4), "aime24": (76.0, 29.1),
           "lcb": (57.5, 22.8), "bfcl": (68.1, 60.2), "ifeval": (85.0, 83.0), "arena": (85.8, 79.6)},
    "4b": {"mmlu_redux": (83.7, 77.3), "gpqa": (55.9, 41.7), "math500": (97.0, 84.8), "aime24": (73.8, 25.0),
           "lcb": (54.2, 21.3), "bfcl": (65.9, 57.6), "ifeval": (81.9, 81.2), "arena": (76.6, 66.2)},
    "1.7b": {"mmlu_redux": (73.9, 64.4), "gpqa": (40.1, 28.6), "math500": (93.4, 73.0), "aime24": (48.3, 13.4),
             "lcb": (33.2, 11.6), "bfcl": (56.6, 52.2), "ifeval": (72.5, 68.2), "arena": (43.1, 36.9)},
    "0.6b": {"mmlu_redux": (55.6, 44.6), "gpqa": (27.9, 22.9), "math500": (77.6, 55.2), "aime24": (10.7, 3.4),
             "lcb": (12.3, 3.6), "bfcl": (46.4, 44.1), "ifeval": (59.2, 54.5), "arena": (8.5, 6.5)},
}
_EFFECTIVE_B = {"0.6b": 0.6, "1.7b": 1.7, "4b": 4.0, "8b": 8.2, "30b-a3b": math.sqrt(30.5 * 3.3), "14b": 14.8,
                "32b": 32.8, "235b-a22b": math.sqrt(235 * 22)}

# Task -> (benchmark at d = 0, benchmark at d = 1).
TASK_BENCHMARKS: dict[str, tuple[str, str]] = {
    "math": ("math500", "aime24"),
    "code": ("lcb", "lcb"),
    "reasoning": ("gpqa", "aime24"),
    "knowledge": ("mmlu_redux", "gpqa"),
    "extraction": ("ifeval", "ifeval"),
    "writing": ("ifeval", "arena"),
    "roleplay": ("arena", "arena"),
    "chat": ("ifeval", "arena"),
    "tool_use": ("bfcl", "bfcl"),
    "long_context": ("mmlu_redux", "mmlu_redux"),
}

# Share of the thinking gain reached at a budget (Qwen3-235B-A22B figure: (acc(B) - non-thinking) /
# (acc(32K) - non-thinking)). Budgets are log2 tokens 10 (1K) ... 15 (32K).
_BUDGET_GAIN: dict[str, tuple[float, ...]] = {
    "math": (0.04, 0.06, 0.35, 0.70, 0.94, 1.0),        # AIME'24
    "reasoning": (0.04, 0.06, 0.35, 0.70, 0.94, 1.0),   # AIME'24: proofs and puzzles need long chains too
    "code": (0.30, 0.39, 0.52, 0.73, 0.93, 1.0),        # LiveCodeBench v5
    "knowledge": (0.15, 0.15, 0.57, 0.81, 0.84, 1.0),   # GPQA-Diamond
}
BUDGETS: tuple[int, ...] = (1024, 2048, 4096, 8192, 16384, 32768)

_SIZE = re.compile(r"(\d+(?:\.\d+)?)b(?:-a(\d+(?:\.\d+)?)b)?")


def table_key(name: str) -> str | None:
    """'qwen3-30b-a3b' -> '30b-a3b'; None when the name carries no size the table knows."""
    m = _SIZE.search(name.lower())
    if not m:
        return None
    key = m.group(0)
    return key if key in _TABLE else None


@lru_cache(maxsize=256)   # per model and decision on the request path; the name's regex is the cost
def effective_size(name: str, params_b: float, active_params_b: float) -> float:
    key = table_key(name)
    return _EFFECTIVE_B[key] if key else math.sqrt(params_b * active_params_b)


def view_size(m: "ModelView") -> float:
    return effective_size(m.name, m.params_b, m.active_params_b)


def within_max_model(max_model: str | None, models: Sequence["ModelView"]) -> list["ModelView"]:
    """The models no larger than a tenant's `max_model` (all without one); never empty: a limit under
    every model (or a name of unknown size) leaves the smallest."""
    if not max_model or not models:
        return list(models)
    limit = next((m for m in models if m.name == max_model), None)
    cap = view_size(limit) if limit is not None else effective_size(max_model, 0.0, 0.0)
    return [m for m in models if view_size(m) <= cap + 1e-9] or [min(models, key=view_size)]


def _interp_by_size(size_b: float, bench: str, thinking: bool) -> float:
    pts = sorted((_EFFECTIVE_B[k], v[bench][0 if thinking else 1]) for k, v in _TABLE.items())
    xs = [math.log(p[0]) for p in pts]
    x = math.log(max(size_b, 1e-3))
    i = bisect.bisect_left(xs, x)
    if i == 0:
        return pts[0][1]
    if i >= len(xs):
        return pts[-1][1]
    f = (x - xs[i - 1]) / (xs[i] - xs[i - 1])
    return pts[i - 1][1] + f * (pts[i][1] - pts[i - 1][1])


def bench_score(name: str, size_b: float, bench: str, thinking: bool) -> float:
    key = table_key(name)
    if key:
        return _TABLE[key][bench][0 if thinking else 1]
    return _interp_by_size(size_b, bench, thinking)


@lru_cache(maxsize=256)   # a decision asks the same (task, budget, d) once per model
def budget_gain(task: str, budget: int | None, d: float) -> float:
    """Share of the thinking gain a budget buys. Easier prompts (low d) need fewer tokens, so the
    curve is read at budget x 2^(3(1-d)): an easy problem gets at 1K what a hard one gets at 8K."""
    if budget is None:
        return 1.0
    curve = _BUDGET_GAIN.get(task, _BUDGET_GAIN["knowledge"])
    x = math.log2(max(budget, 1)) + 3.0 * (1.0 - d) - 10.0
    if x <= 0:   # below the 1K point (only a client's own small budget gets here)
        return curve[0] * 2.0 ** x
    if x >= len(curve) - 1:
        return 1.0
    i = int(x)
    return curve[i] + (x - i) * (curve[i + 1] - curve[i])


@lru_cache(maxsize=32)
def thinking_headroom(task: str) -> float:
    """How much a stronger reasoner gains on a task, in [0, 1]: Qwen3-235B-A22B's thinking gain on the
    task's two benchmarks (mean), over the largest such gain (LiveCodeBench, 35.4 points). Code 1.0,
    math and reasoning about 0.75, knowledge 0.17, writing, extraction, role-play and chat about 0.
    Why the thinking gain: it is the one published measure of how much more reasoning buys per task,
    and tasks where reasoning buys nothing are where a weaker model answers as well."""
    def gain(t: str) -> float:
        easy, hard = TASK_BENCHMARKS.get(t, TASK_BENCHMARKS["chat"])
        on_off = [_TABLE["235b-a22b"][b] for b in (easy, hard)]
        return max(0.0, sum(on - off for on, off in on_off) / 2)

    if task == "long_context":   # thinking costs retrieval (RULER): no headroom
        return 0.0
    return min(1.0, gain(task) / max(gain(t) for t in TASK_BENCHMARKS))


@lru_cache(maxsize=1024)
def _task_scores(name: str, size_b: float, task: str) -> tuple[float, float, float, float]:
    """(easy off, hard off, easy on, hard on): cached, the router asks for them on every request."""
    easy, hard = TASK_BENCHMARKS.get(task, TASK_BENCHMARKS["chat"])
    return (bench_score(name, size_b, easy, False), bench_score(name, size_b, hard, False),
            bench_score(name, size_b, easy, True), bench_score(name, size_b, hard, True))


def expected_quality(name: str, size_b: float, task: str, d: float, thinking: bool, budget: int | None) -> float:
    """Expected accuracy (0-100) of a model on a task at difficulty d, thinking with a budget or not."""
    return expected_qualities(name, size_b, task, d, ((thinking, budget),))[0]


def expected_qualities(name: str, size_b: float, task: str, d: float,
                       plans: Sequence[tuple[bool, int | None]]) -> list[float]:
    """`expected_quality` of one model for each (thinking, budget) plan: what the router asks for every
    model on every request, so the model's scores and its blend at d are worked out once."""
    easy_off, hard_off, easy_on, hard_on = _task_scores(name, size_b, task)
    off = (1 - d) * easy_off + d * hard_off
    on = (1 - d) * easy_on + d * hard_on
    if task == "long_context":   # RULER, 8B: 84.4 thinking against 89.1 not
        return [off * 0.95 if thinking else off for thinking, _ in plans]
    return [off + (on - off) * budget_gain(task, budget, d) if thinking else off for thinking, budget in plans]
