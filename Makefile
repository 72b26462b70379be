# `make run` and `make test` set up everything they need on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: help install run test test-unit test-llamacpp checkpoints bench bench-autoscale bench-affinity clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml scripts/install.sh tests/k8s/checkov-requirements.txt tests/integration/qwen-agent-requirements.txt
	bash scripts/install.sh $(VENV)
	touch $(STAMP)

install: $(STAMP)  ## create the virtual environment

checkpoints: $(STAMP)  ## build the local random-weight Qwen3 checkpoints
	$(VENV)/bin/qwen-gateway checkpoints

run: $(STAMP)  ## serve http://127.0.0.1:8000/v1 with the local profile (Ctrl-C stops it)
	$(VENV)/bin/qwen-gateway serve

test: $(STAMP)  ## the whole suite: unit, k8s and integration tests (real Ray Serve + vLLM CPU)
	$(PY) -m pytest $(PYTEST_ARGS)

test-unit: $(STAMP)  ## fast tests only (no Ray)
	$(PY) -m pytest tests/unit tests/k8s $(PYTEST_ARGS)

test-llamacpp: $(STAMP)  ## llama.cpp's server as an external member (builds llama.cpp once: 10-20 min; not in make test)
	bash scripts/install_llamacpp.sh $(VENV)
	$(PY) -m pytest tests/integration/test_llamacpp.py -ra $(PYTEST_ARGS)

bench: $(STAMP)  ## gateway vs Ray Serve LLM vs vLLM, plus overhead (10-20 min; not in make test)
	nice -n 5 $(PY) -m bench serve $(BENCH_ARGS)

bench-autoscale: $(STAMP)  ## load ramp: replicas 1->2->1 and 0->1->0, JSON + PNG timeline (minutes)
	$(VENV)/bin/qwen-gateway bench autoscale $(BENCH_ARGS)

bench-affinity: $(STAMP)  ## prefix-cache affinity at 2 replicas on long agent histories (runs J, ~12-20 min; not in make test)
	$(VENV)/bin/qwen-gateway bench affinity --max-model-len 16384 --kv-cache-mib 84 --rounds 2 --warm-up-rounds 1 \
	    --conversations 6 --turns 10 --system-tokens 1500 --user-tokens 1000 --answer-tokens 40 --think 6 --stagger 0.5 $(BENCH_ARGS)

clean:  ## remove generated checkpoints and caches (keeps the venv)
	rm -rf .cache .pytest_cache
