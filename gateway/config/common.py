"""What every config section shares: the strict base model, the error type, the cost modes and
Qwen3's budget end text."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

# Cost modes of the router: set in config, per tenant, per request (header or body field).
Mode = Literal["quality", "balanced", "economy"]
MODES: tuple[str, ...] = get_args(Mode)

# Text vLLM forces when a thinking budget runs out (Qwen3 technical report).
QWEN3_BUDGET_END_TEXT = (
    "Considering the limited time by the user, I have to give the solution based on the thinking "
    "directly now.\n</think>\n\n"
)


class ConfigError(ValueError):
    """A config file that cannot be served. The message names the key and the fix."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

