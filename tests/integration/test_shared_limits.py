"""Tenant limits hold across ingress replicas: a second gateway app with two ingress replicas and the
shared tenant ledger, bound by the builder's `bind_ingress`, in front of the live app's model deployments.

A tenant allowed LIMIT requests a minute sends 2 x LIMIT at once: exactly LIMIT are answered and the
rest get 429, although Serve spread them over both replicas (each would have admitted LIMIT alone),
and their x-ratelimit-remaining-requests headers count down once for the whole gateway.
"""

import asyncio
import time

import httpx
import pytest

from gateway.config import parse_config
from gateway.tenancy import hash_key

APP = "qwen-gateway-tenants"
PREFIX = "/tenants"
KEY = "sk-shared-limits-test-0123456789"
LIMIT = 6
DEPLOY_BOUND_S = 300


def replica_requests(metrics_url: str) -> dict[str, float]:
    """Requests each ingress replica of the test app has handled, from Serve's own metrics."""
    out: dict[str, float] = {}
    for line in httpx.get(metrics_url, timeout=10).text.splitlines():
        if (line.startswith("ray_serve_deployment_request_counter_total{")
                and f'application="{APP}"' in line and 'deployment="gateway"' in line):
            replica = line.split('replica="', 1)[1].split('"', 1)[0]
            out[replica] = out.get(replica, 0) + float(line.rsplit(" ", 1)[1])
    return out


@pytest.fixture(scope="module")
def tenants_app(live_server):
    from ray import serve

    from deployments.builder import bind_ingress
    from gateway.names import APP_NAME
    from deployments.ledger import LEDGER_DEPLOYMENT
    from deployments.models import deployment_name

    raw = live_server.config.model_dump(mode="json")
    raw["server"]["ingress_replicas"] = 2
    raw["admission"]["api_keys"] = [{"tenant": "team-a", "sha256": hash_key(KEY)}]
    raw["admission"]["tenants"] = {"team-a": {"requests_per_minute": LIMIT}}
    deployed = serve.status().applications[APP_NAME].deployments  # Serve LLM prefixes our names
    models = {name: serve.get_deployment_handle(next(d for d in deployed if d.endswith(deployment_name(name))),
                                                app_name=APP_NAME)
              for name in live_server.config.enabled_models()}
    app = bind_ingress(parse_config(raw), models)  # what build_app deploys, over the live app's models
    serve.run(app, name=APP, route_prefix=PREFIX, blocking=False)
    deadline = time.monotonic() + DEPLOY_BOUND_S
    with httpx.Client(base_url=live_server.base_url + PREFIX, timeout=30) as client:
        while client.get("/health").status_code != 200 or serve.status().applications[APP].status != "RUNNING":
            assert time.monotonic() < deadline, f"{APP} did not start within {DEPLOY_BOUND_S}s"
            time.sleep(2)
    try:
        yield live_server.base_url + PREFIX, serve.get_deployment_handle(LEDGER_DEPLOYMENT, app_name=APP)
    finally:
        serve.delete(APP)


def test_rate_limit_holds_across_two_ingress_replicas(live_server, tenants_app):
    base_url, ledger = tenants_app
    metrics = f"http://127.0.0.1:{live_server.config.server.metrics_port}/metrics"
    body = {"model": "qwen3-0.6b", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 1,
            "chat_template_kwargs": {"enable_thinking": False}}

    async def burst() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=base_url, timeout=120,
                                     headers={"authorization": f"Bearer {KEY}"}) as client:
            rs = await asyncio.gather(*(client.post("/v1/chat/completions", json=body) for _ in range(2 * LIMIT)))
        for r in rs:
            assert r.status_code in (200, 429), r.text
            if r.status_code == 429:
                assert r.json()["error"]["code"] == "rate_limit_exceeded" and int(r.headers["retry-after"]) >= 1
        return rs

    responses = asyncio.run(burst())
    statuses = [r.status_code for r in responses]
    # One count for the whole gateway: the answered requests saw LIMIT-1, ..., 0 requests left, each once.
    remaining = sorted(int(r.headers["x-ratelimit-remaining-requests"]) for r in responses if r.status_code == 200)
    per_replica: dict[str, float] = {}
    deadline = time.monotonic() + 60  # Serve's counters reach the metrics port within seconds
    while sum(per_replica.values()) < 2 * LIMIT and time.monotonic() < deadline:
        time.sleep(3)
        per_replica = replica_requests(metrics)
    usage = ledger.usage.remote("team-a").result()
    print(f"\nSHARED LIMITS: {statuses.count(200)} answered, {statuses.count(429)} refused of {2 * LIMIT}; "
          f"requests per ingress replica {sorted(per_replica.values())}; ledger {usage}", flush=True)
    assert statuses.count(200) == LIMIT and statuses.count(429) == LIMIT
    assert remaining == list(range(LIMIT)), remaining
    assert len(per_replica) == 2 and all(n > 0 for n in per_replica.values()), \
        f"the burst did not reach both ingress replicas: {per_replica}"
    assert usage["requests_last_minute"] == LIMIT
    deadline = time.monotonic() + 30  # each finished request's settle reaches the ledger without being awaited
    while usage["in_flight"] != 0 and time.monotonic() < deadline:
        time.sleep(1)
        usage = ledger.usage.remote("team-a").result()
    assert usage["in_flight"] == 0 and usage["tokens_last_minute"] > 0, usage


def test_shared_ledger_round_trip(tenants_app):
    """What sharing costs a request: one admit call to the ledger deployment (figure printed)."""
    from gateway.config import TenantLimits

    _, ledger = tenants_app
    limits = TenantLimits(requests_per_minute=10_000)
    took = []
    for i in range(50):
        t0 = time.perf_counter()
        verdict = ledger.admit.remote("team-b", limits, f"lease-{i}").result()
        took.append((time.perf_counter() - t0) * 1000)
        assert verdict.admitted
        ledger.settle.remote("team-b", 1, 0.0, f"lease-{i}")
    took.sort()
    print(f"\nSHARED LEDGER: admit round trip p50 {took[len(took) // 2]:.2f} ms, "
          f"max {took[-1]:.2f} ms over {len(took)} calls from the driver", flush=True)
