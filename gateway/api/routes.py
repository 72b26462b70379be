"""The OpenAI-compatible routes. Each one reads and admits the request, builds its context, and
hands it to the `Gateway`; what happens after that is not HTTP's business."""

from __future__ import annotations

import asyncio
from typing import Any, Callable

from fastapi import APIRouter, Depends, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..context import RequestContext
from ..metrics import endpoint_of
from ..readiness import OK, ModelProbe
from ..service import Gateway, Result
from ..tenancy import Tenancy
from .body import read_json
from .bounds import check_bounds
from .errors import APIError, model_not_found
from .middleware import request_id_of
from .protocol import AnyRequest, ChatRequest, CompletionRequest
from .responses import ResponsesCall


PARSE_INLINE_BYTES = 256 * 1024   # larger bodies are validated in a worker thread


class _Stream(StreamingResponse):
    """A stream whose request is released even when the client leaves before the first byte (the
    body generator then never starts, so its own cleanup never runs)."""

    def __init__(self, *args: Any, on_close=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._on_close = on_close

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            if self._on_close is not None:
                self._on_close()


def respond(result: Result) -> Response:
    if result.stream is not None:
        headers = {**result.headers, "cache-control": "no-cache"}
        return _Stream(result.stream, media_type="text/event-stream", headers=headers, on_close=result.close)
    return JSONResponse(result.body, headers=result.headers)


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


class Edge:
    """How a request enters: authenticated, admitted, then read, bounded and validated, once.
    Admission comes first, so a tenant over its limits costs no parsing; bounds come before
    validation, so a huge body is refused before pydantic or the tokenizer see it."""

    def __init__(self, gateway: Gateway, tenancy: Tenancy) -> None:
        self.gateway = gateway
        self.tenancy = tenancy
        self.max_body = gateway.config.server.max_body_bytes
        self.max_context = max(m.context_length for m in gateway.planner.models.values())
        self.limits = gateway.config.admission.request_limits

    async def tenant_of(self, request: Request) -> str:
        """401 unless the request carries a known key (when keys are configured); its tenant."""
        tenant = request.state.tenant = self.tenancy.authenticate(request.headers.get("authorization"))
        return tenant

    async def admitted(self, request: Request, endpoint: str, tenant: str,
                       translate: Callable[[Any], dict[str, Any]] | None = None) -> tuple[RequestContext, AnyRequest]:
        """The request's context and the validated request. `translate`: another wire format's body to
        the `endpoint` body it means (the Responses API's to chat). The request is counted under the
        API its path names (gateway/metrics.py endpoint_of), whichever body it is served as."""
        gateway = self.gateway
        label = endpoint_of(request.url.path)
        start = gateway.clock()
        rid = request_id_of(request)
        try:
            lease = await self.tenancy.admit(tenant)
        except APIError as err:
            gateway.refused(rid, label, tenant, err.status)
            raise
        try:
            req = await self._read(request, endpoint, translate)
        except BaseException as err:
            lease.close()
            if isinstance(err, APIError):
                gateway.refused(rid, label, tenant, err.status)
            raise
        # From here on the Gateway counts this request however it ends; the 500 handler must not again.
        request.state.counted = True
        return RequestContext(request_id=rid, start=start, endpoint=endpoint, lease=lease,  # type: ignore[arg-type]
                              mode_header=request.headers.get("x-route-mode"), label=label), req

    async def _read(self, request: Request, endpoint: str,
                    translate: Callable[[Any], dict[str, Any]] | None) -> AnyRequest:
        data = await read_json(request, self.max_body)
        if translate is not None:
            data = translate(data)
        check_bounds(endpoint, data, self.limits, self.max_context)
        if int(request.headers.get("content-length") or 0) > PARSE_INLINE_BYTES:
            return await asyncio.to_thread(self.gateway.wire.parse, endpoint, data)   # off the event loop
        return self.gateway.wire.parse(endpoint, data)


def build_router(gateway: Gateway, tenancy: Tenancy) -> APIRouter:
    router = APIRouter()
    edge = Edge(gateway, tenancy)
    probe = ModelProbe(gateway.backend, gateway.wire)
    tenant_of, admitted = edge.tenant_of, edge.admitted

    @router.get("/health")
    async def health() -> dict[str, str]:
        """Liveness: the gateway process answers."""
        return {"status": "ok"}

    @router.get("/health/ready")
    @router.get("/ready")
    async def ready(request: Request, deep: bool = False) -> JSONResponse:
        """Readiness: every enabled model can serve (running, or asleep at zero by design). `?deep=true`:
        and each running model answers one token, asked of it directly (gateway/readiness.py): not
        client traffic, never counted as such. Each model's state and Serve's messages (which may hold
        tracebacks) only for a caller with a valid key."""
        ok, states = await gateway.readiness()
        models = gateway.planner.models
        hosted = {n: s for n, s in states.items() if n in models and models[n].external is None}
        # Running models are asked as they come up (start-up shows each); external members do not gate.
        answers = await probe.check(hosted) if deep else {}
        ok = ok and all(a == OK for a in answers.values())
        body: dict[str, Any] = {"ready": ok}
        if tenancy.may_see_details(request.headers.get("authorization")):
            body["models"] = {n: {"state": s.state, "running_replicas": s.running_replicas, "replicas": s.replicas,
                                  "message": s.message, **({"answers": answers[n]} if n in answers else {})}
                              for n, s in states.items()}
        return JSONResponse(body, status_code=200 if ok else 503)

    @router.get("/v1/models", dependencies=[Depends(tenant_of)])
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": gateway.model_cards()}

    @router.get("/v1/models/{model_id:path}", dependencies=[Depends(tenant_of)])
    async def model(model_id: str) -> dict[str, Any]:
        cards = gateway.model_cards()
        for card in cards:
            if card["id"] == model_id:
                return card
        raise model_not_found(model_id, [c["id"] for c in cards])

    @router.post("/v1/chat/completions", openapi_extra=body_schema(ChatRequest))
    async def chat(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        return respond(await gateway.serve(*await admitted(request, "chat", tenant)))

    @router.post("/v1/completions", openapi_extra=body_schema(CompletionRequest))
    async def completions(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        return respond(await gateway.serve(*await admitted(request, "completions", tenant)))

    @router.post("/v1/responses")
    async def responses(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        """OpenAI's Responses API, stateless: translated to a chat request and served by the chat path."""
        call = ResponsesCall()
        ctx, req = await admitted(request, "chat", tenant, call.read)
        return respond(call.answer(await gateway.serve(ctx, req, shape=call.shape)))

    @router.post("/v1/route", openapi_extra=body_schema(ChatRequest))
    async def route(request: Request, tenant: str = Depends(tenant_of)) -> Response:
        """The decision `auto` would make for a chat body, without generating. Admitted and counted
        like any request (so it cannot probe past a tenant's limits); it wakes nothing."""
        return respond(await gateway.route(*await admitted(request, "chat", tenant)))

    return router
