"""Per-tenant usage against limits: the arithmetic of admission, with no I/O. Pure Python.

One `Ledger` counts, per tenant, requests and tokens in a sliding minute, requests in flight and the
cost spent in the current UTC day, and answers whether one more request may start. With one gateway
replica it lives in that replica (`InProcessLedger`); with several, one copy is hosted by a Ray
Serve deployment that every replica asks (deployments/ledger.py), so a tenant's limits hold across
the whole gateway rather than per replica. Limits travel with each call, so the ledger needs no config.
The clock is injected (epoch seconds) so limits test without sleeping.
"""

from __future__ import annotations

import collections
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping, Protocol

from .config import TenantLimits

WINDOW_S = 60.0
DAY_S = 86400


LEASE_TTL_S = 900.0   # a lease never settled (its ingress replica died) frees its slot after this


@dataclass(frozen=True)
class Verdict:
    """Admitted (perhaps `degraded`: near the daily budget), or refused with a 429's content.
    `headers`: OpenAI's `x-ratelimit-*` headers for the tenant's per-minute limits, either way."""

    admitted: bool
    degraded: bool = False
    message: str = ""
    type: str = ""
    code: str = ""
    retry_after_s: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


def duration(seconds: float) -> str:
    """A wait in OpenAI's header format: "120ms", "12s", "6m0s"."""
    seconds = max(0.0, seconds)
    if seconds < 1:
        return f"{round(seconds * 1000)}ms"
    if seconds < 60:
        return f"{seconds:.3g}s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m{rest}s"


@dataclass
class _State:
    requests: collections.deque = field(default_factory=collections.deque)   # admission times
    tokens: collections.deque = field(default_factory=collections.deque)     # (finish time, tokens)
    token_sum: int = 0
    leases: dict = field(default_factory=dict)       # lease id -> when it expires unsettled
    day: int = -1
    spent_usd: float = 0.0


class Ledger:
    """Each admitted request holds a lease, by an id its caller chose, until it is settled, cancelled
    or expires: so a caller that gave up waiting can take back an admission that arrived late, and a
    replica that died cannot hold a tenant's slots for ever."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._state: dict[str, _State] = collections.defaultdict(_State)
        self._cancelled: dict[str, float] = {}   # lease id -> when to forget it

    def admit(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float = LEASE_TTL_S) -> Verdict:
        """Count one request against `tenant`'s limits when it fits them; else say which it breaks."""
        st = self._state[tenant]
        now = self.clock()
        self._roll(st, now)
        if self._cancelled.pop(lease_id, None) is not None:   # its caller gave up before this arrived
            return Verdict(False, message="admission cancelled", type="requests", code="cancelled")
        verdict = self._check(tenant, limits, st, now)
        if verdict is not None:
            return replace(verdict, headers=self._rate_headers(limits, st, now))
        st.requests.append(now)
        st.leases[lease_id] = now + ttl_s
        degraded = (limits.daily_budget_usd is not None and limits.degrade_at is not None
                    and st.spent_usd >= limits.degrade_at * limits.daily_budget_usd)
        return Verdict(True, degraded=degraded, headers=self._rate_headers(limits, st, now))

    def _check(self, tenant: str, limits: TenantLimits, st: "_State", now: float) -> Verdict | None:
        """The refusal for the first limit one more request would break, or None."""
        if limits.daily_budget_usd is not None and st.spent_usd >= limits.daily_budget_usd:
            return Verdict(False, message=f"Tenant '{tenant}' has used its daily budget of "
                                          f"${limits.daily_budget_usd:g}; it resets at 00:00 UTC.",
                           type="insufficient_quota", code="insufficient_quota",
                           retry_after_s=(st.day + 1) * DAY_S - now)
        if limits.max_concurrent is not None and len(st.leases) >= limits.max_concurrent:
            return Verdict(False, message=f"Tenant '{tenant}' has {len(st.leases)} requests in flight, its limit. "
                                          "Retry when one finishes.",
                           type="requests", code="rate_limit_exceeded", retry_after_s=1)
        rpm = limits.requests_per_minute
        if rpm is not None and len(st.requests) >= rpm:
            return Verdict(False, message=f"Rate limit reached for tenant '{tenant}': {rpm} requests per minute.",
                           type="requests", code="rate_limit_exceeded", retry_after_s=st.requests[0] + WINDOW_S - now)
        tpm = limits.tokens_per_minute
        if tpm is not None and st.token_sum >= tpm:
            over, wait = st.token_sum - tpm, 0.0
            for t, n in st.tokens:  # until enough tokens leave the window to get under the limit
                wait = t + WINDOW_S - now
                over -= n
                if over < 0:
                    break
            return Verdict(False, message=f"Rate limit reached for tenant '{tenant}': {tpm} tokens per minute.",
                           type="tokens", code="rate_limit_exceeded", retry_after_s=wait)
        return None

    @staticmethod
    def _rate_headers(limits: TenantLimits, st: "_State", now: float) -> dict[str, str]:
        """Limit, what is left and when the window is whole again, for each per-minute limit set."""
        out = {}
        rpm = limits.requests_per_minute
        if rpm is not None:
            out["x-ratelimit-limit-requests"] = str(rpm)
            out["x-ratelimit-remaining-requests"] = str(max(0, rpm - len(st.requests)))
            out["x-ratelimit-reset-requests"] = duration(st.requests[-1] + WINDOW_S - now if st.requests else 0)
        tpm = limits.tokens_per_minute
        if tpm is not None:
            out["x-ratelimit-limit-tokens"] = str(tpm)
            out["x-ratelimit-remaining-tokens"] = str(max(0, tpm - st.token_sum))
            out["x-ratelimit-reset-tokens"] = duration(st.tokens[-1][0] + WINDOW_S - now if st.tokens else 0)
        return out

    def settle(self, tenant: str, tokens: int, cost_usd: float, lease_id: str | None = None) -> None:
        """A request ended, having used `tokens` and cost `cost_usd`; its lease (if this ledger holds
        it still) frees its slot."""
        st = self._state[tenant]
        now = self.clock()
        self._roll(st, now)
        st.leases.pop(lease_id, None)
        if tokens > 0:
            st.tokens.append((now, tokens))
            st.token_sum += tokens
        st.spent_usd += max(0.0, cost_usd)

    def cancel(self, tenant: str, lease_id: str, ttl_s: float = LEASE_TTL_S) -> None:
        """The caller gave up on an admission: free its slot, or refuse it should it arrive later."""
        if self._state[tenant].leases.pop(lease_id, None) is None:
            self._cancelled[lease_id] = self.clock() + ttl_s

    def usage(self, tenant: str) -> dict[str, float]:
        """What the tenant has used now: for tests, logs and an admin view."""
        st = self._state[tenant]
        self._roll(st, self.clock())
        return {"requests_last_minute": len(st.requests), "tokens_last_minute": st.token_sum,
                "in_flight": len(st.leases), "spent_today_usd": st.spent_usd}

    def _roll(self, st: _State, now: float) -> None:
        for lid in [lid for lid, expires in st.leases.items() if expires <= now]:
            del st.leases[lid]
        if self._cancelled and len(self._cancelled) > 1024:
            self._cancelled = {lid: t for lid, t in self._cancelled.items() if t > now}
        day = int(now // DAY_S)
        if day != st.day:
            st.day, st.spent_usd = day, 0.0
        while st.requests and st.requests[0] <= now - WINDOW_S:
            st.requests.popleft()
        while st.tokens and st.tokens[0][0] <= now - WINDOW_S:
            st.token_sum -= st.tokens.popleft()[1]


class LedgerClient(Protocol):
    """How a gateway replica reaches its ledger: in process, or a shared one over Ray Serve."""

    async def admit(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float = LEASE_TTL_S) -> Verdict: ...

    def settle(self, tenant: str, tokens: int, cost_usd: float, lease_id: str) -> None:
        """Fire and forget: a request's end must never wait on the ledger."""

    async def usage(self, tenant: str) -> dict[str, float]: ...


class InProcessLedger:
    """The ledger of a single gateway replica: exact, and no call leaves the process."""

    def __init__(self, ledger: Ledger | None = None) -> None:
        self.ledger = ledger or Ledger()

    async def admit(self, tenant: str, limits: TenantLimits, lease_id: str, ttl_s: float = LEASE_TTL_S) -> Verdict:
        return self.ledger.admit(tenant, limits, lease_id, ttl_s)

    def settle(self, tenant: str, tokens: int, cost_usd: float, lease_id: str) -> None:
        self.ledger.settle(tenant, tokens, cost_usd, lease_id)

    async def usage(self, tenant: str) -> dict[str, float]:
        return self.ledger.usage(tenant)
