"""One `ModelBackend` over several: each model goes to the backend that serves it (the Ray backend
for hosted models, the external backend for external members). Requests are validated on the wire
types of the first backend that has its own (Ray's vLLM types), and every backend accepts them."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, AsyncIterator, Mapping

from ..backend import Endpoint, ModelBackend, ModelStatus

if TYPE_CHECKING:  # pragma: no cover
    from ..config import GatewayConfig
    from .client import HealthHook


class CompositeBackend:
    def __init__(self, routes: Mapping[str, ModelBackend]) -> None:
        """`routes`: model name -> the backend serving it."""
        self.routes = dict(routes)
        self._backends: list[ModelBackend] = []
        for b in self.routes.values():
            if all(b is not seen for seen in self._backends):
                self._backends.append(b)
        self.wire_types = next((w for b in self._backends if (w := getattr(b, "wire_types", None))), None)

    def generate(self, endpoint: Endpoint, model: str, request: Any) -> AsyncIterator[dict[str, Any]]:
        return self.routes[model].generate(endpoint, model, request)

    async def status(self) -> dict[str, ModelStatus]:
        out: dict[str, ModelStatus] = {}
        for states in await asyncio.gather(*(b.status() for b in self._backends)):
            out.update(states)
        return {name: st for name, st in out.items() if name in self.routes}

    async def wake(self, model: str) -> None:
        await self.routes[model].wake(model)


def with_external(config: "GatewayConfig", hosted: ModelBackend | None,
                  on_health: "HealthHook | None" = None) -> ModelBackend:
    """The backend for a config: `hosted` (the Ray backend) alone when no enabled model is external,
    else a composite sending external members to one `ExternalBackend`. `on_health` receives each
    member's outcomes (GatewayMetrics.external_health)."""
    from .client import ExternalBackend

    served = config.enabled_models()
    members = {name: m.external for name, m in served.items() if m.external is not None}
    if not members:
        assert hosted is not None, "a config without external members needs the hosted backend"
        return hosted
    external = ExternalBackend(members, on_health=on_health)
    return CompositeBackend({name: external if name in members else hosted for name in served})
