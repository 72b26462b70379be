"""`qwen-gateway serve` as a person runs it, for real (Ray Serve, vLLM engines): a short console with
one line per model and READY, Ray's and vLLM's output in the log file it names, and a clean stop
when Ctrl-C reaches the whole process group, as a terminal sends it.

A separate process with its own Ray, so `own_ray`: it runs before the session's live app starts.
"""

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest
import yaml

from gateway.config import load_config

pytestmark = pytest.mark.own_ray

MAX_CONSOLE_LINES = 15


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reader(stream, lines: "queue.Queue[str | None]") -> None:
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


def _until(lines: "queue.Queue[str | None]", last: str, timeout_s: float) -> list[str]:
    got, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            break
        got.append(line)
        if line.startswith(last):
            return got
    raise AssertionError("serve did not get to %r; console so far:\n%s" % (last, "\n".join(got)))


def test_serve_shows_a_short_console_and_stops_cleanly_on_ctrl_c(tmp_path, repo_root):
    raw = yaml.safe_load((repo_root / "config.yaml").read_text())
    port = _free_port()
    raw["server"].update(port=port, metrics_port=_free_port())
    cfg_path = tmp_path / "config.yaml"
    cfg_path.write_text(yaml.safe_dump(raw))
    models = list(load_config(cfg_path).enabled_models())
    log_path = tmp_path / "logs" / "serve.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", "serve", "--config", str(cfg_path), "--log-file", str(log_path)],
        cwd=repo_root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: "queue.Queue[str | None]" = queue.Queue()
    threading.Thread(target=_reader, args=(proc.stdout, lines), daemon=True).start()
    try:
        console = _until(lines, "Ctrl-C stops everything.", float(os.environ.get("QWEN_GATEWAY_READY_TIMEOUT", 900)))
        print("\n".join(console))
        assert len(console) <= MAX_CONSOLE_LINES, f"{len(console)} console lines"
        assert str(log_path) in console[0]
        for name in models:
            assert any(line.strip().startswith(f"{name} ") and "ready in" in line for line in console), name
        assert any(line.startswith("READY in ") for line in console)
        assert any("curl -s http://127.0.0.1:%d/v1/chat/completions" % port in line for line in console)
        assert not [line for line in console if "Traceback" in line or "ERROR" in line or "Deployment Options" in line]
        log_text = log_path.read_text()
        assert "start-up phases" in log_text          # the gateway's own record of where the time went
        r = httpx.post(f"http://127.0.0.1:{port}/v1/chat/completions", timeout=60,
                       json={"model": models[0], "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4})
        assert r.status_code == 200, r.text

        os.killpg(proc.pid, signal.SIGINT)             # what Ctrl-C in a terminal does
        assert proc.wait(timeout=180) == 0
        rest = []
        while (line := lines.get(timeout=10)) is not None:
            rest.append(line)
        assert rest == ["stopping Serve and Ray ..."], rest
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    deadline = time.monotonic() + 30                   # nothing of the stack is left behind
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(1)
    leftover = subprocess.run(["ps", "-o", "pid,args", "-g", str(proc.pid)], capture_output=True, text=True).stdout
    raise AssertionError(f"processes left in the serve's process group:\n{leftover}")
