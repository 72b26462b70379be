"""A config with external members, and a gateway over the fake backend plus an external backend."""

from __future__ import annotations

import httpx

from gateway.api.app import create_app
from gateway.config import load_config, parse_config
from gateway.external.client import ExternalBackend
from gateway.external.composite import CompositeBackend
from gateway.fake_backend import FakeBackend
from gateway.metrics import GatewayMetrics
from gateway.service import Gateway

EXT = "qwen3-4b"          # a catalogue model served here by an external member


def config_with_members(members: dict[str, dict], hosted: tuple[str, ...] | None = None, **server):
    raw = load_config().model_dump(mode="json")
    prof = raw["profiles"]["local"]["models"]
    if hosted is not None:
        prof = {k: v for k, v in prof.items() if k in hosted}
    for name, ext in members.items():
        prof[name] = {"external": {"base_url": "http://ext.test/v1", "model": f"srv-{name}", **ext}}
    raw["profiles"]["local"]["models"] = prof
    raw["server"].update(server)
    return parse_config(raw)


class Stack:
    """The app over hosted fake models and external members answered by `handler` (httpx MockTransport)."""

    def __init__(self, config, handler, clock=None):
        self.config = config
        self.metrics = GatewayMetrics("prometheus", request_log=False)
        members = {n: m.external for n, m in config.enabled_models().items() if m.external}
        hosted = [n for n in config.enabled_models() if n not in members]
        self.fake = FakeBackend(hosted)
        kw = {"clock": clock} if clock else {}
        self.external = ExternalBackend(members, transport=httpx.MockTransport(handler),
                                        on_health=self.metrics.external_health, **kw)
        routes = {n: (self.external if n in members else self.fake) for n in config.enabled_models()}
        self.gateway = Gateway(config, CompositeBackend(routes), metrics=self.metrics)
        self.client = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(self.gateway)),
                                        base_url="http://gw")

    def sample(self, name, **labels):
        return self.metrics.registry.get_sample_value(name, labels)
