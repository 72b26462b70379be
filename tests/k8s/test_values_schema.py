"""values.schema.json rejects bad values before anything reaches the cluster, naming the field."""

from __future__ import annotations

import copy
import json

import pytest

from .helm_chart import CHART_DIR, gpu_values, helm, render
from .values_schema_sync import SCHEMA_PATH, render as render_schema, synced


def rejects(values: dict) -> str:
    hp = helm()
    with hp.Chart.load(CHART_DIR) as chart, pytest.raises(hp.HelmValuesError) as err:
        chart.validate_schema(values)
    return str(err.value)


def worker(**overrides) -> dict:
    return {"accelerator": "L4", "gpusPerPod": 1, "minReplicas": 0, "maxReplicas": 2, **overrides}


def test_schema_is_draft7_and_in_sync_with_the_gateway_config():
    schema = json.loads(SCHEMA_PATH.read_text())
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert render_schema(synced(schema)) == SCHEMA_PATH.read_text(), (
        "values.schema.json is out of date with gateway/config/; run python tests/k8s/values_schema_sync.py"
    )


@pytest.mark.parametrize("values", [{}, gpu_values()], ids=["default", "gpu-example"])
def test_shipped_values_pass(values):
    with helm().Chart.load(CHART_DIR) as chart:
        chart.validate_schema(values)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"workerGroups": [worker(minReplicas=-1)]}, "/workerGroups/0/minReplicas"),
        ({"workerGroups": [worker(maxReplicas=0)]}, "/workerGroups/0/maxReplicas"),
        ({"workerGroups": [worker(gpusPerPod=0)]}, "/workerGroups/0/gpusPerPod"),
        ({"workerGroups": [worker(accelerator="L5")]}, "/workerGroups/0/accelerator"),
        ({"workerGroups": [worker(gpus=1)]}, "'gpus' not allowed"),
        ({"workerGroups": [{"accelerator": "H100", "minReplicas": 0, "maxReplicas": 1}]}, "missing property 'gpusPerPod'"),
        ({"image": {"repository": ""}}, "/image/repository"),
        ({"image": {"repository": None}}, "missing property 'repository'"),
        ({"secret": {"apiKeys": ["a,b"]}}, "/secret/apiKeys/0"),
        ({"monitoring": {"podMonitor": {"interval": "15 seconds"}}}, "/monitoring/podMonitor/interval"),
        ({"imageTag": "x"}, "'imageTag' not allowed"),
        # The gateway block is checked with the gateway's own schema.
        ({"gateway": {"server": {"port": 0}}}, "/gateway/server/port"),
        ({"gateway": {"routr": {}}}, "'routr' not allowed"),
        ({"gateway": {"router": {"mode": "fastest"}}}, "/gateway/router/mode"),
        ({"gateway": {"profiles": {"local": {"models": {"qwen3-8b": {"gpus_per_replica": -1}}}}}},
         "/gateway/profiles/local/models/qwen3-8b/gpus_per_replica"),
    ],
)
def test_bad_values_are_rejected_with_the_field_named(values, expected):
    assert expected in rejects(values)


def test_unknown_accelerator_lists_the_known_ones():
    message = rejects({"workerGroups": [worker(accelerator="L5")]})
    assert "'L4'" in message and "'H100'" in message


# Rules a JSON schema cannot express fail the render with a message that says what to change.


def test_min_above_max_replicas_fails():
    helm_python = helm()
    with pytest.raises(helm_python.HelmRenderError, match=r"workerGroups\[0\] \(L4\): minReplicas \(3\) exceeds maxReplicas \(2\)"):
        render(values={"workerGroups": [worker(minReplicas=3, maxReplicas=2)]})


def test_gpu_model_without_a_matching_worker_group_fails():
    values = gpu_values()
    values["workerGroups"] = [g for g in values["workerGroups"] if g["accelerator"] != "H100"]
    with pytest.raises(helm().HelmRenderError, match=r"models\.qwen3-3\S+ needs accelerator H100 .* \(worker groups: L4 x1, A100 x1\)"):
        render(values=values)


def test_tensor_parallel_model_needs_enough_gpus_per_pod():
    values = copy.deepcopy(gpu_values())
    for group in values["workerGroups"]:
        if group["accelerator"] == "H100":
            group["gpusPerPod"] = 1
    with pytest.raises(helm().HelmRenderError, match=r"qwen3-32b.*gpusPerPod >= 2"):
        render(values=values)
