#!/usr/bin/env bash
# llama.cpp's OpenAI-compatible server (llama-cpp-python[server], built from source: no wheel for this
# platform) in its own venv, <venv>/llamacpp, and llama.cpp's HF -> GGUF converter from the same
# release, for `make test-llamacpp` (tests/integration/test_llamacpp.py). Not part of `make install`:
# the build compiles llama.cpp, about 10-20 minutes on 2 cores.
# Usage: bash scripts/install_llamacpp.sh [VENV]   (default .venv)
set -euo pipefail
VENV=${1:-.venv}
VERSION=0.3.36
DEST="$VENV/llamacpp"
if [ -f "$DEST/.installed-$VERSION" ]; then exit 0; fi
[ -x "$DEST/bin/python" ] || python3 -m venv "$DEST"
echo "building llama-cpp-python $VERSION from source into $DEST (10-20 minutes on 2 cores) ..."
SRC=$(mktemp -d)
trap 'rm -rf "$SRC"' EXIT
"$DEST/bin/python" -m pip download -q --no-deps --no-binary :all: "llama-cpp-python==$VERSION" -d "$SRC"
# Portable build (no -march=native), one compile job at a time: the machine stays usable.
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-1} \
CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF" \
  "$DEST/bin/python" -m pip install -q --progress-bar off "$SRC/llama_cpp_python-$VERSION.tar.gz[server]"
# The converter (run with the main venv's torch and transformers; its gguf package rides along).
tar -xzf "$SRC/llama_cpp_python-$VERSION.tar.gz" -C "$SRC"
rm -rf "$DEST/convert"
mkdir -p "$DEST/convert"
cp -r "$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp/convert_hf_to_gguf.py" \
      "$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp/conversion" \
      "$SRC/llama_cpp_python-$VERSION/vendor/llama.cpp/gguf-py" "$DEST/convert/"
touch "$DEST/.installed-$VERSION"
echo "llama.cpp server ready: $DEST/bin/python -m llama_cpp.server --help"
