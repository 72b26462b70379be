"""Which models' engines can honour a chat request's tool calling.

Every engine is started with the hermes tool parser and auto tool choice
(deployments/models.py: `base_engine_kwargs`); a model whose own `serving.engine_kwargs` turns
either off cannot honour `tools`. `auto` never routes a request with tools there, and pinned there
such a request is a 400 naming the field, not an engine error. (Structured outputs need nothing of
the kind: every vLLM engine has a grammar backend.)
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence, TypeVar

from .api.errors import bad_request
from .config import ServedModel

V = TypeVar("V")


def needs_tools(body: Mapping[str, Any]) -> bool:
    return bool(body.get("tools")) and body.get("tool_choice") != "none"


def offers_tools(model: ServedModel) -> bool:
    kw = model.serving.engine_kwargs
    return bool(kw.get("enable_auto_tool_choice", True) and kw.get("tool_call_parser", "hermes"))


def capable(views: Sequence[V], models: Mapping[str, ServedModel], body: Mapping[str, Any]) -> list[V]:
    """The views (anything with a `name`) whose engines can honour `body`; a 400 when none can."""
    if not needs_tools(body):
        return list(views)
    out = [v for v in views if offers_tools(models[v.name])]  # type: ignore[attr-defined]
    if not out:
        raise bad_request("no enabled model's engine is started with a tool parser, so 'tools' cannot be "
                          "served; send the request without tools or enable tool calling for a model",
                          param="tools")
    return out


def check_pinned(model: ServedModel, body: Mapping[str, Any]) -> None:
    if needs_tools(body) and not offers_tools(model):
        raise bad_request(f"model '{model.name}' is not started with a tool parser, so 'tools' cannot be served "
                          f"by it; pin another model or use 'auto'", param="tools")
