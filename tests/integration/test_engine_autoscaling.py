"""The engine_signals autoscaling policy in Serve's real controller, fed by a real Prometheus.

A probe model (the 0.6b checkpoint under another name, so its vLLM series are its own) is deployed as
its own Serve app with the policy, a batch of 2 sequences, 1 to 2 replicas, and a target of 100
ongoing requests per replica: with 6 requests in flight Serve's own rule wants 0.06 replicas, never a
second one. The engine reports 4 requests waiting behind its batch (`ray_vllm_num_requests_waiting`),
Ray exports it, Prometheus scrapes it, the policy reads it in the controller: a second replica must
start while the load lasts. Several minutes: a CPU engine start takes one or two.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from gateway.autoscaling import engine_queries
from gateway.config import Serving

from .prom import MISSING, PROMETHEUS, running_prometheus, scalar

pytestmark = pytest.mark.skipif(PROMETHEUS is None, reason=MISSING)

PROBE = "autoscale-probe"
CONCURRENCY = 6
SCALE_BOUND_S = 420     # first replica start, metrics export and scrape, upscale delay, second replica start


@pytest.fixture
def probe(live_server, tmp_path):
    """(RayBackend for the probe, Prometheus API): the probe app with the policy, scraped by its Prometheus."""
    from ray import serve
    from ray.serve.llm import LLMConfig, build_llm_deployment

    from deployments.models import deployment_name, for_ray, llm_config_dict
    from deployments.ray_backend import RayBackend
    from gateway.checkpoints import ensure_checkpoints
    from gateway.config import ServedModel, parse_config

    cfg = live_server.config
    with running_prometheus(tmp_path, [f"127.0.0.1:{cfg.server.metrics_port}"]) as api:
        raw = cfg.model_dump(mode="json")
        raw["observability"]["prometheus_url"] = str(api.base_url).rstrip("/")
        cfg = parse_config(raw)
        serving = Serving.model_validate({
            "weights": "generated", "checkpoint": cfg.active_profile.models["qwen3-0.6b"].checkpoint.model_dump(),
            "engine_kwargs": {"max_model_len": 1024, "max_num_seqs": 2, "dtype": "bfloat16"},
            "autoscaling": {"min_replicas": 1, "max_replicas": 2, "target_ongoing_requests": 100,
                            "max_ongoing_requests": 16, "upscale_delay_s": 2, "downscale_delay_s": 600,
                            "policy": "engine_signals", "engine_signals": {"max_waiting_per_replica": 1}},
        })
        model = ServedModel(name=PROBE, catalog=cfg.models["qwen3-0.6b"], serving=serving)
        source = ensure_checkpoints(cfg)["qwen3-0.6b"]
        serve.run(build_llm_deployment(LLMConfig(**for_ray(llm_config_dict(cfg, model, source)))), name=PROBE,
                  route_prefix=None, blocking=False)
        try:
            deadline = time.monotonic() + SCALE_BOUND_S
            while (app := serve.status().applications.get(PROBE)) is None or app.status != "RUNNING":
                assert time.monotonic() < deadline, f"probe app not running: {app}"
                time.sleep(2)
            name = next(d for d in app.deployments if d.endswith(deployment_name(PROBE)))
            yield RayBackend({PROBE: serve.get_deployment_handle(name, app_name=PROBE)}, PROBE), api
        finally:
            serve.delete(PROBE)


async def _load(backend, stop: asyncio.Event) -> int:
    """CONCURRENCY streams of 200 tokens each, renewed until `stop`; returns the requests finished."""
    body = {"model": PROBE, "messages": [{"role": "user", "content": "Count slowly."}], "max_tokens": 200,
            "ignore_eos": True, "stream": True, "chat_template_kwargs": {"enable_thinking": False}}
    request = backend.wire_types.parse("chat", body)   # the backend takes requests validated at the edge
    done = 0

    async def worker():
        nonlocal done
        while not stop.is_set():
            async for _ in backend.generate("chat", PROBE, request):
                pass
            done += 1

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return done


def test_a_queue_behind_the_batch_adds_a_replica_the_request_count_would_not(probe):
    backend, api = probe
    waiting_q = engine_queries(PROBE)["waiting"]

    async def run():
        stop = asyncio.Event()
        load = asyncio.create_task(_load(backend, stop))
        t0, seen_waiting, replicas = time.monotonic(), 0.0, 1
        try:
            while time.monotonic() - t0 < SCALE_BOUND_S:
                await asyncio.sleep(3)
                seen_waiting = max(seen_waiting, scalar(api, waiting_q))
                replicas = backend._read_status()[PROBE].running_replicas
                if replicas >= 2:
                    break
                assert not load.done(), load.exception()
        finally:
            stop.set()
            done = await load
        return seen_waiting, replicas, time.monotonic() - t0, done

    seen_waiting, replicas, elapsed, done = asyncio.run(run())
    print(f"max waiting seen in Prometheus {seen_waiting:.0f}; {replicas} replicas after {elapsed:.0f} s; "
          f"{done} requests finished")
    assert seen_waiting >= 2, "the engine's queue never reached Prometheus"
    assert replicas == 2, f"no second replica within {SCALE_BOUND_S} s although {seen_waiting:.0f} requests waited"
    # What operators see: the policy's per-signal gauge, exported from Serve's controller through Ray.
    wanted = f'ray_qwen_gateway_autoscaling_wanted_replicas{{model="{PROBE}",signal="waiting"}}'
    assert scalar(api, f"max(max_over_time({wanted}[10m]))") >= 2, "the waiting signal's wish never reached Prometheus"
    # Serve's controller log: our policy named the waiting requests as the reason before Serve upscaled.
    log = _controller_log()
    said = log.find(f"autoscaling {PROBE}: waiting now decides")
    upscaled = log.find(f"model-{PROBE}', app='{PROBE}') from 1 to 2 replicas")
    assert 0 <= said < upscaled, "the controller log does not show the engine signal deciding the upscale"


def _controller_log() -> str:
    import ray

    logs = Path(ray._private.worker._global_node.get_logs_dir_path()) / "serve"
    return "".join(p.read_text(errors="replace") for p in sorted(logs.glob("controller_*.log")))
