"""Alert rules: thresholds from config, promtool's syntax check and its unit tests."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from gateway import dashboards as d
from gateway.config import load_config, parse_config

ROOT = Path(__file__).resolve().parents[2]
ALERTS_DIR = ROOT / "k8s/chart/alerts"
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not installed: run scripts/install_prometheus.sh (Debian's prometheus package)")


def test_rules_have_severity_summary_and_for():
    (group,) = yaml.safe_load((ALERTS_DIR / "gateway.yaml").read_text())["groups"]
    names = [r["alert"] for r in group["rules"]]
    assert len(names) == len(set(names))
    assert {"QwenGatewayHighErrorRate", "QwenGatewayTTFTAboveSLO", "QwenGatewayEngineQueueing",
            "QwenGatewayTenantBudgetExhausted"} <= set(names)
    for r in group["rules"]:
        assert r["labels"]["severity"] in ("warning", "critical")
        assert r["annotations"]["summary"] and "for" in r


def test_slo_and_error_threshold_come_from_config():
    raw = load_config().model_dump(mode="json")
    raw["observability"] = {"ttft_slo_s": 5.5, "error_ratio_threshold": 0.01}
    by_name = {a.name: a for a in d.alerts(parse_config(raw))}
    assert by_name["QwenGatewayTTFTAboveSLO"].expr.endswith("> 5.5")
    assert by_name["QwenGatewayHighErrorRate"].expr.endswith("> 0.01")
    del raw["observability"]
    defaults = {a.name: a for a in d.alerts(parse_config(raw))}  # config without the section: defaults
    assert defaults["QwenGatewayTTFTAboveSLO"].expr.endswith("> 2")


@needs_promtool
def test_promtool_check_rules():
    files = sorted(str(p) for p in ALERTS_DIR.glob("*.yaml"))
    r = subprocess.run([PROMTOOL, "check", "rules", *files], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@needs_promtool
def test_promtool_unit_tests():
    tests = sorted(str(p) for p in (ALERTS_DIR / "tests").glob("*.yaml"))
    assert tests
    r = subprocess.run([PROMTOOL, "test", "rules", *tests], capture_output=True, text=True, cwd=ALERTS_DIR / "tests")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SUCCESS" in r.stdout + r.stderr
