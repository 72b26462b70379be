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

State lives in memory, per ingress replica: with N ingress replicas a tenant can get up to N times
its limits. The clock is injected (epoch seconds) so limits test without sleeping.
"""

from __future__ import annotations

import argparse
import collections
import getpass
import hashlib
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Mapping

from .api.errors import APIError
from .config import Admission, ConfigError, GatewayConfig, TenantLimits

API_KEYS_ENV = "QWEN_GATEWAY_API_KEYS"
OPEN_TENANT = "none"
WINDOW_S = 60.0
_DAY_S = 86400
_TENANT_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
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
        if not sep or not _TENANT_RE.match(tenant) or not _HEX_RE.match(digest):
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


@dataclass
class _State:
    requests: collections.deque = field(default_factory=collections.deque)   # admission times
    tokens: collections.deque = field(default_factory=collections.deque)     # (finish time, tokens)
    token_sum: int = 0
    concurrent: int = 0
    day: int = -1
    spent_usd: float = 0.0


class Lease:
    """One admitted request. `close` exactly once (later calls do nothing) with what it used."""

    def __init__(self, tenancy: "Tenancy", tenant: str, limits: TenantLimits, degraded: bool) -> None:
        self.tenant = tenant
        self.limits = limits
        self.degraded = degraded
        self._tenancy = tenancy
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
            self._tenancy._settle(self.tenant, tokens, cost_usd)


class Tenancy:
    def __init__(self, admission: Admission, *, env: Mapping[str, str] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.admission = admission
        self.clock = clock
        env = os.environ if env is None else env
        self._keys: dict[str, str] = {k.sha256: k.tenant for k in admission.api_keys}
        self._keys.update(parse_env_keys(env.get(API_KEYS_ENV, "")))
        self._state: dict[str, _State] = collections.defaultdict(_State)

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

    def admit(self, tenant: str) -> Lease:
        """Count one request against `tenant`'s limits, or raise 429 with Retry-After."""
        limits = self.limits(tenant)
        st = self._state[tenant]
        now = self.clock()
        self._roll(st, now)
        if limits.daily_budget_usd is not None and st.spent_usd >= limits.daily_budget_usd:
            raise _error(429, f"Tenant '{tenant}' has used its daily budget of ${limits.daily_budget_usd:g}; "
                              "it resets at 00:00 UTC.", type="insufficient_quota", code="insufficient_quota",
                         retry_after=(st.day + 1) * _DAY_S - now)
        if limits.max_concurrent is not None and st.concurrent >= limits.max_concurrent:
            raise _error(429, f"Tenant '{tenant}' has {st.concurrent} requests in flight, its limit. "
                              "Retry when one finishes.", type="requests", code="rate_limit_exceeded", retry_after=1)
        rpm = limits.requests_per_minute
        if rpm is not None and len(st.requests) >= rpm:
            raise _error(429, f"Rate limit reached for tenant '{tenant}': {rpm} requests per minute.",
                         type="requests", code="rate_limit_exceeded", retry_after=st.requests[0] + WINDOW_S - now)
        tpm = limits.tokens_per_minute
        if tpm is not None and st.token_sum >= tpm:
            over, wait = st.token_sum - tpm, 0.0
            for t, n in st.tokens:  # until enough tokens leave the window to get under the limit
                wait = t + WINDOW_S - now
                over -= n
                if over < 0:
                    break
            raise _error(429, f"Rate limit reached for tenant '{tenant}': {tpm} tokens per minute.",
                         type="tokens", code="rate_limit_exceeded", retry_after=wait)
        st.requests.append(now)
        st.concurrent += 1
        degraded = (limits.daily_budget_usd is not None and limits.degrade_at is not None
                    and st.spent_usd >= limits.degrade_at * limits.daily_budget_usd)
        return Lease(self, tenant, limits, degraded)

    def usage(self, tenant: str) -> dict[str, float]:
        """What the tenant has used now: for tests, logs and an admin view."""
        st = self._state[tenant]
        self._roll(st, self.clock())
        return {"requests_last_minute": len(st.requests), "tokens_last_minute": st.token_sum,
                "in_flight": st.concurrent, "spent_today_usd": st.spent_usd}

    def _settle(self, tenant: str, tokens: int, cost_usd: float) -> None:
        st = self._state[tenant]
        now = self.clock()
        self._roll(st, now)
        st.concurrent = max(0, st.concurrent - 1)
        if tokens > 0:
            st.tokens.append((now, tokens))
            st.token_sum += tokens
        st.spent_usd += max(0.0, cost_usd)

    @staticmethod
    def _roll(st: _State, now: float) -> None:
        day = int(now // _DAY_S)
        if day != st.day:
            st.day, st.spent_usd = day, 0.0
        while st.requests and st.requests[0] <= now - WINDOW_S:
            st.requests.popleft()
        while st.tokens and st.tokens[0][0] <= now - WINDOW_S:
            st.token_sum -= st.tokens.popleft()[1]


# --- start-up notice and the hash-key command ------------------------------------------------------


def startup_notice(config: GatewayConfig, env: Mapping[str, str] | None = None) -> str | None:
    """The warning line to show at start-up when the gateway will run open (no API key), else None.
    Raises ConfigError when $QWEN_GATEWAY_API_KEYS is malformed, so a CLI can stop before starting."""
    if Tenancy(config.admission, env=env).open:
        return ("WARNING: no API keys configured (admission.api_keys, $" + API_KEYS_ENV + "): the gateway is "
                "OPEN, every client is accepted as tenant 'none'. Add keys with `qwen-gateway hash-key`.")
    return None


def cmd_hash_key(args: argparse.Namespace) -> int:
    key = args.key
    if key is None:
        key = getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not key:
        print("error: empty key", file=sys.stderr)
        return 2
    digest = hash_key(key)
    if args.tenant:
        if not _TENANT_RE.match(args.tenant):
            print("error: tenant names use [A-Za-z0-9_.:-], at most 64 characters", file=sys.stderr)
            return 2
        print(f"{args.tenant}:{digest}")
    else:
        print(digest)
    return 0


def add_hash_key_parser(subparsers) -> argparse.ArgumentParser:
    """Register `qwen-gateway hash-key` on an argparse subparsers object."""
    p = subparsers.add_parser(
        "hash-key", help="print the SHA-256 digest under which an API key is stored",
        description="Print the SHA-256 hex digest of an API key, for admission.api_keys[].sha256 in config.yaml, "
                    f"or with --tenant a TENANT:DIGEST entry for ${API_KEYS_ENV} (comma-separated). The key is "
                    "read from standard input (hidden on a terminal) unless given as an argument.")
    p.add_argument("key", nargs="?", default=None, help="the key (avoid: it stays in shell history)")
    p.add_argument("--tenant", help=f"print TENANT:DIGEST, the ${API_KEYS_ENV} entry format")
    p.set_defaults(func=cmd_hash_key)
    return p
