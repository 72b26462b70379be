"""The Qwen3 catalogue: published facts and prices per model, shared by every profile."""

from __future__ import annotations

from pydantic import Field, model_validator

from .common import _Strict


class ModelFacts(_Strict):
    """Published architecture facts of one Qwen3 model."""

    params_b: float = Field(gt=0, description="Total parameters, billions.")
    active_params_b: float = Field(gt=0, description="Parameters active per token, billions (MoE < total).")
    layers: int = Field(gt=0)
    attention_heads: int = Field(gt=0)
    kv_heads: int = Field(gt=0)
    context_length: int = Field(gt=0, description="Native context window in tokens.")
    experts: int | None = Field(default=None, gt=0, description="MoE only: routed experts.")
    active_experts: int | None = Field(default=None, gt=0, description="MoE only: experts per token.")

    @model_validator(mode="after")
    def _moe_consistent(self) -> "ModelFacts":
        if (self.experts is None) != (self.active_experts is None):
            raise ValueError("set both 'experts' and 'active_experts' (MoE) or neither (dense)")
        if self.active_params_b > self.params_b:
            raise ValueError("'active_params_b' cannot exceed 'params_b'")
        return self


class Price(_Strict):
    """USD per million tokens. Reasoning tokens are billed as output."""

    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_per_mtok + completion_tokens * self.output_per_mtok) / 1e6


class CatalogModel(_Strict):
    model_id: str = Field(description="Public Hugging Face id, e.g. Qwen/Qwen3-8B.")
    facts: ModelFacts
    price: Price
