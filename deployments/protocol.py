"""The request types a model replica builds from the gateway's body: Ray's (vLLM's) request classes
with the gateway's checks. Imported in the model replicas only (it imports torch and vLLM).

The gateway validates each request at the edge on its light wire types (gateway/api/protocol.py)
and sends the model replica the planned request as a plain-data body (`RayBackend.generate`). The replica
builds vLLM's request from it here (`engine_request`), so vLLM's own validators (a named tool that is
not among the tools, a json_schema without a schema, ...) run in the replica; what they refuse comes
back as an OpenAI-shaped 400 (`error_body`), which the gateway answers as it is.
"""

from __future__ import annotations

from typing import Any, Mapping

from gateway.api.errors import APIError, bad_request
from gateway.api.protocol import ChatChecks, CompletionChecks, WireTypes

from .import_gc import imports_without_gc

# In a model replica this is among the first imports of torch and vLLM (deployments/import_gc.py).
with imports_without_gc():
    from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest
    from vllm.exceptions import VLLMValidationError


class ChatRequest(ChatChecks, ChatCompletionRequest):
    """vLLM's chat request, checked as the gateway checks it."""


class RawCompletionRequest(CompletionChecks, CompletionRequest):
    """vLLM's completion request, checked as the gateway checks it."""


WIRE_TYPES = WireTypes(chat=ChatRequest, completions=RawCompletionRequest, client_errors=(VLLMValidationError,))


def engine_request(endpoint: str, body: Mapping[str, Any]) -> ChatRequest | RawCompletionRequest:
    """vLLM's request for `body` (the gateway's planned request, as plain data), or an `APIError`
    (400) naming the field that vLLM's validators (or the gateway's checks, run again) refuse.
    Whatever else a validator raises while it reads the body comes from a client's value (the
    planner's own values are valid): an AttributeError on `"structured_outputs": false` is the
    client's 400 too, never a failed replica (a 502)."""
    try:
        return WIRE_TYPES.parse(endpoint, body)
    except APIError:
        raise
    except Exception as err:
        raise bad_request(f"Invalid request: {type(err).__name__}: {err}") from None


def error_body(err: APIError) -> dict[str, Any]:
    """An error as the replica answers it, in vLLM's shape (the status as an int `code`), which
    RayBackend turns back into the same error (`_raise_if_error`)."""
    return {"error": {"message": err.message, "type": err.type, "param": err.param, "code": err.status}}
