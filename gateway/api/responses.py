"""`POST /v1/responses`: OpenAI's Responses API as a second wire format over the chat path.

A Responses body is translated into a chat body, validated by the backend's own chat type
(`gateway.wire.parse("chat", ...)`), planned and run by `Gateway.serve` exactly as a chat request
is (routing, thinking budget, admission, metrics, headers), and the chat answer is translated back:
a `response` object, or the Responses event stream (gateway/api/responses_stream.py). There is one
planning and execution path; only the envelope differs.

Stateless: nothing is stored, so `previous_response_id` and `conversation` are refused with a 400
naming the field; a client resends the whole history as `input` items instead.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Mapping

from ..service import Result
from .errors import bad_request, untranslatable
from .responses_stream import (
    events_from_chat_stream,
    output_items,
    response_usage,
    status_of,
)

log = logging.getLogger("qwen_gateway")
# Fields the chat path takes under the same name and meaning.
_SAME = ("model", "temperature", "top_p", "top_k", "min_p", "parallel_tool_calls", "user", "seed",
         "stop", "frequency_penalty", "presence_penalty", "route_mode", "thinking_token_budget",
         "chat_template_kwargs", "structured_outputs")
_STATEFUL = ("previous_response_id", "conversation")
_TEXT_PARTS = ("input_text", "output_text", "text")


def _message_content(content: Any, where: str) -> str | list[dict[str, Any]]:
    """A message's content as chat content: a string, or text parts (`input_text`/`output_text`)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise bad_request(f"'{where}' must be a string or a list of content parts", param=where)
    parts = []
    for i, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in _TEXT_PARTS or not isinstance(part.get("text"), str):
            raise bad_request(f"content part type {kind!r} is not supported; Qwen3 reads text parts "
                              f"(input_text, output_text) with a 'text' string", param=f"{where}.{i}")
        parts.append({"type": "text", "text": part["text"]})
    return parts


def _messages(items: Any) -> list[dict[str, Any]]:
    """Input items as chat messages. Consecutive `function_call` items become one assistant turn with
    several tool calls; a `function_call_output` becomes a tool message; reasoning items are dropped
    (Qwen3's template drops past thinking anyway)."""
    if isinstance(items, str):
        return [{"role": "user", "content": items}]
    if not isinstance(items, list) or not items:
        raise bad_request("'input' must be a non-empty string or a non-empty list of items", param="input")
    out: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        where = f"input.{i}"
        if not isinstance(item, dict):
            raise bad_request("an input item must be an object", param=where)
        kind = item.get("type", "message")
        if kind == "message":
            role = item.get("role")
            if role not in ("user", "system", "developer", "assistant"):
                raise bad_request(f"role {role!r} is not one of user, system, developer, assistant",
                                  param=f"{where}.role")
            out.append({"role": role, "content": _message_content(item.get("content"), f"{where}.content")})
        elif kind == "function_call":
            call = {"id": _str(item, "call_id", where), "type": "function",
                    "function": {"name": _str(item, "name", where), "arguments": _str(item, "arguments", where)}}
            if out and out[-1]["role"] == "assistant" and out[-1].get("tool_calls"):
                out[-1]["tool_calls"].append(call)
            else:
                out.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = item.get("output")
            text = output if isinstance(output, str) else _message_content(output, f"{where}.output")
            out.append({"role": "tool", "tool_call_id": _str(item, "call_id", where), "content": text})
        elif kind != "reasoning":
            raise bad_request(f"input item type {kind!r} is not supported; use message, function_call, "
                              f"function_call_output or reasoning", param=f"{where}.type")
    if not out:
        raise bad_request("'input' holds no message", param="input")
    return out


def _str(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise bad_request(f"'{key}' must be a string", param=f"{where}.{key}")
    return value


def _tools(tools: Any) -> list[dict[str, Any]]:
    """Responses function tools (flat) as chat tools (nested under `function`)."""
    if not isinstance(tools, list):
        raise bad_request("'tools' must be a list", param="tools")
    out = []
    for i, tool in enumerate(tools):
        if not isinstance(tool, dict) or tool.get("type") != "function":
            kind = tool.get("type") if isinstance(tool, dict) else None
            raise bad_request(f"tool type {kind!r} is not supported; the gateway serves function tools "
                              f"(run other tools in the client, e.g. MCP through Qwen-Agent)", param=f"tools.{i}.type")
        fn = {k: tool[k] for k in ("name", "description", "parameters", "strict") if tool.get(k) is not None}
        out.append({"type": "function", "function": fn})
    return out


def _tool_choice(choice: Any) -> Any:
    if isinstance(choice, dict) and choice.get("type") == "function":
        return {"type": "function", "function": {"name": choice.get("name")}}
    if choice in ("auto", "none", "required"):
        return choice
    raise bad_request("'tool_choice' must be auto, none, required or {\"type\": \"function\", \"name\": ...}",
                      param="tool_choice")


def _response_format(text: Any) -> dict[str, Any] | None:
    """`text.format` as chat's `response_format`."""
    fmt = text.get("format") if isinstance(text, dict) else None
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "json_object"}
    if kind == "json_schema":
        schema = {k: fmt[k] for k in ("name", "description", "schema", "strict") if fmt.get(k) is not None}
        return {"type": "json_schema", "json_schema": schema}
    raise bad_request(f"text.format type {kind!r} is not supported; use text, json_object or json_schema",
                      param="text.format.type")


def to_chat(body: Any) -> dict[str, Any]:
    """A Responses body as the equivalent chat body, or a 400 naming the Responses field."""
    if not isinstance(body, dict):
        raise bad_request("the request body must be a JSON object")
    for key in _STATEFUL:
        if body.get(key) is not None:
            raise bad_request(f"'{key}' is not supported: this gateway stores no responses (store: false). "
                              f"Send the whole conversation as 'input' items.", param=key)
    if "input" not in body:
        raise bad_request("'input' is required", param="input")
    messages = _messages(body["input"])
    if body.get("instructions") is not None:
        if not isinstance(body["instructions"], str):
            raise bad_request("'instructions' must be a string", param="instructions")
        messages.insert(0, {"role": "system", "content": body["instructions"]})
    chat: dict[str, Any] = {k: body[k] for k in _SAME if body.get(k) is not None}
    chat["messages"] = messages
    if body.get("max_output_tokens") is not None:
        chat["max_tokens"] = body["max_output_tokens"]
    effort = (body.get("reasoning") or {}).get("effort") if isinstance(body.get("reasoning"), dict) else None
    if effort is not None:
        chat["reasoning_effort"] = effort
    if body.get("tools"):
        chat["tools"] = _tools(body["tools"])
    if body.get("tool_choice") is not None:
        chat["tool_choice"] = _tool_choice(body["tool_choice"])
    if (fmt := _response_format(body.get("text"))) is not None:
        chat["response_format"] = fmt
    if body.get("stream"):
        chat["stream"] = True
        chat["stream_options"] = {"include_usage": True}   # usage for response.completed
    return chat


class ResponsesCall:
    """One `/v1/responses` request: reads the Responses body (keeping it to echo back) and answers
    the chat path's result in the Responses format."""

    def __init__(self, clock=time.time) -> None:
        self.body: dict[str, Any] = {}
        self.clock = clock

    def read(self, body: Any) -> dict[str, Any]:
        chat = to_chat(body)
        self.body = body
        return chat

    def envelope(self, rid: str, model: str, status: str) -> dict[str, Any]:
        """The fields every response object carries, echoing what the client asked for."""
        b = self.body
        fmt = (b.get("text") or {}).get("format") if isinstance(b.get("text"), dict) else None
        return {
            "id": rid, "object": "response", "created_at": int(self.clock()), "status": status, "model": model,
            "output": [], "error": None, "incomplete_details": None, "instructions": b.get("instructions"),
            "max_output_tokens": b.get("max_output_tokens"), "parallel_tool_calls": b.get("parallel_tool_calls", True),
            "previous_response_id": None, "reasoning": {"effort": (b.get("reasoning") or {}).get("effort"),
                                                        "summary": None},
            "store": False, "temperature": b.get("temperature"), "top_p": b.get("top_p"),
            "text": {"format": fmt or {"type": "text"}}, "tool_choice": b.get("tool_choice", "auto"),
            "tools": b.get("tools") or [], "truncation": "disabled", "usage": None,
            "metadata": b.get("metadata") or {}, "user": b.get("user"),
        }

    def from_chat(self, chat: dict[str, Any]) -> dict[str, Any]:
        """A chat completion as a response object."""
        choice = (chat.get("choices") or [{}])[0]
        status, details = status_of(choice.get("finish_reason"))
        out = self.envelope(response_id(chat.get("id")), chat.get("model", ""), status)
        out["output"] = output_items(choice.get("message") or {})
        out["usage"] = response_usage(chat.get("usage"))
        out["incomplete_details"] = details
        return out

    def shape(self, chat: dict[str, Any]) -> dict[str, Any]:
        """`from_chat`, for `Gateway.serve`: a failure is an OpenAI-shaped 500, counted as such."""
        try:
            return self.from_chat(chat)
        except Exception as err:
            log.exception("could not translate a chat answer into a response object")
            raise untranslatable("Responses", err) from None

    def answer(self, result: Result) -> Result:
        """The chat path's `Result` in the Responses format: a body `shape` already made, or the stream."""
        if result.stream is None:
            return result
        return Result(headers=result.headers, stream=events_from_chat_stream(result.stream, self, result.fail),
                      close=result.close)


def response_id(chat_id: Any) -> str:
    suffix = str(chat_id or "").removeprefix("chatcmpl-") or format(time.time_ns(), "x")
    return "resp_" + suffix
