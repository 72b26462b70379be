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
import hmac
import os
import re
import time
import uuid
from dataclasses import dataclass
from typing import Callable, Mapping

from .api.errors import APIError, rate_limited, unauthorized
from .config import Admission, ConfigError, GatewayConfig, Mode, TenantLimits
from .labels import is_label
from .ledger import LEASE_TTL_S, InProcessLedger, Ledger, LedgerClient

API_KEYS_ENV = "QWEN_GATEWAY_API_KEYS"
# The secret behind each tenant's prefix-cache salt; without it, one derived from the configured keys
# (the same on every ingress replica, unknown to clients).
CACHE_SALT_ENV = "QWEN_GATEWAY_CACHE_SALT_KEY"
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


@dataclass(frozen=True)
class Allowance:
    """What a tenant's admission allows one request. `forced_mode` overrides the request's own mode
    (economy near the daily budget); `default_mode` is the tenant's, below the request's."""

    max_model: str | None = None
    max_budget: int | None = None
    forced_mode: Mode | None = None
    default_mode: Mode | None = None
    default_max_tokens: int | None = None
    max_output_tokens: int | None = None
    cache_salt: str | None = None      # the tenant's own prefix-cache namespace in the engines

    @classmethod
    def of(cls, limits: TenantLimits, degraded: bool = False, cache_salt: str | None = None) -> "Allowance":
        caps = [b for b in (limits.max_budget, limits.degraded_max_budget if degraded else None) if b is not None]
        return cls(max_model=limits.max_model, max_budget=min(caps) if caps else None,
                   forced_mode="economy" if degraded else None, default_mode=limits.mode,
                   default_max_tokens=limits.default_max_tokens, max_output_tokens=limits.max_output_tokens,
                   cache_salt=cache_salt)


class Lease:
    """One admitted request. `close` exactly once (later calls do nothing) with what it used."""

    def __init__(self, ledger: LedgerClient, tenant: str, limits: TenantLimits, degraded: bool,
                 headers: Mapping[str, str] | None = None, lease_id: str = "", cache_salt: str | None = None) -> None:
        self.tenant = tenant
        self.limits = limits
        self.degraded = degraded
        self.lease_id = lease_id
        self._rate_headers = dict(headers or {})   # x-ratelimit-*, as OpenAI sends them
        self._cache_salt = cache_salt
        self._ledger = ledger
        self._open = True

    @property
    def allowance(self) -> Allowance:
        """What this admission allows the request: the tenant's limits, tightened near its daily budget."""
        return Allowance.of(self.limits, self.degraded, self._cache_salt)

    @property
    def headers(self) -> dict[str, str]:
        """What the response says of this admission: OpenAI's x-ratelimit-* headers, and whether the
        tenant was degraded near its daily budget (economy mode, smaller thinking budgets)."""
        return {**self._rate_headers, **({"x-tenant-degraded": "true"} if self.degraded else {})}

    def close(self, tokens: int = 0, cost_usd: float = 0.0) -> None:
        if self._open:
            self._open = False
            self._ledger.settle(self.tenant, tokens, cost_usd, self.lease_id)


class Tenancy:
    """Who may call (API keys -> tenants) and whether their limits admit one more request.
    `ledger` holds the usage: in this process by default (with `clock`), or shared by all gateway
    replicas (deployments/ledger.py)."""

    def __init__(self, admission: Admission, *, env: Mapping[str, str] | None = None,
                 clock: Callable[[], float] = time.time, ledger: LedgerClient | None = None,
                 lease_ttl_s: float = LEASE_TTL_S) -> None:
        """`lease_ttl_s`: how long an admission unsettled holds its slot (past the longest request)."""
        self.admission = admission
        self.lease_ttl_s = lease_ttl_s
        self.ledger = ledger if ledger is not None else InProcessLedger(Ledger(clock))
        env = os.environ if env is None else env
        self._keys: dict[str, str] = {k.sha256: k.tenant for k in admission.api_keys}
        self._keys.update(parse_env_keys(env.get(API_KEYS_ENV, "")))
        if not self._keys and not admission.allow_open:
            raise ConfigError(
                f"admission: no API keys configured (admission.api_keys, ${API_KEYS_ENV}); add keys with "
                "`qwen-gateway hash-key`, or set admission.allow_open: true to accept every client without one")
        secret = env.get(CACHE_SALT_ENV) or "".join(sorted(self._keys))
        self._salt_key = hashlib.sha256(("qwen-gateway-cache-salt:" + secret).encode()).digest()

    @classmethod
    def from_config(cls, config: GatewayConfig, **kw) -> "Tenancy":
        return cls(config.admission, lease_ttl_s=config.server.request_timeout_s + 60, **kw)

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
            raise unauthorized("You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.")
        tenant = self._keys.get(hash_key(token))
        if tenant is None:
            # Never echo the key, not even a prefix: error bodies end up in client logs.
            raise unauthorized("Incorrect API key provided.")
        return tenant

    def may_see_details(self, authorization: str | None) -> bool:
        """Operational details (model states, Serve's messages) are for callers with a valid key;
        on an open gateway, for everyone."""
        try:
            self.authenticate(authorization)
            return True
        except APIError:
            return False

    # --- how much --------------------------------------------------------------------------------

    async def admit(self, tenant: str) -> Lease:
        """Count one request against `tenant`'s limits, or raise 429 with Retry-After."""
        limits = self.limits(tenant)
        lease_id = uuid.uuid4().hex
        verdict = await self.ledger.admit(tenant, limits, lease_id, self.lease_ttl_s)
        if not verdict.admitted:
            raise rate_limited(verdict.message, type=verdict.type, code=verdict.code,
                               retry_after_s=verdict.retry_after_s, headers=verdict.headers)
        return Lease(self.ledger, tenant, limits, verdict.degraded, verdict.headers, lease_id,
                     cache_salt=self.cache_salt(tenant))

    def cache_salt(self, tenant: str) -> str:
        """vLLM's `cache_salt` for a tenant's requests: its prefix-cache blocks are shared with no other
        tenant, so nobody can time another tenant's cached prompts. A keyed hash: not guessable."""
        return hmac.new(self._salt_key, tenant.encode(), hashlib.sha256).hexdigest()[:32]

    async def usage(self, tenant: str) -> dict[str, float]:
        """What the tenant has used now: for tests, logs and an admin view."""
        return await self.ledger.usage(tenant)


# --- start-up notice -----------------------------------------------------------------------------


def startup_notice(config: GatewayConfig, env: Mapping[str, str] | None = None) -> str | None:
    """The warning line to show at start-up when the gateway will run open (no API key, and
    admission.allow_open set), else None. Raises ConfigError when $QWEN_GATEWAY_API_KEYS is malformed
    or no key is configured without allow_open, so a CLI can stop before starting."""
    if Tenancy(config.admission, env=env).open:
        return ("WARNING: no API keys configured (admission.api_keys, $" + API_KEYS_ENV + ") and "
                "admission.allow_open is true: the gateway is OPEN, every client is accepted as tenant 'none'. "
                "Add keys with `qwen-gateway hash-key`.")
    return None
