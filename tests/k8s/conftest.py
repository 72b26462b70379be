from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .helm_chart import CHART_DIR


@pytest.fixture
def chart_copy(tmp_path: Path) -> Path:
    """A scratch copy of the chart, for adding dashboards or alert files."""
    dest = tmp_path / "chart"
    shutil.copytree(CHART_DIR, dest)
    return dest
