"""The deep readiness check: every running model answers, and none of it is counted as client traffic."""

import httpx
import pytest

from gateway.api.app import create_app
from gateway.backend import BackendError, ModelStatus
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.metrics import GatewayMetrics
from gateway.service import Gateway


@pytest.fixture
async def wired():
    config = load_config()
    backend = FakeBackend(list(config.enabled_models()))
    gw = Gateway(config, backend, metrics=GatewayMetrics(backend="prometheus"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(gw)), base_url="http://gw") as c:
        yield c, backend, gw


def recorded(gw) -> float:
    return sum(s.value for f in gw.metrics.registry.collect() for s in f.samples
               if s.name.startswith("ray_qwen_gateway_") and not s.name.endswith("_created")
               and s.name != "ray_qwen_gateway_requests_in_flight")


async def test_every_running_model_answers_and_nothing_is_counted(wired):
    client, backend, gw = wired
    r = await client.get("/health/ready", params={"deep": "true"})
    assert r.status_code == 200 and r.json()["ready"] is True
    assert {m for _, m, _ in backend.calls} == set(gw.config.enabled_models())
    assert all(body["max_tokens"] == 1 for _, _, body in backend.calls)
    assert all(m["answers"] == "ok" for m in r.json()["models"].values())
    assert recorded(gw) == 0          # no request, token, cost or latency sample of any kind


async def test_one_probe_per_window_however_many_ask(wired):
    client, backend, gw = wired
    for _ in range(5):
        assert (await client.get("/health/ready?deep=1")).status_code == 200
    assert len(backend.calls) == len(gw.config.enabled_models())
    assert (await client.get("/health/ready")).status_code == 200   # the shallow check asks no model
    assert len(backend.calls) == len(gw.config.enabled_models())


async def test_a_model_that_does_not_answer_makes_the_deep_check_fail_and_says_why(wired):
    client, backend, gw = wired
    backend.fail_next = BackendError(500, "engine dead")
    r = await client.get("/health/ready?deep=true")
    assert r.status_code == 503 and r.json()["ready"] is False
    assert sum("engine dead" in m["answers"] for m in r.json()["models"].values()) == 1
    assert recorded(gw) == 0


async def test_a_model_asleep_at_zero_is_not_woken_by_the_check(wired):
    client, backend, gw = wired
    name = next(iter(gw.config.enabled_models()))
    backend.states[name] = ModelStatus(name, "scaled_to_zero", 0, 0)
    r = await client.get("/health/ready?deep=true")
    assert r.status_code == 200 and name not in {m for _, m, _ in backend.calls}
    assert "answers" not in r.json()["models"][name]


async def test_an_external_member_is_not_asked_it_does_not_gate_readiness():
    from tests.unit.external.helpers import EXT, Stack, config_with_members

    asked = []

    def reply(request):
        if request.method == "POST":   # its health poll (GET /models) is the shallow check's business
            asked.append(request)
        return httpx.Response(500, json={"error": {"message": "down"}})

    s = Stack(config_with_members({EXT: {}}), reply)
    r = await s.client.get("/health/ready?deep=true")
    assert r.status_code == 200 and not asked and "answers" not in r.json()["models"][EXT]
    assert {m for _, m, _ in s.fake.calls} == set(s.config.enabled_models()) - {EXT}


async def test_a_model_that_comes_up_within_the_window_is_asked_at_once_the_others_are_not_asked_again(wired):
    # Start-up: models reach "running" a few seconds apart; the last one must not wait out the window
    # of a probe that ran before it was up (it cost READY 5-6 s), and the window still holds per model.
    client, backend, gw = wired
    late = next(iter(gw.config.enabled_models()))
    backend.states[late] = ModelStatus(late, "starting", 0, 1)
    first = await client.get("/health/ready?deep=true")
    assert first.status_code == 503 and late not in {m for _, m, _ in backend.calls}
    asked_first = len(backend.calls)
    backend.states[late] = ModelStatus(late, "running", 1, 1)
    r = await client.get("/health/ready?deep=true")
    assert r.status_code == 200 and r.json()["models"][late]["answers"] == "ok"
    assert [m for _, m, _ in backend.calls[asked_first:]] == [late]
    await client.get("/health/ready?deep=true")
    assert len(backend.calls) == asked_first + 1
