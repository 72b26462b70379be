"""Ctrl-C and SIGTERM must always stop `qwen-gateway serve`.

The serve loop waits for a stop flag that a signal handler sets. With `threading.Event` as that flag
the handler takes the Event's lock, which the main thread holds for a moment on every turn of
`Event.wait`: a signal landing then makes the handler wait on its own thread forever (seen: a
READY `qwen-gateway serve` ignored SIGINT, py-spy showed `Event.set` inside `Event.wait`).
Each trial runs in a child process with a deadline, so a hang fails the test instead of hanging it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

TRIAL = textwrap.dedent("""
    import os, signal, sys, threading, time
    from gateway.stop import StopFlag, stop_on_signals

    for trial in range(int(sys.argv[1])):
        flag = StopFlag()
        stop_on_signals(flag)
        delay = 0.002 + (trial % 7) * 0.0013
        threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT)).start()
        while not flag.wait(0):   # the serve loop's shape, turning without sleeping: the window is wide
            pass
    print("stopped every time")
""")


def test_a_signal_always_stops_the_wait():
    done = subprocess.run([sys.executable, "-c", TRIAL, "200"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "stopped every time"


def test_the_flag_waits_and_reports():
    from gateway.stop import StopFlag

    flag = StopFlag()
    assert not flag.is_set() and flag.wait(0.01) is False
    flag.set()
    assert flag.is_set() and flag.wait(5) is True


@pytest.mark.parametrize("timeout", [0, -1])
def test_no_wait_for_a_spent_timeout(timeout):
    from gateway.stop import StopFlag

    assert StopFlag().wait(timeout) is False
