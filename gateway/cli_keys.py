"""`qwen-gateway hash-key`: the digest under which an API key is stored, or a new strong key with it.

The gateway knows a key only by its unsalted SHA-256 (gateway.tenancy.hash_key). That is safe only
when the key itself is too random to guess: anyone who reads a digest (a config file, a Secret) can
try billions of candidates a second offline. So the command refuses keys shorter than
MIN_KEY_CHARS or made of a handful of characters, and `--generate` makes a good one: 32 random
bytes (256 bits) from `secrets`, URL-safe base64. Nothing here echoes a key it was given.
"""

from __future__ import annotations

import argparse
import getpass
import secrets
import sys

from .labels import is_label
from .tenancy import API_KEYS_ENV, hash_key

MIN_KEY_CHARS = 32      # 32 hex digits are 128 bits; a generated key is 43 characters, 256 bits
MIN_DISTINCT_CHARS = 8  # catches "aaaa..." and "abab..." padding; random keys of 32+ characters pass
GENERATE_HINT = ("make one with `qwen-gateway hash-key --generate --tenant TENANT`, or "
                 "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`")


def weak_key_reason(key: str) -> str | None:
    """Why `key` is too weak to be stored as an unsalted SHA-256, or None. Never quotes the key."""
    if len(key) < MIN_KEY_CHARS:
        return (f"a key of {len(key)} characters is too short to resist an offline guess of its digest; "
                f"use at least {MIN_KEY_CHARS} random characters: {GENERATE_HINT}")
    if len(set(key)) < MIN_DISTINCT_CHARS:
        return f"the key repeats too few characters ({len(set(key))} different) to be random: {GENERATE_HINT}"
    return None


def generate_key() -> str:
    """A new API key: 32 random bytes, URL-safe base64 (43 characters)."""
    return secrets.token_urlsafe(32)


def _read_key() -> str:
    return getpass.getpass("API key: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")


def cmd_hash_key(args: argparse.Namespace) -> int:
    if args.tenant and not is_label(args.tenant):
        print("error: tenant names use [A-Za-z0-9_.:-], at most 64 characters", file=sys.stderr)
        return 2
    if args.generate:
        key = generate_key()
        print(key)
        print("(the new key above goes to the client; the line below is what the gateway stores)", file=sys.stderr)
    else:
        key = args.key if args.key is not None else _read_key()
        if not key:
            print("error: empty key", file=sys.stderr)
            return 2
        reason = weak_key_reason(key)
        if reason:
            print(f"error: {reason}", file=sys.stderr)
            return 2
    digest = hash_key(key)
    print(f"{args.tenant}:{digest}" if args.tenant else digest)
    return 0


def add_hash_key_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `qwen-gateway hash-key` on an argparse subparsers object."""
    p = subparsers.add_parser(
        "hash-key", help="print the SHA-256 digest under which an API key is stored, or make a new key",
        description="Print the SHA-256 hex digest of an API key, for admission.api_keys[].sha256 in config.yaml, "
                    f"or with --tenant a TENANT:DIGEST entry for ${API_KEYS_ENV} (comma-separated). The key is "
                    "read from standard input (hidden on a terminal) unless given as an argument; keys shorter "
                    f"than {MIN_KEY_CHARS} characters are refused. --generate prints a new random key, then its "
                    "digest line.")
    src = p.add_mutually_exclusive_group()
    src.add_argument("key", nargs="?", default=None, help="the key (avoid: it stays in shell history)")
    src.add_argument("--generate", action="store_true",
                     help="make a new key (256 random bits) and print it, then its digest line")
    p.add_argument("--tenant", help=f"print TENANT:DIGEST, the ${API_KEYS_ENV} entry format")
    p.set_defaults(func=cmd_hash_key)
    return p
