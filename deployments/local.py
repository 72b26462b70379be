"""Run the whole app on this machine: a local Ray, the Serve app, and a readiness wait.

Shared by `qwen-gateway serve` and the integration tests, so both exercise the same start-up.
`phases` records when each step ended (seconds from `start`), for the log and `bench footprint`.
"""

from __future__ import annotations

import concurrent.futures
import os
import time
from pathlib import Path
from typing import Any, Callable, Literal

import httpx

from gateway.checkpoints import ensure_checkpoints
from gateway.config import GatewayConfig, Runtime
from gateway.names import APP_NAME
from gateway.probe import deep_readiness
from gateway.startup import StartupBoard, state_from_replicas
from gateway.stop import StopFlag

from .deploy_child import ChildDeployer
from .models import deployment_name

Progress = Callable[[str, str], None]   # (progress text, state summary without timers)
# Between two turns of the wait (progress display, probe answers). A probe in flight ends the pause as
# soon as it answers, so a model is ready when its answer comes, not at the next turn (each turn at
# 1 s, as before, added ~1 s to READY on average).
POLL_S = 0.5
# Serve's replica states are read every STATUS_EVERY turns (~2 s), not every turn: one serve.status()
# cost 30-50 ms of this process's CPU here, plus the controller's, on the cores the engines start on
# (BENCHMARKS.md, "fewer status reads"). A model that starts answering is seen up to ~1.5 s later.
STATUS_EVERY = 4


class LocalServer:
    def __init__(self, config: GatewayConfig, host: str | None = None, port: int | None = None,
                 build: Literal["here", "cluster", "child"] = "here") -> None:
        """`build`: where the app is built, which imports Ray Serve LLM, torch and vLLM (~0.35 GB of PSS
        held by whoever imports them, ~9 s of one core). "here": this process. "cluster": Serve's
        controller, in a Ray task once Serve is up (`deployments.builder:build_app`, deployed
        declaratively). "child": a short-lived child process that imports while this one starts Ray
        and exits once it has deployed the app (deployments/deploy_child.py): Serve adds the replicas
        ~5 s sooner than with "cluster" (8.3 s from the CLI's start against 13.1 s, BENCHMARKS.md). In
        the last two this process never imports vLLM, and at READY no process holds the build's import."""
        self.config = config
        self.build = build
        self.host = host or config.server.host
        self.port = port or config.server.port
        self.base_url = f"http://{self.host}:{self.port}"
        self._started = False
        self.began = time.monotonic()
        self.phases: dict[str, float] = {}

    def _mark(self, phase: str) -> None:
        self.phases[phase] = round(time.monotonic() - self.began, 1)

    def start(self, log: Callable[[str], None] = print, log_to_driver: bool = False,
              wait_deployed: bool = True) -> "LocalServer":
        """`log_to_driver`: Ray workers' output (replicas, engines) also on this process's stderr.
        `wait_deployed`: return once Serve reports the app running (False: as soon as it is submitted,
        so that `wait_ready` can show each model's progress)."""
        self.began = time.monotonic()
        ensure_checkpoints(self.config)  # progress bar on first run; cached afterwards
        self._mark("checkpoints")
        from ray import serve

        child = ChildDeployer(portable_config(self.config)) if self.build == "child" else None
        try:
            log(f"starting Ray ({self.config.server.ray_num_cpus} logical CPUs, metrics on port {self.config.server.metrics_port})")
            self._started = True   # from here on, stop() shuts down whatever did start
            start_ray_serve(self.config, self.host, self.port, log_to_driver=log_to_driver)
            self._mark("ray_and_serve")
            log(f"deploying {len(self.config.enabled_models())} models: {', '.join(self.config.enabled_models())}")
            if child is not None:
                child.deploy(ray_address())
            elif self.build == "cluster":
                deploy_declared(self.config)
        finally:
            if child is not None:
                child.close()
        if self.build != "here":
            self._mark("deploy_submitted")
            if wait_deployed:
                self.wait_ready(log=log)
            return self
        from .builder import build_app_from_config

        app = build_app_from_config(self.config)
        self._mark("build_app")
        # serve.run waits until the whole app runs; serve._run(_blocking=False) is what it calls.
        serve._run(app, name=APP_NAME, route_prefix="/", _blocking=wait_deployed)
        self._mark("deployed" if wait_deployed else "deploy_submitted")
        return self

    def wait_ready(self, timeout_s: float = 600, log: Callable[[str], None] = print,
                   progress: Progress | None = None, stop: StopFlag | None = None) -> None:
        """Until every hosted model has answered one token (the gateway's deep readiness check, which
        is not client traffic) or sleeps at zero replicas by design. Each model's
        state (starting, loading, answering, ready) comes from Serve's replica states; `log` gets a
        line as each model becomes ready, `progress` the progress display every poll. `stop` set
        (Ctrl-C) ends the wait with InterruptedError."""
        enabled = self.config.enabled_models()
        # External members run on their own servers and do not gate readiness: nothing to wait for.
        for n, m in enabled.items():
            if m.external is not None:
                log(f"  {n}: external member at {m.external.base_url} (not started here)")
        names = [n for n, m in enabled.items() if m.external is None]
        board = StartupBoard(names, began=self.began)
        deadline = time.monotonic() + timeout_s
        probe: dict[str, concurrent.futures.Future] = {}
        replicas: dict[str, dict[str, int]] = {}
        with httpx.Client(timeout=120) as client, concurrent.futures.ThreadPoolExecutor(1) as pool:
            turn = 0
            while not board.all_ready():
                now = time.monotonic()
                if turn % STATUS_EVERY == 0:
                    replicas = _model_replica_states(names)
                turn += 1
                for name in names:
                    if board.state(name) != "ready" and board.set(name, state_from_replicas(replicas.get(name)), now):
                        self._mark(f"{name}.{board.state(name)}")
                self._probe_step(names, board, probe, pool, client, replicas, log)
                if progress is not None:
                    progress(board.progress_line(time.monotonic()), " ".join(board.state(n) for n in names))
                if board.all_ready():
                    break
                if stop is not None and stop.is_set():
                    raise InterruptedError("stopped before every model was ready")
                if now >= deadline:
                    raise TimeoutError(f"models not ready after {timeout_s:.0f}s ("
                                       + ", ".join(f"{n}: {board.state(n)}" for n in names)
                                       + "); see the log and `ray logs` for engine errors")
                fut = probe.get("deep")
                if fut is not None:
                    concurrent.futures.wait([fut], timeout=POLL_S)
                else:
                    time.sleep(POLL_S)

    def _probe_step(self, names: list[str], board: StartupBoard, probe: dict, pool, client: httpx.Client,
                    replicas: dict[str, dict[str, int] | None], log: Callable[[str], None]) -> None:
        """Ask the gateway's deep readiness check (each running model answers one token, asked of it
        directly: not client traffic, never counted) once models run; collect its answer. A model
        Serve runs at zero replicas by design is ready asleep (nothing wakes it)."""
        now = time.monotonic()
        for name in names:
            asleep = self.config.enabled_models()[name].serving.autoscaling.min_replicas == 0 and replicas.get(name) == {}
            if asleep and board.state(name) != "ready":
                self._ready(name, board, now, log)
        fut = probe.get("deep")
        if fut is not None and fut.done():
            del probe["deep"]
            ok, answers = fut.result()
            for name in names:
                answered = answers.get(name) == "ok" if answers is not None else ok
                if board.state(name) == "answering" and answered:
                    self._ready(name, board, time.monotonic(), log)
            return   # the next probe after a pause: a gateway that answers at once is not asked in a loop
        if "deep" not in probe and any(board.state(n) == "answering" for n in names):
            probe["deep"] = pool.submit(deep_readiness, client, self.base_url)

    def _ready(self, name: str, board: StartupBoard, now: float, log: Callable[[str], None]) -> None:
        board.set(name, "ready", now)
        self._mark(f"{name}.ready")
        log(board.ready_line(name))

    def stop(self) -> None:
        if self._started:
            shutdown_ray()
            self._started = False


def _model_replica_states(names: list[str]) -> dict[str, dict[str, int]]:
    """Model name -> its deployment's replica counts by state; a model Serve has not deployed yet
    (or a status Serve cannot give right now) is absent."""
    from ray import serve

    try:
        app = serve.status().applications.get(APP_NAME)
    except Exception:   # the controller may be busy or not up yet; the next poll asks again
        return {}
    if app is not None and str(getattr(app.status, "value", app.status)) == "DEPLOY_FAILED":
        raise RuntimeError(f"Serve could not deploy the app: {app.message}")
    deployments = app.deployments if app is not None else {}
    out = {}
    for name in names:
        # build_llm_deployment prefixes the name ("LLMServer:model-qwen3-0_6b").
        for dep, status in deployments.items():
            if dep.endswith(deployment_name(name)):
                out[name] = {str(getattr(k, "value", k)): v for k, v in status.replica_states.items()}
    return out


def deploy_declared(config: GatewayConfig) -> None:
    """Hand Serve's controller the app as config (`import_path` + args), as `serve deploy` does; it
    builds the app in a Ray task."""
    from ray.serve.context import _get_global_client
    from ray.serve.schema import ServeDeploySchema

    schema = ServeDeploySchema(applications=[{"name": APP_NAME, "route_prefix": "/",
                                              "import_path": "deployments.builder:build_app",
                                              "args": {"config": portable_config(config)}}])
    _get_global_client().deploy_apps(schema, _blocking=False)


def portable_config(config: GatewayConfig) -> dict[str, Any]:
    """The config as JSON for another process, whose working directory may differ from this one's:
    the checkpoint folder made absolute."""
    raw = config.model_dump(mode="json")
    raw["server"]["checkpoint_dir"] = str(Path(config.server.checkpoint_dir).resolve())
    return raw


def ray_address() -> str:
    """The GCS address of the Ray this process is connected to (for a second driver)."""
    import ray

    return ray.get_runtime_context().gcs_address


def ray_init_options(runtime: Runtime) -> dict[str, Any]:
    """Ray start-up knobs from the profile's runtime section (only what differs from Ray's defaults)."""
    if runtime.ray_idle_workers is None:
        return {}
    # Ray prestarts one Python worker per logical CPU when the driver connects and keeps up to that
    # many idle; each holds what its last task imported (hundreds of MB after a Serve build task).
    return {"_system_config": {"prestart_worker_first_driver": False,
                               "num_workers_soft_limit": runtime.ray_idle_workers}}


def start_ray_serve(config: GatewayConfig, host: str, port: int, log_to_driver: bool = False) -> None:
    """A local Ray with the config's logical CPUs and metrics port, and Serve's HTTP proxy on host:port.

    Logical CPUs may exceed the cores (`server.ray_num_cpus`): over-subscribed, or on a 2-core machine
    the ingress never schedules beside the engines.
    """
    import ray
    from ray import serve

    # Ray Serve LLM sets engine env through runtime_env; keep Ray's own log noise down.
    os.environ.setdefault("RAY_SERVE_LOG_TO_STDERR", "0")
    ray.init(num_cpus=config.server.ray_num_cpus, include_dashboard=False,
             _metrics_export_port=config.server.metrics_port, logging_level="WARNING",
             log_to_driver=log_to_driver, **ray_init_options(config.active_profile.runtime))
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
