"""Every error the gateway answers, built here and only here, in OpenAI's shape:
`{"error": {"message", "type", "param", "code"}}`.

Every failure a client can cause is a 4xx; a 5xx means the gateway or a model failed, never the
client's input. Engine failures are mapped by what they are (`engine_error`), never by searching
their text. Like vLLM's `create_error_response`, callers name the situation and this module picks
status, type and code, so two places never answer the same situation differently.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from pydantic import ValidationError

from ..backend import BackendError


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
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def _retry_after(seconds: float) -> dict[str, str]:
    return {"retry-after": str(max(1, math.ceil(seconds)))}


# --- the client's input (4xx) ----------------------------------------------------------------------


def bad_request(message: str, *, param: str | None = None, code: str | None = None) -> APIError:
    return APIError(400, message, param=param, code=code)


def from_validation_error(err: ValidationError) -> APIError:
    """The first problem of a request body, with its JSON path as `param`."""
    first = err.errors()[0]
    loc = [p for p in first["loc"] if not (isinstance(p, str) and "[" in p)]   # no union branch names
    msg = first["msg"].removeprefix("Value error, ")
    if first["type"] == "nested":   # an item checked inside a field validator: its own path and message
        loc.append(first["ctx"]["path"])
        msg = first["ctx"]["msg"]
    param = ".".join(str(p) for p in loc) or None
    more = len(err.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return bad_request(f"Invalid request: '{param}': {msg}{suffix}", param=param)


def body_too_large(max_bytes: int) -> APIError:
    return APIError(413, f"Request body is over the {max_bytes}-byte limit.", code="body_too_large")


def client_closed() -> APIError:
    return APIError(499, "Client closed the request.", code="client_closed_request")


def model_not_found(model: str, available: list[str]) -> APIError:
    shown = model.encode("utf-8", "replace").decode("utf-8")[:200]   # a lone surrogate cannot be encoded
    return APIError(404, f"The model '{shown}' does not exist. Available models: {', '.join(available)}.",
                    param="model", code="model_not_found")


def model_not_allowed(model: str, max_model: str) -> APIError:
    return APIError(403, f"The model '{model}' is above what this API key may use (models up to '{max_model}'). "
                         "Send model 'auto' or a smaller model.",
                    type="permission_error", param="model", code="model_not_allowed")


def context_length_exceeded(context: int, prompt_tokens: int, output_limit: int | None = None) -> APIError:
    if output_limit is None:
        return APIError(400, f"This model's maximum context length is {context} tokens; the prompt has about "
                             f"{prompt_tokens}. Shorten the messages or choose a model with a longer context.",
                        param="messages", code="context_length_exceeded")
    return APIError(400, f"This model's maximum context length is {context} tokens; you requested about "
                         f"{prompt_tokens + output_limit} ({prompt_tokens} in the prompt, {output_limit} to generate). "
                         "Lower max_tokens or shorten the prompt.",
                    param="max_tokens", code="context_length_exceeded")


def unauthorized(message: str) -> APIError:
    return APIError(401, message, code="invalid_api_key", headers={"www-authenticate": "Bearer"})


def rate_limited(message: str, *, type: str, code: str, retry_after_s: float | None,
                 headers: Mapping[str, str] | None = None) -> APIError:
    """A tenant over one of its limits: 429 with Retry-After and the x-ratelimit-* headers."""
    out = dict(headers or {})
    if retry_after_s is not None:
        out.update(_retry_after(retry_after_s))
    return APIError(429, message, type=type, code=code, headers=out)


# --- capacity and time (503, 504) ------------------------------------------------------------------


def overloaded(message: str, retry_after_s: float) -> APIError:
    return APIError(503, message + " Retry shortly.", type="server_error", code="overloaded",
                    headers=_retry_after(retry_after_s))


def model_unavailable(model: str, state: str) -> APIError:
    return APIError(503, f"Model '{model}' is {state} and no other model can answer.", type="server_error",
                    code="model_unavailable", headers=_retry_after(30))


def model_starting(model: str, waited_s: float) -> APIError:
    return APIError(503, f"Model '{model}' is starting and did not answer within {waited_s:g}s. "
                         "Retry later, or send model 'auto' to be served by a warm model now.",
                    type="server_error", code="model_starting", headers=_retry_after(waited_s))


def not_started(model: str, waited_s: float, retry_after_s: float) -> APIError:
    """A stream that could not start in time: the model is busy, so the client should come back."""
    return overloaded(f"Model '{model}' could not start this stream within {waited_s:g}s; it is busy.", retry_after_s)


def timeout(seconds: float) -> APIError:
    return APIError(504, f"The model did not finish its answer within {seconds:g}s.", type="server_error",
                    code="timeout")


# --- the engine failed (5xx) or refused the input (4xx) --------------------------------------------


def empty_response() -> APIError:
    return APIError(502, "The model returned no output.", type="server_error", code="empty_response")


def engine_error(err: BaseException, *, mid_stream: bool = False) -> APIError:
    """What a failure of the model backend means for the client, by its kind:
    - the engine refused the input (`BackendError` with a 4xx): 400 with the engine's message and param;
    - its queue was full (`BackendError` typed "overloaded"): 503;
    - it did not answer in time (`BackendError` with 504, an external member's timeout): 504;
    - anything else (an engine error, a dead replica): 502, before or in the middle of a stream."""
    if isinstance(err, BackendError) and err.status < 500:
        return APIError(err.status if err.status != 404 else 400, err.message, param=err.param)
    if isinstance(err, BackendError) and err.type == "overloaded":
        return overloaded(f"The model is overloaded: {err.message}.", 1)
    detail = err.message if isinstance(err, BackendError) else type(err).__name__
    if isinstance(err, BackendError) and err.status == 504 and not mid_stream:
        return APIError(504, f"The model did not answer in time: {detail}", type="server_error", code="timeout")
    if mid_stream:
        return APIError(502, f"The model stopped mid-stream: {detail}", type="server_error", code="stream_interrupted")
    return APIError(502, f"The model failed before answering: {detail}", type="server_error", code="engine_error")


def untranslatable(api: str, err: BaseException) -> APIError:
    """The model answered, but the gateway could not put the answer into `api`'s format (a bug of the
    gateway's, or an answer of a shape it did not foresee)."""
    return APIError(500, f"The model answered, but the gateway could not turn its answer into the {api} format "
                         f"({type(err).__name__}). The same request to /v1/chat/completions returns the chat answer.",
                    type="server_error", code="translation_failed")


def internal(request_id: str) -> APIError:
    return APIError(500, f"Internal gateway error (request id {request_id}).", type="server_error",
                    code="internal_error")


def http_error(status: int, detail: str) -> APIError:
    """Starlette's own errors (an unknown path, a wrong method) in OpenAI's shape."""
    return APIError(status, detail, type="not_found_error" if status == 404 else "invalid_request_error")
