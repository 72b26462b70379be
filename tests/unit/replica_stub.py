"""The Ray path without Ray: RayBackend over stand-in handles to a stand-in model replica that has the
gateway's real replica methods (deployments/replica_api.py). Bodies and answers cross the stand-in
handle as JSON text, as nothing but plain data may cross the real one. The replica's engine answers
as FakeBackend does (SSE strings while streaming, a response dict otherwise)."""

from __future__ import annotations

import json
from typing import Any

from deployments.ray_backend import RayBackend
from deployments.replica_api import GatewayEndpoints
from gateway.backend import ModelStatus
from gateway.fake_backend import FakeBackend


class StubServer(GatewayEndpoints):
    """A model replica: vLLM's request built from the body, run on a fake engine."""

    def __init__(self, engine: FakeBackend, model: str) -> None:
        self.engine, self.model, self.requests = engine, model, []

    async def chat(self, request: Any, raw_request_info: Any = None):
        async for item in self._run("chat", request):
            yield item

    async def completions(self, request: Any, raw_request_info: Any = None):
        async for item in self._run("completions", request):
            yield item

    async def _run(self, endpoint: str, request: Any):
        self.requests.append(request)
        async for obj in self.engine.generate(endpoint, self.model, request):
            yield [f"data: {json.dumps(obj)}\n\n"] if request.stream else obj
        if request.stream:
            yield ["data: [DONE]\n\n"]


class _Call:
    def __init__(self, gen) -> None:
        self._gen = gen

    def __aiter__(self):
        return self

    async def __anext__(self):
        return json.loads(json.dumps(await self._gen.__anext__()))   # plain data only

    def cancel(self) -> None:
        pass


class StubHandle:
    def __init__(self, server: StubServer) -> None:
        self.server, self.deployment_name = server, "LLMServer:model-" + server.model

    def options(self, **_):
        return self

    def __getattr__(self, method: str):
        server = self.server

        class Method:
            @staticmethod
            def remote(*args):
                return _Call(getattr(server, method)(*json.loads(json.dumps(args))))
        return Method


def stub_ray_backend(models: list[str], **fake: Any) -> tuple[RayBackend, dict[str, StubServer]]:
    engine = FakeBackend(models, **fake)
    servers = {m: StubServer(engine, m) for m in models}
    backend = RayBackend({m: StubHandle(s) for m, s in servers.items()}, "qwen-gateway")
    backend._read_status = lambda: {m: ModelStatus(m, "running", 1, 1) for m in models}
    return backend, servers
