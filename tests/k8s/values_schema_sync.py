"""Keep the chart's values.schema.json in step with the gateway's config schema.

The chart's `gateway:` values are the gateway config itself, so values.schema.json embeds the JSON
schema pydantic derives from `gateway.config.GatewayConfig` (`properties.gateway` and the
definitions named after the config's classes). `helm install` then rejects an unknown key or a bad
type before anything starts; the cross-field rules (min <= max replicas, profile references) still
run when the app builder calls `parse_config`.

After changing gateway/config/ run `python tests/k8s/values_schema_sync.py`; a test fails until
the two agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "k8s" / "chart" / "values.schema.json"


def gateway_definitions() -> dict:
    """GatewayConfig's JSON schema as draft-07 definitions, keyed by class name."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from gateway.config import GatewayConfig

    schema = GatewayConfig.model_json_schema(ref_template="#/definitions/{model}")
    defs = schema.pop("$defs", {})
    return {"GatewayConfig": schema, **defs}


def synced(values_schema: dict) -> dict:
    """`values_schema` with its generated gateway definitions replaced by the current ones."""
    gateway = gateway_definitions()
    # Generated definitions are capitalised (class names); the chart's own are lowerCamelCase.
    kept = {k: v for k, v in values_schema.get("definitions", {}).items() if not k[:1].isupper()}
    out = dict(values_schema)
    out["definitions"] = {**kept, **gateway}
    out["properties"] = {**values_schema["properties"], "gateway": {"$ref": "#/definitions/GatewayConfig"}}
    return out


def render(values_schema: dict) -> str:
    return json.dumps(values_schema, indent=2) + "\n"


if __name__ == "__main__":
    current = json.loads(SCHEMA_PATH.read_text())
    SCHEMA_PATH.write_text(render(synced(current)))
    print(f"wrote {SCHEMA_PATH.relative_to(REPO)}")
