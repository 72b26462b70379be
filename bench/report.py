"""Benchmark arithmetic and output: percentiles, one summary per run, ratios, markdown, PNG.

Pure functions over plain numbers and dicts, so the maths is unit-tested without a server.
Percentiles are `gateway.stats.percentile` (linear interpolation, numpy's and vLLM's rule), the
same as `gateway.evaluation` uses, so figures compare across tools.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from gateway.plotting import PLOT_HINT, pyplot
from gateway.stats import percentile

# The headline compares the gateway and each baseline at this concurrency (the goal's figure).
HEADLINE_CONCURRENCY = 8
# Goal context (a benchmark, not a timed test): see BENCHMARKS.md.
GOAL_TTFT_RATIO_VS_VLLM = 1.5
GOAL_THROUGHPUT_RATIO_VS_VLLM = 0.8
GOAL_OVERHEAD_P50_MS = 2.0

MATPLOTLIB_HINT = f"PNG skipped: {PLOT_HINT}"


def _ms(x: float | None) -> float | None:
    return None if x is None else round(x * 1000.0, 3)


def summarize(
    *,
    ttfts_s: Sequence[float],
    itls_s: Sequence[float],
    e2es_s: Sequence[float],
    output_tokens: int,
    wall_s: float,
    errors: int = 0,
) -> dict[str, Any]:
    """One run's figures. Latencies in ms; `wall_s` is first request start to last request end.

    ITL percentiles pool every gap between successive token chunks of every request (as vLLM's
    benchmark does), so long requests weigh more than short ones.
    """
    n = len(e2es_s)
    return {
        "requests": n,
        "errors": errors,
        "ttft_p50_ms": _ms(percentile(ttfts_s, 50)),
        "ttft_p99_ms": _ms(percentile(ttfts_s, 99)),
        "itl_p50_ms": _ms(percentile(itls_s, 50)),
        "itl_p99_ms": _ms(percentile(itls_s, 99)),
        "e2e_p50_ms": _ms(percentile(e2es_s, 50)),
        "e2e_p99_ms": _ms(percentile(e2es_s, 99)),
        "requests_per_s": round(n / wall_s, 3) if wall_s > 0 else None,
        "output_tokens_per_s": round(output_tokens / wall_s, 2) if wall_s > 0 else None,
        "output_tokens": output_tokens,
        "wall_s": round(wall_s, 3),
    }


def ratio(a: float | None, b: float | None) -> float | None:
    """a / b, rounded; None when either is missing or b is zero."""
    if a is None or b is None or b == 0:
        return None
    return round(a / b, 3)


def find_run(runs: Sequence[dict[str, Any]], *, stack: str, variant: str = "pinned", client: str = "own",
             concurrency: int = HEADLINE_CONCURRENCY) -> dict[str, Any] | None:
    for r in runs:
        if (r.get("stack"), r.get("variant"), r.get("client"), r.get("concurrency")) == (stack, variant, client, concurrency):
            return r
    return None


def headline(runs: Sequence[dict[str, Any]], overhead_p50_ms: float | None,
             concurrency: int = HEADLINE_CONCURRENCY) -> dict[str, Any]:
    """The top-level figures: gateway over each baseline at `concurrency`, from the project's client.

    The gateway's pinned variant is the like-for-like figure (same model, same thinking, same
    sampling reach the engine); `*_auto` keys repeat it with `model: auto` (routing included).
    `_vllm_bench` keys repeat the pinned comparison from vLLM's own load generator.
    """
    out: dict[str, Any] = {"headline_concurrency": concurrency}
    for client, suffix in (("own", ""), ("vllm-bench", "_vllm_bench")):
        for variant, vsuffix in (("pinned", ""), ("auto", "_auto")):
            if client == "vllm-bench" and variant == "auto":
                continue
            gw = find_run(runs, stack="gateway", variant=variant, client=client, concurrency=concurrency)
            for base, key in (("ray-serve-llm", "ray_serve_llm"), ("vllm", "vllm")):
                other = find_run(runs, stack=base, client=client, concurrency=concurrency)
                out[f"ttft_p50_ratio_vs_{key}{vsuffix}{suffix}"] = ratio(
                    gw and gw.get("ttft_p50_ms"), other and other.get("ttft_p50_ms"))
                out[f"throughput_ratio_vs_{key}{vsuffix}{suffix}"] = ratio(
                    gw and gw.get("output_tokens_per_s"), other and other.get("output_tokens_per_s"))
    out["overhead_p50_ms"] = overhead_p50_ms
    out["goal"] = goal_verdict(out)
    return out


def goal_verdict(h: dict[str, Any]) -> dict[str, Any]:
    """How far each goal is, from the headline figures (None where a figure is missing)."""

    def check(value: float | None, ok: bool | None, target: str) -> dict[str, Any]:
        return {"value": value, "target": target, "met": ok}

    t_v, q_v = h.get("ttft_p50_ratio_vs_vllm"), h.get("throughput_ratio_vs_vllm")
    t_r, q_r = h.get("ttft_p50_ratio_vs_ray_serve_llm"), h.get("throughput_ratio_vs_ray_serve_llm")
    ov = h.get("overhead_p50_ms")
    return {
        "ttft_p50_vs_vllm": check(t_v, None if t_v is None else t_v <= GOAL_TTFT_RATIO_VS_VLLM,
                                  f"<= {GOAL_TTFT_RATIO_VS_VLLM}x"),
        "throughput_vs_vllm": check(q_v, None if q_v is None else q_v >= GOAL_THROUGHPUT_RATIO_VS_VLLM,
                                    f">= {GOAL_THROUGHPUT_RATIO_VS_VLLM}x"),
        "ttft_p50_vs_ray_serve_llm": check(t_r, None if t_r is None else t_r <= 1.0, "<= 1.0x"),
        "throughput_vs_ray_serve_llm": check(q_r, None if q_r is None else q_r >= 1.0, ">= 1.0x"),
        "overhead_p50_ms": check(ov, None if ov is None else ov < GOAL_OVERHEAD_P50_MS, f"< {GOAL_OVERHEAD_P50_MS} ms"),
    }


def _fmt(v: Any, nd: int = 1) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return str(v)


RUN_COLUMNS = (
    ("stack", "stack", 0), ("variant", "model", 0), ("client", "client", 0), ("concurrency", "conc", 0),
    ("requests", "n", 0), ("errors", "err", 0),
    ("ttft_p50_ms", "TTFT p50 ms", 1), ("ttft_p99_ms", "TTFT p99 ms", 1),
    ("itl_p50_ms", "ITL p50 ms", 2), ("itl_p99_ms", "ITL p99 ms", 1),
    ("e2e_p50_ms", "e2e p50 ms", 0), ("e2e_p99_ms", "e2e p99 ms", 0),
    ("requests_per_s", "req/s", 2), ("output_tokens_per_s", "out tok/s", 0),
    ("frontend_cpu_pct", "front-end CPU %", 0), ("frontend_rss_mb", "front-end RSS MB", 0),
)


def markdown_table(runs: Sequence[dict[str, Any]]) -> str:
    head = "| " + " | ".join(c[1] for c in RUN_COLUMNS) + " |"
    sep = "|" + "|".join("---" if i < 3 else "---:" for i in range(len(RUN_COLUMNS))) + "|"
    rows = ["| " + " | ".join(_fmt(r.get(k), nd) for k, _, nd in RUN_COLUMNS) + " |" for r in runs]
    return "\n".join([head, sep, *rows])


def markdown_report(result: dict[str, Any]) -> str:
    """The whole report as markdown: headline, goal, run table, overhead and routing figures."""
    conc = result.get("headline_concurrency")
    lines = [f"## Headline (concurrency {conc}, gateway over baseline)" if conc else "## Headline", ""]
    lines += ["| figure | value |", "|---|---:|"]
    for k, v in result.items():
        if k.startswith(("ttft_p50_ratio", "throughput_ratio")) or k == "overhead_p50_ms":
            lines.append(f"| `{k}` | {_fmt(v, 3)} |")
    goal = result.get("goal") or {}
    if goal:
        lines += ["", "| goal | measured | target | met |", "|---|---:|---|---|"]
        for k, g in goal.items():
            met = {True: "yes", False: "**no**", None: "–"}[g["met"]]
            lines.append(f"| {k} | {_fmt(g['value'], 3)} | {g['target']} | {met} |")
    if result.get("runs"):
        lines += ["", "## Runs", "", markdown_table(result["runs"])]
    ov = result.get("overhead")
    if ov:
        lines += ["", "## Gateway overhead, zero-latency backend (%s)" % ov.get("mode", ""), "",
                  "| request | gateway p50 ms | bare p50 ms | overhead p50 ms | gateway p99 ms | bare p99 ms "
                  "| gateway req/s | bare req/s | req/s ratio |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, c in ov.get("cases", {}).items():
            lines.append(
                f"| {name} | {_fmt(c['gateway_p50_ms'], 2)} | {_fmt(c['bare_p50_ms'], 2)} | "
                f"{_fmt(c['overhead_p50_ms'], 2)} | {_fmt(c['gateway_p99_ms'], 2)} | {_fmt(c['bare_p99_ms'], 2)} | "
                f"{_fmt(c['gateway_rps'], 0)} | {_fmt(c['bare_rps'], 0)} | {_fmt(c['rps_ratio'], 3)} |")
    rt = result.get("routing")
    if rt:
        lines += ["", "## Routing decision latency", "", "| labels | rows | p50 ms | p99 ms | CPU p99 ms |",
                  "|---|---:|---:|---:|---:|"]
        for name, r in rt.items():
            lines.append(f"| {name} | {r['rows']} | {_fmt(r['decision_p50_ms'], 3)} | "
                         f"{_fmt(r['decision_p99_ms'], 3)} | {_fmt(r.get('decision_cpu_p99_ms'), 3)} |")
    return "\n".join(lines) + "\n"


def write_png(runs: Sequence[dict[str, Any]], path: str | Path) -> str:
    """TTFT p50 and output tokens/s against concurrency per stack. Returns a message, never raises
    for a missing matplotlib (the PNG is optional)."""
    try:
        plt = pyplot()
    except ImportError:
        return MATPLOTLIB_HINT
    series: dict[str, list[dict[str, Any]]] = {}
    for r in runs:
        series.setdefault(f"{r['stack']}/{r['variant']}/{r['client']}", []).append(r)
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.5))
    for label, rs in sorted(series.items()):
        rs = sorted(rs, key=lambda r: r["concurrency"])
        xs = [r["concurrency"] for r in rs]
        axes[0].plot(xs, [r.get("ttft_p50_ms") for r in rs], marker="o", label=label)
        axes[1].plot(xs, [r.get("itl_p50_ms") for r in rs], marker="o", label=label)
        axes[2].plot(xs, [r.get("output_tokens_per_s") for r in rs], marker="o", label=label)
    for ax, title in zip(axes, ("TTFT p50 (ms)", "ITL p50 (ms)", "output tokens/s")):
        ax.set(title=title, xlabel="concurrency", xscale="log")
        ax.grid(alpha=0.3)
    axes[2].legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return f"PNG written to {path}"
