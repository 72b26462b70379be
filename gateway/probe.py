"""Waiting for a running server to be ready: shared by the local server's start-up
(deployments/local.py) and the benchmark's stacks (bench/stacks.py)."""

from __future__ import annotations

import subprocess
import time
from typing import Callable

import httpx

POLL_S = 2.0


def poll_until(check: Callable[[], tuple[str, str] | None], timeout_s: float, log: Callable[[str], None],
               what: str, hint: str = "") -> None:
    """Call `check` every POLL_S until it returns None (ready). Otherwise it returns (state, detail):
    the state is logged when it changes, and both are in the TimeoutError after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    last = ""
    while (res := check()) is not None:
        state, detail = res
        if state != last:
            log(f"  waiting for {what} ({state})")
            last = state
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what} not ready after {timeout_s:.0f}s ({state}{': ' + detail if detail else ''}){hint}")
        time.sleep(POLL_S)


def chat_probe(client: httpx.Client, base_url: str, model: str) -> tuple[str, str] | None:
    """One 1-token chat request for `model`: None when it answered 200, else (state, detail)."""
    body = {"model": model, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}
    try:
        r = client.post(base_url + "/v1/chat/completions", json=body)
    except httpx.HTTPError as err:
        return type(err).__name__, str(err)[:200]
    return None if r.status_code == 200 else (f"HTTP {r.status_code}", r.text[:200])


def wait_for_chat(base_url: str, model: str, timeout_s: float, log: Callable[[str], None], what: str,
                  proc: subprocess.Popen | None = None) -> None:
    """Until one 1-token chat request for `model` answers 200; `proc`, if given, must stay alive."""
    with httpx.Client(timeout=30) as client:
        def check() -> tuple[str, str] | None:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"{what} exited with code {proc.returncode} before it was ready")
            return chat_probe(client, base_url, model)

        poll_until(check, timeout_s, log, what)


def deep_readiness(client: httpx.Client, base_url: str) -> tuple[bool, dict[str, str] | None]:
    """One deep readiness check: (passed, model -> its answer "ok" or why not). The answers are there
    only where the gateway shows details to this caller (an open gateway, or a key); else None."""
    try:
        r = client.get(base_url + "/health/ready", params={"deep": "true"})
        models = r.json().get("models")
    except (httpx.HTTPError, ValueError, AttributeError):
        return False, None
    if not isinstance(models, dict):
        return r.status_code == 200, None
    return r.status_code == 200, {n: m["answers"] for n, m in models.items() if isinstance(m, dict) and "answers" in m}
