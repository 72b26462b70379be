"""The `external:` block of a profile entry: a model served by an OpenAI-compatible server the
gateway does not start. The API key is never in config: `api_key_env` names the environment
variable that holds it, and a variable that is named but unset stops the gateway at start-up."""

from __future__ import annotations

import os
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ExternalServer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str = Field(
        description="The server's OpenAI base URL, up to and including /v1, e.g. http://ollama:11434/v1.")
    model: str = Field(min_length=1, description="The model name that server expects in `model`.")
    api_key_env: str | None = Field(
        default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Environment variable holding the bearer key (never the key itself); null: no key sent.")
    max_concurrent: int = Field(
        default=16, gt=0, description="Requests in flight to it at once, per gateway replica (also its connection pool).")
    timeout_s: float = Field(
        default=120, gt=0, description="Longest wait for its next byte (first token, next chunk, whole JSON answer).")
    connect_timeout_s: float = Field(default=5, gt=0, description="Longest wait to open a connection.")
    backoff_s: float = Field(
        default=10, gt=0, description="How long a member that failed is kept out of routing; doubles while it keeps "
                                      "failing, up to max_backoff_s.")
    max_backoff_s: float = Field(default=120, gt=0)
    overflow_only: bool = Field(
        default=False, description="Used by `auto` only while the hosted models cannot take a request (cold or "
                                   "saturated); never preferred otherwise. Pinned requests still reach it.")
    thinking_budget: bool = Field(
        default=True, description="The server enforces `thinking_token_budget` (a vLLM server started with a "
                                  "reasoning config does); false: the field is not sent and x-route-reason says so.")

    @field_validator("base_url")
    @classmethod
    def _url(cls, v: str) -> str:
        u = urlparse(v)
        if u.scheme not in ("http", "https") or not u.hostname:
            raise ValueError(f"{v!r} is not an http(s) URL; write it like http://host:8000/v1")
        if u.username or u.password:
            raise ValueError("put no credentials in base_url; name an environment variable in api_key_env")
        return v.rstrip("/")

    @field_validator("api_key_env")
    @classmethod
    def _env_set(cls, v: str | None) -> str | None:
        if v is not None and not os.environ.get(v):
            raise ValueError(f"api_key_env names ${v}, which is not set in the gateway's environment; set it "
                             "(e.g. from a Kubernetes Secret) or remove api_key_env for a server without a key")
        return v

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None
