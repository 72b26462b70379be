"""What a person sees while the local stack starts: one state per model and a progress display.

Pure code (no Ray): `StartupBoard` keeps each model's state and when it changed, and formats the
progress line and the per-model lines; `Console` writes them, as one updating line on a terminal and
as plain lines (only when something changed, at most every `plain_every_s`) elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Mapping, TextIO

# A model's life during start-up, in order. `answering`: its replica runs; the one-token probe
# request has not come back yet.
STATES = ("starting", "loading", "answering", "ready")


def state_from_replicas(replica_states: Mapping[str, int] | None) -> str:
    """A model's state from Serve's replica counts for its deployment (None: not deployed yet)."""
    if not replica_states:
        return "starting"
    if replica_states.get("RUNNING", 0) > 0:
        return "answering"
    return "loading"   # STARTING (scheduled, engine building), UPDATING or RECOVERING


@dataclass
class _Model:
    state: str = "starting"
    since: float = 0.0
    ready_after_s: float | None = None
    loading_s: float | None = None


@dataclass
class StartupBoard:
    """States of the models being started; times are seconds from `began` on one clock."""

    models: list[str]
    began: float
    _m: dict[str, _Model] = field(init=False)

    def __post_init__(self) -> None:
        self._m = {n: _Model(since=self.began) for n in self.models}

    def set(self, name: str, state: str, now: float) -> bool:
        """Move `name` forward to `state`; returns True when its state changed. A model never goes
        back (a replica restarting while another poll reads it stays at the later state)."""
        if state not in STATES:
            raise ValueError(f"unknown start-up state {state!r}; known: {', '.join(STATES)}")
        m = self._m[name]
        if STATES.index(state) <= STATES.index(m.state):
            return False
        if m.state == "loading":
            m.loading_s = now - m.since
        if state == "ready":
            m.ready_after_s = now - self.began
        m.state, m.since = state, now
        return True

    def state(self, name: str) -> str:
        return self._m[name].state

    def all_ready(self) -> bool:
        return all(m.state == "ready" for m in self._m.values())

    def progress_line(self, now: float) -> str:
        """`[ 23s] qwen3-0.6b loading 12s · qwen3-8b starting · qwen3-30b-a3b ready 21s`."""
        parts = []
        for name, m in self._m.items():
            if m.state == "ready":
                parts.append(f"{name} ready {m.ready_after_s:.0f}s")
            elif m.since > self.began:
                parts.append(f"{name} {m.state} {now - m.since:.0f}s")
            else:
                parts.append(f"{name} {m.state}")
        return f"[{now - self.began:3.0f}s] " + " · ".join(parts)

    def ready_line(self, name: str) -> str:
        """`  qwen3-0.6b     ready in 31s (engine loading 24s)`."""
        m = self._m[name]
        width = max(len(n) for n in self.models)
        loading = f" (engine loading {m.loading_s:.0f}s)" if m.loading_s is not None else ""
        return f"  {name:<{width}}  ready in {m.ready_after_s:.0f}s{loading}"


class Console:
    """Writes the progress line and permanent lines to `stream`."""

    def __init__(self, stream: TextIO, tty: bool | None = None, plain_every_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.plain_every_s = plain_every_s
        self.clock = clock
        self._shown = ""          # progress text on screen (TTY) or last printed (plain)
        self._shown_states = ""
        self._last_plain = float("-inf")

    def line(self, text: str) -> None:
        """A permanent line (the progress line, if any, is redrawn below it)."""
        if self.tty and self._shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(text + "\n")
        if self.tty and self._shown:
            self.stream.write(self._shown)
        self.stream.flush()

    def progress(self, text: str, states: str = "") -> None:
        """The progress display. On a TTY the line is rewritten in place; otherwise a plain line is
        printed only when `states` (a summary without timers) changed and `plain_every_s` passed."""
        if self.tty:
            self._shown = text
            self.stream.write("\r\x1b[K" + text)
            self.stream.flush()
            return
        now = self.clock()
        if states != self._shown_states and now - self._last_plain >= self.plain_every_s:
            self._shown_states, self._last_plain = states, now
            self.stream.write(text + "\n")
            self.stream.flush()

    def end_progress(self) -> None:
        if self.tty and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
        self._shown = ""


@contextlib.contextmanager
def output_to_file(path: Path) -> Iterator[TextIO]:
    """Send this process's stdout and stderr (file descriptors 1 and 2, so Ray's and vLLM's output,
    C extensions and child processes included) to `path`; yield a stream to the original stdout,
    for the console lines. Both are restored on exit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    sys.stderr.flush()
    saved_out, saved_err = os.dup(1), os.dup(2)
    console = os.fdopen(os.dup(saved_out), "w", buffering=1)
    with open(path, "w") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield console
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved_out, 1)
            os.dup2(saved_err, 2)
            os.close(saved_out)
            os.close(saved_err)
            console.close()
