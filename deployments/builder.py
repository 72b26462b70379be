"""The one deploy entry point: `build_app(args) -> Application`.

The local CLI (`qwen-gateway serve`), `serve run deployments.builder:build_app`, a RayService's
`import_path` and the integration tests all call this. `args` is `{"config": <mapping with the
schema of config.yaml>}` or `{"config_path": "...", "profile": "..."}`.
"""

from __future__ import annotations

from typing import Any

from gateway.checkpoints import ensure_checkpoints
from gateway.config import GatewayConfig, load_config, parse_config

from .ingress import GatewayIngress
from .ledger import TenantLedger
from .models import build_model_deployments


def resolve_config(args: dict[str, Any] | None) -> GatewayConfig:
    args = dict(args or {})
    if "config" in args:
        raw = args["config"]
        if args.get("profile"):
            raw = {**raw, "profile": args["profile"]}
        return parse_config(raw, source="args.config")
    return load_config(args.get("config_path"), args.get("profile"))


def build_app(args: dict[str, Any] | None = None):
    """The `import_path` builder. Serve calls it with the args dict only, and refuses a builder that
    takes any other parameter, so a config object goes to `build_app_from_config` instead."""
    return build_app_from_config(resolve_config(args))


def build_app_from_config(config: GatewayConfig):
    """Build the Serve application: one LLM deployment per enabled model behind the ingress, and
    with several ingress replicas the tenant ledger they share."""
    checkpoints = ensure_checkpoints(config)
    return bind_ingress(config, build_model_deployments(config, checkpoints))


def bind_ingress(config: GatewayConfig, models: dict[str, Any]):
    """The ingress over `models` (bound model apps, or handles of deployed ones): its replicas, and
    the tenant ledger they share when there are several."""
    ingress = GatewayIngress.options(num_replicas=config.server.ingress_replicas)
    ledger = TenantLedger.bind() if config.server.ingress_replicas > 1 else None
    return ingress.bind(config.model_dump(mode="json"), models, ledger)
