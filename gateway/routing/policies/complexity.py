"""`complexity`: the default policy. Difficulty and task from the prompt, quality from published
Qwen3 priors, cost from config prices, then the cheapest option good enough for the mode.

Why this shape: every (model, thinking, budget) option gets an expected quality (gateway.routing.
priors) and an expected price. The mode says how far below the best reachable quality a request may
land, and harder prompts may land less far: `quality` stays within 2% of the best, `balanced`
within 5-25%, `economy` within 15-50% (easy prompts tolerate most). The cheapest option inside that
band wins. Load is a second pass: if the preferred model is cold or saturated, the same band is
searched among models that can serve now, which is where a smaller model that thinks longer wins.
Thinking follows the task (Qwen3's guidance, `tasks.THINKING_TASKS`: math, code, reasoning think;
writing, extraction, knowledge and chat do not), unless the client says otherwise; a trivial request
(a greeting, a one-line fact) takes the cheapest option. Client wishes (ThinkingIntent) and the
tenant's max_budget prune options first (`make_policy` has already removed the models over the
tenant's max_model, and clamps the budget whatever a policy chose).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from functools import partial
from typing import NamedTuple, Sequence

from ..agent_prompts import offers_tools
from ..base import Decision, ModelView, RouteRequest
from ..code_difficulty import code_difficulty_parts, scaled
from ..follow_ups import follows_up, names_a_made_thing
from ..model import load_model
from ...tokens import count_tokens
from ..number_lists import list_difficulty_parts
from ..numerals import with_digits
from ..priors import BUDGETS, expected_qualities, thinking_headroom, view_size
from ..registry import register_policy
from ..spelling import respelled
from ..signals import dense_signals, english_tokens, head_of, window
from ..tasks import LONG_CONTEXT_TOKENS, THINKING_TASKS, classify, is_trivial
from ..turns import closes

ANSWER_TOKENS = 400        # expected visible answer length, for cost and context room
THINK_FILL = 0.6           # share of a thinking budget a request is expected to use
TRIVIAL_CONTEXT_TOKENS = 128   # a system prompt and history beside a trivial turn, at most: a persona or a tone
# (allowed quality loss at difficulty 1, extra loss allowed at difficulty 0), relative to the best option.
MODE_BANDS = {"quality": (0.0, 0.02), "balanced": (0.05, 0.20), "economy": (0.15, 0.35)}
# Difficulty of a task the learned score does not measure: the task's headroom (priors.
# thinking_headroom) spread over [TASK_FLOOR, TASK_FLOOR + TASK_SPAN]. The learned score is not mixed
# in: it was fitted on word problems and multiple-choice questions and means nothing for a poem
# (on the MT-Bench dev questions, mixing in 5% of it moved APGR from 0.744 to 0.691).
TASK_FLOOR, TASK_SPAN = 0.1, 0.8


class Option(NamedTuple):   # about 40 per decision: a tuple is several times cheaper to build than a frozen dataclass
    model: ModelView
    thinking: bool
    budget: int | None
    quality: float
    cost: float


_THINKING_PLANS = tuple((True, b) for b in BUDGETS)
# An Option from a tuple of its fields, in C: `Option(...)` and `Option._make` run a Python frame
# each, three times slower, and a decision builds about 40 options.
_option = partial(tuple.__new__, Option)


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode().replace("\n", " ").replace("\r", " ")[:119]


class Reading(NamedTuple):
    """A text the decision reads, with its tokens, its English-token length and its dense signals."""

    text: str
    tokens: int
    english: float
    sig: dict[str, float]


def _respelled(request: RouteRequest) -> RouteRequest:
    """The request as if typed without slips in its task words (`spelling`: "implment a binary serach"), and with
    digits for the number words of a short math request (`numerals`: "radius seven centimetres", "半径为七厘米")."""
    text, more = _retyped(request.text)
    turn, more_in_turn = _retyped(request.last_turn) if request.last_turn is not None else (None, 0)
    earlier = tuple(map(_retyped, request.earlier_turns))   # a follow-up reads the turn it follows
    if text is request.text and turn is request.last_turn and all(
            a is b for (a, _), b in zip(earlier, request.earlier_turns)):
        return request
    return replace(request, text=text, prompt_tokens=request.prompt_tokens + more, last_turn=turn,
                   last_turn_tokens=request.last_turn_tokens and request.last_turn_tokens + more_in_turn,
                   earlier_turns=tuple(a for a, _ in earlier),
                   earlier_turn_tokens=tuple(n + m for n, (_, m) in zip(request.earlier_turn_tokens, earlier)))


def _retyped(text: str) -> tuple[str, int]:
    """`text` respelled and with digits, and the tokens its digits add: the request is read as its digit twin,
    whose tokens the learned score reads (a numeral and its digits differ by a token or two)."""
    spelled = respelled(text)
    digits = with_digits(spelled)
    return digits, 0 if digits is spelled else count_tokens(digits) - count_tokens(spelled)


def _before(text: str, turn: str) -> str:
    """The conversation's text before its latest user turn (which `features.conversation_text` puts last): a
    system prompt and the assistant's answers, whose names a question about them shares ("Is Ember a girl?")."""
    at = text.rfind(turn)
    return text[:at] if at >= 0 else ""


def _with_prompted_tools(request: RouteRequest) -> RouteRequest:
    """Tools offered in the text make an agent's turn as the body's do, whatever the latest turn says
    (`agent_prompts`: Qwen-Agent's `<tools>` block, a ReAct prompt). Read once a decision; the request the
    policy sees only, since the planner reads the body's `has_tools` to pick a model served with a tool
    parser, which a prompted protocol does not need."""
    if request.has_tools or not offers_tools(request.text):
        return request
    return replace(request, has_tools=True)


def _named(parts: dict[str, float]) -> str:
    """A rule-read difficulty's parts, as `--explain` shows them ("base +0.05 sequence +0.25")."""
    return " ".join(f"{name} {value:+.2f}" for name, value in parts.items())


def _reading(text: str, tokens: int) -> Reading:
    # The text's length in English tokens: both signal sets read it; counted once.
    english = english_tokens(text, tokens, window(text))
    return Reading(text, tokens, english, dense_signals(text, tokens, english))


@register_policy("complexity")
class ComplexityPolicy:
    name = "complexity"

    def __init__(self, artefact: str | None = None, long_context_tokens: int = LONG_CONTEXT_TOKENS,
                 answer_tokens: int = ANSWER_TOKENS, think_fill: float = THINK_FILL) -> None:
        self.model = load_model(artefact)
        self.long_context_tokens = long_context_tokens
        self.answer_tokens = answer_tokens
        self.think_fill = think_fill

    # --- candidates -------------------------------------------------------------------------------

    def _fitting(self, req: RouteRequest, models: Sequence[ModelView]) -> list[ModelView]:
        """Models the context window allows; never empty. (`make_policy` already removed the models
        over the tenant's `max_model`.)"""
        fits = [m for m in models if m.context_length >= req.prompt_tokens + self.answer_tokens]
        return fits or [max(models, key=lambda m: m.context_length)]

    def _plans(self, req: RouteRequest, task: str, m: ModelView) -> list[tuple[bool, int | None]]:
        """(thinking, budget) pairs worth pricing on a model: the client's wish, else every budget
        that fits for a thinking task."""
        intent = req.intent
        room = m.context_length - req.prompt_tokens - self.answer_tokens
        cap = min(room, req.max_budget) if req.max_budget is not None else room
        if intent.enabled is False:
            return [(False, None)]
        if intent.budget is not None:
            return [(True, max(1, min(intent.budget, cap)))]
        thinking = _THINKING_PLANS[:bisect_right(BUDGETS, cap)]   # every budget up to `cap` (BUDGETS ascend)
        if intent.enabled is True:
            return list(thinking) or [(True, max(1, cap))]
        if task in THINKING_TASKS:     # Qwen3's guidance; off only when no useful budget fits
            return list(thinking) or [(False, None)]
        return [(False, None)]

    def _options(self, req: RouteRequest, task: str, d: float, models: Sequence[ModelView]) -> list[Option]:
        out: list[Option] = []
        answer_tokens, think_fill = self.answer_tokens, self.think_fill
        for m in models:
            plans = self._plans(req, task, m)
            qualities = expected_qualities(m.name, view_size(m), task, d, plans)
            input_cost, output_price = req.prompt_tokens * m.input_price, m.output_price
            for (thinking, budget), q in zip(plans, qualities):
                out_tokens = answer_tokens + (think_fill * budget if thinking and budget else 0)
                out.append(_option((m, thinking, budget, q, (input_cost + out_tokens * output_price) / 1e6)))
        return out

    def _task(self, request: RouteRequest) -> tuple[str, Reading, str]:
        """The task, the text it was read from, and the turn whose words named it: the latest user turn where a
        system prompt or earlier turns come before it (a system prompt's sentences are no situation told
        before a question, and "You are a helpful assistant." made every question a puzzle), unless that turn
        follows up earlier turns (`follow_ups.follows_up`: "再算一次", "Make it longer.", "Now write tests for
        it." go on with the conversation's task); then the latest earlier user turn that stands alone, read
        alone as a first turn is (`_followed`), unless the follow-up names a made thing of another task ("Now
        write a poem about it."). The whole conversation where it is long enough to be read as a long
        context, or where no earlier turn can be read."""
        turn, tokens = request.last_turn, request.last_turn_tokens
        if turn is not None and tokens is not None and request.prompt_tokens < self.long_context_tokens:
            alone = _reading(turn, tokens)
            task = self._classify(request, alone, turn)
            if request.turns == 1 or not follows_up(task, turn, request.earlier_turns, _before(request.text, turn)):
                return task, alone, turn
            followed = self._followed(request)
            if followed is not None:
                earlier_task, read = followed
                if earlier_task != task and names_a_made_thing(task, turn):
                    return task, alone, turn
                return earlier_task, read, read.text
        whole = _reading(request.text, request.prompt_tokens)
        return self._classify(request, whole, request.instruction), whole, request.instruction

    def _followed(self, request: RouteRequest) -> tuple[str, Reading] | None:
        """The task and reading of the latest earlier user turn that stands alone: the first turn, or a later one
        that is no thanks and follows up nothing, or names a made thing of its own ("Translate it into German."
        before "Make it more formal."). None where no earlier turn is given."""
        earlier = tuple(zip(request.earlier_turns, request.earlier_turn_tokens))
        for i in range(len(earlier) - 1, -1, -1):
            text, tokens = earlier[i]
            if not text.strip() or (i > 0 and closes(text)):
                continue
            read = _reading(text, tokens)
            task = self._classify(request, read, text)
            if i == 0 or not follows_up(task, text, request.earlier_turns[:i]) or names_a_made_thing(task, text):
                return task, read
        return None

    def _classify(self, request: RouteRequest, read: Reading, instruction: str) -> str:
        return classify(read.sig, read.tokens, request.has_tools, instruction, self.long_context_tokens)

    def difficulty(self, read: Reading, task: str) -> tuple[float, str]:
        """The difficulty, and what it was read from (for `--explain`): the learned score where it was
        learned (free-form math, multiple-choice questions); the code difficulty rules for code
        (`code_difficulty`, with their parts), and the list rules for a request about a list of numbers
        (`number_lists`); for other tasks the task's published headroom."""
        if task == "math" and (parts := list_difficulty_parts(read.text)) is not None:
            return sum(parts.values()), "list rules: " + _named(parts)
        if task == "math" or head_of(read.sig) == "mc":
            return self.model.score(read.text, read.tokens, read.sig, read.english), f"learned score ({head_of(read.sig)})"
        if task == "code":
            parts = code_difficulty_parts(read.text, read.english, read.sig)
            return scaled(sum(parts.values())), "code rules: " + _named(parts)
        return TASK_FLOOR + TASK_SPAN * thinking_headroom(task), "task headroom"

    @staticmethod
    def _pick(options: Sequence[Option], floor: float) -> Option:
        good = [o for o in options if o.quality >= floor]
        if good:
            return min(good, key=lambda o: (o.cost, -o.quality))
        return max(options, key=lambda o: (o.quality, -o.cost))

    # --- decision ---------------------------------------------------------------------------------

    def decide(self, request: RouteRequest, models: Sequence[ModelView]) -> Decision:
        if not models:
            raise ValueError("no models to route to")
        request = _with_prompted_tools(_respelled(request))
        task, read, asked = self._task(request)
        d, read_from = self.difficulty(read, task)
        options = self._options(request, task, d, self._fitting(request, models))
        best = max(o.quality for o in options)
        base, extra = MODE_BANDS.get(request.mode, MODE_BANDS["balanced"])
        floor = best * (1.0 - base - extra * (1.0 - d))
        # Beside a short system prompt or history (a persona, a tone), not an agent's rules or documents.
        trivial = (is_trivial(task, read.sig, read.tokens, asked)
                   and request.prompt_tokens - read.tokens <= TRIVIAL_CONTEXT_TOKENS)
        if trivial:   # a greeting or a one-line fact: every size answers it, so the cheapest does
            floor = 0.0
        chosen = preferred = self._pick(options, floor)

        rerouted_from, note = None, ""
        if preferred.model.cold or preferred.model.saturated:
            ready = [o for o in options if not (o.model.cold or o.model.saturated)]
            state = "cold" if preferred.model.cold else "saturated"
            if ready:
                chosen = self._pick(ready, floor)
                rerouted_from = preferred.model.name
                note = f"{preferred.model.name} {state}, rerouted"
            else:
                note = f"all models cold or saturated, kept {preferred.model.name}"

        think = f"think {chosen.budget}" if chosen.thinking else "no think"
        reason = f"{task}{' (trivial)' if trivial else ''} d={d:.2f} {request.mode}: {think}" + (f"; {note}" if note else "")
        if request.intent.explicit:
            reason += f"; client {request.intent.source}"
        return Decision(
            model=chosen.model.name,
            thinking=chosen.thinking,
            budget=chosen.budget if chosen.thinking else None,
            policy=self.name,
            score=d,
            task=task,
            reason=_ascii(reason),
            rerouted_from=rerouted_from,
            extra={"difficulty_from": read_from, "expected_quality": f"{chosen.quality:.1f}", "quality_floor": f"{floor:.1f}",
                   "expected_cost_usd": f"{chosen.cost:.6f}"},
        )
