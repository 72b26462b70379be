"""Where the local stack's memory goes: PSS per process kind, per variant of the profile's runtime.

PSS (proportional set size, psutil's `memory_full_info().pss`) splits each shared page among the
processes that map it, so the kinds add up to what the stack really holds (RSS would count torch's
shared libraries once per process). Processes are the descendants of this one (the Ray it started),
classified by command line / process title.

Variants: `configured` is the profile as config.yaml has it; `stock` is the libraries' defaults
(vLLM's worker process per engine, Ray's idle workers, 1 GiB of KV cache per engine, torch.compile);
`stock+<cut>` adds one of the profile's cuts to stock, so each cut's effect is measured alone, on the
same machine, in the same run; `configured-<cut>` is the profile with one cut back at the libraries'
default, for cuts that only work on top of another (fork-start needs in-engine-core).
"""

from __future__ import annotations

import asyncio
import os
from typing import Any, Callable, Sequence

import psutil

from gateway.config import GatewayConfig, Runtime, parse_config

Log = Callable[[str], None]

# (kind, test on the process title/command line), first match wins.
KINDS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("vLLM worker", lambda t: t.startswith("VLLM::Worker")),
    ("vLLM EngineCore", lambda t: t.startswith("VLLM::EngineCore")),
    ("LLMServer replica", lambda t: t.startswith("ray::ServeReplica:") and "model-" in t.split()[0]),
    ("gateway ingress replica", lambda t: t.startswith("ray::ServeReplica:") and t.split()[0].endswith(":gateway")),
    ("tenant ledger replica", lambda t: t.startswith("ray::ServeReplica:") and "tenant-ledger" in t),
    ("Serve controller + proxy", lambda t: t.startswith(("ray::ServeController", "ray::ProxyActor"))),
    ("idle Ray worker", lambda t: t.startswith("ray::IDLE")),
    ("dashboard agent", lambda t: t.startswith("ray::DashboardAgent") or "dashboard/agent.py" in t),
    ("runtime env agent", lambda t: t.startswith("ray::RuntimeEnvAgent") or "runtime_env/agent/main.py" in t),
    ("other Ray worker", lambda t: t.startswith("ray::")),
    ("raylet", lambda t: "/raylet" in t.split(" ")[0]),
    ("gcs_server", lambda t: "gcs_server" in t.split(" ")[0]),
    ("Ray log monitor", lambda t: "log_monitor.py" in t),
)


def classify(title: str) -> str:
    for kind, test in KINDS:
        if test(title):
            return kind
    return "other"


def _title(p: psutil.Process) -> str:
    try:
        return " ".join(p.cmdline()) or p.name()
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return ""


def pss_by_kind(root: psutil.Process | None = None) -> dict[str, dict[str, Any]]:
    """Kind -> {"count", "pss_mb", "titles"} over `root` (the CLI: this process) and its descendants."""
    root = root or psutil.Process(os.getpid())
    out: dict[str, dict[str, Any]] = {}
    for p in [root, *root.children(recursive=True)]:
        try:
            pss = p.memory_full_info().pss
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
        title = _title(p)
        kind = "CLI (this process)" if p.pid == root.pid else classify(title)
        row = out.setdefault(kind, {"count": 0, "pss_mb": 0.0, "titles": []})
        row["count"] += 1
        row["pss_mb"] += pss / 2**20
        if kind in ("other", "other Ray worker"):
            row["titles"].append(title[:80])
    for row in out.values():
        row["pss_mb"] = round(row["pss_mb"], 1)
    return out


def total_mb(kinds: dict[str, dict[str, Any]]) -> float:
    return round(sum(r["pss_mb"] for r in kinds.values()), 1)


# Each cut: the profile's value for it, applied to a raw config dict (the active profile's section).
def _cut_kv(prof: dict[str, Any], configured: dict[str, Any]) -> None:
    prof["env"] = {k: v for k, v in prof["env"].items() if k != "VLLM_CPU_KVCACHE_SPACE"}
    if "VLLM_CPU_KVCACHE_SPACE" in configured["env"]:   # configured-kv-cache: back to stock's 1 GiB
        prof["env"]["VLLM_CPU_KVCACHE_SPACE"] = configured["env"]["VLLM_CPU_KVCACHE_SPACE"]
    prof["runtime"]["kv_cache_bytes"] = configured["runtime"]["kv_cache_bytes"]
    for name, m in prof["models"].items():
        kv = configured["models"][name]["engine_kwargs"].get("kv_cache_memory_bytes")
        if kv is not None:
            m["engine_kwargs"]["kv_cache_memory_bytes"] = kv


def _runtime_cut(key: str) -> Callable[[dict[str, Any], dict[str, Any]], None]:
    """A cut that is one `runtime` setting: `key` as `configured` has it."""
    def cut(prof: dict[str, Any], configured: dict[str, Any]) -> None:
        prof["runtime"][key] = configured["runtime"][key]
    return cut


def _cut_eager(prof: dict[str, Any], configured: dict[str, Any]) -> None:
    for name, m in prof["models"].items():
        if "enforce_eager" in configured["models"][name]["engine_kwargs"]:
            m["engine_kwargs"]["enforce_eager"] = configured["models"][name]["engine_kwargs"]["enforce_eager"]


CUTS: dict[str, Callable[[dict[str, Any], dict[str, Any]], None]] = {
    "kv-cache": _cut_kv, "in-engine-core": _runtime_cut("engine_executor"),
    "ray-idle-workers": _runtime_cut("ray_idle_workers"), "no-compile": _cut_eager,
    "skip-node-init": _runtime_cut("skip_node_init"), "fork-start": _runtime_cut("engine_start"),
    "no-llm-telemetry": _runtime_cut("ray_llm_telemetry"),
}
# Cuts that only work on top of another one (fork-start needs in-engine-core) have no stock+ variant;
# `configured-<cut>` (the profile as shipped with one cut back at the libraries' default) measures them.
NEEDS_ANOTHER_CUT = frozenset({"fork-start"})
VARIANTS = ("stock", *(f"stock+{c}" for c in CUTS if c not in NEEDS_ANOTHER_CUT), "configured",
            *(f"configured-{c}" for c in CUTS))


def variant_config(config: GatewayConfig, variant: str) -> GatewayConfig:
    """The config for one variant (see the module docstring)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(VARIANTS)}")
    if variant == "configured":
        return config
    raw = config.model_dump(mode="json")
    configured = raw["profiles"][config.profile]
    stock = config.active_profile.model_dump(mode="json")
    stock["runtime"] = Runtime().model_dump(mode="json")
    stock["env"] = {**stock["env"], "VLLM_CPU_KVCACHE_SPACE": "1"}
    for m in stock["models"].values():
        m["engine_kwargs"].pop("kv_cache_memory_bytes", None)
        m["engine_kwargs"].pop("enforce_eager", None)
    if variant.startswith("configured-"):
        prof = config.active_profile.model_dump(mode="json")
        CUTS[variant.partition("-")[2]](prof, stock)
        if prof["runtime"]["engine_executor"] != "in_engine_core":   # fork-start needs in-engine-core
            prof["runtime"]["engine_start"] = "spawn"
    else:
        prof = stock
        cut = variant.partition("+")[2]
        if cut:
            CUTS[cut](prof, configured)
    raw["profiles"][config.profile] = prof
    return parse_config(raw, source=f"footprint variant {variant}")


def _load_figures(base_url: str, model: str, seconds: float, concurrency: int) -> dict[str, Any]:
    from .loadgen import chat_body, run_load
    from .serve import FALLBACK_PROMPTS, SAMPLING

    bodies = [chat_body(p, model, 64, sampling=SAMPLING) for p in FALLBACK_PROMPTS]
    asyncio.run(run_load(base_url, bodies, concurrency=concurrency, duration_s=0, max_requests=8, min_requests=8))
    s = asyncio.run(run_load(base_url, bodies, concurrency=concurrency, duration_s=seconds, max_requests=10_000))
    summary = s.summary()
    return {k: summary.get(k) for k in ("requests", "errors", "output_tokens_per_s", "ttft_p50_ms", "itl_p50_ms")}


def measure_variant(config: GatewayConfig, variant: str, *, load_s: float, concurrency: int,
                    settle_s: float, ready_timeout_s: float, log: Log) -> dict[str, Any]:
    """Start the stack for one variant, wait until every model answers, let idle workers settle,
    take PSS per kind, optionally load the first model, stop."""
    import time

    from deployments.local import LocalServer

    cfg = variant_config(config, variant)
    # As `qwen-gateway serve` runs it, except in `stock`, where this process builds the app itself
    # (so the CLI row shows what building in a child process saves) -- and in every stock+<cut>.
    server = LocalServer(cfg, build="here" if variant.startswith("stock") else "child")
    row: dict[str, Any] = {"variant": variant}
    try:
        server.start(log=lambda m: None, wait_deployed=False)
        server.wait_ready(timeout_s=ready_timeout_s, log=lambda m: None)
        row["ready_s"] = round(time.monotonic() - server.began, 1)
        row["phases"] = dict(server.phases)
        time.sleep(settle_s)
        row["kinds"] = pss_by_kind()
        row["total_pss_mb"] = total_mb(row["kinds"])
        log(f"{variant}: ready in {row['ready_s']}s, total PSS {row['total_pss_mb'] / 1024:.2f} GiB")
        if load_s > 0:
            row["load"] = _load_figures(server.base_url, next(iter(cfg.enabled_models())), load_s, concurrency)
            log(f"{variant}: concurrency {concurrency}: {row['load']}")
    except (TimeoutError, RuntimeError) as err:
        row["error"] = str(err)[:300]
        log(f"{variant}: {row['error']}")
    finally:
        server.stop()
    return row


def markdown(rows: Sequence[dict[str, Any]]) -> str:
    """Kinds as rows, variants as columns (PSS MB, with the process count where it is not one)."""
    ok = [r for r in rows if "kinds" in r]
    kinds = sorted({k for r in ok for k in r["kinds"]}, key=lambda k: -max(r["kinds"].get(k, {}).get("pss_mb", 0) for r in ok))
    head = "| process kind | " + " | ".join(r["variant"] for r in ok) + " |"
    lines = [head, "|---|" + "---:|" * len(ok)]
    for k in kinds:
        cells = []
        for r in ok:
            c = r["kinds"].get(k)
            cells.append("-" if c is None else f"{c['pss_mb']:.0f}" + (f" ({c['count']})" if c["count"] != 1 else ""))
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines.append("| **total PSS (MB)** | " + " | ".join(f"**{r['total_pss_mb']:.0f}**" for r in ok) + " |")
    lines.append("| ready after (s) | " + " | ".join(f"{r['ready_s']:.0f}" for r in ok) + " |")
    if any("load" in r for r in ok):
        lines.append("| output tok/s, conc. 8 | " + " | ".join(str((r.get("load") or {}).get("output_tokens_per_s", "-")) for r in ok) + " |")
        lines.append("| TTFT p50 ms, conc. 8 | " + " | ".join(str((r.get("load") or {}).get("ttft_p50_ms", "-")) for r in ok) + " |")
    return "\n".join(lines)
