#!/usr/bin/env bash
# Installs everything the project needs, inside the repo, on a fresh machine:
#   uv (pinned) in .cache/tools, the locked virtualenv in .venv (uv.lock), Kafka's jars in .cache/kafka/lib, the
#   schemas the Kubernetes manifests are validated against in .cache/kubernetes (Strimzi's CRDs, KEDA's models).
# Needs Python 3.11+, Java 17+ with Maven for the local Kafka and Strimzi's CRDs, Node.js with npm for KEDA's
# models, and Chromium for the operator console's browser test (each installed with apt-get when missing; Playwright
# drives the system's Chromium and never downloads a browser).
# A second run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.9
PYTHON=${PYTHON:-python3}

say() { echo "bootstrap: $*" >&2; }

"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { say "Python 3.11+ is required (found $("$PYTHON" --version 2>&1))"; exit 1; }

if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    say "installing Java 17 and Maven (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
  else
    say "Java 17+ and Maven are required to run Kafka locally (or run with Docker: see README)"; exit 1
  fi
fi

if [ ! -x .cache/tools/bin/uv ] || [ "$(.cache/tools/bin/uv --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  say "installing uv $UV_VERSION"
  "$PYTHON" -m venv .cache/tools
  .cache/tools/bin/pip install -q --disable-pip-version-check "uv==$UV_VERSION"
fi

export UV_CACHE_DIR="$PWD/.cache/uv"
.cache/tools/bin/uv sync --frozen --quiet --python "$PYTHON"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    say "installing Node.js and npm (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    say "Node.js and npm are required to validate the Kubernetes manifests (KEDA's schemas)"; exit 1
  fi
fi
CHROMIUM=${NETRA_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    say "installing Chromium for the browser test (apt-get)"
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "Chromium is required for the operator console's browser test (set NETRA_CHROMIUM to its binary)"; exit 1
  fi
fi
NETRA_CACHE_DIR="$PWD/.cache" .venv/bin/python -m netra_devkit.infra.jars
NETRA_CACHE_DIR="$PWD/.cache" .venv/bin/python -m netra_devkit.kubernetes.schemas
