#!/usr/bin/env bash
# Install Prometheus and promtool (Debian's `prometheus` package) for the alert-rule checks and the
# Prometheus integration test. Idempotent: does nothing when both commands are already on PATH.
# Non-interactive (works with CI=true and no stdin); never starts or enables the service.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  echo ">> prometheus already installed: $(promtool --version 2>&1 | head -n1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; install Prometheus 2.x (prometheus and promtool) by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo -n"
fi

export DEBIAN_FRONTEND=noninteractive
# policy-rc.d exit 101 stops the package's maintainer scripts from starting the service (on a
# machine without systemd this is what keeps the daemon from running); removed again afterwards.
POLICY=/usr/sbin/policy-rc.d
ADDED_POLICY=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod +x "$POLICY"
  ADDED_POLICY=1
fi
cleanup() { if [ "$ADDED_POLICY" = 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

echo ">> installing Debian's prometheus package (prometheus, promtool)"
$SUDO apt-get update -q </dev/null
$SUDO apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confdef \
  -o Dpkg::Options::=--force-confold prometheus </dev/null
# Some images have systemd: keep the packaged service off, tests start their own Prometheus.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now prometheus >/dev/null 2>&1 || true
fi
echo ">> $(promtool --version 2>&1 | head -n1)"
