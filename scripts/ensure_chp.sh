#!/usr/bin/env bash
# Make sure configurable-http-proxy (JupyterHub's proxy, an npm package) is installed for the hub
# smoke test (tests/hub/) and `make bench-class`. It goes into .venv/node (removed by
# `make clean`), pinned, from the npm registry; Node.js and npm must already be on the machine.
# Prints nothing when it is already there. CHP_PREFIX overrides the folder.
set -euo pipefail

VERSION="5.3.0"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${CHP_PREFIX:-$ROOT/.venv/node}"
BIN="$PREFIX/node_modules/.bin/configurable-http-proxy"
LOG="${ENSURE_CHP_LOG:-${TMPDIR:-/tmp}/ensure_chp.log}"

installed_version() {
    node -e "console.log(require('$PREFIX/node_modules/configurable-http-proxy/package.json').version)" \
        2>/dev/null
}

if [[ -x "$BIN" && "$(installed_version)" == "$VERSION" ]]; then
    exit 0
fi

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    cat >&2 <<'MSG'
Uji hub (tests/hub/) membutuhkan Node.js dan npm untuk memasang configurable-http-proxy
(proksi JupyterHub), dan keduanya tidak ditemukan. Pasang dulu, lalu jalankan `make test` lagi:
  - Debian/Ubuntu:  sudo apt-get install nodejs npm
  - Lainnya:        https://nodejs.org/ (versi LTS)
MSG
    exit 1
fi

echo "Memasang configurable-http-proxy $VERSION dari npm ke $PREFIX (log: $LOG) ..."
mkdir -p "$PREFIX"
if npm install --prefix "$PREFIX" --no-audit --no-fund --no-save \
    "configurable-http-proxy@$VERSION" >"$LOG" 2>&1 && [[ -x "$BIN" ]]; then
    echo "configurable-http-proxy terpasang: $BIN"
    exit 0
fi
echo "Gagal memasang configurable-http-proxy dengan npm. Lihat $LOG untuk rinciannya." >&2
exit 1
