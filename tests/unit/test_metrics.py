"""Per-request metrics and the request log line, on prometheus_client with a private registry."""

import json
import logging

import httpx
import pytest
from prometheus_client import generate_latest

from gateway import metrics as m
from gateway.api.app import create_app
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.metrics import GatewayMetrics
from gateway.record import RequestRecord
from gateway.request_log import LOGGER_NAME
from gateway.service import Gateway

BASE = {"model": "qwen3-8b", "policy": "simple", "thinking": "true", "status_class": "2xx", "tenant": "none"}


def rec(**kw) -> RequestRecord:
    d = dict(request_id="r1", endpoint="chat", model="qwen3-8b", policy="simple", thinking=True, status=200,
             prompt_tokens=12, completion_tokens=40, reasoning_tokens=30, ttft_s=0.4, tpot_s=0.02, e2e_s=1.2,
             queue_s=0.001, decision_s=4e-5, budget_granted=64, cost_usd=0.001, task="math",
             reason="short prompt", stream=True)
    d.update(kw)
    return RequestRecord(**d)


@pytest.fixture
def metrics() -> GatewayMetrics:
    return GatewayMetrics(backend="prometheus")


def value(metrics: GatewayMetrics, name: str, **labels) -> float:
    v = metrics.registry.get_sample_value(name, {**BASE, **labels} if labels.pop("_base", True) else labels)
    return 0.0 if v is None else v


def test_outside_ray_the_default_backend_is_a_private_prometheus_registry(monkeypatch):
    # the suite's integration tests may have started Ray in this very process
    monkeypatch.setattr("gateway.metrics.ray_running", lambda: False)
    a, b = GatewayMetrics(), GatewayMetrics()
    assert a.backend == b.backend == "prometheus" and a.registry is not b.registry
    a.record(rec())
    assert b.registry.get_sample_value("ray_qwen_gateway_requests_total", {**BASE, "endpoint": "chat", "task": "math"}) is None


def test_records_counters_histograms_and_budget(metrics):
    metrics.record(rec())
    metrics.record(rec(request_id="r2", prompt_tokens=8, completion_tokens=10, reasoning_tokens=0, cost_usd=0.0005,
                       ttft_s=3.0, e2e_s=4.0))
    req = {"endpoint": "chat", "task": "math"}
    assert value(metrics, "ray_qwen_gateway_requests_total", **req) == 2
    assert value(metrics, "ray_qwen_gateway_prompt_tokens_total") == 20
    assert value(metrics, "ray_qwen_gateway_completion_tokens_total") == 50
    assert value(metrics, "ray_qwen_gateway_reasoning_tokens_total") == 30
    assert value(metrics, "ray_qwen_gateway_cost_usd_total") == pytest.approx(0.0015)
    # Histograms: buckets are cumulative; the TTFT SLO (2 s) is a bucket edge.
    assert value(metrics, "ray_qwen_gateway_time_to_first_token_seconds_bucket", le="0.5") == 1
    assert value(metrics, "ray_qwen_gateway_time_to_first_token_seconds_bucket", le="2.0") == 1
    assert value(metrics, "ray_qwen_gateway_time_to_first_token_seconds_bucket", le="+Inf") == 2
    assert value(metrics, "ray_qwen_gateway_time_to_first_token_seconds_sum") == pytest.approx(3.4)
    assert value(metrics, "ray_qwen_gateway_e2e_request_latency_seconds_count") == 2
    assert value(metrics, "ray_qwen_gateway_time_per_output_token_seconds_count") == 2
    assert value(metrics, "ray_qwen_gateway_queue_time_seconds_count") == 2
    assert value(metrics, "ray_qwen_gateway_routing_decision_seconds_bucket", le="5e-05") == 2
    assert value(metrics, "ray_qwen_gateway_routing_decision_seconds_bucket", le="2.5e-05") == 0
    # Budget granted vs used, in tokens; utilisation per request.
    assert value(metrics, "ray_qwen_gateway_thinking_budget_granted_tokens_total") == 128
    assert value(metrics, "ray_qwen_gateway_thinking_budget_used_tokens_total") == 30
    assert value(metrics, "ray_qwen_gateway_thinking_budget_tokens_bucket", le="64.0") == 2
    assert value(metrics, "ray_qwen_gateway_thinking_budget_utilization_ratio_bucket", le="0.05") == 1
    assert value(metrics, "ray_qwen_gateway_thinking_budget_utilization_ratio_bucket", le="0.5") == 2


def test_labels_split_by_status_class_thinking_policy_and_tenant(metrics):
    metrics.record(rec(status=404, model="none", policy="none", thinking=False, tenant="acme", prompt_tokens=0,
                       completion_tokens=0, reasoning_tokens=0, cost_usd=0, ttft_s=None, tpot_s=None, budget_granted=None))
    metrics.record(rec(status=503, policy="pinned"))
    metrics.record(rec(status=499))
    r = "ray_qwen_gateway_requests_total"
    assert value(metrics, r, model="none", policy="none", thinking="false", status_class="4xx", tenant="acme",
                 endpoint="chat", task="math") == 1
    assert value(metrics, r, status_class="5xx", policy="pinned", endpoint="chat", task="math") == 1
    assert value(metrics, r, status_class="4xx", endpoint="chat", task="math") == 1  # 499: client went away
    # A request that never reached a model was neither queued nor routed.
    none = dict(model="none", policy="none", thinking="false", status_class="4xx", tenant="acme")
    assert value(metrics, "ray_qwen_gateway_queue_time_seconds_count", **none) == 0
    assert value(metrics, "ray_qwen_gateway_e2e_request_latency_seconds_count", **none) == 1


def test_ttft_and_tpot_are_recorded_streamed_or_not_when_measured(metrics):
    metrics.record(rec(stream=False))
    metrics.record(rec(stream=None, tpot_s=0.0))  # a 0 TPOT means no token timing was seen
    metrics.record(rec(stream=False, ttft_s=None, tpot_s=None))  # not measured (no engine timing)
    assert value(metrics, "ray_qwen_gateway_time_to_first_token_seconds_count") == 2
    assert value(metrics, "ray_qwen_gateway_time_per_output_token_seconds_count") == 1
    assert "streamed or not" in m.TTFT.help and "streamed or not" in m.TPOT.help


def test_reroutes_fallbacks_in_flight_and_tenant_budget(metrics):
    metrics.record(rec(rerouted=True))
    metrics.record(rec(fallback=True))
    assert value(metrics, "ray_qwen_gateway_reroutes_total") == 1
    assert value(metrics, "ray_qwen_gateway_fallbacks_total") == 1
    metrics.set_in_flight("qwen3-8b", 3)
    assert value(metrics, "ray_qwen_gateway_requests_in_flight", _base=False, model="qwen3-8b") == 3
    metrics.set_in_flight("qwen3-8b", -1)  # never below zero
    assert value(metrics, "ray_qwen_gateway_requests_in_flight", _base=False, model="qwen3-8b") == 0
    metrics.set_tenant_budget("acme", 50)
    assert value(metrics, "ray_qwen_gateway_tenant_budget_usd", _base=False, tenant="acme") == 50


def test_no_free_text_in_labels(metrics):
    metrics.record(rec(tenant="x" * 200, task="what is the capital of France?", endpoint="chat"))
    text = generate_latest(metrics.registry).decode()
    assert "capital" not in text and "x" * 65 not in text
    assert value(metrics, "ray_qwen_gateway_requests_total", tenant="other", endpoint="chat", task="other") == 1


def test_a_broken_record_never_raises(metrics, caplog):
    metrics.record(rec(prompt_tokens="many"))  # type: ignore[arg-type]
    metrics.record(rec(prompt_tokens="many"))  # type: ignore[arg-type]
    assert sum("recording metrics failed" in r.message for r in caplog.records) == 1


def test_every_spec_is_unique_and_exported_names_are_what_ray_exports():
    names = [s.name for s in m.METRICS]
    assert len(names) == len(set(names))
    assert m.REQUESTS.exported == "ray_qwen_gateway_requests_total"
    assert m.TTFT.exported == "ray_qwen_gateway_time_to_first_token_seconds"   # + _bucket, _sum, _count
    assert m.IN_FLIGHT.exported == "ray_qwen_gateway_requests_in_flight"
    for s in m.METRICS:
        assert all(b > 0 for b in s.buckets) and list(s.buckets) == sorted(s.buckets)  # Ray refuses bucket 0
        assert s.kind == "histogram" or not s.buckets
    assert m.LATENCY_BUCKETS[0] <= 0.01 and m.LATENCY_BUCKETS[-1] >= 300
    assert m.DECISION_BUCKETS[0] <= 1e-6 and m.DECISION_BUCKETS[-1] <= 0.1


def test_request_log_line_is_json_without_text(caplog):
    metrics = GatewayMetrics(backend="prometheus")
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        metrics.record(rec())
    (line,) = [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]
    e = json.loads(line)
    assert e["request_id"] == "r1" and e["model"] == "qwen3-8b" and e["status"] == 200
    assert e["decision"] == {"policy": "simple", "thinking": True, "budget": 64, "task": "math",
                             "reason": "short prompt", "rerouted": False, "fallback": False}
    assert e["tokens"] == {"prompt": 12, "completion": 40, "reasoning": 30}
    assert e["latency_s"]["ttft"] == 0.4 and e["latency_s"]["decision"] == 4e-5


# --- through the real request path (Gateway + FastAPI app over the fake backend) ---------------


@pytest.fixture
async def wired():
    config = load_config()
    metrics = GatewayMetrics(backend="prometheus")
    app = create_app(Gateway(config, FakeBackend(list(config.enabled_models())), metrics=metrics))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c, metrics


@pytest.mark.asyncio
async def test_request_path_records_usage_returned_to_clients(wired, caplog):
    client, metrics = wired
    secret = "zebra-orchid-7731"
    usage = {"prompt": 0, "completion": 0}
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        for body in ({"model": "auto"}, {"model": "qwen3-8b"}, {"model": "qwen3-0.6b", "stream": True,
                                                                  "stream_options": {"include_usage": True}}):
            r = await client.post("/v1/chat/completions", json={
                "messages": [{"role": "user", "content": f"say {secret}"}], "max_tokens": 8, **body})
            assert r.status_code == 200
            if body.get("stream"):
                chunks = [json.loads(x[6:]) for x in r.text.splitlines() if x.startswith("data: {")]
                u = [c["usage"] for c in chunks if c.get("usage")][-1]
            else:
                u = r.json()["usage"]
            usage["prompt"] += u["prompt_tokens"]
            usage["completion"] += u["completion_tokens"]

    def total(name: str) -> float:
        return sum(s.value for f in metrics.registry.collect() for s in f.samples if s.name == name)

    assert total("ray_qwen_gateway_requests_total") == 3
    assert total("ray_qwen_gateway_prompt_tokens_total") == usage["prompt"] > 0
    assert total("ray_qwen_gateway_completion_tokens_total") == usage["completion"] > 0
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]
    assert len(lines) == 3
    assert secret not in "".join(lines) and secret not in generate_latest(metrics.registry).decode()


@pytest.mark.asyncio
async def test_non_streamed_answers_get_a_ttft_from_the_engines_timing_and_clients_never_see_it():
    """The fake engine takes 20 ms per token; a non-streamed answer of 8 tokens arrives after ~160 ms,
    its first token after ~20 ms: TTFT is the arrival less the engine's first-to-last-token time."""
    config = load_config()
    metrics = GatewayMetrics(backend="prometheus")
    app = create_app(Gateway(config, FakeBackend(list(config.enabled_models()), token_delay_s=0.02), metrics=metrics))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        for endpoint, body in (("chat", {"messages": [{"role": "user", "content": "hi"}]}),
                               ("completions", {"prompt": "hi"})):
            r = await client.post(f"/v1/{'chat/completions' if endpoint == 'chat' else 'completions'}",
                                  json={"model": "qwen3-0.6b", "max_tokens": 8, **body})
            assert r.status_code == 200 and r.json()["metrics"] is None   # the engine's timing stays here

    def samples(name: str) -> list[float]:
        return [s.value for f in metrics.registry.collect() for s in f.samples if s.name == name]

    ttft_sum, e2e_sum = sum(samples(m.TTFT.exported + "_sum")), sum(samples(m.E2E.exported + "_sum"))
    assert sum(samples(m.TTFT.exported + "_count")) == 2 and sum(samples(m.TPOT.exported + "_count")) == 2
    assert 0 <= ttft_sum < e2e_sum - 2 * 0.1   # 7 inter-token gaps of 20 ms each are not in it
    assert sum(samples(m.TPOT.exported + "_sum")) == pytest.approx(2 * 0.02, rel=0.01)
