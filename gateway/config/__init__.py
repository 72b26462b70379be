"""Typed gateway configuration, validated once at start-up.

`config.yaml` holds the Qwen3 catalogue (facts and prices, shared by every profile) and profiles
that say how each model is served: `production` serves real weights on GPUs, `local` serves
generated random-weight checkpoints on vLLM's CPU build. Unknown keys are errors; every error names
the key path and what to change (`ConfigError`).
"""

from __future__ import annotations
import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..external.settings import ExternalServer
from .admission import Admission, ApiKey, Overload, RequestLimits, TenantLimits
from .catalog import CatalogModel, ModelFacts, Price
from .common import MODES, QWEN3_BUDGET_END_TEXT, ConfigError, Mode, _Strict
from .requests import Observability, RouterConfig, Sampling, ServerConfig, Thinking
from .serving import Autoscaling, CheckpointSpec, EngineSignals, Profile, RequestRouter, Runtime, Serving

__all__ = ["Admission", "ApiKey", "Autoscaling", "CatalogModel", "CheckpointSpec", "ConfigError", "EngineSignals",
           "ExternalServer", "GatewayConfig", "MODES", "Mode", "ModelFacts", "Observability", "Overload", "Price",
           "Profile", "QWEN3_BUDGET_END_TEXT", "RequestLimits", "RequestRouter", "RouterConfig", "Runtime",
           "Sampling", "ServedModel", "ServerConfig", "Serving", "TenantLimits", "Thinking", "load_config",
           "parse_config"]

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parents[2] / "config.yaml"
PROFILE_ENV = "QWEN_GATEWAY_PROFILE"
CONFIG_ENV = "QWEN_GATEWAY_CONFIG"


class GatewayConfig(_Strict):
    profile: str = Field(description="Which entry of 'profiles' to serve.")
    server: ServerConfig = Field(default_factory=ServerConfig)
    router: RouterConfig = Field(default_factory=RouterConfig)
    thinking: Thinking = Field(default_factory=Thinking)
    admission: Admission = Field(default_factory=Admission, description="API keys, tenant limits, backpressure.")
    observability: Observability = Field(default_factory=Observability, description="Alert thresholds.")
    models: dict[str, CatalogModel]
    profiles: dict[str, Profile]

    @model_validator(mode="after")
    def _profile_refs(self) -> "GatewayConfig":
        limits = {"default_limits": self.admission.default_limits, **{f"tenants.{t}": v
                                                                      for t, v in self.admission.tenants.items()}}
        for where, lim in limits.items():
            if lim.max_model is not None and lim.max_model not in self.models:
                raise ValueError(f"admission.{where}.max_model: {lim.max_model!r} is not in the catalogue; "
                                 f"known models: {sorted(self.models)}")
        if self.profile not in self.profiles:
            raise ValueError(f"profile {self.profile!r} is not defined; known profiles: {sorted(self.profiles)}")
        for pname, prof in self.profiles.items():
            for mname in prof.models:
                if mname not in self.models:
                    raise ValueError(
                        f"profiles.{pname}.models.{mname}: not in the catalogue 'models'; "
                        f"known models: {sorted(self.models)}"
                    )
        if not self.enabled_models():
            raise ValueError(f"profile {self.profile!r} enables no model; set enabled: true on at least one")
        if "auto" in self.models:
            raise ValueError("models.auto: 'auto' is reserved for the router's virtual model")
        signals = [n for n, m in self.enabled_models().items() if m.serving.autoscaling.policy == "engine_signals"]
        if signals and not self.observability.prometheus_url:
            raise ValueError(f"profiles.{self.profile}.models.{signals[0]}.autoscaling.policy: engine_signals reads the "
                             "engines' load from Prometheus; set observability.prometheus_url (e.g. http://prometheus:9090)")
        return self

    @property
    def active_profile(self) -> Profile:
        return self.profiles[self.profile]

    def enabled_models(self) -> dict[str, "ServedModel"]:
        """The models the active profile serves, in catalogue order (smallest first by convention)."""
        prof = self.profiles[self.profile]
        return {
            name: ServedModel(name=name, catalog=cat, serving=prof.models[name])
            for name, cat in self.models.items()
            if name in prof.models and prof.models[name].enabled
        }


class ServedModel(BaseModel):
    """A catalogue model joined with how the active profile serves it."""

    model_config = ConfigDict(frozen=True)

    name: str
    catalog: CatalogModel
    serving: Serving

    @property
    def external(self) -> ExternalServer | None:
        return self.serving.external

    @property
    def context_length(self) -> int:
        limit = self.serving.engine_kwargs.get("max_model_len")
        return int(limit) if limit else self.catalog.facts.context_length


# --- loading -------------------------------------------------------------------------------------


def _format_errors(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
        msg = e["msg"].removeprefix("Value error, ")
        if e["type"] == "extra_forbidden":
            msg = "unknown key; remove it or check its spelling"
        elif e["type"] == "missing":
            msg = "required key is missing"
        lines.append(f"  {loc}: {msg}")
    return "\n".join(lines)


def parse_config(data: Any, source: str = "config") -> GatewayConfig:
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        return GatewayConfig.model_validate(data)
    except ValidationError as err:
        raise ConfigError(f"{source} is invalid:\n{_format_errors(err)}") from None


def load_config(path: str | os.PathLike | None = None, profile: str | None = None) -> GatewayConfig:
    """Read and validate a config file. `profile` (or $QWEN_GATEWAY_PROFILE) overrides the file's."""
    p = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG_PATH)
    try:
        raw = yaml.safe_load(p.read_text())
    except FileNotFoundError:
        raise ConfigError(f"config file {p} not found; pass --config PATH") from None
    except yaml.YAMLError as err:
        raise ConfigError(f"{p} is not valid YAML: {err}") from None
    profile = profile or os.environ.get(PROFILE_ENV)
    if profile and isinstance(raw, dict):
        raw = {**raw, "profile": profile}
    return parse_config(raw, source=str(p))
