#!/usr/bin/env bash
# Make sure a Chromium/Chrome is on this machine for the browser test (tests/browser/).
# Found ($CHROMIUM, /usr/bin/chromium, or chromium / chromium-browser / google-chrome on PATH):
# nothing to do. Missing, as root on Debian/Ubuntu: install Debian's chromium package (and an
# emoji font). Otherwise: stop with a message that says how to get one. Playwright's own browser
# download ('playwright install') is not used: it cannot work on machines without open internet.
set -euo pipefail

LOG="${ENSURE_CHROMIUM_LOG:-${TMPDIR:-/tmp}/ensure_chromium.log}"

# Prints the path of an executable file named (or at) $1, if there is one.
executable() {
    local path
    path="$(command -v "$1" 2>/dev/null)" || return 1
    [[ -f "$path" && -x "$path" ]] && echo "$path"
}

find_browser() {
    if [[ -n "${CHROMIUM:-}" ]]; then
        executable "$CHROMIUM"
        return
    fi
    local name
    for name in /usr/bin/chromium chromium chromium-browser google-chrome google-chrome-stable; do
        if executable "$name"; then
            return 0
        fi
    done
    return 1
}

if find_browser >/dev/null; then
    exit 0
fi

if [[ -n "${CHROMIUM:-}" ]]; then
    echo "CHROMIUM=$CHROMIUM bukan program yang bisa dijalankan. Periksa jalurnya, atau" \
        "hapus variabel CHROMIUM agar peramban dicari otomatis." >&2
    exit 1
fi

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Peramban Chromium belum ada: memasang paket Debian chromium (log: $LOG) ..."
    if DEBIAN_FRONTEND=noninteractive apt-get update >"$LOG" 2>&1 \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
            chromium fonts-noto-color-emoji >>"$LOG" 2>&1 \
        && find_browser >/dev/null; then
        echo "Chromium terpasang: $(find_browser)"
        exit 0
    fi
    echo "Gagal memasang Chromium dengan apt-get. Lihat $LOG untuk rinciannya." >&2
    exit 1
fi

cat >&2 <<'MSG'
Uji peramban (tests/browser/) membutuhkan Chromium atau Google Chrome, dan tidak ada yang
ditemukan di komputer ini. Pasang salah satunya, lalu jalankan `make test` lagi:
  - Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-color-emoji
                    (di Ubuntu paketnya bisa bernama chromium-browser)
  - macOS:          pasang Google Chrome, lalu
                    export CHROMIUM="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  - Lainnya:        pasang Chromium/Chrome, lalu arahkan CHROMIUM=/jalur/ke/chrome
Perintah `playwright install` tidak dipakai: unduhan peramban milik Playwright tidak bisa
berjalan di mesin kursus ini.
MSG
exit 1
