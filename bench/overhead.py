"""Microbenchmarks: the gateway's own added latency and requests/s, and routing decision latency.

Overhead: the FastAPI app (`create_app(Gateway(config, FakeBackend(...)))`, a zero-latency backend)
and a bare ASGI app that answers with the very bytes the gateway produced for the same request,
served side by side and loaded alternately in one run, so machine noise hits both alike. The
difference of their latencies is what the gateway's code adds (parsing, thinking controls,
routing, metering, SSE re-encoding, metrics); the ratio of their requests/s is its cost in
capacity. It excludes Ray Serve's proxy and handle hop, which the end-to-end benchmark includes.

- `mode="uvicorn"` (the CLI default): each app in its own uvicorn subprocess pinned to one core
  (the last one), the client on the other cores.
- `mode="asgi"`: both apps in-process through `httpx.ASGITransport` (no sockets): seconds, for tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import httpx

from gateway.config import GatewayConfig, parse_config

from .report import percentile

CASE_HEADER = "x-bench-case"
PROMPT = "Explain briefly why the sky is blue, then give one everyday example."
REPO_ROOT = Path(__file__).resolve().parents[1]


def cases(config: GatewayConfig, max_tokens: int = 16) -> dict[str, dict[str, Any]]:
    """The request bodies measured: streamed and routed (the full path), streamed pinned, JSON pinned."""
    pinned = next(iter(config.enabled_models()))
    msg = [{"role": "user", "content": PROMPT}]
    return {
        "stream_auto": {"model": "auto", "messages": msg, "max_tokens": max_tokens, "stream": True},
        "stream_pinned": {"model": pinned, "messages": msg, "max_tokens": max_tokens, "stream": True},
        "json_pinned": {"model": pinned, "messages": msg, "max_tokens": max_tokens},
    }


def gateway_app(config: GatewayConfig):
    from gateway.api.app import create_app
    from gateway.fake_backend import FakeBackend
    from gateway.service import Gateway

    return create_app(Gateway(config, FakeBackend(list(config.enabled_models()))))


@dataclass
class Reply:
    status: int
    headers: list[tuple[bytes, bytes]]
    chunks: list[bytes]  # one per SSE event when streamed, else the whole body


def reply_to_json(r: Reply) -> dict[str, Any]:
    return {"status": r.status, "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in r.headers],
            "chunks": [c.decode("utf-8") for c in r.chunks]}


def reply_from_json(d: dict[str, Any]) -> Reply:
    return Reply(d["status"], [(k.encode("latin-1"), v.encode("latin-1")) for k, v in d["headers"]],
                 [c.encode("utf-8") for c in d["chunks"]])


async def capture_replies(app, bodies: dict[str, dict[str, Any]]) -> dict[str, Reply]:
    """What the gateway app answers to each body: status, content type and the exact bytes."""
    out = {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
        for name, body in bodies.items():
            r = await client.post("/v1/chat/completions", json=body)
            if r.status_code != 200:
                raise RuntimeError(f"gateway answered {r.status_code} to case {name}: {r.text[:200]}")
            # Every header the app sent (x-route-*, x-request-id, content-length ...), same bytes.
            headers = [(k.encode(), v.encode()) for k, v in r.headers.items()
                       if k not in ("date", "server", "transfer-encoding")]
            chunks = [e + b"\n\n" for e in r.content.split(b"\n\n") if e] if body.get("stream") else [r.content]
            out[name] = Reply(200, headers, chunks)
    return out


def bare_app(replies: dict[str, Reply]):
    """A raw ASGI app: reads the request body, then sends the recorded reply for `x-bench-case`."""
    ok = Reply(200, [(b"content-type", b"application/json")], [b'{"status":"ok"}'])

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        case = b""
        for k, v in scope["headers"]:
            if k == CASE_HEADER.encode():
                case = v
        more = True
        while more:  # consume the body, as any real server must
            msg = await receive()
            more = msg.get("more_body", False)
        reply = replies.get(case.decode(), ok)
        await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers})
        for chunk in reply.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    return app


# --- serving in a pinned subprocess ---------------------------------------------------------------


def _serve_main(argv: list[str]) -> None:
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["gateway", "bare"])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--core", type=int, default=None)
    p.add_argument("--config-json", required=True)
    p.add_argument("--replies-json", default=None)
    a = p.parse_args(argv)
    if a.core is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {a.core})
    import logging

    import uvicorn

    logging.getLogger("qwen_gateway").setLevel(logging.WARNING)
    if a.kind == "gateway":
        app = gateway_app(parse_config(json.loads(Path(a.config_json).read_text())))
    else:
        app = bare_app({k: reply_from_json(v) for k, v in json.loads(Path(a.replies_json).read_text()).items()})
    # A long keep-alive: the client pauses on one app while it loads the other, and a connection the
    # server closes at its 5 s default races the client's reuse of it (ReadError).
    uvicorn.run(app, host="127.0.0.1", port=a.port, log_level="warning", access_log=False, lifespan="on",
                timeout_keep_alive=300)


class _Servers:
    """Two uvicorn subprocesses (gateway and bare) pinned to `core`; stopped on exit."""

    def __init__(self, config: GatewayConfig, replies: dict[str, Reply], core: int | None) -> None:
        from .stacks import free_port

        self.tmp = tempfile.TemporaryDirectory(prefix="bench-overhead-")
        cfg_path = Path(self.tmp.name) / "config.json"
        cfg_path.write_text(json.dumps(config.model_dump(mode="json")))
        rep_path = Path(self.tmp.name) / "replies.json"
        rep_path.write_text(json.dumps({k: reply_to_json(v) for k, v in replies.items()}))
        self.ports = {"gateway": free_port(), "bare": free_port()}
        core_args = [] if core is None else ["--core", str(core)]
        self.procs = {
            kind: subprocess.Popen(
                [sys.executable, "-m", "bench.overhead", "--serve", kind, "--port", str(port),
                 "--config-json", str(cfg_path), "--replies-json", str(rep_path), *core_args],
                cwd=str(REPO_ROOT))
            for kind, port in self.ports.items()
        }

    def wait(self, timeout_s: float = 120) -> None:
        deadline = time.monotonic() + timeout_s
        for kind, port in self.ports.items():
            while True:
                if self.procs[kind].poll() is not None:
                    raise RuntimeError(f"{kind} server exited with {self.procs[kind].returncode}")
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{kind} server did not start in {timeout_s:.0f}s")
                time.sleep(0.2)

    def stop(self) -> None:
        for p in self.procs.values():
            p.terminate()
        for p in self.procs.values():
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        self.tmp.cleanup()


# --- measuring ------------------------------------------------------------------------------------


async def _post(client: httpx.AsyncClient, url: str, payload: bytes, headers: dict[str, str]) -> None:
    """One request, read to the end; one retry if a kept-alive connection was closed under us."""
    for attempt in (0, 1):
        try:
            r = await client.post(url, content=payload, headers=headers)
            r.raise_for_status()
            return
        except (httpx.ReadError, httpx.RemoteProtocolError):
            if attempt:
                raise


async def _sequential(client: httpx.AsyncClient, url: str, payload: bytes, headers: dict[str, str], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        await _post(client, url, payload, headers)
        out.append(time.perf_counter() - t0)
    return out


async def _rps(client: httpx.AsyncClient, url: str, payload: bytes, headers: dict[str, str], n: int, conc: int) -> float:
    left = n

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await _post(client, url, payload, headers)

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(conc)))
    return n / (time.perf_counter() - t0)


async def _measure_then_close(make_clients: Callable[[], dict[str, httpx.AsyncClient]], bodies: dict[str, Any],
                              **kw: Any) -> dict[str, Any]:
    """`_measure` over clients made in this event loop, closed however it ends."""
    clients = make_clients()
    try:
        return await _measure(clients, bodies, **kw)
    finally:
        for c in clients.values():
            await c.aclose()


async def _measure(clients: dict[str, httpx.AsyncClient], bodies: dict[str, dict[str, Any]], *, requests: int,
                   rounds: int, rps_requests: int, rps_concurrency: int) -> dict[str, Any]:
    out = {}
    url = "/v1/chat/completions"
    for name, body in bodies.items():
        payload = json.dumps(body).encode()
        headers = {"content-type": "application/json", CASE_HEADER: name}
        for c in clients.values():  # warm-up: connections, imports, first-call caches
            await _sequential(c, url, payload, headers, 5)
        lat: dict[str, list[float]] = {"gateway": [], "bare": []}
        rps: dict[str, list[float]] = {"gateway": [], "bare": []}
        per_round = max(1, requests // rounds)
        for i in range(rounds):  # alternate, and alternate who goes first, so drift hits both
            order = ("bare", "gateway") if i % 2 == 0 else ("gateway", "bare")
            for kind in order:
                lat[kind] += await _sequential(clients[kind], url, payload, headers, per_round)
        for i in range(3):
            order = ("bare", "gateway") if i % 2 == 0 else ("gateway", "bare")
            for kind in order:
                rps[kind].append(await _rps(clients[kind], url, payload, headers, rps_requests, rps_concurrency))
        g50, b50 = percentile(lat["gateway"], 50), percentile(lat["bare"], 50)
        g_rps, b_rps = percentile(rps["gateway"], 50), percentile(rps["bare"], 50)
        out[name] = {
            "requests": len(lat["gateway"]),
            "gateway_p50_ms": round(g50 * 1e3, 3),
            "bare_p50_ms": round(b50 * 1e3, 3),
            "overhead_p50_ms": round((g50 - b50) * 1e3, 3),
            "gateway_p99_ms": round(percentile(lat["gateway"], 99) * 1e3, 3),
            "bare_p99_ms": round(percentile(lat["bare"], 99) * 1e3, 3),
            "overhead_p99_ms": round((percentile(lat["gateway"], 99) - percentile(lat["bare"], 99)) * 1e3, 3),
            "gateway_rps": round(g_rps, 1),
            "bare_rps": round(b_rps, 1),
            "rps_ratio": round(g_rps / b_rps, 3),
            "rps_concurrency": rps_concurrency,
        }
    return out


def measure_overhead(config: GatewayConfig, *, mode: str = "uvicorn", requests: int = 400, rounds: int = 8,
                     rps_requests: int = 300, rps_concurrency: int = 8, max_tokens: int = 16,
                     log: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    """Gateway vs bare app on the same bytes. Returns per-case figures and the headline
    `overhead_p50_ms` (the streamed, routed case: the whole request path)."""
    if mode not in ("uvicorn", "asgi"):
        raise ValueError(f"mode must be 'uvicorn' or 'asgi', got {mode!r}")
    bodies = cases(config, max_tokens)
    replies = asyncio.run(capture_replies(gateway_app(config), bodies))
    kw = dict(requests=requests, rounds=rounds, rps_requests=rps_requests, rps_concurrency=rps_concurrency)
    result: dict[str, Any] = {"mode": mode, "backend": "FakeBackend (zero latency)", "max_tokens": max_tokens}
    if mode == "asgi":
        apps = {"gateway": gateway_app(config), "bare": bare_app(replies)}
        result["cases"] = asyncio.run(_measure_then_close(
            lambda: {k: httpx.AsyncClient(transport=httpx.ASGITransport(app=a), base_url="http://x")
                     for k, a in apps.items()}, bodies, **kw))
    else:
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        server_core = cpus[-1] if len(cpus) > 1 else None
        result["server_core"] = server_core
        servers = _Servers(config, replies, server_core)
        old_affinity = set(cpus)
        try:
            servers.wait()
            if server_core is not None:
                os.sched_setaffinity(0, set(cpus) - {server_core})  # the client stays off the server's core
            log(f"overhead: gateway and bare app on core {server_core}, ports {servers.ports}")

            result["cases"] = asyncio.run(_measure_then_close(
                lambda: {k: httpx.AsyncClient(base_url=f"http://127.0.0.1:{p}", timeout=30)
                         for k, p in servers.ports.items()}, bodies, **kw))
        finally:
            if server_core is not None:
                os.sched_setaffinity(0, old_affinity)
            servers.stop()
    result["overhead_p50_ms"] = result["cases"]["stream_auto"]["overhead_p50_ms"]
    result["rps_ratio"] = result["cases"]["stream_auto"]["rps_ratio"]
    return result


# --- routing decision latency ---------------------------------------------------------------------


def default_labels_dir() -> Path | None:
    env = os.environ.get("QWEN_GATEWAY_ROUTING_LABELS")
    for cand in ([Path(env)] if env else []) + [REPO_ROOT / "shared/data/routing-labels",
                                                 REPO_ROOT.parent / "shared/data/routing-labels"]:
        if cand.is_dir():
            return cand
    return None


def routing_latency(labels_dir: str | Path, policy: str | None = None) -> dict[str, Any]:
    """Decision p50/p99 of the routing policy over every labelled prompt (via gateway.evaluation)."""
    from gateway.evaluation import DEFAULT_POLICY, evaluate

    out = {}
    for f in sorted(Path(labels_dir).glob("*.jsonl")):
        r = evaluate(f, policy or DEFAULT_POLICY)
        out[f.name] = {k: r[k] for k in ("policy", "rows", "decision_p50_ms", "decision_p99_ms",
                                         "decision_cpu_p50_ms", "decision_cpu_p99_ms")}
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        _serve_main(sys.argv[2:])
    else:
        sys.exit("internal entry point: use `python -m bench overhead`")
