#!/usr/bin/env bash
# configurable-http-proxy (JupyterHub's proxy) for the hub smoke test (tests/hub/) and
# `make bench-class`, pinned, into .venv/node (removed by `make clean`). CHP_PREFIX overrides it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOG="${ENSURE_CHP_LOG:-${TMPDIR:-/tmp}/ensure_chp.log}" exec "$ROOT/scripts/ensure_npm_package.sh" \
    configurable-http-proxy 5.3.0 "${CHP_PREFIX:-$ROOT/.venv/node}" \
    node_modules/.bin/configurable-http-proxy "Uji hub (tests/hub/)"
