"""The gateway's replica imports neither torch nor vLLM: requests are validated on the gateway's light
wire types and cross the model handle as plain data (deployments/ray_backend.py, deployments/replica_api.py).
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


def test_request_log_lines_have_a_handler_where_nothing_configured_logging():
    """The gateway replica imports no vLLM, whose import used to put a handler on the root logger:
    without one of its own, every request's log line (INFO) was dropped."""
    code = ("import logging, deployments.ingress, gateway.request_log as r; "
            "assert not logging.getLogger().handlers; r.ensure_output(); r.ensure_output(); "
            "import sys; assert len(r.logger.handlers) == 1 and not r.logger.propagate, r.logger.handlers; "
            "r.logger.info('{\"event\":\"x\"}')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '{"event":"x"}' in out.stderr.splitlines()
