# `make run` and `make test` set up everything they need on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: help install run test test-unit checkpoints clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml scripts/install.sh
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

clean:  ## remove generated checkpoints and caches (keeps the venv)
	rm -rf .cache .pytest_cache
