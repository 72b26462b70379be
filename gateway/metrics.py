"""Every gateway metric: names, labels and buckets live here and nowhere else.

Contract used by the request path (gateway/service.py): build one `RequestRecord` (gateway/record.py)
per request, successful or not, and pass it to `GatewayMetrics.record`, the request path's only
observability hook (it also writes the request's JSON log line, see `request_log`). Report the
in-flight count of a model with `set_in_flight(model, n)` whenever it changes.

Where the numbers go. Inside Ray (the Serve ingress replica, `ray.is_initialized()`) metrics are
recorded with `ray.util.metrics`: Ray's metrics agent exports them on the metrics export port next
to vLLM's `ray_vllm_*` and Ray Serve's `ray_serve_*` metrics, the port the local run serves on
`server.metrics_port` and the Helm chart's PodMonitor scrapes; a second exporter or port would need
its own scrape config, and with several ingress replicas per node it would collide. Outside Ray
(unit tests, in-process runs) the same metrics go to `prometheus_client` with a private
`CollectorRegistry` per `GatewayMetrics`, so tests read exact samples without starting Ray and
without global state. The adapter between the two is three methods (inc, observe, set).

Exported names are the same in both places: Ray prefixes every name with `ray_`, so the
prometheus_client backend adds that prefix itself; counters end in `_total`, histograms export
`_bucket`, `_sum` and `_count`. `MetricSpec.exported` is the name a query uses.

Things to know about Ray's export (checked in Ray 2.60's source and on this machine):
- the agent exports every few seconds, so a sample shows up on the port 5 to 10 s after `record`;
- every series also carries Ray's own labels (WorkerId, NodeAddress, SessionName, Component,
  Version), so queries always aggregate (`sum by (model) (...)`);
- a Ray histogram's `_sum` is rebuilt from bucket midpoints: use buckets and quantiles for latency,
  counters for anything that must add up exactly (tokens, cost, budgets);
- a counter cannot be incremented by 0, so a series appears only once it is non-zero; dashboard and
  alert queries use `or ... * 0` where a missing numerator means zero.

Labels are low-cardinality by construction: model (from config, or "none"), routing policy (from the
registry, or "pinned"), thinking ("true"/"false"), status class ("2xx"/"4xx"/"5xx"), tenant (from
config, "none" without API keys), endpoint and router task (fixed sets). Never prompt text, never a
client-chosen string; a value outside `[A-Za-z0-9_.:-]{1,64}` (gateway/labels.py) is recorded as "other".
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .labels import label_value
from .record import RequestRecord
from .request_log import log_request

log = logging.getLogger("qwen_gateway.metrics")

RAY_PREFIX = "ray_"
NAMESPACE = "qwen_gateway"


# --- the catalogue of metrics ------------------------------------------------------------------

Kind = Literal["counter", "histogram", "gauge"]

# LLM latencies: tens of milliseconds (a cached short answer) to minutes (a long thinking trace).
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0,
                   7.5, 10.0, 15.0, 20.0, 30.0, 45.0, 60.0, 90.0, 120.0, 180.0, 300.0, 600.0)
# Time per output token: about 1 ms (small model, large batch) to a second (overloaded).
TPOT_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15,
                0.2, 0.3, 0.5, 0.75, 1.0, 2.5)
# Time in the gateway before the model is called: sub-millisecond normally, seconds when saturated.
QUEUE_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                 10.0, 30.0, 60.0)
# Routing decisions are pure code over a snapshot: microseconds to a few milliseconds.
DECISION_BUCKETS = (1e-6, 2.5e-6, 5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3,
                    1e-2, 2.5e-2, 5e-2, 0.1)
# Thinking budgets in tokens: the effort levels (1024/4096/16384) and max_budget (32768) are edges.
BUDGET_BUCKETS = (16, 64, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)
# Reasoning tokens used / budget granted. Above 1: the forced end text counts as reasoning.
UTILIZATION_BUCKETS = (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0, 1.1, 1.5)

REQUEST_LABELS = ("model", "policy", "thinking", "status_class", "tenant")
# The requests counter's `endpoint` label: the API the client called, by its path (`/v1/responses` is
# served by the chat path but counted as "responses"; `/v1/route` is counted only when refused);
# "other" for a 500 on any other path.
PATH_ENDPOINTS = {"/v1/chat/completions": "chat", "/v1/completions": "completions",
                  "/v1/responses": "responses", "/v1/route": "route"}
ENDPOINTS = (*PATH_ENDPOINTS.values(), "other")


def endpoint_of(path: str) -> str:
    """The `endpoint` label of a request to `path`."""
    return PATH_ENDPOINTS.get(path, "other")


@dataclass(frozen=True)
class MetricSpec:
    name: str                      # without Ray's `ray_` prefix and without `_total`
    kind: Kind
    help: str
    labels: tuple[str, ...] = REQUEST_LABELS
    buckets: tuple[float, ...] = ()

    @property
    def exported(self) -> str:
        """The name Prometheus sees (the base of `_bucket`/`_sum`/`_count` for a histogram)."""
        return RAY_PREFIX + self.name + ("_total" if self.kind == "counter" else "")


def _m(name: str, kind: Kind, help: str, labels: tuple[str, ...] = REQUEST_LABELS,
       buckets: tuple[float, ...] = ()) -> MetricSpec:
    return MetricSpec(f"{NAMESPACE}_{name}", kind, help, labels, buckets)


REQUESTS = _m("requests", "counter", "Requests answered, successful or not.",
              REQUEST_LABELS + ("endpoint", "task"))
PROMPT_TOKENS = _m("prompt_tokens", "counter", "Prompt tokens, from the engine's usage.")
COMPLETION_TOKENS = _m("completion_tokens", "counter", "Completion tokens including reasoning tokens.")
REASONING_TOKENS = _m("reasoning_tokens", "counter", "Reasoning (thinking) tokens.")
TTFT = _m("time_to_first_token_seconds", "histogram",
          "Gateway receipt to the first content, reasoning or tool-call token, streamed or not (non-streamed: the "
          "answer's arrival less the engine's first-to-last-token time).", buckets=LATENCY_BUCKETS)
TPOT = _m("time_per_output_token_seconds", "histogram",
          "Mean time between output tokens after the first, streamed or not.", buckets=TPOT_BUCKETS)
E2E = _m("e2e_request_latency_seconds", "histogram", "Gateway receipt to the last byte.",
         buckets=LATENCY_BUCKETS)
QUEUE = _m("queue_time_seconds", "histogram", "Time in the gateway before the model was called.",
           buckets=QUEUE_BUCKETS)
DECISION = _m("routing_decision_seconds", "histogram", "Routing decision latency.", buckets=DECISION_BUCKETS)
BUDGET = _m("thinking_budget_tokens", "histogram", "Thinking budget granted per request (requests with a budget).",
            buckets=BUDGET_BUCKETS)
BUDGET_GRANTED = _m("thinking_budget_granted_tokens", "counter", "Sum of thinking budgets granted.")
BUDGET_USED = _m("thinking_budget_used_tokens", "counter",
                 "Reasoning tokens of requests that had a thinking budget (compare with granted).")
BUDGET_UTILIZATION = _m("thinking_budget_utilization_ratio", "histogram",
                        "Reasoning tokens / budget granted, per request with a budget.", buckets=UTILIZATION_BUCKETS)
COST = _m("cost_usd", "counter", "Cost in USD at the catalogue's prices.")
REROUTES = _m("reroutes", "counter", "Requests the router moved off its first choice.")
FALLBACKS = _m("fallbacks", "counter", "Requests served by a fallback model after an error.")
IN_FLIGHT = _m("requests_in_flight", "gauge", "Requests in flight in this gateway replica.", ("model",))
TENANT_BUDGET = _m("tenant_budget_usd", "gauge", "Daily budget per tenant in USD.", ("tenant",))
LEDGER_FAIL_OPEN = _m("tenant_ledger_fail_open", "counter",
                      "Requests admitted unchecked because the shared tenant ledger did not answer.", ())
# Set by the engine_signals autoscaling policy in Serve's controller (deployments/autoscaling.py), not by
# the request path: what each signal asks for; Serve acts on the largest, within its bounds and delays.
AUTOSCALING_WANTED = _m("autoscaling_wanted_replicas", "gauge",
                        "Replicas each engine_signals input asks for (0: no fresh sample or not set).", ("model", "signal"))

# External members (gateway/external/): their circuit breaker, set by the external backend.
EXTERNAL_UP = _m("external_member_up", "gauge",
                 "1 while an external member is healthy, 0 while its circuit breaker keeps it out of routing.", ("model",))
EXTERNAL_FAILURES = _m("external_member_failures", "counter",
                       "Failures of an external member, by kind (unreachable, timeout, bad_status, non_json, "
                       "broken_stream, rate_limited).", ("model", "kind"))

METRICS: tuple[MetricSpec, ...] = (
    REQUESTS, PROMPT_TOKENS, COMPLETION_TOKENS, REASONING_TOKENS, TTFT, TPOT, E2E, QUEUE, DECISION,
    BUDGET, BUDGET_GRANTED, BUDGET_USED, BUDGET_UTILIZATION, COST, REROUTES, FALLBACKS, IN_FLIGHT, TENANT_BUDGET,
    LEDGER_FAIL_OPEN, AUTOSCALING_WANTED, EXTERNAL_UP, EXTERNAL_FAILURES,
)


# --- series others export, which the gateway queries ----------------------------------------------
# vLLM's engine metrics and Ray Serve's, as they leave Ray's metrics port (names as Prometheus sees
# them). The dashboards and alerts (gateway/dashboards.py) and the engine_signals autoscaling rule
# (gateway/autoscaling.py) spell them only through these constants; a test checks that every series a
# query names is a gateway metric or one of these.

VLLM_WAITING = "ray_vllm_num_requests_waiting"
VLLM_RUNNING = "ray_vllm_num_requests_running"
VLLM_KV_CACHE_USAGE = "ray_vllm_kv_cache_usage_perc"
VLLM_TTFT_BUCKET = "ray_vllm_time_to_first_token_seconds_bucket"
VLLM_GENERATION_TOKENS = "ray_vllm_generation_tokens_total"
SERVE_REPLICA_HEALTHY = "ray_serve_deployment_replica_healthy"

EXTERNAL = {
    VLLM_WAITING: "vLLM: requests waiting for a batch slot (labels model_name, engine)",
    VLLM_RUNNING: "vLLM: requests in the running batch",
    VLLM_KV_CACHE_USAGE: "vLLM: KV cache use, 0 to 1",
    VLLM_TTFT_BUCKET: "vLLM: engine-side TTFT histogram",
    VLLM_GENERATION_TOKENS: "vLLM: generated tokens",
    SERVE_REPLICA_HEALTHY: "Ray Serve: healthy replicas per deployment (labels deployment, application)",
}


def status_class(status: int) -> str:
    return f"{status // 100}xx" if 100 <= status < 600 else "5xx"


# --- backends ------------------------------------------------------------------------------------


class Instrument(Protocol):
    def inc(self, value: float, tags: dict[str, str]) -> None: ...
    def observe(self, value: float, tags: dict[str, str]) -> None: ...
    def set(self, value: float, tags: dict[str, str]) -> None: ...


class _RayInstrument:
    def __init__(self, spec: MetricSpec) -> None:
        from ray.util import metrics as rm

        if spec.kind == "counter":
            self._m: Any = rm.Counter(spec.name, spec.help, tag_keys=spec.labels)
        elif spec.kind == "histogram":
            self._m = rm.Histogram(spec.name, spec.help, boundaries=list(spec.buckets), tag_keys=spec.labels)
        else:
            self._m = rm.Gauge(spec.name, spec.help, tag_keys=spec.labels)

    def inc(self, value: float, tags: dict[str, str]) -> None:
        self._m.inc(value, tags=tags)

    def observe(self, value: float, tags: dict[str, str]) -> None:
        self._m.observe(value, tags=tags)

    def set(self, value: float, tags: dict[str, str]) -> None:
        self._m.set(value, tags=tags)


class _PromInstrument:
    def __init__(self, spec: MetricSpec, registry: Any) -> None:
        import prometheus_client as pc

        name = RAY_PREFIX + spec.name  # the same exported names as Ray's
        if spec.kind == "counter":
            self._m: Any = pc.Counter(name, spec.help, spec.labels, registry=registry)
        elif spec.kind == "histogram":
            self._m = pc.Histogram(name, spec.help, spec.labels, registry=registry, buckets=spec.buckets)
        else:
            self._m = pc.Gauge(name, spec.help, spec.labels, registry=registry)

    def _child(self, tags: dict[str, str]) -> Any:
        return self._m.labels(**tags) if tags else self._m   # a metric without labels has no children

    def inc(self, value: float, tags: dict[str, str]) -> None:
        self._child(tags).inc(value)

    def observe(self, value: float, tags: dict[str, str]) -> None:
        self._child(tags).observe(value)

    def set(self, value: float, tags: dict[str, str]) -> None:
        self._child(tags).set(value)


def ray_instrument(spec: MetricSpec) -> Instrument:
    """One metric recorded through Ray's exporter, for Ray processes outside the request path."""
    return _RayInstrument(spec)


def ray_running() -> bool:
    """True inside a Ray worker or driver; never imports Ray itself (the gateway core stays light)."""
    ray = sys.modules.get("ray")
    try:
        return bool(ray is not None and ray.is_initialized())
    except Exception:
        return False


# --- the recorder --------------------------------------------------------------------------------


class GatewayMetrics:
    """Records `RequestRecord`s as metrics and log lines. Never raises into the request path.

    `backend`: "ray", "prometheus" or None (Ray when it is running, else prometheus). With the
    prometheus backend, `registry` is the private `CollectorRegistry` (given or fresh).
    """

    def __init__(self, backend: Literal["ray", "prometheus"] | None = None, *, registry: Any = None,
                 request_log: bool = True) -> None:
        self.backend = backend or ("ray" if ray_running() else "prometheus")
        self.registry = None
        if self.backend == "prometheus":
            import prometheus_client as pc

            self.registry = registry if registry is not None else pc.CollectorRegistry(auto_describe=True)
            self._i = {s.name: _PromInstrument(s, self.registry) for s in METRICS}
        elif self.backend == "ray":
            self._i = {s.name: _RayInstrument(s) for s in METRICS}
        else:
            raise ValueError(f"unknown metrics backend {backend!r}; use 'ray' or 'prometheus'")
        self.request_log = request_log
        self._failed_once = False

    def _inst(self, spec: MetricSpec) -> Instrument:
        return self._i[spec.name]

    # --- request path ---

    def record(self, rec: RequestRecord) -> None:
        try:
            self._record(rec)
        except Exception:  # a metrics bug must never fail a request; say so once
            if not self._failed_once:
                self._failed_once = True
                log.exception("recording metrics failed (request %s); further failures are silent", rec.request_id)
        if self.request_log:
            log_request(rec)

    def _record(self, rec: RequestRecord) -> None:
        tags = {
            "model": label_value(rec.model),
            "policy": label_value(rec.policy),
            "thinking": label_value(bool(rec.thinking)),
            "status_class": status_class(rec.status),
            "tenant": label_value(rec.tenant),
        }
        self._inst(REQUESTS).inc(1, {**tags, "endpoint": label_value(rec.endpoint), "task": label_value(rec.task)})
        for spec, n in ((PROMPT_TOKENS, rec.prompt_tokens), (COMPLETION_TOKENS, rec.completion_tokens),
                        (REASONING_TOKENS, rec.reasoning_tokens), (COST, rec.cost_usd)):
            if n and n > 0:  # Ray counters refuse 0
                self._inst(spec).inc(float(n), tags)
        self._inst(E2E).observe(max(rec.e2e_s, 0.0), tags)
        if rec.ttft_s is not None and rec.ttft_s >= 0:
            self._inst(TTFT).observe(rec.ttft_s, tags)
        if rec.tpot_s is not None and rec.tpot_s > 0:  # 0 means no separate token times were seen
            self._inst(TPOT).observe(rec.tpot_s, tags)
        if rec.model != "none":  # requests that never reached a model were neither queued nor routed
            self._inst(QUEUE).observe(max(rec.queue_s, 0.0), tags)
            self._inst(DECISION).observe(max(rec.decision_s, 0.0), tags)
        if rec.thinking and rec.budget_granted and rec.budget_granted > 0:
            self._inst(BUDGET).observe(rec.budget_granted, tags)
            self._inst(BUDGET_GRANTED).inc(float(rec.budget_granted), tags)
            if rec.reasoning_tokens > 0:
                self._inst(BUDGET_USED).inc(float(rec.reasoning_tokens), tags)
            if 200 <= rec.status < 300:
                self._inst(BUDGET_UTILIZATION).observe(rec.reasoning_tokens / rec.budget_granted, tags)
        if rec.rerouted:
            self._inst(REROUTES).inc(1, tags)
        if rec.fallback:
            self._inst(FALLBACKS).inc(1, tags)

    def set_in_flight(self, model: str, count: int) -> None:
        """The number of requests in flight to `model` in this gateway replica, after a change."""
        try:
            self._inst(IN_FLIGHT).set(float(max(count, 0)), {"model": label_value(model)})
        except Exception:
            log.debug("in-flight gauge failed", exc_info=True)

    def set_tenant_budget(self, tenant: str, usd: float) -> None:
        """A tenant's daily budget in USD, for the budget-exhaustion alert (set it at start-up)."""
        self._inst(TENANT_BUDGET).set(float(usd), {"tenant": label_value(tenant)})

    def count_ledger_fail_open(self) -> None:
        """One request admitted without its tenant's limits checked (the shared ledger was down)."""
        try:
            self._inst(LEDGER_FAIL_OPEN).inc(1, {})
        except Exception:
            log.debug("ledger fail-open counter failed", exc_info=True)

    def external_health(self, model: str, healthy: bool, kind: str = "") -> None:
        """An external member's outcome: its up gauge, and one failure of `kind` when it failed."""
        try:
            self._inst(EXTERNAL_UP).set(1.0 if healthy else 0.0, {"model": label_value(model)})
            if not healthy:
                self._inst(EXTERNAL_FAILURES).inc(1, {"model": label_value(model), "kind": label_value(kind or "other")})
        except Exception:
            log.debug("external member metrics failed", exc_info=True)
