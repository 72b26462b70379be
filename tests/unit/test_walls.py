"""The walls between the layers, held by tests rather than by good intentions.

- The gateway core (routing, config, the request path) imports neither Ray, FastAPI, the serving
  layer (`deployments/`) nor the benchmarks (`bench/`), nor the engine's heavy stack, nor the optional
  matplotlib: it runs and tests without them, and the routing policy stays pure code over a snapshot.
- Inside `gateway/`, only the composition root (`gateway/cli.py`) may reach `deployments/` or
  `bench/`, and only there; both are clients of the gateway, never the other way round.

Imports are checked in a fresh interpreter: this test process has long since loaded everything.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("ray", "fastapi", "starlette", "uvicorn", "deployments", "bench", "torch", "vllm", "transformers",
             "matplotlib")   # the optional plot extra
COMPOSITION_ROOT = "gateway/cli.py"


def loaded_after(modules: list[str]) -> set[str]:
    """Top-level packages present in sys.modules after importing `modules` in a new interpreter."""
    code = ("import importlib, json, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("modules", [
    ["gateway.routing", "gateway.config", "gateway.service"],
    ["gateway.tenancy", "gateway.metrics", "gateway.dashboards", "gateway.autoscaling", "gateway.evaluation"],
])
def test_gateway_core_loads_no_serving_stack(modules):
    loaded = loaded_after(modules)
    assert "gateway" in loaded  # the probe itself ran
    assert not loaded & set(FORBIDDEN), f"importing {modules} loaded {sorted(loaded & set(FORBIDDEN))}"


def _imported_packages(path: Path) -> set[str]:
    """Top-level packages a module imports anywhere, function bodies included."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_cli_reaches_deployments_and_bench():
    offenders = {}
    for path in sorted((ROOT / "gateway").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        hits = _imported_packages(path) & {"deployments", "bench"}
        if hits and rel != COMPOSITION_ROOT:
            offenders[rel] = sorted(hits)
    assert not offenders, f"gateway modules importing the layers above them: {offenders}"


def test_the_wall_check_sees_an_import():
    """The subprocess probe is not vacuous: importing the ASGI app does load FastAPI."""
    assert "fastapi" in loaded_after(["gateway.api.app"])
