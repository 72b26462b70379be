"""`engine: sglang`: Ray Serve LLM's `SGLangServer` with the methods the gateway calls
(deployments/replica_api.py). Imported by the model replica only (deployments/sglang.py names it)."""

from __future__ import annotations

from ray.llm._internal.serve.engines.sglang import SGLangServer

from .replica_api import GatewayEndpoints


class GatewaySGLangServer(GatewayEndpoints, SGLangServer):
    """Ray's SGLang server, answering the gateway's plain-data bodies with plain data."""
