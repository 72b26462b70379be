"""matplotlib is the optional `plot` extra: without it, PNG reports say how to get it, nothing breaks."""

import sys

import pytest

from bench.report import MATPLOTLIB_HINT, write_png
from gateway.plotting import PLOT_HINT, pyplot


@pytest.fixture
def no_matplotlib(monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)   # `import matplotlib` now raises ImportError


def test_pyplot_without_matplotlib_names_the_extra(no_matplotlib):
    with pytest.raises(ImportError, match=r"pip install 'qwen-gateway\[plot\]'"):
        pyplot()


def test_bench_png_is_skipped_with_the_hint(no_matplotlib, tmp_path):
    assert write_png([], tmp_path / "b.png") == MATPLOTLIB_HINT
    assert PLOT_HINT in MATPLOTLIB_HINT and not (tmp_path / "b.png").exists()


def test_pyplot_uses_a_non_interactive_backend():
    pytest.importorskip("matplotlib")
    assert pyplot().get_backend().lower() == "agg"
