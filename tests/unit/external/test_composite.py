"""The composite backend: each model to the backend that serves it, one status snapshot for all."""

from gateway.backend import ModelStatus
from gateway.external.client import ExternalBackend
from gateway.external.composite import CompositeBackend, with_external
from gateway.fake_backend import FakeBackend

from .helpers import EXT, config_with_members


def test_without_external_members_the_hosted_backend_is_used_as_it_is():
    from gateway.config import load_config

    hosted = FakeBackend(["qwen3-0.6b"])
    assert with_external(load_config(), hosted) is hosted


async def test_models_go_to_their_backends_and_status_is_one_snapshot():
    cfg = config_with_members({EXT: {}}, hosted=("qwen3-0.6b",))
    hosted = FakeBackend(["qwen3-0.6b"], states={"qwen3-0.6b": ModelStatus("qwen3-0.6b", "scaled_to_zero", 0)})
    hosted.wire_types = "ray-types"
    backend = with_external(cfg, hosted)
    assert isinstance(backend, CompositeBackend) and backend.wire_types == "ray-types"
    assert isinstance(backend.routes[EXT], ExternalBackend) and backend.routes["qwen3-0.6b"] is hosted
    states = await backend.status()
    assert set(states) == {"qwen3-0.6b", EXT}
    assert states["qwen3-0.6b"].state == "scaled_to_zero" and states[EXT].state == "running"
    await backend.wake("qwen3-0.6b")
    await backend.wake(EXT)                     # always on: nothing to start, and no error
    assert hosted.woken == ["qwen3-0.6b"]
