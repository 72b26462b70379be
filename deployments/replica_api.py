"""What a model replica answers the gateway: plain data both ways, so the gateway's replica never
imports torch or vLLM (a vLLM request or response object crossing the handle would make it).

`GatewayEndpoints` is mixed into each model server class (deployments/engine.py for vLLM's
`LLMServer`, deployments/sglang_server.py for Ray's `SGLangServer`). The gateway calls
`chat_body`/`completions_body` (`ENGINE_METHODS` in deployments/ray_backend.py) with the planned
request as a plain-data body (a dict); the replica builds vLLM's request from it
(deployments/protocol.py), runs the server's own `chat` or `completions`, and yields what they yield with every response object as a dict: SSE strings while
streaming (in lists, as Ray batches them), a response dict otherwise, and an `{"error": {...}}` dict
for an error, an input vLLM refuses included (a 400 with its `param`).
"""

from __future__ import annotations

import inspect
from typing import Any, AsyncIterator, Mapping

from gateway.api.errors import APIError

from .protocol import engine_request, error_body


def plain(item: Any) -> Any:
    """An item of a server's answer with pydantic objects as JSON dicts (strings and dicts as they are)."""
    if isinstance(item, list):
        return [plain(p) for p in item]
    dump = getattr(item, "model_dump", None)
    return dump(mode="json") if dump is not None else item


class GatewayEndpoints:
    """The methods the gateway calls on a model replica (a mixin before the server class)."""

    async def chat_body(self, body: Mapping[str, Any]) -> AsyncIterator[Any]:
        async for item in self._answer_body("chat", body):
            yield item

    async def completions_body(self, body: Mapping[str, Any]) -> AsyncIterator[Any]:
        async for item in self._answer_body("completions", body):
            yield item

    async def ping(self) -> None:
        """A cheap call that wakes a scaled-to-zero deployment (RayBackend.wake); answers nothing."""
        return None

    async def _answer_body(self, endpoint: str, body: Mapping[str, Any]) -> AsyncIterator[Any]:
        try:
            request = engine_request(endpoint, body)
        except APIError as err:
            yield error_body(err)
            return
        answer = getattr(self, endpoint)(request, None)   # LLMServer's returns a generator; SGLang's is one
        stream = await answer if inspect.isawaitable(answer) else answer
        async for item in stream:
            yield plain(item)
