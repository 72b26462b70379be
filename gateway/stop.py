"""The flag that Ctrl-C and SIGTERM set to stop `qwen-gateway serve`: safe to set from a signal handler.

A Python signal handler runs on the main thread, between two of its steps, wherever it is. A
`threading.Event` is not safe there: `set` takes the Event's lock, which the main thread holds for a
moment on every turn of `Event.wait`, so a signal landing in that moment leaves the handler waiting
for its own thread, forever (a READY server that ignored Ctrl-C; tests/unit/test_stop_flag.py). This
flag is a plain attribute that the waiting side polls: no lock anywhere.
"""

from __future__ import annotations

import signal
import time

POLL_S = 0.1   # how soon a wait sees the flag: a stop within a tenth of a second is soon enough


class StopFlag:
    """`set`, `is_set` and `wait` as a threading.Event has them, without a lock."""

    def __init__(self) -> None:
        self._set = False

    def set(self) -> None:
        self._set = True

    def is_set(self) -> bool:
        return self._set

    def wait(self, timeout: float) -> bool:
        """True as soon as the flag is set, False once `timeout` seconds pass without it."""
        deadline = time.monotonic() + timeout
        while not self._set:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(left, POLL_S))   # a signal cuts the sleep short only to run its handler
        return True


def stop_on_signals(flag: StopFlag) -> None:
    """SIGINT (Ctrl-C) and SIGTERM set `flag`, replacing Python's and Ray's handlers for them."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: flag.set())
