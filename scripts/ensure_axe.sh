#!/usr/bin/env bash
# axe-core (the accessibility rules engine) for tests/a11y/, pinned, into .venv/axe (removed by
# `make clean`); the test injects its axe.min.js with Playwright, so no CDN is used at test time.
# AXE_PREFIX overrides the folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LOG="${ENSURE_AXE_LOG:-${TMPDIR:-/tmp}/ensure_axe.log}" exec "$ROOT/scripts/ensure_npm_package.sh" \
    axe-core 4.14.1 "${AXE_PREFIX:-$ROOT/.venv/axe}" \
    node_modules/axe-core/axe.min.js "Uji aksesibilitas (tests/a11y/)"
