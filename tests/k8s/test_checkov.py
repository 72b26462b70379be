"""A real policy scanner on the rendered chart and the Dockerfile: checkov's Kubernetes and
Dockerfile checks find nothing, or each finding is skipped in the chart (a `checkov.io/skipN:
CHECK=reason` annotation) or the Dockerfile (`#checkov:skip=CHECK:reason`) with its reason.

checkov does not look inside a RayService, so the head's and every worker group's pod template are
lifted into Pod manifests (their metadata, skip annotations included, kept) and scanned with the
other rendered objects, one values set at a time (its graph checks pair pods with NetworkPolicies).

checkov pins dependencies the project's own cannot share (packaging<24 against Ray's >=24.2), so
scripts/install.sh puts it in a virtual environment of its own, <venv>/checkov (pinned in
tests/k8s/checkov-requirements.txt). $CHECKOV names another checkov executable.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .helm_chart import NAMESPACE, REPO, external_values, gpu_values, manifests, render

VALUE_SETS = {"default": dict, "gpu-example": gpu_values, "external-members": external_values}


def checkov() -> str:
    for candidate in (os.environ.get("CHECKOV"), Path(sys.prefix) / "checkov" / "bin" / "checkov", shutil.which("checkov")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    reason = "checkov is not installed: bash scripts/install.sh creates <venv>/checkov (or set $CHECKOV)"
    if os.environ.get("CI"):
        pytest.fail(reason)       # on CI a missing scanner is a broken install, not a pass
    pytest.skip(reason)


def lift_pod_templates(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each RayService pod template as the Pod KubeRay would make from it (metadata kept)."""
    pods = []
    for doc in docs:
        if doc["kind"] != "RayService":
            continue
        cluster = doc["spec"]["rayClusterConfig"]
        groups = [("head", cluster["headGroupSpec"])] + [(g["groupName"], g) for g in cluster.get("workerGroupSpecs", [])]
        for group, spec in groups:
            meta = copy.deepcopy(spec["template"].get("metadata", {}))
            meta.setdefault("name", f"{doc['metadata']['name']}-{group}")
            meta.setdefault("namespace", NAMESPACE)
            pods.append({"apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": copy.deepcopy(spec["template"]["spec"])})
    return pods


def run_checkov(args: list[str]) -> dict[str, Any]:
    proc = subprocess.run(
        [checkov(), *args, "--skip-download", "--output", "json"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "LOG_LEVEL": "WARNING"},
    )
    assert proc.returncode in (0, 1), f"checkov failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    report = json.loads(proc.stdout)
    (report,) = report if isinstance(report, list) else [report]
    return report


def findings(report: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    results = report.get("results", {})
    failed = [f"{c['check_id']} {c['resource']} ({c['check_name']})" for c in results.get("failed_checks", [])]
    return failed, results.get("skipped_checks", [])


def assert_skips_have_reasons(skipped: list[dict[str, Any]]) -> None:
    for check in skipped:
        reason = check["check_result"].get("suppress_comment", "")
        assert reason and reason != "No comment provided" and len(reason) > 20, f"{check['check_id']} skipped without a reason"


@pytest.fixture(scope="module", params=list(VALUE_SETS))
def chart_scan(request, tmp_path_factory) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    checkov()
    docs = manifests(render(values=VALUE_SETS[request.param]()))
    objects = docs + lift_pod_templates(docs)
    folder = tmp_path_factory.mktemp(f"checkov-{request.param}")
    for i, obj in enumerate(objects):
        (folder / f"{i:02d}-{obj['kind'].lower()}.yaml").write_text(yaml.safe_dump(obj, sort_keys=False))
    return run_checkov(["--directory", str(folder), "--framework", "kubernetes"]), objects


def test_rendered_chart_has_no_failed_check(chart_scan):
    report, objects = chart_scan
    failed, skipped = findings(report)
    assert not failed, "checkov findings on the rendered chart:\n" + "\n".join(failed)
    assert_skips_have_reasons(skipped)
    # The lifted pods were scanned, not just the RayService.
    pods = [o["metadata"]["name"] for o in objects if o["kind"] == "Pod"]
    scanned = {c["resource"] for c in report["results"]["passed_checks"]}
    assert pods and all(any(name in r for r in scanned) for name in pods), (pods, sorted(scanned))
    assert report["summary"]["parsing_errors"] == 0


def test_dockerfile_has_no_failed_check():
    report = run_checkov(["--file", str(REPO / "Dockerfile"), "--framework", "dockerfile"])
    failed, skipped = findings(report)
    assert not failed, "checkov findings on the Dockerfile:\n" + "\n".join(failed)
    assert_skips_have_reasons(skipped)


def test_lifted_pods_keep_their_metadata():
    docs = manifests(render(values=gpu_values()))
    pods = lift_pod_templates(docs)
    assert [p["metadata"]["labels"]["app.kubernetes.io/component"] for p in pods] == ["ray-head"] + ["ray-worker"] * 3
    assert all(any(k.startswith("checkov.io/skip") for k in p["metadata"]["annotations"]) for p in pods)
