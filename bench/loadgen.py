"""The project's own load generator: streaming OpenAI chat requests over httpx, closed loop.

TTFT is defined once, here, and used for every stack: the time from sending the request to the
first SSE chunk whose choice carries a token, i.e. non-empty `content`, `reasoning` (vLLM >= 0.32),
`reasoning_content` (older vLLM, and the gateway's mirror) or `tool_calls` in its delta (`text` in
a completions stream). A role-only first chunk does not count. This is the definition the gateway's
own metrics use (`gateway.streaming`); a unit test pins the two together.

Inter-token latency is every gap between successive token chunks; e2e runs to the last chunk.
The generator is independent of the gateway: it only speaks HTTP to whatever `base_url` it gets.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any, Sequence

import httpx

from .report import summarize


def is_token_choice(choice: dict[str, Any]) -> bool:
    """Whether one streamed choice carries a generated token (content, reasoning or tool call)."""
    delta = choice.get("delta")
    if delta is None:  # completions stream
        return bool(choice.get("text"))
    return bool(delta.get("content") or delta.get("reasoning") or delta.get("reasoning_content")
                or delta.get("tool_calls"))


@dataclass
class Sample:
    """One request as the client saw it. Times in seconds on `time.perf_counter`."""

    start: float
    end: float = 0.0
    status: int = 0
    ttft_s: float | None = None
    itls_s: list[float] = field(default_factory=list)
    token_chunks: int = 0
    usage_tokens: int | None = None
    error: str = ""
    route_model: str | None = None
    rerouted_from: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200 and not self.error and self.ttft_s is not None

    @property
    def output_tokens(self) -> int:
        return self.usage_tokens if self.usage_tokens is not None else self.token_chunks


class StreamTimer:
    """Feeds on SSE `data:` payloads of one response and records TTFT, ITLs and usage."""

    def __init__(self, sample: Sample, clock=time.perf_counter) -> None:
        self.sample = sample
        self.clock = clock
        self._last: float | None = None

    def feed(self, payload: str) -> None:
        if payload == "[DONE]":
            return
        obj = json.loads(payload)
        if "error" in obj and "choices" not in obj:
            err = obj["error"]
            self.sample.error = str(err.get("message") if isinstance(err, dict) else err)[:200]
            return
        usage = obj.get("usage")
        if usage and usage.get("completion_tokens") is not None:
            self.sample.usage_tokens = int(usage["completion_tokens"])
        if any(is_token_choice(c) for c in obj.get("choices") or ()):
            now = self.clock()
            if self.sample.ttft_s is None:
                self.sample.ttft_s = now - self.sample.start
            else:
                self.sample.itls_s.append(now - self._last)
            self._last = now
            self.sample.token_chunks += 1


async def one_request(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> Sample:
    sample = Sample(start=time.perf_counter())
    timer = StreamTimer(sample)
    try:
        async with client.stream("POST", url, json=body) as resp:
            sample.status = resp.status_code
            sample.route_model = resp.headers.get("x-route-model")
            sample.rerouted_from = resp.headers.get("x-route-rerouted-from")
            if resp.status_code != 200:
                sample.error = (await resp.aread()).decode("utf-8", "replace")[:200]
            else:
                async for line in resp.aiter_lines():
                    if line.startswith("data:"):
                        timer.feed(line[5:].strip())
    except (httpx.HTTPError, json.JSONDecodeError) as err:
        sample.error = f"{type(err).__name__}: {err}"[:200]
    sample.end = time.perf_counter()
    return sample


def chat_body(prompt: str, model: str, max_tokens: int, *, sampling: dict[str, Any] | None = None,
              extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A streaming chat body. `ignore_eos` keeps every output at `max_tokens`, on every stack."""
    body = {
        "model": model,
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": max_tokens,
        "stream": True,
        "stream_options": {"include_usage": True},
        "ignore_eos": True,
        **(sampling or {}),
        **(extra or {}),
    }
    return body


@dataclass
class LoadResult:
    samples: list[Sample]
    concurrency: int

    def summary(self) -> dict[str, Any]:
        ok = [s for s in self.samples if s.ok]
        wall = (max(s.end for s in ok) - min(s.start for s in ok)) if ok else 0.0
        out = summarize(
            ttfts_s=[s.ttft_s for s in ok],
            itls_s=[g for s in ok for g in s.itls_s],
            e2es_s=[s.end - s.start for s in ok],
            output_tokens=sum(s.output_tokens for s in ok),
            wall_s=wall,
            errors=len(self.samples) - len(ok),
        )
        errs = [s.error or f"HTTP {s.status}" for s in self.samples if not s.ok]
        if errs:
            out["first_error"] = errs[0]
        routes = sorted({s.route_model for s in ok if s.route_model})
        if routes:
            out["routed_to"] = routes
        return out


async def run_load(
    base_url: str,
    bodies: Sequence[dict[str, Any]],
    *,
    concurrency: int,
    duration_s: float = 15.0,
    max_requests: int = 200,
    min_requests: int | None = None,
    timeout_s: float = 120.0,
    path: str = "/v1/chat/completions",
    transport: httpx.AsyncBaseTransport | None = None,
) -> LoadResult:
    """Closed loop: `concurrency` workers send `bodies` round-robin until `duration_s` has passed
    (after at least `min_requests`, default 2 x concurrency) or `max_requests` were started.
    Requests in flight at the deadline are waited for and counted. `transport` is for tests
    (e.g. `httpx.ASGITransport` over an app in-process)."""
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    if not bodies:
        raise ValueError("no request bodies")
    min_requests = 2 * concurrency if min_requests is None else min_requests
    url = base_url.rstrip("/") + path
    cycle = itertools.cycle(bodies)
    started = 0
    samples: list[Sample] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(timeout=timeout_s, limits=limits, transport=transport) as client:
        deadline = time.perf_counter() + duration_s

        async def worker() -> None:
            nonlocal started
            while started < max_requests and (started < min_requests or time.perf_counter() < deadline):
                started += 1
                samples.append(await one_request(client, url, next(cycle)))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return LoadResult(samples, concurrency)
