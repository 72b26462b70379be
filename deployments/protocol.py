"""The wire types behind Ray Serve LLM: Ray's (vLLM's) request classes with the gateway's checks.

The ingress validates each request once, on these, at the edge: vLLM's own validators (a named
tool that is not among the tools, a json_schema without a schema, ...) answer 400 there, and the
validated object is what the model deployment receives, unvalidated again.
"""

from __future__ import annotations

from gateway.api.protocol import ChatChecks, CompletionChecks, WireTypes

from .import_gc import imports_without_gc

# In the gateway replica this is the first import of torch and vLLM (deployments/import_gc.py).
with imports_without_gc():
    from ray.serve.llm.openai_api_models import ChatCompletionRequest, CompletionRequest
    from vllm.exceptions import VLLMValidationError


class ChatRequest(ChatChecks, ChatCompletionRequest):
    """vLLM's chat request, checked as the gateway checks it."""


class RawCompletionRequest(CompletionChecks, CompletionRequest):
    """vLLM's completion request, checked as the gateway checks it."""


WIRE_TYPES = WireTypes(chat=ChatRequest, completions=RawCompletionRequest, client_errors=(VLLMValidationError,))
