"""Run the whole app on this machine: a local Ray, the Serve app, and a readiness wait.

Shared by `qwen-gateway serve` and the integration tests, so both exercise the same start-up.
"""

from __future__ import annotations

import os
import time
from typing import Callable

import httpx

from gateway.checkpoints import ensure_checkpoints
from gateway.config import GatewayConfig
from gateway.names import APP_NAME
from gateway.probe import poll_until, wait_for_answers

from .builder import build_app


class LocalServer:
    def __init__(self, config: GatewayConfig, host: str | None = None, port: int | None = None) -> None:
        self.config = config
        self.host = host or config.server.host
        self.port = port or config.server.port
        self.base_url = f"http://{self.host}:{self.port}"
        self._started = False

    def start(self, log: Callable[[str], None] = print) -> "LocalServer":
        ensure_checkpoints(self.config)  # progress bar on first run; cached afterwards
        from ray import serve

        log(f"starting Ray ({self.config.server.ray_num_cpus} logical CPUs, metrics on port {self.config.server.metrics_port})")
        self._started = True   # from here on, stop() shuts down whatever did start
        start_ray_serve(self.config, self.host, self.port)
        log(f"deploying {len(self.config.enabled_models())} models: {', '.join(self.config.enabled_models())}")
        serve.run(build_app(config=self.config), name=APP_NAME, route_prefix="/", blocking=False)
        return self

    def wait_ready(self, timeout_s: float = 600, log: Callable[[str], None] = print) -> None:
        """Until /health/ready is 200 and every model has answered a one-token request."""
        deadline = time.monotonic() + timeout_s
        with httpx.Client(base_url=self.base_url, timeout=30) as client:
            def check() -> tuple[str, str] | None:
                try:
                    r = client.get("/health/ready")
                    if r.status_code == 200:
                        return None
                    return ", ".join(f"{n}: {m['state']}" for n, m in r.json().get("models", {}).items()), ""
                except (httpx.HTTPError, ValueError):
                    return "ingress starting", ""

            poll_until(check, timeout_s, log, "models", hint="; see `ray logs` for engine errors")
        # Every model answers one token, through the gateway's own check: not counted as client traffic.
        wait_for_answers(self.base_url, max(deadline - time.monotonic(), 0.0), log)
        log(f"  {', '.join(self.config.enabled_models())} answer")

    def stop(self) -> None:
        if self._started:
            shutdown_ray()
            self._started = False


def start_ray_serve(config: GatewayConfig, host: str, port: int) -> None:
    """A local Ray with the config's logical CPUs and metrics port, and Serve's HTTP proxy on host:port.

    Logical CPUs may exceed the cores (`server.ray_num_cpus`): over-subscribed, or on a 2-core machine
    the ingress never schedules beside the engines.
    """
    import ray
    from ray import serve

    # Ray Serve LLM sets engine env through runtime_env; keep Ray's own log noise down.
    os.environ.setdefault("RAY_SERVE_LOG_TO_STDERR", "0")
    ray.init(num_cpus=config.server.ray_num_cpus, include_dashboard=False,
             _metrics_export_port=config.server.metrics_port, logging_level="WARNING", log_to_driver=False)
    serve.start(http_options={"host": host, "port": port})


def shutdown_ray() -> None:
    """Stop Serve (draining its replicas) and the local Ray this process started."""
    import ray
    from ray import serve

    if not ray.is_initialized():
        return
    try:
        serve.shutdown()
    finally:
        ray.shutdown()
