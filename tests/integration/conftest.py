"""One real app per test session: local Ray, Ray Serve LLM deployments with vLLM CPU engines on the
generated checkpoints, the gateway ingress. Tests talk to it only over HTTP, through real clients."""

import os
import socket

import pytest

from gateway.config import load_config


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_config():
    cfg = load_config(profile="local")
    server = cfg.server.model_copy(update={"port": _free_port(), "metrics_port": _free_port()})
    return cfg.model_copy(update={"server": server})


@pytest.fixture(scope="session")
def live_server(app_config):
    from deployments.local import LocalServer

    server = LocalServer(app_config)
    try:
        server.start(log=lambda m: print(m, flush=True))
        server.wait_ready(timeout_s=float(os.environ.get("QWEN_GATEWAY_READY_TIMEOUT", 900)),
                          log=lambda m: print(m, flush=True))
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def base_url(live_server) -> str:
    return live_server.base_url + "/v1"


@pytest.fixture(scope="session")
def client(base_url):
    from openai import OpenAI

    return OpenAI(base_url=base_url, api_key="EMPTY", timeout=120, max_retries=0)


@pytest.fixture
def aclient(base_url):
    from openai import AsyncOpenAI

    return AsyncOpenAI(base_url=base_url, api_key="EMPTY", timeout=120, max_retries=0)


def _run_order(item: pytest.Item) -> tuple[int, float]:
    """own_ray tests first (they start and stop their own Ray before the live app's Ray starts), then
    the rest, then destructive ones by rank (chaos, then drain, which deletes the live app)."""
    if item.get_closest_marker("own_ray"):
        return (0, 0)
    destructive = item.get_closest_marker("destructive")
    if destructive:
        return (2, destructive.kwargs.get("rank", 0))
    return (1, 0)


def pytest_collection_modifyitems(items):
    """Mark integration tests, and order them among themselves (other folders keep their places)."""
    where = [i for i, item in enumerate(items) if "tests/integration" in str(item.fspath)]
    ordered = sorted((items[i] for i in where), key=_run_order)   # stable: file order within a group
    for i, item in zip(where, ordered):
        item.add_marker(pytest.mark.integration)
        items[i] = item
