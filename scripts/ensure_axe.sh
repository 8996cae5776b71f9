#!/usr/bin/env bash
# Make sure axe-core (the accessibility rules engine, an npm package) is installed for the
# accessibility test (tests/a11y/). It goes into .venv/axe (removed by `make clean`), pinned,
# from the npm registry; the test injects its axe.min.js into the pages with Playwright, so no
# CDN is used at test time. Node.js and npm must already be on the machine. Prints nothing when
# it is already there. AXE_PREFIX overrides the folder (a folder of its own: npm prunes what its
# own install did not ask for, so it does not share .venv/node with configurable-http-proxy).
set -euo pipefail

VERSION="4.14.1"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${AXE_PREFIX:-$ROOT/.venv/axe}"
SCRIPT="$PREFIX/node_modules/axe-core/axe.min.js"
LOG="${ENSURE_AXE_LOG:-${TMPDIR:-/tmp}/ensure_axe.log}"

installed_version() {
    node -e "console.log(require('$PREFIX/node_modules/axe-core/package.json').version)" \
        2>/dev/null
}

if [[ -f "$SCRIPT" && "$(installed_version)" == "$VERSION" ]]; then
    exit 0
fi

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    cat >&2 <<'MSG'
Uji aksesibilitas (tests/a11y/) membutuhkan Node.js dan npm untuk memasang axe-core, dan
keduanya tidak ditemukan. Pasang dulu, lalu jalankan `make test` lagi:
  - Debian/Ubuntu:  sudo apt-get install nodejs npm
  - Lainnya:        https://nodejs.org/ (versi LTS)
MSG
    exit 1
fi

echo "Memasang axe-core $VERSION dari npm ke $PREFIX (log: $LOG) ..."
mkdir -p "$PREFIX"
if npm install --prefix "$PREFIX" --no-audit --no-fund --no-save \
    "axe-core@$VERSION" >"$LOG" 2>&1 && [[ -f "$SCRIPT" ]]; then
    echo "axe-core terpasang: $SCRIPT"
    exit 0
fi
echo "Gagal memasang axe-core dengan npm. Lihat $LOG untuk rinciannya." >&2
exit 1
