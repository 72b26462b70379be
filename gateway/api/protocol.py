"""Request wire types: lenient like OpenAI's server, strict where the gateway reads a field.

Unknown fields pass through to vLLM (which validates them); the fields the gateway acts on are
typed here so a bad value is a 400 naming the field, not a crash later.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..config import Mode

Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Wire):
    role: Role
    content: str | list[dict[str, Any]] | None = None

    @model_validator(mode="after")
    def _content(self) -> "ChatMessage":
        extra = self.model_extra or {}
        if self.role in ("system", "developer", "user") and not self.content:
            raise ValueError(f"a {self.role} message needs non-empty 'content'")
        if self.role == "assistant" and self.content is None and not extra.get("tool_calls"):
            raise ValueError("an assistant message needs 'content' or 'tool_calls'")
        return self


class StreamOptions(_Wire):
    include_usage: bool = False


class FunctionDef(_Wire):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(_Wire):
    type: Literal["function"]
    function: FunctionDef


class _Generation(_Wire):
    model: str | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    top_k: int | None = Field(default=None, ge=-1)
    min_p: float | None = Field(default=None, ge=0, le=1)
    n: int = Field(default=1, ge=1, le=16)
    route_mode: Mode | None = Field(default=None, description="Gateway extension: cost mode for this request.")


class ChatRequest(_Generation):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    tools: list[Tool] | None = None
    tool_choice: Any = None
    chat_template_kwargs: dict[str, Any] | None = None
    thinking_token_budget: int | None = Field(default=None, ge=0)
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high"] | None = None

    @field_validator("chat_template_kwargs")
    @classmethod
    def _thinking_flag(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        if v and "enable_thinking" in v and not isinstance(v["enable_thinking"], bool):
            raise ValueError("'enable_thinking' must be true or false")
        return v

    @property
    def output_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class CompletionRequest(_Generation):
    prompt: str | list[str] = Field(min_length=1)
    echo: bool = False

    @field_validator("prompt")
    @classmethod
    def _non_empty(cls, v: str | list[str]) -> str | list[str]:
        if isinstance(v, list) and not all(v):
            raise ValueError("prompts must be non-empty strings")
        return v

    @property
    def output_limit(self) -> int | None:
        return self.max_tokens

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else "\n".join(self.prompt)
