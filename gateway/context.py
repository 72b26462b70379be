"""One request's context, made at the edge and carried to the end: who asked, when, under which
admission, and what that admission allows the router.

The HTTP layer builds it once (request id, start time, the tenant's lease); planning reads the
limits from it, execution closes the lease through it and adds its headers to the response. Nothing
downstream unpacks the lease into loose arguments or derives the limits a second way.
"""

from __future__ import annotations

from dataclasses import dataclass

from .backend import Endpoint
from .tenancy import OPEN_TENANT, Allowance, Lease


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    start: float                      # the gateway clock's reading when the request arrived
    endpoint: Endpoint
    lease: Lease | None = None        # the tenant's admission; None for offline callers (`qwen-gateway route`)
    mode_header: str | None = None    # `x-route-mode`, validated by the planner
    label: str | None = None          # the API the client called, where the edge knows it (metrics.endpoint_of)

    @property
    def metric_endpoint(self) -> str:
        """The `endpoint` label: the API the client called (gateway/metrics.py ENDPOINTS); for offline
        callers, the body's endpoint."""
        return self.label or self.endpoint

    @property
    def tenant(self) -> str:
        return self.lease.tenant if self.lease is not None else OPEN_TENANT

    @property
    def allowance(self) -> Allowance:
        """What the admission allows this request (models, thinking, mode, output, cache namespace)."""
        return self.lease.allowance if self.lease is not None else Allowance()

    @property
    def headers(self) -> dict[str, str]:
        """What the response says of the admission (x-ratelimit-*, x-tenant-degraded)."""
        return self.lease.headers if self.lease is not None else {}

    def close(self, tokens: int = 0, cost_usd: float = 0.0) -> None:
        """Settle the admission with what the request used; later calls do nothing."""
        if self.lease is not None:
            self.lease.close(tokens, cost_usd)
