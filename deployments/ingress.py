"""The gateway ingress: the only HTTP entry, a Ray Serve deployment serving the FastAPI app."""

from __future__ import annotations

from typing import Any

from ray import serve

from gateway.api.app import create_app
from gateway.config import parse_config
from gateway.external.composite import with_external
from gateway.metrics import GatewayMetrics
from gateway.names import APP_NAME
from gateway.request_log import ensure_output
from gateway.service import Gateway
from gateway.tenancy import Tenancy

from .ledger import ServeLedgerClient
from .ray_backend import RayBackend


# On shutdown or redeploy a replica stops taking requests and drains those in flight for up to
# graceful_shutdown_timeout_s before it is killed.
@serve.deployment(name="gateway", max_ongoing_requests=2048, graceful_shutdown_timeout_s=120,
                  graceful_shutdown_wait_loop_s=2)
@serve.ingress()
class GatewayIngress:
    """`ledger`: the shared tenant ledger's handle when the gateway runs several ingress replicas
    (tenant limits then hold for the whole gateway); None keeps the counts in this replica."""

    def __init__(self, config: dict[str, Any], models: dict[str, Any], ledger: Any = None) -> None:
        ensure_output()   # this replica imports no vLLM, whose import used to configure the root logger
        parsed, metrics = parse_config(config), GatewayMetrics()
        # Hosted models answer through their Serve handles, external members over HTTP (gateway/external/).
        backend = with_external(parsed, RayBackend(models, APP_NAME), on_health=metrics.external_health)
        self._gateway = Gateway(parsed, backend, metrics=metrics)
        self._gateway.warm_up()
        shared = (ServeLedgerClient(ledger, replicas=self._gateway.config.server.ingress_replicas,
                                    on_fail_open=self._gateway.metrics.count_ledger_fail_open)
                  if ledger is not None else None)
        self._tenancy = Tenancy.from_config(self._gateway.config, ledger=shared)

    async def __serve_build_asgi_app__(self):
        return create_app(self._gateway, echo_request_id=False, tenancy=self._tenancy)  # Serve's proxy returns it
