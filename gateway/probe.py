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


def wait_for_chat(base_url: str, model: str, timeout_s: float, log: Callable[[str], None], what: str,
                  proc: subprocess.Popen | None = None) -> None:
    """Until one 1-token chat request for `model` answers 200; `proc`, if given, must stay alive."""
    body = {"model": model, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}
    with httpx.Client(timeout=30) as client:
        def check() -> tuple[str, str] | None:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"{what} exited with code {proc.returncode} before it was ready")
            try:
                r = client.post(base_url + "/v1/chat/completions", json=body)
            except httpx.HTTPError as err:
                return type(err).__name__, str(err)[:200]
            return None if r.status_code == 200 else (f"HTTP {r.status_code}", r.text[:200])

        poll_until(check, timeout_s, log, what)


def wait_for_answers(base_url: str, timeout_s: float, log: Callable[[str], None], what: str = "models to answer") -> None:
    """Until the gateway's deep readiness check (`/health/ready?deep=true`) passes: every running model
    has answered one token. Unlike `wait_for_chat` this is not client traffic: the gateway does not
    count it (gateway/readiness.py)."""
    with httpx.Client(timeout=60) as client:
        def check() -> tuple[str, str] | None:
            try:
                r = client.get(base_url + "/health/ready", params={"deep": "true"})
            except httpx.HTTPError as err:
                return type(err).__name__, str(err)[:200]
            if r.status_code == 200:
                return None
            try:
                models = r.json().get("models", {})
            except ValueError:
                models = {}
            return (", ".join(f"{n}: {m.get('answers', m.get('state'))}" for n, m in models.items())
                    or f"HTTP {r.status_code}"), r.text[:200]

        poll_until(check, timeout_s, log, what)
