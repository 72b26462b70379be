"""The gateway's replica imports neither torch nor vLLM: requests are validated on the gateway's light
wire types and cross the model handle as JSON (deployments/ray_backend.py, deployments/replica_api.py).
Each import runs in a fresh interpreter, so what the test process imported elsewhere does not count."""

import subprocess
import sys

import pytest

HEAVY = ("torch", "vllm")


@pytest.mark.parametrize("module", ["deployments.ingress", "deployments.prefix_router", "deployments.models",
                                    "deployments.sglang"])
def test_a_gateway_side_module_imports_neither_torch_nor_vllm(module):
    code = f"import sys, {module}; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout[-500:]
