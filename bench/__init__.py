"""`qwen-gateway bench`: benchmarks of the gateway against what it is built on, and of itself.

A client of the served stacks (`deployments/`, Ray Serve, vLLM), kept beside the gateway package
rather than inside it: `gateway/` never imports this package; `gateway.cli`, the composition root,
registers it. Commands:

- `bench serve`: one model under the same load through this gateway, Ray Serve LLM's stock OpenAI
  app and vLLM's own server, one stack at a time (minutes);
- `bench overhead`: the gateway's added latency and req/s over a zero-latency backend, and routing
  decision latency (no Ray, no model; seconds to a minute);
- `bench autoscale`: a bounded load ramp that takes one model 1 -> 2 -> 1 replicas and another
  0 -> 1 -> 0 (minutes);
- `bench affinity`: multi-turn conversations on one model at 2 replicas, with and without
  prefix-cache affinity routing, in alternating rounds of one run (about 14 minutes);
- `bench footprint`: memory (PSS) per process kind of the local stack, per runtime variant (minutes).

`add_bench_parser(subparsers)` registers them on the CLI's subparsers; `python -m bench ...` runs
the same commands standalone. Heavy imports (Ray, vLLM, uvicorn, matplotlib) happen only when a
command runs. See BENCHMARKS.md for method and figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import Any, Callable, Iterator, Sequence

from gateway.config import DEFAULT_CONFIG_PATH


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _ints(text: str) -> list[int]:
    try:
        vals = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None
    if not vals or any(v < 1 for v in vals):
        raise argparse.ArgumentTypeError(f"expected positive integers, got {text!r}")
    return vals


def _counts(text: str) -> list[int]:
    """Comma-separated integers of 0 or more."""
    try:
        vals = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, got {text!r}") from None
    if not vals or any(v < 0 for v in vals):
        raise argparse.ArgumentTypeError(f"expected integers of 0 or more, got {text!r}")
    return vals


def _names(kind: str, known: Callable[[], Sequence[str]]) -> Callable[[str], list[str]]:
    """An argparse type: a comma-separated list of `kind`s, each one of `known()`."""
    def parse(text: str) -> list[str]:
        names = known()
        vals = [x.strip() for x in text.split(",") if x.strip()]
        bad = [v for v in vals if v not in names]
        if bad or not vals:
            raise argparse.ArgumentTypeError(f"unknown {kind}(s) {bad or text!r}; choose from {', '.join(names)}")
        return vals
    parse.__name__ = kind
    return parse


STACKS = ("gateway", "ray-serve-llm", "vllm")
_stacks = _names("stack", lambda: STACKS)


def _footprint_variants() -> Sequence[str]:
    from .footprint import VARIANTS

    return VARIANTS


_variants = _names("variant", _footprint_variants)


@contextlib.contextmanager
def _stdout_to_stderr() -> Iterator[None]:
    """With --json, stdout carries one JSON object only: Ray, vLLM and friends print to stderr."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", default=None, help=f"config file (default: $QWEN_GATEWAY_CONFIG or {DEFAULT_CONFIG_PATH.name})")
    p.add_argument("--profile", default=None, help="profile, e.g. local (default: the file's)")


def _overhead_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overhead-mode", choices=["uvicorn", "asgi"], default="uvicorn",
                   help="uvicorn: each app in a subprocess pinned to one core (default); "
                        "asgi: in-process via httpx.ASGITransport (no sockets, quick)")
    p.add_argument("--labels", default=None,
                   help="routing-labels folder (*.jsonl) for decision latency (default: shared/data/routing-labels)")


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway.config import load_config

    from .serve import LoadPlan, run_serve_bench

    config = load_config(args.config, args.profile)
    plan = LoadPlan(concurrencies=args.concurrency, duration_s=args.duration, max_requests=args.max_requests,
                    max_tokens=args.max_tokens, input_len=args.input_len, vllm_bench=not args.no_vllm_bench,
                    bench_prompts_per_conc=args.bench_prompts_per_conc)
    from pathlib import Path

    with _stdout_to_stderr() if args.json else contextlib.nullcontext():
        result = run_serve_bench(
            config, model=args.model, stacks=args.stacks, plan=plan, out_dir=args.out,
            ready_timeout_s=args.ready_timeout, overhead=not args.no_overhead, overhead_mode=args.overhead_mode,
            routing=not args.no_routing, labels_dir=Path(args.labels) if args.labels else None, log=_log)
    _emit(result, args.json)
    return 0 if result.get("runs") else 1


def cmd_overhead(args: argparse.Namespace) -> int:
    from pathlib import Path

    from gateway.config import load_config

    from .overhead import default_labels_dir, measure_overhead, routing_latency

    config = load_config(args.config, args.profile)
    with _stdout_to_stderr() if args.json else contextlib.nullcontext():
        ov = measure_overhead(config, mode=args.overhead_mode, requests=args.requests,
                              rps_requests=args.rps_requests, rps_concurrency=args.rps_concurrency, log=_log)
        labels = Path(args.labels) if args.labels else default_labels_dir()
        rt = routing_latency(labels, config.router.policy) if labels and not args.no_routing else None
    result: dict[str, Any] = {"overhead_p50_ms": ov["overhead_p50_ms"], "rps_ratio": ov["rps_ratio"],
                              "overhead": ov, "routing": rt}
    _emit(result, args.json)
    return 0


def _emit(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
        return
    from .report import markdown_report

    print(markdown_report(result))


def add_bench_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `bench` (with `serve`, `overhead` and `autoscale`) on a CLI's subparsers; returns the `bench` parser."""
    bench = subparsers.add_parser(
        "bench", help="benchmark the gateway against Ray Serve LLM and vLLM; measure its own overhead",
        description="End-to-end and micro benchmarks. `serve` starts each stack in turn (minutes); "
                    "`overhead` needs no model (seconds to a minute); `autoscale` ramps load until "
                    "replicas follow it (minutes).")
    sub = bench.add_subparsers(dest="bench_command", required=True, metavar="BENCH_COMMAND")
    _add_serve(sub)
    _add_overhead(sub)
    _add_autoscale(sub)
    _add_affinity(sub)
    _add_footprint(sub)
    return bench


def _add_serve(sub: argparse._SubParsersAction) -> None:
    """`bench serve`: the three stacks under the same load."""
    p = sub.add_parser(
        "serve", help="same model, same load: this gateway vs Ray Serve LLM's stock app vs vLLM's server",
        description="Start each stack in turn on ONE model (the others disabled), load it at each concurrency "
                    "with the project's streaming client (labelled prompts; gateway pinned and model=auto) and "
                    "with vLLM's benchmark client (random prompts), sample the front end's CPU and RSS, stop it. "
                    "Then the overhead and routing microbenchmarks. Writes result.json, report.md and, with "
                    "matplotlib, bench.png to --out. Run it with `nice` on a shared machine.")
    _config_args(p)
    p.add_argument("--model", default=None, help="model to serve (default: the profile's first enabled model)")
    p.add_argument("--stacks", type=_stacks, default=list(STACKS),
                   help="comma-separated subset of gateway,ray-serve-llm,vllm (default: all three)")
    p.add_argument("--concurrency", type=_ints, default=[1, 8, 32], help="comma-separated (default 1,8,32)")
    p.add_argument("--duration", type=float, default=15.0,
                   help="seconds per own-client run, after at least 2 x concurrency requests (default 15)")
    p.add_argument("--max-requests", type=int, default=200, help="request cap per run (default 200)")
    p.add_argument("--max-tokens", type=int, default=64, help="output tokens per request, ignore_eos (default 64)")
    p.add_argument("--input-len", type=int, default=128, help="vLLM bench random prompt tokens (default 128)")
    p.add_argument("--bench-prompts-per-conc", type=int, default=4,
                   help="vLLM bench prompts per run = max(16, this x concurrency), capped by --max-requests (default 4)")
    p.add_argument("--no-vllm-bench", action="store_true", help="skip vLLM's benchmark client (own client only)")
    p.add_argument("--no-overhead", action="store_true", help="skip the overhead microbenchmark")
    p.add_argument("--no-routing", action="store_true", help="skip the routing decision microbenchmark")
    _overhead_args(p)
    p.add_argument("--ready-timeout", type=float, default=900, help="seconds to wait for each stack (default 900)")
    p.add_argument("--out", default=".cache/bench", help="output folder (default .cache/bench)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object (headline ratios at concurrency 8, overhead_p50_ms, every run)")
    p.set_defaults(func=cmd_serve)


def _add_overhead(sub: argparse._SubParsersAction) -> None:
    """`bench overhead`: the gateway over a zero-latency backend, and routing latency."""
    p = sub.add_parser(
        "overhead", help="the gateway's added latency and req/s over a zero-latency backend; routing latency",
        description="Serve the gateway app over FakeBackend and a bare ASGI app returning the same bytes side "
                    "by side, load them alternately, report p50/p99 latency difference and req/s ratio for "
                    "streamed auto, streamed pinned and JSON pinned requests; then routing decision p50/p99 "
                    "over the labelled prompts. No Ray, no model.")
    _config_args(p)
    _overhead_args(p)
    p.add_argument("--requests", type=int, default=400, help="sequential requests per app per case (default 400)")
    p.add_argument("--rps-requests", type=int, default=300, help="requests per throughput burst (default 300)")
    p.add_argument("--rps-concurrency", type=int, default=8, help="concurrency of the throughput bursts (default 8)")
    p.add_argument("--no-routing", action="store_true", help="skip the routing decision microbenchmark")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_overhead)


def _add_autoscale(sub: argparse._SubParsersAction) -> None:
    """`bench autoscale`: a load ramp that replicas follow."""
    p = sub.add_parser(
        "autoscale", help="a bounded load ramp: replicas follow traffic, a model wakes from zero and sleeps again",
        description="Serve two models with demo autoscaling (the hot one 1..2 replicas, the cold one 0..1), "
                    "burst the hot one until it runs 2 replicas, pin requests to the sleeping one, then wait "
                    "until both are back at their minimum. Writes autoscale.json and autoscale.png (load, "
                    "replicas per model, p99 latency) to --out; exits 1 unless both models scaled and no "
                    "request failed. Minutes: every engine start on a CPU takes one or two.")
    _config_args(p)
    p.add_argument("--hot", default="qwen3-0.6b", help="model that scales 1 -> 2 -> 1 (default qwen3-0.6b)")
    p.add_argument("--cold", default="qwen3-30b-a3b", help="model that scales 0 -> 1 -> 0 (default qwen3-30b-a3b)")
    p.add_argument("--concurrency", type=int, default=8, help="concurrent streams on the hot model (default 8)")
    p.add_argument("--max-burst", type=float, default=480, help="cap on the burst, seconds (default 480)")
    p.add_argument("--out", default=".cache/bench", help="output folder (default .cache/bench)")
    p.add_argument("--json", action="store_true", help="print the report (without the timeline) as JSON")
    p.set_defaults(func=cmd_autoscale)


def cmd_autoscale(args: argparse.Namespace) -> int:
    from pathlib import Path

    from gateway.config import load_config

    from .autoscale import run_autoscale

    report = run_autoscale(load_config(args.config, args.profile), hot=args.hot, cold=args.cold,
                           out_dir=Path(args.out), burst_s=args.max_burst, burst_concurrency=args.concurrency,
                           log=_log)
    summary = {k: v for k, v in report.items() if k not in ("timeline", "p99_latency_s")}
    print(json.dumps(summary, indent=None if args.json else 1))
    return 0 if report["passed"] else 1


def _add_affinity(sub: argparse._SubParsersAction) -> None:
    """`bench affinity`: prefix-cache affinity at 2 replicas, both arms in one run."""
    from .affinity_load import AffinityPlan

    d = AffinityPlan()
    p = sub.add_parser(
        "affinity", help="multi-turn chat at 2 replicas: later-turn TTFT with and without prefix-cache affinity",
        description="Serve one model twice in one stack, each at exactly 2 replicas: once with Serve's default "
                    "replica choice, once with serving.request_router: prefix_cache_affinity. Then alternate "
                    "rounds between the two (ABBA order), each round the same load with fresh content: "
                    "conversations at once, each growing turn by turn (user message, answer kept in the history) "
                    "over a shared system prompt. Prints progress per round, then as JSON: the TTFT p50 of later "
                    "turns per round and arm, the ratio per round (goal: <= 0.7) with its spread, both arms "
                    "pooled, vLLM's prefix-cache hit rate per round and arm, the router Serve deployed for each "
                    "arm and the prefix router's tree per replica; which replica served each request (each model "
                    "replica notes it) and the prefix-cache hit rate that placement gives on an LRU cache of the "
                    "engines' size, replayed with the requests' real timing. About 14 minutes with the defaults "
                    "on 2 cores.")
    _config_args(p)
    p.add_argument("--model", default="qwen3-8b",
                   help="model to serve at 2 replicas (default qwen3-8b: of the local stand-ins, the one whose prefill "
                        "costs most, as a real model's does)")
    p.add_argument("--conversations", type=int, default=d.conversations, help=f"at once (default {d.conversations})")
    p.add_argument("--turns", type=int, default=d.turns, help=f"per conversation (default {d.turns})")
    p.add_argument("--rounds", type=int, default=d.rounds, help=f"per arm, alternating (default {d.rounds})")
    p.add_argument("--system-tokens", type=int, default=d.system_tokens,
                   help=f"tokens in the shared system prompt (default {d.system_tokens})")
    p.add_argument("--user-tokens", type=int, default=d.user_tokens,
                   help=f"tokens per user message (default {d.user_tokens})")
    p.add_argument("--answer-tokens", type=int, default=d.answer_tokens,
                   help=f"tokens per answer, generated and kept in the history (default {d.answer_tokens})")
    p.add_argument("--think", type=float, default=d.think_s,
                   help=f"seconds between an answer and the next message (default {d.think_s})")
    p.add_argument("--stagger", type=float, default=d.stagger_s,
                   help=f"seconds between the starts of one round's conversations (default {d.stagger_s})")
    p.add_argument("--later-from", type=int, default=d.later_from,
                   help=f"later turns start at this turn, 1-based (default {d.later_from})")
    p.add_argument("--kv-cache-mib", type=_ints, default=None,
                   help="KV cache per engine in MiB (default: the profile's runtime.kv_cache_bytes); comma-separated "
                        "for several regimes, each a stack of its own run in turn with the same load (e.g. 64,24: "
                        "ample and constrained; use --rounds 2 to keep the stack lock under 15 minutes)")
    p.add_argument("--max-imbalance", type=int, default=None,
                   help="the prefix router's bound on the replicas' imbalance "
                        "(default: the model's serving.prefix_affinity_max_imbalance)")
    p.add_argument("--min-lead-chars", type=_counts, default=None,
                   help="the prefix router's minimum lead: a replica within this many characters of the best match "
                        "is a candidate too (default: the model's serving.prefix_affinity_min_lead_chars); "
                        "comma-separated for several regimes, like --kv-cache-mib (only one of the two may list more)")
    p.add_argument("--warm-up-rounds", type=int, default=d.warm_up_rounds,
                   help="unmeasured rounds of the same load per arm before the measured ones (default "
                        f"{d.warm_up_rounds}): a fresh stack's prefix tree holds only the system prompt, a running "
                        "service's holds many conversations; both arms play them, and the report lists them apart")
    p.add_argument("--max-model-len", type=int, default=None,
                   help="context of the bench's model in tokens: vLLM's max_model_len and, for a generated "
                        "stand-in, its max_position_embeddings (a checkpoint of its own; default: the model's "
                        "own, 4096 for the local stand-ins). Long agent histories need 16384 or more")
    p.add_argument("--user-header", default=d.user_header,
                   help="text that opens every user message, as a template's preamble does (default: none, each "
                        "message opens with its own words)")
    p.add_argument("--ready-timeout", type=float, default=900, help="seconds to wait for the stack (default 900)")
    p.add_argument("--out", default=".cache/bench", help="folder for affinity.json (default .cache/bench)")
    p.set_defaults(func=cmd_affinity)


def cmd_affinity(args: argparse.Namespace) -> int:
    from pathlib import Path

    from gateway.config import load_config

    from .affinity import affinity_config, affinity_regimes, arm_models, regimes_report, run_affinity_bench
    from .affinity_load import AffinityPlan, check_context

    try:
        plan = AffinityPlan(conversations=args.conversations, turns=args.turns, rounds=args.rounds,
                            system_tokens=args.system_tokens, user_tokens=args.user_tokens,
                            answer_tokens=args.answer_tokens, think_s=args.think, stagger_s=args.stagger, later_from=args.later_from,
                            user_header=args.user_header, warm_up_rounds=args.warm_up_rounds)
    except ValueError as err:
        raise SystemExit(f"bench affinity: {err}")
    if args.max_model_len is not None and args.max_model_len < 1:
        raise SystemExit(f"bench affinity: --max-model-len must be a positive number of tokens, got {args.max_model_len}")
    try:
        regimes = affinity_regimes(args.kv_cache_mib, args.min_lead_chars)
        arms = affinity_config(load_config(args.config, args.profile), args.model, max_model_len=args.max_model_len)
        check_context(plan, arms.enabled_models()[arm_models(args.model)["affinity"]].context_length)
    except ValueError as err:
        raise SystemExit(f"bench affinity: {err}")
    reports = []
    with _stdout_to_stderr():
        for i, regime in enumerate(regimes):
            if len(regimes) > 1:
                _log(f"regime {i + 1}/{len(regimes)}: {regime}")
            reports.append(run_affinity_bench(load_config(args.config, args.profile), args.model, plan,
                                              max_imbalance=args.max_imbalance, max_model_len=args.max_model_len,
                                              ready_timeout_s=args.ready_timeout,
                                              log=_log, **regime))
    report = reports[0] if len(reports) == 1 else regimes_report(reports)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "affinity.json").write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps(report, indent=1))
    return 0 if all(row["errors"] == 0 for r in reports for row in r["rounds"]) else 1


def _add_footprint(sub: argparse._SubParsersAction) -> None:
    """`bench footprint`: PSS per process kind, per runtime variant."""
    p = sub.add_parser(
        "footprint", help="memory (PSS) per process kind of the local stack, and what each runtime cut saves",
        description="For each variant in turn: start the profile's stack, wait until every model answers, wait "
                    "--settle seconds, sum PSS (psutil) per process kind (vLLM worker, EngineCore, LLMServer "
                    "replica, gateway replica, idle Ray workers, raylet, GCS, agents, this CLI), optionally load "
                    "the first model at --concurrency for --load seconds, stop. 'configured' is config.yaml's "
                    "profile; 'stock' the libraries' defaults; 'stock+CUT' stock with one of the profile's cuts; "
                    "'configured-CUT' the profile with one cut back at its default (fork-start, which needs "
                    "in-engine-core, is measured so). One to two minutes per variant on 2 cores.")
    _config_args(p)
    p.add_argument("--variants", type=_variants, default=["configured"],
                   help="comma-separated, run in this order (default: configured). All: "
                        "stock,stock+kv-cache,stock+in-engine-core,stock+ray-idle-workers,stock+no-compile,"
                        "stock+skip-node-init,stock+no-llm-telemetry,configured, and configured-CUT for each CUT "
                        "(e.g. configured-fork-start)")
    p.add_argument("--load", type=float, default=0.0, help="seconds of load on the first model per variant (default 0: none)")
    p.add_argument("--concurrency", type=int, default=8, help="concurrent streams of that load (default 8)")
    p.add_argument("--settle", type=float, default=5.0, help="seconds between ready and the PSS reading (default 5)")
    p.add_argument("--ready-timeout", type=float, default=900, help="seconds to wait for each variant (default 900)")
    p.add_argument("--json", action="store_true", help="print one JSON object (every variant, every kind)")
    p.set_defaults(func=cmd_footprint)


def cmd_footprint(args: argparse.Namespace) -> int:
    from gateway.config import load_config

    from .footprint import markdown, measure_variant

    config = load_config(args.config, args.profile)
    rows = []
    with _stdout_to_stderr():
        for v in args.variants:
            _log(f"footprint: variant {v} ...")
            rows.append(measure_variant(config, v, load_s=args.load, concurrency=args.concurrency,
                                        settle_s=args.settle, ready_timeout_s=args.ready_timeout, log=_log))
    print(json.dumps({"variants": rows}) if args.json else markdown(rows))
    return 0 if all("kinds" in r for r in rows) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m")  # the subcommand adds "bench": "python -m bench serve"
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_bench_parser(sub)
    args = parser.parse_args(["bench", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)
