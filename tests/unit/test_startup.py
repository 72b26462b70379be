"""The start-up display: model states from Serve's replica counts, the progress line, the console."""

import io

import pytest

from gateway.startup import Console, StartupBoard, state_from_replicas


@pytest.mark.parametrize("replicas, state", [
    (None, "starting"), ({}, "starting"), ({"STARTING": 1}, "loading"), ({"UPDATING": 1}, "loading"),
    ({"RUNNING": 1}, "answering"), ({"RUNNING": 1, "STARTING": 1}, "answering"),
])
def test_state_from_replica_counts(replicas, state):
    assert state_from_replicas(replicas) == state


def test_board_times_each_model_and_never_goes_back():
    board = StartupBoard(["qwen3-0.6b", "qwen3-8b"], began=100.0)
    assert board.progress_line(103.0) == "[  3s] qwen3-0.6b starting · qwen3-8b starting"
    assert board.set("qwen3-0.6b", "loading", 110.0)
    assert not board.set("qwen3-0.6b", "loading", 111.0)          # same state: no change
    assert board.set("qwen3-0.6b", "answering", 130.0)
    assert not board.set("qwen3-0.6b", "loading", 131.0)          # a later poll cannot move it back
    assert board.progress_line(132.0) == "[ 32s] qwen3-0.6b answering 2s · qwen3-8b starting"
    assert board.set("qwen3-0.6b", "ready", 134.0)
    assert board.ready_line("qwen3-0.6b") == "  qwen3-0.6b  ready in 34s (engine loading 20s)"
    assert not board.all_ready()
    assert board.set("qwen3-8b", "ready", 140.0)                  # straight to ready (scale from zero)
    assert board.ready_line("qwen3-8b") == "  qwen3-8b    ready in 40s"
    assert board.all_ready()
    assert board.progress_line(141.0) == "[ 41s] qwen3-0.6b ready 34s · qwen3-8b ready 40s"


def test_board_rejects_an_unknown_state():
    with pytest.raises(ValueError, match="unknown start-up state 'booting'; known: starting, loading"):
        StartupBoard(["m"], began=0.0).set("m", "booting", 1.0)


def test_console_on_a_terminal_rewrites_one_line():
    out = io.StringIO()
    con = Console(out, tty=True)
    con.progress("[  1s] a starting")
    con.progress("[  2s] a loading 1s")
    con.line("  a  ready in 3s")
    con.end_progress()
    text = out.getvalue()
    assert text.count("\n") == 1                                   # only the permanent line ends a line
    assert text.startswith("\r\x1b[K[  1s] a starting\r\x1b[K[  2s] a loading 1s\r\x1b[K  a  ready in 3s\n")
    assert text.endswith("\r\x1b[K")                               # the progress line is cleared at the end


def test_console_without_a_terminal_prints_plain_lines_only_on_change_and_not_too_often():
    out, now = io.StringIO(), [0.0]
    con = Console(out, tty=False, plain_every_s=10, clock=lambda: now[0])
    con.progress("[  0s] a starting", "starting")
    now[0] = 1.0
    con.progress("[  1s] a starting", "starting")                 # no change: nothing
    now[0] = 5.0
    con.progress("[  5s] a loading 0s", "loading")                # changed, but too soon
    now[0] = 12.0
    con.progress("[ 12s] a loading 7s", "loading")                # changed since the last line, 12 s later
    con.line("  a  ready in 20s")
    assert out.getvalue().splitlines() == ["[  0s] a starting", "[ 12s] a loading 7s", "  a  ready in 20s"]
    assert "\r" not in out.getvalue()


def test_output_to_file_keeps_the_console_for_our_lines_only(tmp_path):
    """Everything written to fd 1 and 2 (Python, C code, child processes) lands in the log file."""
    import subprocess
    import sys

    log = tmp_path / "logs" / "serve.log"
    script = (
        "import os, subprocess, sys\n"
        "from pathlib import Path\n"
        "from gateway.startup import output_to_file\n"
        f"with output_to_file(Path({str(log)!r})) as console:\n"
        "    console.write('console line\\n')\n"
        "    print('python stdout'); print('python stderr', file=sys.stderr)\n"
        "    sys.stdout.flush(); os.write(2, b'fd 2\\n')\n"
        "    subprocess.run(['echo', 'child process'])\n"
        "print('after')\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "console line\nafter\n"
    assert proc.stderr == ""
    assert log.read_text().splitlines() == ["python stdout", "python stderr", "fd 2", "child process"]
