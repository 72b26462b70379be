"""The chat path's answers in the Responses format: output items, usage, and the event stream.

The stream is rebuilt from the chat SSE stream `Gateway.serve` returns, so the Responses stream is
metered, bounded and released exactly as a chat stream is. Events follow OpenAI's sequence:
`response.created`, `response.in_progress`, then per output item `response.output_item.added`,
its deltas (`response.reasoning_text.delta`, `response.output_text.delta`,
`response.function_call_arguments.delta`) and `.done` events, and last `response.completed` (or
`response.incomplete` when the output limit cut it). An error after the stream started ends it
with an `error` event and `response.failed`: it never just stops.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any, AsyncIterator, Callable, Protocol

import orjson

from .errors import untranslatable

log = logging.getLogger("qwen_gateway")


class _Envelope(Protocol):
    def envelope(self, rid: str, model: str, status: str) -> dict[str, Any]: ...


def _item_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def status_of(finish_reason: str | None) -> tuple[str, dict[str, Any] | None]:
    """A chat finish reason as a response status and its incomplete details."""
    if finish_reason == "length":
        return "incomplete", {"reason": "max_output_tokens"}
    return "completed", None


def response_usage(usage: dict[str, Any] | None) -> dict[str, Any] | None:
    """Chat usage in the Responses names, with the reasoning tokens the engine counted."""
    if not usage:
        return None
    details = usage.get("completion_tokens_details") or {}
    cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0
    return {"input_tokens": usage.get("prompt_tokens", 0), "input_tokens_details": {"cached_tokens": cached},
            "output_tokens": usage.get("completion_tokens", 0),
            "output_tokens_details": {"reasoning_tokens": details.get("reasoning_tokens") or 0},
            "total_tokens": usage.get("total_tokens", 0)}


def reasoning_item(text: str, item_id: str | None = None) -> dict[str, Any]:
    return {"type": "reasoning", "id": item_id or _item_id("rs"), "summary": [],
            "content": [{"type": "reasoning_text", "text": text}], "status": "completed"}


def message_item(text: str, item_id: str | None = None, status: str = "completed") -> dict[str, Any]:
    content = [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}] if status == "completed" else []
    return {"type": "message", "id": item_id or _item_id("msg"), "role": "assistant", "status": status,
            "content": content}


def call_item(call_id: str, name: str, arguments: str, item_id: str | None = None,
              status: str = "completed") -> dict[str, Any]:
    return {"type": "function_call", "id": item_id or _item_id("fc"), "call_id": call_id, "name": name,
            "arguments": arguments, "status": status}


def output_items(message: dict[str, Any]) -> list[dict[str, Any]]:
    """A chat message as output items: its reasoning, its text, then each tool call, in that order."""
    items = []
    reasoning = message.get("reasoning") or message.get("reasoning_content")
    if reasoning:
        items.append(reasoning_item(reasoning))
    if message.get("content"):
        items.append(message_item(message["content"]))
    for call in message.get("tool_calls") or ():
        fn = call.get("function") or {}
        items.append(call_item(call.get("id") or _item_id("call"), fn.get("name", ""), fn.get("arguments") or ""))
    return items


class _EventWriter:
    """Builds the Responses events of one stream, numbering them, and tracks the open output item."""

    def __init__(self, call: _Envelope) -> None:
        self.call = call
        self.seq = 0
        self.rid = "resp_" + uuid.uuid4().hex
        self.model = ""
        self.items: list[dict[str, Any]] = []   # finished output items, in order
        self.open: dict[str, Any] | None = None  # the item being streamed: {"kind", "id", "text", ...}
        self.calls: dict[int, dict[str, Any]] = {}  # tool-call index -> open function_call item state

    def event(self, kind: str, **fields: Any) -> str:
        self.seq += 1
        payload = {"type": kind, "sequence_number": self.seq, **fields}
        return f"event: {kind}\ndata: {orjson.dumps(payload).decode()}\n\n"

    def response(self, status: str, usage: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
        out = self.call.envelope(self.rid, self.model, status)
        out.update(output=list(self.items), usage=response_usage(usage), **extra)
        return out

    def start(self) -> list[str]:
        return [self.event("response.created", response=self.response("in_progress")),
                self.event("response.in_progress", response=self.response("in_progress"))]

    def text(self, kind: str, delta: str) -> list[str]:
        """A reasoning or content delta: opens its item (closing another open one) and streams it."""
        out = []
        if self.open is None or self.open["kind"] != kind:
            out += self.close_open()
            out += self._open_text(kind)
        self.open["text"] += delta
        idx = len(self.items)
        name = "response.reasoning_text.delta" if kind == "reasoning" else "response.output_text.delta"
        extra = {} if kind == "reasoning" else {"logprobs": []}
        out.append(self.event(name, item_id=self.open["id"], output_index=idx, content_index=0, delta=delta, **extra))
        return out

    def _open_text(self, kind: str) -> list[str]:
        idx = len(self.items)
        if kind == "reasoning":
            self.open = {"kind": kind, "id": _item_id("rs"), "text": ""}
            item = {"type": "reasoning", "id": self.open["id"], "summary": [], "content": [], "status": "in_progress"}
            return [self.event("response.output_item.added", output_index=idx, item=item)]
        self.open = {"kind": kind, "id": _item_id("msg"), "text": ""}
        part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        return [self.event("response.output_item.added", output_index=idx,
                           item=message_item("", self.open["id"], status="in_progress")),
                self.event("response.content_part.added", item_id=self.open["id"], output_index=idx,
                           content_index=0, part=part)]

    def close_open(self) -> list[str]:
        """Ends the open reasoning or message item with its `.done` events."""
        if self.open is None:
            return []
        idx, o, self.open = len(self.items), self.open, None
        if o["kind"] == "reasoning":
            item = reasoning_item(o["text"], o["id"])
            out = [self.event("response.reasoning_text.done", item_id=o["id"], output_index=idx, content_index=0,
                              text=o["text"])]
        else:
            item = message_item(o["text"], o["id"])
            out = [self.event("response.output_text.done", item_id=o["id"], output_index=idx, content_index=0,
                              text=o["text"], logprobs=[]),
                   self.event("response.content_part.done", item_id=o["id"], output_index=idx, content_index=0,
                              part=item["content"][0])]
        self.items.append(item)
        return [*out, self.event("response.output_item.done", output_index=idx, item=item)]

    def tool_call(self, delta: dict[str, Any]) -> list[str]:
        """One tool-call delta: the first for an index opens a function_call item, later ones stream
        its arguments. Calls are streamed one after another (vLLM streams them in order)."""
        index = delta.get("index", 0)
        fn = delta.get("function") or {}
        out = []
        state = self.calls.get(index)
        if state is None:
            out += self.close_open()
            out += self.close_calls()
            state = {"id": _item_id("fc"), "call_id": delta.get("id") or _item_id("call"),
                     "name": fn.get("name") or "", "arguments": "", "index": len(self.items)}
            self.calls[index] = state
            item = call_item(state["call_id"], state["name"], "", state["id"], status="in_progress")
            out.append(self.event("response.output_item.added", output_index=state["index"], item=item))
        if fn.get("arguments"):
            state["arguments"] += fn["arguments"]
            out.append(self.event("response.function_call_arguments.delta", item_id=state["id"],
                                  output_index=state["index"], delta=fn["arguments"]))
        return out

    def close_calls(self) -> list[str]:
        out = []
        for index in sorted(self.calls):
            s = self.calls.pop(index)
            item = call_item(s["call_id"], s["name"], s["arguments"], s["id"])
            self.items.append(item)
            out += [self.event("response.function_call_arguments.done", item_id=s["id"], output_index=s["index"],
                               name=s["name"], arguments=s["arguments"]),
                    self.event("response.output_item.done", output_index=s["index"], item=item)]
        return out

    def chunk(self, chunk: dict[str, Any]) -> list[str]:
        self.model = chunk.get("model") or self.model
        out = []
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {}
            if delta.get("reasoning"):
                out += self.text("reasoning", delta["reasoning"])
            if delta.get("content"):
                out += self.text("content", delta["content"])
            for call in delta.get("tool_calls") or ():
                out += self.tool_call(call)
        return out

    def finish(self, finish_reason: str | None, usage: dict[str, Any] | None) -> list[str]:
        out = [*self.close_open(), *self.close_calls()]
        status, details = status_of(finish_reason)
        kind = "response.completed" if status == "completed" else "response.incomplete"
        return [*out, self.event(kind, response=self.response(status, usage, incomplete_details=details))]

    def fail(self, error: dict[str, Any], usage: dict[str, Any] | None) -> list[str]:
        out = [*self.close_open(), *self.close_calls()]
        err = {"code": str(error.get("code") or error.get("type") or "server_error"),
               "message": error.get("message", "the model failed")}
        return [*out, self.event("error", **err, param=error.get("param")),
                self.event("response.failed", response=self.response("failed", usage, error=err))]


def _chunks(text: str) -> list[dict[str, Any]]:
    """The JSON objects of the chat path's SSE text (it yields whole events)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("data: ") and line[6:].strip() != "[DONE]":
            out.append(orjson.loads(line[6:]))
    return out


class _Translation:
    """The state of one stream's translation: chat SSE text in, Responses events out."""

    def __init__(self, call: _Envelope) -> None:
        self.w = _EventWriter(call)
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.failed = False   # an error event ended it: nothing more but [DONE]
        self.ended = False

    def events(self, text: str) -> list[str]:
        out: list[str] = []
        if text.strip() == "data: [DONE]":
            self.ended = True
            return out if self.failed else self.w.finish(self.finish_reason, self.usage)
        for chunk in _chunks(text):
            if isinstance(chunk.get("error"), dict):
                out += self.w.fail(chunk["error"], self.usage)
                self.failed = True
                continue
            self.usage = chunk.get("usage") or self.usage
            for choice in chunk.get("choices") or ():
                self.finish_reason = choice.get("finish_reason") or self.finish_reason
            out += self.w.chunk(chunk)
        return out


async def events_from_chat_stream(stream: AsyncIterator[str], call: _Envelope,
                                  fail: Callable[[int], None] | None = None) -> AsyncIterator[str]:
    """The Responses events for a chat SSE stream. Closing this generator closes the chat stream,
    whose own cleanup cancels the engine request and settles the admission. The chat stream counts
    the request once its [DONE] was taken, so the final events are made before that: a translation
    that fails anywhere ends the stream with `response.failed` and, through `fail`, is counted as the
    500 the client saw."""
    t = _Translation(call)
    try:
        for ev in t.w.start():
            yield ev
        async for text in stream:
            try:
                events = t.events(text)
            except Exception as err:
                log.exception("could not translate a chat stream into Responses events")
                if fail is not None:
                    fail(500)
                events = t.w.fail(untranslatable("Responses", err).body()["error"], None)
                t.ended = True
            for ev in events:
                yield ev
            if t.ended:
                return
        if not t.failed:   # the chat stream always ends with [DONE]; should it not, still end this one
            for ev in t.w.finish(t.finish_reason, t.usage):
                yield ev
    finally:
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            await aclose()
