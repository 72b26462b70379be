"""`qwen-gateway bench serve`: the same model under the same load through three stacks.

Stacks run one at a time (start, load, stop, next), so on a small machine they never compete:
this gateway (pinned model and `model: auto`), Ray Serve LLM's stock OpenAI app on the same
LLMConfig, and vLLM's own OpenAI server on the same checkpoint and engine args. Each stack gets,
per concurrency, a time- and count-bounded run of the project's client (`loadgen`, on labelled
prompts: the routing mix) and a run of vLLM's own benchmark client (random prompts of a fixed
length, the local tokenizer), while psutil samples the stack's front-end processes.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from gateway.config import GatewayConfig

from . import STACKS
from .loadgen import chat_body, run_load
from .procs import ProcSampler, describe
from .report import headline, markdown_report, write_png

Log = Callable[[str], None]
# Qwen3's recommended non-thinking sampling, sent explicitly so every stack samples alike (the
# gateway would otherwise fill in its own defaults, vLLM its generation_config's).
SAMPLING = {"temperature": 0.7, "top_p": 0.8, "top_k": 20}
FALLBACK_PROMPTS = (
    "What is 17 * 23?",
    "Summarise the causes of the French Revolution in three sentences.",
    "Write a Python function that checks whether a string is a palindrome.",
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. "
    "How many clips did Natalia sell altogether in April and May?",
)


@dataclass
class LoadPlan:
    """What each stack is put through. Defaults keep a full run to 10-20 minutes on 2 cores."""

    concurrencies: Sequence[int] = (1, 8, 32)
    duration_s: float = 15.0          # own client: stop starting requests after this ...
    max_requests: int = 200           # ... or after this many
    max_tokens: int = 64              # output tokens per request (ignore_eos: exactly this many)
    input_len: int = 128              # vLLM bench random prompts
    bench_prompts_per_conc: int = 4   # vLLM bench: num_prompts = max(min, this x concurrency)
    bench_min_prompts: int = 16
    vllm_bench: bool = True
    warmup_requests: int = 8
    prompts: list[str] = field(default_factory=lambda: list(FALLBACK_PROMPTS))


def load_prompts(labels_dir: Path | None, n: int = 64, seed: int = 0) -> list[str]:
    """A fixed sample of labelled prompts (all benchmarks mixed), or a small built-in set."""
    if labels_dir is None:
        return list(FALLBACK_PROMPTS)
    rows = []
    for f in sorted(Path(labels_dir).glob("*.jsonl")):
        with open(f, encoding="utf-8") as fh:
            rows += [json.loads(line)["prompt"] for line in fh if line.strip()]
    if not rows:
        return list(FALLBACK_PROMPTS)
    return random.Random(seed).sample(rows, min(n, len(rows)))


def measure_target(
    *,
    stack: str,
    base_url: str,
    model: str,
    variants: Sequence[str],
    plan: LoadPlan,
    tokenizer: str | None,
    processes: Sequence[Any] = (),
    log: Log = lambda m: None,
) -> list[dict[str, Any]]:
    """Every (variant, concurrency, client) run against one running stack -> one row each."""
    rows = []
    for variant in variants:
        name = "auto" if variant == "auto" else model
        bodies = [chat_body(p, name, plan.max_tokens, sampling=SAMPLING) for p in plan.prompts]
        if plan.warmup_requests:
            asyncio.run(run_load(base_url, bodies, concurrency=min(8, plan.warmup_requests), duration_s=0,
                                 max_requests=plan.warmup_requests, min_requests=plan.warmup_requests))
        for conc in plan.concurrencies:
            base = {"stack": stack, "variant": variant, "model": name, "concurrency": conc}
            with ProcSampler(processes) as sampler:
                result = asyncio.run(run_load(base_url, bodies, concurrency=conc, duration_s=plan.duration_s,
                                              max_requests=plan.max_requests))
            row = {**base, "client": "own", **result.summary(), **sampler.figures()}
            log(_line(row))
            log("ROW " + json.dumps(row))  # every figure survives an interrupted run
            rows.append(row)
            if plan.vllm_bench and variant == "pinned" and tokenizer:
                from .vllm_bench import run_vllm_bench

                n = min(plan.max_requests, max(plan.bench_min_prompts, plan.bench_prompts_per_conc * conc))
                with ProcSampler(processes) as sampler:
                    summary = run_vllm_bench(base_url=base_url, model=name, tokenizer=tokenizer, concurrency=conc,
                                             num_prompts=n, input_len=plan.input_len, output_len=plan.max_tokens,
                                             sampling=SAMPLING)
                row = {**base, "client": "vllm-bench", **summary, **sampler.figures()}
                log(_line(row))
                log("ROW " + json.dumps(row))
                rows.append(row)
    return rows


def _line(r: dict[str, Any]) -> str:
    def f(k: str, nd: int = 1) -> str:
        v = r.get(k)
        return "-" if v is None else f"{v:.{nd}f}"

    err = f" errors={r['errors']} ({r.get('first_error', '')[:80]})" if r.get("errors") else ""
    return (f"  {r['stack']:<13} {r['variant']:<6} {r['client']:<10} c={r['concurrency']:<3} n={r['requests']:<4} "
            f"TTFT p50={f('ttft_p50_ms')} p99={f('ttft_p99_ms')} ms  ITL p50={f('itl_p50_ms', 2)} ms  "
            f"e2e p50={f('e2e_p50_ms', 0)} ms  {f('requests_per_s', 2)} req/s  {f('output_tokens_per_s', 0)} tok/s  "
            f"front-end CPU={f('frontend_cpu_pct', 0)}% RSS={f('frontend_rss_mb', 0)} MB{err}")


def make_stack(name: str, config: GatewayConfig, model: str, source: str, log_dir: str):
    """One of `bench.STACKS`, not started."""
    from .stacks import GatewayStack, RayServeLLMStack, VLLMStack

    makers = {"gateway": lambda: GatewayStack(config, model),
              "ray-serve-llm": lambda: RayServeLLMStack(config, model, source),
              "vllm": lambda: VLLMStack(config, model, source, log_dir=log_dir)}
    if name not in makers:
        raise ValueError(f"unknown stack {name!r}; known: {', '.join(STACKS)}")
    return makers[name]()


def run_serve_bench(
    config: GatewayConfig,
    *,
    model: str | None = None,
    stacks: Sequence[str] = STACKS,
    plan: LoadPlan | None = None,
    out_dir: str | Path = ".cache/bench",
    ready_timeout_s: float = 900,
    overhead: bool = True,
    overhead_mode: str = "uvicorn",
    routing: bool = True,
    labels_dir: Path | None = None,
    log: Log = lambda m: print(m, file=sys.stderr, flush=True),
) -> dict[str, Any]:
    """The whole benchmark. Returns the report dict (headline keys at the top level) and writes
    result.json, report.md and (with matplotlib) bench.png under `out_dir`."""
    from gateway.checkpoints import ensure_checkpoints
    from deployments.models import model_source

    from .overhead import default_labels_dir, measure_overhead, routing_latency
    from .stacks import single_model_config

    import logging

    logging.getLogger("httpx").setLevel(logging.WARNING)  # Ray's root handler would log every request
    plan = plan or LoadPlan()
    labels_dir = labels_dir or default_labels_dir()
    if plan.prompts == list(FALLBACK_PROMPTS):
        plan.prompts = load_prompts(labels_dir)
    model = model or next(iter(config.enabled_models()))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    load_before = os.getloadavg()
    rows: list[dict[str, Any]] = []
    stack_info: dict[str, Any] = {}
    for name in stacks:
        cfg = single_model_config(config, model)  # fresh free ports per stack
        served = cfg.enabled_models()[model]
        source = model_source(served, ensure_checkpoints(cfg))
        tokenizer = source  # a local checkpoint dir holds the tokenizer files; else a hub id
        stack = make_stack(name, cfg, model, source, str(out))
        log(f"== {name}: starting ({model}, {source})")
        t0 = time.monotonic()
        try:
            stack.start(log, ready_timeout_s)
            procs = stack.frontend_processes()
            stack_info[name] = {"start_s": round(time.monotonic() - t0, 1), "frontend_processes": describe(procs)}
            log(f"== {name}: ready in {time.monotonic() - t0:.0f}s; front end: {describe(procs)}")
            rows += measure_target(stack=name, base_url=stack.base_url, model=model, variants=stack.variants,
                                   plan=plan, tokenizer=tokenizer, processes=procs, log=log)
        except Exception as err:  # one failed stack must not lose the others' figures
            log(f"== {name}: FAILED: {type(err).__name__}: {err}")
            stack_info[name] = {"error": f"{type(err).__name__}: {err}"}
        finally:
            stack.stop()
            log(f"== {name}: stopped")
    ov = None
    if overhead:
        log("== overhead: gateway vs bare ASGI app, zero-latency FakeBackend")
        ov = measure_overhead(config, mode=overhead_mode, log=log)
        log(f"   overhead p50 {ov['overhead_p50_ms']:.3f} ms (stream_auto); req/s ratio {ov['rps_ratio']:.3f}")
    rt = None
    if routing and labels_dir is not None:
        log(f"== routing decision latency over {labels_dir}")
        rt = routing_latency(labels_dir, config.router.policy)
    result = {
        **headline(rows, ov["overhead_p50_ms"] if ov else None),
        "model": model,
        "stacks": stack_info,
        "load": {"concurrencies": list(plan.concurrencies), "duration_s": plan.duration_s,
                 "max_requests": plan.max_requests, "max_tokens": plan.max_tokens, "input_len_vllm_bench": plan.input_len,
                 "sampling": SAMPLING, "own_client_prompts": len(plan.prompts), "vllm_bench": plan.vllm_bench},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "loadavg_before": [round(x, 2) for x in load_before],
                    "loadavg_after": [round(x, 2) for x in os.getloadavg()]},
        "elapsed_s": round(time.monotonic() - began, 1),
        "runs": rows,
        "overhead": ov,
        "routing": rt,
    }
    (out / "result.json").write_text(json.dumps(result, indent=2))
    (out / "report.md").write_text(markdown_report(result))
    result["png"] = write_png(rows, out / "bench.png")
    log(f"== done in {result['elapsed_s']:.0f}s: {out / 'result.json'}, {out / 'report.md'}; {result['png']}")
    return result
