"""Waiting for a running OpenAI-compatible server to answer: shared by the local server's start-up
(deployments/local.py) and the benchmark's stacks (gateway/bench/stacks.py)."""

from __future__ import annotations

import subprocess
import time
from typing import Callable

import httpx


def wait_for_chat(base_url: str, model: str, timeout_s: float, log: Callable[[str], None], what: str,
                  proc: subprocess.Popen | None = None) -> None:
    """Until one 1-token chat request for `model` answers 200; `proc`, if given, must stay alive."""
    deadline = time.monotonic() + timeout_s
    body = {"model": model, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}
    last = detail = ""
    with httpx.Client(timeout=30) as client:
        while True:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"{what} exited with code {proc.returncode} before it was ready")
            try:
                r = client.post(base_url + "/v1/chat/completions", json=body)
                if r.status_code == 200:
                    return
                state, detail = f"HTTP {r.status_code}", r.text[:200]
            except httpx.HTTPError as err:
                state, detail = type(err).__name__, str(err)[:200]
            if state != last:
                log(f"  waiting for {what} ({state})")
                last = state
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not ready after {timeout_s:.0f}s ({state}: {detail})")
            time.sleep(2)
