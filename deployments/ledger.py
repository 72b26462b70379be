"""One tenant ledger shared by every gateway replica: a Ray Serve deployment and its client.

With several ingress replicas, each counting its own tenants' usage would let a tenant have N times
its limits. Instead one `TenantLedger` replica holds the counts (`gateway.ledger.Ledger`) and every
ingress asks it before admitting a request: one small call per request, on Ray, managed by Serve
(started and deleted with the app, replaced when it fails). Its state lives in memory: a replaced
ledger starts from zero, as the gateway does after a restart.

If the ledger cannot answer within `timeout_s` (being replaced, say), the ingress does not lift the
limits: it enforces its share of each (the limit divided by the number of ingress replicas) in a
ledger of its own, and takes back the late admission (`cancel`) so no slot leaks. Each such request
is counted (`ray_qwen_gateway_tenant_ledger_fail_open_total`), and the
QwenGatewayTenantLimitsNotEnforced alert fires on the first minute of it. Refusals are remembered
at the ingress until their Retry-After: a tenant hammering past its limit cannot slow the ledger
down for everyone.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from typing import Any, Callable

from ray import serve

from gateway.config import TenantLimits
from gateway.ledger import LEASE_TTL_S, Ledger, Verdict

log = logging.getLogger("qwen_gateway.ledger")

LEDGER_DEPLOYMENT = "tenant-ledger"
WARN_EVERY_S = 60.0


# One replica, so every count is in one place. The methods are async and never await: each runs
# to completion on the replica's event loop, so concurrent calls cannot interleave inside one.
@serve.deployment(name=LEDGER_DEPLOYMENT, num_replicas=1, max_ongoing_requests=4096,
                  ray_actor_options={"num_cpus": 0})
class TenantLedger:
    def __init__(self) -> None:
        self._ledger = Ledger()

    async def admit(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float = LEASE_TTL_S) -> Verdict:
        return self._ledger.admit(tenant, limits, lease_id, ttl_s)

    async def settle(self, tenant: str, tokens: int, cost_usd: float, lease_id: str | None = None) -> None:
        self._ledger.settle(tenant, tokens, cost_usd, lease_id)

    async def cancel(self, tenant: str, lease_id: str) -> None:
        self._ledger.cancel(tenant, lease_id)

    async def usage(self, tenant: str) -> dict[str, float]:
        return self._ledger.usage(tenant)


def replica_share(limits: TenantLimits, replicas: int) -> TenantLimits:
    """One ingress replica's share of a tenant's limits, enforced while the shared ledger is away."""
    if replicas <= 1:
        return limits

    def share(v):
        return None if v is None else (max(1, math.ceil(v / replicas)) if isinstance(v, int) else v / replicas)

    return limits.model_copy(update={k: share(getattr(limits, k)) for k in
                                     ("requests_per_minute", "tokens_per_minute", "max_concurrent", "daily_budget_usd")})


class ServeLedgerClient:
    """The `LedgerClient` of an ingress replica over the shared ledger's handle."""

    def __init__(self, handle: Any, timeout_s: float = 2.0, replicas: int = 1,
                 on_fail_open: Callable[[], None] | None = None, clock: Callable[[], float] = time.time) -> None:
        self._handle = handle
        self._timeout_s = timeout_s
        self._replicas = replicas
        self._on_fail_open = on_fail_open   # counts each request admitted without the shared ledger
        self._clock = clock
        self._warned_at = -WARN_EVERY_S
        self.local = Ledger(clock)          # this replica's share of the limits, while the ledger is away
        self._local_leases: set[str] = set()
        self._refused: dict[str, tuple[float, Verdict]] = {}   # tenant -> (until, refusal)

    async def admit(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float = LEASE_TTL_S) -> Verdict:
        now = self._clock()
        until, refusal = self._refused.get(tenant, (0.0, None))
        if refusal is not None and now < until:
            return refusal
        try:
            verdict = await asyncio.wait_for(self._handle.admit.remote(tenant, limits, lease_id, ttl_s), self._timeout_s)
        except Exception as err:  # timeout, replica gone: enforce this replica's share
            return self._admit_locally(tenant, limits, lease_id, ttl_s, err)
        if not verdict.admitted and verdict.retry_after_s:
            self._refused[tenant] = (now + verdict.retry_after_s, verdict)
        return verdict

    def _admit_locally(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float,
                       err: Exception) -> Verdict:
        self._send("cancel", tenant, lease_id)   # should the admission still reach the ledger
        if time.monotonic() - self._warned_at >= WARN_EVERY_S:
            self._warned_at = time.monotonic()
            log.warning("shared tenant ledger unavailable (%s): enforcing this replica's share of each tenant's "
                        "limits until it answers again", type(err).__name__)
        verdict = self.local.admit(tenant, replica_share(limits, self._replicas), lease_id, ttl_s)
        if verdict.admitted:
            self._local_leases.add(lease_id)
            if self._on_fail_open is not None:
                self._on_fail_open()
        return verdict

    def settle(self, tenant: str, tokens: int, cost_usd: float, lease_id: str) -> None:
        if lease_id in self._local_leases:
            self._local_leases.discard(lease_id)
            self.local.settle(tenant, tokens, cost_usd, lease_id)
            lease_id = ""            # the shared ledger never counted it in flight: report usage only
        self._send("settle", tenant, tokens, cost_usd, lease_id)

    def _send(self, method: str, *args: Any) -> None:
        try:
            getattr(self._handle, method).remote(*args)   # sent now; nothing waits for it
        except Exception as err:  # a request's end must not fail on bookkeeping (shutting down, say)
            log.warning("could not send %s to the shared tenant ledger: %s", method, type(err).__name__)

    async def usage(self, tenant: str) -> dict[str, float]:
        return await self._handle.usage.remote(tenant)
