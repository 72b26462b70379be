"""Every exception an HTTP request can end in, answered in OpenAI's shape."""

from __future__ import annotations

import json
import logging
from typing import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from . import errors
from .errors import APIError
from .middleware import request_id_of

log = logging.getLogger("qwen_gateway")


class _AsciiJSON(JSONResponse):
    """Errors echo bits of what the client sent; escaped to ASCII, even a lone surrogate can be sent."""

    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def error_response(err: APIError) -> JSONResponse:
    return _AsciiJSON(err.body(), status_code=err.status, headers=err.headers)


def register_error_handlers(app: FastAPI, *, echo_request_id: bool = True,
                            on_unhandled: Callable[[Request, str], None] | None = None) -> None:
    """`on_unhandled(request, request_id)`: told of every 500, so an error nobody foresaw is still
    counted. A 500 is answered outside the middleware stack, so it echoes the request id itself."""

    @app.exception_handler(APIError)
    async def _api_error(request: Request, err: APIError) -> JSONResponse:
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, err: RequestValidationError) -> JSONResponse:
        return error_response(errors.bad_request(f"Invalid request: {err.errors()[0].get('msg')}"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> JSONResponse:
        return error_response(errors.http_error(err.status_code, str(err.detail)))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, err: Exception) -> JSONResponse:
        rid = request_id_of(request)
        log.exception("unhandled error in request %s", rid)
        if on_unhandled is not None:
            on_unhandled(request, rid)
        response = error_response(errors.internal(rid))
        if echo_request_id:
            response.headers["x-request-id"] = rid
        return response
