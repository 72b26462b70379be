"""External members in the chart: declared in the gateway values like in config.yaml, their API keys
from a Secret as the environment variable each member's api_key_env names."""

from __future__ import annotations

import pytest
import yaml

from .helm_chart import CHART_DIR, EXTERNAL_KEYS, EXTERNAL_MEMBER, by_kind, external_values, helm, manifests, render

MEMBER, KEYS = EXTERNAL_MEMBER, EXTERNAL_KEYS


def _values(keys):
    return external_values(keys)


def _containers(docs):
    cluster = by_kind(docs, "RayService")[0]["spec"]["rayClusterConfig"]
    groups = [cluster["headGroupSpec"], *cluster.get("workerGroupSpecs", [])]
    return [c for g in groups for c in g["template"]["spec"]["containers"]]


def test_a_member_s_key_comes_from_its_secret_in_every_ray_container():
    docs = manifests(render(values=_values(KEYS)))
    for container in _containers(docs):
        env = {e["name"]: e for e in container["env"]}
        assert env["QWEN_HOSTED_API_KEY"]["valueFrom"]["secretKeyRef"] == {"name": "qwen-hosted", "key": "api-key"}
        assert "value" not in env["QWEN_HOSTED_API_KEY"]
    serve = yaml.safe_load(by_kind(docs, "RayService")[0]["spec"]["serveConfigV2"])
    (app,) = serve["applications"]
    served = app["args"]["config"]["profiles"]["local"]["models"]["qwen3-32b"]
    assert served == MEMBER                                   # the member reaches the app builder as written
    assert "sk-" not in str(docs)                             # and no key is in any rendered object


def test_a_member_key_without_an_externalkeys_entry_fails_to_render():
    with pytest.raises(Exception, match="api_key_env is QWEN_HOSTED_API_KEY, but externalKeys has no entry"):
        render(values=_values([]))


def test_the_values_schema_refuses_a_malformed_entry():
    report = helm().lint(CHART_DIR, _values([{"env": "QWEN_HOSTED_API_KEY", "secret": "x"}]), strict=True)
    assert report["errors"] or any(m["severity"] >= 2 for m in report["messages"]), report
