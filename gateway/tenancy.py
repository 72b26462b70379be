"""API keys and per-tenant limits: who may call, and how much.

Keys are bearer tokens (`Authorization: Bearer <key>`), known to the gateway only as SHA-256 hex
digests, from `admission.api_keys` in the config and from `$QWEN_GATEWAY_API_KEYS`. Each maps to a
tenant; a tenant's limits (`admission.tenants.<name>`, else `admission.default_limits`) are
requests and tokens per sliding minute, requests in flight, and a daily cost budget in USD (UTC
day). As spend nears the budget (`degrade_at`), requests are forced to economy mode with a smaller
thinking budget before they are refused. With no key configured at all the gateway runs open: every
request is tenant "none" (default limits still apply) and `startup_notice` says so.

`$QWEN_GATEWAY_API_KEYS` format: comma-separated `TENANT:SHA256HEX` entries, e.g.
`team-a:9f86d0...,team-b:60303a...`; whitespace around entries is ignored, as are empty entries.

Usage is counted by a ledger (gateway/ledger.py): in this process with one ingress replica, shared by
all of them through a Ray Serve deployment with more, so limits hold for the whole gateway.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import time
from typing import Callable, Mapping

from .api.errors import APIError
from .config import Admission, ConfigError, GatewayConfig, TenantLimits
from .ledger import InProcessLedger, Ledger, LedgerClient
from .labels import is_label

API_KEYS_ENV = "QWEN_GATEWAY_API_KEYS"
OPEN_TENANT = "none"
_HEX_RE = re.compile(r"^[0-9a-f]{64}$")


def hash_key(key: str) -> str:
    """The SHA-256 hex digest under which a key is stored."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_env_keys(value: str) -> dict[str, str]:
    """`TENANT:SHA256HEX[,...]` -> {digest: tenant}. Errors name the entry's position, never its text."""
    out: dict[str, str] = {}
    for i, entry in enumerate(value.split(",")):
        entry = entry.strip()
        if not entry:
            continue
        tenant, sep, digest = entry.rpartition(":")
        digest = digest.strip().lower()
        tenant = tenant.strip()
        if not sep or not is_label(tenant) or not _HEX_RE.match(digest):
            raise ConfigError(
                f"${API_KEYS_ENV}: entry {i + 1} is not TENANT:SHA256HEX (a tenant name of [A-Za-z0-9_.:-] and "
                "the 64-character hex SHA-256 of the key; make one with `qwen-gateway hash-key`)"
            )
        out[digest] = tenant
    return out


def _error(status: int, message: str, *, type: str, code: str, retry_after: float | None = None,
           extra_headers: Mapping[str, str] | None = None) -> APIError:
    headers = dict(extra_headers or {})
    if retry_after is not None:
        headers["retry-after"] = str(max(1, math.ceil(retry_after)))
    return APIError(status, message, type=type, code=code, headers=headers)


class Lease:
    """One admitted request. `close` exactly once (later calls do nothing) with what it used."""

    def __init__(self, ledger: LedgerClient, tenant: str, limits: TenantLimits, degraded: bool,
                 headers: Mapping[str, str] | None = None, counted: bool = True) -> None:
        self.tenant = tenant
        self.limits = limits
        self.degraded = degraded
        self.counted = counted               # the ledger counts it in flight (not when it failed open)
        self.headers = dict(headers or {})   # x-ratelimit-* for the response
        self._ledger = ledger
        self._open = True

    @property
    def mode(self) -> str | None:
        """Cost mode forced on this request, or None."""
        return "economy" if self.degraded else None

    @property
    def default_mode(self) -> str | None:
        """The tenant's own cost mode, which a request may override."""
        return self.limits.mode

    @property
    def max_model(self) -> str | None:
        return self.limits.max_model

    @property
    def max_budget(self) -> int | None:
        """Largest thinking budget this request may get, or None."""
        caps = [b for b in (self.limits.max_budget, self.limits.degraded_max_budget if self.degraded else None)
                if b is not None]
        return min(caps) if caps else None

    def close(self, tokens: int = 0, cost_usd: float = 0.0) -> None:
        if self._open:
            self._open = False
            self._ledger.settle(self.tenant, tokens, cost_usd, self.counted)


class Tenancy:
    """Who may call (API keys -> tenants) and whether their limits admit one more request.
    `ledger` holds the usage: in this process by default (with `clock`), or shared by all gateway
    replicas (deployments/ledger.py)."""

    def __init__(self, admission: Admission, *, env: Mapping[str, str] | None = None,
                 clock: Callable[[], float] = time.time, ledger: LedgerClient | None = None) -> None:
        self.admission = admission
        self.ledger = ledger if ledger is not None else InProcessLedger(Ledger(clock))
        env = os.environ if env is None else env
        self._keys: dict[str, str] = {k.sha256: k.tenant for k in admission.api_keys}
        self._keys.update(parse_env_keys(env.get(API_KEYS_ENV, "")))

    @classmethod
    def from_config(cls, config: GatewayConfig, **kw) -> "Tenancy":
        return cls(config.admission, **kw)

    @property
    def open(self) -> bool:
        return not self._keys

    @property
    def tenants(self) -> list[str]:
        return sorted(set(self._keys.values()))

    def limits(self, tenant: str) -> TenantLimits:
        return self.admission.tenants.get(tenant, self.admission.default_limits)

    # --- who -------------------------------------------------------------------------------------

    def authenticate(self, authorization: str | None) -> str:
        """The tenant of an `Authorization` header value; 401 in OpenAI's shape when it has none."""
        if self.open:
            return OPEN_TENANT
        scheme, _, token = (authorization or "").strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise _error(401, "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.",
                         type="invalid_request_error", code="invalid_api_key",
                         extra_headers={"www-authenticate": "Bearer"})
        tenant = self._keys.get(hash_key(token))
        if tenant is None:
            # Never echo the key, not even a prefix: error bodies end up in client logs.
            raise _error(401, "Incorrect API key provided.", type="invalid_request_error", code="invalid_api_key",
                         extra_headers={"www-authenticate": "Bearer"})
        return tenant

    # --- how much --------------------------------------------------------------------------------

    async def admit(self, tenant: str) -> Lease:
        """Count one request against `tenant`'s limits, or raise 429 with Retry-After."""
        limits = self.limits(tenant)
        verdict = await self.ledger.admit(tenant, limits)
        if not verdict.admitted:
            raise _error(429, verdict.message, type=verdict.type, code=verdict.code, retry_after=verdict.retry_after_s,
                         extra_headers=verdict.headers)
        return Lease(self.ledger, tenant, limits, verdict.degraded, verdict.headers, verdict.counted)

    async def usage(self, tenant: str) -> dict[str, float]:
        """What the tenant has used now: for tests, logs and an admin view."""
        return await self.ledger.usage(tenant)


# --- start-up notice -----------------------------------------------------------------------------


def startup_notice(config: GatewayConfig, env: Mapping[str, str] | None = None) -> str | None:
    """The warning line to show at start-up when the gateway will run open (no API key), else None.
    Raises ConfigError when $QWEN_GATEWAY_API_KEYS is malformed, so a CLI can stop before starting."""
    if Tenancy(config.admission, env=env).open:
        return ("WARNING: no API keys configured (admission.api_keys, $" + API_KEYS_ENV + "): the gateway is "
                "OPEN, every client is accepted as tenant 'none'. Add keys with `qwen-gateway hash-key`.")
    return None
