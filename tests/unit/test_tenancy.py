"""API keys, tenant limits and graceful degradation: pure Tenancy with a fake clock, then the app."""

import logging
from datetime import datetime, timezone

import httpx
import pytest
from prometheus_client import generate_latest

from gateway.api.app import create_app
from gateway.config import ConfigError, load_config, parse_config
from gateway.fake_backend import FakeBackend
from gateway.metrics import GatewayMetrics
from gateway.service import Gateway
from gateway.tenancy import (
    API_KEYS_ENV, Tenancy, hash_key, parse_env_keys, startup_notice,
)

KEY_A, KEY_B = "sk-team-a-0123456789", "sk-team-b-9876543210"
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc).timestamp()


class Clock:
    def __init__(self, t: float = NOON) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def admission(**tenants):
    cfg = load_config()
    raw = cfg.model_dump(mode="json")
    raw["admission"] = {"api_keys": [{"tenant": "team-a", "sha256": hash_key(KEY_A)}],
                        "tenants": tenants}
    return parse_config(raw)


# --- keys ----------------------------------------------------------------------------------------


def test_env_keys_format_and_errors_never_echo_the_entry():
    env = f" team-a:{hash_key(KEY_A)} ,, team-b:{hash_key(KEY_B).upper()}"
    assert parse_env_keys(env) == {hash_key(KEY_A): "team-a", hash_key(KEY_B): "team-b"}
    assert parse_env_keys("") == {}
    for bad in (KEY_A, f"team-a:{KEY_A}", f"bad tenant:{hash_key(KEY_A)}", f":{hash_key(KEY_A)}"):
        with pytest.raises(ConfigError) as exc:
            parse_env_keys(f"team-a:{hash_key(KEY_B)},{bad}")
        assert "entry 2" in str(exc.value) and KEY_A not in str(exc.value)


def test_config_errors_name_the_key():
    raw = load_config().model_dump(mode="json")
    for admission_, where in (
        ({"api_keys": [{"tenant": "a", "sha256": "not-a-digest"}]}, "admission.api_keys.0.sha256"),
        ({"api_keys": [{"tenant": "a", "sha256": hash_key("k"), "key": "k"}]}, "admission.api_keys.0.key"),
        ({"tenants": {"a": {"requests_per_minute": 0}}}, "admission.tenants.a.requests_per_minute"),
        ({"tenants": {"a": {"rpm": 5}}}, "admission.tenants.a.rpm"),
        ({"tenants": {"has space": {}}}, "admission.tenants"),
        ({"overload": {"max_in_flight": -1}}, "admission.overload.max_in_flight"),
    ):
        with pytest.raises(ConfigError) as exc:
            parse_config({**raw, "admission": admission_})
        assert where in str(exc.value), str(exc.value)
    assert load_config().admission.api_keys == []  # the shipped config is open


def test_authenticate():
    open_ = Tenancy(load_config().admission, env={})
    assert open_.open and open_.authenticate(None) == "none"
    t = Tenancy(admission().admission, env={API_KEYS_ENV: f"team-b:{hash_key(KEY_B)}"})
    assert not t.open and t.tenants == ["team-a", "team-b"]
    assert t.authenticate(f"Bearer {KEY_A}") == "team-a"
    assert t.authenticate(f"bearer  {KEY_B} ") == "team-b"
    for header in (None, "", "Bearer", f"Basic {KEY_A}", "Bearer sk-wrong", KEY_A):
        with pytest.raises(Exception) as exc:
            t.authenticate(header)
        err = exc.value
        assert err.status == 401 and err.code == "invalid_api_key" and err.headers["www-authenticate"] == "Bearer"
        assert KEY_A not in err.message and "sk-wrong" not in err.message


def test_startup_notice_says_open():
    cfg = load_config()
    assert "OPEN" in startup_notice(cfg, env={})
    assert startup_notice(cfg, env={API_KEYS_ENV: f"t:{hash_key(KEY_A)}"}) is None
    assert startup_notice(admission(), env={}) is None
    with pytest.raises(ConfigError):
        startup_notice(cfg, env={API_KEYS_ENV: "team-a:not-a-digest"})


# --- limits --------------------------------------------------------------------------------------


async def test_requests_per_minute_sliding_window():
    clock = Clock()
    t = Tenancy(admission(**{"team-a": {"requests_per_minute": 2}}).admission, env={}, clock=clock)
    (await t.admit("team-a")).close()
    clock.t += 10
    (await t.admit("team-a")).close()
    with pytest.raises(Exception) as exc:
        await t.admit("team-a")
    err = exc.value
    assert err.status == 429 and err.code == "rate_limit_exceeded" and err.type == "requests"
    assert err.headers["retry-after"] == "50"
    (await t.admit("other")).close()  # tenants are independent (default limits: none)
    clock.t += 50.5
    (await t.admit("team-a")).close()


async def test_tokens_per_minute_counts_finished_requests():
    clock = Clock()
    t = Tenancy(admission(**{"team-a": {"tokens_per_minute": 100}}).admission, env={}, clock=clock)
    (await t.admit("team-a")).close(tokens=60)
    clock.t += 20
    lease = await t.admit("team-a")
    lease.close(tokens=60)
    lease.close(tokens=1000)  # closing twice counts once
    assert (await t.usage("team-a"))["tokens_last_minute"] == 120
    with pytest.raises(Exception) as exc:
        await t.admit("team-a")
    assert exc.value.type == "tokens" and exc.value.headers["retry-after"] == "40"
    clock.t += 40
    (await t.admit("team-a")).close()


async def test_concurrency_limit_releases_on_close():
    t = Tenancy(admission(**{"team-a": {"max_concurrent": 2}}).admission, env={}, clock=Clock())
    a, b = await t.admit("team-a"), await t.admit("team-a")
    with pytest.raises(Exception) as exc:
        await t.admit("team-a")
    assert exc.value.status == 429 and exc.value.headers["retry-after"] == "1"
    a.close()
    await t.admit("team-a")
    b.close()


async def test_daily_budget_degrades_then_refuses_until_utc_midnight():
    clock = Clock()
    t = Tenancy(admission(**{"team-a": {"daily_budget_usd": 1.0, "degrade_at": 0.8,
                                        "degraded_max_budget": 256}}).admission, env={}, clock=clock)
    lease = await t.admit("team-a")
    assert not lease.degraded and lease.allowance.forced_mode is None and lease.allowance.max_budget is None
    lease.close(cost_usd=0.85)
    lease = await t.admit("team-a")
    assert lease.degraded and lease.allowance.forced_mode == "economy" and lease.allowance.max_budget == 256
    assert lease.headers["x-tenant-degraded"] == "true"
    lease.close(cost_usd=0.2)
    with pytest.raises(Exception) as exc:
        await t.admit("team-a")
    err = exc.value
    assert err.status == 429 and err.code == "insufficient_quota" and err.type == "insufficient_quota"
    assert err.headers["retry-after"] == str(12 * 3600)
    clock.t += 12 * 3600  # 00:00 UTC: a new day, a new budget
    assert not (await t.admit("team-a")).degraded


# --- through the app -----------------------------------------------------------------------------


@pytest.fixture
async def make_client():
    clients = []

    async def make(config, tenancy, backend=None, metrics=None):
        backend = backend or FakeBackend(list(config.enabled_models()))
        gw = Gateway(config, backend, metrics=metrics or GatewayMetrics(backend="prometheus"))
        app = create_app(gw, tenancy=tenancy)
        c = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw")
        clients.append(c)
        return c, backend, gw

    yield make
    for c in clients:
        await c.aclose()


def body(**extra):
    return {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 8, **extra}


async def test_app_requires_a_key_when_keys_are_configured(make_client, caplog):
    cfg = admission()
    metrics = GatewayMetrics(backend="prometheus")
    c, _, _ = await make_client(cfg, Tenancy(cfg.admission, env={}), metrics=metrics)
    with caplog.at_level(logging.DEBUG):
        for path, method in (("/v1/chat/completions", "post"), ("/v1/completions", "post"),
                             ("/v1/models", "get"), ("/v1/route", "post")):
            r = await getattr(c, method)(path, **({"json": body()} if method == "post" else {}))
            assert r.status_code == 401, path
            assert r.json()["error"]["code"] == "invalid_api_key" and r.headers["www-authenticate"] == "Bearer"
        r = await c.post("/v1/chat/completions", json=body(), headers={"authorization": "Bearer sk-not-a-key"})
        assert r.status_code == 401 and "sk-not-a-key" not in r.text
        assert (await c.get("/health")).status_code == 200  # probes stay open
        assert (await c.get("/health/ready")).status_code == 200
        r = await c.post("/v1/chat/completions", json=body(), headers={"authorization": f"Bearer {KEY_A}"})
        assert r.status_code == 200
    logged = "\n".join(rec.getMessage() for rec in caplog.records)
    assert '"tenant":"team-a"' in logged
    exposition = generate_latest(metrics.registry).decode()
    assert 'tenant="team-a"' in exposition
    for secret in (KEY_A, hash_key(KEY_A), "sk-not-a-key"):
        assert secret not in logged and secret not in exposition


async def test_app_429_paths_and_lease_release(make_client):
    cfg = admission(**{"team-a": {"requests_per_minute": 3, "max_concurrent": 1}})
    clock = Clock()
    tenancy = Tenancy(cfg.admission, env={}, clock=clock)
    c, _, gw = await make_client(cfg, tenancy)
    auth = {"authorization": f"Bearer {KEY_A}"}
    r = await c.post("/v1/chat/completions", json=body(stream=True), headers=auth)
    assert r.status_code == 200 and r.text.rstrip().endswith("[DONE]")
    assert (await tenancy.usage("team-a"))["in_flight"] == 0  # the stream's lease closed with the stream
    r = await c.post("/v1/chat/completions", json=body(model="nope"), headers=auth)
    assert r.status_code == 404 and (await tenancy.usage("team-a"))["in_flight"] == 0  # a failed plan closes it too
    assert (await tenancy.usage("team-a"))["tokens_last_minute"] == 18  # the fake's usage: 10 prompt + 8 completion
    assert (await c.post("/v1/completions", json={"prompt": "x", "max_tokens": 2}, headers=auth)).status_code == 200
    r = await c.post("/v1/chat/completions", json=body(), headers=auth)
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limit_exceeded"
    assert int(r.headers["retry-after"]) >= 1 and set(r.json()["error"]) == {"message", "type", "param", "code"}
    assert sum(gw.in_flight.values()) == 0


async def test_app_degrades_near_budget_then_refuses(make_client):
    cfg = admission(**{"team-a": {"daily_budget_usd": 0.001, "degrade_at": 0.5, "degraded_max_budget": 3}})
    tenancy = Tenancy(cfg.admission, env={}, clock=Clock())
    c, backend, _ = await make_client(cfg, tenancy)
    auth = {"authorization": f"Bearer {KEY_A}"}
    hard = body(messages=[{"role": "user", "content": "Prove that there are infinitely many primes."}],
                thinking_token_budget=500)
    r = await c.post("/v1/chat/completions", json=hard, headers=auth)
    assert r.status_code == 200 and "x-tenant-degraded" not in r.headers
    (await tenancy.admit("team-a")).close(cost_usd=0.0006)  # spend past degrade_at
    r = await c.post("/v1/chat/completions", json=hard, headers=auth)
    assert r.status_code == 200 and "x-tenant-degraded" in r.headers
    sent = backend.calls[-1][2]
    assert sent.get("thinking_token_budget", 0) <= 3 and r.headers["x-route-thinking-budget"] in ("3", "off")
    pinned = body(model="qwen3-8b", thinking_token_budget=500)    # pinned: the budget is capped too
    r = await c.post("/v1/chat/completions", json=pinned, headers=auth)
    assert r.headers["x-route-thinking-budget"] == "3" and backend.calls[-1][2]["thinking_token_budget"] == 3
    (await tenancy.admit("team-a")).close(cost_usd=0.001)
    r = await c.post("/v1/chat/completions", json=body(), headers=auth)
    assert r.status_code == 429 and r.json()["error"]["code"] == "insufficient_quota"


async def test_tenant_mode_largest_model_and_budget_shape_auto_decisions(make_client):
    cfg = admission(**{"team-a": {"mode": "quality", "max_model": "qwen3-8b", "max_budget": 0}})
    c, backend, _ = await make_client(cfg, Tenancy(cfg.admission, env={}, clock=Clock()))
    auth = {"authorization": f"Bearer {KEY_A}"}
    hard = body(messages=[{"role": "user", "content": "Prove that there are infinitely many primes of the form 4k+3."}])
    d = (await c.post("/v1/route", json=hard, headers=auth)).json()
    assert "quality" in d["reason"]                       # the tenant's mode ...
    assert d["model"] != "qwen3-30b-a3b"                  # ... under its largest model
    assert d["thinking"] is False                         # max_budget 0: no thinking
    r = await c.post("/v1/chat/completions", json=hard, headers=auth)
    assert r.headers["x-route-model"] == d["model"] and r.headers["x-route-thinking-budget"] == "off"
    eco = await c.post("/v1/route", json=hard, headers={**auth, "x-route-mode": "economy"})
    assert "economy" in eco.json()["reason"]              # a request still chooses its own mode


def test_unknown_tenant_max_model_is_a_config_error():
    with pytest.raises(ConfigError, match=r"admission.tenants.team-a.max_model: 'qwen3-7b' is not in the catalogue"):
        admission(**{"team-a": {"max_model": "qwen3-7b"}})


# --- OpenAI's x-ratelimit-* headers --------------------------------------------------------------


def test_duration_format_is_openais():
    from gateway.ledger import duration

    assert [duration(x) for x in (0, 0.12, 1, 12.34, 59.9, 60, 360, 61.6)] == \
        ["0ms", "120ms", "1s", "12.3s", "59.9s", "1m0s", "6m0s", "1m2s"]


async def test_rate_limit_headers_on_answers_and_refusals(make_client):
    cfg = admission(**{"team-a": {"requests_per_minute": 2, "tokens_per_minute": 1000}})
    clock = Clock()
    c, _, _ = await make_client(cfg, Tenancy(cfg.admission, env={}, clock=clock))
    auth = {"authorization": f"Bearer {KEY_A}"}
    r = await c.post("/v1/chat/completions", json=body(), headers=auth)
    assert r.status_code == 200
    assert (r.headers["x-ratelimit-limit-requests"], r.headers["x-ratelimit-remaining-requests"],
            r.headers["x-ratelimit-reset-requests"]) == ("2", "1", "1m0s")
    assert (r.headers["x-ratelimit-limit-tokens"], r.headers["x-ratelimit-remaining-tokens"],
            r.headers["x-ratelimit-reset-tokens"]) == ("1000", "1000", "0ms")  # tokens count once a request ends
    clock.t += 15
    r = await c.post("/v1/chat/completions", json=body(stream=True), headers=auth)
    assert r.status_code == 200 and r.headers["x-ratelimit-remaining-requests"] == "0"
    assert r.headers["x-ratelimit-remaining-tokens"] == "982"   # the first answer's 18 tokens
    assert r.headers["x-ratelimit-reset-requests"] == "1m0s"
    r = await c.post("/v1/chat/completions", json=body(), headers=auth)
    assert r.status_code == 429 and r.headers["retry-after"] == "45"
    assert r.headers["x-ratelimit-remaining-requests"] == "0" and r.headers["x-ratelimit-limit-tokens"] == "1000"
    r = await c.post("/v1/chat/completions", json=body(), headers={"authorization": f"Bearer {KEY_B}"})
    assert r.status_code == 401 and "x-ratelimit-limit-requests" not in r.headers


async def test_no_rate_limit_headers_without_per_minute_limits(make_client):
    cfg = admission(**{"team-a": {"max_concurrent": 4}})
    c, _, _ = await make_client(cfg, Tenancy(cfg.admission, env={}, clock=Clock()))
    r = await c.post("/v1/chat/completions", json=body(), headers={"authorization": f"Bearer {KEY_A}"})
    assert r.status_code == 200 and not any(h.startswith("x-ratelimit-") for h in r.headers)


async def test_route_requests_are_admitted_and_counted_like_any_request(make_client):
    """`/v1/route` spends the tenant's request allowance and holds no slot; it cannot probe past a limit."""
    cfg = admission(**{"team-a": {"requests_per_minute": 2, "max_concurrent": 1}})
    tenancy = Tenancy(cfg.admission, env={}, clock=Clock())
    c, _, _ = await make_client(cfg, tenancy)
    auth = {"authorization": f"Bearer {KEY_A}"}
    for _ in range(2):
        r = await c.post("/v1/route", json=body(), headers=auth)
        assert r.status_code == 200 and r.headers["x-ratelimit-limit-requests"] == "2"
        assert (await tenancy.usage("team-a"))["in_flight"] == 0
    r = await c.post("/v1/route", json=body(), headers=auth)
    assert r.status_code == 429
    assert (await c.post("/v1/chat/completions", json=body(), headers=auth)).status_code == 429


# --- safe to expose: what a hostile tenant or client must not get ---------------------------------


async def test_pinning_respects_the_tenants_largest_model_and_forced_mode(make_client):
    cfg = admission(**{"team-a": {"max_model": "qwen3-0.6b", "daily_budget_usd": 1.0, "degrade_at": 0.5}})
    tenancy = Tenancy(cfg.admission, env={}, clock=Clock())
    c, backend, _ = await make_client(cfg, tenancy)
    auth = {"authorization": f"Bearer {KEY_A}"}
    r = await c.post("/v1/chat/completions", json=body(model="qwen3-30b-a3b"), headers=auth)
    assert r.status_code == 403 and r.json()["error"]["code"] == "model_not_allowed"
    assert r.json()["error"]["param"] == "model" and "qwen3-0.6b" in r.json()["error"]["message"]
    assert not backend.calls   # nothing woke, nothing ran
    assert (await c.post("/v1/chat/completions", json=body(model="qwen3-0.6b"), headers=auth)).status_code == 200


async def test_a_degraded_tenant_pinning_a_model_is_routed_in_its_forced_mode(make_client):
    cfg = admission(**{"team-a": {"daily_budget_usd": 1.0, "degrade_at": 0.5}})
    tenancy = Tenancy(cfg.admission, env={}, clock=Clock())
    c, _, _ = await make_client(cfg, tenancy)
    auth = {"authorization": f"Bearer {KEY_A}"}
    (await tenancy.admit("team-a")).close(cost_usd=0.6)          # past degrade_at: economy from now on
    r = await c.post("/v1/chat/completions", json=body(model="qwen3-30b-a3b"), headers=auth)
    assert r.status_code == 200 and r.headers["x-tenant-degraded"] == "true"
    assert r.headers["x-route-policy"] != "pinned" and "economy" in r.headers["x-route-reason"]
    assert r.headers["x-route-model"] == "qwen3-0.6b"             # a greeting needs no large model


async def test_admission_runs_before_the_body_is_read(make_client, monkeypatch):
    """A refused tenant costs nothing: a huge body of tiny messages is answered 429 without parsing it."""
    from gateway.api.protocol import WireTypes

    cfg = admission(**{"team-a": {"requests_per_minute": 1}})
    c, _, _ = await make_client(cfg, Tenancy(cfg.admission, env={}, clock=Clock()))
    auth = {"authorization": f"Bearer {KEY_A}"}
    assert (await c.post("/v1/chat/completions", json=body(), headers=auth)).status_code == 200
    parsed, original = [], WireTypes.parse
    monkeypatch.setattr(WireTypes, "parse", lambda self, e, d: parsed.append(e) or original(self, e, d))
    flood = {"messages": [{"role": "user", "content": "x"}] * 50_000}
    r = await c.post("/v1/chat/completions", json=flood, headers=auth)
    assert r.status_code == 429 and parsed == []


async def test_requests_too_big_to_be_cheap_are_refused_before_tokenizing(make_client):
    cfg = admission()
    c, backend, _ = await make_client(cfg, Tenancy(cfg.admission, env={}))
    auth = {"authorization": f"Bearer {KEY_A}"}
    limits = cfg.admission.request_limits
    r = await c.post("/v1/chat/completions", headers=auth,
                     json={"messages": [{"role": "user", "content": "x"}] * (limits.max_messages + 1)})
    assert r.status_code == 400 and r.json()["error"]["param"] == "messages"
    r = await c.post("/v1/chat/completions", headers=auth,
                     json={"messages": [{"role": "user", "content": "word " * 400_000}]})
    assert r.status_code == 400 and r.json()["error"]["code"] == "context_length_exceeded"
    r = await c.post("/v1/completions", headers=auth, json={"prompt": ["a"] * 64, "n": 4, "max_tokens": 2})
    assert r.status_code == 400 and r.json()["error"]["param"] == "n"
    assert not backend.calls


async def test_tenants_get_a_default_and_a_largest_max_tokens(make_client):
    cfg = admission(**{"team-a": {"default_max_tokens": 64, "max_output_tokens": 256}})
    c, backend, _ = await make_client(cfg, Tenancy(cfg.admission, env={}))
    auth = {"authorization": f"Bearer {KEY_A}"}
    r = await c.post("/v1/chat/completions", headers=auth, json={"messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 200 and backend.calls[-1][2]["max_tokens"] == 64
    r = await c.post("/v1/chat/completions", headers=auth, json=body(max_tokens=1000))
    assert r.status_code == 400 and r.json()["error"]["param"] == "max_tokens" and "256" in r.json()["error"]["message"]
    r = await c.post("/v1/completions", headers=auth, json={"prompt": "x"})
    assert r.status_code == 200 and backend.calls[-1][2]["max_tokens"] == 64


async def test_readiness_details_only_for_authenticated_callers(make_client):
    cfg = admission()
    c, _, _ = await make_client(cfg, Tenancy(cfg.admission, env={}))
    r = await c.get("/health/ready")
    assert r.status_code == 200 and r.json() == {"ready": True}
    r = await c.get("/health/ready", headers={"authorization": f"Bearer {KEY_A}"})
    assert set(r.json()["models"]) == set(cfg.enabled_models())
    assert (await c.get("/health")).status_code == 200


def test_running_open_is_an_explicit_switch():
    raw = load_config().model_dump(mode="json")
    raw["admission"] = {"api_keys": []}
    with pytest.raises(ConfigError) as err:
        Tenancy.from_config(parse_config(raw), env={})
    assert "allow_open" in str(err.value) and "hash-key" in str(err.value)
    raw["admission"]["allow_open"] = True
    assert Tenancy.from_config(parse_config(raw), env={}).open
