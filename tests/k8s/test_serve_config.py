"""The RayService's serveConfigV2 is the gateway's own config, valid by the gateway's own rules."""

from __future__ import annotations

import copy
import importlib
import inspect

import pytest
import yaml

from .helm_chart import CHART_DIR, REPO, by_kind, gpu_values, helm, manifests, render

from gateway.config import parse_config


def gateway_config(app: dict) -> dict:
    """The app's config as parse_config sees it."""
    return copy.deepcopy(app["args"]["config"])


def serve_config(values: dict) -> dict:
    (svc,) = by_kind(manifests(render(values=values)), "RayService")
    text = svc["spec"]["serveConfigV2"]
    assert isinstance(text, str), "KubeRay expects serveConfigV2 as a YAML string"
    return yaml.safe_load(text)


@pytest.mark.parametrize("values_name", ["default", "gpu-example"])
def test_serve_config_is_one_gateway_app(values_name):
    values = gpu_values() if values_name == "gpu-example" else {}
    config = serve_config(values)
    (app,) = config["applications"]
    assert app["name"] == "qwen-gateway"
    assert app["import_path"] == "deployments.builder:build_app"
    assert app["route_prefix"] == "/"
    assert set(app["args"]) == {"config"}
    assert config["http_options"] == {"host": "0.0.0.0", "port": 8000}

    parse_config(gateway_config(app), source=f"serveConfigV2 ({values_name})")
    # Exactly the merged `gateway` values plus admission.allow_open, nothing else added or lost on
    # the way through the template.
    with helm().Chart.load(CHART_DIR) as chart:
        merged = chart.merge_values(values)
    expected = copy.deepcopy(merged["gateway"])
    expected["admission"]["allow_open"] = merged["allowOpen"]
    assert app["args"]["config"] == expected


def test_default_serves_the_local_profile():
    (app,) = serve_config({})["applications"]
    config = parse_config(gateway_config(app))
    assert config.profile == "local"
    assert all(m.serving.weights == "generated" and not m.serving.accelerator for m in config.enabled_models().values())


def test_gpu_example_serves_the_production_models_on_their_gpus():
    (app,) = serve_config(gpu_values())["applications"]
    config = parse_config(gateway_config(app))
    placed = {name: (m.serving.accelerator, m.serving.gpus_per_replica) for name, m in config.enabled_models().items()}
    assert placed == {
        "qwen3-0.6b": ("L4", 1),
        "qwen3-8b": ("A100", 1),
        "qwen3-32b": ("H100", 2),
        "qwen3-30b-a3b": ("H100", 1),
    }
    for name in ("qwen3-32b", "qwen3-30b-a3b"):
        assert config.enabled_models()[name].serving.autoscaling.min_replicas == 0


def test_allow_open_is_off_by_default_and_an_explicit_switch():
    """Running without API keys is opted into with `allowOpen`; the gateway reads it as
    admission.allow_open and refuses to start without keys while it is false."""
    for values in ({}, gpu_values()):
        (app,) = serve_config(values)["applications"]
        assert app["args"]["config"]["admission"]["allow_open"] is False
    (app,) = serve_config({"allowOpen": True})["applications"]
    assert app["args"]["config"]["admission"]["allow_open"] is True


def test_allow_open_has_one_source():
    """gateway.admission.allow_open cannot contradict allowOpen: the schema rejects it while the
    gateway's config has no such field, the template once it has."""
    hp = helm()
    with pytest.raises((hp.HelmValuesError, hp.HelmRenderError), match="allow_open"):
        render(values={"gateway": {"admission": {"allow_open": True}}})


def test_values_gateway_block_matches_config_yaml():
    """values.yaml carries the repository's config.yaml; only server settings differ for pods, and
    running open, which the chart decides with `allowOpen` (off)."""
    repo_config = yaml.safe_load((REPO / "config.yaml").read_text())
    repo_config["admission"].pop("allow_open")
    chart_gateway = yaml.safe_load((CHART_DIR / "values.yaml").read_text())["gateway"]
    for key in set(repo_config) | set(chart_gateway):
        if key != "server":
            assert chart_gateway.get(key) == repo_config.get(key), f"values.yaml gateway.{key} differs from config.yaml"
    assert set(chart_gateway["server"]) == set(repo_config["server"])


def test_import_path_resolves():
    module_name, _, attr = "deployments.builder:build_app".partition(":")
    module = importlib.import_module(module_name)
    assert callable(getattr(module, attr, None)), f"{module_name} has no callable {attr}"
    # Serve refuses a builder with any parameter besides the args dict (serve/_private/api.py).
    assert len(inspect.signature(getattr(module, attr)).parameters) == 1
