"""Errors in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`.

Every failure a client can cause maps to a 4xx here; a 5xx means the gateway or a model failed,
never the client's input.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError


class APIError(Exception):
    """An error answered to the client as-is."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def bad_request(message: str, *, param: str | None = None, code: str | None = None) -> APIError:
    return APIError(400, message, param=param, code=code)


def model_not_found(model: str, available: list[str]) -> APIError:
    return APIError(
        404,
        f"The model '{model}' does not exist. Available models: {', '.join(available)}.",
        param="model",
        code="model_not_found",
    )


def from_validation_error(err: ValidationError) -> APIError:
    """The first problem of a request body, with its JSON path as `param`."""
    first = err.errors()[0]
    param = ".".join(str(p) for p in first["loc"]) or None
    msg = first["msg"].removeprefix("Value error, ")
    more = len(err.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return bad_request(f"Invalid request: '{param}': {msg}{suffix}", param=param)


def from_engine_error(status: int | None, message: str) -> APIError:
    """An error the engine returned before any output. Engine 4xx stay 4xx (bad input)."""
    status = status if isinstance(status, int) and 400 <= status < 600 else 500
    if status < 500:
        code = "context_length_exceeded" if "context length" in message.lower() or "maximum" in message.lower() else None
        return APIError(status, message, type="invalid_request_error", code=code)
    return APIError(status, f"The model failed to answer: {message}", type="server_error", code="engine_error")
