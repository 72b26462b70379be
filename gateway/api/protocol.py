"""Request wire types: lenient like OpenAI's server, strict where the gateway reads a field.

Requests are validated at the edge on the types the model backend speaks (`WireTypes`): the light
types below for every backend the gateway has (Ray Serve LLM's and external servers), so the
gateway's process never imports torch or vLLM. Behind Ray Serve LLM the model replica builds vLLM's
own `ChatCompletionRequest`/`CompletionRequest`, extended with the same checks, from the planned
request (deployments/protocol.py); vLLM's validators run there and what they refuse is a 400 too.
Either way the gateway's checks are the same mixins (`ChatChecks`, `CompletionChecks`): a bad value
is a 400 naming the field, not a crash later. Unknown fields are
accepted, as OpenAI clients expect, but only the fields a client may set (`ENGINE_FIELDS`) reach the
engine.
"""

from __future__ import annotations

import typing
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..config import Mode
from .errors import bad_request, from_validation_error

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow")


def _nested(path: str, msg: str) -> PydanticCustomError:
    """An error about one item inside a field; `from_validation_error` appends `path` to the field's."""
    return PydanticCustomError("nested", "{msg}", {"path": path, "msg": msg})


@contextmanager
def _at(where: str) -> Iterator[None]:
    """Checks of one item keep their place: a validator can only report the field (or the model) it
    runs on, so the item's path travels in the error's context (`from_validation_error` reads it)."""
    try:
        yield
    except ValidationError as err:
        first = err.errors()[0]
        inner = [first["ctx"]["path"]] if first["type"] == "nested" else []
        path = ".".join(str(p) for p in (where, *first["loc"], *inner))
        msg = first["ctx"]["msg"] if inner else first["msg"].removeprefix("Value error, ")
        raise _nested(path, msg) from None
    except ValueError as err:
        raise _nested(where, str(err)) from None


class CalledFunction(_Wire):
    name: str
    arguments: str


class ToolCall(_Wire):
    """A tool call the assistant made, as a client sends it back in the history."""

    type: Literal["function"] = "function"
    function: CalledFunction


# Qwen3 models read text: other parts (images, audio, files) cannot be served, so they are refused
# here with the field named, instead of failing inside the engine.
PART_TYPES = ("text", "refusal")


class ChatMessage(_Wire):
    """The checks one message must pass; messages travel on as the client's dicts."""

    role: Role
    content: Any = None
    tool_calls: list[ToolCall] | None = None

    @field_validator("content")
    @classmethod
    def _content(cls, v: Any) -> Any:
        """A string, or a list of text parts; checked by hand so an error names the exact part."""
        if v is None or isinstance(v, str):
            return v
        if not isinstance(v, list):
            raise ValueError("'content' must be a string or a list of content parts")
        for i, part in enumerate(v):
            if not isinstance(part, dict):
                raise _nested(str(i), "a content part must be an object with a 'type'")
            kind = part.get("type")
            if kind not in PART_TYPES:
                raise _nested(f"{i}.type", f"content part type {kind!r} is not supported; Qwen3 reads "
                                           f"{' and '.join(PART_TYPES)} parts")
            if not isinstance(part.get(kind), str):
                raise _nested(f"{i}.{kind}", f"a {kind} part needs '{kind}' as a string")
        return v

    def check(self) -> None:
        if self.role in ("system", "developer", "user") and not self.content:
            raise ValueError(f"a {self.role} message needs non-empty 'content'")
        if self.role == "assistant" and self.content is None and not self.tool_calls:
            raise ValueError("an assistant message needs 'content' or 'tool_calls'")
        if self.role == "tool" and self.content is None:
            raise ValueError("a tool message needs 'content': the tool's result")


class FunctionDef(_Wire):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(_Wire):
    type: Literal["function"]
    function: FunctionDef


class StreamOptions(_Wire):
    include_usage: bool = False


class _GenerationChecks(BaseModel):
    """Fields every generation request shares, with the gateway's bounds."""

    model_config = ConfigDict(extra="allow")

    model: str | None = None
    stream: bool | None = False
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    top_k: int | None = Field(default=None, ge=-1)
    min_p: float | None = Field(default=None, ge=0, le=1)
    n: int = Field(default=1, ge=1, le=16)
    # A gateway extension, read by the planner; `exclude` keeps it out of what the engine is sent.
    route_mode: Mode | None = Field(default=None, exclude=True,
                                    description="Gateway extension: cost mode for this request.")

    @property
    def streaming(self) -> bool:
        return bool(self.stream)

    @property
    def wants_usage(self) -> bool:
        return self._stream_option("include_usage")

    @property
    def wants_chunk_usage(self) -> bool:
        return self._stream_option("continuous_usage_stats")

    def _stream_option(self, name: str) -> bool:
        opts = getattr(self, "stream_options", None)
        value = getattr(opts, name, None) if opts is not None else None
        if value is None and opts is not None:
            value = (opts.model_extra or {}).get(name)
        return value is True


class ChatChecks(_GenerationChecks):
    """The gateway's checks of a chat body, on top of whichever chat type the backend speaks."""

    max_completion_tokens: int | None = Field(default=None, ge=1)
    thinking_token_budget: int | None = Field(default=None, ge=0)
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high"] | None = None

    # A model validator in "before" mode runs ahead of the backend type's own validators (vLLM's
    # iterate messages and tool calls before any field is typed), so a malformed message gets the
    # gateway's answer, naming the exact field, not an engine's TypeError.
    @model_validator(mode="before")
    @classmethod
    def _messages_and_tools(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        messages, tools = data.get("messages"), data.get("tools")
        if isinstance(messages, list):
            if not messages:
                raise _nested("messages", "at least one message is needed")
            for i, m in enumerate(messages):
                with _at(f"messages.{i}"):
                    ChatMessage.model_validate(m).check()
        for i, t in enumerate(tools if isinstance(tools, list) else ()):
            with _at(f"tools.{i}"):
                Tool.model_validate(t)
        return data

    @field_validator("chat_template_kwargs", check_fields=False)
    @classmethod
    def _thinking_flag(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        if v and "enable_thinking" in v and not isinstance(v["enable_thinking"], bool):
            raise ValueError("'enable_thinking' must be true or false")
        return v

    @property
    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionChecks(_GenerationChecks):
    """The gateway's checks of a raw completion body."""

    echo: bool | None = False

    @field_validator("prompt", check_fields=False)
    @classmethod
    def _prompt(cls, v: Any) -> Any:
        if isinstance(v, str) and v:
            return v
        if isinstance(v, list) and v and all(isinstance(p, str) and p for p in v):
            return v
        raise ValueError("'prompt' must be a non-empty string or a list of non-empty strings")

    @property
    def output_limit(self) -> int | None:
        return self.max_tokens

    def prompt_text(self) -> str:
        prompt = getattr(self, "prompt")
        return prompt if isinstance(prompt, str) else "\n".join(prompt)


class ChatRequest(ChatChecks):
    """The light chat type, for backends without an engine of their own."""

    messages: list[dict[str, Any]]
    stream_options: StreamOptions | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: Any = None
    chat_template_kwargs: dict[str, Any] | None = None


class CompletionRequest(CompletionChecks):
    """The light completion type, for backends without an engine of their own."""

    prompt: str | list[str]
    stream_options: StreamOptions | None = None


AnyRequest = ChatChecks | CompletionChecks


@dataclass(frozen=True)
class WireTypes:
    """The request classes a backend speaks, and the exceptions its types raise for bad input
    besides pydantic's (vLLM's validators raise their own)."""

    chat: type[ChatChecks] = ChatRequest
    completions: type[CompletionChecks] = CompletionRequest
    client_errors: tuple[type[Exception], ...] = ()

    def parse(self, endpoint: str, data: Mapping[str, Any]) -> AnyRequest:
        """Validate a body: the request, or a 400 naming the field."""
        cls = self.chat if endpoint == "chat" else self.completions
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise from_validation_error(err) from None
        except self.client_errors as err:
            raise bad_request(f"Invalid request: {err}", param=getattr(err, "parameter", None)) from None
        except (ValueError, TypeError, RecursionError) as err:   # an upstream validator outside pydantic's wrapping
            raise bad_request(f"Invalid request: {err}") from None


# What a client may ask of the engine: OpenAI's parameters and vLLM's harmless sampling extras. Every
# other field (vLLM's priority, request_id, kv_transfer_params, cache_salt, chat_template,
# logits_processors, beam search, ...) is dropped before the engine sees it: they would let a client
# jump the queue, impersonate another request, read another tenant's prefix cache or run its own
# template. The gateway sets cache_salt itself.
_SAMPLING = ("frequency_penalty", "presence_penalty", "logit_bias", "logprobs", "max_tokens", "n", "seed", "stop",
             "stream", "stream_options", "temperature", "top_p", "top_k", "min_p", "repetition_penalty",
             "stop_token_ids", "include_stop_str_in_output", "skip_special_tokens", "spaces_between_special_tokens",
             "response_format", "structured_outputs", "user", "model", "return_token_ids")
ENGINE_FIELDS = {
    "chat": frozenset((*_SAMPLING, "messages", "max_completion_tokens", "top_logprobs", "tools", "tool_choice",
                       "parallel_tool_calls", "chat_template_kwargs", "thinking_token_budget")),
    "completions": frozenset((*_SAMPLING, "prompt", "echo", "suffix")),
}


def engine_copy(req: AnyRequest, update: Mapping[str, Any], unset: tuple[str, ...] = (),
                allowed: frozenset[str] | None = None) -> AnyRequest:
    """`req` as the engine gets it: `update` applied, the `unset` fields and every field outside
    `allowed` back to their defaults, as if the client never sent them. Not validated again: the
    planner only writes values it built itself. A dict for a field typed as a model (stream_options)
    becomes that model."""
    fields = type(req).model_fields
    extra = dict(req.model_extra or {})
    if allowed is not None:
        unset = (*unset, *(k for k in (*req.model_fields_set, *extra) if k not in allowed and k not in update))
    values = {}
    for key, value in update.items():
        if key not in fields:
            extra[key] = value
            continue
        sub = _model_type(fields[key].annotation) if isinstance(value, dict) else None
        values[key] = sub.model_validate(value) if sub is not None else value
    values.update({k: fields[k].get_default(call_default_factory=True) for k in unset if k in fields})
    out = req.model_copy(update=values)
    out.__pydantic_fields_set__.difference_update(unset)
    if out.__pydantic_extra__ is not None:
        out.__pydantic_extra__ = {k: v for k, v in extra.items() if k not in unset}
    return out


def _model_type(annotation: Any) -> type[BaseModel] | None:
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None
