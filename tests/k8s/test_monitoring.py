"""PodMonitor, Grafana dashboard ConfigMaps and the PrometheusRule."""

from __future__ import annotations

import json
from pathlib import Path

from .helm_chart import (
    CHART_DIR, NAMESPACE, RELEASE, assert_valid_core, assert_valid_crd, by_kind, gpu_values, manifests, render,
)

ALL_ON = {"monitoring": {"podMonitor": {"enabled": True}, "dashboards": {"enabled": True}, "prometheusRule": {"enabled": True}}}

DASHBOARD = {"title": "Qwen gateway", "uid": "qwen-gateway", "panels": [{"type": "timeseries", "title": "Requests"}]}
RULES = """\
groups:
  - name: qwen-gateway.test
    rules:
      - alert: QwenGatewayDown
        expr: absent(up{job="qwen-gateway"} == 1)
        for: 5m
        labels: {severity: critical}
        annotations: {summary: The gateway is not scraped.}
"""


def test_pod_monitor_scrapes_ray_metrics_port_on_every_ray_pod():
    docs = manifests(render(values=gpu_values()))
    (monitor,) = by_kind(docs, "PodMonitor")
    assert_valid_crd(monitor, "monitoring.coreos.com_podmonitors.yaml")
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    assert endpoint["port"] == "metrics"
    assert monitor["metadata"]["labels"]["release"] == "kube-prometheus-stack"

    # The selector matches the head and every worker pod, each of which names port 8080 "metrics".
    (svc,) = by_kind(docs, "RayService")
    cluster = svc["spec"]["rayClusterConfig"]
    selector = monitor["spec"]["selector"]
    for tpl in [cluster["headGroupSpec"]["template"]] + [g["template"] for g in cluster["workerGroupSpecs"]]:
        labels = tpl["metadata"]["labels"]
        assert selector["matchLabels"].items() <= labels.items()
        (expr,) = selector["matchExpressions"]
        assert labels[expr["key"]] in expr["values"]
        ports = {p["name"]: p["containerPort"] for p in tpl["spec"]["containers"][0]["ports"]}
        assert ports["metrics"] == 8080
    assert cluster["headGroupSpec"]["rayStartParams"]["metrics-export-port"] == "8080"


def test_monitoring_is_off_by_default():
    docs = manifests(render())
    assert not by_kind(docs, "PodMonitor") and not by_kind(docs, "PrometheusRule")


def test_no_dashboard_or_rule_files_render_nothing(chart_copy: Path):
    for pattern in ("dashboards/*.json", "alerts/*.yaml"):
        for f in chart_copy.glob(pattern):
            f.unlink()
    docs = manifests(render(chart_copy, ALL_ON))
    assert not by_kind(docs, "ConfigMap") and not by_kind(docs, "PrometheusRule")


def test_dashboards_become_labelled_configmaps(chart_copy: Path):
    (chart_copy / "dashboards" / "gateway_overview.json").write_text(json.dumps(DASHBOARD))
    (chart_copy / "dashboards" / "vllm.engines.json").write_text(json.dumps({**DASHBOARD, "uid": "vllm"}))
    maps = by_kind(manifests(render(chart_copy, ALL_ON)), "ConfigMap")
    names = {m["metadata"]["name"]: m for m in maps}
    assert set(names) >= {f"{RELEASE}-qwen-gateway-dashboard-gateway-overview", f"{RELEASE}-qwen-gateway-dashboard-vllm-engines"}
    cm = names[f"{RELEASE}-qwen-gateway-dashboard-gateway-overview"]
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert cm["metadata"]["namespace"] == NAMESPACE
    assert json.loads(cm["data"]["gateway_overview.json"]) == DASHBOARD
    for m in maps:
        assert_valid_core(m)


def test_alert_files_become_one_prometheus_rule(chart_copy: Path):
    (chart_copy / "alerts" / "zz-test.yaml").write_text(RULES)
    (rule,) = by_kind(manifests(render(chart_copy, ALL_ON)), "PrometheusRule")
    assert_valid_crd(rule, "monitoring.coreos.com_prometheusrules.yaml")
    assert "qwen-gateway.test" in [g["name"] for g in rule["spec"]["groups"]]


def test_shipped_dashboards_and_rules_render_and_validate():
    """Whatever the chart ships in dashboards/ and alerts/ renders into valid objects."""
    docs = manifests(render(values=ALL_ON))
    maps = by_kind(docs, "ConfigMap")
    shipped = sorted(p.name for p in (CHART_DIR / "dashboards").glob("*.json"))
    assert sorted(k for m in maps for k in m["data"]) == shipped
    for m in maps:
        assert_valid_core(m)
        for text in m["data"].values():
            json.loads(text)
    rules = by_kind(docs, "PrometheusRule")
    assert len(rules) == (1 if list((CHART_DIR / "alerts").glob("*.yaml")) else 0)
    for rule in rules:
        assert_valid_crd(rule, "monitoring.coreos.com_prometheusrules.yaml")
