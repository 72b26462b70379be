"""The image, the chart and the Python package agree on the Ray version."""

from __future__ import annotations

import re
import tomllib

import yaml

from .helm_chart import CHART_DIR, REPO


def test_ray_version_is_the_same_everywhere():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    (pin,) = [re.search(r"==([\d.]+)", d).group(1) for d in deps if d.startswith("ray[")]
    chart = yaml.safe_load((CHART_DIR / "values.yaml").read_text())["rayVersion"]
    base = re.search(r"^ARG BASE_IMAGE=rayproject/ray-llm:([\d.]+)-", (REPO / "Dockerfile").read_text(), re.M)
    assert base, "Dockerfile's BASE_IMAGE should be a rayproject/ray-llm:<ray version>-... tag"
    assert pin == chart == base.group(1)
