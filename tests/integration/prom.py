"""A real Prometheus for integration tests: Debian's binary on loopback, scraping given targets every second."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Iterator

import httpx
import yaml

PROMETHEUS = shutil.which("prometheus")
MISSING = "prometheus not installed: run scripts/install_prometheus.sh (Debian's prometheus package)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_prometheus(tmp: Path, targets: list[str], rules_yaml: str | None = None) -> Iterator[httpx.Client]:
    """Start Prometheus in `tmp`, wait until ready, yield an API client on its base URL, stop it."""
    assert PROMETHEUS is not None, MISSING
    port = free_port()
    cfg: dict = {"global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
                 "scrape_configs": [{"job_name": "qwen-gateway", "static_configs": [{"targets": targets}]}]}
    if rules_yaml is not None:
        (tmp / "rules.yaml").write_text(rules_yaml)
        cfg["rule_files"] = [str(tmp / "rules.yaml")]
    (tmp / "prometheus.yml").write_text(yaml.safe_dump(cfg))
    log = (tmp / "prometheus.log").open("w")
    proc = subprocess.Popen(
        [PROMETHEUS, f"--config.file={tmp / 'prometheus.yml'}", f"--storage.tsdb.path={tmp / 'data'}",
         f"--web.listen-address=127.0.0.1:{port}", "--storage.tsdb.retention.time=1h"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    api = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if api.get("/-/ready").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, f"prometheus exited: {(tmp / 'prometheus.log').read_text()[-2000:]}"
            assert time.monotonic() < deadline, "prometheus not ready after 60 s"
            time.sleep(0.5)
        yield api
    finally:
        api.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def query(api: httpx.Client, expr: str) -> list[dict]:
    r = api.get("/api/v1/query", params={"query": expr})
    body = r.json()
    assert r.status_code == 200 and body["status"] == "success", f"{expr}: {body.get('error')}"
    return body["data"]["result"]


def scalar(api: httpx.Client, expr: str) -> float:
    res = query(api, expr)
    return float(res[0]["value"][1]) if res else 0.0
