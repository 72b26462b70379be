"""The app in-process over the fake backend: what most unit tests drive; and a guard that no unit
test leaves a local Ray running (the integration tests that start their own Ray run later in the
same pytest process and would find it)."""

import sys

import httpx
import pytest

from gateway.api.app import create_app
from gateway.config import load_config
from gateway.fake_backend import FakeBackend
from gateway.service import Gateway


@pytest.fixture
def backend():
    return FakeBackend(list(load_config().enabled_models()))


@pytest.fixture
def app(backend):
    return create_app(Gateway(load_config(), backend))


@pytest.fixture
async def client(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as c:
        yield c


@pytest.fixture
def leaves_no_ray():
    """Building a model's deployment starts a local Ray in this process (Ray Serve LLM asks the
    cluster while it builds); shut it down, or the integration tests that need their own Ray, which
    run later in the same pytest process, find one already running."""
    import ray

    was_running = ray.is_initialized()
    yield
    if not was_running and ray.is_initialized():
        ray.shutdown()


@pytest.fixture(autouse=True)
def _no_ray_left_running():
    yield
    ray = sys.modules.get("ray")
    if ray is not None and ray.is_initialized():
        ray.shutdown()
        pytest.fail("this test left a local Ray running in the pytest process; shut it down in the test")
