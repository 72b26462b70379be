"""The shared tenant ledger's client over a stand-in Serve handle: two ingress replicas' Tenancy
objects count against one ledger, and a ledger that does not answer fails open with a warning.
(The real deployment with two ingress replicas: tests/integration/test_shared_limits.py.)"""

import asyncio
import logging

import pytest

from deployments.ledger import ServeLedgerClient
from gateway.config import load_config, parse_config
from gateway.ledger import Ledger
from gateway.metrics import GatewayMetrics
from gateway.tenancy import Tenancy, hash_key

KEY = "sk-ledger-test-0123456789"


class _Method:
    def __init__(self, fn, delay_s: float, calls: list) -> None:
        self.fn, self.delay_s, self.calls = fn, delay_s, calls

    def remote(self, *args):
        self.calls.append((self.fn.__name__, args))

        async def run():
            await asyncio.sleep(self.delay_s)
            return self.fn(*args)

        # Sent at once, like a DeploymentResponse: the call reaches the ledger even when the caller
        # stops waiting for its answer.
        task = asyncio.ensure_future(run())
        answer = asyncio.get_running_loop().create_future()
        task.add_done_callback(lambda t: answer.done() or (answer.set_exception(t.exception()) if t.exception()
                                                           else answer.set_result(t.result())))
        return answer


class FakeLedgerHandle:
    """`handle.<method>.remote(...)` over one in-memory Ledger, answering after `delay_s`."""

    def __init__(self, ledger: Ledger, delay_s: float = 0.0) -> None:
        self.ledger, self.delay_s, self.calls = ledger, delay_s, []

    def __getattr__(self, name):
        return _Method(getattr(self.ledger, name), self.delay_s, self.calls)


def admission(**limits):
    raw = load_config().model_dump(mode="json")
    raw["admission"] = {"api_keys": [{"tenant": "team-a", "sha256": hash_key(KEY)}],
                        "tenants": {"team-a": limits}}
    return parse_config(raw).admission


async def test_two_replicas_share_one_ledger():
    handle = FakeLedgerHandle(Ledger())
    cfg = admission(requests_per_minute=3, max_concurrent=2)
    a = Tenancy(cfg, env={}, ledger=ServeLedgerClient(handle))
    b = Tenancy(cfg, env={}, ledger=ServeLedgerClient(handle))
    first, second = await a.admit("team-a"), await b.admit("team-a")
    with pytest.raises(Exception) as exc:  # the concurrency limit counts both replicas' requests
        await a.admit("team-a")
    assert exc.value.status == 429 and exc.value.type == "requests"
    first.close(tokens=5, cost_usd=0.01)
    await asyncio.sleep(0)  # the settle was sent without waiting; let it land
    third = await b.admit("team-a")
    with pytest.raises(Exception):  # three requests this minute, across both replicas
        await a.admit("team-a")
    second.close()
    third.close()
    await asyncio.sleep(0)
    usage = await a.usage("team-a")
    assert usage == {"requests_last_minute": 3, "tokens_last_minute": 5, "in_flight": 0, "spent_today_usd": 0.01}


async def test_unanswering_ledger_falls_back_to_per_replica_limits_counts_and_warns_once(caplog):
    """A slow ledger must not lift every tenant's limits: each replica then enforces its share."""
    handle = FakeLedgerHandle(Ledger(), delay_s=10)
    metrics = GatewayMetrics(backend="prometheus")
    client = ServeLedgerClient(handle, timeout_s=0.05, replicas=2, on_fail_open=metrics.count_ledger_fail_open)
    t = Tenancy(admission(requests_per_minute=4, max_concurrent=4), env={}, ledger=client)
    with caplog.at_level(logging.WARNING, logger="qwen_gateway.ledger"):
        leases = [await t.admit("team-a") for _ in range(2)]   # this replica's half of 4 a minute
        with pytest.raises(Exception) as exc:
            await t.admit("team-a")
    assert exc.value.status == 429
    assert metrics.registry.get_sample_value("ray_qwen_gateway_tenant_ledger_fail_open_total") == 2
    handle.delay_s = 0                                    # the ledger answers again
    for lease in leases:
        lease.close(tokens=2)
    await asyncio.sleep(0.01)
    assert client.local.usage("team-a")["in_flight"] == 0   # settled where they were counted
    warnings = [r for r in caplog.records if "ledger unavailable" in r.getMessage()]
    assert len(warnings) == 1 and "TimeoutError" in warnings[0].getMessage()


async def test_an_admit_that_arrives_after_its_timeout_is_cancelled():
    handle = FakeLedgerHandle(Ledger(), delay_s=0.1)
    client = ServeLedgerClient(handle, timeout_s=0.02)
    t = Tenancy(admission(max_concurrent=1), env={}, ledger=client)
    lease = await t.admit("team-a")       # timed out: admitted locally
    await asyncio.sleep(0.3)              # the shared ledger got the admit late, and the cancel
    assert handle.ledger.usage("team-a")["in_flight"] == 0
    lease.close()
    handle.delay_s = 0
    await t.admit("team-a")                # the slot was never leaked: the shared ledger admits again
    assert handle.ledger.usage("team-a")["in_flight"] == 1


def test_leases_expire_so_a_dead_replica_cannot_hold_a_slot_forever():
    now = [1000.0]
    ledger = Ledger(clock=lambda: now[0])
    limits = admission(max_concurrent=1).tenants["team-a"]
    assert ledger.admit("team-a", limits, lease_id="a", ttl_s=30).admitted
    assert not ledger.admit("team-a", limits, lease_id="b", ttl_s=30).admitted
    now[0] += 31                           # the replica that held "a" died without settling
    assert ledger.admit("team-a", limits, lease_id="c", ttl_s=30).admitted
    ledger.settle("team-a", 5, 0.0, lease_id="a")    # a settle after expiry releases nothing twice
    assert ledger.usage("team-a")["in_flight"] == 1


async def test_refusals_are_cached_at_the_ingress_until_their_retry_after():
    now = [1000.0]
    handle = FakeLedgerHandle(Ledger(clock=lambda: now[0]))
    client = ServeLedgerClient(handle, clock=lambda: now[0])
    t = Tenancy(admission(requests_per_minute=1), env={}, ledger=client, clock=lambda: now[0])
    await t.admit("team-a")
    for _ in range(5):
        with pytest.raises(Exception) as exc:
            await t.admit("team-a")
        assert exc.value.status == 429
    assert [c[0] for c in handle.calls].count("admit") == 2   # one refusal asked, four answered from cache
    now[0] += 61
    await t.admit("team-a")
    assert [c[0] for c in handle.calls].count("admit") == 3
