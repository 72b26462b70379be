"""The FastAPI app: OpenAI-compatible routes over a `Gateway`. No Ray here.

`create_app(gateway)` serves in-process (tests drive it through httpx.ASGITransport) and inside
the Ray Serve ingress deployment alike. Wiring only: the routes (routes.py), the error handlers
(handlers.py) and the request-id middleware (middleware.py) each live in their own module.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request

from ..metrics import endpoint_of
from ..service import Gateway
from ..tenancy import Tenancy, startup_notice
from .handlers import register_error_handlers
from .middleware import RequestIdMiddleware
from .routes import build_router

log = logging.getLogger("qwen_gateway")


def create_app(gateway: Gateway, *, echo_request_id: bool = True, tenancy: Tenancy | None = None) -> FastAPI:
    """`echo_request_id=False` where a proxy in front already returns x-request-id (Ray Serve's does).
    `tenancy` defaults to the config's API keys and limits (plus $QWEN_GATEWAY_API_KEYS)."""
    app = FastAPI(title="Qwen3 gateway", version="0.1.0", docs_url="/docs", redoc_url=None)
    tenancy = tenancy if tenancy is not None else Tenancy.from_config(gateway.config)
    for name in tenancy.tenants:  # the budget-exhaustion alert compares spend with this gauge
        budget = tenancy.limits(name).daily_budget_usd
        if budget is not None:
            gateway.metrics.set_tenant_budget(name, budget)
    if tenancy.open:
        log.warning(startup_notice(gateway.config))

    def unhandled(request: Request, request_id: str) -> None:
        """A 500 nobody foresaw is counted like any answer, so the error-rate alert sees it: here when it
        came before the request was admitted; after that the Gateway has counted it already, once."""
        if getattr(request.state, "counted", False):
            return
        gateway.refused(request_id, endpoint_of(request.url.path), getattr(request.state, "tenant", "none"), 500)

    app.add_middleware(RequestIdMiddleware, echo=echo_request_id)
    register_error_handlers(app, echo_request_id=echo_request_id, on_unhandled=unhandled)
    app.include_router(build_router(gateway, tenancy))
    return app
