"""Request wire types: lenient like OpenAI's server, strict where the gateway reads a field.

Requests are validated once, at the edge, on the types the model backend speaks (`WireTypes`):
behind Ray Serve LLM those are vLLM's own `ChatCompletionRequest`/`CompletionRequest` extended with
the gateway's checks (deployments/protocol.py), so the engine's validation is the edge's too and
nothing is validated twice; without an engine (tests, `qwen-gateway route`, the overhead bench) they
are the light types below. Either way the gateway's checks are the same mixins (`ChatChecks`,
`CompletionChecks`): a bad value is a 400 naming the field, not a crash later. Unknown fields pass
through to the engine, as OpenAI clients expect.
"""

from __future__ import annotations

import typing
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ..config import Mode
from .errors import bad_request, from_validation_error

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Wire):
    """The checks one message must pass; messages travel on as the client's dicts."""

    role: Role
    content: str | list[dict[str, Any]] | None = None

    @field_validator("content")
    @classmethod
    def _parts(cls, v: str | list[dict[str, Any]] | None) -> str | list[dict[str, Any]] | None:
        for part in v if isinstance(v, list) else ():
            if part.get("type") == "text" and not isinstance(part.get("text"), str):
                raise ValueError("a text content part needs 'text' as a string")
        return v

    def check(self) -> None:
        extra = self.model_extra or {}
        if self.role in ("system", "developer", "user") and not self.content:
            raise ValueError(f"a {self.role} message needs non-empty 'content'")
        if self.role == "assistant" and self.content is None and not extra.get("tool_calls"):
            raise ValueError("an assistant message needs 'content' or 'tool_calls'")


class FunctionDef(_Wire):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(_Wire):
    type: Literal["function"]
    function: FunctionDef


class StreamOptions(_Wire):
    include_usage: bool = False


@contextmanager
def _at(index: int) -> Iterator[None]:
    """Checks of one list item inside a field validator keep their place: pydantic would report the
    whole field, so the item's path travels in the error's context (`from_validation_error` reads it)."""
    try:
        yield
    except ValidationError as err:
        first = err.errors()[0]
        path = ".".join(str(p) for p in (index, *first["loc"]))
        raise PydanticCustomError("nested", "{msg}", {"path": path, "msg": first["msg"].removeprefix("Value error, ")})
    except ValueError as err:
        raise PydanticCustomError("nested", "{msg}", {"path": str(index), "msg": str(err)})


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
        opts = getattr(self, "stream_options", None)
        return bool(opts is not None and getattr(opts, "include_usage", False))


class ChatChecks(_GenerationChecks):
    """The gateway's checks of a chat body, on top of whichever chat type the backend speaks."""

    max_completion_tokens: int | None = Field(default=None, ge=1)
    thinking_token_budget: int | None = Field(default=None, ge=0)
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high"] | None = None

    @field_validator("messages", check_fields=False)
    @classmethod
    def _messages(cls, v: list[Any]) -> list[Any]:
        if not v:
            raise ValueError("at least one message is needed")
        for i, m in enumerate(v):
            with _at(i):
                ChatMessage.model_validate(m).check()
        return v

    @field_validator("tools", check_fields=False)
    @classmethod
    def _tools(cls, v: list[Any] | None) -> list[Any] | None:
        for i, t in enumerate(v or ()):
            with _at(i):
                Tool.model_validate(t)
        return v

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


def engine_copy(req: AnyRequest, update: Mapping[str, Any], unset: tuple[str, ...] = ()) -> AnyRequest:
    """`req` with `update` applied and the `unset` fields back to their defaults, as if the client
    never sent them; without validating again: the planner only writes values it built itself. A
    dict given for a field typed as a model (stream_options) becomes that model."""
    fields = type(req).model_fields
    values = {}
    for key, value in update.items():
        sub = _model_type(fields[key].annotation) if key in fields and isinstance(value, dict) else None
        values[key] = sub.model_validate(value) if sub is not None else value
    values.update({k: fields[k].get_default(call_default_factory=True) for k in unset if k in fields})
    out = req.model_copy(update=values)
    out.__pydantic_fields_set__.difference_update(unset)
    return out


def _model_type(annotation: Any) -> type[BaseModel] | None:
    for arg in (annotation, *typing.get_args(annotation)):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None
