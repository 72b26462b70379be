"""`qwen-gateway`: serve the gateway, build local checkpoints, explain a routing decision."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Sequence

from .cli_keys import add_hash_key_parser
from .config import DEFAULT_CONFIG_PATH, MODES, ConfigError, GatewayConfig, load_config
from .evaluation import LabelsError, add_eval_arguments, run_eval
from .tenancy import startup_notice


class UsageError(Exception):
    """Bad command-line input; the message says what to pass instead."""


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", default=None, help=f"config file (default: $QWEN_GATEWAY_CONFIG or {DEFAULT_CONFIG_PATH.name})")
    p.add_argument("--profile", default=None, help="profile to serve, e.g. local or production (default: the file's)")


def _load(args: argparse.Namespace) -> GatewayConfig:
    return load_config(args.config, args.profile)


def _log(msg: str) -> None:
    print(msg, flush=True)


PLAIN_PROGRESS_S = 20   # without a terminal: a progress line at most this often (a log stays short)


def cmd_serve(args: argparse.Namespace) -> int:
    config = _load(args)
    from .startup import Console, output_to_file

    if args.verbose:
        return _serve(args, config, Console(sys.stdout, plain_every_s=PLAIN_PROGRESS_S), None)
    log_path = Path(args.log_file)
    with output_to_file(log_path) as console_stream:
        return _serve(args, config, Console(console_stream, plain_every_s=PLAIN_PROGRESS_S), log_path)


def _serve(args: argparse.Namespace, config: GatewayConfig, console, log_path: Path | None) -> int:
    """Start, wait, serve until Ctrl-C. Console lines go to `console`; everything else (Ray, vLLM)
    to this process's stdout and stderr, which `cmd_serve` points at `log_path` unless --verbose."""
    from deployments.local import LocalServer

    from .planning import never_preferred_notes
    from .stop import StopFlag, stop_on_signals

    models = list(config.enabled_models())
    where = f"; logs: {log_path} (Ray's: /tmp/ray/session_latest/logs)" if log_path else ""
    console.line(f"Qwen3 gateway: profile {config.profile}, {len(models)} models{where}")
    for line in filter(None, [startup_notice(config), *never_preferred_notes(config)]):
        console.line(line)
    server = LocalServer(config, host=args.host, port=args.port, build="child")
    stop = StopFlag()
    try:
        server.start(log=_log, log_to_driver=args.verbose, wait_deployed=False)   # its lines go to the log
        # After ray.init, which installs its own SIGTERM handler: ours stops Serve and Ray cleanly.
        stop_on_signals(stop)
        server.wait_ready(timeout_s=args.ready_timeout, log=console.line, progress=console.progress, stop=stop)
        console.end_progress()
        _log(f"start-up phases (s from start): {json.dumps(server.phases)}")
        base = f"{server.base_url}/v1"
        console.line(f"READY in {_since_process_start():.0f}s: Qwen3 gateway serving {base} "
                     f"(models: auto, {', '.join(models)}); metrics: http://{server.host}:{config.server.metrics_port}/metrics")
        console.line("try: curl -s " + base + "/chat/completions -H 'content-type: application/json' \\\n"
                     "       -d '{\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"What is 17*23?\"}], \"max_tokens\": 64}'")
        console.line("Ctrl-C stops everything.")
        while not stop.wait(1):
            pass
        console.line("stopping Serve and Ray ...")
        return 0
    except InterruptedError:
        console.end_progress()
        console.line("stopping Serve and Ray ...")
        return 130
    except (TimeoutError, RuntimeError) as err:
        console.end_progress()
        console.line(f"error: {err}" + (f"; log: {log_path}" if log_path else ""))
        return 1
    finally:
        server.stop()


def _since_process_start() -> float:
    """Seconds since this process started (interpreter start-up and imports included)."""
    import psutil

    return time.time() - psutil.Process().create_time()


def cmd_checkpoints(args: argparse.Namespace) -> int:
    from .checkpoints import ensure_checkpoints

    for name, path in ensure_checkpoints(_load(args)).items():
        print(f"{name}\t{path}")
    return 0


def cmd_route(args: argparse.Namespace) -> int:
    import asyncio

    from .api.protocol import ChatRequest
    from .context import RequestContext
    from .fake_backend import FakeBackend
    from .service import Gateway

    if not args.prompt.strip():
        raise UsageError('the prompt is empty; pass the user message, for example: qwen-gateway route "What is 17*23?"')
    config = _load(args)
    if args.policy:
        config = config.model_copy(update={"router": config.router.model_copy(update={"policy": args.policy})})
    gateway = Gateway(config, FakeBackend(list(config.enabled_models())))
    gateway.warm_up()
    body = {"model": "auto", "messages": [{"role": "user", "content": args.prompt}]}
    if args.mode:
        body["route_mode"] = args.mode
    ctx = RequestContext(request_id="cli", start=gateway.clock(), endpoint="chat")
    plan = asyncio.run(gateway.planner.plan(ctx, ChatRequest.model_validate(body)))
    out = {**plan.decision.as_dict(), "decision_ms": round(plan.decision_s * 1e3, 3)}
    if args.explain:
        from .routing import never_preferred
        from .routing.features import views_from_config

        out["explain"] = dict(plan.decision.extra)
        out["never_preferred"] = never_preferred(views_from_config(config))
    print(json.dumps(out, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qwen-gateway", description="OpenAI-compatible gateway for the Qwen3 family.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="start Ray and the gateway; serve until Ctrl-C",
                       description="Start a local Ray, deploy every enabled model and the gateway, wait until each "
                                   "model answers, then serve until Ctrl-C or SIGTERM (which stop everything).")
    _config_args(p)
    p.add_argument("--host", default=None, help="bind address (default: server.host)")
    p.add_argument("--port", type=int, default=None, help="HTTP port (default: server.port)")
    p.add_argument("--ready-timeout", type=float, default=600, help="seconds to wait for the models (default 600)")
    p.add_argument("--log-file", default=".cache/logs/serve.log",
                   help="where Ray's and vLLM's output goes, overwritten each start (default .cache/logs/serve.log)")
    p.add_argument("--verbose", action="store_true",
                   help="show Ray's and vLLM's output (replicas and engines included) on the console instead")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("checkpoints", help="build the local profile's random-weight checkpoints",
                       description="Generate (or reuse) the Qwen3-architecture stand-in checkpoints of the active profile.")
    _config_args(p)
    p.set_defaults(func=cmd_checkpoints)

    p = sub.add_parser("route", help="print the routing decision for a prompt, without generating",
                       description="Print the decision `model: auto` would get for a one-turn prompt.")
    _config_args(p)
    p.add_argument("prompt", help="the user message")
    p.add_argument("--mode", choices=MODES, help="cost mode (default: router.mode)")
    p.add_argument("--policy", help="routing policy name (default: router.policy)")
    p.add_argument("--explain", action="store_true",
                   help="add the policy's reckoning and the served models the router can never prefer")
    p.set_defaults(func=cmd_route)

    p = sub.add_parser("eval", help="score a routing policy on labelled prompts (RouteLLM's APGR and CPT)",
                       description="Offline evaluation on the routing-labels format: APGR, CPT(50%%), CPT(80%%) per "
                                   "benchmark, from the policy's difficulty score, plus decision latency. "
                                   "No Ray, no model.")
    add_eval_arguments(p)
    p.set_defaults(func=run_eval)

    add_hash_key_parser(sub)

    from bench import add_bench_parser

    add_bench_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as err:
        print(f"config error: {err}", file=sys.stderr)
        return 2
    except (UsageError, LabelsError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
