"""Render the Helm chart offline and validate what it produces.

Rendering uses Helm's own Go SDK through `helm-python-sdk` (no helm binary, no cluster). Custom
resources are checked against the KubeRay and Prometheus Operator CRDs vendored in tests/k8s/crds;
core objects against Kubernetes' published schemas (`kubernetes-validate`). Each dependency that is missing skips the
tests that need it, with the reason.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CHART_DIR = REPO / "k8s" / "chart"
GPU_VALUES = CHART_DIR / "values-gpu-example.yaml"
CRD_DIR = Path(__file__).resolve().parent / "crds"   # vendored, gzip-compressed (see its README)
RELEASE, NAMESPACE = "qwen", "llm"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def helm():
    return pytest.importorskip("helm_python", reason="helm-python-sdk is not installed (pip install helm-python-sdk)")


def gpu_values() -> dict[str, Any]:
    return yaml.safe_load(GPU_VALUES.read_text())


EXTERNAL_MEMBER = {"external": {"base_url": "https://qwen.example.com/v1", "model": "qwen3-32b",
                                "api_key_env": "QWEN_HOSTED_API_KEY", "max_concurrent": 32, "overflow_only": True}}
EXTERNAL_KEYS = [{"env": "QWEN_HOSTED_API_KEY", "secretName": "qwen-hosted", "key": "api-key"}]


def external_values(keys: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """The default values with `qwen3-32b` served by an external member, its key from a Secret."""
    import copy

    gateway = copy.deepcopy(yaml.safe_load((CHART_DIR / "values.yaml").read_text())["gateway"])
    gateway["profiles"]["local"]["models"]["qwen3-32b"] = EXTERNAL_MEMBER
    return {"gateway": gateway, "externalKeys": EXTERNAL_KEYS if keys is None else keys}


def render(chart_dir: Path = CHART_DIR, values: dict[str, Any] | None = None) -> dict[str, str]:
    """Template path -> rendered text, as `helm template` would produce them."""
    with helm().Chart.load(chart_dir) as chart:
        return chart.render(values or {}, name=RELEASE, namespace=NAMESPACE, is_install=True)


def manifests(rendered: dict[str, str]) -> list[dict[str, Any]]:
    docs = []
    for path, text in sorted(rendered.items()):
        if path.endswith(".txt"):
            continue
        docs += [d for d in yaml.load_all(text, Loader=_Loader) if d]
    return docs


def by_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def notes(rendered: dict[str, str]) -> str:
    return next(text for path, text in rendered.items() if path.endswith("NOTES.txt"))


# --- schemas --------------------------------------------------------------------------------------


def _strict(schema: Any) -> Any:
    """A CRD schema that also rejects unknown fields (the API server would silently prune them,
    which hides typos such as `rayStartParam`)."""
    if isinstance(schema, list):
        return [_strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _strict(v) for k, v in schema.items()}
    if (
        "properties" in out
        and "additionalProperties" not in out
        and not out.get("x-kubernetes-preserve-unknown-fields")
    ):
        out["additionalProperties"] = False
    return out


@functools.cache
def crd_validator(filename: str, version: str = "v1"):
    """A jsonschema validator for one CRD version's openAPIV3Schema; skips without the CRDs."""
    import jsonschema

    path = CRD_DIR / (filename + ".gz")
    crd = yaml.load(gzip.decompress(path.read_bytes()).decode("utf-8"), Loader=_Loader)
    (spec,) = [v for v in crd["spec"]["versions"] if v["name"] == version]
    return jsonschema.Draft7Validator(_strict(spec["schema"]["openAPIV3Schema"]))


def assert_valid_crd(obj: dict[str, Any], filename: str) -> None:
    errors = sorted(crd_validator(filename).iter_errors(obj), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])


def assert_valid_core(obj: dict[str, Any]) -> None:
    kv = pytest.importorskip("kubernetes_validate", reason="kubernetes-validate is not installed")
    try:
        kv.validate(obj, kv.latest_version(), strict=True)
    except kv.ValidationError as err:
        raise AssertionError(f"{obj['kind']} {obj['metadata'].get('name')}: {err.message} at {list(err.path)}") from None
