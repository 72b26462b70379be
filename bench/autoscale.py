"""`qwen-gateway bench autoscale`: a bounded load ramp that shows replicas following traffic.

On the local profile it serves two models with demo autoscaling settings:
- the small model (`--hot`) starts at 1 replica and may grow to 2 when concurrent streams exceed
  its target of ongoing requests per replica;
- a MoE model (`--cold`) sleeps at 0 replicas; clients that pin it wake it and wait, and it goes back
  to 0 after its downscale delay.
The ramp: idle; a burst on the hot model; meanwhile one `auto` request the router would give the
cold model (answered by the warm one while the gateway wakes the sleeper), then requests pinned to
the cold one; then idle until both are back at their minimum. A sampler records replicas per model every second, and every request's
outcome; the report is JSON plus a PNG timeline (load, replicas per model, p99 latency).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from gateway.config import GatewayConfig
from gateway.plotting import pyplot
from .loadgen import Sample, chat_body, one_request
from .report import percentile


# A prompt the default policy sends to the larger model in balanced mode (hard multi-step math).
HARD_PROMPT = ("A train leaves at 9:40 travelling 84 km/h; a second leaves the same station at 10:15 at 112 km/h on "
               "the same track. At what time does the second train catch the first, and how far from the station?")


def demo_config(base: GatewayConfig, hot: str, cold: str) -> GatewayConfig:
    """The local profile with only `hot` and `cold` enabled, scaled for a demo measured in minutes."""
    raw = base.model_dump(mode="json")
    prof = raw["profiles"][raw["profile"]]
    for name, serving in prof["models"].items():
        serving["enabled"] = name in (hot, cold)
    fast = {"upscale_delay_s": 3, "downscale_delay_s": 20, "look_back_period_s": 12}
    prof["models"][hot]["autoscaling"] = {"min_replicas": 1, "max_replicas": 2, "target_ongoing_requests": 2,
                                          "max_ongoing_requests": 16, **fast}
    prof["models"][cold]["autoscaling"] = {"min_replicas": 0, "max_replicas": 1, "initial_replicas": 0,
                                           "target_ongoing_requests": 2, "max_ongoing_requests": 16, **fast}
    raw["server"]["ray_num_cpus"] = max(raw["server"]["ray_num_cpus"], 8)
    return type(base).model_validate(raw)


class ReplicaSampler:
    """Polls `serve.status()` once a second from the driver: running replicas per model."""

    def __init__(self, app_name: str, deployments: dict[str, str], t0: float) -> None:
        self.app_name, self.deployments, self.t0 = app_name, deployments, t0
        self.rows: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from ray import serve

        from deployments.ray_backend import replica_states

        while not self._stop.is_set():
            try:
                app = serve.status().applications.get(self.app_name)
                row = {"t": round(time.perf_counter() - self.t0, 2)}
                for model, dep_name in self.deployments.items():
                    states = replica_states(app.deployments.get(dep_name) if app else None)
                    row[model] = states.get("RUNNING", 0)
                    row[model + ":starting"] = states.get("STARTING", 0)
                self.rows.append(row)
            except Exception:  # the controller can be briefly busy; a missing sample is fine
                pass
            self._stop.wait(1.0)

    def start(self) -> "ReplicaSampler":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def replicas(self, model: str) -> list[int]:
        return [r.get(model, 0) for r in self.rows]


async def _stream_worker(client: httpx.AsyncClient, url: str, body: dict[str, Any], stop: asyncio.Event,
                         out: list[tuple[str, Sample]], tag: str) -> None:
    while not stop.is_set():
        out.append((tag, await one_request(client, url, body)))


async def _until_scaled(sampler: "ReplicaSampler", hot: str, stop: asyncio.Event, *, hold_s: float, max_s: float,
                        log) -> None:
    """End the burst once the hot model has run 2 replicas for `hold_s` (or after `max_s`): engine
    start on a busy CPU takes minutes, so a fixed-length burst would end before the new replica."""
    t_end = time.perf_counter() + max_s
    scaled_at = None
    while time.perf_counter() < t_end:
        if sampler.rows and sampler.rows[-1].get(hot, 0) >= 2:
            scaled_at = scaled_at or time.perf_counter()
            if time.perf_counter() - scaled_at >= hold_s:
                log(f"{hot} has run 2 replicas for {hold_s:.0f} s: ending the burst")
                break
        await asyncio.sleep(1)
    else:
        log(f"burst cap of {max_s:.0f} s reached")
    stop.set()


async def run_ramp(base_url: str, hot: str, cold: str, sampler: "ReplicaSampler", *, burst_s: float,
                   burst_concurrency: int, max_tokens: int, cold_requests: int, log) -> list[tuple[str, Sample]]:
    url = base_url + "/v1/chat/completions"
    samples: list[tuple[str, Sample]] = []
    async with httpx.AsyncClient(timeout=httpx.Timeout(900, connect=10)) as client:
        log(f"idle 5 s; then {burst_concurrency} concurrent streams on {hot} until it runs 2 replicas (at most "
            f"{burst_s:.0f} s), and {cold_requests} requests pinned to the sleeping {cold}")
        await asyncio.sleep(5)
        stop = asyncio.Event()
        hot_body = chat_body("Tell me a story.", hot, max_tokens)
        cold_body = chat_body("Tell me a story.", cold, 16)
        workers = [_stream_worker(client, url, hot_body, stop, samples, "hot") for _ in range(burst_concurrency)]

        async def cold_calls() -> None:
            # First `auto` traffic the router would send to the sleeping model: it is answered by a
            # warm one now, and the gateway wakes the sleeper in the background. Pinned requests
            # follow only once the sleeper runs (or after 300 s), so they show it was already woken.
            auto = await one_request(client, url, chat_body(HARD_PROMPT, "auto", 16))
            samples.append(("auto", auto))
            log(f"auto request for a hard prompt answered by {auto.route_model} "
                f"(preferred, sleeping: {auto.rerouted_from})")
            deadline = time.perf_counter() + 300
            while time.perf_counter() < deadline and not (sampler.rows and sampler.rows[-1].get(cold, 0) >= 1):
                await asyncio.sleep(1)
            for _ in range(cold_requests):
                samples.append(("cold", await one_request(client, url, cold_body)))

        await asyncio.gather(*workers, cold_calls(), _until_scaled(sampler, hot, stop, hold_s=20, max_s=burst_s, log=log))
    return samples


def _latency_p99(samples: list[tuple[str, Sample]], t0: float, width: float = 10.0) -> list[tuple[float, float]]:
    """p99 end-to-end latency of the requests that finished in each `width`-second window."""
    done = sorted((s.end - t0, s.end - s.start) for _, s in samples if s.end)
    out = []
    if not done:
        return out
    t = 0.0
    while t <= done[-1][0]:
        p99 = percentile((lat for end, lat in done if t <= end < t + width), 99)
        if p99 is not None:
            out.append((t + width / 2, p99))
        t += width
    return out


def write_timeline(report: dict[str, Any], path: Path) -> str:
    """The timeline PNG, or why there is none: minutes of measurements are kept without matplotlib."""
    try:
        plot_timeline(report, path)
    except ImportError as err:
        return f"skipped ({err})"
    return str(path)


def plot_timeline(report: dict[str, Any], path: Path) -> None:
    plt = pyplot()
    rows = report["timeline"]
    ts = [r["t"] for r in rows]
    fig, axes = plt.subplots(3, 1, figsize=(9, 7), sharex=True)
    axes[0].plot(ts, [r["in_flight"] for r in rows], color="tab:gray")
    axes[0].set_ylabel("requests in flight")
    for model in report["models"]:
        axes[1].step(ts, [r[model] for r in rows], where="post", label=model)
    axes[1].set_ylabel("running replicas")
    axes[1].legend(loc="upper right")
    p99 = report["p99_latency_s"]
    axes[2].plot([x for x, _ in p99], [y for _, y in p99], marker="o")
    axes[2].set_ylabel("p99 latency (s)")
    axes[2].set_xlabel("seconds since start")
    fig.suptitle("qwen-gateway bench autoscale")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run_autoscale(base: GatewayConfig, *, hot: str, cold: str, out_dir: Path, burst_s: float = 480,
                  burst_concurrency: int = 8, max_tokens: int = 128, cold_requests: int = 2,
                  settle_timeout_s: float = 300, log=print) -> dict[str, Any]:
    from gateway.names import APP_NAME
    from deployments.local import LocalServer
    from deployments.models import deployment_name

    config = demo_config(base, hot, cold)
    server = LocalServer(config)
    out_dir.mkdir(parents=True, exist_ok=True)
    sampler = None
    try:
        server.start(log=log)
        log("waiting for the hot model (the cold one stays at zero)")
        _wait(lambda: httpx.get(server.base_url + "/health/ready", timeout=10).status_code == 200, 900)
        deployments = {m: f"LLMServer:{deployment_name(m)}" for m in (hot, cold)}
        t0 = time.perf_counter()
        sampler = ReplicaSampler(APP_NAME, deployments, t0).start()
        samples = asyncio.run(run_ramp(server.base_url, hot, cold, sampler, burst_s=burst_s,
                                       burst_concurrency=burst_concurrency,
                                       max_tokens=max_tokens, cold_requests=cold_requests, log=log))
        log(f"load done after {time.perf_counter() - t0:.0f} s; waiting for {hot} -> 1 and {cold} -> 0 replicas")
        _wait(lambda: sampler.rows and sampler.rows[-1].get(hot) == 1 and sampler.rows[-1].get(cold) == 0,
              settle_timeout_s)
        time.sleep(2)
    finally:
        if sampler is not None:
            sampler.stop()   # also when a wait timed out: the polling thread must not outlive the run
        server.stop()

    for row in sampler.rows:
        row["in_flight"] = sum(1 for _, s in samples if s.start - t0 <= row["t"] < (s.end or 1e18) - t0)
    failed = [s for _, s in samples if not s.ok]
    hot_max, cold_max = max(sampler.replicas(hot), default=0), max(sampler.replicas(cold), default=0)
    report = {
        "models": [hot, cold],
        "requests": len(samples),
        "failed": len(failed),
        "failures": [s.error or f"status {s.status}" for s in failed][:10],
        "hot": {"model": hot, "start": sampler.replicas(hot)[0], "max": hot_max, "end": sampler.replicas(hot)[-1]},
        "auto": [{"served_by": s.route_model, "rerouted_from": s.rerouted_from}
                 for tag, s in samples if tag == "auto"],
        "cold": {"model": cold, "start": sampler.replicas(cold)[0], "max": cold_max, "end": sampler.replicas(cold)[-1],
                 "pinned_latency_s": [round(s.end - s.start, 1) for tag, s in samples if tag == "cold"]},
        "p99_latency_s": _latency_p99(samples, t0),
        "timeline": sampler.rows,
    }
    report["passed"] = (report["failed"] == 0 and report["hot"]["start"] == 1 and hot_max >= 2
                        and bool(report["auto"]) and report["auto"][0]["rerouted_from"] == cold
                        and report["hot"]["end"] == 1 and report["cold"]["start"] == 0 and cold_max >= 1
                        and report["cold"]["end"] == 0)
    (out_dir / "autoscale.json").write_text(json.dumps(report, indent=1))
    log(f"report: {out_dir / 'autoscale.json'}, timeline: {write_timeline(report, out_dir / 'autoscale.png')}")
    return report


def _wait(cond, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if cond():
                return
        except httpx.HTTPError:
            pass
        time.sleep(2)
    raise TimeoutError(f"condition not reached within {timeout_s:.0f} s")
