"""The chart renders, lints clean, and produces objects the Kubernetes API would accept."""

from __future__ import annotations

import hashlib

import pytest

from .helm_chart import (
    CHART_DIR, NAMESPACE, RELEASE, assert_valid_core, assert_valid_crd, by_kind,
    gpu_values, helm, manifests, notes, render,
)

VALUE_SETS = ["default", "gpu-example"]


def values_for(name: str) -> dict:
    return gpu_values() if name == "gpu-example" else {}


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_lint_has_no_errors_or_warnings(values_name):
    report = helm().lint(CHART_DIR, values_for(values_name), namespace=NAMESPACE, strict=True)
    problems = [m for m in report["messages"] if m["severity"] >= 2]
    assert not report["errors"] and not problems, report


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_renders_one_rayservice(values_name):
    docs = manifests(render(values=values_for(values_name)))
    (svc,) = by_kind(docs, "RayService")
    assert svc["apiVersion"] == "ray.io/v1"
    assert svc["metadata"]["name"] == f"{RELEASE}-qwen-gateway"
    assert svc["spec"]["rayClusterConfig"]["enableInTreeAutoscaling"] is True
    assert_valid_crd(svc, "ray.io_rayservices.yaml")


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_pod_templates_are_valid_pods(values_name):
    (svc,) = by_kind(manifests(render(values=values_for(values_name))), "RayService")
    cluster = svc["spec"]["rayClusterConfig"]
    templates = [cluster["headGroupSpec"]["template"]] + [g["template"] for g in cluster.get("workerGroupSpecs", [])]
    for i, tpl in enumerate(templates):
        assert_valid_core({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": f"pod-{i}", **tpl["metadata"]}, "spec": tpl["spec"]})


def test_default_values_are_the_cpu_local_profile():
    (svc,) = by_kind(manifests(render()), "RayService")
    cluster = svc["spec"]["rayClusterConfig"]
    assert "workerGroupSpecs" not in cluster
    head = cluster["headGroupSpec"]
    assert head["rayStartParams"]["num-gpus"] == "0"
    (container,) = head["template"]["spec"]["containers"]
    assert "nvidia.com/gpu" not in str(container["resources"])
    assert container["image"] == "qwen-gateway:0.1.0"


def test_gpu_example_worker_groups():
    values = gpu_values()
    (svc,) = by_kind(manifests(render(values=values)), "RayService")
    groups = {g["groupName"]: g for g in svc["spec"]["rayClusterConfig"]["workerGroupSpecs"]}
    assert set(groups) == {"gpu-l4", "gpu-a100", "gpu-h100"}
    for want in values["workerGroups"]:
        group = groups[f"gpu-{want['accelerator'].lower()}"]
        (container,) = group["template"]["spec"]["containers"]
        gpus = want["gpusPerPod"]
        assert container["resources"]["requests"]["nvidia.com/gpu"] == gpus
        assert container["resources"]["limits"]["nvidia.com/gpu"] == gpus
        params = group["rayStartParams"]
        assert params["num-gpus"] == str(gpus)
        # KubeRay passes this to `ray start --resources=...` through a shell: a quoted JSON object.
        assert params["resources"] == '"{\\"accelerator_type:%s\\":1}"' % want["accelerator"]
        assert (group["minReplicas"], group["maxReplicas"]) == (want["minReplicas"], want["maxReplicas"])
    # The large models scale to zero, and so does the group that hosts them.
    assert groups["gpu-h100"]["minReplicas"] == 0


# Entries of $QWEN_GATEWAY_API_KEYS: TENANT:SHA256HEX, as `qwen-gateway hash-key --tenant` prints them.
API_KEY_ENTRIES = ["team-a:" + hashlib.sha256(b"sk-test-0001").hexdigest(), "team-b:" + hashlib.sha256(b"sk-test-0002").hexdigest()]


def test_secret_from_values():
    docs = manifests(render(values={"secret": {"apiKeys": API_KEY_ENTRIES, "hfToken": "hf_abc"}}))
    (secret,) = by_kind(docs, "Secret")
    assert_valid_core(secret)
    assert secret["stringData"] == {"api-keys": ",".join(API_KEY_ENTRIES), "hf-token": "hf_abc"}
    pod = by_kind(docs, "RayService")[0]["spec"]["rayClusterConfig"]["headGroupSpec"]["template"]["spec"]
    env = {e["name"]: e for e in pod["containers"][0]["env"]}
    assert env["QWEN_GATEWAY_API_KEYS"]["valueFrom"]["secretKeyRef"] == {"name": secret["metadata"]["name"], "key": "api-keys", "optional": True}
    # The Hugging Face token is a file from the Secret, not a variable every Ray process inherits.
    assert "HF_TOKEN" not in env
    volume = next(v for v in pod["volumes"] if v.get("secret", {}).get("secretName") == secret["metadata"]["name"])
    assert volume["secret"]["optional"] is True
    mount = next(m for m in pod["containers"][0]["volumeMounts"] if m["name"] == volume["name"])
    assert mount["readOnly"] is True
    assert env["HF_TOKEN_PATH"]["value"] == f"{mount['mountPath']}/hf-token"


def test_existing_secret_is_referenced_not_created():
    docs = manifests(render(values={"secret": {"existingSecret": "my-keys", "hfToken": "ignored"}}))
    assert not by_kind(docs, "Secret")
    for group in [by_kind(docs, "RayService")[0]["spec"]["rayClusterConfig"]["headGroupSpec"]]:
        spec = group["template"]["spec"]
        env = spec["containers"][0]["env"]
        assert {e["valueFrom"]["secretKeyRef"]["name"] for e in env if "valueFrom" in e} == {"my-keys"}
        assert {v["secret"]["secretName"] for v in spec["volumes"] if "secret" in v} == {"my-keys"}


def test_notes_tell_how_to_reach_the_endpoint():
    text = notes(render(values=gpu_values()))
    name = f"{RELEASE}-qwen-gateway"
    assert f"port-forward svc/{name}-serve-svc 8000:8000" in text
    assert "/v1/models" in text
    assert 'base_url="http://localhost:8000/v1"' in text


def test_crd_check_catches_a_misspelt_field():
    """The CRD schemas are applied strictly: a field the API server would silently drop fails."""
    (svc,) = by_kind(manifests(render()), "RayService")
    head = svc["spec"]["rayClusterConfig"]["headGroupSpec"]
    head["rayStartParam"] = head.pop("rayStartParams")
    with pytest.raises(AssertionError, match="rayStartParam"):
        assert_valid_crd(svc, "ray.io_rayservices.yaml")
