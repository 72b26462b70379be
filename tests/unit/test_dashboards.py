"""Dashboards as code: the committed JSON is what the generator makes, and every query is real."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gateway import dashboards as d
from gateway import metrics as m
from gateway.config import load_config

ROOT = Path(__file__).resolve().parents[2]
DASH_DIR = ROOT / "k8s/chart/dashboards"
ALERTS = ROOT / "k8s/chart/alerts/gateway.yaml"
SERIES = re.compile(r"\b(?:ray_|qwen_gateway_|vllm)[A-Za-z0-9_:]*")


def series_in(expr: str) -> set[str]:
    return set(SERIES.findall(expr))


def all_exprs() -> list[str]:
    exprs = [e for dash in d.build_dashboards().values() for e in d.queries(dash)]
    return exprs + [a.expr for a in d.alerts()]


def test_committed_files_equal_a_fresh_generation():
    files = d.render(load_config())
    for name, text in files.items():
        path = ALERTS if name == "gateway.yaml" else DASH_DIR / name
        assert path.exists(), f"{path} missing: run python -m gateway.dashboards"
        assert path.read_text() == text, f"{path} is stale: run python -m gateway.dashboards"
    assert sorted(p.name for p in DASH_DIR.glob("*.json")) == sorted(n for n in files if n.endswith(".json"))


def test_every_queried_series_is_a_gateway_metric_or_a_known_ray_one():
    known = set(m.EXTERNAL)
    for spec in m.METRICS:   # a histogram exports three series
        suffixes = ("_bucket", "_sum", "_count") if spec.kind == "histogram" else ("",)
        known |= {spec.exported + suffix for suffix in suffixes}
    for expr in all_exprs():
        unknown = series_in(expr) - known
        assert not unknown, f"{expr}: {unknown} not defined in gateway/metrics.py nor in metrics.EXTERNAL"


def test_grouping_labels_exist_on_the_metric():
    by = re.compile(r"by \(([^)]*)\) \(rate\((ray_qwen_gateway_\w+?)(?:_bucket|_count|_sum)?[{\[]")
    specs = {s.exported.removesuffix("_total"): s for s in m.METRICS}
    for expr in all_exprs():
        for labels, name in by.findall(expr):
            spec = specs[name.removesuffix("_total")]
            for label in (x.strip() for x in labels.split(",")):
                assert label == "le" or label in spec.labels, f"{expr}: {name} has no label {label!r}"


def test_endpoint_filters_name_an_endpoint_the_gateway_records():
    # The Responses API is counted as endpoint="responses", not "chat": a panel or alert that filters
    # on the label must name values from metrics.ENDPOINTS (or it silently matches nothing).
    matcher = re.compile(r'endpoint\s*(=~|!~|=|!=)\s*"([^"]*)"')
    for expr in all_exprs():
        for op, value in matcher.findall(expr):
            values = value.split("|") if "~" in op else [value]
            assert set(values) <= set(m.ENDPOINTS), f"{expr}: endpoint {value!r} is not in {m.ENDPOINTS}"


def test_external_metric_names_exist_in_the_installed_vllm_and_ray():
    ray = pytest.importorskip("ray")
    vllm_src = Path(pytest.importorskip("vllm").__file__).parent / "v1/metrics/loggers.py"
    serve_src = Path(ray.__file__).parent / "serve/_private"
    serve_text = "".join(p.read_text() for p in serve_src.glob("*.py"))
    vllm_text = vllm_src.read_text()
    for name in m.EXTERNAL:
        base = re.sub(r"_(total|bucket|sum|count)$", "", name.removeprefix("ray_"))
        if base.startswith("vllm_"):
            assert f'"vllm:{base.removeprefix("vllm_")}"' in vllm_text, name
        else:
            assert f'"{base}"' in serve_text, name


def test_dashboards_are_well_formed():
    dashes = d.build_dashboards()
    assert {x["uid"] for x in dashes.values()} == {"qwen-gateway-overview", "qwen-gateway-models",
                                                    "qwen-gateway-router", "qwen-gateway-tenants"}
    for dash in dashes.values():
        ids = [p["id"] for p in dash["panels"]]
        assert len(ids) == len(set(ids))
        variables = {v["name"] for v in dash["templating"]["list"]}
        for p in dash["panels"]:
            g = p["gridPos"]
            assert g["x"] + g["w"] <= 24 and p["targets"]
            for t in p["targets"]:
                used = set(re.findall(r"\$(\w+)", t["expr"])) - {"__rate_interval"}
                assert used <= variables, f"{p['title']}: {used - variables} is not a dashboard variable"
        json.dumps(dash)


def test_cli_help_and_check():
    out = subprocess.run([sys.executable, "-m", "gateway.dashboards", "--help"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert "--out" in out and "--check" in out
    assert d.main(["--check", "--out", str(DASH_DIR), "--alerts", str(ALERTS)]) == 0


def test_cli_writes_files(tmp_path):
    assert d.main(["--out", str(tmp_path / "dash"), "--alerts", str(tmp_path / "alerts/gateway.yaml")]) == 0
    assert len(list((tmp_path / "dash").glob("*.json"))) == len(d.DASHBOARDS)
    assert d.main(["--check", "--out", str(tmp_path / "dash"), "--alerts", str(tmp_path / "alerts/gateway.yaml")]) == 0
    (tmp_path / "dash/gateway_router.json").write_text("{}")
    assert d.main(["--check", "--out", str(tmp_path / "dash"), "--alerts", str(tmp_path / "alerts/gateway.yaml")]) == 1
