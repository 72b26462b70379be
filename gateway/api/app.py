"""The FastAPI app: OpenAI-compatible routes over a `Gateway`. No Ray here.

`create_app(gateway)` serves in-process (tests drive it through httpx.ASGITransport) and inside
the Ray Serve ingress deployment alike.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..service import Gateway, Result
from .errors import APIError, bad_request, from_validation_error
from .protocol import ChatRequest, CompletionRequest

log = logging.getLogger("qwen_gateway")
_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def _error_response(err: APIError, request_id: str | None) -> JSONResponse:
    headers = dict(err.headers)
    if request_id:
        headers["x-request-id"] = request_id
    return JSONResponse(err.body(), status_code=err.status, headers=headers)


def request_id_of(request: Request) -> str:
    """The client's x-request-id when it is a sane token, else a fresh one."""
    rid = request.headers.get("x-request-id", "")
    if 0 < len(rid) <= 128 and all(c in _ID_OK for c in rid):
        return rid
    return uuid.uuid4().hex


async def read_json(request: Request, max_bytes: int) -> dict[str, Any]:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise APIError(413, f"Request body is over the {max_bytes}-byte limit.", code="body_too_large")
    raw = bytearray()
    async for part in request.stream():
        raw += part
        if len(raw) > max_bytes:
            raise APIError(413, f"Request body is over the {max_bytes}-byte limit.", code="body_too_large")
    try:
        data = json.loads(bytes(raw).decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8.") from None
    except json.JSONDecodeError as err:
        raise bad_request(f"Request body is not valid JSON: {err.msg} at line {err.lineno} column {err.colno}.") from None
    if not isinstance(data, dict):
        raise bad_request("Request body must be a JSON object.")
    return data


def _respond(result: Result, request_id: str | None) -> Response:
    headers = dict(result.headers)
    if request_id:
        headers["x-request-id"] = request_id
    if result.stream is not None:
        headers["cache-control"] = "no-cache"
        return StreamingResponse(result.stream, media_type="text/event-stream", headers=headers)
    return JSONResponse(result.body, headers=headers)


def create_app(gateway: Gateway, *, echo_request_id: bool = True) -> FastAPI:
    """`echo_request_id=False` where a proxy in front already returns x-request-id (Ray Serve's does)."""
    app = FastAPI(title="Qwen3 gateway", version="0.1.0", docs_url="/docs", redoc_url=None)
    max_body = gateway.config.server.max_body_bytes

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
            "models": {n: {"state": s.state, "running_replicas": s.running_replicas, "message": s.message}
                       for n, s in states.items()},
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": gateway.model_cards()}

    @app.get("/v1/models/{model_id:path}")
    async def model(model_id: str) -> dict[str, Any]:
        for card in gateway.model_cards():
            if card["id"] == model_id:
                return card
        from .errors import model_not_found

        raise model_not_found(model_id, [c["id"] for c in gateway.model_cards()])

    async def _parse(request: Request, cls: type[ChatRequest] | type[CompletionRequest]):
        data = await read_json(request, max_body)
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise from_validation_error(err) from None

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        start = gateway.clock()
        rid = request_id_of(request)
        req = await _parse(request, ChatRequest)
        plan = await gateway.plan("chat", req, request_id=rid, mode_header=request.headers.get("x-route-mode"),
                                  start=start)
        return _respond(await gateway.execute(plan), echo(rid))

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        start = gateway.clock()
        rid = request_id_of(request)
        req = await _parse(request, CompletionRequest)
        plan = await gateway.plan("completions", req, request_id=rid,
                                  mode_header=request.headers.get("x-route-mode"), start=start)
        return _respond(await gateway.execute(plan), echo(rid))

    @app.post("/v1/route")
    async def route(request: Request) -> JSONResponse:
        """The decision `auto` would make for a chat body, without generating."""
        rid = request_id_of(request)
        req = await _parse(request, ChatRequest)
        plan = await gateway.plan("chat", req, request_id=rid, mode_header=request.headers.get("x-route-mode"))
        return JSONResponse(plan.decision.as_dict(), headers={**plan.headers, **({"x-request-id": rid} if echo_request_id else {})})

    return app
