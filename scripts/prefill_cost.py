"""What a prefill costs the local stand-in on this CPU, cached and not (BENCHMARKS.md, affinity).

Why this script: prefix-cache affinity can only lower TTFT by the prefill it saves. This measures
that saving directly on one vLLM engine (offline `LLM`, one OpenMP thread, as a Serve replica's
engine gets): a cold prefill of N random tokens, the same N tokens cached plus 200 new ones, and a
decode step at batch 1 and 8 for scale. It starts vLLM: run it under the stack lock.

Usage: python scripts/prefill_cost.py [--model qwen3-8b] [--lengths 256,1024,2048,3584]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("VLLM_CPU_OMP_THREADS_BIND", "nobind")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default="qwen3-8b", help="a generated stand-in of the local profile (default qwen3-8b)")
    p.add_argument("--lengths", default="256,1024,2048,3584",
                   help="prompt lengths in tokens, comma-separated; each + 200 must fit the model's context")
    p.add_argument("--kv-cache-mib", type=int, default=256, help="KV cache of the engine (default 256)")
    args = p.parse_args()
    lengths = [int(x) for x in args.lengths.split(",")]

    from gateway.checkpoints import ensure_checkpoints
    from gateway.config import load_config
    from bench.stacks import single_model_config

    config = single_model_config(load_config(profile="local"), args.model)
    path = ensure_checkpoints(config)[args.model]
    engine = config.enabled_models()[args.model].serving.engine_kwargs
    from vllm import LLM, SamplingParams

    context = engine.get("max_model_len", 4096)
    if max(lengths) + 201 > context:
        p.error(f"--lengths: {max(lengths)} + 200 new tokens does not fit {args.model}'s context of {context}")
    llm = LLM(model=str(path), max_model_len=context,
              dtype="bfloat16", enforce_eager=True, kv_cache_memory_bytes=args.kv_cache_mib * 2**20)
    rng = random.Random(0)

    def tokens(n: int) -> list[int]:
        return [rng.randrange(1000, 100000) for _ in range(n)]

    def timed(prompts: list[list[int]], max_tokens: int) -> float:
        t = time.perf_counter()
        llm.generate([{"prompt_token_ids": x} for x in prompts],
                     SamplingParams(max_tokens=max_tokens, ignore_eos=True, temperature=0), use_tqdm=False)
        return time.perf_counter() - t

    timed([tokens(64)], 1)   # warm-up
    for n in lengths:
        prompt = tokens(n)
        cold = timed([prompt], 1)
        cached = timed([prompt + tokens(200)], 1)
        print(f"{args.model}: prefill {n} tokens cold {cold * 1000:.1f} ms; "
              f"{n} cached + 200 new {cached * 1000:.1f} ms", flush=True)
    for batch in (1, 8):
        prompts = [tokens(512) for _ in range(batch)]
        timed(prompts, 1)
        step = (timed(prompts, 65) - timed(prompts, 1)) / 64
        print(f"{args.model}: decode step at batch {batch}: {step * 1000:.1f} ms", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
