#!/usr/bin/env bash
# Make sure one pinned npm package is installed in a folder of its own, from the npm registry.
# Usage: ensure_npm_package.sh PACKAGE VERSION PREFIX FILE PURPOSE
#   FILE is what must exist once installed (relative to PREFIX); PURPOSE says, in Bahasa
#   Indonesia, which check needs the package (shown when Node.js or npm is missing).
# Prints nothing when the package is already there at that version. Node.js and npm must already
# be on the machine. Each package gets its own PREFIX: npm prunes what its own install did not ask
# for. LOG overrides where npm's output goes.
set -euo pipefail

PACKAGE="$1" VERSION="$2" PREFIX="$3" FILE="$PREFIX/$4" PURPOSE="$5"
LOG="${LOG:-${TMPDIR:-/tmp}/ensure_${PACKAGE}.log}"

installed_version() {
    node -e "console.log(require('$PREFIX/node_modules/$PACKAGE/package.json').version)" \
        2>/dev/null
}

if [[ -e "$FILE" && "$(installed_version)" == "$VERSION" ]]; then
    exit 0
fi

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
    cat >&2 <<MSG
$PURPOSE membutuhkan Node.js dan npm untuk memasang $PACKAGE, dan keduanya tidak ditemukan.
Pasang dulu, lalu jalankan \`make test\` lagi:
  - Debian/Ubuntu:  sudo apt-get install nodejs npm
  - Lainnya:        https://nodejs.org/ (versi LTS)
MSG
    exit 1
fi

echo "Memasang $PACKAGE $VERSION dari npm ke $PREFIX (log: $LOG) ..."
mkdir -p "$PREFIX"
if npm install --prefix "$PREFIX" --no-audit --no-fund --no-save \
    "$PACKAGE@$VERSION" >"$LOG" 2>&1 && [[ -e "$FILE" ]]; then
    echo "$PACKAGE terpasang: $FILE"
    exit 0
fi
echo "Gagal memasang $PACKAGE dengan npm. Lihat $LOG untuk rinciannya." >&2
exit 1
