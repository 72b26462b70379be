"""CPU and memory of a serving stack's front end, sampled with psutil while load runs.

The front end is what sits between the client and the engine: for a Ray Serve app, the HTTP proxy
(`ray::ProxyActor`) and the ingress replica(s) (`ray::ServeReplica:<app>:<deployment>`, not the
model deployments); for vLLM's own server, the API server process (not its EngineCore child).
Ray workers keep those titles in their command line, so they are found by cmdline among the
descendants of this process (the Ray it started), never among other users' Ray clusters.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Iterable

import psutil


def _title(p: psutil.Process) -> str:
    try:
        return " ".join(p.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return ""


def ray_frontend_processes(app_name: str, exclude_deployments: Iterable[str] = (),
                           root: psutil.Process | None = None) -> list[psutil.Process]:
    """The Serve proxy and the app's non-model replicas among the descendants of `root`."""
    root = root or psutil.Process(os.getpid())
    exclude = tuple(exclude_deployments)
    out = []
    for p in root.children(recursive=True):
        t = _title(p)
        if t.startswith("ray::ProxyActor"):
            out.append(p)
        elif t.startswith(f"ray::ServeReplica:{app_name}:") and not any(f":{d}" in t for d in exclude):
            out.append(p)
    return out


def describe(procs: Iterable[psutil.Process]) -> list[str]:
    return [f"{p.pid} {_title(p)[:80]}" for p in procs]


class ProcSampler:
    """Samples CPU time and RSS of fixed processes in a thread; use as a context manager.

    `cpu_pct` is CPU seconds used by all of them over the window / wall seconds x 100 (so 100 =
    one core busy); `rss_mb` is the peak of their summed RSS.
    """

    def __init__(self, procs: Iterable[psutil.Process], interval_s: float = 0.25) -> None:
        self.procs = list(procs)
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.peak_rss = 0
        self._cpu0 = 0.0
        self._t0 = 0.0
        self.cpu_pct: float | None = None
        self.rss_mb: float | None = None

    def _cpu(self) -> float:
        total = 0.0
        for p in self.procs:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _rss(self) -> int:
        total = 0
        for p in self.procs:
            try:
                total += p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                pass
        return total

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.peak_rss = max(self.peak_rss, self._rss())

    def __enter__(self) -> "ProcSampler":
        self._t0, self._cpu0 = time.perf_counter(), self._cpu()
        self.peak_rss = self._rss()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        wall = time.perf_counter() - self._t0
        if self.procs and wall > 0:
            self.cpu_pct = round((self._cpu() - self._cpu0) / wall * 100, 1)
            self.rss_mb = round(self.peak_rss / 2**20, 1)

    def figures(self) -> dict[str, float | None]:
        return {"frontend_cpu_pct": self.cpu_pct, "frontend_rss_mb": self.rss_mb,
                "frontend_processes": len(self.procs)}
