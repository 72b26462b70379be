"""The deep readiness check: each running model answers one token, asked of its backend directly.

Start-up (deployments/local.py) and the benchmark's stacks want to know that every model does answer,
not only that Serve reports it running. Sending a chat through the public endpoint would do, but it is
counted as client traffic (tenant "none"): tokens, requests and cost that no client asked for. This
check never enters the request path, so it is neither admitted, metered, billed nor logged as a
request. Nor can it hide a client's traffic: it takes no input (the probe is always the same
one-token request), and its result is shared: one probe at a time, and each model's answer reused
for `ttl_s`, however many callers ask, so it cannot be turned into a load generator either. The
window is per model: one that comes up while others' answers are fresh is asked at once (start-up
would otherwise wait out the window of a probe that ran before it was up: READY 5-6 s later).
"""

from __future__ import annotations

import asyncio
import time
from typing import Callable, Mapping

from .api.protocol import WireTypes
from .backend import ModelBackend, ModelStatus

PROBE_TTL_S = 5.0        # a result is reused this long: at most one probe of each model per window
PROBE_TIMEOUT_S = 30.0   # per model; a model that takes longer is reported as not answering
PROBE_BODY = {"messages": [{"role": "user", "content": "ping"}], "max_tokens": 1, "stream": False}
OK = "ok"


class ModelProbe:
    def __init__(self, backend: ModelBackend, wire: WireTypes, *, ttl_s: float = PROBE_TTL_S,
                 timeout_s: float = PROBE_TIMEOUT_S, clock: Callable[[], float] = time.monotonic) -> None:
        self.backend, self.wire = backend, wire
        self.ttl_s, self.timeout_s, self.clock = ttl_s, timeout_s, clock
        self._answers: dict[str, tuple[str, float]] = {}   # model -> (answer, when it came)
        self._task: asyncio.Task | None = None

    async def check(self, states: Mapping[str, ModelStatus]) -> dict[str, str]:
        """Model -> "ok", or why it did not answer, for each model `states` reports running; models in
        another state are not asked (one asleep at zero is not woken by a readiness check)."""
        running = [name for name, st in states.items() if st.state == "running"]
        now = self.clock()
        due = [n for n in running if n not in self._answers or now - self._answers[n][1] > self.ttl_s]
        if self._task is None and due:
            self._task = asyncio.ensure_future(self._probe(due))
        if self._task is not None:
            task = self._task
            try:
                answered = await asyncio.shield(task)
                at = self.clock()
                self._answers.update({name: (answer, at) for name, answer in answered.items()})
            finally:
                if task.done() and self._task is task:
                    self._task = None
        return {name: self._answers[name][0] for name in running if name in self._answers}

    async def _probe(self, models: list[str]) -> dict[str, str]:
        answers = await asyncio.gather(*(self._one(m) for m in models))
        return dict(zip(models, answers))

    async def _one(self, model: str) -> str:
        it = None
        try:
            request = self.wire.parse("chat", {"model": model, **PROBE_BODY})
            it = self.backend.generate("chat", model, request).__aiter__()
            async with asyncio.timeout(self.timeout_s):
                async for _ in it:
                    pass
            return OK
        except TimeoutError:
            return f"no answer in {self.timeout_s:.0f} s"
        except Exception as err:   # the model's own error is the answer here: report it, never raise
            return f"{type(err).__name__}: {str(err)[:200]}"
        finally:
            aclose = getattr(it, "aclose", None)   # a generator left early cancels its engine request
            if aclose is not None:
                await aclose()
