"""The app in-process over the fake backend: what most unit tests drive."""

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
