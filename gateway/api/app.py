"""The FastAPI app: OpenAI-compatible routes over a `Gateway`. No Ray here.

`create_app(gateway)` serves in-process (tests drive it through httpx.ASGITransport) and inside
the Ray Serve ingress deployment alike.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any, Callable

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..metrics import RequestRecord
from ..service import Gateway, Result
from ..tenancy import Tenancy, startup_notice
from .errors import APIError, bad_request, from_validation_error, model_not_found
from .protocol import ChatRequest, CompletionRequest

log = logging.getLogger("qwen_gateway")
_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def _error_response(err: APIError, request_id: str | None) -> JSONResponse:
    headers = dict(err.headers)
    if request_id:
        headers["x-request-id"] = request_id
    return JSONResponse(err.body(), status_code=err.status, headers=headers)


def request_id_of(request: Request) -> str:
    """The client's x-request-id when it is a sane token, else a fresh one: made once per request, so
    the error handlers, the metrics and the request log all carry the same id."""
    rid = getattr(request.state, "request_id", None)
    if rid is None:
        rid = request.headers.get("x-request-id", "")
        if not (0 < len(rid) <= 128 and all(c in _ID_OK for c in rid)):
            rid = uuid.uuid4().hex
        request.state.request_id = rid
    return rid


async def read_json(request: Request, max_bytes: int) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise APIError(413, f"Request body is over the {max_bytes}-byte limit.", code="body_too_large")
    raw = bytearray()
    try:
        async for part in request.stream():
            raw += part
            if len(raw) > max_bytes:
                raise APIError(413, f"Request body is over the {max_bytes}-byte limit.", code="body_too_large")
    except ClientDisconnect:  # the client left mid-body: nothing to answer, nothing went wrong here
        raise APIError(499, "Client closed the request.", code="client_closed_request") from None
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8.") from None
    except json.JSONDecodeError as err:
        raise bad_request(f"Request body is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}.") from None
    except RecursionError:
        raise bad_request("Request body is nested too deeply.") from None
    if not isinstance(data, dict):
        raise bad_request("Request body must be a JSON object.")
    return data


class _Stream(StreamingResponse):
    """A stream whose request is released even when the client leaves before the first byte (the
    body generator then never starts, so its own cleanup never runs)."""

    def __init__(self, *args: Any, on_close: Callable[[], None] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_close = on_close

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            if self._on_close is not None:
                self._on_close()


def _respond(result: Result, request_id: str | None) -> Response:
    headers = dict(result.headers)
    if request_id:
        headers["x-request-id"] = request_id
    if result.stream is not None:
        headers["cache-control"] = "no-cache"
        return _Stream(result.stream, media_type="text/event-stream", headers=headers, on_close=result.close)
    return JSONResponse(result.body, headers=headers)


def _inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
            return {**target, **{k: _inline_refs(v, defs) for k, v in node.items() if k != "$ref"}}
        return {k: _inline_refs(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def body_schema(cls: type[ChatRequest] | type[CompletionRequest]) -> dict[str, Any]:
    """`openapi_extra` documenting a route's JSON body: the routes read the raw body themselves
    (size limit, OpenAI-shaped errors), so FastAPI cannot derive it."""
    schema = cls.model_json_schema()
    schema = _inline_refs(schema, schema.pop("$defs", {}))
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def create_app(gateway: Gateway, *, echo_request_id: bool = True, tenancy: Tenancy | None = None) -> FastAPI:
    """`echo_request_id=False` where a proxy in front already returns x-request-id (Ray Serve's does).
    `tenancy` defaults to the config's API keys and limits (plus $QWEN_GATEWAY_API_KEYS)."""
    app = FastAPI(title="Qwen3 gateway", version="0.1.0", docs_url="/docs", redoc_url=None)
    max_body = gateway.config.server.max_body_bytes
    tenancy = tenancy if tenancy is not None else Tenancy.from_config(gateway.config)
    for name in tenancy.tenants:  # the budget-exhaustion alert compares spend with this gauge
        budget = tenancy.limits(name).daily_budget_usd
        if budget is not None:
            gateway.metrics.set_tenant_budget(name, budget)
    if tenancy.open:
        log.warning(startup_notice(gateway.config))

    async def tenant_of(request: Request) -> str:
        """401 unless the request carries a known key (when keys are configured); its tenant."""
        return tenancy.authenticate(request.headers.get("authorization"))

    authed = [Depends(tenant_of)]

    def echo(rid: str) -> str | None:
        return rid if echo_request_id else None

    @app.exception_handler(APIError)
    async def _api_error(request: Request, err: APIError) -> JSONResponse:
        return _error_response(err, echo(request_id_of(request)))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, err: RequestValidationError) -> JSONResponse:
        return _error_response(bad_request(f"Invalid request: {err.errors()[0].get('msg')}"), echo(request_id_of(request)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> JSONResponse:
        kind = "not_found_error" if err.status_code == 404 else "invalid_request_error"
        return _error_response(APIError(err.status_code, str(err.detail), type=kind), echo(request_id_of(request)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, err: Exception) -> JSONResponse:
        rid = request_id_of(request)
        log.exception("unhandled error in request %s", rid)
        return _error_response(
            APIError(500, f"Internal gateway error (request id {rid}).", type="server_error", code="internal_error"),
            echo(rid),
        )

    @app.get("/health")
    async def health() -> dict[str, str]:
        """Liveness: the gateway process answers."""
        return {"status": "ok"}

    @app.get("/health/ready")
    @app.get("/ready")
    async def ready() -> JSONResponse:
        """Readiness: every enabled model can serve (running, or asleep at zero by design)."""
        ok, states = await gateway.readiness()
        body = {
            "ready": ok,
            "models": {n: {"state": s.state, "running_replicas": s.running_replicas, "replicas": s.replicas,
                           "message": s.message}
                       for n, s in states.items()},
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/v1/models", dependencies=authed)
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": gateway.model_cards()}

    @app.get("/v1/models/{model_id:path}", dependencies=authed)
    async def model(model_id: str) -> dict[str, Any]:
        cards = gateway.model_cards()
        for card in cards:
            if card["id"] == model_id:
                return card
        raise model_not_found(model_id, [c["id"] for c in cards])

    async def _parse(request: Request, cls: type[ChatRequest] | type[CompletionRequest]):
        data = await read_json(request, max_body)
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise from_validation_error(err) from None

    def _refused(rid: str, endpoint: str, tenant: str, status: int) -> None:
        """Requests refused before a model was chosen are counted too (model "none")."""
        gateway.metrics.record(RequestRecord(request_id=rid, endpoint=endpoint, model="none", policy="none",
                                             thinking=False, status=status, tenant=tenant))

    async def _generate(endpoint: str, request: Request, tenant: str, cls) -> Response:
        start = gateway.clock()
        rid = request_id_of(request)
        try:
            req = await _parse(request, cls)
            lease = await tenancy.admit(tenant)
        except APIError as err:
            _refused(rid, endpoint, tenant, err.status)
            raise
        try:
            plan = await gateway.plan(endpoint, req, request_id=rid, mode_header=request.headers.get("x-route-mode"),
                                      start=start, tenant=tenant, max_model=lease.max_model,
                                      max_budget=lease.max_budget, mode=lease.mode, default_mode=lease.default_mode)
        except BaseException as err:
            lease.close()
            if isinstance(err, APIError):
                _refused(rid, endpoint, tenant, err.status)
            raise
        plan.headers.update(lease.headers)  # x-ratelimit-*, as OpenAI sends them
        if lease.degraded:
            plan.headers["x-tenant-degraded"] = "true"  # near its daily budget: economy mode, smaller budgets
        return _respond(await gateway.execute(plan, lease=lease), echo(rid))

    @app.post("/v1/chat/completions", openapi_extra=body_schema(ChatRequest))
    async def chat(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        return await _generate("chat", request, tenant, ChatRequest)

    @app.post("/v1/completions", openapi_extra=body_schema(CompletionRequest))
    async def completions(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        return await _generate("completions", request, tenant, CompletionRequest)

    @app.post("/v1/route", openapi_extra=body_schema(ChatRequest))
    async def route(request: Request, tenant: str = Depends(tenant_of)) -> JSONResponse:
        """The decision `auto` would make for a chat body, without generating."""
        rid = request_id_of(request)
        req = await _parse(request, ChatRequest)
        # The tenant's standing limits; not the economy mode near its daily budget, which only admission
        # knows (a route request is not admitted: it spends nothing).
        limits = tenancy.limits(tenant)
        plan = await gateway.plan("chat", req, request_id=rid, mode_header=request.headers.get("x-route-mode"),
                                  tenant=tenant, max_model=limits.max_model, max_budget=limits.max_budget,
                                  default_mode=limits.mode)
        return _respond(Result(headers=plan.headers, body=plan.decision.as_dict()), echo(rid))

    return app
