"""The one contract between the gateway and its model backends.

The Ray backend (deployments/ray_backend.py) calls Ray Serve LLM deployments; the fake backend
(gateway/fake_backend.py) honours the same contract without a model, for unit tests and for
measuring the gateway's own overhead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator, Literal, Protocol

Endpoint = Literal["chat", "completions"]


class BackendError(Exception):
    """The model refused or failed a request. `status` < 500 means the input was at fault."""

    def __init__(self, status: int, message: str, type: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param      # the request field the engine found at fault, when it says


@dataclass(frozen=True)
class ModelStatus:
    name: str
    state: str                 # "running" | "starting" | "scaled_to_zero" | "unhealthy" | "missing"
    running_replicas: int
    replicas: int = 0          # in any state (starting, running, stopping): running ones are a part
    message: str = ""

    @property
    def can_serve(self) -> bool:
        """Ready now, or asleep at zero and able to start on demand."""
        return self.state in ("running", "scaled_to_zero")


class ModelBackend(Protocol):
    """`wire_types` (optional attribute, a gateway.api.protocol.WireTypes): the request classes
    requests are validated on at the edge. Without it the gateway's light types are used (the Ray
    backend names them too: its model replicas run vLLM's validation themselves)."""

    def generate(self, endpoint: Endpoint, model: str, request: Any) -> AsyncIterator[dict[str, Any]]:
        """Run one request on `model`.

        `request` is a validated request of the backend's `wire_types`, already resolved by the
        gateway (model name, thinking controls, sampling): pass it on. If
        `request.stream` is true, yields the OpenAI stream chunks as dicts
        in order (the usage chunk included when `stream_options.include_usage` is set; no
        `[DONE]`); otherwise yields exactly one response dict. Raises `BackendError` for an error
        before the first chunk; an error after it ends the iteration with `BackendError` too.
        """
        ...

    async def status(self) -> dict[str, ModelStatus]:
        """Serving state of every enabled model."""
        ...

    async def wake(self, model: str) -> None:
        """Ask a model scaled to zero to start a replica; returns once the ask is made, not when it is up."""
        ...
