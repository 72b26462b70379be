"""One tenant ledger shared by every gateway replica: a Ray Serve deployment and its client.

With several ingress replicas, each counting its own tenants' usage would let a tenant have N times
its limits. Instead one `TenantLedger` replica holds the counts (`gateway.ledger.Ledger`) and every
ingress asks it before admitting a request: one small call per request, on Ray, managed by Serve
(started and deleted with the app, replaced when it fails). Its state lives in memory: a replaced
ledger starts from zero, as the gateway does after a restart.

If the ledger cannot answer within `timeout_s` (being replaced, say), the request is admitted and a
warning logged: the gateway fails open, as Envoy's global rate limit does by default, rather than
refusing every tenant while one bookkeeping replica restarts. Each such request is counted
(`ray_qwen_gateway_tenant_ledger_fail_open_total`), and the QwenGatewayTenantLimitsNotEnforced
alert fires on it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Callable

from ray import serve

from gateway.config import TenantLimits
from gateway.ledger import Ledger, Verdict

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

    async def admit(self, tenant: str, limits: TenantLimits) -> Verdict:
        return self._ledger.admit(tenant, limits)

    async def settle(self, tenant: str, tokens: int, cost_usd: float, counted: bool = True) -> None:
        self._ledger.settle(tenant, tokens, cost_usd, counted)

    async def usage(self, tenant: str) -> dict[str, float]:
        return self._ledger.usage(tenant)


class ServeLedgerClient:
    """The `LedgerClient` of an ingress replica over the shared ledger's handle."""

    def __init__(self, handle: Any, timeout_s: float = 2.0, on_fail_open: Callable[[], None] | None = None) -> None:
        self._handle = handle
        self._timeout_s = timeout_s
        self._on_fail_open = on_fail_open   # counts each request admitted unchecked (a metric, an alert)
        self._warned_at = -WARN_EVERY_S

    async def admit(self, tenant: str, limits: TenantLimits) -> Verdict:
        try:
            return await asyncio.wait_for(self._handle.admit.remote(tenant, limits), self._timeout_s)
        except Exception as err:  # timeout, replica gone: fail open
            now = time.monotonic()
            if now - self._warned_at >= WARN_EVERY_S:
                self._warned_at = now
                log.warning("shared tenant ledger unavailable (%s): admitting requests without limits until it "
                            "answers again", type(err).__name__)
            if self._on_fail_open is not None:
                self._on_fail_open()
            return Verdict(True, counted=False)   # its end still reports tokens and cost, nothing in flight

    def settle(self, tenant: str, tokens: int, cost_usd: float, counted: bool = True) -> None:
        try:
            self._handle.settle.remote(tenant, tokens, cost_usd, counted)  # sent now; nothing waits for it
        except Exception as err:  # a request's end must not fail on bookkeeping (shutting down, say)
            log.warning("could not report a finished request to the shared tenant ledger: %s", type(err).__name__)

    async def usage(self, tenant: str) -> dict[str, float]:
        return await self._handle.usage.remote(tenant)
